"""French wording for every source string (and English plural forms), applied to the .ts files.

Run `python scripts/catalogue.py` after scripts/update_translations.sh has collected new strings,
then run update_translations.sh again to compile the .qm. Qt Linguist can edit the .ts directly too.
"""
from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import catalogue_backup  # noqa: E402 (scripts/ is on sys.path when run as a script)
import catalogue_desk  # noqa: E402
import catalogue_import  # noqa: E402
import catalogue_integrity  # noqa: E402
import catalogue_law  # noqa: E402
import catalogue_privacy  # noqa: E402

TRANSLATIONS = Path(__file__).resolve().parent.parent / "resources" / "translations"

# (context, source) -> French. Contexts group strings the way lupdate does.
FR: dict[tuple[str, str], str | tuple[str, str]] = {
    ("AddStaffDialog", "Add a staff member"): "Ajouter un membre de l’équipe",
    ("AddStaffDialog", "Login"): "Identifiant",
    ("AddStaffDialog", "Name"): "Nom",
    ("AddStaffDialog", "Role"): "Rôle",
    ("CLI", "Expected another line on stdin."): "Une ligne de plus était attendue sur l’entrée standard.",
    ("CLI", "Recovery code: "): "Code de secours : ",
    ("CLI", "Unlocked. The key is back in this PC's keyring."): "Déverrouillé. La clé est de nouveau dans le trousseau de ce PC.",
    ("CLI", "The code is right, but this PC has no usable keyring: use the code again next time."):
        "Le code est bon, mais ce PC n’a pas de trousseau utilisable : il faudra de nouveau saisir le code la prochaine fois.",
    ("CLI", "This command needs --user LOGIN."): "Cette commande demande --user IDENTIFIANT.",
    ("CLI", "Password for {user}: "): "Mot de passe de {user} : ",
    ("CLI", "Owner password: "): "Mot de passe du propriétaire : ",
    ("CLI", "Owner password again: "): "Mot de passe du propriétaire (confirmation) : ",
    ("CLI", "The two passwords differ."): "Les deux mots de passe sont différents.",
    ("CLI", 'Salon "{salon}" is ready in {home}.'): "Le salon « {salon} » est prêt dans {home}.",
    ("CLI", "Recovery code (shown only once; print it or write it down):"):
        "Code de secours (affiché une seule fois ; imprimez-le ou notez-le) :",
    ("CLI", "Added {login} ({role}). One-time password: {otp}"): "{login} ajouté·e ({role}). Mot de passe à usage unique : {otp}",
    ("CLI", "New one-time password for {login}: {otp}"): "Nouveau mot de passe à usage unique pour {login} : {otp}",
    ("CLI", "{login} is now {role}."): "{login} est maintenant {role}.",
    ("CLI", "New password: "): "Nouveau mot de passe : ",
    ("CLI", "Password changed."): "Mot de passe modifié.",
    ("CLI", "Client updated."): "Fiche client mise à jour.",
    ("CLI", "All checks passed."): "Toutes les vérifications sont bonnes.",
    ("CLI", "{login} is deactivated."): "Le compte {login} est désactivé.",
    ("CLI", "{login} is active again."): "Le compte {login} est réactivé.",
    ("CLI", "{login} is unlocked."): "Le compte {login} est débloqué.",
    ("CLI", "active"): "actif",
    ("CLI", "deactivated"): "désactivé",
    ("CLI", "locked"): "bloqué",
    ("ClientDetail", "Direct"): "Direct",
    ("ClientDetail", "Booking widget"): "Module de réservation",
    ("ClientDetail", "Marketplace"): "Plateforme de réservation",
    ("ClientDetail", "Import"): "Import",
    ("ClientDetail", "Contact details are masked for your role. The owner decides who sees them."):
        "Les coordonnées sont masquées pour votre rôle. C’est le propriétaire qui décide qui les voit.",
    ("ClientDetail", "Phone"): "Téléphone",
    ("ClientDetail", "Email"): "E-mail",
    ("ClientDetail", "Birth date"): "Date de naissance",
    ("ClientDetail", "Source"): "Origine",
    ("ClientDetail", "Client since"): "Fiche créée le",
    ("ClientDetail", "Notes"): "Notes",
    ("ClientDetail", "The client can read every note if they ask for their data."):
        "Toute note peut être lue par la personne concernée si elle demande ses données.",
    ("ClientDetail", "Edit…"): "Modifier…",
    ("ClientDetail", "Select a client to see their file."): "Choisissez une fiche pour l’afficher.",
    ("ClientDialog", "New client"): "Nouvelle fiche client",
    ("ClientDialog", "Edit client"): "Modifier la fiche client",
    ("ClientDialog", "DD/MM/YYYY"): "JJ/MM/AAAA",
    ("ClientDialog", "Direct (at the salon, phone)"): "Direct (au salon, par téléphone)",
    ("ClientDialog", "Booking widget"): "Module de réservation",
    ("ClientDialog", "Marketplace"): "Plateforme de réservation",
    ("ClientDialog", "Import"): "Import",
    ("ClientDialog", "Only what the service needs. The client can read every note if they ask for their data."):
        "Seulement ce qui sert à la prestation. Toute note peut être lue par la personne concernée si elle demande ses données.",
    ("ClientDialog", "First name"): "Prénom",
    ("ClientDialog", "Last name"): "Nom",
    ("ClientDialog", "Phone"): "Téléphone",
    ("ClientDialog", "Email"): "E-mail",
    ("ClientDialog", "Birth date"): "Date de naissance",
    ("ClientDialog", "Source"): "Origine",
    ("ClientDialog", "Notes"): "Notes",
    ("ClientDialog", "hidden for your role: type to replace"): "masqué pour votre rôle : saisissez pour remplacer",
    ("ClientTableModel", "Last name"): "Nom",
    ("ClientTableModel", "First name"): "Prénom",
    ("ClientTableModel", "Phone"): "Téléphone",
    ("ClientTableModel", "Email"): "E-mail",
    ("Dialogs", "Salon Desk"): "Salon Desk",
    ("Dialogs", "Confirm with your password"): "Confirmez avec votre mot de passe",
    ("Fields", "first name"): "prénom",
    ("Fields", "last name"): "nom",
    ("FirstRunWizard", "Salon Desk — First start"): "Salon Desk — Premier démarrage",
    ("LoginWindow", "Salon Desk — Sign in"): "Salon Desk — Connexion",
    ("LoginWindow", "Sign in with your personal login. Never share it."):
        "Connectez-vous avec votre identifiant personnel. Ne le partagez jamais.",
    ("LoginWindow", "Sign in"): "Se connecter",
    ("LoginWindow", "Login"): "Identifiant",
    ("LoginWindow", "Password"): "Mot de passe",
    ("MainWindow", "Salon Desk — {salon}"): "Salon Desk — {salon}",
    ("MainWindow", "Find a client: name, phone or email (Ctrl+F)"):
        "Rechercher une fiche : nom, téléphone ou e-mail (Ctrl+F)",
    ("MainWindow", "Signed in: {login} ({role})"): "Connecté·e : {login} ({role})",
    ("MainWindow", "Main"): "Principal",
    ("MainWindow", "New client"): "Nouvelle fiche",
    ("MainWindow", "Lock"): "Verrouiller",
    ("MainWindow", "&Salon"): "&Salon",
    ("MainWindow", "Staff…"): "Équipe…",
    ("MainWindow", "Settings…"): "Réglages…",
    ("MainWindow", "Change my password…"): "Changer mon mot de passe…",
    ("MainWindow", "Quit"): "Quitter",
    ("MainWindow", "%n client(s)"): ("%n fiche client", "%n fiches clients"),
    ("Messages", "Wrong login or password."): "Identifiant ou mot de passe incorrect.",
    ("Messages", "Too many failed attempts. Wait {seconds} seconds before trying again."):
        "Trop d’essais infructueux. Attendez {seconds} secondes avant de réessayer.",
    ("Messages", "This account is locked after 10 failed attempts. Try again in {minutes} minutes, or ask a manager to unlock it."):
        "Ce compte est bloqué après 10 essais infructueux. Réessayez dans {minutes} minutes ou demandez à un responsable de le débloquer.",
    ("Messages", "This account has been deactivated. Ask the salon owner."):
        "Ce compte a été désactivé. Adressez-vous au propriétaire du salon.",
    ("Messages", "These client fields cannot be edited: {fields}."): "Ces champs de la fiche ne sont pas modifiables : {fields}.",
    ("Messages", "Your role does not allow reading or editing notes."):
        "Votre rôle ne permet pas de lire ni de modifier les notes.",
    ("Messages", "No client with id {id}."): "Aucune fiche client avec l’identifiant {id}.",
    ("Messages", "Please fill in the {field}."): "Veuillez renseigner le {field}.",
    ("Messages", "The {field} is too long or contains control characters."):
        "Le {field} est trop long ou contient des caractères de contrôle.",
    ("Messages", "The email address {email} is not valid."): "L’adresse e-mail {email} n’est pas valide.",
    ("Messages", "The phone number {phone} is not valid."): "Le numéro de téléphone {phone} n’est pas valide.",
    ("Messages", "The birth date {value} is not a date (DD/MM/YYYY)."):
        "La date de naissance {value} n’est pas une date (JJ/MM/AAAA).",
    ("Messages", "The birth date {value} is not plausible."): "La date de naissance {value} n’est pas plausible.",
    ("Messages", "Notes are limited to 10,000 characters."): "Les notes sont limitées à 10 000 caractères.",
    ("Messages", "Unknown client source {value} (use one of: {choices})."):
        "Origine inconnue : {value} (valeurs possibles : {choices}).",
    ("Messages", "Your role ({role}) does not allow this action ({permission})."):
        "Votre rôle ({role}) ne permet pas cette action ({permission}).",
    ("Messages", "Wrong password."): "Mot de passe incorrect.",
    ("Messages", "A password may be at most 1,024 bytes long."): "Un mot de passe ne peut pas dépasser 1 024 octets.",
    ("Messages", "A password cannot contain a NUL character."): "Un mot de passe ne peut pas contenir de caractère NUL.",
    ("Messages", "A password needs at least 12 characters. A short sentence works well."):
        "Un mot de passe doit compter au moins 12 caractères. Une courte phrase convient très bien.",
    ("Messages", "This password repeats the same few characters. Choose another one."):
        "Ce mot de passe répète les mêmes quelques caractères. Choisissez-en un autre.",
    ("Messages", "This password is too easy to guess: it is built from common words, salon words, names, dates or keyboard runs. Choose another one, for example a short sentence."):
        "Ce mot de passe est trop facile à deviner : il est fait de mots courants, de mots du salon, de noms, de dates ou de suites de touches. Choisissez-en un autre, par exemple une courte phrase.",
    ("Messages", "Your session has ended. Please sign in again."): "Votre session est terminée. Veuillez vous reconnecter.",
    ("Messages", "Please type your password again to confirm this action."):
        "Veuillez saisir de nouveau votre mot de passe pour confirmer cette action.",
    ("Messages", "You signed in with a one-time password: choose your own password first (salon-desk staff set-password)."):
        "Vous êtes connecté·e avec un mot de passe à usage unique : choisissez d’abord votre propre mot de passe (salon-desk staff set-password).",
    ("Messages", "The idle lock must be between 1 and 15 minutes."):
        "Le verrouillage automatique doit être compris entre 1 et 15 minutes.",
    ("Messages", "The owner always sees every client field."): "Le propriétaire voit toujours tous les champs de la fiche.",
    ("Messages", "The salon name cannot be empty."): "Le nom du salon est obligatoire.",
    ("Messages", "A salon is already set up in {home}."): "Un salon est déjà configuré dans {home}.",
    ("Messages", "The salon must keep at least one active owner."): "Le salon doit garder au moins un propriétaire actif.",
    ("Messages", "A login has 2 to 40 letters, digits, dots, dashes or underscores."):
        "Un identifiant compte de 2 à 40 lettres, chiffres, points, tirets ou tirets bas.",
    ("Messages", "Unknown role {role} (owner, manager or employee)."): "Rôle inconnu : {role} (owner, manager ou employee).",
    ("Messages", "Only the owner can create an account with this role."):
        "Seul le propriétaire peut créer un compte avec ce rôle.",
    ("Messages", "The login {login} is already taken."): "L’identifiant {login} est déjà pris.",
    ("Messages", "No staff member with login {login}."): "Aucun membre de l’équipe avec l’identifiant {login}.",
    ("Messages", "Only the owner can manage this account."): "Seul le propriétaire peut gérer ce compte.",
    ("Messages", "You cannot deactivate your own account."): "Vous ne pouvez pas désactiver votre propre compte.",
    ("Messages", "Your current password is wrong."): "Votre mot de passe actuel est incorrect.",
    ("Messages", "The new password must differ from the current one."):
        "Le nouveau mot de passe doit être différent de l’actuel.",
    ("Messages", "No salon is set up in {home}. Run the first-run wizard or 'salon-desk init'."):
        "Aucun salon n’est configuré dans {home}. Lancez l’assistant de premier démarrage ou « salon-desk init ».",
    ("Messages", "The key information file {path} is damaged."): "Le fichier d’informations de clé {path} est endommagé.",
    ("Messages", "The key found for this salon does not match its database (key mismatch). Nothing was changed; unlock with the recovery code."):
        "La clé trouvée pour ce salon ne correspond pas à sa base de données (key mismatch). Rien n’a été modifié ; déverrouillez avec le code de secours.",
    ("Messages", "The database key is damaged (it must be 64 lower-case hexadecimal characters)."):
        "La clé de la base de données est endommagée (elle doit compter 64 caractères hexadécimaux en minuscules).",
    ("Messages", "A salon database already exists at {path}."): "Une base de données de salon existe déjà ici : {path}.",
    ("Messages", "No salon database at {path}."): "Aucune base de données de salon ici : {path}.",
    ("Messages", "Cannot open the database file: {reason}"): "Impossible d’ouvrir le fichier de la base de données : {reason}",
    ("Messages", "This build is not linked with SQLCipher; refusing to open an unencrypted database."):
        "Cette version n’est pas liée à SQLCipher : ouverture d’une base non chiffrée refusée.",
    ("Messages", "The database cannot be read with this key, or the file is damaged."):
        "La base de données ne peut pas être lue avec cette clé, ou le fichier est endommagé.",
    ("Messages", 'The system keyring cannot be used ({reason}). Unlock the database with your recovery code (the app asks for it at start-up; or salon-desk recover).'):
        "Le trousseau du système est inutilisable ({reason}). Déverrouillez la base avec votre code de secours (l’application le demande au démarrage ; ou salon-desk recover).",
    ("Messages", 'This PC\'s keyring holds no key for this salon database. Unlock it with your recovery code (the app asks for it at start-up; or salon-desk recover).'):
        "Le trousseau de ce PC ne contient pas de clé pour cette base de salon. Déverrouillez-la avec votre code de secours (l’application le demande au démarrage ; ou salon-desk recover).",
    ("Messages", "This database was written by a newer Salon Desk (schema {found}; this version reads up to {newest}). Install the newer version; nothing was changed."):
        "Cette base a été écrite par une version plus récente de Salon Desk (schéma {found} ; cette version lit jusqu’au schéma {newest}). Installez la version récente ; rien n’a été modifié.",
    ("Messages", "A recovery code has 20 letters and digits, like ABCDE-12345-FGHJK-67890."):
        "Un code de secours compte 20 lettres et chiffres, comme ABCDE-12345-FGHJK-67890.",
    ("Messages", "The recovery data beside the database is damaged."):
        "Les données de secours à côté de la base sont endommagées.",
    ("Messages", "This recovery code does not open this salon database."):
        "Ce code de secours n’ouvre pas cette base de salon.",
    ("OwnerPage", "Your owner account"): "Votre compte de propriétaire",
    ("OwnerPage", "Every person at the salon gets a personal login. Yours is the owner's."):
        "Chaque personne du salon a son propre identifiant. Le vôtre est celui du propriétaire.",
    ("OwnerPage", "At least 12 characters. A short sentence works well."):
        "Au moins 12 caractères. Une courte phrase convient très bien.",
    ("OwnerPage", "Your name"): "Votre nom",
    ("OwnerPage", "Login"): "Identifiant",
    ("OwnerPage", "Password"): "Mot de passe",
    ("OwnerPage", "Password again"): "Confirmation",
    ("OwnerPage", "Create the salon"): "Créer le salon",
    ("OwnerPage", "This password is acceptable."): "Ce mot de passe convient.",
    ("OwnerPage", "The two passwords differ."): "Les deux mots de passe sont différents.",
    ("PasswordChangeDialog", "Choose your password"): "Choisissez votre mot de passe",
    ("PasswordChangeDialog", "Choose a password of at least 12 characters that only you know. A short sentence is easy to remember and hard to guess."):
        "Choisissez un mot de passe d’au moins 12 caractères que vous seul·e connaissez. Une courte phrase est facile à retenir et difficile à deviner.",
    ("PasswordChangeDialog", "Current password"): "Mot de passe actuel",
    ("PasswordChangeDialog", "New password"): "Nouveau mot de passe",
    ("PasswordChangeDialog", "New password again"): "Confirmation",
    ("PasswordChangeDialog", "This password is acceptable."): "Ce mot de passe convient.",
    ("PasswordChangeDialog", "The two new passwords differ."): "Les deux nouveaux mots de passe sont différents.",
    ("RecoveryDialog", "Unlock with the recovery code"): "Déverrouiller avec le code de secours",
    ("RecoveryDialog", "Type the recovery code from the sheet printed when the salon was set up."):
        "Saisissez le code de secours de la fiche imprimée lors de la configuration du salon.",
    ("RecoveryDialog", "Unlock"): "Déverrouiller",
    ("RecoveryDialog", "Unlocked for this session only: this PC has no usable keyring."):
        "Déverrouillé pour cette session seulement : ce PC n’a pas de trousseau utilisable.",
    ("RecoveryPage", "Your recovery code"): "Votre code de secours",
    ("RecoveryPage", "This code opens the salon's data on a new PC or if this PC loses its key. It is shown only now: print it or write it down, and keep it away from the PC."):
        "Ce code ouvre les données du salon sur un nouveau PC, ou si ce PC perd sa clé. Il n’est affiché qu’une fois : imprimez-le ou notez-le, et rangez-le loin du PC.",
    ("RecoveryPage", "Save the recovery sheet (PDF) to print…"): "Enregistrer la fiche de secours (PDF) à imprimer…",
    ("RecoveryPage", "I have printed or written down this code"): "J’ai imprimé ou noté ce code",
    ("RecoveryPage", "Save the recovery sheet"): "Enregistrer la fiche de secours",
    ("RecoveryPage", "PDF files (*.pdf)"): "Fichiers PDF (*.pdf)",
    ("RecoveryPage", "Saved to {path}. Print it now."): "Enregistrée dans {path}. Imprimez-la maintenant.",
    ("RecoverySheet", "Salon Desk recovery sheet"): "Fiche de secours Salon Desk",
    ("RecoverySheet", "This code unlocks the salon's encrypted database on another PC,"):
        "Ce code déverrouille la base chiffrée du salon sur un autre PC,",
    ("RecoverySheet", "or on this one if the system keyring loses its key."):
        "ou sur celui-ci si le trousseau du système perd sa clé.",
    ("RecoverySheet", "Keep this sheet in a safe place, away from the computer."):
        "Rangez cette fiche en lieu sûr, loin de l’ordinateur.",
    ("RecoverySheet", "Anyone holding this code and a copy of the database can read it."):
        "Toute personne qui détient ce code et une copie de la base peut la lire.",
    ("RecoverySheet", "Salon Desk never shows this code again."): "Salon Desk n’affichera plus jamais ce code.",
    ("RecoverySheet", "Salon: {name}"): "Salon : {name}",
    ("RecoverySheet", "Created on {date}"): "Créée le {date}",
    ("RecoverySheet", "To use it: copy the salon folder to the PC, start Salon Desk, and type the code when it asks."):
        "Pour l’utiliser : copiez le dossier du salon sur le PC, lancez Salon Desk et saisissez le code quand il le demande.",
    ("Roles", "Owner"): "Propriétaire",
    ("Roles", "Manager"): "Responsable",
    ("Roles", "Employee"): "Employé·e",
    ("SalonPage", "Welcome to Salon Desk"): "Bienvenue dans Salon Desk",
    ("SalonPage", "Your clients' data stays encrypted on this PC. First, tell us about the salon."):
        "Les données de votre clientèle restent chiffrées sur ce PC. Commençons par le salon.",
    ("SalonPage", "Salon name"): "Nom du salon",
    ("SalonPage", "Address"): "Adresse",
    ("Sensitive", "This action needs your password again."): "Cette action demande de nouveau votre mot de passe.",
    ("SettingsDialog", "Settings"): "Réglages",
    ("SettingsDialog", " min"): " min",
    ("SettingsDialog", "What each role sees of a client"): "Ce que chaque rôle voit d’une fiche client",
    ("SettingsDialog", "Managers"): "Responsables",
    ("SettingsDialog", "Employees"): "Employé·es",
    ("SettingsDialog", "full name and contact details"): "nom complet et coordonnées",
    ("SettingsDialog", "notes"): "notes",
    ("SettingsDialog", "Masked contact details show the first name and initial, the last 4 digits of the phone and the first 4 characters of the email, in every screen, search and export."):
        "Les coordonnées masquées montrent le prénom et l’initiale, les 4 derniers chiffres du téléphone et les 4 premiers caractères de l’e-mail, dans chaque écran, recherche et export.",
    ("SettingsDialog", "Lock the screen after"): "Verrouiller l’écran après",
    ("StaffDialog", "Staff"): "Équipe",
    ("StaffDialog", "Login"): "Identifiant",
    ("StaffDialog", "Name"): "Nom",
    ("StaffDialog", "Role"): "Rôle",
    ("StaffDialog", "Status"): "État",
    ("StaffDialog", "New staff get a one-time password and choose their own at first sign-in. Deactivate an account as soon as someone leaves."):
        "Chaque nouvelle personne reçoit un mot de passe à usage unique et choisit le sien à la première connexion. Désactivez un compte dès qu’une personne quitte le salon.",
    ("StaffDialog", "Add…"): "Ajouter…",
    ("StaffDialog", "Deactivate"): "Désactiver",
    ("StaffDialog", "Unlock"): "Débloquer",
    ("StaffDialog", "New one-time password"): "Nouveau mot de passe à usage unique",
    ("StaffDialog", "Set role"): "Changer le rôle",
    ("StaffDialog", "Active"): "Actif",
    ("StaffDialog", "Deactivated"): "Désactivé",
    ("StaffDialog", "Locked"): "Bloqué",
    ("StaffDialog", "Awaiting first sign-in"): "En attente de première connexion",
    ("StaffDialog", "One-time password"): "Mot de passe à usage unique",
    ("StaffDialog", "Give this one-time password to {login} in person: {otp}\nThey will choose their own password when they first sign in."):
        "Remettez ce mot de passe à usage unique à {login} en personne : {otp}\nLa personne choisira son propre mot de passe à sa première connexion.",

    # -- consent register and booking --------------------------------------------------------------------
    ("BookingDialog", "Book an appointment"): "Prendre un rendez-vous",
    ("BookingDialog", "{name} ({minutes} min)"): "{name} ({minutes} min)",
    ("BookingDialog", "Book anyway, even if it overlaps another appointment"):
        "Réserver quand même, malgré le chevauchement avec un autre rendez-vous",
    ("BookingDialog", "Confirmations and reminders are service messages: they never need marketing consent."):
        "Les confirmations et rappels sont des messages de service : ils ne demandent jamais de consentement marketing.",
    ("BookingDialog", "Service"): "Prestation",
    ("BookingDialog", "With"): "Avec",
    ("BookingDialog", "Start"): "Début",
    ("BookingDialog", "Book"): "Réserver",
    ("BookingDialog", "Add the salon's services first (a manager can do it)."):
        "Ajoutez d’abord les prestations du salon (un responsable peut le faire).",
    ("CLI", "Dates are written YYYY-MM-DD."): "Les dates s’écrivent AAAA-MM-JJ.",
    ("CLI", "{count} rows written to {path}."): "{count} lignes écrites dans {path}.",
    ("CLI", "Consent proof with {count} events written to {path}."):
        "Preuve de consentement ({count} événements) écrite dans {path}.",
    ("CLI", "Appointment updated."): "Rendez-vous mis à jour.",
    ("ClientDetail", "Book…"): "Rendez-vous…",
    ("Consent", "Email"): "E-mail",
    ("Consent", "SMS"): "SMS",
    ("Consent", "Platform newsletter"): "Lettre de la plateforme",
    ("Messages", "The quiet period must be between 1 and 730 days."):
        "La période sans nouvelle demande doit être comprise entre 1 et 730 jours.",
    ("SettingsDialog", " days"): " jours",
    ("SettingsDialog", 'After "ask later" or a refusal, do not ask about consent again for'):
        "Après « plus tard » ou un refus, ne plus demander le consentement pendant",
    ("ConsentPanel", "Platform newsletter: {status} since {date} (managed by the platform, read-only)"):
        "Lettre de la plateforme : {status} depuis le {date} (gérée par la plateforme, en lecture seule)",
    ("Messages", "A platform newsletter grant needs the platform's text."):
        "Un consentement à la lettre de la plateforme doit reprendre le texte de la plateforme.",
    ("Messages", "A platform decision comes from an online source."):
        "Une décision concernant la plateforme provient d’une source en ligne.",
    ("Consent", "not asked yet"): "pas encore demandé",
    ("Consent", "granted"): "accordé",
    ("Consent", "refused"): "refusé",
    ("Consent", "withdrawn"): "retiré",
    ("Consent", "at the desk"): "à l’accueil",
    ("Consent", "by phone"): "par téléphone",
    ("Consent", "on a paper form"): "sur formulaire papier",
    ("Consent", "online booking"): "réservation en ligne",
    ("Consent", "marketplace"): "plateforme de réservation",
    ("Consent", "unsubscribe link"): "lien de désinscription",
    ("Consent", "SMS STOP"): "réponse STOP par SMS",
    ("Consent", "import with evidence"): "import avec preuve",
    ("ConsentDialog", "Marketing consent"): "Consentement marketing",
    ("ConsentDialog", "Ask {name} and read the text aloud. The answer is free: appointments, their confirmations and reminders never depend on it."):
        "Posez la question à {name} en lisant le texte à voix haute. La réponse est libre : les rendez-vous, leurs confirmations et leurs rappels n’en dépendent jamais.",
    ("ConsentDialog", "Text version {version}"): "Version {version} du texte",
    ("ConsentDialog", "Yes, the client agrees"): "Oui, la personne accepte",
    ("ConsentDialog", "No"): "Non",
    ("ConsentDialog", "At the desk"): "À l’accueil",
    ("ConsentDialog", "By phone"): "Par téléphone",
    ("ConsentDialog", "On a signed paper form"): "Sur un formulaire papier signé",
    ("ConsentDialog", "Asked"): "Question posée",
    ("ConsentDialog", "Ask later"): "Demander plus tard",
    ("ConsentDialog", "Record the answers"): "Enregistrer les réponses",
    ("ConsentPanel", "{channel}: not asked yet"): "{channel} : pas encore demandé",
    ("ConsentPanel", "{channel}: agreed on {date} ({method}, text version {version})"):
        "{channel} : accepté le {date} ({method}, texte version {version})",
    ("ConsentPanel", "{channel}: refused on {date}"): "{channel} : refusé le {date}",
    ("ConsentPanel", "Unsubscribed from {channel} on {date} via {method}"):
        "Désinscription ({channel}) le {date}, via : {method}",
    ("ConsentPanel", "Marketing consent"): "Consentement marketing",
    ("ConsentPanel", "Withdraw"): "Retirer",
    ("ConsentPanel", "Ask…"): "Demander…",
    ("ConsentPanel", "Appointment confirmations and reminders never depend on marketing consent."):
        "Les confirmations et rappels de rendez-vous ne dépendent jamais du consentement marketing.",
    ("ConsentPanel", "{date} · {channel} · {decision} · {method} · {who}"):
        "{date} · {channel} · {decision} · {method} · {who}",
    ("ConsentProof", "Consent proof: {name}"): "Preuve de consentement : {name}",
    ("ConsentProof", "{salon} · generated on {date} · client id {id}"): "{salon} · édité le {date} · fiche {id}",
    ("ConsentProof", "Every marketing-consent decision recorded for this client, newest first, with the exact text shown at the time. Each event is sealed in a hash chain: any later change is detected by 'salon-desk verify'. Times are Paris time (UTC in brackets)."):
        "Toutes les décisions de consentement marketing enregistrées pour cette personne, de la plus récente à la plus ancienne, avec le texte exact présenté à ce moment-là. Chaque événement est scellé dans une chaîne d’empreintes : toute modification ultérieure est détectée par « salon-desk verify ». Heures de Paris (UTC entre parenthèses).",
    ("ConsentProof", "No consent decision has been recorded for this client."):
        "Aucune décision de consentement n’a été enregistrée pour cette personne.",
    ("ConsentProof", "{date}: {channel} {decision}, {method}"): "{date} : {channel} {decision}, {method}",
    ("ConsentProof", "Recorded by {who} on {recorded} · event {id}"): "Enregistré par {who} le {recorded} · événement {id}",
    ("ConsentProof", "Text shown (version {version}, SHA-256 {sha}):"): "Texte présenté (version {version}, SHA-256 {sha}) :",
    ("ConsentProof", "No text needed for this decision."): "Aucun texte n’est nécessaire pour cette décision.",
    ("ConsentProof", "Evidence: {evidence}"): "Preuve : {evidence}",
    ("ConsentProof", "Source: {source}"): "Source : {source}",
    ("ConsentRegisterDialog", "Consent register"): "Registre des consentements",
    ("ConsentRegisterDialog", "Client name (all clients if empty)"): "Nom de la personne (toutes si vide)",
    ("ConsentRegisterDialog", "Both channels"): "Les deux canaux",
    ("ConsentRegisterDialog", "From"): "Du",
    ("ConsentRegisterDialog", "to"): "au",
    ("ConsentRegisterDialog", "Show"): "Afficher",
    ("ConsentRegisterDialog", "Date"): "Date",
    ("ConsentRegisterDialog", "Client"): "Personne",
    ("ConsentRegisterDialog", "Channel"): "Canal",
    ("ConsentRegisterDialog", "Decision"): "Décision",
    ("ConsentRegisterDialog", "How"): "Comment",
    ("ConsentRegisterDialog", "Recorded by"): "Enregistré par",
    ("ConsentRegisterDialog", "Text"): "Texte",
    ("ConsentRegisterDialog", "Export CSV…"): "Exporter en CSV…",
    ("ConsentRegisterDialog", "%n decision(s)"): ("%n décision", "%n décisions"),
    ("ConsentRegisterDialog", "Export the consent register"): "Exporter le registre des consentements",
    ("ConsentRegisterDialog", "CSV files (*.csv)"): "Fichiers CSV (*.csv)",
    ("MainWindow", "Book an appointment…"): "Prendre un rendez-vous…",
    ("MainWindow", "Consent register…"): "Registre des consentements…",
    ("Messages", "Write the start as YYYY-MM-DDTHH:MM, for example 2026-03-14T09:30."):
        "Écrivez le début sous la forme AAAA-MM-JJTHH:MM, par exemple 2026-03-14T09:30.",
    ("Messages", "A service needs a name and a duration of 5 minutes to 24 hours."):
        "Une prestation a un nom et une durée de 5 minutes à 24 heures.",
    ("Messages", "The price must be between 0 and 99,999 €."): "Le prix doit être compris entre 0 et 99 999 €.",
    ("Messages", "A service called {name} already exists."): "Une prestation « {name} » existe déjà.",
    ("Messages", "No service called {name}."): "Aucune prestation « {name} ».",
    ("Messages", "No active staff member with login {login}."): "Aucun membre actif de l’équipe avec l’identifiant {login}.",
    ("Messages", "An appointment lasts 5 minutes to 24 hours."): "Un rendez-vous dure de 5 minutes à 24 heures.",
    ("Messages", "{login} already has an appointment at that time. Choose another time, or confirm the overlap explicitly."):
        "{login} a déjà un rendez-vous à ce moment-là. Choisissez un autre horaire, ou confirmez explicitement le chevauchement.",
    ("Messages", "An appointment is booked, done, cancelled or no-show."):
        "Un rendez-vous est réservé, honoré, annulé ou non honoré (booked, done, cancelled, no-show).",
    ("Messages", "No appointment with id {id}."): "Aucun rendez-vous avec l’identifiant {id}.",
    ("Messages", "Write the day as YYYY-MM-DD."): "Écrivez le jour sous la forme AAAA-MM-JJ.",
    ("Messages", "Consent is recorded for one channel at a time: email or sms."):
        "Le consentement s’enregistre canal par canal : e-mail ou SMS.",
    ("Messages", "A consent decision is granted, refused or withdrawn."):
        "Une décision de consentement est accordée, refusée ou retirée (granted, refused, withdrawn).",
    ("Messages", "Unknown consent method {method}."): "Méthode de recueil inconnue : {method}.",
    ("Messages", "A consent event needs the staff member who recorded it, or the online source."):
        "Un événement de consentement doit indiquer qui l’a enregistré, ou sa source en ligne.",
    ("Messages", "A grant needs a positive act by the client (at the desk, by phone, on paper, online, on the marketplace, or an import with evidence)."):
        "Un consentement demande un acte positif de la personne (à l’accueil, par téléphone, sur papier, en ligne, sur la plateforme, ou un import avec preuve).",
    ("Messages", "A grant needs the exact text version the client was shown."):
        "Un consentement doit indiquer la version exacte du texte présenté à la personne.",
    ("Messages", "This text is not the {channel} consent text."): "Ce texte n’est pas le texte de consentement {channel}.",
    ("Messages", "An online grant needs its source (which site or form)."):
        "Un consentement en ligne doit indiquer sa source (quel site ou formulaire).",
    ("Messages", "An imported grant needs evidence: the file's hash and row, from a client who gave it."):
        "Un consentement importé demande une preuve : l’empreinte du fichier et la ligne, pour une personne qui l’a réellement donné.",
    ("Messages", "There is no {channel} consent text version {version}."):
        "Il n’existe pas de version {version} du texte de consentement {channel}.",
    ("Messages", "A consent text must say plainly what the client agrees to."):
        "Un texte de consentement doit dire clairement ce que la personne accepte.",
    ("Messages", "The platform's newsletter is managed by the platform and arrives through sync."):
        "La lettre d’information de la plateforme est gérée par la plateforme et arrive par la synchronisation.",
    ("Messages", "A consent decision cannot be dated in the future."):
        "Une décision de consentement ne peut pas être datée dans le futur.",

    # -- notes guard and health --------------------------------------------------------------------------
    ("BookingDialog", "Patch test valid until {date}."): "Test d’allergie valable jusqu’au {date}.",
    ("BookingDialog", "No valid patch test: do one at least 48 hours before a colour service."):
        "Pas de test d’allergie valable : faites-en un au moins 48 heures avant une coloration.",
    ("BookingDialog", "Allergy alert."): "Alerte allergie.",
    ("ClientDetail", "Health & patch tests…"): "Santé et tests d’allergie…",
    ("ClientDetail", "Allergy alert: yes"): "Alerte allergie : oui",
    ("ClientDetail", "Allergy alert: no"): "Alerte allergie : non",
    ("ClientDetail", "patch test valid until {date}"): "test d’allergie valable jusqu’au {date}",
    ("ClientDetail", "no valid patch test"): "pas de test d’allergie valable",
    ("ClientDialog", "Every note is shown to the client if they ask for their data."):
        "Toute note est communiquée à la personne si elle demande ses données.",
    ("ClientDialog", "Move it to Health & patch tests"): "La déplacer vers Santé et tests d’allergie",
    ("ClientDialog", "This looks like health information ({words}). It belongs in Health & patch tests, which needs the client's explicit consent, not in ordinary notes."):
        "Cela ressemble à une information de santé ({words}). Sa place est dans Santé et tests d’allergie, qui demande le consentement explicite de la personne, pas dans les notes ordinaires.",
    ("Consent", "Health information"): "Informations de santé",
    ("HealthDialog", "Health & patch tests: {name}"): "Santé et tests d’allergie : {name}",
    ("HealthDialog", "Explicit consent to keep health information"):
        "Consentement explicite à la conservation d’informations de santé",
    ("HealthDialog", "Health information is sensitive data: read this to the client and record their answer. Without a yes, nothing is kept."):
        "Les informations de santé sont des données sensibles : lisez ce texte à la personne et enregistrez sa réponse. Sans un oui, rien n’est conservé.",
    ("HealthDialog", "The client agrees"): "La personne accepte",
    ("HealthDialog", "The client refuses"): "La personne refuse",
    ("HealthDialog", "Health information"): "Informations de santé",
    ("HealthDialog", "Allergy alert (shown to every role)"): "Alerte allergie (visible par tous les rôles)",
    ("HealthDialog", "Save"): "Enregistrer",
    ("HealthDialog", "Product"): "Produit",
    ("HealthDialog", "No reaction"): "Pas de réaction",
    ("HealthDialog", "Reaction"): "Réaction",
    ("HealthDialog", "Doubtful"): "Douteux",
    ("HealthDialog", "Add patch test"): "Ajouter le test",
    ("HealthDialog", "Note"): "Note",
    ("HealthDialog", "Patch tests"): "Tests d’allergie",
    ("HealthDialog", "New test"): "Nouveau test",
    ("HealthDialog", "{date}: {product}, {result}, valid until {until}"):
        "{date} : {product}, {result}, valable jusqu’au {until}",
    ("Messages", "Consent to keep health information must be explicit: given at the desk or on a signed form."):
        "Le consentement à la conservation d’informations de santé doit être explicite : donné à l’accueil ou sur un formulaire signé.",
    ("Messages", "Ask the client for explicit consent to keep health information first (Health & patch tests)."):
        "Demandez d’abord à la personne son consentement explicite pour conserver des informations de santé (Santé et tests d’allergie).",
    ("Messages", "Health notes are limited to 5,000 characters."): "Les notes de santé sont limitées à 5 000 caractères.",
    ("Messages", "A patch test needs the product, a result (negative, positive or doubtful) and a validity of 1 to 24 months."):
        "Un test d’allergie indique le produit, un résultat (négatif, positif ou douteux) et une validité de 1 à 24 mois.",
    ("Messages", "A patch test cannot be dated in the future."): "Un test d’allergie ne peut pas être daté dans le futur.",
    ("Messages", "This note contains what looks like a payment card number. Card numbers must never be stored: remove it, then save again. Nothing was saved."):
        "Cette note semble contenir un numéro de carte bancaire. Les numéros de carte ne doivent jamais être enregistrés : retirez-le puis enregistrez de nouveau. Rien n’a été enregistré.",
    ("SettingsDialog", "health information and patch tests"): "informations de santé et tests d’allergie",

    # -- the appointment book and the client file --------------------------------------------------------
    ("AcknowledgementDialog", "Your responsibilities with client data"): "Vos responsabilités envers les données clients",
    ("AcknowledgementDialog", "Before you start"): "Avant de commencer",
    ("AcknowledgementDialog", "• Your login is personal. Never share it, and lock the screen (Ctrl+L) when you step away."):
        "• Votre identifiant est personnel. Ne le partagez jamais, et verrouillez l’écran (Ctrl+L) quand vous vous éloignez.",
    ("AcknowledgementDialog", "• Write only what the service needs in a note. Every note can be read by the client if they ask for their data."):
        "• N’écrivez dans une note que ce qui sert à la prestation. Toute note peut être lue par la personne si elle demande ses données.",
    ("AcknowledgementDialog", "• Never write a payment card number anywhere. Salon Desk refuses them."):
        "• N’écrivez jamais un numéro de carte bancaire, nulle part. Salon Desk les refuse.",
    ("AcknowledgementDialog", "• Health information (allergies, pregnancy, skin conditions) goes only in Health & patch tests, with the client's explicit consent."):
        "• Les informations de santé (allergies, grossesse, état de la peau) vont uniquement dans Santé et tests d’allergie, avec le consentement explicite de la personne.",
    ("AcknowledgementDialog", '• Ask for marketing consent properly: read the text, one question per channel, and accept "no" or "later". A booking never depends on it.'):
        "• Demandez le consentement marketing correctement : lisez le texte, une question par canal, et acceptez « non » ou « plus tard ». Un rendez-vous n’en dépend jamais.",
    ("AcknowledgementDialog", "• If a client wants to unsubscribe, record it at once: one click on the client file."):
        "• Si une personne veut se désinscrire, enregistrez-le aussitôt : un clic sur sa fiche.",
    ("AcknowledgementDialog", "I have read these rules and will follow them"): "J’ai lu ces règles et je les appliquerai",
    ("AcknowledgementDialog", "Continue"): "Continuer",
    ("BookWidget", "Previous (Alt+Left)"): "Précédent (Alt+Gauche)",
    ("BookWidget", "Next (Alt+Right)"): "Suivant (Alt+Droite)",
    ("BookWidget", "Today"): "Aujourd’hui",
    ("BookWidget", "Day"): "Jour",
    ("BookWidget", "Week"): "Semaine",
    ("BookWidget", "Undo"): "Annuler",
    ("BookWidget", "Click or drag on a free slot to book; drag an appointment to move it."):
        "Cliquez ou glissez sur un créneau libre pour réserver ; glissez un rendez-vous pour le déplacer.",
    ("BookWidget", "Mon"): "lun.", ("BookWidget", "Tue"): "mar.", ("BookWidget", "Wed"): "mer.",
    ("BookWidget", "Thu"): "jeu.", ("BookWidget", "Fri"): "ven.", ("BookWidget", "Sat"): "sam.",
    ("BookWidget", "Sun"): "dim.",
    ("BookWidget", "Move appointment"): "Déplacer le rendez-vous",
    ("BookWidget", "Move it anyway, overlapping the other appointment?"):
        "Le déplacer quand même, en chevauchant l’autre rendez-vous ?",
    ("BookingDialog", "Client: name, phone or email"): "Personne : nom, téléphone ou e-mail",
    ("BookingDialog", "First name"): "Prénom",
    ("BookingDialog", "Last name"): "Nom",
    ("BookingDialog", "Phone"): "Téléphone",
    ("BookingDialog", "+ New client: {text}"): "+ Nouvelle fiche : {text}",
    ("BookingDialog", "Choose the client first, or create one."): "Choisissez d’abord la personne, ou créez sa fiche.",
    ("ClientDetail", "Data controller: the salon."): "Responsable du traitement : le salon.",
    ("ClientDetail", "Data controller: the salon, with the platform as its processor (the platform is a controller only for its own newsletter)."):
        "Responsable du traitement : le salon, la plateforme étant son sous-traitant (la plateforme n’est responsable que de sa propre lettre d’information).",
    ("ClientDetail", "The salon and the marketplace are independent controllers."):
        "Le salon et la plateforme de réservation sont responsables de traitement indépendants.",
    ("ClientDetail", "Data controller: the salon (imported from its own records)."):
        "Responsable du traitement : le salon (import de ses propres fichiers).",
    ("ClientDetail", "booked"): "réservé",
    ("ClientDetail", "done"): "honoré",
    ("ClientDetail", "cancelled"): "annulé",
    ("ClientDetail", "no-show"): "non honoré",
    ("ClientDetail", "Access and erasure requests for this client will be listed here."):
        "Les demandes d’accès et d’effacement de cette personne apparaîtront ici.",
    ("ClientDetail", "File"): "Fiche",
    ("ClientDetail", "Appointments"): "Rendez-vous",
    ("ClientDetail", "Requests"): "Demandes",
    ("ClientDetail", "Appointments ({count})"): "Rendez-vous ({count})",
    ("MainWindow", "Clients"): "Fiches clients",
    ("MainWindow", "Appointment book"): "Agenda",
    ("Messages", "Write hours as HH:MM-HH:MM, for example 09:00-19:00."):
        "Écrivez les horaires sous la forme HH:MM-HH:MM, par exemple 09:00-19:00.",

    ("AppointmentDialog", "Appointment"): "Rendez-vous",
    ("AppointmentDialog", "The confirmation is a service message: it never needs marketing consent."):
        "La confirmation est un message de service : elle ne demande jamais de consentement marketing.",
    ("AppointmentDialog", "Done"): "Honoré",
    ("AppointmentDialog", "Cancelled"): "Annulé",
    ("AppointmentDialog", "No-show"): "Non honoré",
    ("AppointmentDialog", "Booked"): "Réservé",
    ("AppointmentDialog", "Confirmation (PDF)…"): "Confirmation (PDF)…",
    ("AppointmentDialog", "Save the confirmation"): "Enregistrer la confirmation",
    ("AppointmentDialog", "PDF files (*.pdf)"): "Fichiers PDF (*.pdf)",
    ("CLI", "Confirmation written to {path}."): "Confirmation écrite dans {path}.",
    ("Messages", "Cannot read {path} as UTF-8 text."): "Impossible de lire {path} comme texte UTF-8.",
    ("CLI", "Deleted {tests} patch tests and {notes} health notes past retention."):
        "{tests} tests d’allergie et {notes} notes de santé supprimés (durée de conservation dépassée).",
    ("Confirmation", "Appointment confirmation"): "Confirmation de rendez-vous",
    ("Confirmation", "Hello {name},"): "Bonjour {name},",
    ("Confirmation", "Your appointment for {service} with {staff} is booked on {date} at {time} ({minutes} minutes)."):
        "Votre rendez-vous {service} avec {staff} est réservé le {date} à {time} ({minutes} minutes).",
    ("Confirmation", "To change or cancel it, please contact the salon{contact}."):
        "Pour le modifier ou l’annuler, contactez le salon{contact}.",
    ("Confirmation", "This is a service message about your appointment. It is not advertising and does not depend on any marketing consent."):
        "Ceci est un message de service concernant votre rendez-vous. Ce n’est pas de la publicité et il ne dépend d’aucun consentement marketing.",
    ("SettingsDialog", "Opening hours"): "Horaires d’ouverture",
    ("StaffDialog", "Working hours…"): "Horaires de travail…",
    ("StaffDialog", "Working hours"): "Horaires de travail",
    ("StaffDialog", "Working hours of {login} (HH:MM-HH:MM):"): "Horaires de travail de {login} (HH:MM-HH:MM) :",
    # core seam
    ("Messages", "Background jobs may not do this action ({permission})."):
        "Les tâches automatiques ne peuvent pas faire cette action ({permission}).",
    ("Messages", "Health data retention must be between 1 and 120 months."):
        "La durée de conservation des données de santé va de 1 à 120 mois.",
    ("Messages", "The audit log is kept between 6 and 24 months."):
        "Le journal d’audit est conservé entre 6 et 24 mois.",
    ("Messages", "The salon database is busy (another window or program is using it). Try again in a moment."):
        "La base du salon est occupée (une autre fenêtre ou un autre programme l’utilise). Réessayez dans un instant.",
    ("Messages", "This change clashes with data already saved; nothing was changed."):
        "Cette modification entre en conflit avec des données déjà enregistrées ; rien n’a été modifié.",
    ("Messages", "The disk is full: nothing was changed. Free some space and try again."):
        "Le disque est plein : rien n’a été modifié. Libérez de la place, puis réessayez.",
    ("Messages", "The salon folder is read-only: nothing was changed."):
        "Le dossier du salon est en lecture seule : rien n’a été modifié.",
    ("Messages", "The database could not complete this action ({reason}); nothing was changed."):
        "La base n’a pas pu terminer cette action ({reason}) ; rien n’a été modifié.",
    ("Messages", "This record no longer exists ({entity} {id})."):
        "Cet enregistrement n’existe plus ({entity} {id}).",
    ("Messages", "This record was {kind} and cannot come back under the same id."):
        "Cet enregistrement a été supprimé ({kind}) et ne peut pas revenir sous le même identifiant.",
    ("Settings", "Lock after idle minutes"): "Verrouiller après minutes d’inactivité",
    ("Settings", "Opening hours"): "Horaires d’ouverture",
    ("Settings", "Consent memo quiet period (days)"): "Pause du mémo de consentement (jours)",
    ("Settings", "Health data retention (months)"): "Conservation des données de santé (mois)",
    ("Settings", "Audit log retention (months)"): "Conservation du journal d’audit (mois)",
    ("Settings", "Working hours"): "Horaires de travail",
    # ledgers that can forget and still prove: the chain, the audit log's retention, the upgrade to schema 5
    ("Messages", "audit log"): "journal d’audit",
    ("Messages", "consent ledger"): "registre des consentements",
    ("Messages", "The {ledger} has lost its head record: the database was changed outside Salon Desk. "
                 "Nothing was written; restore a backup."):
        "Le {ledger} a perdu son repère de fin : la base a été modifiée en dehors de Salon Desk. "
        "Rien n’a été enregistré ; restaurez une sauvegarde.",
    ("Messages", "The audit log fails its check, so nothing was pruned. Run verify to see where."):
        "Le journal d’audit ne passe pas sa vérification : rien n’a été supprimé. Lancez la vérification pour voir où.",
    ("Messages", "The upgrade stopped: the {ledger} fails its check at row {seq}, and re-sealing it would hide "
                 "that. Nothing was changed; restore a backup or keep using the previous version."):
        "La mise à jour s’est arrêtée : le {ledger} ne passe pas sa vérification à la ligne {seq}, et le resceller "
        "le masquerait. Rien n’a été modifié ; restaurez une sauvegarde ou continuez avec la version précédente.",
    ("CLI", "Deleted {rows} audit rows older than {months} months."):
        "{rows} lignes du journal d’audit de plus de {months} mois supprimées.",
    # operation runner, log file, crash dialog, audit log viewer
    ("OperationRunner", "Cancel"): "Annuler",
    ("OperationRunner", "Salon Desk"): "Salon Desk",
    ("Dialogs", "The file could not be saved: {reason}."): "Le fichier n’a pas pu être enregistré : {reason}.",
    ("AppointmentDialog", "Preparing the confirmation…"): "Préparation de la confirmation…",
    ("ConsentPanel", "Proof (PDF)…"): "Preuve (PDF)…",
    ("ConsentPanel", "The consent proof: every decision, with the exact text shown"):
        "La preuve de consentement : chaque décision, avec le texte exact présenté",
    ("ConsentPanel", "Save the consent proof"): "Enregistrer la preuve de consentement",
    ("ConsentPanel", "PDF files (*.pdf)"): "Fichiers PDF (*.pdf)",
    ("ConsentPanel", "Preparing the consent proof…"): "Préparation de la preuve de consentement…",
    ("ConsentRegisterDialog", "Mailing lists"): "Listes d’envoi",
    ("ConsentRegisterDialog", "Audience: email (CSV)…"): "Liste de diffusion e-mail (CSV)…",
    ("ConsentRegisterDialog", "Audience: SMS (CSV)…"): "Liste de diffusion SMS (CSV)…",
    ("ConsentRegisterDialog", "Suppression list (CSV)…"): "Personnes à ne pas solliciter (CSV)…",
    ("ConsentRegisterDialog", "Exporting the consent register…"): "Export du registre des consentements…",
    ("ConsentRegisterDialog", "Export the marketing audience"): "Exporter la liste de diffusion",
    ("ConsentRegisterDialog", "Exporting the marketing audience…"): "Export de la liste de diffusion…",
    ("ConsentRegisterDialog", "Export the suppression list"): "Exporter la liste des personnes à ne pas solliciter",
    ("ConsentRegisterDialog", "Exporting the suppression list…"):
        "Export de la liste des personnes à ne pas solliciter…",
    ("ConsentRegisterDialog", "%n row(s) written to {file}."):
        ("%n ligne écrite dans {file}.", "%n lignes écrites dans {file}."),
    ("CrashDialog", "Salon Desk: something unexpected happened"): "Salon Desk : un problème inattendu est survenu",
    ("CrashDialog", "Something unexpected happened."): "Un problème inattendu est survenu.",
    ("CrashDialog", "Salon Desk ran into a problem it did not expect. Everything that was saved is safe; what was being typed or done at that moment may need doing again."):
        "Salon Desk a rencontré un problème imprévu. Tout ce qui était enregistré est en sécurité ; ce qui était "
        "en cours de saisie ou d’action à ce moment-là est peut-être à refaire.",
    ("CrashDialog", "The details are written in the log file (it holds no client data):"):
        "Les détails sont notés dans le fichier journal (il ne contient aucune donnée de la clientèle) :",
    ("CrashDialog", "No log file is kept on this computer."): "Aucun fichier journal n’est tenu sur cet ordinateur.",
    ("CrashDialog", "If it happens again, send this file to whoever looks after your Salon Desk."):
        "Si cela se reproduit, envoyez ce fichier à la personne qui s’occupe de votre Salon Desk.",
    ("CrashDialog", "Copy details"): "Copier les détails",
    ("CrashDialog", "Open folder"): "Ouvrir le dossier",
    ("CrashDialog", "Log file: {path}"): "Fichier journal : {path}",
    ("MainWindow", "Audit log…"): "Journal d’audit…",
    ("SettingsDialog", " months"): " mois",
    ("SettingsDialog", "Keep the audit log for"): "Conserver le journal d’audit pendant",
    ("AuditLogDialog", "Audit log"): "Journal d’audit",
    ("AuditLogDialog", "Everyone"): "Toute l’équipe",
    ("AuditLogDialog", "All actions"): "Toutes les actions",
    ("AuditLogDialog", "From"): "Du",
    ("AuditLogDialog", "to"): "au",
    ("AuditLogDialog", "Staff member"): "Membre de l’équipe",
    ("AuditLogDialog", "Action"): "Action",
    ("AuditLogDialog", "The log names records by their id and never holds client contact details."):
        "Le journal désigne les fiches par leur identifiant et ne contient jamais les coordonnées de la clientèle.",
    ("AuditLogDialog", "Show older entries"): "Afficher les entrées plus anciennes",
    ("AuditLogDialog", "Export CSV…"): "Exporter en CSV…",
    ("AuditLogDialog", "%n entry(ies) shown"): ("%n entrée affichée", "%n entrées affichées"),
    ("AuditLogDialog", "Export the audit log"): "Exporter le journal d’audit",
    ("AuditLogDialog", "CSV files (*.csv)"): "Fichiers CSV (*.csv)",
    ("AuditLogDialog", "%n row(s) written to {file}."): ("%n ligne écrite dans {file}.", "%n lignes écrites dans {file}."),
    ("AuditLogDialog", "Exporting the audit log…"): "Export du journal d’audit…",
    ("AuditTableModel", "Date"): "Date",
    ("AuditTableModel", "Staff member"): "Membre de l’équipe",
    ("AuditTableModel", "Action"): "Action",
    ("AuditTableModel", "Record"): "Élément",
    ("AuditTableModel", "Details"): "Détails",
    ("AuditActions", "Account locked"): "Compte bloqué",
    ("AuditActions", "Account unlocked"): "Compte débloqué",
    ("AuditActions", "Appointment booked"): "Rendez-vous réservé",
    ("AuditActions", "Appointment moved"): "Rendez-vous déplacé",
    ("AuditActions", "Appointment status changed"): "Statut d’un rendez-vous modifié",
    ("AuditActions", "Client file created"): "Fiche client créée",
    ("AuditActions", "Client file edited"): "Fiche client modifiée",
    ("AuditActions", "Client file viewed"): "Fiche client consultée",
    ("AuditActions", "Confirmation printed"): "Confirmation imprimée",
    ("AuditActions", "Consent decision recorded"): "Décision de consentement enregistrée",
    ("AuditActions", "Consent wording edited"): "Texte de consentement modifié",
    ("AuditActions", "Export"): "Export",
    ("AuditActions", "GDPR page acknowledged"): "Page RGPD lue et acceptée",
    ("AuditActions", "Health note saved"): "Note de santé enregistrée",
    ("AuditActions", "Old health data deleted"): "Anciennes données de santé supprimées",
    ("AuditActions", "Health section viewed"): "Section santé consultée",
    ("AuditActions", "Sign-in failed"): "Échec de connexion",
    ("AuditActions", "Signed in"): "Connexion",
    ("AuditActions", "Sign-in refused: account deactivated"): "Connexion refusée : compte désactivé",
    ("AuditActions", "Sign-in refused: account locked"): "Connexion refusée : compte bloqué",
    ("AuditActions", "Password changed"): "Mot de passe modifié",
    ("AuditActions", "Password protection updated"): "Protection du mot de passe mise à jour",
    ("AuditActions", "Password reset"): "Mot de passe réinitialisé",
    ("AuditActions", "Patch test added"): "Test d’allergie ajouté",
    ("AuditActions", "Password confirmation failed"): "Échec de la confirmation du mot de passe",
    ("AuditActions", "Recovery code used"): "Code de secours utilisé",
    ("AuditActions", "Role changed"): "Rôle modifié",
    ("AuditActions", "Salon created"): "Salon créé",
    ("AuditActions", "Service added"): "Prestation ajoutée",
    ("AuditActions", "Setting changed"): "Réglage modifié",
    ("AuditActions", "Staff member added"): "Membre de l’équipe ajouté",
    ("AuditActions", "Staff member deactivated"): "Membre de l’équipe désactivé",
    ("AuditActions", "Staff member reactivated"): "Membre de l’équipe réactivé",
    ("AuditActions", "Integrity check run"): "Vérification d’intégrité lancée",
    ("AuditActions", "appointment"): "rendez-vous",
    ("AuditActions", "client file"): "fiche client",
    ("AuditActions", "consent wording"): "texte de consentement",
    ("AuditActions", "export"): "export",
    ("AuditActions", "salon"): "salon",
    ("AuditActions", "service"): "prestation",
    ("AuditActions", "setting"): "réglage",
    ("AuditActions", "staff account"): "compte",
    # packaging: Help › About, licences and signed updates (ui/about.py)
    ("AboutDialog", "&Help"): "&Aide",
    ("AboutDialog", "About Salon Desk…"): "À propos de Salon Desk…",
    ("AboutDialog", "About Salon Desk"): "À propos de Salon Desk",
    ("AboutDialog", "<b>Salon Desk</b> version {version}"): "<b>Salon Desk</b> version {version}",
    ("AboutDialog", "Clients, appointments and consent for small salons. The salon's data stays on this computer, encrypted."):
        "Clients, rendez-vous et consentements pour les petits salons. Les données du salon restent sur cet ordinateur, chiffrées.",
    ("AboutDialog", "Bundled software and licences"): "Logiciels inclus et licences",
    ("AboutDialog", "Version {version} is ready. It will be installed the next time Salon Desk starts, after a copy of the salon's database."):
        "La version {version} est prête. Elle sera installée au prochain démarrage de Salon Desk, après une copie de la base du salon.",
    ("AboutDialog", "What's new:"): "Nouveautés :",
    ("AboutDialog", "The last update was refused: its signed data did not verify (altered, older than what this computer has seen, or expired). This version stays in place."):
        "La dernière mise à jour a été refusée : ses données signées n’ont pas passé la vérification (modifiées, plus anciennes que celles déjà vues par cet ordinateur, ou expirées). Cette version reste en place.",
    ("AboutDialog", "Automatic updates are on: Salon Desk checks once a day and installs a new version when it next starts."):
        "Mises à jour automatiques activées : Salon Desk vérifie une fois par jour et installe une nouvelle version au démarrage suivant.",
    ("AboutDialog", "Automatic updates are turned off on this computer."):
        "Les mises à jour automatiques sont désactivées sur cet ordinateur.",
    ("AboutDialog", "This copy runs from source code: it is updated with git, not automatically."):
        "Cette copie tourne depuis le code source : elle se met à jour avec git, pas automatiquement.",
    ("AboutDialog", "This build has no update repository: install new versions by hand."):
        "Cette version n’a pas de dépôt de mises à jour : installez les nouvelles versions vous-même.",
    ("AboutDialog", "Component"): "Composant",
    ("AboutDialog", "Version"): "Version",
    ("AboutDialog", "Licence"): "Licence",
    ("AboutDialog", "Qt and PySide6 are used under the GNU LGPL version 3: you may replace the Qt libraries in the app folder with your own build."):
        "Qt et PySide6 sont utilisés sous la licence GNU LGPL version 3 : vous pouvez remplacer les bibliothèques Qt du dossier de l’application par votre propre version.",
    ("AboutDialog", "BSD-style (SQLCipher), zlib (sqlcipher3)"): "Type BSD (SQLCipher), zlib (sqlcipher3)",
    ("AboutDialog", "Bitstream Vera licence, DejaVu changes in the public domain"):
        "Licence Bitstream Vera, modifications DejaVu dans le domaine public",
    ("AboutDialog", "Free for any use (George Douros)"): "Libre pour tout usage (George Douros)",
    ("UpdateNotice", 'Salon Desk {version} is ready: it installs at the next start. <a href="about">What\'s new</a>'):
        'Salon Desk {version} est prête : elle s’installera au prochain démarrage. <a href="about">Nouveautés</a>',
}

FR.update(catalogue_privacy.FR)
FR.update(catalogue_import.FR)
FR.update(catalogue_backup.FR)
FR.update(catalogue_integrity.FR)
FR.update(catalogue_desk.FR)  # the front desk's wording wins over older entries ("Défaire")
FR.update(catalogue_law.FR)  # last: it also rewords older entries in the words a salon uses

# English needs only its plural forms (lupdate -pluralonly).
EN: dict[tuple[str, str], tuple[str, str]] = {
    ("MainWindow", "%n client(s)"): ("%n client", "%n clients"),
    ("ConsentRegisterDialog", "%n decision(s)"): ("%n decision", "%n decisions"),
    **catalogue_backup.EN,
    **catalogue_desk.EN,
    ("ConsentRegisterDialog", "%n row(s) written to {file}."): ("%n row written to {file}.", "%n rows written to {file}."),
    ("AuditLogDialog", "%n row(s) written to {file}."): ("%n row written to {file}.", "%n rows written to {file}."),
    ("AuditLogDialog", "%n entry(ies) shown"): ("%n entry shown", "%n entries shown"),
    **catalogue_privacy.EN,
    **catalogue_import.EN,
    **catalogue_law.EN,
}


def apply(path: Path, catalogue: dict) -> list[tuple[str, str]]:
    """Fill every translation; return the (context, source) pairs that have none yet."""
    tree = ET.parse(path)
    missing = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source")
            french = catalogue.get((name, source))
            translation = message.find("translation")
            if french is None:
                missing.append((name, source))
                continue
            translation.attrib.pop("type", None)
            translation.text = None
            for child in list(translation):
                translation.remove(child)
            if message.get("numerus") == "yes":
                for form in french:
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = french
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return missing


if __name__ == "__main__":
    left = apply(TRANSLATIONS / "salon_desk_fr.ts", FR) + apply(TRANSLATIONS / "salon_desk_en.ts", EN)
    for context, source in left:
        print(f"missing French: [{context}] {source}", file=sys.stderr)
    sys.exit(1 if left else 0)
