"""French wording for the law corrections (issue 14), and the words a salon uses, merged last into
scripts/catalogue.py's FR so that it also rewords older entries: « client·e » rather than « personne » for a
client, « gérant·e » for the owner and « manager » for the manager (never « responsable », which is the data
controller's word), « bouton de réservation », « newsletter de la plateforme », « test de tolérance (48 h) ».
"""
from __future__ import annotations

HEALTH = "Santé et tests de tolérance"

FR: dict[tuple[str, str], str | tuple[str, str]] = {
    # -- words a salon uses: rewording of older entries ------------------------------------------------------
    ("Roles", "Owner"): "Gérant·e",
    ("Roles", "Manager"): "Manager",
    ("SettingsDialog", "Managers"): "Managers",
    ("CLI", "Owner password: "): "Mot de passe du ou de la gérant·e : ",
    ("CLI", "Owner password again: "): "Mot de passe du ou de la gérant·e (confirmation) : ",
    ("ClientDetail", "Booking widget"): "Bouton de réservation",
    ("ClientDialog", "Booking widget"): "Bouton de réservation",
    ("ClientDetail", "Contact details are masked for your role. The owner decides who sees them."):
        "Les coordonnées sont masquées pour votre rôle. C’est la ou le gérant·e qui décide qui les voit.",
    ("ClientDetail", "The client can read every note if they ask for their data."):
        "La ou le client·e peut lire toutes les notes en demandant ses données.",
    ("ClientDialog", "Only what the service needs. The client can read every note if they ask for their data."):
        "Seulement ce qui sert à la prestation. La ou le client·e peut lire toutes les notes en demandant ses "
        "données.",
    ("ClientDialog", "Every note is shown to the client if they ask for their data."):
        "Toute note est communiquée à la ou au client·e qui demande ses données.",
    ("Messages", "This account has been deactivated. Ask the salon owner."):
        "Ce compte a été désactivé. Adressez-vous à la ou au gérant·e du salon.",
    ("Messages", "The owner always sees every client field."):
        "La ou le gérant·e voit toujours tous les champs de la fiche.",
    ("Messages", "The salon must keep at least one active owner."):
        "Le salon doit garder au moins un compte de gérant·e actif.",
    ("Messages", "Only the owner can create an account with this role."):
        "Seul·e la ou le gérant·e peut créer un compte avec ce rôle.",
    ("Messages", "Only the owner can manage this account."): "Seul·e la ou le gérant·e peut gérer ce compte.",
    ("OwnerPage", "Your owner account"): "Votre compte de gérant·e",
    ("OwnerPage", "Every person at the salon gets a personal login. Yours is the owner's."):
        "Chaque membre de l’équipe a son propre identifiant. Le vôtre est celui de la ou du gérant·e.",
    ("BookingDialog", "Add the salon's services first (a manager can do it)."):
        "Ajoutez d’abord les prestations du salon (un·e manager peut le faire).",
    ("ConsentRegisterDialog", "Client"): "Client·e",
    ("BookingDialog", "Client: name, phone or email"): "Client·e : nom, téléphone ou e-mail",
    ("ClientDialog", "Did the person come back and give their details again themselves?"):
        "Est-ce bien la ou le client·e qui est revenu·e et a redonné ses coordonnées ?",
    ("BookingDialog", "Choose the client first, or create one."):
        "Choisissez d’abord la ou le client·e, ou créez sa fiche.",
    ("ConsentDialog", "Yes, the client agrees"): "Oui",
    ("ConsentProof", "No consent decision has been recorded for this client."):
        "Aucune décision de consentement n’a été enregistrée pour cette ou ce client·e.",
    ("ConsentRegisterDialog", "Client name (all clients if empty)"):
        "Nom de la ou du client·e (toute la clientèle si vide)",
    ("Messages", "A grant needs a positive act by the client (at the desk, by phone, on paper, online, on the "
                 "marketplace, or an import with evidence)."):
        "Un consentement demande un acte positif de la ou du client·e (à l’accueil, par téléphone, sur papier, en "
        "ligne, sur la plateforme de réservation, ou un import avec preuve).",
    ("Messages", "A grant needs the exact text version the client was shown."):
        "Un consentement doit indiquer la version exacte du texte présenté à la ou au client·e.",
    ("Messages", "An imported grant needs evidence: the file's hash and row, from a client who gave it."):
        "Un consentement importé demande une preuve : l’empreinte du fichier et la ligne, pour une ou un client·e "
        "qui l’a réellement donné.",
    ("Messages", "A consent text must say plainly what the client agrees to."):
        "Un texte de consentement doit dire clairement ce que la ou le client·e accepte.",
    ("Messages", "The platform's newsletter is managed by the platform and arrives through sync."):
        "La newsletter de la plateforme est gérée par la plateforme et arrive par la synchronisation.",
    ("Consent", "Platform newsletter"): "Newsletter de la plateforme",
    ("Consent", "Health information"): "Consentement santé",  # "Consentement santé accordé / retiré"
    ("ClientDetail", "Data controller: the salon, with the platform as its processor (the platform is a "
                     "controller only for its own newsletter)."):
        "Responsable du traitement : le salon, la plateforme étant son sous-traitant (la plateforme n’est "
        "responsable que de sa propre newsletter).",
    ("ClientDetail", "Access and erasure requests for this client will be listed here."):
        "Les demandes d’accès et d’effacement de cette ou ce client·e apparaîtront ici.",
    ("ClientDetail", "Health & patch tests…"): HEALTH + "…",
    ("ClientDialog", "Move it to Health & patch tests"): "La déplacer vers " + HEALTH,
    ("ClientDialog", "This looks like health information ({words}). It belongs in Health & patch tests, which "
                     "needs the client's explicit consent, not in ordinary notes."):
        "Cela ressemble à une information de santé ({words}). Sa place est dans " + HEALTH + ", qui demande le "
        "consentement explicite de la ou du client·e, pas dans les notes ordinaires.",
    ("HealthDialog", "Health & patch tests: {name}"): HEALTH + " : {name}",
    ("HealthDialog", "The client agrees"): "La ou le client·e accepte",
    ("HealthDialog", "The client refuses"): "La ou le client·e refuse",
    ("HealthDialog", "Add patch test"): "Ajouter le test de tolérance",
    ("HealthDialog", "Patch tests"): "Tests de tolérance",
    ("HealthDialog", "New test"): "Nouveau test",
    ("Messages", "Ask the client for explicit consent to keep health information first (Health & patch tests)."):
        "Demandez d’abord à la ou au client·e son consentement explicite pour conserver des informations de santé "
        "(" + HEALTH + ").",
    ("Messages", "A patch test cannot be dated in the future."):
        "Un test de tolérance ne peut pas être daté dans le futur.",
    ("SettingsDialog", "health information and patch tests"): "informations de santé et tests de tolérance",
    ("CLI", "Deleted {tests} patch tests and {notes} health notes past retention."):
        "{tests} tests de tolérance et {notes} notes de santé supprimés (durée de conservation dépassée).",
    ("AcknowledgementDialog", "• Write only what the service needs in a note. Every note can be read by the client "
                              "if they ask for their data."):
        "• N’écrivez dans une note que ce qui sert à la prestation. La ou le client·e peut lire toutes les notes en "
        "demandant ses données.",
    ("AcknowledgementDialog", "• If a client wants to unsubscribe, record it at once: one click on the client file."):
        "• Si une ou un client·e veut se désinscrire, enregistrez-le aussitôt : un clic sur sa fiche.",
    ("ErasureCertificate", "The link between the client and their appointments."):
        "Le lien entre la ou le client·e et ses rendez-vous.",
    ("ErasureCertificate", "Past appointments ({count}), without any link to the client: the salon's activity "
                           "statistics (date, service, staff member)."):
        "Rendez-vous passés ({count}), sans aucun lien avec la ou le client·e : les statistiques d’activité du "
        "salon (date, prestation, membre de l’équipe).",

    # -- the staff acknowledgement, version 2 ----------------------------------------------------------------
    ("AcknowledgementDialog", "• Your sign-ins and the client files you open are logged. The log is kept 12 months "
                              "and used for security only."):
        "• Vos connexions et les fiches que vous ouvrez sont enregistrées. Ce journal est gardé 12 mois et ne sert "
        "qu’à la sécurité.",
    ("AcknowledgementDialog", "• Health information (allergies, pregnancy, skin conditions) goes only in Health & "
                              "patch tests, with the client's explicit consent. If you cannot open it, tell a "
                              "manager."):
        "• Les informations de santé (allergies, grossesse, état de la peau) vont uniquement dans " + HEALTH + ", "
        "avec le consentement explicite de la ou du client·e. Si vous n’y avez pas accès, prévenez un·e manager.",
    ("AcknowledgementDialog", "• Ask for marketing consent properly: show the text or ask \"Do you agree to…?\", "
                              "one question per channel, and accept \"no\" or \"later\". A booking never depends "
                              "on it."):
        "• Demandez le consentement marketing correctement : montrez le texte ou demandez « Acceptez-vous…\u00a0? », "
        "une question par canal, et acceptez « non » ou « plus tard ». Une réservation n’en dépend jamais.",
    ("AcknowledgementDialog", "• Pass any client request about their data (a copy, a deletion, an objection) to a "
                              "manager the same day: the salon must answer within one month."):
        "• Transmettez le jour même à un·e manager toute demande d’une ou d’un client·e sur ses données (une copie, "
        "un effacement, une opposition) : le salon doit répondre dans le mois.",
    ("AcknowledgementDialog", "• Report a lost or stolen PC, or any data leak, to a manager at once: the salon has "
                              "72 hours to tell the CNIL."):
        "• Signalez aussitôt à un·e manager un PC perdu ou volé, ou toute fuite de données : le salon a 72 heures "
        "pour prévenir la CNIL.",
    ("AcknowledgementDialog", "• Never copy client data to your own phone, a messaging app or photos."):
        "• Ne copiez jamais de données de la clientèle sur votre téléphone, dans une messagerie ou en photo.",
    ("AcknowledgementDialog", "• What you learn about clients stays confidential, also after you leave the salon."):
        "• Ce que vous apprenez sur la clientèle reste confidentiel, même après votre départ du salon.",

    # -- health consent, its withdrawal, patch tests ---------------------------------------------------------
    ("ClientDetail", "Withdraw the health consent…"): "Retirer le consentement santé…",
    ("HealthDialog", "Health information is sensitive data: show this text to the client, or ask \"Do you agree "
                     "that the salon keeps…?\", and record their answer. Without a yes, nothing is kept."):
        "Les informations de santé sont des données sensibles : montrez ce texte à la ou au client·e, ou demandez "
        "« Acceptez-vous que le salon conserve… ? », puis enregistrez sa réponse. Sans un oui, rien n’est conservé.",
    ("HealthDialog", "Yes, said at the desk"): "Oui, dit à l’accueil",
    ("HealthDialog", "Where the signed form is filed, e.g. health folder no. 12"):
        "Où est rangé le formulaire signé, ex. : classeur santé n° 12",
    ("HealthDialog", "Signed paper form"): "Formulaire papier signé",
    ("HealthDialog", "{date}: {product}, {result}"): "{date} : {product}, {result}",
    ("HealthSummary", "Allergy alert: yes"): "Alerte allergie : oui",
    ("HealthSummary", "Allergy alert: no"): "Alerte allergie : non",
    ("HealthSummary", "No patch test (48 h) recorded"): "Aucun test de tolérance (48 h) enregistré",
    ("HealthSummary", "Last patch test on {date} ({product}, no reaction)"):
        "Dernier test le {date} ({product}, sans réaction)",
    ("HealthSummary", "counts for this product until {date}"): "compte pour ce produit jusqu’au {date}",
    ("HealthSummary", "more than {months} months ago: test again"): "il y a plus de {months} mois : à refaire",
    ("HealthSummary", "Patch test 48 h before every colouring if the product's instructions require it."):
        "Test de tolérance 48 h avant chaque coloration si la notice l’exige.",
    ("WithdrawDialog", "At the desk"): "À l’accueil",
    ("WithdrawDialog", "By phone"): "Par téléphone",
    ("WithdrawDialog", "By email"): "Par e-mail",
    ("WithdrawDialog", "By letter"): "Par courrier",
    ("WithdrawDialog", "Withdraw the health consent"): "Retirer le consentement santé",
    ("WithdrawDialog", "{name} withdraws their consent to keep health information. Their health information will be "
                       "deleted now: the health note, the allergy alert and every patch test. The proof of the "
                       "consent and of its withdrawal is kept."):
        "{name} retire son consentement à la conservation de ses informations de santé. Elles seront supprimées "
        "maintenant : la note de santé, l’alerte allergie et tous les tests de tolérance. La preuve du consentement "
        "et de son retrait est gardée.",
    ("WithdrawDialog", "Withdraw consent"): "Retirer le consentement",
    ("WithdrawDialog", "{name} no longer wants marketing by {channel}. It stops at once."):
        "{name} ne veut plus recevoir d’offres par {channel}. Cela s’arrête tout de suite.",
    ("WithdrawDialog", "How did the client tell the salon?"): "Comment la ou le client·e l’a-t-il fait savoir ?",
    ("WithdrawDialog", "Delete the health information"): "Supprimer les informations de santé",
    ("WithdrawDialog", "Record the withdrawal"): "Enregistrer le retrait",
    ("Consent", "by email"): "par e-mail",
    ("Consent", "by letter"): "par courrier",

    # -- the consent memo and the proof ----------------------------------------------------------------------
    ("ConsentDialog", "\"Do you agree to receive our news and offers by email?\""):
        "« Acceptez-vous de recevoir nos actualités et nos offres par e-mail ? »",
    ("ConsentDialog", "\"Do you agree to receive our news and offers by text message?\""):
        "« Acceptez-vous de recevoir nos actualités et nos offres par SMS ? »",
    ("ConsentDialog", "Show {name} the text below, or ask the question. The answer is free: appointments, their "
                      "confirmations and reminders never depend on it."):
        "Montrez le texte ci-dessous à {name}, ou posez la question. La réponse est libre : les rendez-vous, leurs "
        "confirmations et leurs rappels n’en dépendent jamais.",
    ("ConsentProof", "Every consent decision recorded for this client (marketing and health), newest first, with "
                     "the exact text shown at the time and where it was shown. Each event is sealed in a hash "
                     "chain: any later change is detected by 'salon-desk verify'. Times are Paris time (UTC in "
                     "brackets)."):
        "Toutes les décisions de consentement enregistrées pour cette ou ce client·e (marketing et santé), de la "
        "plus récente à la plus ancienne, avec le texte exact présenté à ce moment-là et l’endroit où il l’a été. "
        "Chaque événement est scellé dans une chaîne d’empreintes : toute modification ultérieure est détectée par "
        "« salon-desk verify ». Heures de Paris (UTC entre parenthèses).",
    ("ConsentProof", "Text shown by the salon (version {version}, SHA-256 {sha}):"):
        "Texte présenté par le salon (version {version}, SHA-256 {sha}) :",
    ("ConsentProof", "Text shown by {source} (version {version}, SHA-256 {sha}):"):
        "Texte présenté par {source} (version {version}, SHA-256 {sha}) :",
    ("ConsentProof", "Explicit consent given aloud at the desk, recorded by the staff member named above."):
        "Consentement explicite donné de vive voix à l’accueil, enregistré par le membre de l’équipe indiqué "
        "ci-dessus.",
    ("ConsentProof", "Explicit consent on a signed paper form, filed under: {evidence}"):
        "Consentement explicite sur formulaire papier signé, rangé : {evidence}",

    # -- owner settings --------------------------------------------------------------------------------------
    ("Settings", "Quiet period after a refusal (days)"): "Pause après un refus (jours)",
    ("Settings", "Patch test validity (months, 0: before every colouring)"):
        "Validité d’un test de tolérance (mois, 0 : avant chaque coloration)",
    ("Settings", "Legal name (company name)"): "Raison sociale",
    ("Settings", "How the texts name the salon"): "Nom du salon dans les textes",
    ("Settings", "Where clients read the privacy notice"): "Où lire la politique de confidentialité",
    ("Settings", "Where clients exercise their rights"): "Où exercer ses droits",
    ("SettingsDialog", "After a refusal, do not ask about consent again for"):
        "Après un refus, ne pas redemander le consentement avant",
    ("SettingsDialog", "Access and desk"): "Accès et accueil",
    ("SettingsDialog", "Salon in the consent texts"): "Le salon dans les textes",
    ("SettingsDialog", "Patch tests"): "Tests de tolérance",
    ("IdentityPage", "Legal name"): "Raison sociale",
    ("IdentityPage", "e.g. SARL Lumière"): "ex. : SARL Lumière",
    ("IdentityPage", "The texts say"): "Les textes disent",
    ("IdentityPage", "e.g. le salon Marie Coiffure"): "ex. : le salon Marie Coiffure",
    ("IdentityPage", "Privacy notice"): "Politique de confidentialité",
    ("IdentityPage", "e.g. displayed at the desk and on our website"): "ex. : affichée à l’accueil et sur notre site",
    ("IdentityPage", "Rights requests"): "Exercice des droits",
    ("IdentityPage", "e.g. at the desk or contact@salon.fr"): "ex. : à l’accueil ou à contact@salon.fr",
    ("IdentityPage", "The consent texts name the salon as data controller (legal name, trade name, address), say "
                     "where the privacy notice is and how clients exercise their rights. A change makes a new "
                     "version of each text; past answers keep the version the client saw."):
        "Les textes de consentement désignent le salon comme responsable du traitement (raison sociale, nom "
        "commercial, adresse), disent où lire la politique de confidentialité et comment exercer ses droits. Une "
        "modification crée une nouvelle version de chaque texte ; les réponses passées gardent la version vue par "
        "la ou le client·e.",
    ("PatchTestPage", "Product, e.g. Majirel"): "Produit, ex. : Majirel",
    ("PatchTestPage", "before every colouring"): "avant chaque coloration",
    ("PatchTestPage", " months"): " mois",
    ("PatchTestPage", "Set"): "Définir",
    ("PatchTestPage", "How long a patch test without reaction counts for each product, as its instructions say. "
                      "Products not listed need a test 48 h before every colouring."):
        "Combien de temps un test de tolérance sans réaction compte pour chaque produit, selon sa notice. Les "
        "produits absents de la liste demandent un test 48 h avant chaque coloration.",
    ("PatchTestPage", "%n month(s)"): ("%n mois", "%n mois"),
    ("PasswordReminder", "Your owner password is more than a year old. Your account opens every client file and "
                         "every setting: choose a new password now?"):
        "Votre mot de passe de gérant·e a plus d’un an. Votre compte ouvre toutes les fiches et tous les réglages : "
        "choisir un nouveau mot de passe maintenant ?",
    ("Retention", "24 hours: failed sign-ins keep counting across locks"):
        "24 heures : les échecs de connexion continuent de compter d’un blocage à l’autre",

    # -- messages ----------------------------------------------------------------------------------------------
    ("Messages", "This account is locked after 10 failed attempts. Try again in {minutes} minutes, or ask a manager "
                 "or the owner to unlock it."):
        "Ce compte est bloqué après 10 essais infructueux. Réessayez dans {minutes} minutes, ou demandez à un·e "
        "manager ou à la ou au gérant·e de le débloquer.",
    ("Messages", "This account is locked after 20 failed attempts in 24 hours. Only a manager or the owner can "
                 "unlock it."):
        "Ce compte est bloqué après 20 essais infructueux en 24 heures. Seul·e un·e manager ou la ou le gérant·e "
        "peut le débloquer.",
    ("Messages", "This setting is limited to {limit} characters."): "Ce réglage est limité à {limit} caractères.",
    ("Messages", "After a refusal the salon waits at least 180 days before asking again (at most 730)."):
        "Après un refus, le salon attend au moins 180 jours avant de redemander (730 au plus).",
    ("Messages", "A patch test's validity is 0 (before every colouring) to 24 months."):
        "La validité d’un test de tolérance va de 0 (avant chaque coloration) à 24 mois.",
    ("Messages", "Name the product."): "Indiquez le produit.",
    ("Messages", "A signed health form needs its reference (where the signed paper is filed)."):
        "Un formulaire santé signé demande sa référence (où le papier signé est rangé).",
    ("Messages", "An online or marketplace grant needs the text that form or platform showed: register it for "
                 "{source} (salon-desk consent text --source), then give its version. The salon's own wording was "
                 "never shown there."):
        "Un consentement en ligne ou sur une plateforme doit indiquer le texte que ce formulaire ou cette plateforme "
        "a présenté : enregistrez-le pour {source} (salon-desk consent text --source), puis donnez sa version. Le "
        "texte du salon n’y a jamais été présenté.",
    ("Messages", "This text version was shown by {source}: a grant at the desk, by phone or on paper uses the "
                 "salon's own wording."):
        "Cette version du texte a été présentée par {source} : un consentement à l’accueil, par téléphone ou sur "
        "papier utilise le texte du salon.",
    ("Messages", "Name the online form or platform in 1 to 60 characters (for example: widget, treatwell)."):
        "Nommez le formulaire en ligne ou la plateforme en 1 à 60 caractères (par exemple : widget, treatwell).",
    ("Messages", "This client has no email address: add one before recording email consent."):
        "Cette ou ce client·e n’a pas d’adresse e-mail : ajoutez-en une avant d’enregistrer un consentement "
        "par e-mail.",
    ("Messages", "This client has no mobile number: SMS consent needs a number that can receive text messages."):
        "Cette ou ce client·e n’a pas de numéro de portable : un consentement SMS demande un numéro qui reçoit "
        "les SMS.",
    ("Messages", "No {channel} consent text is registered for {source}."):
        "Aucun texte de consentement {channel} n’est enregistré pour {source}.",
    ("Messages", "A patch test needs the product and a result (no reaction, reaction or doubtful)."):
        "Un test de tolérance indique le produit et un résultat (sans réaction, réaction ou douteux).",
    ("Messages", "These notes look like health information. Health information is not kept in ordinary notes: move "
                 "it to Health & patch tests (with the client's explicit consent), or confirm that it is not health "
                 "information (salon-desk: --not-health). Nothing was saved."):
        "Ces notes ressemblent à des informations de santé, qui ne se gardent pas dans les notes ordinaires : "
        "déplacez-les vers " + HEALTH + " (avec le consentement explicite de la ou du client·e), ou confirmez que "
        "ce ne sont pas des informations de santé (salon-desk : --not-health). Rien n’a été enregistré.",
    ("Messages", "An online or marketplace grant needs --text-version: the version of the text registered for its "
                 "--source (salon-desk consent text --source S --set-from FILE)."):
        "Un consentement en ligne ou sur une plateforme demande --text-version : la version du texte enregistré "
        "pour sa --source (salon-desk consent text --source S --set-from FICHIER).",
    ("Messages", "This password is too easy to guess."): "Ce mot de passe est trop facile à deviner.",
    ("Messages", "The upgrade stopped: the {ledger} fails its check, and re-sealing it would hide that. Nothing was "
                 "changed; restore a backup or keep using the previous version."):
        "La mise à jour s’est arrêtée : le {ledger} ne passe pas sa vérification, et le resceller le masquerait. "
        "Rien n’a été modifié ; restaurez une sauvegarde ou continuez avec la version précédente.",
    ("ClientDialog", "This is not health information: keep it in the notes"):
        "Ce n’est pas une information de santé : la garder dans les notes",
    ("ClientDialog", "This looks like health information ({words}). It cannot stay in ordinary notes, and your role "
                     "cannot open Health & patch tests: tell a manager, who will move it with the client's consent. "
                     "The text stays here in the meantime."):
        "Cela ressemble à une information de santé ({words}). Elle ne peut pas rester dans les notes ordinaires, et "
        "votre rôle n’ouvre pas " + HEALTH + " : prévenez un·e manager, qui la déplacera avec le consentement de la "
        "ou du client·e. Le texte reste ici en attendant.",

    # -- zxcvbn's advice ---------------------------------------------------------------------------------------
    ("PasswordAdvice", "Use a few words, avoid common phrases."): "Prenez quelques mots, évitez les expressions courantes.",
    ("PasswordAdvice", "No need for symbols, digits, or uppercase letters."):
        "Inutile d’ajouter des symboles, des chiffres ou des majuscules.",
    ("PasswordAdvice", "Add another word or two. Uncommon words are better."):
        "Ajoutez un ou deux mots. Les mots peu courants sont les meilleurs.",
    ("PasswordAdvice", "Straight rows of keys are easy to guess."): "Les touches alignées sont faciles à deviner.",
    ("PasswordAdvice", "Short keyboard patterns are easy to guess."):
        "Les petits motifs sur le clavier sont faciles à deviner.",
    ("PasswordAdvice", "Use a longer keyboard pattern with more turns."):
        "Prenez un motif de clavier plus long, avec plus de changements de direction.",
    ("PasswordAdvice", 'Repeats like "aaa" are easy to guess.'): "Les répétitions comme « aaa » sont faciles à deviner.",
    ("PasswordAdvice", 'Repeats like "abcabcabc" are only slightly harder to guess than "abc".'):
        "Les répétitions comme « abcabcabc » sont à peine plus difficiles à deviner que « abc ».",
    ("PasswordAdvice", "Avoid repeated words and characters."): "Évitez les mots et les caractères répétés.",
    ("PasswordAdvice", 'Sequences like "abc" or "6543" are easy to guess.'):
        "Les suites comme « abc » ou « 6543 » sont faciles à deviner.",
    ("PasswordAdvice", "Avoid sequences."): "Évitez les suites.",
    ("PasswordAdvice", "Recent years are easy to guess."): "Les années récentes sont faciles à deviner.",
    ("PasswordAdvice", "Avoid recent years."): "Évitez les années récentes.",
    ("PasswordAdvice", "Avoid years that are associated with you."): "Évitez les années qui vous concernent.",
    ("PasswordAdvice", "Dates are often easy to guess."): "Les dates sont souvent faciles à deviner.",
    ("PasswordAdvice", "Avoid dates and years that are associated with you."):
        "Évitez les dates et les années qui vous concernent.",
    ("PasswordAdvice", "This is a top-10 common password."): "C’est l’un des 10 mots de passe les plus courants.",
    ("PasswordAdvice", "This is a top-100 common password."): "C’est l’un des 100 mots de passe les plus courants.",
    ("PasswordAdvice", "This is a very common password."): "C’est un mot de passe très courant.",
    ("PasswordAdvice", "This is similar to a commonly used password."):
        "Il ressemble à un mot de passe très utilisé.",
    ("PasswordAdvice", "A word by itself is easy to guess."): "Un mot seul est facile à deviner.",
    ("PasswordAdvice", "Names and surnames by themselves are easy to guess."):
        "Un prénom ou un nom seul est facile à deviner.",
    ("PasswordAdvice", "Common names and surnames are easy to guess."):
        "Les prénoms et les noms courants sont faciles à deviner.",
    ("PasswordAdvice", "Capitalization doesn't help very much."): "Les majuscules n’aident pas beaucoup.",
    ("PasswordAdvice", "All-uppercase is almost as easy to guess as all-lowercase."):
        "Tout en majuscules est presque aussi facile à deviner que tout en minuscules.",
    ("PasswordAdvice", "Reversed words aren't much harder to guess."):
        "Un mot écrit à l’envers n’est guère plus difficile à deviner.",
    ("PasswordAdvice", "Predictable substitutions like '@' instead of 'a' don't help very much."):
        "Les remplacements prévisibles, comme « @ » pour « a », n’aident pas beaucoup.",
    ("PasswordAdvice", "Common French words are easy to guess."): "Les mots français courants sont faciles à deviner.",
    ("PasswordAdvice", "Salon words and beauty brands are easy to guess."):
        "Les mots du salon et les marques de beauté sont faciles à deviner.",
    ("PasswordAdvice", "The salon's name and your own names are easy to guess."):
        "Le nom du salon et vos propres nom et prénom sont faciles à deviner.",
}

# English plural forms (lupdate -pluralonly).
EN: dict[tuple[str, str], tuple[str, str]] = {
    ("PatchTestPage", "%n month(s)"): ("%n month", "%n months"),
}
