"""French wording for integrity and faults: the chains' anchor, faults of the disk and of the file, inputs, the
keyring, the lockout.

Merged into scripts/catalogue.py's FR. Words used elsewhere: « trousseau » (keyring), « code de secours »,
« journal d’audit », « registre des consentements », « propriétaire ».
"""
from __future__ import annotations

FR: dict[tuple[str, str], str | tuple[str, str]] = {
    # The owner accepts a database file that no longer matches its anchor (ui/integrity.py)
    ("AcknowledgeDialog", "The salon's data file has changed"): "Le fichier de données du salon a changé",
    ("AcknowledgeDialog", "If this file is the one to keep, the owner signs in here to accept it. Otherwise, quit "
                          "and restore the most recent backup."):
        "Si c’est bien ce fichier qu’il faut garder, le ou la propriétaire se connecte ici pour l’accepter. Sinon, "
        "quittez et restaurez la sauvegarde la plus récente.",
    ("AcknowledgeDialog", "Owner's login"): "Identifiant du ou de la propriétaire",
    ("AcknowledgeDialog", "Password"): "Mot de passe",
    ("AcknowledgeDialog", "Accept this file"): "Accepter ce fichier",
    ("AcknowledgeDialog", "Quit"): "Quitter",
    ("Messages", "This salon's database file is older than the one Salon Desk last saved, or its newest records were "
                 "removed (its audit log or consent ledger ends before the record kept in this PC's keyring)."):
        "Le fichier de données du salon est plus ancien que celui que Salon Desk a enregistré en dernier, ou ses "
        "dernières écritures ont été supprimées (son journal d’audit ou son registre des consentements s’arrête avant "
        "la trace gardée dans le trousseau de ce PC).",
    ("Messages", "This salon's database file was changed outside Salon Desk: its audit log or consent ledger no "
                 "longer holds the record kept in this PC's keyring."):
        "Le fichier de données du salon a été modifié en dehors de Salon Desk : son journal d’audit ou son registre "
        "des consentements ne contient plus la trace gardée dans le trousseau de ce PC.",
    ("Messages", "{what} Restore the most recent backup of the salon folder; or, if this file is the one to keep (a "
                 "backup restored on purpose), the owner accepts it with: salon-desk acknowledge --user LOGIN (this "
                 "is written in the audit log)."):
        "{what} Restaurez la sauvegarde la plus récente du dossier du salon ; ou, si c’est bien ce fichier qu’il faut "
        "garder (une sauvegarde restaurée volontairement), le ou la propriétaire l’accepte avec : salon-desk "
        "acknowledge --user IDENTIFIANT (c’est inscrit au journal d’audit).",
    ("Messages", "The record of this salon's ledgers kept in the keyring was changed outside Salon Desk (bad MAC). "
                 "Run verify, and restore a backup if it fails."):
        "La trace des registres du salon gardée dans le trousseau a été modifiée en dehors de Salon Desk (MAC "
        "invalide). Lancez la vérification, et restaurez une sauvegarde si elle échoue.",
    ("Messages", "The database file does not match its record in the keyring: nothing is pruned until the owner "
                 "acknowledges it."):
        "Le fichier de données ne correspond pas à sa trace dans le trousseau : rien n’est supprimé tant que le ou "
        "la propriétaire ne l’a pas accepté.",
    ("Messages", "This salon's database file matches the record kept in the keyring: there is nothing to "
                 "acknowledge."):
        "Le fichier de données du salon correspond à la trace gardée dans le trousseau : il n’y a rien à accepter.",
    ("CLI", "Accepted: this database file is now the reference, and the audit log says who accepted it and what did "
            "not match."):
        "Accepté : ce fichier de données fait désormais référence, et le journal d’audit indique qui l’a accepté et "
        "ce qui ne correspondait pas.",

    # Faults of the disk and of the database file (storage/faults.py)
    ("Messages", "The salon folder is read-only (or on read-only media): nothing was changed."):
        "Le dossier du salon est en lecture seule (ou sur un support en lecture seule) : rien n’a été modifié.",
    ("Messages", "The disk could not be read or written (an input/output error): nothing was changed. Check the disk "
                 "or the drive it is on, then try again."):
        "Le disque n’a pas pu être lu ou écrit (erreur d’entrée-sortie) : rien n’a été modifié. Vérifiez le disque "
        "ou le lecteur concerné, puis réessayez.",
    ("Messages", "The database file is damaged: nothing was changed. Run verify (salon-desk verify) to see where, and "
                 "restore a backup."):
        "Le fichier de données est endommagé : rien n’a été modifié. Lancez la vérification (salon-desk verify) pour "
        "voir où, et restaurez une sauvegarde.",
    ("Messages", "The database file cannot be opened: its folder is missing, or this user may not use it."):
        "Le fichier de données ne peut pas être ouvert : son dossier n’existe pas, ou cet utilisateur n’a pas le "
        "droit de s’en servir.",
    ("Messages", "The disk is full: {path} was not written. Free some space and try again."):
        "Le disque est plein : {path} n’a pas été écrit. Libérez de la place, puis réessayez.",
    ("Messages", "{path} is on read-only media: it was not written."):
        "{path} est sur un support en lecture seule : il n’a pas été écrit.",
    ("Messages", "The disk could not be read or written (an input/output error) at {path}."):
        "Le disque n’a pas pu être lu ou écrit (erreur d’entrée-sortie) pour {path}.",
    ("Messages", "Salon Desk may not use {path} (permission denied)."):
        "Salon Desk n’a pas le droit d’utiliser {path} (accès refusé).",
    ("Messages", "{path} cannot be used: its folder does not exist."):
        "{path} est inutilisable : son dossier n’existe pas.",
    ("Messages", "{path} cannot be used: {reason}."): "{path} est inutilisable : {reason}.",
    ("CLI", "The output was closed before everything was written."):
        "La sortie a été fermée avant que tout soit écrit.",
    ("CLI", "Something unexpected went wrong ({error}). The details are in {path}."):
        "Un problème inattendu est survenu ({error}). Les détails sont dans {path}.",
    ("CLI", "Something unexpected went wrong ({error}). No log file could be kept in the salon folder."):
        "Un problème inattendu est survenu ({error}). Aucun fichier journal n’a pu être tenu dans le dossier du "
        "salon.",

    # Inputs
    ("Messages", "{time} does not exist on {day} in Paris: the clocks go forward an hour. The next valid time is "
                 "{next}."):
        "{time} n’existe pas le {day} à Paris : on avance l’heure d’une heure. L’heure valable suivante est {next}.",
    ("Messages", "{time} happens twice on {day} (the clocks go back an hour): this is the first {time}, summer time "
                 "(UTC+2)."):
        "{time} existe deux fois le {day} (on recule l’heure d’une heure) : c’est le premier {time}, à l’heure d’été "
        "(UTC+2).",
    ("Messages", "Dates run from the year 1900 to 2100."): "Les dates vont de l’an 1900 à l’an 2100.",
    ("Messages", "A duration is 1 to 720 minutes."): "Une durée va de 1 à 720 minutes.",
    ("Messages", "A service needs a name."): "Une prestation a besoin d’un nom.",
    ("Messages", "Text may not contain control characters (such as ESC, NUL or a bare carriage return): remove them "
                 "and try again."):
        "Le texte ne peut pas contenir de caractères de contrôle (comme ESC, NUL ou un retour chariot isolé) : "
        "retirez-les, puis réessayez.",
    ("Messages", "An argument on the command line is not valid UTF-8 text."):
        "Un argument de la ligne de commande n’est pas du texte UTF-8 valide.",
    ("Messages", "What was typed on standard input is not valid UTF-8 text."):
        "Ce qui a été saisi sur l’entrée standard n’est pas du texte UTF-8 valide.",
    ("Messages", "{value} is not a date: write YYYY-MM-DD, between 1900 and 2100."):
        "{value} n’est pas une date : écrivez AAAA-MM-JJ, entre 1900 et 2100.",
    ("Messages", "{value} is not a whole number from {low} to {high}."):
        "{value} n’est pas un nombre entier de {low} à {high}.",
    ("Messages", "{value} is not an amount in euros (for example 35.50)."):
        "{value} n’est pas un montant en euros (par exemple 35,50).",
    ("Messages", "{path} cannot be written: the folder {folder} does not exist."):
        "{path} ne peut pas être écrit : le dossier {folder} n’existe pas.",
    ("Messages", "{path} is a folder, not a file."): "{path} est un dossier, pas un fichier.",
    ("ConsentProof", "The wording stored for this decision no longer matches the fingerprint recorded with it: it was "
                     "changed afterwards, so it is not shown. Run verify, and restore a backup."):
        "Le texte conservé pour cette décision ne correspond plus à l’empreinte enregistrée avec elle : il a été "
        "modifié depuis, il n’est donc pas reproduit. Lancez la vérification, et restaurez une sauvegarde.",

    # The keyring (storage/keystore.py)
    ("Messages", "The keyring in use ({backend}) keeps secrets in a plain file or not at all, so Salon Desk does not "
                 "use it. Unlock the database with your recovery code (the app asks for it at start-up; or "
                 "salon-desk recover)."):
        "Le trousseau utilisé ({backend}) garde les secrets dans un simple fichier, ou ne les garde pas : Salon Desk "
        "ne s’en sert pas. Déverrouillez la base avec votre code de secours (l’application le demande au démarrage ; "
        "ou salon-desk recover).",
    ("Messages", "The system keyring did not keep what was saved in it, so it cannot hold the database key. Unlock "
                 "the database with your recovery code (the app asks for it at start-up; or salon-desk recover)."):
        "Le trousseau du système n’a pas gardé ce qui y a été enregistré : il ne peut donc pas garder la clé de la "
        "base. Déverrouillez la base avec votre code de secours (l’application le demande au démarrage ; ou "
        "salon-desk recover).",

    # The lockout (desktop/staff/auth.py)
    ("Messages", "This account is locked after 10 failed attempts. Try again in {minutes} minutes, or ask a manager "
                 "or the owner to unlock it."):
        "Ce compte est bloqué après 10 essais infructueux. Réessayez dans {minutes} minutes, ou demandez à un·e "
        "responsable ou au ou à la propriétaire de le débloquer.",
    ("Messages", "This account is locked after 10 failed attempts. Try again in {minutes} minutes, or ask the owner "
                 "to unlock it."):
        "Ce compte est bloqué après 10 essais infructueux. Réessayez dans {minutes} minutes, ou demandez au ou à la "
        "propriétaire de le débloquer.",
    ("Messages", "This account is locked after 10 failed attempts. Try again in {minutes} minutes, or unlock it now "
                 "with the salon's recovery code: salon-desk recover --unlock {login}"):
        "Ce compte est bloqué après 10 essais infructueux. Réessayez dans {minutes} minutes, ou débloquez-le tout de "
        "suite avec le code de secours du salon : salon-desk recover --unlock {login}",
    ("Messages", "The recovery code unlocks owner accounts only; a manager or the owner unlocks the others "
                 "(salon-desk staff unlock)."):
        "Le code de secours ne débloque que les comptes de propriétaire ; les autres comptes sont débloqués par un·e "
        "responsable ou le ou la propriétaire (salon-desk staff unlock).",
    ("CLI", "The account {login} is unlocked."): "Le compte {login} est débloqué.",
    ("Messages", "This account is locked after 20 failed attempts in 24 hours. Only the owner can unlock it."):
        "Ce compte est bloqué après 20 essais infructueux en 24 heures. Seul·e la ou le gérant·e peut le débloquer.",
    ("Messages", "This account is locked after 20 failed attempts in 24 hours. Unlock it with the salon's "
                 "recovery code: salon-desk recover --unlock {login}"):
        "Ce compte est bloqué après 20 essais infructueux en 24 heures. Débloquez-le avec le code de secours du salon : "
        "salon-desk recover --unlock {login}",
}
