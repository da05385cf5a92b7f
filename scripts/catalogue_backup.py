"""French wording for backups and restore: the memo, the status bar, the owner's Backups window, the restore from
the first-run wizard, the CLI's `backup` commands and their error lines.

Merged into scripts/catalogue.py's FR. Words a salon uses: « sauvegarde », « clé USB », « code de secours ».
"""
from __future__ import annotations

FR: dict[tuple[str, str], str | tuple[str, str]] = {
    # Progress (the scheduler's thread sends these; the status bar and the windows show them)
    ("Backup", "Copying the database…"): "Copie de la base de données…",
    ("Backup", "Writing the backup…"): "Écriture de la sauvegarde…",
    ("Backup", "Reading the backup back…"): "Relecture de la sauvegarde…",
    ("Backup", "Checking the backup with the key…"): "Vérification de la sauvegarde avec la clé…",
    ("Backup", "Restoring the backup…"): "Restauration de la sauvegarde…",
    ("Backup", "Checking the restored database…"): "Vérification de la base restaurée…",

    # The main window's memo and status bar
    ("BackupMemo", "Back up now"): "Sauvegarder maintenant",
    ("BackupMemo", "The backup folder {folder} cannot be found (an unplugged USB drive?). Plug it in, then back up."):
        "Le dossier de sauvegarde {folder} est introuvable (clé USB débranchée ?). Branchez-la, puis sauvegardez.",
    ("BackupMemo", "The salon's data has never been backed up."):
        "Les données du salon n’ont encore jamais été sauvegardées.",
    ("BackupMemo", "The last good backup is %n day(s) old."):
        ("La dernière sauvegarde réussie date de %n jour.", "La dernière sauvegarde réussie date de %n jours."),
    ("BackupMemo", "The last attempt failed. {error}"): "La dernière tentative a échoué. {error}",
    ("BackupMemo", "Backups go to a folder on this PC: they protect against mistakes, not against a lost or broken "
                   "PC. Choose a USB drive or a network folder in Salon › Backups…"):
        "Les sauvegardes vont dans un dossier de ce PC : elles protègent des erreurs, pas de la perte ou de la panne "
        "du PC. Choisissez une clé USB ou un dossier réseau dans Salon › Sauvegardes…",
    ("BackupRunner", "The backup was stopped; no backup file was left half written."):
        "La sauvegarde a été interrompue ; aucun fichier de sauvegarde n’est resté à moitié écrit.",
    ("BackupRunner", "Saving today's backup before closing…"): "Sauvegarde du jour avant la fermeture…",
    ("BackupRunner", "Skip"): "Passer",
    ("BackupRunner", "Salon Desk"): "Salon Desk",
    ("BackupStatus", "Backing up…"): "Sauvegarde en cours…",
    ("BackupStatus", "Backup done and verified: {file}"): "Sauvegarde faite et vérifiée : {file}",
    ("BackupStatus", "Backup failed"): "La sauvegarde a échoué",
    ("MainWindow", "Backups…"): "Sauvegardes…",

    # Salon › Backups… (owner)
    ("BackupsDialog", "Backups"): "Sauvegardes",
    ("BackupsDialog", "Choose another folder…"): "Choisir un autre dossier…",
    ("BackupsDialog", "This folder is on this PC: it protects against mistakes, not against a lost or broken PC. "
                      "Choose a USB drive, a network folder, or a folder another program copies to the cloud."):
        "Ce dossier est sur ce PC : il protège des erreurs, pas de la perte ou de la panne du PC. Choisissez une clé "
        "USB, un dossier réseau, ou un dossier qu’un autre logiciel copie dans le cloud.",
    ("BackupsDialog", "daily"): "quotidiennes",
    ("BackupsDialog", "weekly"): "hebdomadaires",
    ("BackupsDialog", "monthly"): "mensuelles",
    ("BackupsDialog", "Save"): "Enregistrer",
    ("BackupsDialog", "Backup folder"): "Dossier de sauvegarde",
    ("BackupsDialog", "Keep"): "Conserver",
    ("BackupsDialog", "Made on"): "Faite le",
    ("BackupsDialog", "Size"): "Taille",
    ("BackupsDialog", "Fingerprint"): "Empreinte",
    ("BackupsDialog", "Back up now"): "Sauvegarder maintenant",
    ("BackupsDialog", "Check"): "Vérifier",
    ("BackupsDialog", "Restore…"): "Restaurer…",
    ("BackupsDialog", "Choose the backup folder"): "Choisir le dossier de sauvegarde",
    ("BackupsDialog", "The backup folder cannot be found (an unplugged USB drive?)."):
        "Le dossier de sauvegarde est introuvable (clé USB débranchée ?).",
    ("BackupsDialog", "No backup in this folder yet."): "Aucune sauvegarde dans ce dossier pour l’instant.",
    ("BackupsDialog", "{size} MB"): "{size} Mo",
    ("BackupsDialog", "{size} kB"): "{size} ko",
    ("BackupsDialog", "Checking the backup…"): "Vérification de la sauvegarde…",
    ("BackupsDialog", "{file} passes every check: the file, its key and the database inside (fingerprint "
                      "{fingerprint})."):
        "{file} passe toutes les vérifications : le fichier, sa clé et la base qu’il contient (empreinte "
        "{fingerprint}).",
    ("BackupsDialog", "Restore the backup of {date}? Everything recorded since then is replaced by the backup "
                      "(erasures made since are applied again). The current database is kept beside it, and everyone "
                      "signs in again."):
        "Restaurer la sauvegarde du {date} ? Tout ce qui a été saisi depuis est remplacé par la sauvegarde (les "
        "effacements faits depuis sont appliqués de nouveau). La base actuelle est gardée à côté, et chacun se "
        "reconnecte.",
    ("BackupsDialog", "Type your password to restore a backup."):
        "Saisissez votre mot de passe pour restaurer une sauvegarde.",
    ("BackupsDialog", "Preparing the restore…"): "Préparation de la restauration…",
    ("Controller", "The backup of {date} is restored; %n later erasure(s) applied again. The previous database is "
                   "kept beside it as {file}."):
        ("La sauvegarde du {date} est restaurée ; %n effacement postérieur appliqué de nouveau. L’ancienne base est "
         "gardée à côté sous le nom {file}.",
         "La sauvegarde du {date} est restaurée ; %n effacements postérieurs appliqués de nouveau. L’ancienne base "
         "est gardée à côté sous le nom {file}."),

    # The first-run wizard: restore on a new PC
    ("FirstRunWizard", "Restore a backup…"): "Restaurer une sauvegarde…",
    ("FirstRunWizard", "The salon already uses Salon Desk on another PC?"):
        "Le salon utilise déjà Salon Desk sur un autre PC ?",
    ("FirstRunWizard", "A new PC: bring the salon back from a backup file and the recovery code"):
        "Nouveau PC : retrouver le salon à partir d’un fichier de sauvegarde et du code de secours",
    ("RestoreDialog", "Restore a backup"): "Restaurer une sauvegarde",
    ("RestoreDialog", "Choose the backup file (on the USB drive or the network folder) and type the recovery code "
                      "printed when the salon was set up. Staff then sign in with their usual passwords."):
        "Choisissez le fichier de sauvegarde (sur la clé USB ou le dossier réseau) et saisissez le code de secours "
        "imprimé à l’installation du salon. L’équipe se connecte ensuite avec ses mots de passe habituels.",
    ("RestoreDialog", "Choose…"): "Choisir…",
    ("RestoreDialog", "Backup file"): "Fichier de sauvegarde",
    ("RestoreDialog", "Recovery code"): "Code de secours",
    ("RestoreDialog", "Restore"): "Restaurer",
    ("RestoreDialog", "Choose the backup"): "Choisir la sauvegarde",
    ("RestoreDialog", "Salon Desk backups (*{suffix})"): "Sauvegardes Salon Desk (*{suffix})",
    ("RestoreDialog", "Backup of {salon} made on {date}."): "Sauvegarde du salon {salon}, faite le {date}.",
    ("RestoreDialog", "Choose the backup file first."): "Choisissez d’abord le fichier de sauvegarde.",
    ("RestoreDialog", "Opening the backup with the recovery code…"):
        "Ouverture de la sauvegarde avec le code de secours…",

    # The CLI
    ("CLI", "Warning: this folder is on this PC. It protects against mistakes, not against a lost or broken PC: "
            "choose a USB drive or a network folder with 'backup settings --dir'."):
        "Attention : ce dossier est sur ce PC. Il protège des erreurs, pas de la perte ou de la panne du PC : "
        "choisissez une clé USB ou un dossier réseau avec « backup settings --dir ».",
    ("CLI", "Backup written to {path} ({bytes} bytes, fingerprint {fingerprint}), verified."):
        "Sauvegarde écrite dans {path} ({bytes} octets, empreinte {fingerprint}), vérifiée.",
    ("CLI", "The backup folder {folder} cannot be found (an unplugged USB drive?)."):
        "Le dossier de sauvegarde {folder} est introuvable (clé USB débranchée ?).",
    ("CLI", "Backups in {folder}: {count}"): "Sauvegardes dans {folder} : {count}",
    ("CLI", "Recovery code (empty: check the file only): "):
        "Code de secours (vide : vérifier seulement le fichier) : ",
    ("CLI", "No file at {path}."): "Aucun fichier à l’emplacement {path}.",
    ("CLI", "{file}: verified (backup of {salon} from {date}, fingerprint {fingerprint}): the file, its key and the "
            "database inside pass every check."):
        "{file} : vérifiée (sauvegarde du salon {salon} du {date}, empreinte {fingerprint}) : le fichier, sa clé et la "
        "base qu’il contient passent toutes les vérifications.",
    ("CLI", "{file}: the file is whole (length and checksum). Give the recovery code on stdin to check the database "
            "inside."):
        "{file} : le fichier est complet (longueur et somme de contrôle). Donnez le code de secours sur l’entrée "
        "standard pour vérifier la base qu’il contient.",
    ("CLI", "A salon is already set up in {home}: restoring over it needs --user (the owner), the password on "
            "stdin's first line and the recovery code on the second. Or restore into an empty folder with --home."):
        "Un salon est déjà installé dans {home} : restaurer par-dessus demande --user (le propriétaire), le mot de "
        "passe sur la première ligne de l’entrée standard et le code de secours sur la deuxième. Ou restaurez dans "
        "un dossier vide avec --home.",
    ("CLI", "Restored the backup of {date} in place (later erasures applied again: {count}). The previous database "
            "is kept as {aside}."):
        "Sauvegarde du {date} restaurée sur place (effacements postérieurs appliqués de nouveau : {count}). "
        "L’ancienne base est gardée sous le nom {aside}.",
    ("CLI", "Restored the backup of {salon} from {date} into {home} (later erasures applied again: {count}). Staff "
            "sign in with their usual passwords."):
        "Sauvegarde du salon {salon} du {date} restaurée dans {home} (effacements postérieurs appliqués de nouveau : "
        "{count}). L’équipe se connecte avec ses mots de passe habituels.",
    ("CLI", "This PC has no usable keyring: unlock with the recovery code at each start."):
        "Ce PC n’a pas de trousseau utilisable : déverrouillez avec le code de secours à chaque démarrage.",
    ("CLI", "Backups go to {folder}; kept: {daily} daily, {weekly} weekly, {monthly} monthly."):
        "Les sauvegardes vont dans {folder} ; conservées : {daily} quotidiennes, {weekly} hebdomadaires, {monthly} "
        "mensuelles.",

    # Error lines (every layer)
    ("Messages", "{file} belongs to another salon (its key is not this salon's)."):
        "{file} appartient à un autre salon (sa clé n’est pas celle de ce salon).",
    ("Messages", "{file} is damaged: {problem}. Use another backup."):
        "{file} est endommagée : {problem}. Utilisez une autre sauvegarde.",
    ("Messages", "{file} was altered: its checksum was not sealed with this salon's key. Use another backup."):
        "{file} a été modifiée : sa somme de contrôle n’a pas été scellée avec la clé de ce salon. Utilisez une autre "
        "sauvegarde.",
    ("Messages", "Keep between 1 and 31 daily, 0 and 52 weekly, and 0 and 24 monthly backups."):
        "Conservez entre 1 et 31 sauvegardes quotidiennes, 0 et 52 hebdomadaires, et 0 et 24 mensuelles.",
    ("Messages", "The backup stopped on an unexpected error ({reason})."):
        "La sauvegarde s’est arrêtée sur une erreur inattendue ({reason}).",
    ("Messages", "The backup folder {folder} cannot be found (an unplugged USB drive?). Plug it in or choose another "
                 "folder; no backup was written."):
        "Le dossier de sauvegarde {folder} est introuvable (clé USB débranchée ?). Branchez-la ou choisissez un autre "
        "dossier ; aucune sauvegarde n’a été écrite.",
    ("Messages", "The backup folder {folder} is full: no backup was written, earlier backups are intact. Free some "
                 "space or choose another folder."):
        "Le dossier de sauvegarde {folder} est plein : aucune sauvegarde n’a été écrite, les précédentes sont "
        "intactes. Libérez de la place ou choisissez un autre dossier.",
    ("Messages", "The backup folder {folder} is read-only: no backup was written. Choose a folder you can write to."):
        "Le dossier de sauvegarde {folder} est en lecture seule : aucune sauvegarde n’a été écrite. Choisissez un "
        "dossier où l’on peut écrire.",
    ("Messages", "The backup folder {folder} disappeared during the backup (a removed USB drive?): no backup was "
                 "written, nothing was lost. Plug it back in and try again."):
        "Le dossier de sauvegarde {folder} a disparu pendant la sauvegarde (clé USB retirée ?) : aucune sauvegarde "
        "n’a été écrite, rien n’est perdu. Rebranchez-la et recommencez.",
    ("Messages", "The backup could not be written to {folder} ({reason}); no backup was written."):
        "La sauvegarde n’a pas pu être écrite dans {folder} ({reason}) ; aucune sauvegarde n’a été écrite.",
    ("Messages", "The temporary copy in the salon folder could not be written ({reason}); no backup was written."):
        "La copie temporaire dans le dossier du salon n’a pas pu être écrite ({reason}) ; aucune sauvegarde n’a été "
        "écrite.",
    ("Messages", "The copy of the database fails its check ({problem}), so no backup was written. Run verify."):
        "La copie de la base échoue à sa vérification ({problem}) : aucune sauvegarde n’a été écrite. Lancez la "
        "vérification.",
    ("Messages", "{file} is damaged: its content does not match its checksum. Use another backup."):
        "{file} est endommagée : son contenu ne correspond pas à sa somme de contrôle. Utilisez une autre sauvegarde.",
    ("Messages", "The key information file {path} does not match this database; no backup was written."):
        "Le fichier d’informations de clé {path} ne correspond pas à cette base ; aucune sauvegarde n’a été écrite.",
    ("Messages", "The restored database fails its check ({problem}); nothing was changed. Use another backup."):
        "La base restaurée échoue à sa vérification ({problem}) ; rien n’a été modifié. Utilisez une autre "
        "sauvegarde.",
    ("Messages", "A salon is already set up in {home}. Restore it in place (owner), or choose an empty folder."):
        "Un salon est déjà installé dans {home}. Restaurez-le sur place (propriétaire), ou choisissez un dossier "
        "vide.",
    ("Messages", "Type the recovery code printed when the salon was set up."):
        "Saisissez le code de secours imprimé à l’installation du salon.",
    ("Messages", "The salon is open in another window or command. Close it, then restore again; nothing was "
                 "changed."):
        "Le salon est ouvert dans une autre fenêtre ou commande. Fermez-la, puis restaurez de nouveau ; rien n’a été "
        "modifié.",
    ("Messages", "{file} is not a Salon Desk backup."): "{file} n’est pas une sauvegarde Salon Desk.",
    ("Messages", "Cannot read {file}: {reason}"): "Impossible de lire {file} : {reason}",
    ("Messages", "{file} was written by a newer Salon Desk (backup format {found}; this version reads format "
                 "{newest}). Install the newer version to restore it."):
        "{file} a été écrite par une version plus récente de Salon Desk (format de sauvegarde {found} ; cette version "
        "lit le format {newest}). Installez la version plus récente pour la restaurer.",
    ("Messages", "{file} is truncated: it ends inside its header. Use another backup."):
        "{file} est tronquée : elle s’arrête dans son en-tête. Utilisez une autre sauvegarde.",
    ("Messages", "{file} is damaged: its header cannot be read. Use another backup."):
        "{file} est endommagée : son en-tête est illisible. Utilisez une autre sauvegarde.",
    ("Messages", "{file} was made by Salon Desk {version} (database schema {found}); this version reads up to schema "
                 "{newest}. Install Salon Desk {version} or newer to restore it."):
        "{file} a été faite par Salon Desk {version} (schéma de base {found}) ; cette version lit jusqu’au schéma "
        "{newest}. Installez Salon Desk {version} ou plus récent pour la restaurer.",
    ("Messages", "{file} is truncated: {have} of the database's {need} bytes are there. Use another backup."):
        "{file} est tronquée : seuls {have} des {need} octets de la base sont présents. Utilisez une autre "
        "sauvegarde.",
    ("Messages", "{file} is truncated or damaged at its end: its checksum is missing. Use another backup."):
        "{file} est tronquée ou endommagée à la fin : sa somme de contrôle manque. Utilisez une autre sauvegarde.",

    # The access report's retention section, and the audit log viewer
    ("AccessReport", "Backups"): "Sauvegardes",
    ("Retention", "a copy stays inside the salon's encrypted backups until they rotate out: 12 months at most with "
                  "the standard rotation (7 daily, 4 weekly, 12 monthly). Erased data stays there too until then; if "
                  "such a backup is ever restored, the erasure is applied again before anyone can open a file"):
        "une copie reste dans les sauvegardes chiffrées du salon jusqu’à leur renouvellement : 12 mois au plus avec "
        "le renouvellement habituel (7 quotidiennes, 4 hebdomadaires, 12 mensuelles). Les données effacées y restent "
        "aussi jusque-là ; si une telle sauvegarde est un jour restaurée, l’effacement est appliqué de nouveau avant "
        "que quiconque puisse ouvrir une fiche",
    ("AuditActions", "Backup failed"): "Sauvegarde échouée",
    ("AuditActions", "Backup made and verified"): "Sauvegarde faite et vérifiée",
    ("AuditActions", "Restore of a backup prepared"): "Restauration d’une sauvegarde préparée",
    ("AuditActions", "Backup restored"): "Sauvegarde restaurée",
    ("AuditActions", "Backup folder or rotation changed"): "Dossier ou renouvellement des sauvegardes modifié",
    ("AuditActions", "Erasure applied again after a restore"): "Effacement appliqué de nouveau après une restauration",
    ("AuditActions", "erasure"): "effacement",
}

# English plural forms (lupdate -pluralonly).
EN: dict[tuple[str, str], tuple[str, str]] = {
    ("BackupMemo", "The last good backup is %n day(s) old."):
        ("The last good backup is %n day old.", "The last good backup is %n days old."),
    ("Controller", "The backup of {date} is restored; %n later erasure(s) applied again. The previous database is "
                   "kept beside it as {file}."):
        ("The backup of {date} is restored; %n later erasure applied again. The previous database is kept beside it "
         "as {file}.",
         "The backup of {date} is restored; %n later erasures applied again. The previous database is kept beside it "
         "as {file}."),
}
