"""French wording for data-subject requests: the register, the access report, the erasure certificate.

Merged into scripts/catalogue.py's FR. Words a salon uses: « client·e », « gérant·e », « demande ».
"""
from __future__ import annotations

FR: dict[tuple[str, str], str | tuple[str, str]] = {
    # The access report (printed for the client)
    ("AccessReport", "Your personal data at {salon}"): "Vos données personnelles chez {salon}",
    ("AccessReport", "You asked what {salon} holds about you. This document answers under Article 15 of the General "
                     "Data Protection Regulation (GDPR): it lists all the data the salon keeps about you, why, where it "
                     "came from, who receives it, how long it is kept, and your rights. It is free of charge."):
        "Vous avez demandé quelles données {salon} conserve sur vous. Ce document vous répond au titre de l’article 15 "
        "du Règlement général sur la protection des données (RGPD) : il présente toutes les données que le salon "
        "conserve sur vous, pourquoi, d’où elles viennent, qui les reçoit, combien de temps elles sont gardées, et vos "
        "droits. Il est gratuit.",
    ("AccessReport", "Who is responsible for your data"): "Qui est responsable de vos données",
    ("AccessReport", "{salon} is the data controller."): "{salon} est responsable du traitement.",
    ("AccessReport", "Address: {address} · Phone: {phone} · Email: {email}"):
        "Adresse : {address} · Téléphone : {phone} · Email : {email}",
    ("AccessReport", "Why the salon uses your data, and on what legal basis"):
        "Pourquoi le salon utilise vos données, et sur quelle base légale",
    ("AccessReport", "Your appointments and client file"): "Vos rendez-vous et votre fiche client·e",
    ("AccessReport", "To provide the services you book (contract, Art. 6(1)(b))"):
        "Pour réaliser les prestations que vous réservez (contrat, art. 6.1.b)",
    ("AccessReport", "identity, contact, appointments, notes"): "identité, coordonnées, rendez-vous, notes",
    ("AccessReport", "Security of your file"): "Sécurité de votre fiche",
    ("AccessReport", "Keeping your data safe: who opened your file and when (legal obligation and legitimate "
                     "interest, Art. 6(1)(c) and (f))"):
        "Protéger vos données : qui a ouvert votre fiche et quand (obligation légale et intérêt légitime, "
        "art. 6.1.c et f)",
    ("AccessReport", "dates of consultation"): "dates de consultation",
    ("AccessReport", "News and offers by email or SMS"): "Nouvelles et offres par email ou SMS",
    ("AccessReport", "Only with your consent, channel by channel (Art. 6(1)(a)); you can withdraw it at any time"):
        "Seulement avec votre consentement, canal par canal (art. 6.1.a) ; vous pouvez le retirer à tout moment",
    ("AccessReport", "email address, mobile number"): "adresse email, numéro de portable",
    ("AccessReport", "Allergies and patch tests"): "Allergies et tests de tolérance",
    ("AccessReport", "Only with your explicit consent (Art. 9(2)(a)), to keep you safe during treatments"):
        "Seulement avec votre consentement explicite (art. 9.2.a), pour votre sécurité pendant les soins",
    ("AccessReport", "health information"): "informations de santé",
    ("AccessReport", "Purpose"): "Finalité",
    ("AccessReport", "Legal basis"): "Base légale",
    ("AccessReport", "Data used"): "Données utilisées",
    ("AccessReport", "All the data the salon holds about you"): "Toutes les données que le salon conserve sur vous",
    ("AccessReport", "Identity and contact"): "Identité et coordonnées",
    ("AccessReport", "First name"): "Prénom",
    ("AccessReport", "Last name"): "Nom",
    ("AccessReport", "Email"): "Email",
    ("AccessReport", "Phone"): "Téléphone",
    ("AccessReport", "Birth date"): "Date de naissance",
    ("AccessReport", "Client since"): "Client·e depuis le",
    ("AccessReport", "Last change"): "Dernière modification",
    ("AccessReport", "Client number"): "Numéro de client·e",
    ("AccessReport", "Notes the salon wrote about you"): "Notes écrites par le salon à votre sujet",
    ("AccessReport", "These notes are shown to you as written by the staff."):
        "Ces notes vous sont montrées telles que l’équipe les a écrites.",
    ("AccessReport", "No notes."): "Aucune note.",
    ("AccessReport", "Your appointments ({count})"): "Vos rendez-vous ({count})",
    ("AccessReport", "Date"): "Date",
    ("AccessReport", "Time"): "Heure",
    ("AccessReport", "Service"): "Prestation",
    ("AccessReport", "With"): "Avec",
    ("AccessReport", "Status"): "Statut",
    ("AccessReport", "booked"): "réservé",
    ("AccessReport", "done"): "réalisé",
    ("AccessReport", "cancelled"): "annulé",
    ("AccessReport", "missed"): "non honoré",
    ("AccessReport", "No appointments."): "Aucun rendez-vous.",
    ("AccessReport", "Health information (kept apart, with your explicit consent)"):
        "Informations de santé (à part, avec votre consentement explicite)",
    ("AccessReport", "Allergy alert: {value}"): "Alerte allergie : {value}",
    ("AccessReport", "yes"): "oui",
    ("AccessReport", "no"): "non",
    ("AccessReport", "Patch test on {date}: {product}, result {result} (by {staff})"):
        "Test de tolérance du {date} : {product}, résultat {result} (par {staff})",
    ("AccessReport", "The salon keeps no health information about you."):
        "Le salon ne conserve aucune information de santé sur vous.",
    ("AccessReport", "Your consent decisions, with the exact text you were shown"):
        "Vos choix de consentement, avec le texte exact qui vous a été présenté",
    ("AccessReport", "{date}: {channel}, {decision} ({method})"): "{date} : {channel}, {decision} ({method})",
    ("AccessReport", "Text shown (version {version}):"): "Texte présenté (version {version}) :",
    ("AccessReport", "No consent decision is recorded."): "Aucun choix de consentement n’est enregistré.",
    ("AccessReport", "Your requests about your data"): "Vos demandes concernant vos données",
    ("AccessReport", "{date}: {kind}, status {status}"): "{date} : {kind}, statut {status}",
    ("AccessReport", "Other records about you"): "Autres enregistrements vous concernant",
    ("AccessReport", "Where your data came from"): "D’où viennent vos données",
    ("AccessReport", "From you, at the salon or by phone."): "De vous, au salon ou par téléphone.",
    ("AccessReport", "From you, through the booking button on the salon's website (run by the booking platform)."):
        "De vous, par le bouton de réservation du site du salon (géré par la plateforme de réservation).",
    ("AccessReport", "From you, through the booking platform's marketplace."):
        "De vous, par la place de marché de la plateforme de réservation.",
    ("AccessReport", "From the salon's previous software, imported into Salon Desk."):
        "Du précédent logiciel du salon, importées dans Salon Desk.",
    ("AccessReport", "Who receives your data"): "Qui reçoit vos données",
    ("AccessReport", "Your data is kept encrypted on the salon's own computer and seen only by the salon's staff, each "
                     "with a personal login; staff see only what their role needs. When the salon uses the Salon Desk "
                     "cloud service to share its appointment book between computers, that service keeps a copy on the "
                     "salon's behalf (processor). It is never sold or given to advertisers."):
        "Vos données sont chiffrées sur l’ordinateur du salon et vues seulement par l’équipe du salon, chacun avec "
        "son identifiant personnel ; chacun ne voit que ce dont son rôle a besoin. Quand le salon utilise le service "
        "en ligne de Salon Desk pour partager son agenda entre ordinateurs, ce service en garde une copie pour le "
        "compte du salon (sous-traitant). Elles ne sont jamais vendues ni données à des annonceurs.",
    ("AccessReport", "The booking platform you used also holds the data you gave it, as a controller of its own: "
                     "ask it directly for its copy."):
        "La plateforme de réservation que vous avez utilisée conserve aussi les données que vous lui avez données, "
        "en tant que responsable de traitement : demandez-lui directement sa copie.",
    ("AccessReport", "How long your data is kept"): "Combien de temps vos données sont gardées",
    ("AccessReport", "Your rights"): "Vos droits",
    ("AccessReport", "You may ask the salon at any time, free of charge, to correct your data, to erase it, to restrict "
                     "its use, to receive the data you gave in a reusable file, and to object to marketing; you may "
                     "withdraw any consent at any time, as easily as you gave it. The salon answers within one month. "
                     "If you are not satisfied, you may complain to the CNIL (Commission nationale de l'informatique "
                     "et des libertés, 3 place de Fontenoy, TSA 80715, 75334 Paris Cedex 07, www.cnil.fr)."):
        "Vous pouvez demander au salon à tout moment, gratuitement, de corriger vos données, de les effacer, d’en "
        "limiter l’usage, de recevoir les données que vous avez données dans un fichier réutilisable, et de vous "
        "opposer à la prospection ; vous pouvez retirer tout consentement à tout moment, aussi simplement que vous "
        "l’avez donné. Le salon vous répond sous un mois. Si vous n’êtes pas satisfait·e, vous pouvez adresser une "
        "réclamation à la CNIL (Commission nationale de l’informatique et des libertés, 3 place de Fontenoy, "
        "TSA 80715, 75334 Paris Cedex 07, www.cnil.fr).",
    ("AccessReport", "Automated decisions"): "Décisions automatisées",
    ("AccessReport", "No decision about you is made automatically, and no profile is built."):
        "Aucune décision vous concernant n’est prise automatiquement, et aucun profil n’est établi.",
    ("AccessReport", "When your file was consulted, and why"): "Quand votre fiche a été consultée, et pourquoi",
    ("AccessReport", "What"): "Quoi",
    ("AccessReport", "Why"): "Pourquoi",
    ("AccessReport", "file opened"): "fiche ouverte",
    ("AccessReport", "file changed"): "fiche modifiée",
    ("AccessReport", "file created"): "fiche créée",
    ("AccessReport", "health section opened"): "section santé ouverte",
    ("AccessReport", "exported"): "exportée",
    ("AccessReport", "consent recorded"): "consentement enregistré",
    ("AccessReport", "your appointment or client file"): "votre rendez-vous ou votre fiche",
    ("AccessReport", "the salon's records"): "la tenue des dossiers du salon",
    ("AccessReport", "proof of your consent"): "la preuve de votre consentement",
    ("AccessReport", "your consent status"): "l’état de votre consentement",
    ("AccessReport", "this report"): "ce document",
    ("AccessReport", "a copy of your data for you"): "une copie de vos données pour vous",
    ("AccessReport", "{salon} · access report · page {page} · generated on {date} · fingerprint {fingerprint}"):
        "{salon} · réponse à votre demande d’accès · page {page} · établie le {date} · empreinte {fingerprint}",
    ("AccessReport", "Client file"): "Fiche client·e",
    ("AccessReport", "Appointments"): "Rendez-vous",
    ("AccessReport", "Consent decisions"): "Choix de consentement",
    ("AccessReport", "Consent reminders"): "Rappels de consentement",
    ("AccessReport", "Health information"): "Informations de santé",
    ("AccessReport", "Patch tests"): "Tests de tolérance",
    ("AccessReport", "Your requests"): "Vos demandes",
    # Retention, in plain words (registry)
    ("Retention", "3 years after the client's last visit or contact, then deleted or anonymised"):
        "3 ans après la dernière visite ou le dernier contact, puis supprimées ou anonymisées",
    ("Retention", "while the salon uses Salon Desk"): "tant que le salon utilise Salon Desk",
    ("Retention", "while the person works at the salon, then deactivated"):
        "tant que la personne travaille au salon, puis désactivé",
    ("Retention", "while the salon offers it"): "tant que le salon la propose",
    ("Retention", "kept: every wording ever shown is proof"): "gardé : chaque texte présenté sert de preuve",
    ("Retention", "while the consent is used, then 5 years as proof"):
        "tant que le consentement est utilisé, puis 5 ans comme preuve",
    ("Retention", "the consent memo's quiet period"): "la pause du mémo de consentement",
    ("Retention", "until the health consent is withdrawn, or 24 months without a visit"):
        "jusqu’au retrait du consentement santé, ou 24 mois sans visite",
    ("Retention", "24 months, or until the health consent is withdrawn"):
        "24 mois, ou jusqu’au retrait du consentement santé",
    ("Retention", "while the person works at the salon"): "tant que la personne travaille au salon",
    ("Retention", "3 years after the request is closed"): "3 ans après la clôture de la demande",
    ("Retention", "kept: proof that the erasure was done"): "gardé : preuve que l’effacement a été fait",
    ("Retention", "kept while the salon uses Salon Desk"): "gardé tant que le salon utilise Salon Desk",
    ("Retention", "kept: one row per ledger, moved by every append"):
        "gardé : une ligne par registre, avancée à chaque ajout",
    ("Retention", "kept: each marks where the audit log was pruned"):
        "gardé : chacun marque où le journal d’audit a été élagué",
    ("Retention", "12 months (the owner sets 6 to 24)"): "12 mois (la gérante ou le gérant choisit de 6 à 24)",
    # The CLI
    ("CLI", "Request {id} logged; answer due by {due}."): "Demande {id} enregistrée ; réponse à donner avant le {due}.",
    ("CLI", "Extended: the answer is now due by {due}. Tell the client why."):
        "Prolongée : réponse à donner avant le {due}. Expliquez-en la raison à la ou au client·e.",
    ("CLI", "Access report written to {path} (fingerprint {fingerprint})."):
        "Réponse à la demande d’accès enregistrée dans {path} (empreinte {fingerprint}).",
    ("CLI", "Portability export written to {path}."): "Copie des données enregistrée dans {path}.",
    ("CLI", "Client erased (erasure {id})."): "Client·e effacé·e (effacement {id}).",
    ("CLI", "Request closed."): "Demande clôturée.",
    ("CLI", "open"): "en cours",
    ("CLI", "closed"): "clôturée",
    ("CLI", "overdue"): "en retard",
    ("CLI", "(erased)"): "(fiche effacée)",
    ("CLI", "(hidden)"): "(masqué)",
    # Screens
    ("ClientDetail", "This client asked to restrict the use of their data: no marketing, and changes only as part of "
                     "that request (Requests tab)."):
        "Cette ou ce client·e a demandé la limitation de l’usage de ses données : pas de prospection, et des "
        "modifications seulement dans le cadre de cette demande (onglet Demandes).",
    ("Consent", "the client's objection (data-protection request)"): "opposition de la ou du client·e (demande RGPD)",
    ("EraseDialog", "Erase this client"): "Effacer cette ou ce client·e",
    ("EraseDialog", "<b>Erased everywhere, for good:</b> the client file (name, email, phone, birth date, notes), "
                    "health information and patch tests, who the consent decisions were about, and copies waiting to "
                    "be sent to the salon's other computers.<br><br><b>Kept, without saying who it was:</b> past "
                    "appointments (the salon's statistics), the dates and wording of consent decisions (the register "
                    "stays verifiable), this request in the register, and a keyed fingerprint of the email and phone "
                    "so that a re-import is flagged."):
        "<b>Effacé partout, définitivement :</b> la fiche (nom, email, téléphone, date de naissance, notes), les "
        "informations de santé et tests de tolérance, à qui se rapportaient les choix de consentement, et les copies "
        "en attente d’envoi vers les autres ordinateurs du salon.<br><br><b>Gardé, sans dire de qui il s’agissait :"
        "</b> les rendez-vous passés (statistiques du salon), les dates et textes des choix de consentement (le "
        "registre reste vérifiable), cette demande dans le registre, et une empreinte chiffrée de l’email et du "
        "téléphone pour signaler une réimportation.",
    ("EraseDialog", "I understand that this cannot be undone."): "Je comprends que c’est définitif.",
    ("EraseDialog", "Save an erasure certificate for the client (PDF)"):
        "Enregistrer une attestation d’effacement pour la ou le client·e (PDF)",
    ("EraseDialog", "Certificate in French"): "Attestation en français",
    ("EraseDialog", "Certificate in English"): "Attestation en anglais",
    ("EraseDialog", "Erase"): "Effacer",
    ("EraseDialog", "Erasing…"): "Effacement…",
    ("RequestsPanel", "Writing the access report…"): "Rédaction de la réponse d’accès…",
    ("RequestsPanel", "Writing the copy of the data…"): "Écriture de la copie des données…",
    ("EraseDialog", "Save the erasure certificate"): "Enregistrer l’attestation d’effacement",
    ("EraseDialog", "erasure-certificate.pdf"): "attestation-effacement.pdf",
    ("EraseDialog", "PDF files (*.pdf)"): "Fichiers PDF (*.pdf)",
    ("ErasureCertificate", "Erasure certificate"): "Attestation d’effacement",
    ("ErasureCertificate", "{salon} certifies that, at the client's request, their personal data was erased from Salon "
                           "Desk on {date} by {who}."):
        "{salon} atteste qu’à la demande de la ou du client·e, ses données personnelles ont été effacées de Salon Desk "
        "le {date} par {who}.",
    ("ErasureCertificate", "Erasure reference: {id}"): "Référence de l’effacement : {id}",
    ("ErasureCertificate", "What was erased"): "Ce qui a été effacé",
    ("ErasureCertificate", "The client file: name, email, phone, birth date and notes."):
        "La fiche : nom, email, téléphone, date de naissance et notes.",
    ("ErasureCertificate", "Health information and patch tests, if any."):
        "Les informations de santé et tests de tolérance, s’il y en avait.",
    ("ErasureCertificate", "The link between the client and their appointments."):
        "Le lien entre la personne et ses rendez-vous.",
    ("ErasureCertificate", "Who the consent decisions were about, and their sources and evidence."):
        "À qui se rapportaient les choix de consentement, avec leurs sources et justificatifs.",
    ("ErasureCertificate", "Consent reminders, and the client's entry in the search index."):
        "Les rappels de consentement, et l’entrée dans l’index de recherche.",
    ("ErasureCertificate", "Copies waiting to be sent to the salon's other computers."):
        "Les copies en attente d’envoi vers les autres ordinateurs du salon.",
    ("ErasureCertificate", "What was kept, and why"): "Ce qui a été gardé, et pourquoi",
    ("ErasureCertificate", "The dates and wording of past consent decisions, without saying whose they were: they keep "
                           "the salon's consent register verifiable."):
        "Les dates et textes des choix de consentement passés, sans dire à qui ils se rapportaient : ils gardent le "
        "registre des consentements du salon vérifiable.",
    ("ErasureCertificate", "The request and this certificate, in the salon's request register: proof that the request "
                           "was answered (GDPR Art. 5(2)), for 3 years."):
        "La demande et cette attestation, dans le registre des demandes du salon : la preuve qu’il y a été répondu "
        "(RGPD art. 5.2), pendant 3 ans.",
    ("ErasureCertificate", "A keyed fingerprint of the email address and phone number, which cannot be read back: if "
                           "the same person is imported or synced again, the salon is warned instead of re-creating the "
                           "file silently."):
        "Une empreinte chiffrée de l’adresse email et du numéro de téléphone, illisible en clair : si la même personne "
        "est de nouveau importée ou synchronisée, le salon est averti au lieu de recréer la fiche sans le savoir.",
    ("ErasureCertificate", "Backups made before this date may still contain the data until they are rotated out; a "
                           "restored backup erases the client again before anyone can open it."):
        "Les sauvegardes faites avant cette date peuvent encore contenir ces données jusqu’à leur remplacement ; une "
        "sauvegarde restaurée efface de nouveau la fiche avant que quiconque puisse l’ouvrir.",
    ("ErasureCertificate", "The booking platform you used keeps its own copy as a separate controller: the salon has "
                           "forwarded your request to it."):
        "La plateforme de réservation que vous avez utilisée garde sa propre copie en tant que responsable de "
        "traitement distinct : le salon lui a transmis votre demande.",
    ("ErasureCertificate", "For the salon, signature:"): "Pour le salon, signature :",
    ("MainWindow", "an erased client"): "une fiche effacée",
    ("MainWindow", "Overdue since {date}"): "En retard depuis le {date}",
    ("MainWindow", "Due by {date}"): "À traiter avant le {date}",
    ("MainWindow", "and {count} more"): "et {count} autres",
    ("MainWindow", "%n data-protection request(s) to answer soon:"):
        ("%n demande RGPD à traiter bientôt :", "%n demandes RGPD à traiter bientôt :"),
    ("Messages", "This client asked to restrict the use of their data: change the file only as part of that request "
                 "(Requests tab)."):
        "Cette ou ce client·e a demandé la limitation de l’usage de ses données : modifiez la fiche seulement dans le "
        "cadre de cette demande (onglet Demandes).",
    ("Messages", "Only someone who may see the whole client file (contact details, notes and health information) can "
                 "answer this request."):
        "Seule une personne qui peut voir toute la fiche (coordonnées, notes et informations de santé) peut répondre "
        "à cette demande.",
    ("Messages", "Cannot write {path}: {reason}"): "Impossible d’écrire {path} : {reason}",
    ("Messages", "The report is written in French or English."): "Le document est rédigé en français ou en anglais.",
    ("Messages", "Write the date as YYYY-MM-DD."): "Écrivez la date sous la forme AAAA-MM-JJ.",
    ("Messages", "No request with id {id}."): "Aucune demande avec l’identifiant {id}.",
    ("Messages", "Unknown kind of request {kind}."): "Type de demande inconnu : {kind}.",
    ("Messages", "Unknown request channel {channel}."): "Moyen de réception inconnu : {channel}.",
    ("Messages", "A request cannot be received in the future."): "Une demande ne peut pas être reçue dans le futur.",
    ("Messages", "This request is already closed."): "Cette demande est déjà clôturée.",
    ("Messages", "Say why the request needs more time (the client must be told the reason)."):
        "Indiquez pourquoi la demande a besoin de plus de temps (la raison doit être donnée à la ou au client·e).",
    ("Messages", "This request was already extended."): "Cette demande a déjà été prolongée.",
    ("Messages", "Too late to extend: the extension must be decided before the first due date ({due})."):
        "Trop tard pour prolonger : la prolongation doit être décidée avant la première échéance ({due}).",
    ("Messages", "No recipient {recipient} to tell for this request."):
        "Aucun destinataire {recipient} à prévenir pour cette demande.",
    ("ClientDialog", "Did the person come back and give their details again themselves?"):
        "La personne est-elle revenue et a-t-elle redonné ses coordonnées elle-même ?",
    ("Messages", "This email or phone belonged to a client whose data was erased at their request. Create the file "
                 "again only if the person came back and gave their details themselves."):
        "Cet email ou ce téléphone appartenait à une ou un client·e dont les données ont été effacées à sa demande. "
        "Ne recréez la fiche que si la personne est revenue et a redonné ses coordonnées elle-même.",
    ("OpenRequestDialog", "New data-protection request"): "Nouvelle demande RGPD",
    ("OpenRequestDialog", "The client asked about their personal data. Log it now: the salon has one month to answer."):
        "La ou le client·e a fait une demande sur ses données personnelles. Notez-la maintenant : le salon a un mois "
        "pour répondre.",
    ("OpenRequestDialog", "Choose…"): "Choisir…",
    ("OpenRequestDialog", "Only if in doubt about who is asking"): "Seulement en cas de doute sur l’identité",
    ("OpenRequestDialog", "Request"): "Demande",
    ("OpenRequestDialog", "Received on"): "Reçue le",
    ("OpenRequestDialog", "Received how"): "Canal",
    ("OpenRequestDialog", "Identity check"): "Vérification d’identité",
    ("OpenRequestDialog", "Log the request"): "Noter la demande",
    ("OpenRequestDialog", "Answer due by {date} ({days} days left)."): "Réponse à donner avant le {date} (dans {days} jours).",
    ("OpenRequestDialog", "Choose what the client asked for."): "Choisissez ce que la ou le client·e a demandé.",
    ("Privacy", "Access (a copy of the data)"): "Accès (copie des données)",
    ("Privacy", "Portability (data in a reusable file)"): "Portabilité (fichier réutilisable)",
    ("Privacy", "Erasure"): "Effacement",
    ("Privacy", "Rectification"): "Rectification",
    ("Privacy", "Restriction"): "Limitation",
    ("Privacy", "Objection to marketing"): "Opposition à la prospection",
    ("Privacy", "at the desk"): "à l’accueil",
    ("Privacy", "by phone"): "par téléphone",
    ("Privacy", "by email"): "par email",
    ("Privacy", "by letter"): "par courrier",
    ("Privacy", "through the booking platform"): "par la plateforme de réservation",
    ("RequestsPanel", "open"): "en cours",
    ("RequestsPanel", "closed"): "clôturée",
    ("RequestsPanel", "Access, copy, erasure, correction, restriction or objection: log every request the same day. "
                      "The salon has one month to answer."):
        "Accès, copie, effacement, rectification, limitation ou opposition : notez chaque demande le jour même. "
        "Le salon a un mois pour répondre.",
    ("RequestsPanel", "Request"): "Demande",
    ("RequestsPanel", "Received"): "Reçue le",
    ("RequestsPanel", "Due"): "Échéance",
    ("RequestsPanel", "Status"): "Statut",
    ("RequestsPanel", "Documents"): "Documents",
    ("RequestsPanel", "Log a request…"): "Noter une demande…",
    ("RequestsPanel", "Report in French"): "Réponse en français",
    ("RequestsPanel", "Report in English"): "Réponse en anglais",
    ("RequestsPanel", "Access report (PDF)…"): "Réponse d’accès (PDF)…",
    ("RequestsPanel", "Copy of the data (JSON)…"): "Copie des données (JSON)…",
    ("RequestsPanel", "Extend…"): "Prolonger…",
    ("RequestsPanel", "Correct the file for this request…"): "Corriger la fiche pour cette demande…",
    ("RequestsPanel", "Platform told"): "Plateforme prévenue",
    ("RequestsPanel", "The booking platform holds this client's data too: forward the request to it."):
        "La plateforme de réservation détient aussi les données de cette ou ce client·e : transmettez-lui la demande.",
    ("RequestsPanel", "The booking platform was told on {date}."): "La plateforme de réservation a été prévenue le {date}.",
    ("RequestsPanel", "Close the request"): "Clôturer la demande",
    ("RequestsPanel", "Erase this client…"): "Effacer la fiche…",
    ("RequestsPanel", "{date} ({days} days)"): "{date} ({days} j)",
    ("RequestsPanel", "overdue"): "en retard",
    ("RequestsPanel", "Save the access report"): "Enregistrer la réponse d’accès",
    ("RequestsPanel", "access-report.pdf"): "reponse-acces.pdf",
    ("RequestsPanel", "PDF files (*.pdf)"): "Fichiers PDF (*.pdf)",
    ("RequestsPanel", "Report saved to {path}. Fingerprint {fingerprint}."):
        "Réponse enregistrée dans {path}. Empreinte {fingerprint}.",
    ("RequestsPanel", "Save the copy of the data"): "Enregistrer la copie des données",
    ("RequestsPanel", "client-data.json"): "donnees-client.json",
    ("RequestsPanel", "JSON files (*.json)"): "Fichiers JSON (*.json)",
    ("RequestsPanel", "Copy saved to {path} (and a CSV zip beside it)."):
        "Copie enregistrée dans {path} (et un zip CSV à côté).",
    ("RequestsPanel", "Why does the answer need two more months? The client will be told this reason."):
        "Pourquoi la réponse a-t-elle besoin de deux mois de plus ? Cette raison sera donnée à la ou au client·e.",
}

# English plural forms (lupdate -pluralonly).
EN: dict[tuple[str, str], tuple[str, str]] = {
    ("MainWindow", "%n data-protection request(s) to answer soon:"):
        ("%n data-protection request to answer soon:", "%n data-protection requests to answer soon:"),
}
