"""French wording for the front desk: the services catalogue, hours and absences, the keyboard booking flow, the
book, the day sheet, the set-up wizard and the CLI's own words.

Merged into scripts/catalogue.py's FR (after the main catalogue, so a wording here wins: "Undo" beside
appointments is « Défaire », never « Annuler »). Words a salon uses: « prestation », « agenda », « client·e »,
« gérant·e ».
"""
from __future__ import annotations

FR: dict[tuple[str, str], str | tuple[str, str]] = {
    # The book
    ("BookWidget", "Undo"): "Défaire",
    ("BookWidget", "Undo the last move (Ctrl+Z)"): "Défaire le dernier déplacement (Ctrl+Z)",
    ("BookWidget", "Day sheets (PDF)…"): "Feuilles du jour (PDF)…",
    ("BookWidget", "One page per staff member, to print"): "Une page par membre de l’équipe, à imprimer",
    ("BookWidget", "Public holiday: {name}"): "Férié : {name}",
    ("BookWidget", "Closed"): "Fermé",
    ("BookWidget", "Save the day sheets"): "Enregistrer les feuilles du jour",
    ("BookWidget", "day-sheet-{date}.pdf"): "feuille-du-jour-{date}.pdf",
    ("BookWidget", "PDF files (*.pdf)"): "Fichiers PDF (*.pdf)",
    ("BookWidget", "Preparing the day sheets…"): "Préparation des feuilles du jour…",
    ("BookWidget", "Move it anyway?"): "Le déplacer quand même ?",
    # Booking, keyboard first
    ("BookingDialog", "Note for the team (optional)"): "Note pour l’équipe (facultatif)",
    ("BookingDialog", "Book anyway, even though the salon is closed or the person is away"):
        "Réserver quand même, bien que le salon soit fermé ou la personne absente",
    ("BookingDialog", "Book anyway: I am recording a past appointment"):
        "Réserver quand même : j’enregistre un rendez-vous passé",
    ("BookingDialog", "Choose a service and a time."): "Choisissez une prestation et une heure.",
    ("BookingDialog", "{day} {start}–{end} · {service} · with {name}"): "{day} {start}–{end} · {service} · avec {name}",
    ("ClientFinder", "C&hange client"): "C&hanger de client·e",
    ("ClientFinder", "Client: name, phone or email"): "Client·e : nom, téléphone ou e-mail",
    ("ClientFinder", "&First name"): "&Prénom",
    ("ClientFinder", "&Last name"): "&Nom",
    ("ClientFinder", "&Phone"): "&Téléphone",
    ("ClientFinder", "+ New client: {text}"): "+ Nouvelle fiche : {text}",
    ("ClientFinder", "New client"): "Nouvelle fiche",
    ("SlotPicker", "Choose a service…"): "Choisir une prestation…",
    ("SlotPicker", "{name} ({minutes} min)"): "{name} ({minutes} min)",
    ("SlotPicker", "HH:MM"): "HH:MM",
    ("SlotPicker", "&Service"): "&Prestation",
    ("SlotPicker", "&With"): "&Avec",
    ("SlotPicker", "&Day"): "&Jour",
    ("SlotPicker", "&Time"): "&Heure",
    # One appointment
    ("AppointmentDialog", "(client erased)"): "(fiche effacée)",
    ("AppointmentDialog", "{name} ({minutes} min)"): "{name} ({minutes} min)",
    ("AppointmentDialog", "{name} (archived)"): "{name} (archivée)",
    ("AppointmentDialog", "A short note for the team (never a card number)"):
        "Une courte note pour l’équipe (jamais de numéro de carte)",
    ("AppointmentDialog", "Save the changes"): "Enregistrer les modifications",
    ("AppointmentDialog", "Change"): "Modifier",
    ("AppointmentDialog", "&Service"): "&Prestation",
    ("AppointmentDialog", "&With"): "&Avec",
    ("AppointmentDialog", "S&tart"): "&Début",
    ("AppointmentDialog", "&Note"): "&Note",
    ("AppointmentDialog", "Status"): "Statut",
    ("AppointmentDialog", "Change it anyway, even if it overlaps another appointment"):
        "Modifier quand même, même si cela chevauche un autre rendez-vous",
    ("AppointmentDialog", "Change it anyway, even though the salon is closed or the person is away"):
        "Modifier quand même, bien que le salon soit fermé ou la personne absente",
    ("AppointmentDialog", "Change it anyway: I am recording a past appointment"):
        "Modifier quand même : j’enregistre un rendez-vous passé",
    ("AppointmentDialog", "confirmation.pdf"): "confirmation-rendez-vous.pdf",
    # The day sheet (PDF)
    ("DaySheet", "Day sheet of {name}"): "Feuille du jour de {name}",
    ("DaySheet", "{salon} · {date}"): "{salon} · {date}",
    ("DaySheet", "Working hours: {hours}"): "Horaires : {hours}",
    ("DaySheet", "Not working this day."): "Ne travaille pas ce jour-là.",
    ("DaySheet", "No appointments."): "Aucun rendez-vous.",
    ("DaySheet", "Time"): "Heure",
    ("DaySheet", "Client"): "Client·e",
    ("DaySheet", "Service"): "Prestation",
    ("DaySheet", "Note"): "Note",
    ("DaySheet", "Printed on {when} by {name}. Client names as your role may see them. Page {page}."):
        "Imprimé le {when} par {name}. Noms des client·es tels que votre rôle peut les voir. Page {page}.",
    ("DaySheet", "done"): "terminé",
    ("DaySheet", "no-show"): "non honoré",
    # The services catalogue
    ("ServicesDialog", "Services"): "Prestations",
    ("ServicesDialog", "Service"): "Prestation",
    ("ServicesDialog", "Category"): "Catégorie",
    ("ServicesDialog", "Duration"): "Durée",
    ("ServicesDialog", "Processing"): "Temps de pose",
    ("ServicesDialog", "Price"): "Prix",
    ("ServicesDialog", "Status"): "État",
    ("ServicesDialog", "Show archived services"): "Afficher les prestations archivées",
    ("ServicesDialog", "Archived services can no longer be booked; past appointments keep them. Prices are "
                       "information only."):
        "Une prestation archivée ne peut plus être réservée ; les rendez-vous passés la gardent. Les prix sont "
        "indicatifs.",
    ("ServicesDialog", "&Add…"): "&Ajouter…",
    ("ServicesDialog", "&Edit…"): "&Modifier…",
    ("ServicesDialog", "A&rchive"): "A&rchiver",
    ("ServicesDialog", "Res&tore"): "Res&taurer",
    ("ServicesDialog", "{minutes} min"): "{minutes} min",
    ("ServicesDialog", "Active"): "Active",
    ("ServicesDialog", "Archived"): "Archivée",
    ("ServicesDialog", "Archive {name}? It can no longer be booked; past appointments keep it."):
        "Archiver {name} ? Elle ne pourra plus être réservée ; les rendez-vous passés la gardent.",
    ("ServiceEditor", "Edit the service"): "Modifier la prestation",
    ("ServiceEditor", "New service"): "Nouvelle prestation",
    ("ServiceEditor", "Cut, Colour, Care…"): "Coupe, Couleur, Soin…",
    ("ServiceEditor", " min"): " min",
    ("ServiceEditor", "none"): "aucun",
    ("ServiceEditor", "42,50"): "42,50",
    ("ServiceEditor", "Mauve"): "Mauve", ("ServiceEditor", "Sage"): "Sauge", ("ServiceEditor", "Sky"): "Ciel",
    ("ServiceEditor", "Peach"): "Pêche", ("ServiceEditor", "Rose"): "Rose", ("ServiceEditor", "Butter"): "Beurre",
    ("ServiceEditor", "Mint"): "Menthe", ("ServiceEditor", "Sand"): "Sable", ("ServiceEditor", "Grey"): "Gris",
    ("ServiceEditor", "Lilac"): "Lilas",
    ("ServiceEditor", "&Name"): "&Nom",
    ("ServiceEditor", "C&ategory"): "C&atégorie",
    ("ServiceEditor", "&Duration"): "&Durée",
    ("ServiceEditor", "&Processing time"): "&Temps de pose",
    ("ServiceEditor", "P&rice (€)"): "P&rix (€)",
    ("ServiceEditor", "Co&lour"): "Cou&leur",
    ("ServiceEditor", "The processing time (a colour developing) is added to the duration: 90 min with 30 min "
                      "processing books 2 hours. The price is information only: Salon Desk records no payments."):
        "Le temps de pose (une couleur qui agit) s’ajoute à la durée : 90 min avec 30 min de pose réservent 2 "
        "heures. Le prix est indicatif : Salon Desk n’enregistre aucun paiement.",
    # Hours, closures, schedules, absences
    ("OpeningHoursDialog", "Opening hours"): "Horaires d’ouverture",
    ("OpeningHoursDialog", "One or more ranges a day, such as 09:00-12:00, 14:00-19:00 for a lunch closure. Leave a "
                           "day empty when the salon is closed."):
        "Une ou plusieurs plages par jour, par exemple 09:00-12:00, 14:00-19:00 pour fermer à midi. Laissez vide "
        "un jour de fermeture.",
    ("OpeningHoursDialog", "Every week"): "Chaque semaine",
    ("OpeningHoursDialog", "Closed on public holidays"): "Fermé les jours fériés",
    ("OpeningHoursDialog", "Next: {list}"): "Prochains : {list}",
    ("OpeningHoursDialog", "Exceptional closures"): "Fermetures exceptionnelles",
    ("WeekEditor", "closed"): "fermé",
    ("ScheduleDialog", "Schedule of {name}"): "Planning de {name}",
    ("ScheduleDialog", "Works the salon's opening hours"): "Suit les horaires du salon",
    ("ScheduleDialog", "Has their own hours"): "A ses propres horaires",
    ("ScheduleDialog", "Breaks are the gaps between ranges: 09:00-12:30, 13:30-18:00. An empty day is a day off."):
        "Les pauses sont les écarts entre les plages : 09:00-12:30, 13:30-18:00. Un jour vide est un jour de repos.",
    ("ScheduleDialog", "Every week"): "Chaque semaine",
    ("ScheduleDialog", "Absences: holiday, sick leave, training"): "Absences : congés, arrêt maladie, formation",
    ("TimeOff", "Closed"): "Fermé",
    ("TimeOff", "Holiday"): "Congés",
    ("TimeOff", "Sick leave"): "Arrêt maladie",
    ("TimeOff", "Training"): "Formation",
    ("TimeOff", "Away"): "Absent·e",
    ("TimeOffDialog", "Absence of {name}"): "Absence de {name}",
    ("TimeOffDialog", "Closure"): "Fermeture",
    ("TimeOffDialog", "Part of the day only"): "Une partie de la journée seulement",
    ("TimeOffDialog", "Works, summer break…"): "Travaux, congés d’été…",
    ("TimeOffDialog", "&Reason"): "&Motif",
    ("TimeOffDialog", "&From"): "&Du",
    ("TimeOffDialog", "&To"): "&Au",
    ("TimeOffDialog", "&Start"): "&Début",
    ("TimeOffDialog", "&End"): "&Fin",
    ("TimeOffDialog", "Add"): "Ajouter",
    ("TimeOffList", "Dates"): "Dates",
    ("TimeOffList", "Hours"): "Heures",
    ("TimeOffList", "Reason"): "Motif",
    ("TimeOffList", "Add an absence…"): "Ajouter une absence…",
    ("TimeOffList", "Add a closure…"): "Ajouter une fermeture…",
    ("TimeOffList", "Remove"): "Retirer",
    ("TimeOffList", "{first} to {last}"): "du {first} au {last}",
    ("TimeOffList", "all day"): "toute la journée",
    ("Weekdays", "Monday"): "Lundi", ("Weekdays", "Tuesday"): "Mardi", ("Weekdays", "Wednesday"): "Mercredi",
    ("Weekdays", "Thursday"): "Jeudi", ("Weekdays", "Friday"): "Vendredi", ("Weekdays", "Saturday"): "Samedi",
    ("Weekdays", "Sunday"): "Dimanche",
    ("Holidays", "New Year's Day"): "Jour de l’an", ("Holidays", "Easter Monday"): "Lundi de Pâques",
    ("Holidays", "Labor Day"): "Fête du Travail", ("Holidays", "Victory Day"): "Victoire 1945",
    ("Holidays", "Ascension Day"): "Ascension", ("Holidays", "Pentecost Monday"): "Lundi de Pentecôte",
    ("Holidays", "National Day"): "Fête nationale", ("Holidays", "Assumption Day"): "Assomption",
    ("Holidays", "All Saints' Day"): "Toussaint", ("Holidays", "Armistice Day"): "Armistice 1918",
    ("Holidays", "Christmas Day"): "Noël",
    ("Settings", "Closed on public holidays"): "Fermé les jours fériés",
    ("Settings", "Colour the book by"): "Couleurs de l’agenda",
    ("SettingsDialog", "appointment status"): "selon le statut du rendez-vous",
    ("SettingsDialog", "service category"): "selon la catégorie de prestation",
    ("SettingsDialog", "Colour the book by"): "Couleurs de l’agenda",
    # Staff
    ("StaffDialog", "&Add…"): "&Ajouter…",
    ("StaffDialog", "&Schedule and absences…"): "&Planning et absences…",
    ("AddStaffDialog", "Léa Bernard"): "Léa Bernard",
    ("AddStaffDialog", "lea"): "lea",
    ("AddStaffDialog", "&Name"): "&Nom",
    ("AddStaffDialog", "&Login"): "&Identifiant",
    ("AddStaffDialog", "&Role"): "&Rôle",
    ("Fields", "name"): "nom",
    ("Fields", "trade name"): "nom commercial",
    # The main window
    ("MainWindow", "Signed in: {name} ({role})"): "Connecté·e : {name} ({role})",
    ("MainWindow", "&Book an appointment…"): "&Prendre un rendez-vous…",
    ("MainWindow", "Ser&vices…"): "Pre&stations…",
    ("MainWindow", "&Opening hours…"): "&Horaires d’ouverture…",
    ("MainWindow", "Salon &details…"): "&Coordonnées du salon…",
    ("MainWindow", "S&taff…"): "É&quipe…",
    # Setting up
    ("IdentityForm", "&Salon name"): "Nom &commercial",
    ("IdentityForm", "Atelier Lumière"): "Atelier Lumière",
    ("IdentityForm", "&Legal name"): "&Raison sociale",
    ("IdentityForm", "SARL Lumière (if different)"): "SARL Lumière (si différente)",
    ("IdentityForm", "&Address"): "&Adresse",
    ("IdentityForm", "3 rue des Lilas, 75011 Paris"): "3 rue des Lilas, 75011 Paris",
    ("IdentityForm", "&Phone"): "&Téléphone",
    ("IdentityForm", "01 42 00 00 00"): "01 42 00 00 00",
    ("IdentityForm", "&Email"): "&E-mail",
    ("IdentityForm", "contact@atelier-lumiere.fr"): "contact@atelier-lumiere.fr",
    ("IdentityForm", "They appear on booking confirmations, consent texts and the access report."):
        "Ils figurent sur les confirmations de rendez-vous, les textes de consentement et les réponses d’accès.",
    ("SalonDetailsDialog", "Salon details"): "Coordonnées du salon",
    ("SalonPage", "Check again"): "Vérifier à nouveau",
    ("OwnerPage", "Your &name"): "Votre &nom",
    ("OwnerPage", "&Login"): "&Identifiant",
    ("OwnerPage", "&Password"): "&Mot de passe",
    ("OwnerPage", "Password &again"): "Mot de passe (&confirmation)",
    ("RecoveryPage", "recovery-code-{salon}.pdf"): "code-de-secours-{salon}.pdf",
    # File names
    ("AuditLogDialog", "audit-log.csv"): "journal-audit.csv",
    ("ConsentRegisterDialog", "consent-register.csv"): "registre-consentements.csv",
    ("ConsentRegisterDialog", "audience-{channel}.csv"): "audience-{channel}.csv",
    ("ConsentRegisterDialog", "suppression.csv"): "liste-opposition.csv",
}

FR.update({
    # Messages from the rules (desktop/)
    ("Messages", "An appointment note is limited to 500 characters."):
        "Une note de rendez-vous est limitée à 500 caractères.",
    ("Messages", "{name} already has an appointment at that time. Choose another time, or confirm the overlap "
                 "explicitly."):
        "{name} a déjà un rendez-vous à cette heure-là. Choisissez une autre heure, ou confirmez explicitement "
        "le chevauchement.",
    ("Messages", "{when} is already past. Choose a later time, or confirm that you are recording a past "
                 "appointment."):
        "{when} est déjà passé. Choisissez une heure plus tardive, ou confirmez que vous enregistrez un "
        "rendez-vous passé.",
    ("Messages", "An appointment starts and ends on the same day."): "Un rendez-vous commence et finit le même jour.",
    ("Messages", "Choose another time, or book it anyway explicitly."):
        "Choisissez une autre heure, ou réservez quand même explicitement.",
    ("Messages", "The salon is closed on {date} ({holiday}). {then}"): "Le salon est fermé le {date} ({holiday}). {then}",
    ("Messages", "The salon is closed on {date}. {then}"): "Le salon est fermé le {date}. {then}",
    ("Messages", "{name} is away at that time ({reason}). {then}"): "{name} est absent·e à cette heure-là ({reason}). {then}",
    ("Messages", "That time is outside the salon's opening hours ({hours}). {then}"):
        "Cette heure est en dehors des horaires d’ouverture du salon ({hours}). {then}",
    ("Messages", "That time is outside {name}'s working hours ({hours}). {then}"):
        "Cette heure est en dehors des horaires de {name} ({hours}). {then}",
    ("Messages", "The service {name} is archived: restore it or choose another."):
        "La prestation {name} est archivée : restaurez-la ou choisissez-en une autre.",
    ("Messages", "The book is coloured by appointment status or by service category."):
        "L’agenda est coloré selon le statut du rendez-vous ou selon la catégorie de prestation.",
    ("Messages", "This computer has no working keyring, where Salon Desk keeps the key to the salon's encrypted "
                 "data. Install and unlock a Secret Service keyring, such as GNOME Keyring (package gnome-keyring) "
                 "or KWallet, sign in to the desktop again, then try again."):
        "Cet ordinateur n’a pas de trousseau de clés en état de marche ; c’est là que Salon Desk garde la clé des "
        "données chiffrées du salon. Installez et déverrouillez un trousseau Secret Service, comme GNOME Keyring "
        "(paquet gnome-keyring) ou KWallet, rouvrez votre session, puis réessayez.",
    ("Messages", "The macOS Keychain cannot be used, and Salon Desk keeps the key to the salon's encrypted data "
                 "there. Unlock your login keychain in Keychain Access, then try again."):
        "Le trousseau de macOS ne peut pas être utilisé, et Salon Desk y garde la clé des données chiffrées du "
        "salon. Déverrouillez votre trousseau de session dans Trousseaux d’accès, puis réessayez.",
    ("Messages", "The Windows Credential Manager cannot be used, and Salon Desk keeps the key to the salon's "
                 "encrypted data there. Sign in to Windows with your own account, then try again."):
        "Le Gestionnaire d’identification de Windows ne peut pas être utilisé, et Salon Desk y garde la clé des "
        "données chiffrées du salon. Ouvrez une session Windows avec votre propre compte, puis réessayez.",
    ("Messages", "Write the date as DD/MM/YYYY, for example 24/12/2026."):
        "Écrivez la date JJ/MM/AAAA, par exemple 24/12/2026.",
    ("Messages", "Write a time as HH:MM, for example 14:00."): "Écrivez une heure HH:MM, par exemple 14:00.",
    ("Messages", "The last day comes before the first day."): "Le dernier jour est avant le premier.",
    ("Messages", "Give both times, or none for whole days."):
        "Donnez les deux heures, ou aucune pour des journées entières.",
    ("Messages", "Times apply to a single day: give whole days otherwise."):
        "Les heures valent pour une seule journée : sinon, indiquez des journées entières.",
    ("Messages", "The end time comes before the start time."): "L’heure de fin est avant l’heure de début.",
    ("Messages", "An absence is a holiday, sick leave, training or other."):
        "Une absence est des congés, un arrêt maladie, une formation ou autre.",
    ("Messages", "This closure or absence no longer exists."): "Cette fermeture ou cette absence n’existe plus.",
    ("Messages", "Write the price in euros, for example 42,50."): "Écrivez le prix en euros, par exemple 42,50.",
    ("Messages", "The price must be between 0 and 99 999,99 €, in cents."):
        "Le prix doit être entre 0 et 99 999,99 €, au centime près.",
    ("Messages", "Give the service a name."): "Donnez un nom à la prestation.",
    ("Messages", "A service name has at most 80 characters."): "Le nom d’une prestation a 80 caractères au plus.",
    ("Messages", "A service lasts 5 minutes to 12 hours."): "Une prestation dure de 5 minutes à 12 heures.",
    ("Messages", "The processing time is 0 minutes to 12 hours."): "Le temps de pose va de 0 minute à 12 heures.",
    ("Messages", "A colour is written #RRGGBB."): "Une couleur s’écrit #RRVVBB.",
    ("Messages", "A service called {name} already exists (perhaps archived: restore it)."):
        "Une prestation nommée {name} existe déjà (peut-être archivée : restaurez-la).",
    ("Messages", "No service with id {id}."): "Aucune prestation avec l’identifiant {id}.",
    ("Messages", "Write hours as HH:MM-HH:MM, with a comma between ranges, for example 09:00-12:00, 14:00-19:00."):
        "Écrivez les horaires HH:MM-HH:MM, avec une virgule entre les plages, par exemple 09:00-12:00, "
        "14:00-19:00.",
    ("Messages", "The ranges {first} and {second} overlap: write each hour once."):
        "Les plages {first} et {second} se chevauchent : écrivez chaque heure une seule fois.",
    ("Messages", "A week of hours lists seven days, Monday first."):
        "Une semaine d’horaires compte sept jours, en commençant par le lundi.",
    ("Messages", "The legal name is limited to 100 characters."): "La raison sociale est limitée à 100 caractères.",
    ("Messages", "The address is limited to 200 characters."): "L’adresse est limitée à 200 caractères.",
    ("Messages", "The two passwords differ."): "Les deux mots de passe sont différents.",
    ("Messages", "Give a phone number to reach the client about the appointment."):
        "Donnez un numéro de téléphone pour joindre la personne au sujet du rendez-vous.",
    # The CLI
    ("CLI", "salon data folder (default: SALON_DESK_HOME or the user data folder)"):
        "dossier des données du salon (par défaut : SALON_DESK_HOME ou le dossier de données de l’utilisateur)",
    ("CLI", "staff login"): "identifiant du membre de l’équipe",
    ("CLI", "read the password from stdin's first line"): "lire le mot de passe sur la première ligne de l’entrée",
    ("CLI", "print one JSON object (stable English values)"): "afficher un objet JSON (valeurs stables, en anglais)",
    ("CLI", "Rows written: {count} ({path})."): "Lignes écrites : {count} ({path}).",
    ("CLI", "Salon Desk: clients, appointments, consent and staff. Without a command: the app."):
        "Salon Desk : client·es, rendez-vous, consentements et équipe. Sans commande : l’application.",
    ("CLI", "show the version and exit"): "afficher la version et quitter",
    ("CLI", "set up a new salon (owner password on stdin)"):
        "créer un nouveau salon (mot de passe du propriétaire sur l’entrée)",
    ("CLI", "unlock with the recovery code (stdin) and put the key back in the keyring"):
        "déverrouiller avec le code de secours (sur l’entrée) et remettre la clé dans le trousseau",
    ("CLI", "check encryption, integrity and the audit chain"):
        "vérifier le chiffrement, l’intégrité et la chaîne du journal d’audit",
    ("CLI", "staff accounts"): "comptes de l’équipe",
    ("CLI", "change your own password"): "changer votre propre mot de passe",
    ("CLI", "clients"): "fiches client·es",
    ("CLI", "full contact details (manager and owner)"): "coordonnées complètes (gérant·e et propriétaire)",
    ("CLI", "marketing consent"): "consentement marketing",
    ("CLI", "the version shown (default: the current one)"): "la version montrée (par défaut : l’actuelle)",
    ("CLI", "which site or form, for online decisions"): "quel site ou formulaire, pour les décisions en ligne",
    ("CLI", "booking id, or file hash and row"): "identifiant de réservation, ou empreinte du fichier et ligne",
    ("CLI", "show or edit the consent wording"): "afficher ou modifier le texte de consentement",
    ("CLI", "owner: a new version from this UTF-8 file"): "propriétaire : une nouvelle version depuis ce fichier UTF-8",
    ("CLI", "{channel}: {status}"): "{channel} : {status}",
    ("CLI", "since {date}"): "depuis le {date}",
    ("CLI", "(text version {version})"): "(texte version {version})",
    ("CLI", "booked"): "réservé", ("CLI", "done"): "terminé", ("CLI", "cancelled"): "annulé",
    ("CLI", "no-show"): "non honoré",
    ("CLI", "services the salon offers"): "les prestations du salon",
    ("CLI", "add a service"): "ajouter une prestation",
    ("CLI", "change a service"): "modifier une prestation",
    ("CLI", "informational only, no payments are recorded; a decimal comma works (42,50)"):
        "indicatif, aucun paiement n’est enregistré ; la virgule décimale fonctionne (42,50)",
    ("CLI", "processing time, added to --minutes in the appointment's length"):
        "temps de pose, ajouté à --minutes dans la durée du rendez-vous",
    ("CLI", "list the services"): "lister les prestations",
    ("CLI", "archived ones too"): "y compris les archivées",
    ("CLI", "no new bookings; past ones keep it"): "plus de nouvelles réservations ; les passées la gardent",
    ("CLI", "bookable again"): "de nouveau réservable",
    ("CLI", "appointments"): "rendez-vous",
    ("CLI", "book an appointment"): "prendre un rendez-vous",
    ("CLI", "book even over another appointment of the same person"):
        "réserver même par-dessus un autre rendez-vous de la même personne",
    ("CLI", "book even when the salon is closed or the person is away"):
        "réserver même quand le salon est fermé ou la personne absente",
    ("CLI", "record an appointment whose time has gone by"): "enregistrer un rendez-vous dont l’heure est passée",
    ("CLI", "one day's appointments"): "les rendez-vous d’un jour",
    ("CLI", "mark done, cancelled or no-show"): "marquer honoré, annulé ou non honoré",
    ("CLI", "the booking confirmation as a PDF"): "la confirmation de rendez-vous en PDF",
    ("CLI", "the day sheets (PDF), one page per staff member"):
        "les feuilles du jour (PDF), une page par membre de l’équipe",
    ("CLI", "only this person (repeat for several)"): "seulement cette personne (répéter pour plusieurs)",
    ("CLI", "Service updated."): "Prestation modifiée.",
    ("CLI", "Service archived."): "Prestation archivée.",
    ("CLI", "Service restored."): "Prestation restaurée.",
    ("CLI", "archived"): "archivée",
    ("CLI", "Day sheets written to {path} (appointments: {count})."):
        "Feuilles du jour écrites dans {path} (rendez-vous : {count}).",
    ("CLI", "health data"): "données de santé",
    ("CLI", "owner: delete health data past its retention period"):
        "propriétaire : supprimer les données de santé au-delà de leur durée de conservation",
    ("CLI", "the audit log (owner)"): "le journal d’audit (propriétaire)",
    ("CLI", "owner: delete rows past the audit log's retention period"):
        "propriétaire : supprimer les lignes au-delà de la durée de conservation du journal d’audit",
    ("CLI", "data-subject requests (access, erasure, ...)"): "demandes des personnes (accès, effacement…)",
    ("CLI", "log a request; its due date follows the legal clock"):
        "noter une demande ; son échéance suit le délai légal",
    ("CLI", "default: today"): "par défaut : aujourd’hui",
    ("CLI", "open requests by due date"): "les demandes ouvertes par échéance",
    ("CLI", "closed requests too"): "y compris les demandes clôturées",
    ("CLI", "two more months, with the reason the client is told"):
        "deux mois de plus, avec la raison donnée à la ou au client·e",
    ("CLI", "the access report (PDF, optionally JSON)"): "la réponse d’accès (PDF, et JSON au besoin)",
    ("CLI", "the request this answers (its register entry keeps the fingerprint)"):
        "la demande à laquelle elle répond (le registre en garde l’empreinte)",
    ("CLI", "the portability export (JSON, optionally a CSV zip)"):
        "l’export de portabilité (JSON, et un zip CSV au besoin)",
    ("CLI", "erase a client everywhere, keeping only what the law needs"):
        "effacer une fiche partout, en ne gardant que ce que la loi demande",
    ("CLI", "open"): "ouverte", ("CLI", "closed"): "fermé",
    ("CLI", "opening hours, schedules, closures and absences"): "horaires, plannings, fermetures et absences",
    ("CLI", "the week's hours"): "les horaires de la semaine",
    ("CLI", "this person's schedule"): "le planning de cette personne",
    ("CLI", "one weekday's hours, for example: hours set sat \"09:00-12:00, 14:00-18:00\""):
        "les horaires d’un jour de la semaine, par exemple : hours set sam \"09:00-12:00, 14:00-18:00\"",
    ("CLI", "mon … sun (or lun … dim, or 1 … 7)"): "lun … dim (ou mon … sun, ou 1 … 7)",
    ("CLI", "\"closed\" for a closed day"): "« fermé » pour un jour de fermeture",
    ("CLI", "this person follows the salon's opening hours again"):
        "cette personne suit de nouveau les horaires du salon",
    ("CLI", "whether the salon closes on French public holidays"): "si le salon ferme les jours fériés",
    ("CLI", "an exceptional closure of the salon"): "une fermeture exceptionnelle du salon",
    ("CLI", "a staff member's absence"): "l’absence d’un membre de l’équipe",
    ("CLI", "part of one day only"): "une partie d’une journée seulement",
    ("CLI", "A day is mon, tue, wed, thu, fri, sat or sun."): "Un jour s’écrit lun, mar, mer, jeu, ven, sam ou dim.",
    ("CLI", "{login} follows the salon's opening hours."): "{login} suit les horaires du salon.",
    ("CLI", "Closed on public holidays."): "Fermé les jours fériés.",
    ("CLI", "Open on public holidays."): "Ouvert les jours fériés.",
    # argparse's own words
    ("argparse", "usage: "): "utilisation : ",
    ("argparse", "positional arguments"): "arguments ",  # argparse adds the colon: French puts a space before it
    ("argparse", "options"): "options ",
    ("argparse", "show this help message and exit"): "afficher cette aide et quitter",
    ("argparse", "%(prog)s: error: %(message)s\n"): "%(prog)s : erreur : %(message)s\n",
    ("argparse", "the following arguments are required: %s"): "ces arguments sont obligatoires : %s",
    ("argparse", "invalid choice: %(value)r (choose from %(choices)s)"):
        "choix invalide : %(value)r (choisir parmi %(choices)s)",
    ("argparse", "unrecognized arguments: %s"): "arguments inconnus : %s",
    ("argparse", "argument %(argument_name)s: %(message)s"): "argument %(argument_name)s : %(message)s",
    ("argparse", "invalid %(type)s value: %(value)r"): "valeur %(type)s invalide : %(value)r",
    ("argparse", "expected one argument"): "un argument attendu",
    ("argparse", "expected at most one argument"): "au plus un argument attendu",
    ("argparse", "expected at least one argument"): "au moins un argument attendu",
    ("argparse", "ambiguous option: %(option)s could match %(matches)s"):
        "option ambiguë : %(option)s peut correspondre à %(matches)s",
    ("argparse", "not allowed with argument %s"): "interdit avec l’argument %s",
    ("argparse", "one of the arguments %s is required"): "l’un des arguments %s est obligatoire",
    ("argparse", "ignored explicit argument %r"): "argument explicite ignoré %r",
})

# English plural forms (lupdate -pluralonly): none new.
EN: dict[tuple[str, str], tuple[str, str]] = {
    ("TimeOffDialog", "%n booked appointment(s) fall in this time. Call the clients to move them:"):
        ("%n booked appointment falls in this time. Call the client to move it:",
         "%n booked appointments fall in this time. Call the clients to move them:"),
}

# The help of the commands that came with the import, backups, integrity and law work.
FR.update({
    ("CLI", "import clients from other salon software"): "importer les clients d’un autre logiciel de salon",
    ("CLI", "a CSV or XLSX client file (a dry run without --commit)"):
        "un fichier clients CSV ou XLSX (un essai à blanc sans --commit)",
    ("CLI", "write the clients (all or nothing)"): "enregistrer les clients (tout ou rien)",
    ("CLI", "the field of a column (header name or letter); field 'ignore' leaves it out"):
        "le champ d’une colonne (nom d’en-tête ou lettre) ; le champ « ignore » l’écarte",
    ("CLI", "XLSX: the sheet to read (default: the first)"): "XLSX : la feuille à lire (par défaut : la première)",
    ("CLI", "what to do with every duplicate: merge into the client found, keep as a new client, or skip (default: "
            "merge, but keep a family member who shares an email or a phone)"):
        "que faire de chaque doublon : merge (fusionner avec le client trouvé), keep (garder comme nouveau client) ou "
        "skip (ignorer) ; par défaut, fusionner, mais garder à part un membre de la famille qui partage un e-mail ou "
        "un téléphone",
    ("CLI", "the file's consent column for this channel records real consent"):
        "la colonne de consentement du fichier pour ce canal atteste un vrai consentement",
    ("CLI", "how the clients gave it (paper form, online form…)"):
        "comment les clients l’ont donné (formulaire papier, formulaire en ligne…)",
    ("CLI", "when (YYYY-MM-DD)"): "quand (AAAA-MM-JJ)",
    ("CLI", "the consent text version they were shown (salon-desk consent text)"):
        "la version du texte de consentement qui leur a été montrée (salon-desk consent text)",
    ("CLI", "the kept import reports, newest first"): "les rapports d’import conservés, du plus récent au plus ancien",
    ("CLI", "one import report, row by row"): "un rapport d’import, ligne par ligne",
    ("CLI", "export it as CSV for Excel"): "l’exporter en CSV pour Excel",
    ("CLI", "(see --help)"): "(voir --help)",
    ("CLI", "add an account; prints its one-time password"): "ajouter un compte ; affiche son mot de passe à usage unique",
    ("CLI", "the staff accounts"): "les comptes de l’équipe",
    ("CLI", "revoke an account's access (someone who leaves)"): "retirer l’accès d’un compte (quelqu’un qui part)",
    ("CLI", "give a deactivated account its access back"): "rendre son accès à un compte désactivé",
    ("CLI", "lift the lock after too many wrong passwords"): "lever le blocage après trop de mots de passe erronés",
    ("CLI", "a new one-time password for an account"): "un nouveau mot de passe à usage unique pour un compte",
    ("CLI", "owner: change an account's role"): "propriétaire : changer le rôle d’un compte",
    ("CLI", "add a client file; prints its id"): "ajouter une fiche client ; affiche son identifiant",
    ("CLI", "change a client file's fields"): "modifier les champs d’une fiche client",
    ("CLI", "one client file, as your role may see it"): "une fiche client, telle que votre rôle peut la voir",
    ("CLI", "find clients by name, phone or email"): "chercher des clients par nom, téléphone ou e-mail",
    ("CLI", "record a client's decision for one channel"): "enregistrer la décision d’un client pour un canal",
    ("CLI", "a client's consent per channel"): "le consentement d’un client par canal",
    ("CLI", "the consent register as CSV"): "le registre des consentements en CSV",
    ("CLI", "who may receive marketing on a channel, as CSV"):
        "qui peut recevoir du marketing sur un canal, en CSV",
    ("CLI", "the do-not-contact list for every tool, as CSV"):
        "la liste d’opposition pour tous les outils, en CSV",
    ("CLI", "a client's consent proof (PDF)"): "la preuve de consentement d’un client (PDF)",
    ("CLI", "the audit log, newest first"): "le journal d’audit, du plus récent au plus ancien",
    ("CLI", "the audit log as CSV"): "le journal d’audit en CSV",
    ("CLI", "close a request once answered"): "clore une demande une fois la réponse donnée",
    ("CLI", "No client found."): "Aucune fiche client trouvée.",
    ("CLI", "No appointments that day."): "Aucun rendez-vous ce jour-là.",
    ("CLI", "Appointment marked {status}."): "Rendez-vous marqué {status}.",
    ("CLI", "the name others read (empty: the login)"): "le nom que les autres lisent (vide : l’identifiant)",
    ("CLI", "{login} is now shown as {name}."): "{login} apparaît désormais comme {name}.",
    ("StaffDialog", "&Rename…"): "&Renommer…",
    ("StaffDialog", "Rename"): "Renommer",
    ("StaffDialog", "The name the team and clients read for {login} (empty: the login):"):
        "Le nom que l’équipe et les clients lisent pour {login} (vide : l’identifiant) :",
    ("CLI", "Booked appointments in this time: {count}. Call the clients to move them:"):
        "Rendez-vous réservés sur cette période : {count}. Appelez les clients pour les déplacer :",
    ("TimeOffDialog", "Appointments to move"): "Rendez-vous à déplacer",
    ("TimeOffDialog", "%n booked appointment(s) fall in this time. Call the clients to move them:"):
        ("%n rendez-vous réservé tombe sur cette période. Appelez le client pour le déplacer :",
         "%n rendez-vous réservés tombent sur cette période. Appelez les clients pour les déplacer :"),
    ("BookWidget", "Change appointment"): "Modifier le rendez-vous",
    ("BookWidget", "Undo the last move or change (Ctrl+Z)"):
        "Défaire le dernier déplacement ou la dernière modification (Ctrl+Z)",
    ("SlotPicker", "Nothing free on this day for {name}: choose another day."):
        "Rien de libre ce jour-là pour {name} : choisissez un autre jour.",
    ("Messages", "Only a booked appointment has a confirmation."):
        "Seul un rendez-vous réservé a une confirmation.",
    ("Messages", "This appointment has not begun yet: it can be cancelled, not marked done or no-show."):
        "Ce rendez-vous n’a pas encore commencé : il peut être annulé, pas marqué honoré ou non honoré.",
    ("Messages", "With its processing time, a service lasts 12 hours at most."):
        "Avec son temps de pose, une prestation dure 12 heures au plus.",
    ("CLI", "backups: now, list, verify, restore, settings"):
        "sauvegardes : now, list, verify, restore, settings",
    ("CLI", "back up now (owner); prints path, bytes, fingerprint, verified"):
        "sauvegarder maintenant (propriétaire) ; affiche path, bytes, fingerprint, verified",
    ("CLI", "this folder instead of the backup folder"): "ce dossier au lieu du dossier de sauvegarde",
    ("CLI", "the backups in the backup folder, newest first"):
        "les sauvegardes du dossier de sauvegarde, de la plus récente à la plus ancienne",
    ("CLI", "check a backup file (the key: this PC's keyring, or the code on stdin)"):
        "vérifier un fichier de sauvegarde (la clé : le trousseau de ce PC, ou le code sur l’entrée standard)",
    ("CLI", "restore a backup: the recovery code on stdin (over an existing salon: owner, password on the first "
            "line, the code on the second)"):
        "restaurer une sauvegarde : le code de secours sur l’entrée standard (sur un salon existant : propriétaire, "
        "mot de passe sur la première ligne, le code sur la deuxième)",
    ("CLI", "this PC's backup folder and rotation (owner)"):
        "le dossier de sauvegarde de ce PC et la rotation (propriétaire)",
    ("CLI", "also lift the lock on this owner's account"): "débloquer aussi le compte de ce propriétaire",
    ("CLI", "check encryption, integrity, the ledgers and their anchor"):
        "vérifier le chiffrement, l’intégrité, les registres et leur ancre",
    ("CLI", "owner: accept a database file that no longer matches its anchor in the keyring (a backup restored on "
            "purpose); written in the audit log"):
        "propriétaire : accepter un fichier de base qui ne correspond plus à son ancre dans le trousseau (une "
        "sauvegarde restaurée volontairement) ; inscrit au journal d’audit",
    ("CLI", "the notes only look like health information: keep them (logged with your login)"):
        "les notes ressemblent seulement à des informations de santé : les garder (journalisé avec votre identifiant)",
    ("CLI", "how the client decided; a withdrawal: desk, phone, email or letter"):
        "comment le client a décidé ; un retrait : desk, phone, email ou letter",
    ("CLI", "the version shown (default: the salon's current wording; online and marketplace grants must give the "
            "version registered for their --source)"):
        "la version montrée (par défaut : le texte actuel du salon ; un accord en ligne ou via une plateforme doit "
        "donner la version enregistrée pour sa --source)",
    ("CLI", "the online form or platform that shows this text (widget, treatwell…)"):
        "le formulaire en ligne ou la plateforme qui montre ce texte (widget, treatwell…)",
    ("CLI", "owner: a new version from this UTF-8 file (with --source: register the wording that form or platform "
            "shows)"):
        "propriétaire : une nouvelle version depuis ce fichier UTF-8 (avec --source : enregistrer le texte que ce "
        "formulaire ou cette plateforme montre)",
    ("CLI", "show or set how the consent texts name the salon (owner)"):
        "afficher ou régler comment les textes de consentement nomment le salon (propriétaire)",
    ("CLI", "the company's legal name (raison sociale)"): "la raison sociale de l’entreprise",
    ("CLI", 'how a sentence names the salon, e.g. "le salon Marie Coiffure"'):
        "comment une phrase nomme le salon, par ex. « le salon Marie Coiffure »",
    ("CLI", "where clients read the privacy notice"): "où les clients lisent la politique de confidentialité",
    ("CLI", "where clients exercise their rights"): "où les clients exercent leurs droits",
    # Earlier imports: the file's format in words, as the file page said it
    ("ImportReportsDialog", "Excel workbook, sheet “{sheet}”"): "classeur Excel, feuille « {sheet} »",
    ("ImportReportsDialog", "tab"): "tabulation",
    ("ImportReportsDialog", "text file in {encoding}, separator {delimiter}"):
        "fichier texte en {encoding}, séparateur {delimiter}",
    # The access report: no English word left in the French PDF
    ("AccessReport", "health note saved"): "note de santé enregistrée",
    ("AccessReport", "patch test recorded"): "test de tolérance enregistré",
    ("AccessReport", "notes checked: no health information"): "notes vérifiées : aucune information de santé",
    ("AccessReport", "request logged"): "demande enregistrée",
    ("AccessReport", "open"): "en cours",
    ("AccessReport", "closed"): "clôturée",
    ("AccessReport", "Imports from a file"): "Imports depuis un fichier",
    # The audit log's details column, in words
    ("AuditDetails", "{key}: {value}"): "{key} : {value}",
    ("AuditDetails", "purpose"): "motif",
    ("AuditDetails", "rows"): "lignes",
    ("AuditDetails", "request"): "demande",
    ("AuditDetails", "kind"): "type",
    ("AuditDetails", "value"): "valeur",
    ("AuditDetails", "folder"): "dossier",
    ("AuditDetails", "file"): "fichier",
    ("AuditDetails", "field"): "rubrique",
    ("AuditDetails", "fields"): "rubriques",
    ("AuditDetails", "channel"): "canal",
    ("AuditDetails", "decision"): "décision",
    ("AuditDetails", "method"): "recueil",
    ("AuditDetails", "failed attempts"): "échecs",
    ("AuditDetails", "during the wait"): "pendant l’attente",
    ("AuditDetails", "reason"): "raison",
    ("AuditDetails", "months"): "mois",
    ("AuditDetails", "due"): "échéance",
    ("AuditDetails", "recipient"): "destinataire",
    ("AuditDetails", "access report"): "réponse d’accès",
    ("AuditDetails", "booking"): "réservation",
    ("AuditDetails", "command line"): "ligne de commande",
    ("AuditDetails", "client file"): "fiche client",
    ("AuditDetails", "consent"): "consentement",
    ("AuditDetails", "consent proof"): "preuve de consentement",
    ("AuditDetails", "consent status"): "état du consentement",
    ("AuditDetails", "editing"): "modification",
    ("AuditDetails", "health"): "santé",
    ("AuditDetails", "copy of the data"): "copie des données",
    ("AuditActions", "Appointment changed"): "Rendez-vous modifié",
    ("AuditActions", "Old audit entries removed"): "Anciennes entrées du journal supprimées",
    ("AuditActions", "Changed data file accepted"): "Fichier de données modifié accepté",
    ("AuditActions", "Integrity anchor created"): "Ancre d’intégrité créée",
    ("AuditActions", "Client erased"): "Client·e effacé·e",
    ("AuditActions", "Platform consent text registered"): "Texte de consentement d’une plateforme enregistré",
    ("AuditActions", "Day sheet printed"): "Feuille du jour imprimée",
    ("AuditActions", "Notes checked: no health information"): "Notes vérifiées : aucune information de santé",
    ("AuditActions", "Password renewal reminded"): "Rappel de renouvellement du mot de passe",
    ("AuditActions", "Request closed"): "Demande clôturée",
    ("AuditActions", "Request deadline extended"): "Délai de la demande prolongé",
    ("AuditActions", "Identity check noted on a request"): "Vérification d’identité notée sur une demande",
    ("AuditActions", "Data-protection request logged"): "Demande RGPD enregistrée",
    ("AuditActions", "Recipient told about a request"): "Destinataire informé d’une demande",
    ("AuditActions", "Salon details changed"): "Coordonnées du salon modifiées",
    ("AuditActions", "Service changed"): "Prestation modifiée",
    ("AuditActions", "Service restored"): "Prestation rétablie",
    ("AuditActions", "Absence or closure added"): "Absence ou fermeture ajoutée",
    ("AuditActions", "Absence or closure removed"): "Absence ou fermeture retirée",
    ("AuditActions", "Pre-update copy deleted"): "Copie d’avant mise à jour supprimée",
    ("AuditDetails", "bytes"): "octets",
    ("AuditDetails", "deleted"): "supprimées",
    ("AuditDetails", "daily"): "quotidiennes",
    ("AuditDetails", "weekly"): "hebdomadaires",
    ("AuditDetails", "monthly"): "mensuelles",
    ("AuditDetails", "consent decisions"): "décisions de consentement",
    ("AuditDetails", "file SHA-256"): "SHA-256 du fichier",
    ("AuditDetails", "source"): "origine",
    ("AuditDetails", "imported"): "importées",
    ("AuditDetails", "merged"): "fusionnées",
    ("AuditDetails", "skipped"): "ignorées",
    ("AuditDetails", "already there"): "déjà présentes",
})
