<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
<context>
    <name>AboutDialog</name>
    <message>
        <source>BSD-style (SQLCipher), zlib (sqlcipher3)</source>
        <translation>Type BSD (SQLCipher), zlib (sqlcipher3)</translation>
    </message>
    <message>
        <source>Bitstream Vera licence, DejaVu changes in the public domain</source>
        <translation>Licence Bitstream Vera, modifications DejaVu dans le domaine public</translation>
    </message>
    <message>
        <source>Free for any use (George Douros)</source>
        <translation>Libre pour tout usage (George Douros)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>About Salon Desk…</source>
        <translation>À propos de Salon Desk…</translation>
    </message>
    <message>
        <source>About Salon Desk</source>
        <translation>À propos de Salon Desk</translation>
    </message>
    <message>
        <source>&lt;b&gt;Salon Desk&lt;/b&gt; version {version}</source>
        <translation>&lt;b&gt;Salon Desk&lt;/b&gt; version {version}</translation>
    </message>
    <message>
        <source>Clients, appointments and consent for small salons. The salon's data stays on this computer, encrypted.</source>
        <translation>Clients, rendez-vous et consentements pour les petits salons. Les données du salon restent sur cet ordinateur, chiffrées.</translation>
    </message>
    <message>
        <source>Bundled software and licences</source>
        <translation>Logiciels inclus et licences</translation>
    </message>
    <message>
        <source>Version {version} is ready. It will be installed the next time Salon Desk starts, after a copy of the salon's database.</source>
        <translation>La version {version} est prête. Elle sera installée au prochain démarrage de Salon Desk, après une copie de la base du salon.</translation>
    </message>
    <message>
        <source>What's new:</source>
        <translation>Nouveautés :</translation>
    </message>
    <message>
        <source>The last update was refused: its signed data did not verify (altered, older than what this computer has seen, or expired). This version stays in place.</source>
        <translation>La dernière mise à jour a été refusée : ses données signées n’ont pas passé la vérification (modifiées, plus anciennes que celles déjà vues par cet ordinateur, ou expirées). Cette version reste en place.</translation>
    </message>
    <message>
        <source>Automatic updates are on: Salon Desk checks once a day and installs a new version when it next starts.</source>
        <translation>Mises à jour automatiques activées : Salon Desk vérifie une fois par jour et installe une nouvelle version au démarrage suivant.</translation>
    </message>
    <message>
        <source>Automatic updates are turned off on this computer.</source>
        <translation>Les mises à jour automatiques sont désactivées sur cet ordinateur.</translation>
    </message>
    <message>
        <source>This copy runs from source code: it is updated with git, not automatically.</source>
        <translation>Cette copie tourne depuis le code source : elle se met à jour avec git, pas automatiquement.</translation>
    </message>
    <message>
        <source>This build has no update repository: install new versions by hand.</source>
        <translation>Cette version n’a pas de dépôt de mises à jour : installez les nouvelles versions vous-même.</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Composant</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Qt and PySide6 are used under the GNU LGPL version 3: you may replace the Qt libraries in the app folder with your own build.</source>
        <translation>Qt et PySide6 sont utilisés sous la licence GNU LGPL version 3 : vous pouvez remplacer les bibliothèques Qt du dossier de l’application par votre propre version.</translation>
    </message>
</context>
<context>
    <name>AccessReport</name>
    <message>
        <source>Your personal data at {salon}</source>
        <translation>Vos données personnelles chez {salon}</translation>
    </message>
    <message>
        <source>You asked what {salon} holds about you. This document answers under Article 15 of the General Data Protection Regulation (GDPR): it lists all the data the salon keeps about you, why, where it came from, who receives it, how long it is kept, and your rights. It is free of charge.</source>
        <translation>Vous avez demandé quelles données {salon} conserve sur vous. Ce document vous répond au titre de l’article 15 du Règlement général sur la protection des données (RGPD) : il présente toutes les données que le salon conserve sur vous, pourquoi, d’où elles viennent, qui les reçoit, combien de temps elles sont gardées, et vos droits. Il est gratuit.</translation>
    </message>
    <message>
        <source>Who is responsible for your data</source>
        <translation>Qui est responsable de vos données</translation>
    </message>
    <message>
        <source>{salon} is the data controller.</source>
        <translation>{salon} est responsable du traitement.</translation>
    </message>
    <message>
        <source>Address: {address} · Phone: {phone} · Email: {email}</source>
        <translation>Adresse : {address} · Téléphone : {phone} · Email : {email}</translation>
    </message>
    <message>
        <source>Why the salon uses your data, and on what legal basis</source>
        <translation>Pourquoi le salon utilise vos données, et sur quelle base légale</translation>
    </message>
    <message>
        <source>Your appointments and client file</source>
        <translation>Vos rendez-vous et votre fiche client·e</translation>
    </message>
    <message>
        <source>To provide the services you book (contract, Art. 6(1)(b))</source>
        <translation>Pour réaliser les prestations que vous réservez (contrat, art. 6.1.b)</translation>
    </message>
    <message>
        <source>identity, contact, appointments, notes</source>
        <translation>identité, coordonnées, rendez-vous, notes</translation>
    </message>
    <message>
        <source>Security of your file</source>
        <translation>Sécurité de votre fiche</translation>
    </message>
    <message>
        <source>Keeping your data safe: who opened your file and when (legal obligation and legitimate interest, Art. 6(1)(c) and (f))</source>
        <translation>Protéger vos données : qui a ouvert votre fiche et quand (obligation légale et intérêt légitime, art. 6.1.c et f)</translation>
    </message>
    <message>
        <source>dates of consultation</source>
        <translation>dates de consultation</translation>
    </message>
    <message>
        <source>News and offers by email or SMS</source>
        <translation>Nouvelles et offres par email ou SMS</translation>
    </message>
    <message>
        <source>Only with your consent, channel by channel (Art. 6(1)(a)); you can withdraw it at any time</source>
        <translation>Seulement avec votre consentement, canal par canal (art. 6.1.a) ; vous pouvez le retirer à tout moment</translation>
    </message>
    <message>
        <source>email address, mobile number</source>
        <translation>adresse email, numéro de portable</translation>
    </message>
    <message>
        <source>Allergies and patch tests</source>
        <translation>Allergies et tests de tolérance</translation>
    </message>
    <message>
        <source>Only with your explicit consent (Art. 9(2)(a)), to keep you safe during treatments</source>
        <translation>Seulement avec votre consentement explicite (art. 9.2.a), pour votre sécurité pendant les soins</translation>
    </message>
    <message>
        <source>health information</source>
        <translation>informations de santé</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Finalité</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Base légale</translation>
    </message>
    <message>
        <source>Data used</source>
        <translation>Données utilisées</translation>
    </message>
    <message>
        <source>All the data the salon holds about you</source>
        <translation>Toutes les données que le salon conserve sur vous</translation>
    </message>
    <message>
        <source>Identity and contact</source>
        <translation>Identité et coordonnées</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Client since</source>
        <translation>Client·e depuis le</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <source>Client number</source>
        <translation>Numéro de client·e</translation>
    </message>
    <message>
        <source>Notes the salon wrote about you</source>
        <translation>Notes écrites par le salon à votre sujet</translation>
    </message>
    <message>
        <source>These notes are shown to you as written by the staff.</source>
        <translation>Ces notes vous sont montrées telles que l’équipe les a écrites.</translation>
    </message>
    <message>
        <source>No notes.</source>
        <translation>Aucune note.</translation>
    </message>
    <message>
        <source>Your appointments ({count})</source>
        <translation>Vos rendez-vous ({count})</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Prestation</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Avec</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>booked</source>
        <translation>réservé</translation>
    </message>
    <message>
        <source>done</source>
        <translation>réalisé</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>non honoré</translation>
    </message>
    <message>
        <source>No appointments.</source>
        <translation>Aucun rendez-vous.</translation>
    </message>
    <message>
        <source>Health information (kept apart, with your explicit consent)</source>
        <translation>Informations de santé (à part, avec votre consentement explicite)</translation>
    </message>
    <message>
        <source>Allergy alert: {value}</source>
        <translation>Alerte allergie : {value}</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Patch test on {date}: {product}, result {result} (by {staff})</source>
        <translation>Test de tolérance du {date} : {product}, résultat {result} (par {staff})</translation>
    </message>
    <message>
        <source>The salon keeps no health information about you.</source>
        <translation>Le salon ne conserve aucune information de santé sur vous.</translation>
    </message>
    <message>
        <source>Your consent decisions, with the exact text you were shown</source>
        <translation>Vos choix de consentement, avec le texte exact qui vous a été présenté</translation>
    </message>
    <message>
        <source>{date}: {channel}, {decision} ({method})</source>
        <translation>{date} : {channel}, {decision} ({method})</translation>
    </message>
    <message>
        <source>Text shown (version {version}):</source>
        <translation>Texte présenté (version {version}) :</translation>
    </message>
    <message>
        <source>No consent decision is recorded.</source>
        <translation>Aucun choix de consentement n’est enregistré.</translation>
    </message>
    <message>
        <source>Your requests about your data</source>
        <translation>Vos demandes concernant vos données</translation>
    </message>
    <message>
        <source>{date}: {kind}, status {status}</source>
        <translation>{date} : {kind}, statut {status}</translation>
    </message>
    <message>
        <source>Other records about you</source>
        <translation>Autres enregistrements vous concernant</translation>
    </message>
    <message>
        <source>Where your data came from</source>
        <translation>D’où viennent vos données</translation>
    </message>
    <message>
        <source>From you, at the salon or by phone.</source>
        <translation>De vous, au salon ou par téléphone.</translation>
    </message>
    <message>
        <source>From you, through the booking button on the salon's website (run by the booking platform).</source>
        <translation>De vous, par le bouton de réservation du site du salon (géré par la plateforme de réservation).</translation>
    </message>
    <message>
        <source>From you, through the booking platform's marketplace.</source>
        <translation>De vous, par la place de marché de la plateforme de réservation.</translation>
    </message>
    <message>
        <source>From the salon's previous software, imported into Salon Desk.</source>
        <translation>Du précédent logiciel du salon, importées dans Salon Desk.</translation>
    </message>
    <message>
        <source>Who receives your data</source>
        <translation>Qui reçoit vos données</translation>
    </message>
    <message>
        <source>Your data is kept encrypted on the salon's own computer and seen only by the salon's staff, each with a personal login; staff see only what their role needs. When the salon uses the Salon Desk cloud service to share its appointment book between computers, that service keeps a copy on the salon's behalf (processor). It is never sold or given to advertisers.</source>
        <translation>Vos données sont chiffrées sur l’ordinateur du salon et vues seulement par l’équipe du salon, chacun avec son identifiant personnel ; chacun ne voit que ce dont son rôle a besoin. Quand le salon utilise le service en ligne de Salon Desk pour partager son agenda entre ordinateurs, ce service en garde une copie pour le compte du salon (sous-traitant). Elles ne sont jamais vendues ni données à des annonceurs.</translation>
    </message>
    <message>
        <source>The booking platform you used also holds the data you gave it, as a controller of its own: ask it directly for its copy.</source>
        <translation>La plateforme de réservation que vous avez utilisée conserve aussi les données que vous lui avez données, en tant que responsable de traitement : demandez-lui directement sa copie.</translation>
    </message>
    <message>
        <source>How long your data is kept</source>
        <translation>Combien de temps vos données sont gardées</translation>
    </message>
    <message>
        <source>Your rights</source>
        <translation>Vos droits</translation>
    </message>
    <message>
        <source>You may ask the salon at any time, free of charge, to correct your data, to erase it, to restrict its use, to receive the data you gave in a reusable file, and to object to marketing; you may withdraw any consent at any time, as easily as you gave it. The salon answers within one month. If you are not satisfied, you may complain to the CNIL (Commission nationale de l'informatique et des libertés, 3 place de Fontenoy, TSA 80715, 75334 Paris Cedex 07, www.cnil.fr).</source>
        <translation>Vous pouvez demander au salon à tout moment, gratuitement, de corriger vos données, de les effacer, d’en limiter l’usage, de recevoir les données que vous avez données dans un fichier réutilisable, et de vous opposer à la prospection ; vous pouvez retirer tout consentement à tout moment, aussi simplement que vous l’avez donné. Le salon vous répond sous un mois. Si vous n’êtes pas satisfait·e, vous pouvez adresser une réclamation à la CNIL (Commission nationale de l’informatique et des libertés, 3 place de Fontenoy, TSA 80715, 75334 Paris Cedex 07, www.cnil.fr).</translation>
    </message>
    <message>
        <source>Automated decisions</source>
        <translation>Décisions automatisées</translation>
    </message>
    <message>
        <source>No decision about you is made automatically, and no profile is built.</source>
        <translation>Aucune décision vous concernant n’est prise automatiquement, et aucun profil n’est établi.</translation>
    </message>
    <message>
        <source>When your file was consulted, and why</source>
        <translation>Quand votre fiche a été consultée, et pourquoi</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>file opened</source>
        <translation>fiche ouverte</translation>
    </message>
    <message>
        <source>file changed</source>
        <translation>fiche modifiée</translation>
    </message>
    <message>
        <source>file created</source>
        <translation>fiche créée</translation>
    </message>
    <message>
        <source>health section opened</source>
        <translation>section santé ouverte</translation>
    </message>
    <message>
        <source>exported</source>
        <translation>exportée</translation>
    </message>
    <message>
        <source>consent recorded</source>
        <translation>consentement enregistré</translation>
    </message>
    <message>
        <source>health note saved</source>
        <translation>note de santé enregistrée</translation>
    </message>
    <message>
        <source>patch test recorded</source>
        <translation>test de tolérance enregistré</translation>
    </message>
    <message>
        <source>notes checked: no health information</source>
        <translation>notes vérifiées : aucune information de santé</translation>
    </message>
    <message>
        <source>request logged</source>
        <translation>demande enregistrée</translation>
    </message>
    <message>
        <source>open</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>clôturée</translation>
    </message>
    <message>
        <source>your appointment or client file</source>
        <translation>votre rendez-vous ou votre fiche</translation>
    </message>
    <message>
        <source>the salon's records</source>
        <translation>la tenue des dossiers du salon</translation>
    </message>
    <message>
        <source>proof of your consent</source>
        <translation>la preuve de votre consentement</translation>
    </message>
    <message>
        <source>your consent status</source>
        <translation>l’état de votre consentement</translation>
    </message>
    <message>
        <source>this report</source>
        <translation>ce document</translation>
    </message>
    <message>
        <source>a copy of your data for you</source>
        <translation>une copie de vos données pour vous</translation>
    </message>
    <message>
        <source>{salon} · access report · page {page} · generated on {date} · fingerprint {fingerprint}</source>
        <translation>{salon} · réponse à votre demande d’accès · page {page} · établie le {date} · empreinte {fingerprint}</translation>
    </message>
    <message>
        <source>Client file</source>
        <translation>Fiche client·e</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <source>Consent decisions</source>
        <translation>Choix de consentement</translation>
    </message>
    <message>
        <source>Consent reminders</source>
        <translation>Rappels de consentement</translation>
    </message>
    <message>
        <source>Health information</source>
        <translation>Informations de santé</translation>
    </message>
    <message>
        <source>Patch tests</source>
        <translation>Tests de tolérance</translation>
    </message>
    <message>
        <source>Your requests</source>
        <translation>Vos demandes</translation>
    </message>
    <message>
        <source>Imports from a file</source>
        <translation>Imports depuis un fichier</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
</context>
<context>
    <name>AcknowledgeDialog</name>
    <message>
        <source>The salon's data file has changed</source>
        <translation>Le fichier de données du salon a changé</translation>
    </message>
    <message>
        <source>If this file is the one to keep, the owner signs in here to accept it. Otherwise, quit and restore the most recent backup.</source>
        <translation>Si c’est bien ce fichier qu’il faut garder, le ou la propriétaire se connecte ici pour l’accepter. Sinon, quittez et restaurez la sauvegarde la plus récente.</translation>
    </message>
    <message>
        <source>Owner's login</source>
        <translation>Identifiant du ou de la propriétaire</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Accept this file</source>
        <translation>Accepter ce fichier</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
</context>
<context>
    <name>AcknowledgementDialog</name>
    <message>
        <source>Your responsibilities with client data</source>
        <translation>Vos responsabilités envers les données clients</translation>
    </message>
    <message>
        <source>Before you start</source>
        <translation>Avant de commencer</translation>
    </message>
    <message>
        <source>• Your login is personal. Never share it, and lock the screen (Ctrl+L) when you step away.</source>
        <translation>• Votre identifiant est personnel. Ne le partagez jamais, et verrouillez l’écran (Ctrl+L) quand vous vous éloignez.</translation>
    </message>
    <message>
        <source>• Your sign-ins and the client files you open are logged. The log is kept 12 months and used for security only.</source>
        <translation>• Vos connexions et les fiches que vous ouvrez sont enregistrées. Ce journal est gardé 12 mois et ne sert qu’à la sécurité.</translation>
    </message>
    <message>
        <source>• Write only what the service needs in a note. Every note can be read by the client if they ask for their data.</source>
        <translation>• N’écrivez dans une note que ce qui sert à la prestation. La ou le client·e peut lire toutes les notes en demandant ses données.</translation>
    </message>
    <message>
        <source>• Never write a payment card number anywhere. Salon Desk refuses them.</source>
        <translation>• N’écrivez jamais un numéro de carte bancaire, nulle part. Salon Desk les refuse.</translation>
    </message>
    <message>
        <source>• Health information (allergies, pregnancy, skin conditions) goes only in Health &amp; patch tests, with the client's explicit consent. If you cannot open it, tell a manager.</source>
        <translation>• Les informations de santé (allergies, grossesse, état de la peau) vont uniquement dans Santé et tests de tolérance, avec le consentement explicite de la ou du client·e. Si vous n’y avez pas accès, prévenez un·e manager.</translation>
    </message>
    <message>
        <source>• Ask for marketing consent properly: show the text or ask "Do you agree to…?", one question per channel, and accept "no" or "later". A booking never depends on it.</source>
        <translation>• Demandez le consentement marketing correctement : montrez le texte ou demandez « Acceptez-vous… ? », une question par canal, et acceptez « non » ou « plus tard ». Une réservation n’en dépend jamais.</translation>
    </message>
    <message>
        <source>• If a client wants to unsubscribe, record it at once: one click on the client file.</source>
        <translation>• Si une ou un client·e veut se désinscrire, enregistrez-le aussitôt : un clic sur sa fiche.</translation>
    </message>
    <message>
        <source>• Pass any client request about their data (a copy, a deletion, an objection) to a manager the same day: the salon must answer within one month.</source>
        <translation>• Transmettez le jour même à un·e manager toute demande d’une ou d’un client·e sur ses données (une copie, un effacement, une opposition) : le salon doit répondre dans le mois.</translation>
    </message>
    <message>
        <source>• Report a lost or stolen PC, or any data leak, to a manager at once: the salon has 72 hours to tell the CNIL.</source>
        <translation>• Signalez aussitôt à un·e manager un PC perdu ou volé, ou toute fuite de données : le salon a 72 heures pour prévenir la CNIL.</translation>
    </message>
    <message>
        <source>• Never copy client data to your own phone, a messaging app or photos.</source>
        <translation>• Ne copiez jamais de données de la clientèle sur votre téléphone, dans une messagerie ou en photo.</translation>
    </message>
    <message>
        <source>• What you learn about clients stays confidential, also after you leave the salon.</source>
        <translation>• Ce que vous apprenez sur la clientèle reste confidentiel, même après votre départ du salon.</translation>
    </message>
    <message>
        <source>I have read these rules and will follow them</source>
        <translation>J’ai lu ces règles et je les appliquerai</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
</context>
<context>
    <name>AddStaffDialog</name>
    <message>
        <source>Add a staff member</source>
        <translation>Ajouter un membre de l’équipe</translation>
    </message>
    <message>
        <source>Léa Bernard</source>
        <translation>Léa Bernard</translation>
    </message>
    <message>
        <source>lea</source>
        <translation>lea</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;Login</source>
        <translation>&amp;Identifiant</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rôle</translation>
    </message>
</context>
<context>
    <name>AppointmentDialog</name>
    <message>
        <source>Appointment</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <source>The confirmation is a service message: it never needs marketing consent.</source>
        <translation>La confirmation est un message de service : elle ne demande jamais de consentement marketing.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Honoré</translation>
    </message>
    <message>
        <source>(client erased)</source>
        <translation>(fiche effacée)</translation>
    </message>
    <message>
        <source>{name} ({minutes} min)</source>
        <translation>{name} ({minutes} min)</translation>
    </message>
    <message>
        <source>{name} (archived)</source>
        <translation>{name} (archivée)</translation>
    </message>
    <message>
        <source>A short note for the team (never a card number)</source>
        <translation>Une courte note pour l’équipe (jamais de numéro de carte)</translation>
    </message>
    <message>
        <source>Save the changes</source>
        <translation>Enregistrer les modifications</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>&amp;Service</source>
        <translation>&amp;Prestation</translation>
    </message>
    <message>
        <source>&amp;With</source>
        <translation>&amp;Avec</translation>
    </message>
    <message>
        <source>S&amp;tart</source>
        <translation>&amp;Début</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Non honoré</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Réservé</translation>
    </message>
    <message>
        <source>Confirmation (PDF)…</source>
        <translation>Confirmation (PDF)…</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Change it anyway, even if it overlaps another appointment</source>
        <translation>Modifier quand même, même si cela chevauche un autre rendez-vous</translation>
    </message>
    <message>
        <source>Change it anyway, even though the salon is closed or the person is away</source>
        <translation>Modifier quand même, bien que le salon soit fermé ou la personne absente</translation>
    </message>
    <message>
        <source>Change it anyway: I am recording a past appointment</source>
        <translation>Modifier quand même : j’enregistre un rendez-vous passé</translation>
    </message>
    <message>
        <source>Save the confirmation</source>
        <translation>Enregistrer la confirmation</translation>
    </message>
    <message>
        <source>confirmation.pdf</source>
        <translation>confirmation-rendez-vous.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Preparing the confirmation…</source>
        <translation>Préparation de la confirmation…</translation>
    </message>
</context>
<context>
    <name>AuditActions</name>
    <message>
        <source>Account locked</source>
        <translation>Compte bloqué</translation>
    </message>
    <message>
        <source>Account unlocked</source>
        <translation>Compte débloqué</translation>
    </message>
    <message>
        <source>Appointment booked</source>
        <translation>Rendez-vous réservé</translation>
    </message>
    <message>
        <source>Appointment moved</source>
        <translation>Rendez-vous déplacé</translation>
    </message>
    <message>
        <source>Appointment status changed</source>
        <translation>Statut d’un rendez-vous modifié</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Sauvegarde échouée</translation>
    </message>
    <message>
        <source>Backup made and verified</source>
        <translation>Sauvegarde faite et vérifiée</translation>
    </message>
    <message>
        <source>Restore of a backup prepared</source>
        <translation>Restauration d’une sauvegarde préparée</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Sauvegarde restaurée</translation>
    </message>
    <message>
        <source>Backup folder or rotation changed</source>
        <translation>Dossier ou renouvellement des sauvegardes modifié</translation>
    </message>
    <message>
        <source>Client file created</source>
        <translation>Fiche client créée</translation>
    </message>
    <message>
        <source>Client file edited</source>
        <translation>Fiche client modifiée</translation>
    </message>
    <message>
        <source>Clients imported from a file</source>
        <translation>Clients importés depuis un fichier</translation>
    </message>
    <message>
        <source>Client file viewed</source>
        <translation>Fiche client consultée</translation>
    </message>
    <message>
        <source>Confirmation printed</source>
        <translation>Confirmation imprimée</translation>
    </message>
    <message>
        <source>Consent decision recorded</source>
        <translation>Décision de consentement enregistrée</translation>
    </message>
    <message>
        <source>Consent wording edited</source>
        <translation>Texte de consentement modifié</translation>
    </message>
    <message>
        <source>Erasure applied again after a restore</source>
        <translation>Effacement appliqué de nouveau après une restauration</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>GDPR page acknowledged</source>
        <translation>Page RGPD lue et acceptée</translation>
    </message>
    <message>
        <source>Health note saved</source>
        <translation>Note de santé enregistrée</translation>
    </message>
    <message>
        <source>Old health data deleted</source>
        <translation>Anciennes données de santé supprimées</translation>
    </message>
    <message>
        <source>Health section viewed</source>
        <translation>Section santé consultée</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Échec de connexion</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Sign-in refused: account deactivated</source>
        <translation>Connexion refusée : compte désactivé</translation>
    </message>
    <message>
        <source>Sign-in refused: account locked</source>
        <translation>Connexion refusée : compte bloqué</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Mot de passe modifié</translation>
    </message>
    <message>
        <source>Password protection updated</source>
        <translation>Protection du mot de passe mise à jour</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>Mot de passe réinitialisé</translation>
    </message>
    <message>
        <source>Patch test added</source>
        <translation>Test d’allergie ajouté</translation>
    </message>
    <message>
        <source>Password confirmation failed</source>
        <translation>Échec de la confirmation du mot de passe</translation>
    </message>
    <message>
        <source>Recovery code used</source>
        <translation>Code de secours utilisé</translation>
    </message>
    <message>
        <source>Role changed</source>
        <translation>Rôle modifié</translation>
    </message>
    <message>
        <source>Salon created</source>
        <translation>Salon créé</translation>
    </message>
    <message>
        <source>Service added</source>
        <translation>Prestation ajoutée</translation>
    </message>
    <message>
        <source>Setting changed</source>
        <translation>Réglage modifié</translation>
    </message>
    <message>
        <source>Staff member added</source>
        <translation>Membre de l’équipe ajouté</translation>
    </message>
    <message>
        <source>Staff member deactivated</source>
        <translation>Membre de l’équipe désactivé</translation>
    </message>
    <message>
        <source>Staff member reactivated</source>
        <translation>Membre de l’équipe réactivé</translation>
    </message>
    <message>
        <source>Integrity check run</source>
        <translation>Vérification d’intégrité lancée</translation>
    </message>
    <message>
        <source>Appointment changed</source>
        <translation>Rendez-vous modifié</translation>
    </message>
    <message>
        <source>Old audit entries removed</source>
        <translation>Anciennes entrées du journal supprimées</translation>
    </message>
    <message>
        <source>Changed data file accepted</source>
        <translation>Fichier de données modifié accepté</translation>
    </message>
    <message>
        <source>Integrity anchor created</source>
        <translation>Ancre d’intégrité créée</translation>
    </message>
    <message>
        <source>Client erased</source>
        <translation>Client·e effacé·e</translation>
    </message>
    <message>
        <source>Platform consent text registered</source>
        <translation>Texte de consentement d’une plateforme enregistré</translation>
    </message>
    <message>
        <source>Day sheet printed</source>
        <translation>Feuille du jour imprimée</translation>
    </message>
    <message>
        <source>Notes checked: no health information</source>
        <translation>Notes vérifiées : aucune information de santé</translation>
    </message>
    <message>
        <source>Password renewal reminded</source>
        <translation>Rappel de renouvellement du mot de passe</translation>
    </message>
    <message>
        <source>Request closed</source>
        <translation>Demande clôturée</translation>
    </message>
    <message>
        <source>Request deadline extended</source>
        <translation>Délai de la demande prolongé</translation>
    </message>
    <message>
        <source>Identity check noted on a request</source>
        <translation>Vérification d’identité notée sur une demande</translation>
    </message>
    <message>
        <source>Data-protection request logged</source>
        <translation>Demande RGPD enregistrée</translation>
    </message>
    <message>
        <source>Recipient told about a request</source>
        <translation>Destinataire informé d’une demande</translation>
    </message>
    <message>
        <source>Salon details changed</source>
        <translation>Coordonnées du salon modifiées</translation>
    </message>
    <message>
        <source>Service changed</source>
        <translation>Prestation modifiée</translation>
    </message>
    <message>
        <source>Service restored</source>
        <translation>Prestation rétablie</translation>
    </message>
    <message>
        <source>Absence or closure added</source>
        <translation>Absence ou fermeture ajoutée</translation>
    </message>
    <message>
        <source>Absence or closure removed</source>
        <translation>Absence ou fermeture retirée</translation>
    </message>
    <message>
        <source>Pre-update copy deleted</source>
        <translation>Copie d’avant mise à jour supprimée</translation>
    </message>
    <message>
        <source>appointment</source>
        <translation>rendez-vous</translation>
    </message>
    <message>
        <source>client file</source>
        <translation>fiche client</translation>
    </message>
    <message>
        <source>consent wording</source>
        <translation>texte de consentement</translation>
    </message>
    <message>
        <source>erasure</source>
        <translation>effacement</translation>
    </message>
    <message>
        <source>export</source>
        <translation>export</translation>
    </message>
    <message>
        <source>import report</source>
        <translation>rapport d’import</translation>
    </message>
    <message>
        <source>salon</source>
        <translation>salon</translation>
    </message>
    <message>
        <source>service</source>
        <translation>prestation</translation>
    </message>
    <message>
        <source>setting</source>
        <translation>réglage</translation>
    </message>
    <message>
        <source>staff account</source>
        <translation>compte</translation>
    </message>
</context>
<context>
    <name>AuditDetails</name>
    <message>
        <source>purpose</source>
        <translation>motif</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>lignes</translation>
    </message>
    <message>
        <source>request</source>
        <translation>demande</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>type</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valeur</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>field</source>
        <translation>rubrique</translation>
    </message>
    <message>
        <source>fields</source>
        <translation>rubriques</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>canal</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>décision</translation>
    </message>
    <message>
        <source>method</source>
        <translation>recueil</translation>
    </message>
    <message>
        <source>failed attempts</source>
        <translation>échecs</translation>
    </message>
    <message>
        <source>during the wait</source>
        <translation>pendant l’attente</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>raison</translation>
    </message>
    <message>
        <source>months</source>
        <translation>mois</translation>
    </message>
    <message>
        <source>due</source>
        <translation>échéance</translation>
    </message>
    <message>
        <source>recipient</source>
        <translation>destinataire</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>octets</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>supprimées</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>quotidiennes</translation>
    </message>
    <message>
        <source>weekly</source>
        <translation>hebdomadaires</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>mensuelles</translation>
    </message>
    <message>
        <source>consent decisions</source>
        <translation>décisions de consentement</translation>
    </message>
    <message>
        <source>file SHA-256</source>
        <translation>SHA-256 du fichier</translation>
    </message>
    <message>
        <source>source</source>
        <translation>origine</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importées</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>fusionnées</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>ignorées</translation>
    </message>
    <message>
        <source>already there</source>
        <translation>déjà présentes</translation>
    </message>
    <message>
        <source>access report</source>
        <translation>réponse d’accès</translation>
    </message>
    <message>
        <source>booking</source>
        <translation>réservation</translation>
    </message>
    <message>
        <source>command line</source>
        <translation>ligne de commande</translation>
    </message>
    <message>
        <source>client file</source>
        <translation>fiche client</translation>
    </message>
    <message>
        <source>consent</source>
        <translation>consentement</translation>
    </message>
    <message>
        <source>consent proof</source>
        <translation>preuve de consentement</translation>
    </message>
    <message>
        <source>consent status</source>
        <translation>état du consentement</translation>
    </message>
    <message>
        <source>editing</source>
        <translation>modification</translation>
    </message>
    <message>
        <source>health</source>
        <translation>santé</translation>
    </message>
    <message>
        <source>copy of the data</source>
        <translation>copie des données</translation>
    </message>
    <message>
        <source>{key}: {value}</source>
        <translation>{key} : {value}</translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <source>Audit log</source>
        <translation>Journal d’audit</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Toute l’équipe</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Toutes les actions</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Membre de l’équipe</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>The log names records by their id and never holds client contact details.</source>
        <translation>Le journal désigne les fiches par leur identifiant et ne contient jamais les coordonnées de la clientèle.</translation>
    </message>
    <message>
        <source>Show older entries</source>
        <translation>Afficher les entrées plus anciennes</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) shown</source>
        <translation><numerusform>%n entrée affichée</numerusform><numerusform>%n entrées affichées</numerusform></translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Exporter le journal d’audit</translation>
    </message>
    <message>
        <source>audit-log.csv</source>
        <translation>journal-audit.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written to {file}.</source>
        <translation><numerusform>%n ligne écrite dans {file}.</numerusform><numerusform>%n lignes écrites dans {file}.</numerusform></translation>
    </message>
    <message>
        <source>Exporting the audit log…</source>
        <translation>Export du journal d’audit…</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Membre de l’équipe</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>Copying the database…</source>
        <translation>Copie de la base de données…</translation>
    </message>
    <message>
        <source>Writing the backup…</source>
        <translation>Écriture de la sauvegarde…</translation>
    </message>
    <message>
        <source>Reading the backup back…</source>
        <translation>Relecture de la sauvegarde…</translation>
    </message>
    <message>
        <source>Checking the backup with the key…</source>
        <translation>Vérification de la sauvegarde avec la clé…</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Restauration de la sauvegarde…</translation>
    </message>
    <message>
        <source>Checking the restored database…</source>
        <translation>Vérification de la base restaurée…</translation>
    </message>
</context>
<context>
    <name>BackupMemo</name>
    <message>
        <source>Back up now</source>
        <translation>Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>The backup folder {folder} cannot be found (an unplugged USB drive?). Plug it in, then back up.</source>
        <translation>Le dossier de sauvegarde {folder} est introuvable (clé USB débranchée ?). Branchez-la, puis sauvegardez.</translation>
    </message>
    <message>
        <source>The salon's data has never been backed up.</source>
        <translation>Les données du salon n’ont encore jamais été sauvegardées.</translation>
    </message>
    <message numerus="yes">
        <source>The last good backup is %n day(s) old.</source>
        <translation><numerusform>La dernière sauvegarde réussie date de %n jour.</numerusform><numerusform>La dernière sauvegarde réussie date de %n jours.</numerusform></translation>
    </message>
    <message>
        <source>The last attempt failed. {error}</source>
        <translation>La dernière tentative a échoué. {error}</translation>
    </message>
    <message>
        <source>Backups go to a folder on this PC: they protect against mistakes, not against a lost or broken PC. Choose a USB drive or a network folder in Salon › Backups…</source>
        <translation>Les sauvegardes vont dans un dossier de ce PC : elles protègent des erreurs, pas de la perte ou de la panne du PC. Choisissez une clé USB ou un dossier réseau dans Salon › Sauvegardes…</translation>
    </message>
</context>
<context>
    <name>BackupRunner</name>
    <message>
        <source>The backup was stopped; no backup file was left half written.</source>
        <translation>La sauvegarde a été interrompue ; aucun fichier de sauvegarde n’est resté à moitié écrit.</translation>
    </message>
    <message>
        <source>Saving today's backup before closing…</source>
        <translation>Sauvegarde du jour avant la fermeture…</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Passer</translation>
    </message>
    <message>
        <source>Salon Desk</source>
        <translation>Salon Desk</translation>
    </message>
</context>
<context>
    <name>BackupStatus</name>
    <message>
        <source>Backing up…</source>
        <translation>Sauvegarde en cours…</translation>
    </message>
    <message>
        <source>Backup done and verified: {file}</source>
        <translation>Sauvegarde faite et vérifiée : {file}</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>La sauvegarde a échoué</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>Choose another folder…</source>
        <translation>Choisir un autre dossier…</translation>
    </message>
    <message>
        <source>This folder is on this PC: it protects against mistakes, not against a lost or broken PC. Choose a USB drive, a network folder, or a folder another program copies to the cloud.</source>
        <translation>Ce dossier est sur ce PC : il protège des erreurs, pas de la perte ou de la panne du PC. Choisissez une clé USB, un dossier réseau, ou un dossier qu’un autre logiciel copie dans le cloud.</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>quotidiennes</translation>
    </message>
    <message>
        <source>weekly</source>
        <translation>hebdomadaires</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>mensuelles</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Dossier de sauvegarde</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Conserver</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Faite le</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Empreinte</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Restaurer…</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>Choisir le dossier de sauvegarde</translation>
    </message>
    <message>
        <source>The backup folder cannot be found (an unplugged USB drive?).</source>
        <translation>Le dossier de sauvegarde est introuvable (clé USB débranchée ?).</translation>
    </message>
    <message>
        <source>No backup in this folder yet.</source>
        <translation>Aucune sauvegarde dans ce dossier pour l’instant.</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} Mo</translation>
    </message>
    <message>
        <source>{size} kB</source>
        <translation>{size} ko</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>Vérification de la sauvegarde…</translation>
    </message>
    <message>
        <source>{file} passes every check: the file, its key and the database inside (fingerprint {fingerprint}).</source>
        <translation>{file} passe toutes les vérifications : le fichier, sa clé et la base qu’il contient (empreinte {fingerprint}).</translation>
    </message>
    <message>
        <source>Restore the backup of {date}? Everything recorded since then is replaced by the backup (erasures made since are applied again). The current database is kept beside it, and everyone signs in again.</source>
        <translation>Restaurer la sauvegarde du {date} ? Tout ce qui a été saisi depuis est remplacé par la sauvegarde (les effacements faits depuis sont appliqués de nouveau). La base actuelle est gardée à côté, et chacun se reconnecte.</translation>
    </message>
    <message>
        <source>Type your password to restore a backup.</source>
        <translation>Saisissez votre mot de passe pour restaurer une sauvegarde.</translation>
    </message>
    <message>
        <source>Preparing the restore…</source>
        <translation>Préparation de la restauration…</translation>
    </message>
</context>
<context>
    <name>BookWidget</name>
    <message>
        <source>Move appointment</source>
        <translation>Déplacer le rendez-vous</translation>
    </message>
    <message>
        <source>Change appointment</source>
        <translation>Modifier le rendez-vous</translation>
    </message>
    <message>
        <source>Previous (Alt+Left)</source>
        <translation>Précédent (Alt+Gauche)</translation>
    </message>
    <message>
        <source>Next (Alt+Right)</source>
        <translation>Suivant (Alt+Droite)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Défaire</translation>
    </message>
    <message>
        <source>Undo the last move or change (Ctrl+Z)</source>
        <translation>Défaire le dernier déplacement ou la dernière modification (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Day sheets (PDF)…</source>
        <translation>Feuilles du jour (PDF)…</translation>
    </message>
    <message>
        <source>One page per staff member, to print</source>
        <translation>Une page par membre de l’équipe, à imprimer</translation>
    </message>
    <message>
        <source>Click or drag on a free slot to book; drag an appointment to move it.</source>
        <translation>Cliquez ou glissez sur un créneau libre pour réserver ; glissez un rendez-vous pour le déplacer.</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>lun.</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>mar.</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>mer.</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>jeu.</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>ven.</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>sam.</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>dim.</translation>
    </message>
    <message>
        <source>Public holiday: {name}</source>
        <translation>Férié : {name}</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Fermé</translation>
    </message>
    <message>
        <source>Save the day sheets</source>
        <translation>Enregistrer les feuilles du jour</translation>
    </message>
    <message>
        <source>day-sheet-{date}.pdf</source>
        <translation>feuille-du-jour-{date}.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Preparing the day sheets…</source>
        <translation>Préparation des feuilles du jour…</translation>
    </message>
    <message>
        <source>Move it anyway?</source>
        <translation>Le déplacer quand même ?</translation>
    </message>
</context>
<context>
    <name>BookingDialog</name>
    <message>
        <source>Book an appointment</source>
        <translation>Prendre un rendez-vous</translation>
    </message>
    <message>
        <source>Note for the team (optional)</source>
        <translation>Note pour l’équipe (facultatif)</translation>
    </message>
    <message>
        <source>Book anyway, even if it overlaps another appointment</source>
        <translation>Réserver quand même, malgré le chevauchement avec un autre rendez-vous</translation>
    </message>
    <message>
        <source>Book anyway, even though the salon is closed or the person is away</source>
        <translation>Réserver quand même, bien que le salon soit fermé ou la personne absente</translation>
    </message>
    <message>
        <source>Book anyway: I am recording a past appointment</source>
        <translation>Réserver quand même : j’enregistre un rendez-vous passé</translation>
    </message>
    <message>
        <source>Confirmations and reminders are service messages: they never need marketing consent.</source>
        <translation>Les confirmations et rappels sont des messages de service : ils ne demandent jamais de consentement marketing.</translation>
    </message>
    <message>
        <source>{day} {start}–{end} · {service} · with {name}</source>
        <translation>{day} {start}–{end} · {service} · avec {name}</translation>
    </message>
    <message>
        <source>Allergy alert.</source>
        <translation>Alerte allergie.</translation>
    </message>
    <message>
        <source>Choose a service and a time.</source>
        <translation>Choisissez une prestation et une heure.</translation>
    </message>
    <message>
        <source>Choose the client first, or create one.</source>
        <translation>Choisissez d’abord la ou le client·e, ou créez sa fiche.</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>Réserver</translation>
    </message>
</context>
<context>
    <name>CLI</name>
    <message>
        <source>(see --help)</source>
        <translation>(voir --help)</translation>
    </message>
    <message>
        <source>Expected another line on stdin.</source>
        <translation>Une ligne de plus était attendue sur l’entrée standard.</translation>
    </message>
    <message>
        <source>salon data folder (default: SALON_DESK_HOME or the user data folder)</source>
        <translation>dossier des données du salon (par défaut : SALON_DESK_HOME ou le dossier de données de l’utilisateur)</translation>
    </message>
    <message>
        <source>staff login</source>
        <translation>identifiant du membre de l’équipe</translation>
    </message>
    <message>
        <source>read the password from stdin's first line</source>
        <translation>lire le mot de passe sur la première ligne de l’entrée</translation>
    </message>
    <message>
        <source>print one JSON object (stable English values)</source>
        <translation>afficher un objet JSON (valeurs stables, en anglais)</translation>
    </message>
    <message>
        <source>Rows written: {count} ({path}).</source>
        <translation>Lignes écrites : {count} ({path}).</translation>
    </message>
    <message>
        <source>Warning: this folder is on this PC. It protects against mistakes, not against a lost or broken PC: choose a USB drive or a network folder with 'backup settings --dir'.</source>
        <translation>Attention : ce dossier est sur ce PC. Il protège des erreurs, pas de la perte ou de la panne du PC : choisissez une clé USB ou un dossier réseau avec « backup settings --dir ».</translation>
    </message>
    <message>
        <source>backups: now, list, verify, restore, settings</source>
        <translation>sauvegardes : now, list, verify, restore, settings</translation>
    </message>
    <message>
        <source>back up now (owner); prints path, bytes, fingerprint, verified</source>
        <translation>sauvegarder maintenant (propriétaire) ; affiche path, bytes, fingerprint, verified</translation>
    </message>
    <message>
        <source>this folder instead of the backup folder</source>
        <translation>ce dossier au lieu du dossier de sauvegarde</translation>
    </message>
    <message>
        <source>the backups in the backup folder, newest first</source>
        <translation>les sauvegardes du dossier de sauvegarde, de la plus récente à la plus ancienne</translation>
    </message>
    <message>
        <source>check a backup file (the key: this PC's keyring, or the code on stdin)</source>
        <translation>vérifier un fichier de sauvegarde (la clé : le trousseau de ce PC, ou le code sur l’entrée standard)</translation>
    </message>
    <message>
        <source>restore a backup: the recovery code on stdin (over an existing salon: owner, password on the first line, the code on the second)</source>
        <translation>restaurer une sauvegarde : le code de secours sur l’entrée standard (sur un salon existant : propriétaire, mot de passe sur la première ligne, le code sur la deuxième)</translation>
    </message>
    <message>
        <source>this PC's backup folder and rotation (owner)</source>
        <translation>le dossier de sauvegarde de ce PC et la rotation (propriétaire)</translation>
    </message>
    <message>
        <source>Backup written to {path} ({bytes} bytes, fingerprint {fingerprint}), verified.</source>
        <translation>Sauvegarde écrite dans {path} ({bytes} octets, empreinte {fingerprint}), vérifiée.</translation>
    </message>
    <message>
        <source>The backup folder {folder} cannot be found (an unplugged USB drive?).</source>
        <translation>Le dossier de sauvegarde {folder} est introuvable (clé USB débranchée ?).</translation>
    </message>
    <message>
        <source>Backups in {folder}: {count}</source>
        <translation>Sauvegardes dans {folder} : {count}</translation>
    </message>
    <message>
        <source>Recovery code (empty: check the file only): </source>
        <translation>Code de secours (vide : vérifier seulement le fichier) : </translation>
    </message>
    <message>
        <source>No file at {path}.</source>
        <translation>Aucun fichier à l’emplacement {path}.</translation>
    </message>
    <message>
        <source>{file}: verified (backup of {salon} from {date}, fingerprint {fingerprint}): the file, its key and the database inside pass every check.</source>
        <translation>{file} : vérifiée (sauvegarde du salon {salon} du {date}, empreinte {fingerprint}) : le fichier, sa clé et la base qu’il contient passent toutes les vérifications.</translation>
    </message>
    <message>
        <source>{file}: the file is whole (length and checksum). Give the recovery code on stdin to check the database inside.</source>
        <translation>{file} : le fichier est complet (longueur et somme de contrôle). Donnez le code de secours sur l’entrée standard pour vérifier la base qu’il contient.</translation>
    </message>
    <message>
        <source>A salon is already set up in {home}: restoring over it needs --user (the owner), the password on stdin's first line and the recovery code on the second. Or restore into an empty folder with --home.</source>
        <translation>Un salon est déjà installé dans {home} : restaurer par-dessus demande --user (le propriétaire), le mot de passe sur la première ligne de l’entrée standard et le code de secours sur la deuxième. Ou restaurez dans un dossier vide avec --home.</translation>
    </message>
    <message>
        <source>Recovery code: </source>
        <translation>Code de secours : </translation>
    </message>
    <message>
        <source>Restored the backup of {date} in place (later erasures applied again: {count}). The previous database is kept as {aside}.</source>
        <translation>Sauvegarde du {date} restaurée sur place (effacements postérieurs appliqués de nouveau : {count}). L’ancienne base est gardée sous le nom {aside}.</translation>
    </message>
    <message>
        <source>Restored the backup of {salon} from {date} into {home} (later erasures applied again: {count}). Staff sign in with their usual passwords.</source>
        <translation>Sauvegarde du salon {salon} du {date} restaurée dans {home} (effacements postérieurs appliqués de nouveau : {count}). L’équipe se connecte avec ses mots de passe habituels.</translation>
    </message>
    <message>
        <source>This PC has no usable keyring: unlock with the recovery code at each start.</source>
        <translation>Ce PC n’a pas de trousseau utilisable : déverrouillez avec le code de secours à chaque démarrage.</translation>
    </message>
    <message>
        <source>Backups go to {folder}; kept: {daily} daily, {weekly} weekly, {monthly} monthly.</source>
        <translation>Les sauvegardes vont dans {folder} ; conservées : {daily} quotidiennes, {weekly} hebdomadaires, {monthly} mensuelles.</translation>
    </message>
    <message>
        <source>Unlocked. The key is back in this PC's keyring.</source>
        <translation>Déverrouillé. La clé est de nouveau dans le trousseau de ce PC.</translation>
    </message>
    <message>
        <source>The code is right, but this PC has no usable keyring: use the code again next time.</source>
        <translation>Le code est bon, mais ce PC n’a pas de trousseau utilisable : il faudra de nouveau saisir le code la prochaine fois.</translation>
    </message>
    <message>
        <source>Salon Desk: clients, appointments, consent and staff. Without a command: the app.</source>
        <translation>Salon Desk : client·es, rendez-vous, consentements et équipe. Sans commande : l’application.</translation>
    </message>
    <message>
        <source>show the version and exit</source>
        <translation>afficher la version et quitter</translation>
    </message>
    <message>
        <source>The output was closed before everything was written.</source>
        <translation>La sortie a été fermée avant que tout soit écrit.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong ({error}). The details are in {path}.</source>
        <translation>Un problème inattendu est survenu ({error}). Les détails sont dans {path}.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong ({error}). No log file could be kept in the salon folder.</source>
        <translation>Un problème inattendu est survenu ({error}). Aucun fichier journal n’a pu être tenu dans le dossier du salon.</translation>
    </message>
    <message>
        <source>This command needs --user LOGIN.</source>
        <translation>Cette commande demande --user IDENTIFIANT.</translation>
    </message>
    <message>
        <source>Password for {user}: </source>
        <translation>Mot de passe de {user} : </translation>
    </message>
    <message>
        <source>set up a new salon (owner password on stdin)</source>
        <translation>créer un nouveau salon (mot de passe du propriétaire sur l’entrée)</translation>
    </message>
    <message>
        <source>unlock with the recovery code (stdin) and put the key back in the keyring</source>
        <translation>déverrouiller avec le code de secours (sur l’entrée) et remettre la clé dans le trousseau</translation>
    </message>
    <message>
        <source>also lift the lock on this owner's account</source>
        <translation>débloquer aussi le compte de ce propriétaire</translation>
    </message>
    <message>
        <source>check encryption, integrity, the ledgers and their anchor</source>
        <translation>vérifier le chiffrement, l’intégrité, les registres et leur ancre</translation>
    </message>
    <message>
        <source>owner: accept a database file that no longer matches its anchor in the keyring (a backup restored on purpose); written in the audit log</source>
        <translation>propriétaire : accepter un fichier de base qui ne correspond plus à son ancre dans le trousseau (une sauvegarde restaurée volontairement) ; inscrit au journal d’audit</translation>
    </message>
    <message>
        <source>Owner password: </source>
        <translation>Mot de passe du ou de la gérant·e : </translation>
    </message>
    <message>
        <source>Owner password again: </source>
        <translation>Mot de passe du ou de la gérant·e (confirmation) : </translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Les deux mots de passe sont différents.</translation>
    </message>
    <message>
        <source>Salon "{salon}" is ready in {home}.</source>
        <translation>Le salon « {salon} » est prêt dans {home}.</translation>
    </message>
    <message>
        <source>Recovery code (shown only once; print it or write it down):</source>
        <translation>Code de secours (affiché une seule fois ; imprimez-le ou notez-le) :</translation>
    </message>
    <message>
        <source>The account {login} is unlocked.</source>
        <translation>Le compte {login} est débloqué.</translation>
    </message>
    <message>
        <source>Accepted: this database file is now the reference, and the audit log says who accepted it and what did not match.</source>
        <translation>Accepté : ce fichier de données fait désormais référence, et le journal d’audit indique qui l’a accepté et ce qui ne correspondait pas.</translation>
    </message>
    <message>
        <source>staff accounts</source>
        <translation>comptes de l’équipe</translation>
    </message>
    <message>
        <source>add an account; prints its one-time password</source>
        <translation>ajouter un compte ; affiche son mot de passe à usage unique</translation>
    </message>
    <message>
        <source>the staff accounts</source>
        <translation>les comptes de l’équipe</translation>
    </message>
    <message>
        <source>revoke an account's access (someone who leaves)</source>
        <translation>retirer l’accès d’un compte (quelqu’un qui part)</translation>
    </message>
    <message>
        <source>give a deactivated account its access back</source>
        <translation>rendre son accès à un compte désactivé</translation>
    </message>
    <message>
        <source>lift the lock after too many wrong passwords</source>
        <translation>lever le blocage après trop de mots de passe erronés</translation>
    </message>
    <message>
        <source>a new one-time password for an account</source>
        <translation>un nouveau mot de passe à usage unique pour un compte</translation>
    </message>
    <message>
        <source>the name others read (empty: the login)</source>
        <translation>le nom que les autres lisent (vide : l’identifiant)</translation>
    </message>
    <message>
        <source>owner: change an account's role</source>
        <translation>propriétaire : changer le rôle d’un compte</translation>
    </message>
    <message>
        <source>change your own password</source>
        <translation>changer votre propre mot de passe</translation>
    </message>
    <message>
        <source>Added {login} ({role}). One-time password: {otp}</source>
        <translation>{login} ajouté·e ({role}). Mot de passe à usage unique : {otp}</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>bloqué</translation>
    </message>
    <message>
        <source>New one-time password for {login}: {otp}</source>
        <translation>Nouveau mot de passe à usage unique pour {login} : {otp}</translation>
    </message>
    <message>
        <source>{login} is now {role}.</source>
        <translation>{login} est maintenant {role}.</translation>
    </message>
    <message>
        <source>New password: </source>
        <translation>Nouveau mot de passe : </translation>
    </message>
    <message>
        <source>Password changed.</source>
        <translation>Mot de passe modifié.</translation>
    </message>
    <message>
        <source>{login} is now shown as {name}.</source>
        <translation>{login} apparaît désormais comme {name}.</translation>
    </message>
    <message>
        <source>clients</source>
        <translation>fiches client·es</translation>
    </message>
    <message>
        <source>add a client file; prints its id</source>
        <translation>ajouter une fiche client ; affiche son identifiant</translation>
    </message>
    <message>
        <source>change a client file's fields</source>
        <translation>modifier les champs d’une fiche client</translation>
    </message>
    <message>
        <source>the notes only look like health information: keep them (logged with your login)</source>
        <translation>les notes ressemblent seulement à des informations de santé : les garder (journalisé avec votre identifiant)</translation>
    </message>
    <message>
        <source>one client file, as your role may see it</source>
        <translation>une fiche client, telle que votre rôle peut la voir</translation>
    </message>
    <message>
        <source>full contact details (manager and owner)</source>
        <translation>coordonnées complètes (gérant·e et propriétaire)</translation>
    </message>
    <message>
        <source>find clients by name, phone or email</source>
        <translation>chercher des clients par nom, téléphone ou e-mail</translation>
    </message>
    <message>
        <source>Client updated.</source>
        <translation>Fiche client mise à jour.</translation>
    </message>
    <message>
        <source>No client found.</source>
        <translation>Aucune fiche client trouvée.</translation>
    </message>
    <message>
        <source>All checks passed.</source>
        <translation>Toutes les vérifications sont bonnes.</translation>
    </message>
    <message>
        <source>marketing consent</source>
        <translation>consentement marketing</translation>
    </message>
    <message>
        <source>record a client's decision for one channel</source>
        <translation>enregistrer la décision d’un client pour un canal</translation>
    </message>
    <message>
        <source>how the client decided; a withdrawal: desk, phone, email or letter</source>
        <translation>comment le client a décidé ; un retrait : desk, phone, email ou letter</translation>
    </message>
    <message>
        <source>the version shown (default: the salon's current wording; online and marketplace grants must give the version registered for their --source)</source>
        <translation>la version montrée (par défaut : le texte actuel du salon ; un accord en ligne ou via une plateforme doit donner la version enregistrée pour sa --source)</translation>
    </message>
    <message>
        <source>which site or form, for online decisions</source>
        <translation>quel site ou formulaire, pour les décisions en ligne</translation>
    </message>
    <message>
        <source>booking id, or file hash and row</source>
        <translation>identifiant de réservation, ou empreinte du fichier et ligne</translation>
    </message>
    <message>
        <source>a client's consent per channel</source>
        <translation>le consentement d’un client par canal</translation>
    </message>
    <message>
        <source>the consent register as CSV</source>
        <translation>le registre des consentements en CSV</translation>
    </message>
    <message>
        <source>who may receive marketing on a channel, as CSV</source>
        <translation>qui peut recevoir du marketing sur un canal, en CSV</translation>
    </message>
    <message>
        <source>the do-not-contact list for every tool, as CSV</source>
        <translation>la liste d’opposition pour tous les outils, en CSV</translation>
    </message>
    <message>
        <source>a client's consent proof (PDF)</source>
        <translation>la preuve de consentement d’un client (PDF)</translation>
    </message>
    <message>
        <source>show or edit the consent wording</source>
        <translation>afficher ou modifier le texte de consentement</translation>
    </message>
    <message>
        <source>the online form or platform that shows this text (widget, treatwell…)</source>
        <translation>le formulaire en ligne ou la plateforme qui montre ce texte (widget, treatwell…)</translation>
    </message>
    <message>
        <source>owner: a new version from this UTF-8 file (with --source: register the wording that form or platform shows)</source>
        <translation>propriétaire : une nouvelle version depuis ce fichier UTF-8 (avec --source : enregistrer le texte que ce formulaire ou cette plateforme montre)</translation>
    </message>
    <message>
        <source>show or set how the consent texts name the salon (owner)</source>
        <translation>afficher ou régler comment les textes de consentement nomment le salon (propriétaire)</translation>
    </message>
    <message>
        <source>the company's legal name (raison sociale)</source>
        <translation>la raison sociale de l’entreprise</translation>
    </message>
    <message>
        <source>how a sentence names the salon, e.g. "le salon Marie Coiffure"</source>
        <translation>comment une phrase nomme le salon, par ex. « le salon Marie Coiffure »</translation>
    </message>
    <message>
        <source>where clients read the privacy notice</source>
        <translation>où les clients lisent la politique de confidentialité</translation>
    </message>
    <message>
        <source>where clients exercise their rights</source>
        <translation>où les clients exercent leurs droits</translation>
    </message>
    <message>
        <source>{channel}: {status}</source>
        <translation>{channel} : {status}</translation>
    </message>
    <message>
        <source>since {date}</source>
        <translation>depuis le {date}</translation>
    </message>
    <message>
        <source>(text version {version})</source>
        <translation>(texte version {version})</translation>
    </message>
    <message>
        <source>Consent proof with {count} events written to {path}.</source>
        <translation>Preuve de consentement ({count} événements) écrite dans {path}.</translation>
    </message>
    <message>
        <source>booked</source>
        <translation>réservé</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>no-show</source>
        <translation>non honoré</translation>
    </message>
    <message>
        <source>services the salon offers</source>
        <translation>les prestations du salon</translation>
    </message>
    <message>
        <source>add a service</source>
        <translation>ajouter une prestation</translation>
    </message>
    <message>
        <source>change a service</source>
        <translation>modifier une prestation</translation>
    </message>
    <message>
        <source>informational only, no payments are recorded; a decimal comma works (42,50)</source>
        <translation>indicatif, aucun paiement n’est enregistré ; la virgule décimale fonctionne (42,50)</translation>
    </message>
    <message>
        <source>processing time, added to --minutes in the appointment's length</source>
        <translation>temps de pose, ajouté à --minutes dans la durée du rendez-vous</translation>
    </message>
    <message>
        <source>list the services</source>
        <translation>lister les prestations</translation>
    </message>
    <message>
        <source>archived ones too</source>
        <translation>y compris les archivées</translation>
    </message>
    <message>
        <source>no new bookings; past ones keep it</source>
        <translation>plus de nouvelles réservations ; les passées la gardent</translation>
    </message>
    <message>
        <source>bookable again</source>
        <translation>de nouveau réservable</translation>
    </message>
    <message>
        <source>appointments</source>
        <translation>rendez-vous</translation>
    </message>
    <message>
        <source>book an appointment</source>
        <translation>prendre un rendez-vous</translation>
    </message>
    <message>
        <source>book even over another appointment of the same person</source>
        <translation>réserver même par-dessus un autre rendez-vous de la même personne</translation>
    </message>
    <message>
        <source>book even when the salon is closed or the person is away</source>
        <translation>réserver même quand le salon est fermé ou la personne absente</translation>
    </message>
    <message>
        <source>record an appointment whose time has gone by</source>
        <translation>enregistrer un rendez-vous dont l’heure est passée</translation>
    </message>
    <message>
        <source>one day's appointments</source>
        <translation>les rendez-vous d’un jour</translation>
    </message>
    <message>
        <source>mark done, cancelled or no-show</source>
        <translation>marquer honoré, annulé ou non honoré</translation>
    </message>
    <message>
        <source>the booking confirmation as a PDF</source>
        <translation>la confirmation de rendez-vous en PDF</translation>
    </message>
    <message>
        <source>the day sheets (PDF), one page per staff member</source>
        <translation>les feuilles du jour (PDF), une page par membre de l’équipe</translation>
    </message>
    <message>
        <source>only this person (repeat for several)</source>
        <translation>seulement cette personne (répéter pour plusieurs)</translation>
    </message>
    <message>
        <source>Service updated.</source>
        <translation>Prestation modifiée.</translation>
    </message>
    <message>
        <source>Service archived.</source>
        <translation>Prestation archivée.</translation>
    </message>
    <message>
        <source>Service restored.</source>
        <translation>Prestation restaurée.</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archivée</translation>
    </message>
    <message>
        <source>No appointments that day.</source>
        <translation>Aucun rendez-vous ce jour-là.</translation>
    </message>
    <message>
        <source>Appointment marked {status}.</source>
        <translation>Rendez-vous marqué {status}.</translation>
    </message>
    <message>
        <source>Confirmation written to {path}.</source>
        <translation>Confirmation écrite dans {path}.</translation>
    </message>
    <message>
        <source>Day sheets written to {path} (appointments: {count}).</source>
        <translation>Feuilles du jour écrites dans {path} (rendez-vous : {count}).</translation>
    </message>
    <message>
        <source>health data</source>
        <translation>données de santé</translation>
    </message>
    <message>
        <source>owner: delete health data past its retention period</source>
        <translation>propriétaire : supprimer les données de santé au-delà de leur durée de conservation</translation>
    </message>
    <message>
        <source>Deleted {tests} patch tests and {notes} health notes past retention.</source>
        <translation>{tests} tests de tolérance et {notes} notes de santé supprimés (durée de conservation dépassée).</translation>
    </message>
    <message>
        <source>{login} is deactivated.</source>
        <translation>Le compte {login} est désactivé.</translation>
    </message>
    <message>
        <source>{login} is active again.</source>
        <translation>Le compte {login} est réactivé.</translation>
    </message>
    <message>
        <source>{login} is unlocked.</source>
        <translation>Le compte {login} est débloqué.</translation>
    </message>
    <message>
        <source>the audit log (owner)</source>
        <translation>le journal d’audit (propriétaire)</translation>
    </message>
    <message>
        <source>owner: delete rows past the audit log's retention period</source>
        <translation>propriétaire : supprimer les lignes au-delà de la durée de conservation du journal d’audit</translation>
    </message>
    <message>
        <source>the audit log, newest first</source>
        <translation>le journal d’audit, du plus récent au plus ancien</translation>
    </message>
    <message>
        <source>the audit log as CSV</source>
        <translation>le journal d’audit en CSV</translation>
    </message>
    <message>
        <source>Deleted {rows} audit rows older than {months} months.</source>
        <translation>{rows} lignes du journal d’audit de plus de {months} mois supprimées.</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ouverte</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>fermé</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>en retard</translation>
    </message>
    <message>
        <source>(erased)</source>
        <translation>(fiche effacée)</translation>
    </message>
    <message>
        <source>data-subject requests (access, erasure, ...)</source>
        <translation>demandes des personnes (accès, effacement…)</translation>
    </message>
    <message>
        <source>log a request; its due date follows the legal clock</source>
        <translation>noter une demande ; son échéance suit le délai légal</translation>
    </message>
    <message>
        <source>default: today</source>
        <translation>par défaut : aujourd’hui</translation>
    </message>
    <message>
        <source>open requests by due date</source>
        <translation>les demandes ouvertes par échéance</translation>
    </message>
    <message>
        <source>closed requests too</source>
        <translation>y compris les demandes clôturées</translation>
    </message>
    <message>
        <source>two more months, with the reason the client is told</source>
        <translation>deux mois de plus, avec la raison donnée à la ou au client·e</translation>
    </message>
    <message>
        <source>the access report (PDF, optionally JSON)</source>
        <translation>la réponse d’accès (PDF, et JSON au besoin)</translation>
    </message>
    <message>
        <source>the request this answers (its register entry keeps the fingerprint)</source>
        <translation>la demande à laquelle elle répond (le registre en garde l’empreinte)</translation>
    </message>
    <message>
        <source>the portability export (JSON, optionally a CSV zip)</source>
        <translation>l’export de portabilité (JSON, et un zip CSV au besoin)</translation>
    </message>
    <message>
        <source>erase a client everywhere, keeping only what the law needs</source>
        <translation>effacer une fiche partout, en ne gardant que ce que la loi demande</translation>
    </message>
    <message>
        <source>close a request once answered</source>
        <translation>clore une demande une fois la réponse donnée</translation>
    </message>
    <message>
        <source>Request {id} logged; answer due by {due}.</source>
        <translation>Demande {id} enregistrée ; réponse à donner avant le {due}.</translation>
    </message>
    <message>
        <source>(hidden)</source>
        <translation>(masqué)</translation>
    </message>
    <message>
        <source>Extended: the answer is now due by {due}. Tell the client why.</source>
        <translation>Prolongée : réponse à donner avant le {due}. Expliquez-en la raison à la ou au client·e.</translation>
    </message>
    <message>
        <source>Access report written to {path} (fingerprint {fingerprint}).</source>
        <translation>Réponse à la demande d’accès enregistrée dans {path} (empreinte {fingerprint}).</translation>
    </message>
    <message>
        <source>Portability export written to {path}.</source>
        <translation>Copie des données enregistrée dans {path}.</translation>
    </message>
    <message>
        <source>Client erased (erasure {id}).</source>
        <translation>Client·e effacé·e (effacement {id}).</translation>
    </message>
    <message>
        <source>Request closed.</source>
        <translation>Demande clôturée.</translation>
    </message>
    <message>
        <source>import clients from other salon software</source>
        <translation>importer les clients d’un autre logiciel de salon</translation>
    </message>
    <message>
        <source>a CSV or XLSX client file (a dry run without --commit)</source>
        <translation>un fichier clients CSV ou XLSX (un essai à blanc sans --commit)</translation>
    </message>
    <message>
        <source>write the clients (all or nothing)</source>
        <translation>enregistrer les clients (tout ou rien)</translation>
    </message>
    <message>
        <source>the field of a column (header name or letter); field 'ignore' leaves it out</source>
        <translation>le champ d’une colonne (nom d’en-tête ou lettre) ; le champ « ignore » l’écarte</translation>
    </message>
    <message>
        <source>XLSX: the sheet to read (default: the first)</source>
        <translation>XLSX : la feuille à lire (par défaut : la première)</translation>
    </message>
    <message>
        <source>what to do with every duplicate: merge into the client found, keep as a new client, or skip (default: merge, but keep a family member who shares an email or a phone)</source>
        <translation>que faire de chaque doublon : merge (fusionner avec le client trouvé), keep (garder comme nouveau client) ou skip (ignorer) ; par défaut, fusionner, mais garder à part un membre de la famille qui partage un e-mail ou un téléphone</translation>
    </message>
    <message>
        <source>the file's consent column for this channel records real consent</source>
        <translation>la colonne de consentement du fichier pour ce canal atteste un vrai consentement</translation>
    </message>
    <message>
        <source>how the clients gave it (paper form, online form…)</source>
        <translation>comment les clients l’ont donné (formulaire papier, formulaire en ligne…)</translation>
    </message>
    <message>
        <source>when (YYYY-MM-DD)</source>
        <translation>quand (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>the consent text version they were shown (salon-desk consent text)</source>
        <translation>la version du texte de consentement qui leur a été montrée (salon-desk consent text)</translation>
    </message>
    <message>
        <source>the kept import reports, newest first</source>
        <translation>les rapports d’import conservés, du plus récent au plus ancien</translation>
    </message>
    <message>
        <source>one import report, row by row</source>
        <translation>un rapport d’import, ligne par ligne</translation>
    </message>
    <message>
        <source>export it as CSV for Excel</source>
        <translation>l’exporter en CSV pour Excel</translation>
    </message>
    <message>
        <source>Each --attest-consent needs its --evidence, --obtained-on and --text-version.</source>
        <translation>Chaque --attest-consent demande ses --evidence, --obtained-on et --text-version.</translation>
    </message>
    <message>
        <source>Dates are written YYYY-MM-DD.</source>
        <translation>Les dates s’écrivent AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>opening hours, schedules, closures and absences</source>
        <translation>horaires, plannings, fermetures et absences</translation>
    </message>
    <message>
        <source>the week's hours</source>
        <translation>les horaires de la semaine</translation>
    </message>
    <message>
        <source>this person's schedule</source>
        <translation>le planning de cette personne</translation>
    </message>
    <message>
        <source>one weekday's hours, for example: hours set sat "09:00-12:00, 14:00-18:00"</source>
        <translation>les horaires d’un jour de la semaine, par exemple : hours set sam "09:00-12:00, 14:00-18:00"</translation>
    </message>
    <message>
        <source>mon … sun (or lun … dim, or 1 … 7)</source>
        <translation>lun … dim (ou mon … sun, ou 1 … 7)</translation>
    </message>
    <message>
        <source>"closed" for a closed day</source>
        <translation>« fermé » pour un jour de fermeture</translation>
    </message>
    <message>
        <source>this person follows the salon's opening hours again</source>
        <translation>cette personne suit de nouveau les horaires du salon</translation>
    </message>
    <message>
        <source>whether the salon closes on French public holidays</source>
        <translation>si le salon ferme les jours fériés</translation>
    </message>
    <message>
        <source>an exceptional closure of the salon</source>
        <translation>une fermeture exceptionnelle du salon</translation>
    </message>
    <message>
        <source>a staff member's absence</source>
        <translation>l’absence d’un membre de l’équipe</translation>
    </message>
    <message>
        <source>part of one day only</source>
        <translation>une partie d’une journée seulement</translation>
    </message>
    <message>
        <source>A day is mon, tue, wed, thu, fri, sat or sun.</source>
        <translation>Un jour s’écrit lun, mar, mer, jeu, ven, sam ou dim.</translation>
    </message>
    <message>
        <source>{login} follows the salon's opening hours.</source>
        <translation>{login} suit les horaires du salon.</translation>
    </message>
    <message>
        <source>Closed on public holidays.</source>
        <translation>Fermé les jours fériés.</translation>
    </message>
    <message>
        <source>Open on public holidays.</source>
        <translation>Ouvert les jours fériés.</translation>
    </message>
    <message>
        <source>Booked appointments in this time: {count}. Call the clients to move them:</source>
        <translation>Rendez-vous réservés sur cette période : {count}. Appelez les clients pour les déplacer :</translation>
    </message>
</context>
<context>
    <name>ChannelBox</name>
    <message>
        <source>The column “{column}” says yes for {yes} clients and no for {no}.</source>
        <translation>La colonne « {column} » dit oui pour {yes} clients et non pour {no}.</translation>
    </message>
    <message>
        <source>Do not use this column: every client is “not asked yet” and will be asked at the next visit</source>
        <translation>Ne pas utiliser cette colonne : chaque client est « pas encore demandé » et sera interrogé à sa prochaine visite</translation>
    </message>
    <message>
        <source>I attest that these clients gave their consent themselves, as described below</source>
        <translation>J’atteste que ces clients ont donné eux-mêmes leur consentement, comme décrit ci-dessous</translation>
    </message>
    <message>
        <source>e.g. signed paper form at the desk</source>
        <translation>ex. : formulaire papier signé à l’accueil</translation>
    </message>
    <message>
        <source>DD/MM/YYYY</source>
        <translation>JJ/MM/AAAA</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Version {version}</translation>
    </message>
    <message>
        <source>Every client whose answer is in the file</source>
        <translation>Tous les clients dont la réponse figure dans le fichier</translation>
    </message>
    <message>
        <source>Only the clients I tick</source>
        <translation>Seulement les clients que je coche</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Row {row}: {name} ({answer})</source>
        <translation>Ligne {row} : {name} ({answer})</translation>
    </message>
    <message>
        <source>How they gave it</source>
        <translation>Comment il a été donné</translation>
    </message>
    <message>
        <source>When (last date)</source>
        <translation>Quand (dernière date)</translation>
    </message>
    <message>
        <source>Text they were shown</source>
        <translation>Texte présenté</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Pour</translation>
    </message>
</context>
<context>
    <name>ClientDetail</name>
    <message>
        <source>Data controller: the salon.</source>
        <translation>Responsable du traitement : le salon.</translation>
    </message>
    <message>
        <source>Data controller: the salon, with the platform as its processor (the platform is a controller only for its own newsletter).</source>
        <translation>Responsable du traitement : le salon, la plateforme étant son sous-traitant (la plateforme n’est responsable que de sa propre newsletter).</translation>
    </message>
    <message>
        <source>The salon and the marketplace are independent controllers.</source>
        <translation>Le salon et la plateforme de réservation sont responsables de traitement indépendants.</translation>
    </message>
    <message>
        <source>Data controller: the salon (imported from its own records).</source>
        <translation>Responsable du traitement : le salon (import de ses propres fichiers).</translation>
    </message>
    <message>
        <source>booked</source>
        <translation>réservé</translation>
    </message>
    <message>
        <source>done</source>
        <translation>honoré</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>no-show</source>
        <translation>non honoré</translation>
    </message>
    <message>
        <source>Direct</source>
        <translation>Direct</translation>
    </message>
    <message>
        <source>Booking widget</source>
        <translation>Bouton de réservation</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>Plateforme de réservation</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Contact details are masked for your role. The owner decides who sees them.</source>
        <translation>Les coordonnées sont masquées pour votre rôle. C’est la ou le gérant·e qui décide qui les voit.</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Client since</source>
        <translation>Fiche créée le</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>The client can read every note if they ask for their data.</source>
        <translation>La ou le client·e peut lire toutes les notes en demandant ses données.</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Book…</source>
        <translation>Rendez-vous…</translation>
    </message>
    <message>
        <source>Health &amp; patch tests…</source>
        <translation>Santé et tests de tolérance…</translation>
    </message>
    <message>
        <source>Withdraw the health consent…</source>
        <translation>Retirer le consentement santé…</translation>
    </message>
    <message>
        <source>Select a client to see their file.</source>
        <translation>Choisissez une fiche pour l’afficher.</translation>
    </message>
    <message>
        <source>This client asked to restrict the use of their data: no marketing, and changes only as part of that request (Requests tab).</source>
        <translation>Cette ou ce client·e a demandé la limitation de l’usage de ses données : pas de prospection, et des modifications seulement dans le cadre de cette demande (onglet Demandes).</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Demandes</translation>
    </message>
    <message>
        <source>Appointments ({count})</source>
        <translation>Rendez-vous ({count})</translation>
    </message>
</context>
<context>
    <name>ClientDialog</name>
    <message>
        <source>New client</source>
        <translation>Nouvelle fiche client</translation>
    </message>
    <message>
        <source>Edit client</source>
        <translation>Modifier la fiche client</translation>
    </message>
    <message>
        <source>DD/MM/YYYY</source>
        <translation>JJ/MM/AAAA</translation>
    </message>
    <message>
        <source>Direct (at the salon, phone)</source>
        <translation>Direct (au salon, par téléphone)</translation>
    </message>
    <message>
        <source>Booking widget</source>
        <translation>Bouton de réservation</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>Plateforme de réservation</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Only what the service needs. The client can read every note if they ask for their data.</source>
        <translation>Seulement ce qui sert à la prestation. La ou le client·e peut lire toutes les notes en demandant ses données.</translation>
    </message>
    <message>
        <source>Every note is shown to the client if they ask for their data.</source>
        <translation>Toute note est communiquée à la ou au client·e qui demande ses données.</translation>
    </message>
    <message>
        <source>Move it to Health &amp; patch tests</source>
        <translation>La déplacer vers Santé et tests de tolérance</translation>
    </message>
    <message>
        <source>This is not health information: keep it in the notes</source>
        <translation>Ce n’est pas une information de santé : la garder dans les notes</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>hidden for your role: type to replace</source>
        <translation>masqué pour votre rôle : saisissez pour remplacer</translation>
    </message>
    <message>
        <source>This looks like health information ({words}). It belongs in Health &amp; patch tests, which needs the client's explicit consent, not in ordinary notes.</source>
        <translation>Cela ressemble à une information de santé ({words}). Sa place est dans Santé et tests de tolérance, qui demande le consentement explicite de la ou du client·e, pas dans les notes ordinaires.</translation>
    </message>
    <message>
        <source>This looks like health information ({words}). It cannot stay in ordinary notes, and your role cannot open Health &amp; patch tests: tell a manager, who will move it with the client's consent. The text stays here in the meantime.</source>
        <translation>Cela ressemble à une information de santé ({words}). Elle ne peut pas rester dans les notes ordinaires, et votre rôle n’ouvre pas Santé et tests de tolérance : prévenez un·e manager, qui la déplacera avec le consentement de la ou du client·e. Le texte reste ici en attendant.</translation>
    </message>
    <message>
        <source>Did the person come back and give their details again themselves?</source>
        <translation>Est-ce bien la ou le client·e qui est revenu·e et a redonné ses coordonnées ?</translation>
    </message>
</context>
<context>
    <name>ClientFinder</name>
    <message>
        <source>C&amp;hange client</source>
        <translation>C&amp;hanger de client·e</translation>
    </message>
    <message>
        <source>Client: name, phone or email</source>
        <translation>Client·e : nom, téléphone ou e-mail</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation>&amp;Prénom</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Téléphone</translation>
    </message>
    <message>
        <source>+ New client: {text}</source>
        <translation>+ Nouvelle fiche : {text}</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Nouvelle fiche</translation>
    </message>
</context>
<context>
    <name>ClientTableModel</name>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
</context>
<context>
    <name>Confirmation</name>
    <message>
        <source>Appointment confirmation</source>
        <translation>Confirmation de rendez-vous</translation>
    </message>
    <message>
        <source>Hello {name},</source>
        <translation>Bonjour {name},</translation>
    </message>
    <message>
        <source>Your appointment for {service} with {staff} is booked on {date} at {time} ({minutes} minutes).</source>
        <translation>Votre rendez-vous {service} avec {staff} est réservé le {date} à {time} ({minutes} minutes).</translation>
    </message>
    <message>
        <source>To change or cancel it, please contact the salon{contact}.</source>
        <translation>Pour le modifier ou l’annuler, contactez le salon{contact}.</translation>
    </message>
    <message>
        <source>This is a service message about your appointment. It is not advertising and does not depend on any marketing consent.</source>
        <translation>Ceci est un message de service concernant votre rendez-vous. Ce n’est pas de la publicité et il ne dépend d’aucun consentement marketing.</translation>
    </message>
</context>
<context>
    <name>Consent</name>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Platform newsletter</source>
        <translation>Newsletter de la plateforme</translation>
    </message>
    <message>
        <source>Health information</source>
        <translation>Consentement santé</translation>
    </message>
    <message>
        <source>not asked yet</source>
        <translation>pas encore demandé</translation>
    </message>
    <message>
        <source>granted</source>
        <translation>accordé</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refusé</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>retiré</translation>
    </message>
    <message>
        <source>at the desk</source>
        <translation>à l’accueil</translation>
    </message>
    <message>
        <source>by phone</source>
        <translation>par téléphone</translation>
    </message>
    <message>
        <source>on a paper form</source>
        <translation>sur formulaire papier</translation>
    </message>
    <message>
        <source>online booking</source>
        <translation>réservation en ligne</translation>
    </message>
    <message>
        <source>marketplace</source>
        <translation>plateforme de réservation</translation>
    </message>
    <message>
        <source>unsubscribe link</source>
        <translation>lien de désinscription</translation>
    </message>
    <message>
        <source>SMS STOP</source>
        <translation>réponse STOP par SMS</translation>
    </message>
    <message>
        <source>import with evidence</source>
        <translation>import avec preuve</translation>
    </message>
    <message>
        <source>the client's objection (data-protection request)</source>
        <translation>opposition de la ou du client·e (demande RGPD)</translation>
    </message>
    <message>
        <source>by email</source>
        <translation>par e-mail</translation>
    </message>
    <message>
        <source>by letter</source>
        <translation>par courrier</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Marketing consent</source>
        <translation>Consentement marketing</translation>
    </message>
    <message>
        <source>"Do you agree to receive our news and offers by email?"</source>
        <translation>« Acceptez-vous de recevoir nos actualités et nos offres par e-mail ? »</translation>
    </message>
    <message>
        <source>"Do you agree to receive our news and offers by text message?"</source>
        <translation>« Acceptez-vous de recevoir nos actualités et nos offres par SMS ? »</translation>
    </message>
    <message>
        <source>Show {name} the text below, or ask the question. The answer is free: appointments, their confirmations and reminders never depend on it.</source>
        <translation>Montrez le texte ci-dessous à {name}, ou posez la question. La réponse est libre : les rendez-vous, leurs confirmations et leurs rappels n’en dépendent jamais.</translation>
    </message>
    <message>
        <source>Text version {version}</source>
        <translation>Version {version} du texte</translation>
    </message>
    <message>
        <source>Yes, the client agrees</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>At the desk</source>
        <translation>À l’accueil</translation>
    </message>
    <message>
        <source>By phone</source>
        <translation>Par téléphone</translation>
    </message>
    <message>
        <source>On a signed paper form</source>
        <translation>Sur un formulaire papier signé</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Question posée</translation>
    </message>
    <message>
        <source>Ask later</source>
        <translation>Demander plus tard</translation>
    </message>
    <message>
        <source>Record the answers</source>
        <translation>Enregistrer les réponses</translation>
    </message>
</context>
<context>
    <name>ConsentPage</name>
    <message>
        <source>Marketing consent</source>
        <translation>Consentement aux offres</translation>
    </message>
    <message>
        <source>Mark a client as consenting only with real consent: given by the client, to a text you can show. Otherwise the client is imported as “not asked yet”.</source>
        <translation>Ne notez un client comme consentant qu’avec un vrai consentement : donné par le client, sur un texte que vous pouvez montrer. Sinon, le client est importé comme « pas encore demandé ».</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>The file has no consent column. Every client is imported as “not asked yet”: the consent memo asks them at their next visit.</source>
        <translation>Le fichier n’a pas de colonne de consentement. Chaque client est importé comme « pas encore demandé » : le mémo de consentement le lui demandera à sa prochaine visite.</translation>
    </message>
</context>
<context>
    <name>ConsentPanel</name>
    <message>
        <source>{channel}: not asked yet</source>
        <translation>{channel} : pas encore demandé</translation>
    </message>
    <message>
        <source>{channel}: agreed on {date} ({method}, text version {version})</source>
        <translation>{channel} : accepté le {date} ({method}, texte version {version})</translation>
    </message>
    <message>
        <source>{channel}: refused on {date}</source>
        <translation>{channel} : refusé le {date}</translation>
    </message>
    <message>
        <source>Unsubscribed from {channel} on {date} via {method}</source>
        <translation>Désinscription ({channel}) le {date}, via : {method}</translation>
    </message>
    <message>
        <source>Marketing consent</source>
        <translation>Consentement marketing</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Ask…</source>
        <translation>Demander…</translation>
    </message>
    <message>
        <source>Appointment confirmations and reminders never depend on marketing consent.</source>
        <translation>Les confirmations et rappels de rendez-vous ne dépendent jamais du consentement marketing.</translation>
    </message>
    <message>
        <source>Proof (PDF)…</source>
        <translation>Preuve (PDF)…</translation>
    </message>
    <message>
        <source>The consent proof: every decision, with the exact text shown</source>
        <translation>La preuve de consentement : chaque décision, avec le texte exact présenté</translation>
    </message>
    <message>
        <source>Platform newsletter: {status} since {date} (managed by the platform, read-only)</source>
        <translation>Lettre de la plateforme : {status} depuis le {date} (gérée par la plateforme, en lecture seule)</translation>
    </message>
    <message>
        <source>{date} · {channel} · {decision} · {method} · {who}</source>
        <translation>{date} · {channel} · {decision} · {method} · {who}</translation>
    </message>
    <message>
        <source>Save the consent proof</source>
        <translation>Enregistrer la preuve de consentement</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Preparing the consent proof…</source>
        <translation>Préparation de la preuve de consentement…</translation>
    </message>
</context>
<context>
    <name>ConsentProof</name>
    <message>
        <source>Consent proof: {name}</source>
        <translation>Preuve de consentement : {name}</translation>
    </message>
    <message>
        <source>{salon} · generated on {date} · client id {id}</source>
        <translation>{salon} · édité le {date} · fiche {id}</translation>
    </message>
    <message>
        <source>No consent decision has been recorded for this client.</source>
        <translation>Aucune décision de consentement n’a été enregistrée pour cette ou ce client·e.</translation>
    </message>
    <message>
        <source>{date}: {channel} {decision}, {method}</source>
        <translation>{date} : {channel} {decision}, {method}</translation>
    </message>
    <message>
        <source>Recorded by {who} on {recorded} · event {id}</source>
        <translation>Enregistré par {who} le {recorded} · événement {id}</translation>
    </message>
    <message>
        <source>Every consent decision recorded for this client (marketing and health), newest first, with the exact text shown at the time and where it was shown. Each event is sealed in a hash chain: any later change is detected by 'salon-desk verify'. Times are Paris time (UTC in brackets).</source>
        <translation>Toutes les décisions de consentement enregistrées pour cette ou ce client·e (marketing et santé), de la plus récente à la plus ancienne, avec le texte exact présenté à ce moment-là et l’endroit où il l’a été. Chaque événement est scellé dans une chaîne d’empreintes : toute modification ultérieure est détectée par « salon-desk verify ». Heures de Paris (UTC entre parenthèses).</translation>
    </message>
    <message>
        <source>Text shown by the salon (version {version}, SHA-256 {sha}):</source>
        <translation>Texte présenté par le salon (version {version}, SHA-256 {sha}) :</translation>
    </message>
    <message>
        <source>Text shown by {source} (version {version}, SHA-256 {sha}):</source>
        <translation>Texte présenté par {source} (version {version}, SHA-256 {sha}) :</translation>
    </message>
    <message>
        <source>Explicit consent given aloud at the desk, recorded by the staff member named above.</source>
        <translation>Consentement explicite donné de vive voix à l’accueil, enregistré par le membre de l’équipe indiqué ci-dessus.</translation>
    </message>
    <message>
        <source>Explicit consent on a signed paper form, filed under: {evidence}</source>
        <translation>Consentement explicite sur formulaire papier signé, rangé : {evidence}</translation>
    </message>
    <message>
        <source>No text needed for this decision.</source>
        <translation>Aucun texte n’est nécessaire pour cette décision.</translation>
    </message>
    <message>
        <source>The wording stored for this decision no longer matches the fingerprint recorded with it: it was changed afterwards, so it is not shown. Run verify, and restore a backup.</source>
        <translation>Le texte conservé pour cette décision ne correspond plus à l’empreinte enregistrée avec elle : il a été modifié depuis, il n’est donc pas reproduit. Lancez la vérification, et restaurez une sauvegarde.</translation>
    </message>
    <message>
        <source>Evidence: {evidence}</source>
        <translation>Preuve : {evidence}</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>Source : {source}</translation>
    </message>
</context>
<context>
    <name>ConsentRegisterDialog</name>
    <message>
        <source>Consent register</source>
        <translation>Registre des consentements</translation>
    </message>
    <message>
        <source>Client name (all clients if empty)</source>
        <translation>Nom de la ou du client·e (toute la clientèle si vide)</translation>
    </message>
    <message>
        <source>Both channels</source>
        <translation>Les deux canaux</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client·e</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Enregistré par</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Mailing lists</source>
        <translation>Listes d’envoi</translation>
    </message>
    <message>
        <source>Audience: email (CSV)…</source>
        <translation>Liste de diffusion e-mail (CSV)…</translation>
    </message>
    <message>
        <source>Audience: SMS (CSV)…</source>
        <translation>Liste de diffusion SMS (CSV)…</translation>
    </message>
    <message>
        <source>Suppression list (CSV)…</source>
        <translation>Personnes à ne pas solliciter (CSV)…</translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s)</source>
        <translation><numerusform>%n décision</numerusform><numerusform>%n décisions</numerusform></translation>
    </message>
    <message>
        <source>Export the consent register</source>
        <translation>Exporter le registre des consentements</translation>
    </message>
    <message>
        <source>consent-register.csv</source>
        <translation>registre-consentements.csv</translation>
    </message>
    <message>
        <source>Exporting the consent register…</source>
        <translation>Export du registre des consentements…</translation>
    </message>
    <message>
        <source>Export the marketing audience</source>
        <translation>Exporter la liste de diffusion</translation>
    </message>
    <message>
        <source>audience-{channel}.csv</source>
        <translation>audience-{channel}.csv</translation>
    </message>
    <message>
        <source>Exporting the marketing audience…</source>
        <translation>Export de la liste de diffusion…</translation>
    </message>
    <message>
        <source>Export the suppression list</source>
        <translation>Exporter la liste des personnes à ne pas solliciter</translation>
    </message>
    <message>
        <source>suppression.csv</source>
        <translation>liste-opposition.csv</translation>
    </message>
    <message>
        <source>Exporting the suppression list…</source>
        <translation>Export de la liste des personnes à ne pas solliciter…</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written to {file}.</source>
        <translation><numerusform>%n ligne écrite dans {file}.</numerusform><numerusform>%n lignes écrites dans {file}.</numerusform></translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message numerus="yes">
        <source>The backup of {date} is restored; %n later erasure(s) applied again. The previous database is kept beside it as {file}.</source>
        <translation><numerusform>La sauvegarde du {date} est restaurée ; %n effacement postérieur appliqué de nouveau. L’ancienne base est gardée à côté sous le nom {file}.</numerusform><numerusform>La sauvegarde du {date} est restaurée ; %n effacements postérieurs appliqués de nouveau. L’ancienne base est gardée à côté sous le nom {file}.</numerusform></translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Salon Desk: something unexpected happened</source>
        <translation>Salon Desk : un problème inattendu est survenu</translation>
    </message>
    <message>
        <source>Something unexpected happened.</source>
        <translation>Un problème inattendu est survenu.</translation>
    </message>
    <message>
        <source>Salon Desk ran into a problem it did not expect. Everything that was saved is safe; what was being typed or done at that moment may need doing again.</source>
        <translation>Salon Desk a rencontré un problème imprévu. Tout ce qui était enregistré est en sécurité ; ce qui était en cours de saisie ou d’action à ce moment-là est peut-être à refaire.</translation>
    </message>
    <message>
        <source>The details are written in the log file (it holds no client data):</source>
        <translation>Les détails sont notés dans le fichier journal (il ne contient aucune donnée de la clientèle) :</translation>
    </message>
    <message>
        <source>No log file is kept on this computer.</source>
        <translation>Aucun fichier journal n’est tenu sur cet ordinateur.</translation>
    </message>
    <message>
        <source>If it happens again, send this file to whoever looks after your Salon Desk.</source>
        <translation>Si cela se reproduit, envoyez ce fichier à la personne qui s’occupe de votre Salon Desk.</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copier les détails</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Log file: {path}</source>
        <translation>Fichier journal : {path}</translation>
    </message>
</context>
<context>
    <name>DaySheet</name>
    <message>
        <source>Day sheet of {name}</source>
        <translation>Feuille du jour de {name}</translation>
    </message>
    <message>
        <source>{salon} · {date}</source>
        <translation>{salon} · {date}</translation>
    </message>
    <message>
        <source>Working hours: {hours}</source>
        <translation>Horaires : {hours}</translation>
    </message>
    <message>
        <source>Not working this day.</source>
        <translation>Ne travaille pas ce jour-là.</translation>
    </message>
    <message>
        <source>No appointments.</source>
        <translation>Aucun rendez-vous.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client·e</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Prestation</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Printed on {when} by {name}. Client names as your role may see them. Page {page}.</source>
        <translation>Imprimé le {when} par {name}. Noms des client·es tels que votre rôle peut les voir. Page {page}.</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>no-show</source>
        <translation>non honoré</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>The file could not be saved: {reason}.</source>
        <translation>Le fichier n’a pas pu être enregistré : {reason}.</translation>
    </message>
    <message>
        <source>Salon Desk</source>
        <translation>Salon Desk</translation>
    </message>
    <message>
        <source>Confirm with your password</source>
        <translation>Confirmez avec votre mot de passe</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <source>Erase this client</source>
        <translation>Effacer cette ou ce client·e</translation>
    </message>
    <message>
        <source>&lt;b&gt;Erased everywhere, for good:&lt;/b&gt; the client file (name, email, phone, birth date, notes), health information and patch tests, who the consent decisions were about, and copies waiting to be sent to the salon's other computers.&lt;br&gt;&lt;br&gt;&lt;b&gt;Kept, without saying who it was:&lt;/b&gt; past appointments (the salon's statistics), the dates and wording of consent decisions (the register stays verifiable), this request in the register, and a keyed fingerprint of the email and phone so that a re-import is flagged.</source>
        <translation>&lt;b&gt;Effacé partout, définitivement :&lt;/b&gt; la fiche (nom, email, téléphone, date de naissance, notes), les informations de santé et tests de tolérance, à qui se rapportaient les choix de consentement, et les copies en attente d’envoi vers les autres ordinateurs du salon.&lt;br&gt;&lt;br&gt;&lt;b&gt;Gardé, sans dire de qui il s’agissait :&lt;/b&gt; les rendez-vous passés (statistiques du salon), les dates et textes des choix de consentement (le registre reste vérifiable), cette demande dans le registre, et une empreinte chiffrée de l’email et du téléphone pour signaler une réimportation.</translation>
    </message>
    <message>
        <source>I understand that this cannot be undone.</source>
        <translation>Je comprends que c’est définitif.</translation>
    </message>
    <message>
        <source>Save an erasure certificate for the client (PDF)</source>
        <translation>Enregistrer une attestation d’effacement pour la ou le client·e (PDF)</translation>
    </message>
    <message>
        <source>Certificate in French</source>
        <translation>Attestation en français</translation>
    </message>
    <message>
        <source>Certificate in English</source>
        <translation>Attestation en anglais</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Save the erasure certificate</source>
        <translation>Enregistrer l’attestation d’effacement</translation>
    </message>
    <message>
        <source>erasure-certificate.pdf</source>
        <translation>attestation-effacement.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Erasing…</source>
        <translation>Effacement…</translation>
    </message>
</context>
<context>
    <name>ErasureCertificate</name>
    <message>
        <source>Erasure certificate</source>
        <translation>Attestation d’effacement</translation>
    </message>
    <message>
        <source>{salon} certifies that, at the client's request, their personal data was erased from Salon Desk on {date} by {who}.</source>
        <translation>{salon} atteste qu’à la demande de la ou du client·e, ses données personnelles ont été effacées de Salon Desk le {date} par {who}.</translation>
    </message>
    <message>
        <source>Erasure reference: {id}</source>
        <translation>Référence de l’effacement : {id}</translation>
    </message>
    <message>
        <source>What was erased</source>
        <translation>Ce qui a été effacé</translation>
    </message>
    <message>
        <source>The client file: name, email, phone, birth date and notes.</source>
        <translation>La fiche : nom, email, téléphone, date de naissance et notes.</translation>
    </message>
    <message>
        <source>Health information and patch tests, if any.</source>
        <translation>Les informations de santé et tests de tolérance, s’il y en avait.</translation>
    </message>
    <message>
        <source>The link between the client and their appointments.</source>
        <translation>Le lien entre la ou le client·e et ses rendez-vous.</translation>
    </message>
    <message>
        <source>Who the consent decisions were about, and their sources and evidence.</source>
        <translation>À qui se rapportaient les choix de consentement, avec leurs sources et justificatifs.</translation>
    </message>
    <message>
        <source>Consent reminders, and the client's entry in the search index.</source>
        <translation>Les rappels de consentement, et l’entrée dans l’index de recherche.</translation>
    </message>
    <message>
        <source>Copies waiting to be sent to the salon's other computers.</source>
        <translation>Les copies en attente d’envoi vers les autres ordinateurs du salon.</translation>
    </message>
    <message>
        <source>What was kept, and why</source>
        <translation>Ce qui a été gardé, et pourquoi</translation>
    </message>
    <message>
        <source>Past appointments ({count}), without any link to the client: the salon's activity statistics (date, service, staff member).</source>
        <translation>Rendez-vous passés ({count}), sans aucun lien avec la ou le client·e : les statistiques d’activité du salon (date, prestation, membre de l’équipe).</translation>
    </message>
    <message>
        <source>The dates and wording of past consent decisions, without saying whose they were: they keep the salon's consent register verifiable.</source>
        <translation>Les dates et textes des choix de consentement passés, sans dire à qui ils se rapportaient : ils gardent le registre des consentements du salon vérifiable.</translation>
    </message>
    <message>
        <source>The request and this certificate, in the salon's request register: proof that the request was answered (GDPR Art. 5(2)), for 3 years.</source>
        <translation>La demande et cette attestation, dans le registre des demandes du salon : la preuve qu’il y a été répondu (RGPD art. 5.2), pendant 3 ans.</translation>
    </message>
    <message>
        <source>A keyed fingerprint of the email address and phone number, which cannot be read back: if the same person is imported or synced again, the salon is warned instead of re-creating the file silently.</source>
        <translation>Une empreinte chiffrée de l’adresse email et du numéro de téléphone, illisible en clair : si la même personne est de nouveau importée ou synchronisée, le salon est averti au lieu de recréer la fiche sans le savoir.</translation>
    </message>
    <message>
        <source>Backups made before this date may still contain the data until they are rotated out; a restored backup erases the client again before anyone can open it.</source>
        <translation>Les sauvegardes faites avant cette date peuvent encore contenir ces données jusqu’à leur remplacement ; une sauvegarde restaurée efface de nouveau la fiche avant que quiconque puisse l’ouvrir.</translation>
    </message>
    <message>
        <source>The booking platform you used keeps its own copy as a separate controller: the salon has forwarded your request to it.</source>
        <translation>La plateforme de réservation que vous avez utilisée garde sa propre copie en tant que responsable de traitement distinct : le salon lui a transmis votre demande.</translation>
    </message>
    <message>
        <source>For the salon, signature:</source>
        <translation>Pour le salon, signature :</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>first name</source>
        <translation>prénom</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>trade name</source>
        <translation>nom commercial</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose the file</source>
        <translation>Choisir le fichier</translation>
    </message>
    <message>
        <source>Export the clients from your previous software as CSV or Excel (.xlsx). Salon Desk reads the file where it is and keeps no copy of it.</source>
        <translation>Exportez les clients de votre ancien logiciel en CSV ou en Excel (.xlsx). Salon Desk lit le fichier là où il est et n’en garde aucune copie.</translation>
    </message>
    <message>
        <source>No file chosen yet</source>
        <translation>Aucun fichier choisi</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Feuille</translation>
    </message>
    <message>
        <source>Import only clients who gave their details to the salon themselves. Card numbers are never imported, and nobody is marked as consenting to marketing unless you attest how they consented.</source>
        <translation>N’importez que des clients qui ont donné eux-mêmes leurs coordonnées au salon. Les numéros de carte ne sont jamais importés, et personne n’est noté comme consentant aux offres sans que vous attestiez comment ce consentement a été donné.</translation>
    </message>
    <message>
        <source>Earlier imports…</source>
        <translation>Imports précédents…</translation>
    </message>
    <message>
        <source>Choose the client file</source>
        <translation>Choisir le fichier des clients</translation>
    </message>
    <message>
        <source>Client files (*.csv *.txt *.xlsx);;All files (*)</source>
        <translation>Fichiers clients (*.csv *.txt *.xlsx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Lecture du fichier…</translation>
    </message>
    <message>
        <source>Excel workbook, sheet “{sheet}”</source>
        <translation>classeur Excel, feuille « {sheet} »</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulation</translation>
    </message>
    <message>
        <source>text file in {encoding}, separator {delimiter}</source>
        <translation>fichier texte en {encoding}, séparateur {delimiter}</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) and {columns} columns read ({how}).</source>
        <translation><numerusform>%n ligne et {columns} colonnes lues ({how}).</numerusform><numerusform>%n lignes et {columns} colonnes lues ({how}).</numerusform></translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Salon Desk — First start</source>
        <translation>Salon Desk — Premier démarrage</translation>
    </message>
    <message>
        <source>Restore a backup…</source>
        <translation>Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <source>A new PC: bring the salon back from a backup file and the recovery code</source>
        <translation>Nouveau PC : retrouver le salon à partir d’un fichier de sauvegarde et du code de secours</translation>
    </message>
    <message>
        <source>The salon already uses Salon Desk on another PC?</source>
        <translation>Le salon utilise déjà Salon Desk sur un autre PC ?</translation>
    </message>
</context>
<context>
    <name>HealthDialog</name>
    <message>
        <source>Health &amp; patch tests: {name}</source>
        <translation>Santé et tests de tolérance : {name}</translation>
    </message>
    <message>
        <source>Explicit consent to keep health information</source>
        <translation>Consentement explicite à la conservation d’informations de santé</translation>
    </message>
    <message>
        <source>Health information is sensitive data: show this text to the client, or ask "Do you agree that the salon keeps…?", and record their answer. Without a yes, nothing is kept.</source>
        <translation>Les informations de santé sont des données sensibles : montrez ce texte à la ou au client·e, ou demandez « Acceptez-vous que le salon conserve… ? », puis enregistrez sa réponse. Sans un oui, rien n’est conservé.</translation>
    </message>
    <message>
        <source>Yes, said at the desk</source>
        <translation>Oui, dit à l’accueil</translation>
    </message>
    <message>
        <source>The client refuses</source>
        <translation>La ou le client·e refuse</translation>
    </message>
    <message>
        <source>Where the signed form is filed, e.g. health folder no. 12</source>
        <translation>Où est rangé le formulaire signé, ex. : classeur santé n° 12</translation>
    </message>
    <message>
        <source>Signed paper form</source>
        <translation>Formulaire papier signé</translation>
    </message>
    <message>
        <source>Health information</source>
        <translation>Informations de santé</translation>
    </message>
    <message>
        <source>Allergy alert (shown to every role)</source>
        <translation>Alerte allergie (visible par tous les rôles)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>No reaction</source>
        <translation>Pas de réaction</translation>
    </message>
    <message>
        <source>Reaction</source>
        <translation>Réaction</translation>
    </message>
    <message>
        <source>Doubtful</source>
        <translation>Douteux</translation>
    </message>
    <message>
        <source>Add patch test</source>
        <translation>Ajouter le test de tolérance</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Patch tests</source>
        <translation>Tests de tolérance</translation>
    </message>
    <message>
        <source>New test</source>
        <translation>Nouveau test</translation>
    </message>
    <message>
        <source>{date}: {product}, {result}</source>
        <translation>{date} : {product}, {result}</translation>
    </message>
</context>
<context>
    <name>HealthSummary</name>
    <message>
        <source>Allergy alert: yes</source>
        <translation>Alerte allergie : oui</translation>
    </message>
    <message>
        <source>Allergy alert: no</source>
        <translation>Alerte allergie : non</translation>
    </message>
    <message>
        <source>No patch test (48 h) recorded</source>
        <translation>Aucun test de tolérance (48 h) enregistré</translation>
    </message>
    <message>
        <source>Last patch test on {date} ({product}, no reaction)</source>
        <translation>Dernier test le {date} ({product}, sans réaction)</translation>
    </message>
    <message>
        <source>counts for this product until {date}</source>
        <translation>compte pour ce produit jusqu’au {date}</translation>
    </message>
    <message>
        <source>more than {months} months ago: test again</source>
        <translation>il y a plus de {months} mois : à refaire</translation>
    </message>
    <message>
        <source>Patch test 48 h before every colouring if the product's instructions require it.</source>
        <translation>Test de tolérance 48 h avant chaque coloration si la notice l’exige.</translation>
    </message>
</context>
<context>
    <name>Holidays</name>
    <message>
        <source>New Year's Day</source>
        <translation>Jour de l’an</translation>
    </message>
    <message>
        <source>Easter Monday</source>
        <translation>Lundi de Pâques</translation>
    </message>
    <message>
        <source>Labor Day</source>
        <translation>Fête du Travail</translation>
    </message>
    <message>
        <source>Victory Day</source>
        <translation>Victoire 1945</translation>
    </message>
    <message>
        <source>Ascension Day</source>
        <translation>Ascension</translation>
    </message>
    <message>
        <source>Pentecost Monday</source>
        <translation>Lundi de Pentecôte</translation>
    </message>
    <message>
        <source>National Day</source>
        <translation>Fête nationale</translation>
    </message>
    <message>
        <source>Assumption Day</source>
        <translation>Assomption</translation>
    </message>
    <message>
        <source>All Saints' Day</source>
        <translation>Toussaint</translation>
    </message>
    <message>
        <source>Armistice Day</source>
        <translation>Armistice 1918</translation>
    </message>
    <message>
        <source>Christmas Day</source>
        <translation>Noël</translation>
    </message>
</context>
<context>
    <name>IdentityForm</name>
    <message>
        <source>&amp;Salon name</source>
        <translation>Nom &amp;commercial</translation>
    </message>
    <message>
        <source>Atelier Lumière</source>
        <translation>Atelier Lumière</translation>
    </message>
    <message>
        <source>&amp;Legal name</source>
        <translation>&amp;Raison sociale</translation>
    </message>
    <message>
        <source>SARL Lumière (if different)</source>
        <translation>SARL Lumière (si différente)</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Adresse</translation>
    </message>
    <message>
        <source>3 rue des Lilas, 75011 Paris</source>
        <translation>3 rue des Lilas, 75011 Paris</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Téléphone</translation>
    </message>
    <message>
        <source>01 42 00 00 00</source>
        <translation>01 42 00 00 00</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>contact@atelier-lumiere.fr</source>
        <translation>contact@atelier-lumiere.fr</translation>
    </message>
    <message>
        <source>They appear on booking confirmations, consent texts and the access report.</source>
        <translation>Ils figurent sur les confirmations de rendez-vous, les textes de consentement et les réponses d’accès.</translation>
    </message>
</context>
<context>
    <name>IdentityPage</name>
    <message>
        <source>Legal name</source>
        <translation>Raison sociale</translation>
    </message>
    <message>
        <source>e.g. SARL Lumière</source>
        <translation>ex. : SARL Lumière</translation>
    </message>
    <message>
        <source>The texts say</source>
        <translation>Les textes disent</translation>
    </message>
    <message>
        <source>e.g. le salon Marie Coiffure</source>
        <translation>ex. : le salon Marie Coiffure</translation>
    </message>
    <message>
        <source>Privacy notice</source>
        <translation>Politique de confidentialité</translation>
    </message>
    <message>
        <source>e.g. displayed at the desk and on our website</source>
        <translation>ex. : affichée à l’accueil et sur notre site</translation>
    </message>
    <message>
        <source>Rights requests</source>
        <translation>Exercice des droits</translation>
    </message>
    <message>
        <source>e.g. at the desk or contact@salon.fr</source>
        <translation>ex. : à l’accueil ou à contact@salon.fr</translation>
    </message>
    <message>
        <source>The consent texts name the salon as data controller (legal name, trade name, address), say where the privacy notice is and how clients exercise their rights. A change makes a new version of each text; past answers keep the version the client saw.</source>
        <translation>Les textes de consentement désignent le salon comme responsable du traitement (raison sociale, nom commercial, adresse), disent où lire la politique de confidentialité et comment exercer ses droits. Une modification crée une nouvelle version de chaque texte ; les réponses passées gardent la version vue par la ou le client·e.</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Full name (last and first name in one cell)</source>
        <translation>Nom complet (nom et prénom dans une cellule)</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>Portable</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Email marketing consent (yes/no)</source>
        <translation>Consentement aux offres par e-mail (oui/non)</translation>
    </message>
    <message>
        <source>SMS marketing consent (yes/no)</source>
        <translation>Consentement aux offres par SMS (oui/non)</translation>
    </message>
    <message>
        <source>Date the file was created (checked, not kept)</source>
        <translation>Date de création de la fiche (vérifiée, non conservée)</translation>
    </message>
    <message>
        <source>Do not import</source>
        <translation>Ne pas importer</translation>
    </message>
    <message>
        <source>more cells than the header has columns (a separator inside an unquoted value?)</source>
        <translation>plus de cellules que l’en-tête n’a de colonnes (un séparateur dans une valeur sans guillemets ?)</translation>
    </message>
    <message>
        <source>a payment card number in a cell other than the notes: the row is not imported</source>
        <translation>un numéro de carte bancaire ailleurs que dans les notes : la ligne n’est pas importée</translation>
    </message>
    <message>
        <source>no last name</source>
        <translation>pas de nom</translation>
    </message>
    <message>
        <source>the last name is too long or holds control characters</source>
        <translation>le nom est trop long ou contient des caractères de contrôle</translation>
    </message>
    <message>
        <source>no first name</source>
        <translation>pas de prénom</translation>
    </message>
    <message>
        <source>the first name is too long or holds control characters</source>
        <translation>le prénom est trop long ou contient des caractères de contrôle</translation>
    </message>
    <message>
        <source>the email address is not valid</source>
        <translation>l’adresse e-mail n’est pas valide</translation>
    </message>
    <message>
        <source>a phone number is not valid</source>
        <translation>un numéro de téléphone n’est pas valide</translation>
    </message>
    <message>
        <source>the birth date is not a date (DD/MM/YYYY)</source>
        <translation>la date de naissance n’est pas une date (JJ/MM/AAAA)</translation>
    </message>
    <message>
        <source>the birth date is in the future or before 1900</source>
        <translation>la date de naissance est dans le futur ou avant 1900</translation>
    </message>
    <message>
        <source>the creation date is not a date (DD/MM/YYYY)</source>
        <translation>la date de création n’est pas une date (JJ/MM/AAAA)</translation>
    </message>
    <message>
        <source>the notes are longer than 10,000 characters</source>
        <translation>les notes dépassent 10 000 caractères</translation>
    </message>
    <message>
        <source>this person's data was erased at their request: not re-added</source>
        <translation>les données de cette personne ont été effacées à sa demande : pas de nouvel ajout</translation>
    </message>
    <message>
        <source>skipped: a payment card number in the notes</source>
        <translation>ignorée : un numéro de carte bancaire dans les notes</translation>
    </message>
    <message>
        <source>skipped: a duplicate</source>
        <translation>ignorée : un doublon</translation>
    </message>
    <message>
        <source>the client asked to restrict the use of their data: left as it is</source>
        <translation>la ou le client·e a demandé la limitation de ses données : fiche laissée telle quelle</translation>
    </message>
    <message>
        <source>refused by the client service</source>
        <translation>refusée par le contrôle des fiches clients</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importée</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>fusionnée</translation>
    </message>
    <message>
        <source>already there</source>
        <translation>déjà présente</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>ignorée</translation>
    </message>
    <message>
        <source>note dropped: it held a payment card number</source>
        <translation>note écartée : elle contenait un numéro de carte bancaire</translation>
    </message>
    <message>
        <source>note held back: health information needs the client's explicit consent</source>
        <translation>note retenue : une information de santé demande le consentement explicite de la ou du client·e</translation>
    </message>
    <message>
        <source>note kept: checked as not health information</source>
        <translation>note gardée : vérifiée, pas une information de santé</translation>
    </message>
    <message>
        <source>note moved to the health section: the client consented to it</source>
        <translation>note placée dans la partie santé : la cliente ou le client y a consenti</translation>
    </message>
    <message>
        <source>note not added: the client's notes need checking at the desk</source>
        <translation>note non ajoutée : les notes de la fiche sont à vérifier à l’accueil</translation>
    </message>
    <message>
        <source>note not added: the client's notes would pass 10,000 characters</source>
        <translation>note non ajoutée : les notes de la fiche dépasseraient 10 000 caractères</translation>
    </message>
    <message>
        <source>note not added: the client's data is restricted</source>
        <translation>note non ajoutée : les données de la fiche sont limitées</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Consent events</source>
        <translation>Décisions de consentement</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Importing the clients…</source>
        <translation>Import des clients…</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <source>The first {shown} rows are shown here; export the report for all {rows}.</source>
        <translation>Les {shown} premières lignes sont affichées ici ; exportez le rapport pour les {rows}.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Consent events</source>
        <translation>Décisions de consentement</translation>
    </message>
    <message>
        <source>Export the report (CSV)…</source>
        <translation>Exporter le rapport (CSV)…</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Nothing was imported: importing needs your password.</source>
        <translation>Rien n’a été importé : l’import demande votre mot de passe.</translation>
    </message>
    <message>
        <source>Importing the clients…</source>
        <translation>Import des clients…</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was imported, the client files are as they were.</source>
        <translation>Import annulé : rien n’a été importé, les fiches clients sont restées telles quelles.</translation>
    </message>
    <message>
        <source>Nothing was imported. {reason}</source>
        <translation>Rien n’a été importé. {reason}</translation>
    </message>
    <message numerus="yes">
        <source>Done. %n client(s) imported, {merged} merged, {unchanged} already there, {skipped} skipped.</source>
        <translation><numerusform>Terminé. %n client importé ; fusionnés : {merged} ; déjà présents : {unchanged} ; ignorés : {skipped}.</numerusform><numerusform>Terminé. %n clients importés ; fusionnés : {merged} ; déjà présents : {unchanged} ; ignorés : {skipped}.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n consent decision(s) recorded. The report is kept (Earlier imports).</source>
        <translation><numerusform>%n décision de consentement enregistrée. Le rapport est conservé (Imports précédents).</numerusform><numerusform>%n décisions de consentement enregistrées. Le rapport est conservé (Imports précédents).</numerusform></translation>
    </message>
    <message>
        <source>Export the import report</source>
        <translation>Exporter le rapport d’import</translation>
    </message>
    <message>
        <source>import-report.csv</source>
        <translation>rapport-import.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written to {file}.</source>
        <translation><numerusform>%n ligne écrite dans {file}.</numerusform><numerusform>%n lignes écrites dans {file}.</numerusform></translation>
    </message>
</context>
<context>
    <name>ImportReportsDialog</name>
    <message>
        <source>Earlier imports</source>
        <translation>Imports précédents</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importés</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Fusionnés</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignorés</translation>
    </message>
    <message>
        <source>Consent events</source>
        <translation>Décisions de consentement</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>No client file was imported yet.</source>
        <translation>Aucun fichier client n’a encore été importé.</translation>
    </message>
    <message>
        <source>Excel workbook, sheet “{sheet}”</source>
        <translation>classeur Excel, feuille « {sheet} »</translation>
    </message>
    <message>
        <source>text file in {encoding}, separator {delimiter}</source>
        <translation>fichier texte en {encoding}, séparateur {delimiter}</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulation</translation>
    </message>
    <message>
        <source>{file} ({format}), SHA-256 {sha256}</source>
        <translation>{file} ({format}), SHA-256 {sha256}</translation>
    </message>
    <message>
        <source>Export the import report</source>
        <translation>Exporter le rapport d’import</translation>
    </message>
    <message>
        <source>import-report.csv</source>
        <translation>rapport-import.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written to {file}.</source>
        <translation><numerusform>%n ligne écrite dans {file}.</numerusform><numerusform>%n lignes écrites dans {file}.</numerusform></translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import clients from a file</source>
        <translation>Importer des clients depuis un fichier</translation>
    </message>
</context>
<context>
    <name>LoginWindow</name>
    <message>
        <source>Salon Desk — Sign in</source>
        <translation>Salon Desk — Connexion</translation>
    </message>
    <message>
        <source>Sign in with your personal login. Never share it.</source>
        <translation>Connectez-vous avec votre identifiant personnel. Ne le partagez jamais.</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Salon Desk — {salon}</source>
        <translation>Salon Desk — {salon}</translation>
    </message>
    <message>
        <source>Find a client: name, phone or email (Ctrl+F)</source>
        <translation>Rechercher une fiche : nom, téléphone ou e-mail (Ctrl+F)</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Fiches clients</translation>
    </message>
    <message>
        <source>Appointment book</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Nouvelle fiche</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Verrouiller</translation>
    </message>
    <message>
        <source>&amp;Salon</source>
        <translation>&amp;Salon</translation>
    </message>
    <message>
        <source>Consent register…</source>
        <translation>Registre des consentements…</translation>
    </message>
    <message>
        <source>Import clients from a file…</source>
        <translation>Importer des clients depuis un fichier…</translation>
    </message>
    <message>
        <source>Signed in: {name} ({role})</source>
        <translation>Connecté·e : {name} ({role})</translation>
    </message>
    <message>
        <source>&amp;Book an appointment…</source>
        <translation>&amp;Prendre un rendez-vous…</translation>
    </message>
    <message>
        <source>Ser&amp;vices…</source>
        <translation>Pre&amp;stations…</translation>
    </message>
    <message>
        <source>&amp;Opening hours…</source>
        <translation>&amp;Horaires d’ouverture…</translation>
    </message>
    <message>
        <source>Salon &amp;details…</source>
        <translation>&amp;Coordonnées du salon…</translation>
    </message>
    <message>
        <source>S&amp;taff…</source>
        <translation>É&amp;quipe…</translation>
    </message>
    <message>
        <source>Audit log…</source>
        <translation>Journal d’audit…</translation>
    </message>
    <message>
        <source>Backups…</source>
        <translation>Sauvegardes…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Réglages…</translation>
    </message>
    <message>
        <source>Change my password…</source>
        <translation>Changer mon mot de passe…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s)</source>
        <translation><numerusform>%n fiche client</numerusform><numerusform>%n fiches clients</numerusform></translation>
    </message>
    <message>
        <source>an erased client</source>
        <translation>une fiche effacée</translation>
    </message>
    <message>
        <source>Overdue since {date}</source>
        <translation>En retard depuis le {date}</translation>
    </message>
    <message>
        <source>Due by {date}</source>
        <translation>À traiter avant le {date}</translation>
    </message>
    <message>
        <source>and {count} more</source>
        <translation>et {count} autres</translation>
    </message>
    <message numerus="yes">
        <source>%n data-protection request(s) to answer soon:</source>
        <translation><numerusform>%n demande RGPD à traiter bientôt :</numerusform><numerusform>%n demandes RGPD à traiter bientôt :</numerusform></translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Check the columns</source>
        <translation>Vérifier les colonnes</translation>
    </message>
    <message>
        <source>Each column of the file goes into a field of the client file. Correct a column if needed, or choose “Do not import”.</source>
        <translation>Chaque colonne du fichier va dans une rubrique de la fiche client. Corrigez une colonne si besoin, ou choisissez « Ne pas importer ».</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Examples from the file</source>
        <translation>Exemples tirés du fichier</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Importer comme</translation>
    </message>
    <message>
        <source>Columns such as the address or loyalty points have no place in Salon Desk: they are left out. The notes may come from several columns.</source>
        <translation>Des colonnes comme l’adresse ou les points de fidélité n’ont pas leur place dans Salon Desk : elles sont laissées de côté. Les notes peuvent venir de plusieurs colonnes.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Wrong login or password.</source>
        <translation>Identifiant ou mot de passe incorrect.</translation>
    </message>
    <message>
        <source>Too many failed attempts. Wait {seconds} seconds before trying again.</source>
        <translation>Trop d’essais infructueux. Attendez {seconds} secondes avant de réessayer.</translation>
    </message>
    <message>
        <source>This account is locked after 10 failed attempts. Try again in {minutes} minutes, or ask a manager or the owner to unlock it.</source>
        <translation>Ce compte est bloqué après 10 essais infructueux. Réessayez dans {minutes} minutes, ou demandez à un·e manager ou à la ou au gérant·e de le débloquer.</translation>
    </message>
    <message>
        <source>This account is locked after 10 failed attempts. Try again in {minutes} minutes, or ask the owner to unlock it.</source>
        <translation>Ce compte est bloqué après 10 essais infructueux. Réessayez dans {minutes} minutes, ou demandez au ou à la propriétaire de le débloquer.</translation>
    </message>
    <message>
        <source>This account is locked after 10 failed attempts. Try again in {minutes} minutes, or unlock it now with the salon's recovery code: salon-desk recover --unlock {login}</source>
        <translation>Ce compte est bloqué après 10 essais infructueux. Réessayez dans {minutes} minutes, ou débloquez-le tout de suite avec le code de secours du salon : salon-desk recover --unlock {login}</translation>
    </message>
    <message>
        <source>This account is locked after 20 failed attempts in 24 hours. Only a manager or the owner can unlock it.</source>
        <translation>Ce compte est bloqué après 20 essais infructueux en 24 heures. Seul·e un·e manager ou la ou le gérant·e peut le débloquer.</translation>
    </message>
    <message>
        <source>This account is locked after 20 failed attempts in 24 hours. Only the owner can unlock it.</source>
        <translation>Ce compte est bloqué après 20 essais infructueux en 24 heures. Seul·e la ou le gérant·e peut le débloquer.</translation>
    </message>
    <message>
        <source>This account is locked after 20 failed attempts in 24 hours. Unlock it with the salon's recovery code: salon-desk recover --unlock {login}</source>
        <translation>Ce compte est bloqué après 20 essais infructueux en 24 heures. Débloquez-le avec le code de secours du salon : salon-desk recover --unlock {login}</translation>
    </message>
    <message>
        <source>The recovery code unlocks owner accounts only; a manager or the owner unlocks the others (salon-desk staff unlock).</source>
        <translation>Le code de secours ne débloque que les comptes de propriétaire ; les autres comptes sont débloqués par un·e responsable ou le ou la propriétaire (salon-desk staff unlock).</translation>
    </message>
    <message>
        <source>This account has been deactivated. Ask the salon owner.</source>
        <translation>Ce compte a été désactivé. Adressez-vous à la ou au gérant·e du salon.</translation>
    </message>
    <message>
        <source>This email or phone belonged to a client whose data was erased at their request. Create the file again only if the person came back and gave their details themselves.</source>
        <translation>Cet email ou ce téléphone appartenait à une ou un client·e dont les données ont été effacées à sa demande. Ne recréez la fiche que si la personne est revenue et a redonné ses coordonnées elle-même.</translation>
    </message>
    <message>
        <source>These client fields cannot be edited: {fields}.</source>
        <translation>Ces champs de la fiche ne sont pas modifiables : {fields}.</translation>
    </message>
    <message>
        <source>Your role does not allow reading or editing notes.</source>
        <translation>Votre rôle ne permet pas de lire ni de modifier les notes.</translation>
    </message>
    <message>
        <source>This client asked to restrict the use of their data: change the file only as part of that request (Requests tab).</source>
        <translation>Cette ou ce client·e a demandé la limitation de l’usage de ses données : modifiez la fiche seulement dans le cadre de cette demande (onglet Demandes).</translation>
    </message>
    <message>
        <source>Write the start as YYYY-MM-DDTHH:MM, for example 2026-03-14T09:30.</source>
        <translation>Écrivez le début sous la forme AAAA-MM-JJTHH:MM, par exemple 2026-03-14T09:30.</translation>
    </message>
    <message>
        <source>{time} does not exist on {day} in Paris: the clocks go forward an hour. The next valid time is {next}.</source>
        <translation>{time} n’existe pas le {day} à Paris : on avance l’heure d’une heure. L’heure valable suivante est {next}.</translation>
    </message>
    <message>
        <source>Dates run from the year 1900 to 2100.</source>
        <translation>Les dates vont de l’an 1900 à l’an 2100.</translation>
    </message>
    <message>
        <source>{time} happens twice on {day} (the clocks go back an hour): this is the first {time}, summer time (UTC+2).</source>
        <translation>{time} existe deux fois le {day} (on recule l’heure d’une heure) : c’est le premier {time}, à l’heure d’été (UTC+2).</translation>
    </message>
    <message>
        <source>An appointment note is limited to 500 characters.</source>
        <translation>Une note de rendez-vous est limitée à 500 caractères.</translation>
    </message>
    <message>
        <source>{name} already has an appointment at that time. Choose another time, or confirm the overlap explicitly.</source>
        <translation>{name} a déjà un rendez-vous à cette heure-là. Choisissez une autre heure, ou confirmez explicitement le chevauchement.</translation>
    </message>
    <message>
        <source>No service called {name}.</source>
        <translation>Aucune prestation « {name} ».</translation>
    </message>
    <message>
        <source>No active staff member with login {login}.</source>
        <translation>Aucun membre actif de l’équipe avec l’identifiant {login}.</translation>
    </message>
    <message>
        <source>{when} is already past. Choose a later time, or confirm that you are recording a past appointment.</source>
        <translation>{when} est déjà passé. Choisissez une heure plus tardive, ou confirmez que vous enregistrez un rendez-vous passé.</translation>
    </message>
    <message>
        <source>An appointment starts and ends on the same day.</source>
        <translation>Un rendez-vous commence et finit le même jour.</translation>
    </message>
    <message>
        <source>Choose another time, or book it anyway explicitly.</source>
        <translation>Choisissez une autre heure, ou réservez quand même explicitement.</translation>
    </message>
    <message>
        <source>The salon is closed on {date} ({holiday}). {then}</source>
        <translation>Le salon est fermé le {date} ({holiday}). {then}</translation>
    </message>
    <message>
        <source>The salon is closed on {date}. {then}</source>
        <translation>Le salon est fermé le {date}. {then}</translation>
    </message>
    <message>
        <source>{name} is away at that time ({reason}). {then}</source>
        <translation>{name} est absent·e à cette heure-là ({reason}). {then}</translation>
    </message>
    <message>
        <source>That time is outside the salon's opening hours ({hours}). {then}</source>
        <translation>Cette heure est en dehors des horaires d’ouverture du salon ({hours}). {then}</translation>
    </message>
    <message>
        <source>That time is outside {name}'s working hours ({hours}). {then}</source>
        <translation>Cette heure est en dehors des horaires de {name} ({hours}). {then}</translation>
    </message>
    <message>
        <source>A duration is 1 to 720 minutes.</source>
        <translation>Une durée va de 1 à 720 minutes.</translation>
    </message>
    <message>
        <source>No client with id {id}.</source>
        <translation>Aucune fiche client avec l’identifiant {id}.</translation>
    </message>
    <message>
        <source>Only a booked appointment has a confirmation.</source>
        <translation>Seul un rendez-vous réservé a une confirmation.</translation>
    </message>
    <message>
        <source>An appointment is booked, done, cancelled or no-show.</source>
        <translation>Un rendez-vous est réservé, honoré, annulé ou non honoré (booked, done, cancelled, no-show).</translation>
    </message>
    <message>
        <source>This appointment has not begun yet: it can be cancelled, not marked done or no-show.</source>
        <translation>Ce rendez-vous n’a pas encore commencé : il peut être annulé, pas marqué honoré ou non honoré.</translation>
    </message>
    <message>
        <source>No appointment with id {id}.</source>
        <translation>Aucun rendez-vous avec l’identifiant {id}.</translation>
    </message>
    <message>
        <source>The service {name} is archived: restore it or choose another.</source>
        <translation>La prestation {name} est archivée : restaurez-la ou choisissez-en une autre.</translation>
    </message>
    <message>
        <source>Write the day as YYYY-MM-DD.</source>
        <translation>Écrivez le jour sous la forme AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>Please fill in the {field}.</source>
        <translation>Veuillez renseigner le {field}.</translation>
    </message>
    <message>
        <source>The {field} is too long or contains control characters.</source>
        <translation>Le {field} est trop long ou contient des caractères de contrôle.</translation>
    </message>
    <message>
        <source>The email address {email} is not valid.</source>
        <translation>L’adresse e-mail {email} n’est pas valide.</translation>
    </message>
    <message>
        <source>The phone number {phone} is not valid.</source>
        <translation>Le numéro de téléphone {phone} n’est pas valide.</translation>
    </message>
    <message>
        <source>The birth date {value} is not a date (DD/MM/YYYY).</source>
        <translation>La date de naissance {value} n’est pas une date (JJ/MM/AAAA).</translation>
    </message>
    <message>
        <source>The birth date {value} is not plausible.</source>
        <translation>La date de naissance {value} n’est pas plausible.</translation>
    </message>
    <message>
        <source>Notes are limited to 10,000 characters.</source>
        <translation>Les notes sont limitées à 10 000 caractères.</translation>
    </message>
    <message>
        <source>Unknown client source {value} (use one of: {choices}).</source>
        <translation>Origine inconnue : {value} (valeurs possibles : {choices}).</translation>
    </message>
    <message>
        <source>Background jobs may not do this action ({permission}).</source>
        <translation>Les tâches automatiques ne peuvent pas faire cette action ({permission}).</translation>
    </message>
    <message>
        <source>Your role ({role}) does not allow this action ({permission}).</source>
        <translation>Votre rôle ({role}) ne permet pas cette action ({permission}).</translation>
    </message>
    <message>
        <source>Wrong password.</source>
        <translation>Mot de passe incorrect.</translation>
    </message>
    <message>
        <source>A password may be at most 1,024 bytes long.</source>
        <translation>Un mot de passe ne peut pas dépasser 1 024 octets.</translation>
    </message>
    <message>
        <source>A password cannot contain a NUL character.</source>
        <translation>Un mot de passe ne peut pas contenir de caractère NUL.</translation>
    </message>
    <message>
        <source>A password needs at least 12 characters. A short sentence works well.</source>
        <translation>Un mot de passe doit compter au moins 12 caractères. Une courte phrase convient très bien.</translation>
    </message>
    <message>
        <source>Your session has ended. Please sign in again.</source>
        <translation>Votre session est terminée. Veuillez vous reconnecter.</translation>
    </message>
    <message>
        <source>Please type your password again to confirm this action.</source>
        <translation>Veuillez saisir de nouveau votre mot de passe pour confirmer cette action.</translation>
    </message>
    <message>
        <source>You signed in with a one-time password: choose your own password first (salon-desk staff set-password).</source>
        <translation>Vous êtes connecté·e avec un mot de passe à usage unique : choisissez d’abord votre propre mot de passe (salon-desk staff set-password).</translation>
    </message>
    <message>
        <source>This setting is limited to {limit} characters.</source>
        <translation>Ce réglage est limité à {limit} caractères.</translation>
    </message>
    <message>
        <source>The idle lock must be between 1 and 15 minutes.</source>
        <translation>Le verrouillage automatique doit être compris entre 1 et 15 minutes.</translation>
    </message>
    <message>
        <source>The book is coloured by appointment status or by service category.</source>
        <translation>L’agenda est coloré selon le statut du rendez-vous ou selon la catégorie de prestation.</translation>
    </message>
    <message>
        <source>After a refusal the salon waits at least 180 days before asking again (at most 730).</source>
        <translation>Après un refus, le salon attend au moins 180 jours avant de redemander (730 au plus).</translation>
    </message>
    <message>
        <source>Health data retention must be between 1 and 120 months.</source>
        <translation>La durée de conservation des données de santé va de 1 à 120 mois.</translation>
    </message>
    <message>
        <source>The audit log is kept between 6 and 24 months.</source>
        <translation>Le journal d’audit est conservé entre 6 et 24 mois.</translation>
    </message>
    <message>
        <source>A patch test's validity is 0 (before every colouring) to 24 months.</source>
        <translation>La validité d’un test de tolérance va de 0 (avant chaque coloration) à 24 mois.</translation>
    </message>
    <message>
        <source>Name the product.</source>
        <translation>Indiquez le produit.</translation>
    </message>
    <message>
        <source>The owner always sees every client field.</source>
        <translation>La ou le gérant·e voit toujours tous les champs de la fiche.</translation>
    </message>
    <message>
        <source>This computer has no working keyring, where Salon Desk keeps the key to the salon's encrypted data. Install and unlock a Secret Service keyring, such as GNOME Keyring (package gnome-keyring) or KWallet, sign in to the desktop again, then try again.</source>
        <translation>Cet ordinateur n’a pas de trousseau de clés en état de marche ; c’est là que Salon Desk garde la clé des données chiffrées du salon. Installez et déverrouillez un trousseau Secret Service, comme GNOME Keyring (paquet gnome-keyring) ou KWallet, rouvrez votre session, puis réessayez.</translation>
    </message>
    <message>
        <source>The macOS Keychain cannot be used, and Salon Desk keeps the key to the salon's encrypted data there. Unlock your login keychain in Keychain Access, then try again.</source>
        <translation>Le trousseau de macOS ne peut pas être utilisé, et Salon Desk y garde la clé des données chiffrées du salon. Déverrouillez votre trousseau de session dans Trousseaux d’accès, puis réessayez.</translation>
    </message>
    <message>
        <source>The Windows Credential Manager cannot be used, and Salon Desk keeps the key to the salon's encrypted data there. Sign in to Windows with your own account, then try again.</source>
        <translation>Le Gestionnaire d’identification de Windows ne peut pas être utilisé, et Salon Desk y garde la clé des données chiffrées du salon. Ouvrez une session Windows avec votre propre compte, puis réessayez.</translation>
    </message>
    <message>
        <source>A salon is already set up in {home}.</source>
        <translation>Un salon est déjà configuré dans {home}.</translation>
    </message>
    <message>
        <source>The salon must keep at least one active owner.</source>
        <translation>Le salon doit garder au moins un compte de gérant·e actif.</translation>
    </message>
    <message>
        <source>A login has 2 to 40 letters, digits, dots, dashes or underscores.</source>
        <translation>Un identifiant compte de 2 à 40 lettres, chiffres, points, tirets ou tirets bas.</translation>
    </message>
    <message>
        <source>Unknown role {role} (owner, manager or employee).</source>
        <translation>Rôle inconnu : {role} (owner, manager ou employee).</translation>
    </message>
    <message>
        <source>Only the owner can create an account with this role.</source>
        <translation>Seul·e la ou le gérant·e peut créer un compte avec ce rôle.</translation>
    </message>
    <message>
        <source>The login {login} is already taken.</source>
        <translation>L’identifiant {login} est déjà pris.</translation>
    </message>
    <message>
        <source>Write the date as DD/MM/YYYY, for example 24/12/2026.</source>
        <translation>Écrivez la date JJ/MM/AAAA, par exemple 24/12/2026.</translation>
    </message>
    <message>
        <source>Write a time as HH:MM, for example 14:00.</source>
        <translation>Écrivez une heure HH:MM, par exemple 14:00.</translation>
    </message>
    <message>
        <source>The last day comes before the first day.</source>
        <translation>Le dernier jour est avant le premier.</translation>
    </message>
    <message>
        <source>Give both times, or none for whole days.</source>
        <translation>Donnez les deux heures, ou aucune pour des journées entières.</translation>
    </message>
    <message>
        <source>Times apply to a single day: give whole days otherwise.</source>
        <translation>Les heures valent pour une seule journée : sinon, indiquez des journées entières.</translation>
    </message>
    <message>
        <source>The end time comes before the start time.</source>
        <translation>L’heure de fin est avant l’heure de début.</translation>
    </message>
    <message>
        <source>No staff member with login {login}.</source>
        <translation>Aucun membre de l’équipe avec l’identifiant {login}.</translation>
    </message>
    <message>
        <source>An absence is a holiday, sick leave, training or other.</source>
        <translation>Une absence est des congés, un arrêt maladie, une formation ou autre.</translation>
    </message>
    <message>
        <source>This closure or absence no longer exists.</source>
        <translation>Cette fermeture ou cette absence n’existe plus.</translation>
    </message>
    <message>
        <source>Only the owner can manage this account.</source>
        <translation>Seul·e la ou le gérant·e peut gérer ce compte.</translation>
    </message>
    <message>
        <source>You cannot deactivate your own account.</source>
        <translation>Vous ne pouvez pas désactiver votre propre compte.</translation>
    </message>
    <message>
        <source>Your current password is wrong.</source>
        <translation>Votre mot de passe actuel est incorrect.</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>Le nouveau mot de passe doit être différent de l’actuel.</translation>
    </message>
    <message>
        <source>No salon is set up in {home}. Run the first-run wizard or 'salon-desk init'.</source>
        <translation>Aucun salon n’est configuré dans {home}. Lancez l’assistant de premier démarrage ou « salon-desk init ».</translation>
    </message>
    <message>
        <source>The key information file {path} is damaged.</source>
        <translation>Le fichier d’informations de clé {path} est endommagé.</translation>
    </message>
    <message>
        <source>The key found for this salon does not match its database (key mismatch). Nothing was changed; unlock with the recovery code.</source>
        <translation>La clé trouvée pour ce salon ne correspond pas à sa base de données (key mismatch). Rien n’a été modifié ; déverrouillez avec le code de secours.</translation>
    </message>
    <message>
        <source>The database key is damaged (it must be 64 lower-case hexadecimal characters).</source>
        <translation>La clé de la base de données est endommagée (elle doit compter 64 caractères hexadécimaux en minuscules).</translation>
    </message>
    <message>
        <source>A salon database already exists at {path}.</source>
        <translation>Une base de données de salon existe déjà ici : {path}.</translation>
    </message>
    <message>
        <source>No salon database at {path}.</source>
        <translation>Aucune base de données de salon ici : {path}.</translation>
    </message>
    <message>
        <source>This build is not linked with SQLCipher; refusing to open an unencrypted database.</source>
        <translation>Cette version n’est pas liée à SQLCipher : ouverture d’une base non chiffrée refusée.</translation>
    </message>
    <message>
        <source>The database cannot be read with this key, or the file is damaged.</source>
        <translation>La base de données ne peut pas être lue avec cette clé, ou le fichier est endommagé.</translation>
    </message>
    <message>
        <source>The salon folder is read-only (or on read-only media): nothing was changed.</source>
        <translation>Le dossier du salon est en lecture seule (ou sur un support en lecture seule) : rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The disk could not be read or written (an input/output error): nothing was changed. Check the disk or the drive it is on, then try again.</source>
        <translation>Le disque n’a pas pu être lu ou écrit (erreur d’entrée-sortie) : rien n’a été modifié. Vérifiez le disque ou le lecteur concerné, puis réessayez.</translation>
    </message>
    <message>
        <source>The database file is damaged: nothing was changed. Run verify (salon-desk verify) to see where, and restore a backup.</source>
        <translation>Le fichier de données est endommagé : rien n’a été modifié. Lancez la vérification (salon-desk verify) pour voir où, et restaurez une sauvegarde.</translation>
    </message>
    <message>
        <source>The database file cannot be opened: its folder is missing, or this user may not use it.</source>
        <translation>Le fichier de données ne peut pas être ouvert : son dossier n’existe pas, ou cet utilisateur n’a pas le droit de s’en servir.</translation>
    </message>
    <message>
        <source>The salon database is busy (another window or program is using it). Try again in a moment.</source>
        <translation>La base du salon est occupée (une autre fenêtre ou un autre programme l’utilise). Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>This change clashes with data already saved; nothing was changed.</source>
        <translation>Cette modification entre en conflit avec des données déjà enregistrées ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The disk is full: {path} was not written. Free some space and try again.</source>
        <translation>Le disque est plein : {path} n’a pas été écrit. Libérez de la place, puis réessayez.</translation>
    </message>
    <message>
        <source>{path} is on read-only media: it was not written.</source>
        <translation>{path} est sur un support en lecture seule : il n’a pas été écrit.</translation>
    </message>
    <message>
        <source>The disk could not be read or written (an input/output error) at {path}.</source>
        <translation>Le disque n’a pas pu être lu ou écrit (erreur d’entrée-sortie) pour {path}.</translation>
    </message>
    <message>
        <source>Salon Desk may not use {path} (permission denied).</source>
        <translation>Salon Desk n’a pas le droit d’utiliser {path} (accès refusé).</translation>
    </message>
    <message>
        <source>{path} cannot be used: its folder does not exist.</source>
        <translation>{path} est inutilisable : son dossier n’existe pas.</translation>
    </message>
    <message>
        <source>{path} cannot be used: {reason}.</source>
        <translation>{path} est inutilisable : {reason}.</translation>
    </message>
    <message>
        <source>The disk is full: nothing was changed. Free some space and try again.</source>
        <translation>Le disque est plein : rien n’a été modifié. Libérez de la place, puis réessayez.</translation>
    </message>
    <message>
        <source>The database could not complete this action ({reason}); nothing was changed.</source>
        <translation>La base n’a pas pu terminer cette action ({reason}) ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>This database was written by a newer Salon Desk (schema {found}; this version reads up to {newest}). Install the newer version; nothing was changed.</source>
        <translation>Cette base a été écrite par une version plus récente de Salon Desk (schéma {found} ; cette version lit jusqu’au schéma {newest}). Installez la version récente ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>A recovery code has 20 letters and digits, like ABCDE-12345-FGHJK-67890.</source>
        <translation>Un code de secours compte 20 lettres et chiffres, comme ABCDE-12345-FGHJK-67890.</translation>
    </message>
    <message>
        <source>The recovery data beside the database is damaged.</source>
        <translation>Les données de secours à côté de la base sont endommagées.</translation>
    </message>
    <message>
        <source>This recovery code does not open this salon database.</source>
        <translation>Ce code de secours n’ouvre pas cette base de salon.</translation>
    </message>
    <message>
        <source>The system keyring cannot be used ({reason}). Unlock the database with your recovery code (the app asks for it at start-up; or salon-desk recover).</source>
        <translation>Le trousseau du système est inutilisable ({reason}). Déverrouillez la base avec votre code de secours (l’application le demande au démarrage ; ou salon-desk recover).</translation>
    </message>
    <message>
        <source>The keyring in use ({backend}) keeps secrets in a plain file or not at all, so Salon Desk does not use it. Unlock the database with your recovery code (the app asks for it at start-up; or salon-desk recover).</source>
        <translation>Le trousseau utilisé ({backend}) garde les secrets dans un simple fichier, ou ne les garde pas : Salon Desk ne s’en sert pas. Déverrouillez la base avec votre code de secours (l’application le demande au démarrage ; ou salon-desk recover).</translation>
    </message>
    <message>
        <source>The system keyring did not keep what was saved in it, so it cannot hold the database key. Unlock the database with your recovery code (the app asks for it at start-up; or salon-desk recover).</source>
        <translation>Le trousseau du système n’a pas gardé ce qui y a été enregistré : il ne peut donc pas garder la clé de la base. Déverrouillez la base avec votre code de secours (l’application le demande au démarrage ; ou salon-desk recover).</translation>
    </message>
    <message>
        <source>This PC's keyring holds no key for this salon database. Unlock it with your recovery code (the app asks for it at start-up; or salon-desk recover).</source>
        <translation>Le trousseau de ce PC ne contient pas de clé pour cette base de salon. Déverrouillez-la avec votre code de secours (l’application le demande au démarrage ; ou salon-desk recover).</translation>
    </message>
    <message>
        <source>Consent is recorded for one channel at a time: email or sms.</source>
        <translation>Le consentement s’enregistre canal par canal : e-mail ou SMS.</translation>
    </message>
    <message>
        <source>A consent decision is granted, refused or withdrawn.</source>
        <translation>Une décision de consentement est accordée, refusée ou retirée (granted, refused, withdrawn).</translation>
    </message>
    <message>
        <source>Unknown consent method {method}.</source>
        <translation>Méthode de recueil inconnue : {method}.</translation>
    </message>
    <message>
        <source>A consent event needs the staff member who recorded it, or the online source.</source>
        <translation>Un événement de consentement doit indiquer qui l’a enregistré, ou sa source en ligne.</translation>
    </message>
    <message>
        <source>A grant needs a positive act by the client (at the desk, by phone, on paper, online, on the marketplace, or an import with evidence).</source>
        <translation>Un consentement demande un acte positif de la ou du client·e (à l’accueil, par téléphone, sur papier, en ligne, sur la plateforme de réservation, ou un import avec preuve).</translation>
    </message>
    <message>
        <source>A grant needs the exact text version the client was shown.</source>
        <translation>Un consentement doit indiquer la version exacte du texte présenté à la ou au client·e.</translation>
    </message>
    <message>
        <source>Consent to keep health information must be explicit: given at the desk or on a signed form.</source>
        <translation>Le consentement à la conservation d’informations de santé doit être explicite : donné à l’accueil ou sur un formulaire signé.</translation>
    </message>
    <message>
        <source>This text is not the {channel} consent text.</source>
        <translation>Ce texte n’est pas le texte de consentement {channel}.</translation>
    </message>
    <message>
        <source>An online grant needs its source (which site or form).</source>
        <translation>Un consentement en ligne doit indiquer sa source (quel site ou formulaire).</translation>
    </message>
    <message>
        <source>An imported grant needs evidence: the file's hash and row, from a client who gave it.</source>
        <translation>Un consentement importé demande une preuve : l’empreinte du fichier et la ligne, pour une ou un client·e qui l’a réellement donné.</translation>
    </message>
    <message>
        <source>A signed health form needs its reference (where the signed paper is filed).</source>
        <translation>Un formulaire santé signé demande sa référence (où le papier signé est rangé).</translation>
    </message>
    <message>
        <source>An online or marketplace grant needs the text that form or platform showed: register it for {source} (salon-desk consent text --source), then give its version. The salon's own wording was never shown there.</source>
        <translation>Un consentement en ligne ou sur une plateforme doit indiquer le texte que ce formulaire ou cette plateforme a présenté : enregistrez-le pour {source} (salon-desk consent text --source), puis donnez sa version. Le texte du salon n’y a jamais été présenté.</translation>
    </message>
    <message>
        <source>This text version was shown by {source}: a grant at the desk, by phone or on paper uses the salon's own wording.</source>
        <translation>Cette version du texte a été présentée par {source} : un consentement à l’accueil, par téléphone ou sur papier utilise le texte du salon.</translation>
    </message>
    <message>
        <source>Name the online form or platform in 1 to 60 characters (for example: widget, treatwell).</source>
        <translation>Nommez le formulaire en ligne ou la plateforme en 1 à 60 caractères (par exemple : widget, treatwell).</translation>
    </message>
    <message>
        <source>This client has no email address: add one before recording email consent.</source>
        <translation>Cette ou ce client·e n’a pas d’adresse e-mail : ajoutez-en une avant d’enregistrer un consentement par e-mail.</translation>
    </message>
    <message>
        <source>This client has no mobile number: SMS consent needs a number that can receive text messages.</source>
        <translation>Cette ou ce client·e n’a pas de numéro de portable : un consentement SMS demande un numéro qui reçoit les SMS.</translation>
    </message>
    <message>
        <source>There is no {channel} consent text version {version}.</source>
        <translation>Il n’existe pas de version {version} du texte de consentement {channel}.</translation>
    </message>
    <message>
        <source>A consent text must say plainly what the client agrees to.</source>
        <translation>Un texte de consentement doit dire clairement ce que la ou le client·e accepte.</translation>
    </message>
    <message>
        <source>No {channel} consent text is registered for {source}.</source>
        <translation>Aucun texte de consentement {channel} n’est enregistré pour {source}.</translation>
    </message>
    <message>
        <source>The platform's newsletter is managed by the platform and arrives through sync.</source>
        <translation>La newsletter de la plateforme est gérée par la plateforme et arrive par la synchronisation.</translation>
    </message>
    <message>
        <source>A consent decision cannot be dated in the future.</source>
        <translation>Une décision de consentement ne peut pas être datée dans le futur.</translation>
    </message>
    <message>
        <source>A platform newsletter grant needs the platform's text.</source>
        <translation>Un consentement à la lettre de la plateforme doit reprendre le texte de la plateforme.</translation>
    </message>
    <message>
        <source>A platform decision comes from an online source.</source>
        <translation>Une décision concernant la plateforme provient d’une source en ligne.</translation>
    </message>
    <message>
        <source>Ask the client for explicit consent to keep health information first (Health &amp; patch tests).</source>
        <translation>Demandez d’abord à la ou au client·e son consentement explicite pour conserver des informations de santé (Santé et tests de tolérance).</translation>
    </message>
    <message>
        <source>Health notes are limited to 5,000 characters.</source>
        <translation>Les notes de santé sont limitées à 5 000 caractères.</translation>
    </message>
    <message>
        <source>A patch test needs the product and a result (no reaction, reaction or doubtful).</source>
        <translation>Un test de tolérance indique le produit et un résultat (sans réaction, réaction ou douteux).</translation>
    </message>
    <message>
        <source>A patch test cannot be dated in the future.</source>
        <translation>Un test de tolérance ne peut pas être daté dans le futur.</translation>
    </message>
    <message>
        <source>This note contains what looks like a payment card number. Card numbers must never be stored: remove it, then save again. Nothing was saved.</source>
        <translation>Cette note semble contenir un numéro de carte bancaire. Les numéros de carte ne doivent jamais être enregistrés : retirez-le puis enregistrez de nouveau. Rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>These notes look like health information. Health information is not kept in ordinary notes: move it to Health &amp; patch tests (with the client's explicit consent), or confirm that it is not health information (salon-desk: --not-health). Nothing was saved.</source>
        <translation>Ces notes ressemblent à des informations de santé, qui ne se gardent pas dans les notes ordinaires : déplacez-les vers Santé et tests de tolérance (avec le consentement explicite de la ou du client·e), ou confirmez que ce ne sont pas des informations de santé (salon-desk : --not-health). Rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>An online or marketplace grant needs --text-version: the version of the text registered for its --source (salon-desk consent text --source S --set-from FILE).</source>
        <translation>Un consentement en ligne ou sur une plateforme demande --text-version : la version du texte enregistré pour sa --source (salon-desk consent text --source S --set-from FICHIER).</translation>
    </message>
    <message>
        <source>Cannot read {path} as UTF-8 text.</source>
        <translation>Impossible de lire {path} comme texte UTF-8.</translation>
    </message>
    <message>
        <source>This record no longer exists ({entity} {id}).</source>
        <translation>Cet enregistrement n’existe plus ({entity} {id}).</translation>
    </message>
    <message>
        <source>This record was {kind} and cannot come back under the same id.</source>
        <translation>Cet enregistrement a été supprimé ({kind}) et ne peut pas revenir sous le même identifiant.</translation>
    </message>
    <message>
        <source>audit log</source>
        <translation>journal d’audit</translation>
    </message>
    <message>
        <source>The audit log fails its check, so nothing was pruned. Run verify to see where.</source>
        <translation>Le journal d’audit ne passe pas sa vérification : rien n’a été supprimé. Lancez la vérification pour voir où.</translation>
    </message>
    <message>
        <source>The {ledger} has lost its head record: the database was changed outside Salon Desk. Nothing was written; restore a backup.</source>
        <translation>Le {ledger} a perdu son repère de fin : la base a été modifiée en dehors de Salon Desk. Rien n’a été enregistré ; restaurez une sauvegarde.</translation>
    </message>
    <message>
        <source>consent ledger</source>
        <translation>registre des consentements</translation>
    </message>
    <message>
        <source>The upgrade stopped: the {ledger} fails its check at row {seq}, and re-sealing it would hide that. Nothing was changed; restore a backup or keep using the previous version.</source>
        <translation>La mise à jour s’est arrêtée : le {ledger} ne passe pas sa vérification à la ligne {seq}, et le resceller le masquerait. Rien n’a été modifié ; restaurez une sauvegarde ou continuez avec la version précédente.</translation>
    </message>
    <message>
        <source>Only someone who may see the whole client file (contact details, notes and health information) can answer this request.</source>
        <translation>Seule une personne qui peut voir toute la fiche (coordonnées, notes et informations de santé) peut répondre à cette demande.</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}</source>
        <translation>Impossible d’écrire {path} : {reason}</translation>
    </message>
    <message>
        <source>The report is written in French or English.</source>
        <translation>Le document est rédigé en français ou en anglais.</translation>
    </message>
    <message>
        <source>Write the date as YYYY-MM-DD.</source>
        <translation>Écrivez la date sous la forme AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>No request with id {id}.</source>
        <translation>Aucune demande avec l’identifiant {id}.</translation>
    </message>
    <message>
        <source>Unknown kind of request {kind}.</source>
        <translation>Type de demande inconnu : {kind}.</translation>
    </message>
    <message>
        <source>Unknown request channel {channel}.</source>
        <translation>Moyen de réception inconnu : {channel}.</translation>
    </message>
    <message>
        <source>A request cannot be received in the future.</source>
        <translation>Une demande ne peut pas être reçue dans le futur.</translation>
    </message>
    <message>
        <source>This request is already closed.</source>
        <translation>Cette demande est déjà clôturée.</translation>
    </message>
    <message>
        <source>Say why the request needs more time (the client must be told the reason).</source>
        <translation>Indiquez pourquoi la demande a besoin de plus de temps (la raison doit être donnée à la ou au client·e).</translation>
    </message>
    <message>
        <source>This request was already extended.</source>
        <translation>Cette demande a déjà été prolongée.</translation>
    </message>
    <message>
        <source>Too late to extend: the extension must be decided before the first due date ({due}).</source>
        <translation>Trop tard pour prolonger : la prolongation doit être décidée avant la première échéance ({due}).</translation>
    </message>
    <message>
        <source>No recipient {recipient} to tell for this request.</source>
        <translation>Aucun destinataire {recipient} à prévenir pour cette demande.</translation>
    </message>
    <message>
        <source>An argument on the command line is not valid UTF-8 text.</source>
        <translation>Un argument de la ligne de commande n’est pas du texte UTF-8 valide.</translation>
    </message>
    <message>
        <source>What was typed on standard input is not valid UTF-8 text.</source>
        <translation>Ce qui a été saisi sur l’entrée standard n’est pas du texte UTF-8 valide.</translation>
    </message>
    <message>
        <source>{value} is not a date: write YYYY-MM-DD, between 1900 and 2100.</source>
        <translation>{value} n’est pas une date : écrivez AAAA-MM-JJ, entre 1900 et 2100.</translation>
    </message>
    <message>
        <source>{value} is not a whole number from {low} to {high}.</source>
        <translation>{value} n’est pas un nombre entier de {low} à {high}.</translation>
    </message>
    <message>
        <source>{path} cannot be written: the folder {folder} does not exist.</source>
        <translation>{path} ne peut pas être écrit : le dossier {folder} n’existe pas.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a file.</source>
        <translation>{path} est un dossier, pas un fichier.</translation>
    </message>
    <message>
        <source>This salon's database file matches the record kept in the keyring: there is nothing to acknowledge.</source>
        <translation>Le fichier de données du salon correspond à la trace gardée dans le trousseau : il n’y a rien à accepter.</translation>
    </message>
    <message>
        <source>This salon's database file is older than the one Salon Desk last saved, or its newest records were removed (its audit log or consent ledger ends before the record kept in this PC's keyring).</source>
        <translation>Le fichier de données du salon est plus ancien que celui que Salon Desk a enregistré en dernier, ou ses dernières écritures ont été supprimées (son journal d’audit ou son registre des consentements s’arrête avant la trace gardée dans le trousseau de ce PC).</translation>
    </message>
    <message>
        <source>This salon's database file was changed outside Salon Desk: its audit log or consent ledger no longer holds the record kept in this PC's keyring.</source>
        <translation>Le fichier de données du salon a été modifié en dehors de Salon Desk : son journal d’audit ou son registre des consentements ne contient plus la trace gardée dans le trousseau de ce PC.</translation>
    </message>
    <message>
        <source>{what} Restore the most recent backup of the salon folder; or, if this file is the one to keep (a backup restored on purpose), the owner accepts it with: salon-desk acknowledge --user LOGIN (this is written in the audit log).</source>
        <translation>{what} Restaurez la sauvegarde la plus récente du dossier du salon ; ou, si c’est bien ce fichier qu’il faut garder (une sauvegarde restaurée volontairement), le ou la propriétaire l’accepte avec : salon-desk acknowledge --user IDENTIFIANT (c’est inscrit au journal d’audit).</translation>
    </message>
    <message>
        <source>The record of this salon's ledgers kept in the keyring was changed outside Salon Desk (bad MAC). Run verify, and restore a backup if it fails.</source>
        <translation>La trace des registres du salon gardée dans le trousseau a été modifiée en dehors de Salon Desk (MAC invalide). Lancez la vérification, et restaurez une sauvegarde si elle échoue.</translation>
    </message>
    <message>
        <source>The database file does not match its record in the keyring: nothing is pruned until the owner acknowledges it.</source>
        <translation>Le fichier de données ne correspond pas à sa trace dans le trousseau : rien n’est supprimé tant que le ou la propriétaire ne l’a pas accepté.</translation>
    </message>
    <message>
        <source>Text may not contain control characters (such as ESC, NUL or a bare carriage return): remove them and try again.</source>
        <translation>Le texte ne peut pas contenir de caractères de contrôle (comme ESC, NUL ou un retour chariot isolé) : retirez-les, puis réessayez.</translation>
    </message>
    <message>
        <source>{file} belongs to another salon (its key is not this salon's).</source>
        <translation>{file} appartient à un autre salon (sa clé n’est pas celle de ce salon).</translation>
    </message>
    <message>
        <source>{file} is damaged: {problem}. Use another backup.</source>
        <translation>{file} est endommagée : {problem}. Utilisez une autre sauvegarde.</translation>
    </message>
    <message>
        <source>{file} was altered: its checksum was not sealed with this salon's key. Use another backup.</source>
        <translation>{file} a été modifiée : sa somme de contrôle n’a pas été scellée avec la clé de ce salon. Utilisez une autre sauvegarde.</translation>
    </message>
    <message>
        <source>Keep between 1 and 31 daily, 0 and 52 weekly, and 0 and 24 monthly backups.</source>
        <translation>Conservez entre 1 et 31 sauvegardes quotidiennes, 0 et 52 hebdomadaires, et 0 et 24 mensuelles.</translation>
    </message>
    <message>
        <source>The backup stopped on an unexpected error ({reason}).</source>
        <translation>La sauvegarde s’est arrêtée sur une erreur inattendue ({reason}).</translation>
    </message>
    <message>
        <source>The backup folder {folder} cannot be found (an unplugged USB drive?). Plug it in or choose another folder; no backup was written.</source>
        <translation>Le dossier de sauvegarde {folder} est introuvable (clé USB débranchée ?). Branchez-la ou choisissez un autre dossier ; aucune sauvegarde n’a été écrite.</translation>
    </message>
    <message>
        <source>The backup folder {folder} is full: no backup was written, earlier backups are intact. Free some space or choose another folder.</source>
        <translation>Le dossier de sauvegarde {folder} est plein : aucune sauvegarde n’a été écrite, les précédentes sont intactes. Libérez de la place ou choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>The backup folder {folder} is read-only: no backup was written. Choose a folder you can write to.</source>
        <translation>Le dossier de sauvegarde {folder} est en lecture seule : aucune sauvegarde n’a été écrite. Choisissez un dossier où l’on peut écrire.</translation>
    </message>
    <message>
        <source>The backup folder {folder} disappeared during the backup (a removed USB drive?): no backup was written, nothing was lost. Plug it back in and try again.</source>
        <translation>Le dossier de sauvegarde {folder} a disparu pendant la sauvegarde (clé USB retirée ?) : aucune sauvegarde n’a été écrite, rien n’est perdu. Rebranchez-la et recommencez.</translation>
    </message>
    <message>
        <source>The backup could not be written to {folder} ({reason}); no backup was written.</source>
        <translation>La sauvegarde n’a pas pu être écrite dans {folder} ({reason}) ; aucune sauvegarde n’a été écrite.</translation>
    </message>
    <message>
        <source>The temporary copy in the salon folder could not be written ({reason}); no backup was written.</source>
        <translation>La copie temporaire dans le dossier du salon n’a pas pu être écrite ({reason}) ; aucune sauvegarde n’a été écrite.</translation>
    </message>
    <message>
        <source>The copy of the database fails its check ({problem}), so no backup was written. Run verify.</source>
        <translation>La copie de la base échoue à sa vérification ({problem}) : aucune sauvegarde n’a été écrite. Lancez la vérification.</translation>
    </message>
    <message>
        <source>{file} is damaged: its content does not match its checksum. Use another backup.</source>
        <translation>{file} est endommagée : son contenu ne correspond pas à sa somme de contrôle. Utilisez une autre sauvegarde.</translation>
    </message>
    <message>
        <source>The key information file {path} does not match this database; no backup was written.</source>
        <translation>Le fichier d’informations de clé {path} ne correspond pas à cette base ; aucune sauvegarde n’a été écrite.</translation>
    </message>
    <message>
        <source>The restored database fails its check ({problem}); nothing was changed. Use another backup.</source>
        <translation>La base restaurée échoue à sa vérification ({problem}) ; rien n’a été modifié. Utilisez une autre sauvegarde.</translation>
    </message>
    <message>
        <source>A salon is already set up in {home}. Restore it in place (owner), or choose an empty folder.</source>
        <translation>Un salon est déjà installé dans {home}. Restaurez-le sur place (propriétaire), ou choisissez un dossier vide.</translation>
    </message>
    <message>
        <source>Type the recovery code printed when the salon was set up.</source>
        <translation>Saisissez le code de secours imprimé à l’installation du salon.</translation>
    </message>
    <message>
        <source>The salon is open in another window or command. Close it, then restore again; nothing was changed.</source>
        <translation>Le salon est ouvert dans une autre fenêtre ou commande. Fermez-la, puis restaurez de nouveau ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Write each mapping as COLUMN=field, with a field among: {fields}.</source>
        <translation>Écrivez chaque correspondance COLONNE=rubrique, avec une rubrique parmi : {fields}.</translation>
    </message>
    <message>
        <source>The file has no column {column}.</source>
        <translation>Le fichier n’a pas de colonne {column}.</translation>
    </message>
    <message>
        <source>No column holds the clients' names. Choose which column is the last name (or the full name). If the column names are not on the first line of the file, delete the lines above them.</source>
        <translation>Aucune colonne ne contient le nom des clients. Choisissez la colonne du nom (ou du nom complet). Si les noms de colonnes ne sont pas sur la première ligne du fichier, supprimez les lignes au-dessus.</translation>
    </message>
    <message>
        <source>Two columns are mapped to the same field: keep one, ignore the other.</source>
        <translation>Deux colonnes vont dans la même rubrique : gardez-en une, ignorez l’autre.</translation>
    </message>
    <message>
        <source>The file {name} cannot be opened.</source>
        <translation>Le fichier {name} ne peut pas être ouvert.</translation>
    </message>
    <message>
        <source>The file {name} is empty.</source>
        <translation>Le fichier {name} est vide.</translation>
    </message>
    <message>
        <source>The file {name} is too large ({size} MB; the limit is {limit} MB, about 200,000 clients). Split it into smaller files and import them one after the other.</source>
        <translation>Le fichier {name} est trop volumineux ({size} Mo ; la limite est de {limit} Mo, environ 200 000 clients). Découpez-le en fichiers plus petits et importez-les l’un après l’autre.</translation>
    </message>
    <message>
        <source>{name} is a text file (CSV): it has no sheets, so there is no sheet {sheet} to read. Import it without naming a sheet.</source>
        <translation>{name} est un fichier texte (CSV) : il n’a pas de feuilles, il n’y a donc pas de feuille {sheet} à lire. Importez-le sans nommer de feuille.</translation>
    </message>
    <message>
        <source>The file {name} has no header row.</source>
        <translation>Le fichier {name} n’a pas de ligne d’en-tête.</translation>
    </message>
    <message>
        <source>The first row of {name} holds client details (an email address or a long number), not column names. Add a row of column names at the top (Nom, Prénom, E-mail…), then import again.</source>
        <translation>La première ligne de {name} contient les coordonnées d’un client (une adresse e-mail ou un long numéro), pas des noms de colonnes. Ajoutez en haut une ligne de noms de colonnes (Nom, Prénom, E-mail…), puis importez à nouveau.</translation>
    </message>
    <message>
        <source>The file {name} has a header but no client rows.</source>
        <translation>Le fichier {name} a un en-tête mais aucune ligne de client.</translation>
    </message>
    <message>
        <source>{name} is protected by a password. Open it in Excel or LibreOffice, save a copy without the password, then import that copy.</source>
        <translation>{name} est protégé par un mot de passe. Ouvrez-le dans Excel ou LibreOffice, enregistrez une copie sans mot de passe, puis importez cette copie.</translation>
    </message>
    <message>
        <source>{name} is in the old Excel format (.xls). Open it in Excel or LibreOffice and save it as .xlsx or as CSV, then import that file.</source>
        <translation>{name} est à l’ancien format Excel (.xls). Ouvrez-le dans Excel ou LibreOffice et enregistrez-le en .xlsx ou en CSV, puis importez ce fichier.</translation>
    </message>
    <message>
        <source>{name} is a PDF document, not a table. Export the clients from the old software as CSV or Excel instead.</source>
        <translation>{name} est un document PDF, pas un tableau. Exportez plutôt les clients de l’ancien logiciel en CSV ou en Excel.</translation>
    </message>
    <message>
        <source>{name} is not a text table (CSV) nor an Excel workbook (.xlsx). Export the clients from the old software as CSV or Excel.</source>
        <translation>{name} n’est ni un tableau texte (CSV) ni un classeur Excel (.xlsx). Exportez les clients de l’ancien logiciel en CSV ou en Excel.</translation>
    </message>
    <message>
        <source>{name} cannot be read from row {row} on: a quote is not closed, or a cell is too long. Open it in Excel or LibreOffice, check that row, and save it again.</source>
        <translation>{name} ne peut pas être lu à partir de la ligne {row} : un guillemet n’est pas fermé, ou une cellule est trop longue. Ouvrez-le dans Excel ou LibreOffice, vérifiez cette ligne et enregistrez-le de nouveau.</translation>
    </message>
    <message>
        <source>{name} has {count} columns; Salon Desk reads at most {limit}. Remove the columns you do not need and try again.</source>
        <translation>{name} a {count} colonnes ; Salon Desk en lit au plus {limit}. Supprimez les colonnes inutiles et réessayez.</translation>
    </message>
    <message>
        <source>{name} has more than {limit} rows. Split it into smaller files and import them one after the other.</source>
        <translation>{name} a plus de {limit} lignes. Découpez-le en fichiers plus petits et importez-les l’un après l’autre.</translation>
    </message>
    <message>
        <source>{name} is a compressed file but not an Excel workbook (.xlsx). Export the clients from the old software as CSV or Excel.</source>
        <translation>{name} est un fichier compressé mais pas un classeur Excel (.xlsx). Exportez les clients de l’ancien logiciel en CSV ou en Excel.</translation>
    </message>
    <message>
        <source>{name} is an OpenDocument spreadsheet. Save it as .xlsx or CSV, then import that file.</source>
        <translation>{name} est un classeur OpenDocument. Enregistrez-le en .xlsx ou en CSV, puis importez ce fichier.</translation>
    </message>
    <message>
        <source>{name} unpacks to far more data than a client list holds: it was refused for safety.</source>
        <translation>{name} se décompresse en bien plus de données qu’une liste de clients n’en contient : il a été refusé par sécurité.</translation>
    </message>
    <message>
        <source>{name} has no sheet named {sheet}. Its sheets: {sheets}.</source>
        <translation>{name} n’a pas de feuille nommée {sheet}. Ses feuilles : {sheets}.</translation>
    </message>
    <message>
        <source>The mapping does not match the file's columns.</source>
        <translation>Les correspondances ne correspondent pas aux colonnes du fichier.</translation>
    </message>
    <message>
        <source>No import report with id {id}.</source>
        <translation>Aucun rapport d’import n’a l’identifiant {id}.</translation>
    </message>
    <message>
        <source>Attest consent once per channel: email or sms.</source>
        <translation>Attestez le consentement une fois par canal : e-mail ou SMS.</translation>
    </message>
    <message>
        <source>The file has no {channel} consent column to attest: map one first.</source>
        <translation>Le fichier n’a pas de colonne de consentement {channel} à attester : choisissez-en une d’abord.</translation>
    </message>
    <message>
        <source>Say how the clients gave their consent (for instance: signed paper form at the desk, 2019 to 2024).</source>
        <translation>Indiquez comment les clients ont donné leur consentement (par exemple : formulaire papier signé à l’accueil, de 2019 à 2024).</translation>
    </message>
    <message>
        <source>Give the date the consent was obtained (not in the future).</source>
        <translation>Indiquez la date à laquelle le consentement a été recueilli (pas dans le futur).</translation>
    </message>
    <message>
        <source>This password is too easy to guess.</source>
        <translation>Ce mot de passe est trop facile à deviner.</translation>
    </message>
    <message>
        <source>{file} is not a Salon Desk backup.</source>
        <translation>{file} n’est pas une sauvegarde Salon Desk.</translation>
    </message>
    <message>
        <source>Cannot read {file}: {reason}</source>
        <translation>Impossible de lire {file} : {reason}</translation>
    </message>
    <message>
        <source>{file} was written by a newer Salon Desk (backup format {found}; this version reads format {newest}). Install the newer version to restore it.</source>
        <translation>{file} a été écrite par une version plus récente de Salon Desk (format de sauvegarde {found} ; cette version lit le format {newest}). Installez la version plus récente pour la restaurer.</translation>
    </message>
    <message>
        <source>{file} is truncated: it ends inside its header. Use another backup.</source>
        <translation>{file} est tronquée : elle s’arrête dans son en-tête. Utilisez une autre sauvegarde.</translation>
    </message>
    <message>
        <source>{file} is damaged: its header cannot be read. Use another backup.</source>
        <translation>{file} est endommagée : son en-tête est illisible. Utilisez une autre sauvegarde.</translation>
    </message>
    <message>
        <source>{file} was made by Salon Desk {version} (database schema {found}); this version reads up to schema {newest}. Install Salon Desk {version} or newer to restore it.</source>
        <translation>{file} a été faite par Salon Desk {version} (schéma de base {found}) ; cette version lit jusqu’au schéma {newest}. Installez Salon Desk {version} ou plus récent pour la restaurer.</translation>
    </message>
    <message>
        <source>{file} is truncated: {have} of the database's {need} bytes are there. Use another backup.</source>
        <translation>{file} est tronquée : seuls {have} des {need} octets de la base sont présents. Utilisez une autre sauvegarde.</translation>
    </message>
    <message>
        <source>{file} is truncated or damaged at its end: its checksum is missing. Use another backup.</source>
        <translation>{file} est tronquée ou endommagée à la fin : sa somme de contrôle manque. Utilisez une autre sauvegarde.</translation>
    </message>
    <message>
        <source>The upgrade stopped: the {ledger} fails its check, and re-sealing it would hide that. Nothing was changed; restore a backup or keep using the previous version.</source>
        <translation>La mise à jour s’est arrêtée : le {ledger} ne passe pas sa vérification, et le resceller le masquerait. Rien n’a été modifié ; restaurez une sauvegarde ou continuez avec la version précédente.</translation>
    </message>
    <message>
        <source>Write the price in euros, for example 42,50.</source>
        <translation>Écrivez le prix en euros, par exemple 42,50.</translation>
    </message>
    <message>
        <source>The price must be between 0 and 99 999,99 €, in cents.</source>
        <translation>Le prix doit être entre 0 et 99 999,99 €, au centime près.</translation>
    </message>
    <message>
        <source>Give the service a name.</source>
        <translation>Donnez un nom à la prestation.</translation>
    </message>
    <message>
        <source>A service name has at most 80 characters.</source>
        <translation>Le nom d’une prestation a 80 caractères au plus.</translation>
    </message>
    <message>
        <source>A service lasts 5 minutes to 12 hours.</source>
        <translation>Une prestation dure de 5 minutes à 12 heures.</translation>
    </message>
    <message>
        <source>The processing time is 0 minutes to 12 hours.</source>
        <translation>Le temps de pose va de 0 minute à 12 heures.</translation>
    </message>
    <message>
        <source>A colour is written #RRGGBB.</source>
        <translation>Une couleur s’écrit #RRVVBB.</translation>
    </message>
    <message>
        <source>A service called {name} already exists (perhaps archived: restore it).</source>
        <translation>Une prestation nommée {name} existe déjà (peut-être archivée : restaurez-la).</translation>
    </message>
    <message>
        <source>No service with id {id}.</source>
        <translation>Aucune prestation avec l’identifiant {id}.</translation>
    </message>
    <message>
        <source>With its processing time, a service lasts 12 hours at most.</source>
        <translation>Avec son temps de pose, une prestation dure 12 heures au plus.</translation>
    </message>
    <message>
        <source>Write hours as HH:MM-HH:MM, with a comma between ranges, for example 09:00-12:00, 14:00-19:00.</source>
        <translation>Écrivez les horaires HH:MM-HH:MM, avec une virgule entre les plages, par exemple 09:00-12:00, 14:00-19:00.</translation>
    </message>
    <message>
        <source>The ranges {first} and {second} overlap: write each hour once.</source>
        <translation>Les plages {first} et {second} se chevauchent : écrivez chaque heure une seule fois.</translation>
    </message>
    <message>
        <source>A week of hours lists seven days, Monday first.</source>
        <translation>Une semaine d’horaires compte sept jours, en commençant par le lundi.</translation>
    </message>
    <message>
        <source>The legal name is limited to 100 characters.</source>
        <translation>La raison sociale est limitée à 100 caractères.</translation>
    </message>
    <message>
        <source>The address is limited to 200 characters.</source>
        <translation>L’adresse est limitée à 200 caractères.</translation>
    </message>
    <message>
        <source>Give a phone number to reach the client about the appointment.</source>
        <translation>Donnez un numéro de téléphone pour joindre la personne au sujet du rendez-vous.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Les deux mots de passe sont différents.</translation>
    </message>
</context>
<context>
    <name>OpenRequestDialog</name>
    <message>
        <source>New data-protection request</source>
        <translation>Nouvelle demande RGPD</translation>
    </message>
    <message>
        <source>The client asked about their personal data. Log it now: the salon has one month to answer.</source>
        <translation>La ou le client·e a fait une demande sur ses données personnelles. Notez-la maintenant : le salon a un mois pour répondre.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Only if in doubt about who is asking</source>
        <translation>Seulement en cas de doute sur l’identité</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Reçue le</translation>
    </message>
    <message>
        <source>Received how</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Identity check</source>
        <translation>Vérification d’identité</translation>
    </message>
    <message>
        <source>Log the request</source>
        <translation>Noter la demande</translation>
    </message>
    <message>
        <source>Answer due by {date} ({days} days left).</source>
        <translation>Réponse à donner avant le {date} (dans {days} jours).</translation>
    </message>
    <message>
        <source>Choose what the client asked for.</source>
        <translation>Choisissez ce que la ou le client·e a demandé.</translation>
    </message>
</context>
<context>
    <name>OpeningHoursDialog</name>
    <message>
        <source>Opening hours</source>
        <translation>Horaires d’ouverture</translation>
    </message>
    <message>
        <source>One or more ranges a day, such as 09:00-12:00, 14:00-19:00 for a lunch closure. Leave a day empty when the salon is closed.</source>
        <translation>Une ou plusieurs plages par jour, par exemple 09:00-12:00, 14:00-19:00 pour fermer à midi. Laissez vide un jour de fermeture.</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Chaque semaine</translation>
    </message>
    <message>
        <source>Closed on public holidays</source>
        <translation>Fermé les jours fériés</translation>
    </message>
    <message>
        <source>Next: {list}</source>
        <translation>Prochains : {list}</translation>
    </message>
    <message>
        <source>Exceptional closures</source>
        <translation>Fermetures exceptionnelles</translation>
    </message>
</context>
<context>
    <name>OperationRunner</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Salon Desk</source>
        <translation>Salon Desk</translation>
    </message>
</context>
<context>
    <name>OwnerPage</name>
    <message>
        <source>Your owner account</source>
        <translation>Votre compte de gérant·e</translation>
    </message>
    <message>
        <source>Every person at the salon gets a personal login. Yours is the owner's.</source>
        <translation>Chaque membre de l’équipe a son propre identifiant. Le vôtre est celui de la ou du gérant·e.</translation>
    </message>
    <message>
        <source>At least 12 characters. A short sentence works well.</source>
        <translation>Au moins 12 caractères. Une courte phrase convient très bien.</translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation>Votre &amp;nom</translation>
    </message>
    <message>
        <source>&amp;Login</source>
        <translation>&amp;Identifiant</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Mot de passe</translation>
    </message>
    <message>
        <source>Password &amp;again</source>
        <translation>Mot de passe (&amp;confirmation)</translation>
    </message>
    <message>
        <source>Create the salon</source>
        <translation>Créer le salon</translation>
    </message>
    <message>
        <source>This password is acceptable.</source>
        <translation>Ce mot de passe convient.</translation>
    </message>
</context>
<context>
    <name>PasswordAdvice</name>
    <message>
        <source>Use a few words, avoid common phrases.</source>
        <translation>Prenez quelques mots, évitez les expressions courantes.</translation>
    </message>
    <message>
        <source>No need for symbols, digits, or uppercase letters.</source>
        <translation>Inutile d’ajouter des symboles, des chiffres ou des majuscules.</translation>
    </message>
    <message>
        <source>Add another word or two. Uncommon words are better.</source>
        <translation>Ajoutez un ou deux mots. Les mots peu courants sont les meilleurs.</translation>
    </message>
    <message>
        <source>Straight rows of keys are easy to guess.</source>
        <translation>Les touches alignées sont faciles à deviner.</translation>
    </message>
    <message>
        <source>Short keyboard patterns are easy to guess.</source>
        <translation>Les petits motifs sur le clavier sont faciles à deviner.</translation>
    </message>
    <message>
        <source>Use a longer keyboard pattern with more turns.</source>
        <translation>Prenez un motif de clavier plus long, avec plus de changements de direction.</translation>
    </message>
    <message>
        <source>Repeats like "aaa" are easy to guess.</source>
        <translation>Les répétitions comme « aaa » sont faciles à deviner.</translation>
    </message>
    <message>
        <source>Repeats like "abcabcabc" are only slightly harder to guess than "abc".</source>
        <translation>Les répétitions comme « abcabcabc » sont à peine plus difficiles à deviner que « abc ».</translation>
    </message>
    <message>
        <source>Avoid repeated words and characters.</source>
        <translation>Évitez les mots et les caractères répétés.</translation>
    </message>
    <message>
        <source>Sequences like "abc" or "6543" are easy to guess.</source>
        <translation>Les suites comme « abc » ou « 6543 » sont faciles à deviner.</translation>
    </message>
    <message>
        <source>Avoid sequences.</source>
        <translation>Évitez les suites.</translation>
    </message>
    <message>
        <source>Recent years are easy to guess.</source>
        <translation>Les années récentes sont faciles à deviner.</translation>
    </message>
    <message>
        <source>Avoid recent years.</source>
        <translation>Évitez les années récentes.</translation>
    </message>
    <message>
        <source>Avoid years that are associated with you.</source>
        <translation>Évitez les années qui vous concernent.</translation>
    </message>
    <message>
        <source>Dates are often easy to guess.</source>
        <translation>Les dates sont souvent faciles à deviner.</translation>
    </message>
    <message>
        <source>Avoid dates and years that are associated with you.</source>
        <translation>Évitez les dates et les années qui vous concernent.</translation>
    </message>
    <message>
        <source>This is a top-10 common password.</source>
        <translation>C’est l’un des 10 mots de passe les plus courants.</translation>
    </message>
    <message>
        <source>This is a top-100 common password.</source>
        <translation>C’est l’un des 100 mots de passe les plus courants.</translation>
    </message>
    <message>
        <source>This is a very common password.</source>
        <translation>C’est un mot de passe très courant.</translation>
    </message>
    <message>
        <source>This is similar to a commonly used password.</source>
        <translation>Il ressemble à un mot de passe très utilisé.</translation>
    </message>
    <message>
        <source>A word by itself is easy to guess.</source>
        <translation>Un mot seul est facile à deviner.</translation>
    </message>
    <message>
        <source>Names and surnames by themselves are easy to guess.</source>
        <translation>Un prénom ou un nom seul est facile à deviner.</translation>
    </message>
    <message>
        <source>Common names and surnames are easy to guess.</source>
        <translation>Les prénoms et les noms courants sont faciles à deviner.</translation>
    </message>
    <message>
        <source>Capitalization doesn't help very much.</source>
        <translation>Les majuscules n’aident pas beaucoup.</translation>
    </message>
    <message>
        <source>All-uppercase is almost as easy to guess as all-lowercase.</source>
        <translation>Tout en majuscules est presque aussi facile à deviner que tout en minuscules.</translation>
    </message>
    <message>
        <source>Reversed words aren't much harder to guess.</source>
        <translation>Un mot écrit à l’envers n’est guère plus difficile à deviner.</translation>
    </message>
    <message>
        <source>Predictable substitutions like '@' instead of 'a' don't help very much.</source>
        <translation>Les remplacements prévisibles, comme « @ » pour « a », n’aident pas beaucoup.</translation>
    </message>
    <message>
        <source>Common French words are easy to guess.</source>
        <translation>Les mots français courants sont faciles à deviner.</translation>
    </message>
    <message>
        <source>Salon words and beauty brands are easy to guess.</source>
        <translation>Les mots du salon et les marques de beauté sont faciles à deviner.</translation>
    </message>
    <message>
        <source>The salon's name and your own names are easy to guess.</source>
        <translation>Le nom du salon et vos propres nom et prénom sont faciles à deviner.</translation>
    </message>
</context>
<context>
    <name>PasswordChangeDialog</name>
    <message>
        <source>Choose your password</source>
        <translation>Choisissez votre mot de passe</translation>
    </message>
    <message>
        <source>Choose a password of at least 12 characters that only you know. A short sentence is easy to remember and hard to guess.</source>
        <translation>Choisissez un mot de passe d’au moins 12 caractères que vous seul·e connaissez. Une courte phrase est facile à retenir et difficile à deviner.</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Mot de passe actuel</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nouveau mot de passe</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>Confirmation</translation>
    </message>
    <message>
        <source>This password is acceptable.</source>
        <translation>Ce mot de passe convient.</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>Les deux nouveaux mots de passe sont différents.</translation>
    </message>
</context>
<context>
    <name>PasswordReminder</name>
    <message>
        <source>Your owner password is more than a year old. Your account opens every client file and every setting: choose a new password now?</source>
        <translation>Votre mot de passe de gérant·e a plus d’un an. Votre compte ouvre toutes les fiches et tous les réglages : choisir un nouveau mot de passe maintenant ?</translation>
    </message>
</context>
<context>
    <name>PatchTestPage</name>
    <message>
        <source>Product, e.g. Majirel</source>
        <translation>Produit, ex. : Majirel</translation>
    </message>
    <message>
        <source>before every colouring</source>
        <translation>avant chaque coloration</translation>
    </message>
    <message>
        <source> months</source>
        <translation> mois</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Définir</translation>
    </message>
    <message>
        <source>How long a patch test without reaction counts for each product, as its instructions say. Products not listed need a test 48 h before every colouring.</source>
        <translation>Combien de temps un test de tolérance sans réaction compte pour chaque produit, selon sa notice. Les produits absents de la liste demandent un test 48 h avant chaque coloration.</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation><numerusform>%n mois</numerusform><numerusform>%n mois</numerusform></translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Preview: nothing is written yet</source>
        <translation>Aperçu : rien n’est encore enregistré</translation>
    </message>
    <message>
        <source>Row numbers are those your spreadsheet shows (the header is row 1).</source>
        <translation>Les numéros de ligne sont ceux de votre tableur (l’en-tête est la ligne 1).</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Same person as</source>
        <translation>Même personne que</translation>
    </message>
    <message>
        <source>Found by</source>
        <translation>Trouvé par</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Que faire</translation>
    </message>
    <message>
        <source>Why it cannot be imported</source>
        <translation>Pourquoi elle ne peut pas être importée</translation>
    </message>
    <message>
        <source>Card number (never stored)</source>
        <translation>Numéro de carte (jamais enregistré)</translation>
    </message>
    <message>
        <source>Health words found</source>
        <translation>Mots de santé trouvés</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Apply to all duplicates</source>
        <translation>Appliquer à tous les doublons</translation>
    </message>
    <message>
        <source>Merging fills in what the client file lacks and never overwrites it.</source>
        <translation>Fusionner complète ce qui manque à la fiche, sans jamais rien écraser.</translation>
    </message>
    <message>
        <source>A held-back note is not imported with the ordinary notes. It goes to the health section of a client already here who consented to keeping health information; for the others, ask for that consent at their next visit, then add the note.</source>
        <translation>Une note retenue n’est pas importée avec les notes ordinaires. Elle va dans la partie santé d’un client déjà enregistré qui a consenti à la conservation d’informations de santé ; pour les autres, demandez ce consentement lors de leur prochaine visite, puis ajoutez la note.</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Garder les deux</translation>
    </message>
    <message>
        <source>Skip the row</source>
        <translation>Ignorer la ligne</translation>
    </message>
    <message>
        <source>Checking the rows…</source>
        <translation>Vérification des lignes…</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read: {new} new clients, {duplicates} duplicates, {invalid} that cannot be imported, {cards} with a card number, {health} with health information, {formulas} with formulas, {erased} erased earlier.</source>
        <translation><numerusform>%n ligne lue. Nouveaux clients : {new} ; doublons : {duplicates} ; impossibles à importer : {invalid} ; avec un numéro de carte : {cards} ; avec des informations de santé : {health} ; avec des formules : {formulas} ; personnes effacées auparavant : {erased}.</numerusform><numerusform>%n lignes lues. Nouveaux clients : {new} ; doublons : {duplicates} ; impossibles à importer : {invalid} ; avec un numéro de carte : {cards} ; avec des informations de santé : {health} ; avec des formules : {formulas} ; personnes effacées auparavant : {erased}.</numerusform></translation>
    </message>
    <message>
        <source>This very file was already imported on {date}. Importing it again adds nobody twice: people already there are merged.</source>
        <translation>Ce même fichier a déjà été importé le {date}. L’importer de nouveau n’ajoute personne deux fois : les personnes déjà présentes sont fusionnées.</translation>
    </message>
    <message>
        <source>Import without the note</source>
        <translation>Importer sans la note</translation>
    </message>
    <message>
        <source>Hold the note back</source>
        <translation>Retenir la note</translation>
    </message>
    <message>
        <source>Not health information: keep it</source>
        <translation>Pas une information de santé : la garder</translation>
    </message>
    <message>
        <source>{columns}: kept as text, never run</source>
        <translation>{columns} : gardé comme texte, jamais exécuté</translation>
    </message>
    <message>
        <source>Duplicates ({count})</source>
        <translation>Doublons ({count})</translation>
    </message>
    <message>
        <source>Cannot be imported ({count})</source>
        <translation>Invalides ({count})</translation>
    </message>
    <message>
        <source>Card numbers ({count})</source>
        <translation>Cartes ({count})</translation>
    </message>
    <message>
        <source>Health information ({count})</source>
        <translation>Santé ({count})</translation>
    </message>
    <message>
        <source>Formulas ({count})</source>
        <translation>Formules ({count})</translation>
    </message>
    <message>
        <source>Erased earlier ({count})</source>
        <translation>Effacés ({count})</translation>
    </message>
    <message>
        <source>row {row} of the file</source>
        <translation>ligne {row} du fichier</translation>
    </message>
    <message>
        <source>{name} (already a client)</source>
        <translation>{name} (déjà cliente ou client)</translation>
    </message>
    <message>
        <source>email</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>téléphone</translation>
    </message>
    <message>
        <source>name and birth date</source>
        <translation>nom et date de naissance</translation>
    </message>
    <message>
        <source>name (no contact details)</source>
        <translation>nom (sans coordonnées)</translation>
    </message>
    <message>
        <source>{found}, another name</source>
        <translation>{found}, autre nom</translation>
    </message>
    <message>
        <source>… and {count} more rows, which follow the choice made for all</source>
        <translation>… et {count} lignes de plus, qui suivent le choix fait pour toutes</translation>
    </message>
</context>
<context>
    <name>Privacy</name>
    <message>
        <source>Access (a copy of the data)</source>
        <translation>Accès (copie des données)</translation>
    </message>
    <message>
        <source>Portability (data in a reusable file)</source>
        <translation>Portabilité (fichier réutilisable)</translation>
    </message>
    <message>
        <source>Erasure</source>
        <translation>Effacement</translation>
    </message>
    <message>
        <source>Rectification</source>
        <translation>Rectification</translation>
    </message>
    <message>
        <source>Restriction</source>
        <translation>Limitation</translation>
    </message>
    <message>
        <source>Objection to marketing</source>
        <translation>Opposition à la prospection</translation>
    </message>
    <message>
        <source>at the desk</source>
        <translation>à l’accueil</translation>
    </message>
    <message>
        <source>by phone</source>
        <translation>par téléphone</translation>
    </message>
    <message>
        <source>by email</source>
        <translation>par email</translation>
    </message>
    <message>
        <source>by letter</source>
        <translation>par courrier</translation>
    </message>
    <message>
        <source>through the booking platform</source>
        <translation>par la plateforme de réservation</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Unlock with the recovery code</source>
        <translation>Déverrouiller avec le code de secours</translation>
    </message>
    <message>
        <source>Type the recovery code from the sheet printed when the salon was set up.</source>
        <translation>Saisissez le code de secours de la fiche imprimée lors de la configuration du salon.</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <source>Unlocked for this session only: this PC has no usable keyring.</source>
        <translation>Déverrouillé pour cette session seulement : ce PC n’a pas de trousseau utilisable.</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <source>Your recovery code</source>
        <translation>Votre code de secours</translation>
    </message>
    <message>
        <source>This code opens the salon's data on a new PC or if this PC loses its key. It is shown only now: print it or write it down, and keep it away from the PC.</source>
        <translation>Ce code ouvre les données du salon sur un nouveau PC, ou si ce PC perd sa clé. Il n’est affiché qu’une fois : imprimez-le ou notez-le, et rangez-le loin du PC.</translation>
    </message>
    <message>
        <source>Save the recovery sheet (PDF) to print…</source>
        <translation>Enregistrer la fiche de secours (PDF) à imprimer…</translation>
    </message>
    <message>
        <source>I have printed or written down this code</source>
        <translation>J’ai imprimé ou noté ce code</translation>
    </message>
    <message>
        <source>recovery-code-{salon}.pdf</source>
        <translation>code-de-secours-{salon}.pdf</translation>
    </message>
    <message>
        <source>Save the recovery sheet</source>
        <translation>Enregistrer la fiche de secours</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to {path}. Print it now.</source>
        <translation>Enregistrée dans {path}. Imprimez-la maintenant.</translation>
    </message>
</context>
<context>
    <name>RecoverySheet</name>
    <message>
        <source>Salon Desk recovery sheet</source>
        <translation>Fiche de secours Salon Desk</translation>
    </message>
    <message>
        <source>This code unlocks the salon's encrypted database on another PC,</source>
        <translation>Ce code déverrouille la base chiffrée du salon sur un autre PC,</translation>
    </message>
    <message>
        <source>or on this one if the system keyring loses its key.</source>
        <translation>ou sur celui-ci si le trousseau du système perd sa clé.</translation>
    </message>
    <message>
        <source>Keep this sheet in a safe place, away from the computer.</source>
        <translation>Rangez cette fiche en lieu sûr, loin de l’ordinateur.</translation>
    </message>
    <message>
        <source>Anyone holding this code and a copy of the database can read it.</source>
        <translation>Toute personne qui détient ce code et une copie de la base peut la lire.</translation>
    </message>
    <message>
        <source>Salon Desk never shows this code again.</source>
        <translation>Salon Desk n’affichera plus jamais ce code.</translation>
    </message>
    <message>
        <source>Salon: {name}</source>
        <translation>Salon : {name}</translation>
    </message>
    <message>
        <source>Created on {date}</source>
        <translation>Créée le {date}</translation>
    </message>
    <message>
        <source>To use it: copy the salon folder to the PC, start Salon Desk, and type the code when it asks.</source>
        <translation>Pour l’utiliser : copiez le dossier du salon sur le PC, lancez Salon Desk et saisissez le code quand il le demande.</translation>
    </message>
</context>
<context>
    <name>RequestsPanel</name>
    <message>
        <source>open</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>clôturée</translation>
    </message>
    <message>
        <source>Access, copy, erasure, correction, restriction or objection: log every request the same day. The salon has one month to answer.</source>
        <translation>Accès, copie, effacement, rectification, limitation ou opposition : notez chaque demande le jour même. Le salon a un mois pour répondre.</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçue le</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Log a request…</source>
        <translation>Noter une demande…</translation>
    </message>
    <message>
        <source>Report in French</source>
        <translation>Réponse en français</translation>
    </message>
    <message>
        <source>Report in English</source>
        <translation>Réponse en anglais</translation>
    </message>
    <message>
        <source>Access report (PDF)…</source>
        <translation>Réponse d’accès (PDF)…</translation>
    </message>
    <message>
        <source>Copy of the data (JSON)…</source>
        <translation>Copie des données (JSON)…</translation>
    </message>
    <message>
        <source>Extend…</source>
        <translation>Prolonger…</translation>
    </message>
    <message>
        <source>Close the request</source>
        <translation>Clôturer la demande</translation>
    </message>
    <message>
        <source>Correct the file for this request…</source>
        <translation>Corriger la fiche pour cette demande…</translation>
    </message>
    <message>
        <source>Platform told</source>
        <translation>Plateforme prévenue</translation>
    </message>
    <message>
        <source>Erase this client…</source>
        <translation>Effacer la fiche…</translation>
    </message>
    <message>
        <source>{date} ({days} days)</source>
        <translation>{date} ({days} j)</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>en retard</translation>
    </message>
    <message>
        <source>The booking platform holds this client's data too: forward the request to it.</source>
        <translation>La plateforme de réservation détient aussi les données de cette ou ce client·e : transmettez-lui la demande.</translation>
    </message>
    <message>
        <source>The booking platform was told on {date}.</source>
        <translation>La plateforme de réservation a été prévenue le {date}.</translation>
    </message>
    <message>
        <source>Save the access report</source>
        <translation>Enregistrer la réponse d’accès</translation>
    </message>
    <message>
        <source>access-report.pdf</source>
        <translation>reponse-acces.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Report saved to {path}. Fingerprint {fingerprint}.</source>
        <translation>Réponse enregistrée dans {path}. Empreinte {fingerprint}.</translation>
    </message>
    <message>
        <source>Writing the access report…</source>
        <translation>Rédaction de la réponse d’accès…</translation>
    </message>
    <message>
        <source>Save the copy of the data</source>
        <translation>Enregistrer la copie des données</translation>
    </message>
    <message>
        <source>client-data.json</source>
        <translation>donnees-client.json</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>Copy saved to {path} (and a CSV zip beside it).</source>
        <translation>Copie enregistrée dans {path} (et un zip CSV à côté).</translation>
    </message>
    <message>
        <source>Writing the copy of the data…</source>
        <translation>Écriture de la copie des données…</translation>
    </message>
    <message>
        <source>Why does the answer need two more months? The client will be told this reason.</source>
        <translation>Pourquoi la réponse a-t-elle besoin de deux mois de plus ? Cette raison sera donnée à la ou au client·e.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Choose the backup file (on the USB drive or the network folder) and type the recovery code printed when the salon was set up. Staff then sign in with their usual passwords.</source>
        <translation>Choisissez le fichier de sauvegarde (sur la clé USB ou le dossier réseau) et saisissez le code de secours imprimé à l’installation du salon. L’équipe se connecte ensuite avec ses mots de passe habituels.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Fichier de sauvegarde</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Code de secours</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Choose the backup</source>
        <translation>Choisir la sauvegarde</translation>
    </message>
    <message>
        <source>Salon Desk backups (*{suffix})</source>
        <translation>Sauvegardes Salon Desk (*{suffix})</translation>
    </message>
    <message>
        <source>Backup of {salon} made on {date}.</source>
        <translation>Sauvegarde du salon {salon}, faite le {date}.</translation>
    </message>
    <message>
        <source>Choose the backup file first.</source>
        <translation>Choisissez d’abord le fichier de sauvegarde.</translation>
    </message>
    <message>
        <source>Opening the backup with the recovery code…</source>
        <translation>Ouverture de la sauvegarde avec le code de secours…</translation>
    </message>
</context>
<context>
    <name>Retention</name>
    <message>
        <source>3 years after the client's last visit or contact, then deleted or anonymised</source>
        <translation>3 ans après la dernière visite ou le dernier contact, puis supprimées ou anonymisées</translation>
    </message>
    <message>
        <source>a copy stays inside the salon's encrypted backups until they rotate out: 12 months at most with the standard rotation (7 daily, 4 weekly, 12 monthly). Erased data stays there too until then; if such a backup is ever restored, the erasure is applied again before anyone can open a file</source>
        <translation>une copie reste dans les sauvegardes chiffrées du salon jusqu’à leur renouvellement : 12 mois au plus avec le renouvellement habituel (7 quotidiennes, 4 hebdomadaires, 12 mensuelles). Les données effacées y restent aussi jusque-là ; si une telle sauvegarde est un jour restaurée, l’effacement est appliqué de nouveau avant que quiconque puisse ouvrir une fiche</translation>
    </message>
    <message>
        <source>while the salon uses Salon Desk</source>
        <translation>tant que le salon utilise Salon Desk</translation>
    </message>
    <message>
        <source>while the person works at the salon, then deactivated</source>
        <translation>tant que la personne travaille au salon, puis désactivé</translation>
    </message>
    <message>
        <source>while the salon offers it</source>
        <translation>tant que le salon la propose</translation>
    </message>
    <message>
        <source>kept: every wording ever shown is proof</source>
        <translation>gardé : chaque texte présenté sert de preuve</translation>
    </message>
    <message>
        <source>while the consent is used, then 5 years as proof</source>
        <translation>tant que le consentement est utilisé, puis 5 ans comme preuve</translation>
    </message>
    <message>
        <source>the consent memo's quiet period</source>
        <translation>la pause du mémo de consentement</translation>
    </message>
    <message>
        <source>until the health consent is withdrawn, or 24 months without a visit</source>
        <translation>jusqu’au retrait du consentement santé, ou 24 mois sans visite</translation>
    </message>
    <message>
        <source>24 months, or until the health consent is withdrawn</source>
        <translation>24 mois, ou jusqu’au retrait du consentement santé</translation>
    </message>
    <message>
        <source>while the person works at the salon</source>
        <translation>tant que la personne travaille au salon</translation>
    </message>
    <message>
        <source>3 years after the request is closed</source>
        <translation>3 ans après la clôture de la demande</translation>
    </message>
    <message>
        <source>kept: proof that the erasure was done</source>
        <translation>gardé : preuve que l’effacement a été fait</translation>
    </message>
    <message>
        <source>kept while the salon uses Salon Desk</source>
        <translation>gardé tant que le salon utilise Salon Desk</translation>
    </message>
    <message>
        <source>kept: what each import did, and from which file (by its hash)</source>
        <translation>conservé : ce que chaque import a fait, et depuis quel fichier (par son empreinte)</translation>
    </message>
    <message>
        <source>kept with its import report; the link to the client goes with an erasure</source>
        <translation>conservé avec son rapport d’import ; le lien vers la ou le client·e disparaît avec un effacement</translation>
    </message>
    <message>
        <source>12 months (the owner sets 6 to 24)</source>
        <translation>12 mois (la gérante ou le gérant choisit de 6 à 24)</translation>
    </message>
    <message>
        <source>kept: one row per ledger, moved by every append</source>
        <translation>gardé : une ligne par registre, avancée à chaque ajout</translation>
    </message>
    <message>
        <source>kept: each marks where the audit log was pruned</source>
        <translation>gardé : chacun marque où le journal d’audit a été élagué</translation>
    </message>
    <message>
        <source>24 hours: failed sign-ins keep counting across locks</source>
        <translation>24 heures : les échecs de connexion continuent de compter d’un blocage à l’autre</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Owner</source>
        <translation>Gérant·e</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Employé·e</translation>
    </message>
</context>
<context>
    <name>SalonDetailsDialog</name>
    <message>
        <source>Salon details</source>
        <translation>Coordonnées du salon</translation>
    </message>
</context>
<context>
    <name>SalonPage</name>
    <message>
        <source>Welcome to Salon Desk</source>
        <translation>Bienvenue dans Salon Desk</translation>
    </message>
    <message>
        <source>Your clients' data stays encrypted on this PC. First, tell us about the salon.</source>
        <translation>Les données de votre clientèle restent chiffrées sur ce PC. Commençons par le salon.</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Vérifier à nouveau</translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <source>Schedule of {name}</source>
        <translation>Planning de {name}</translation>
    </message>
    <message>
        <source>Works the salon's opening hours</source>
        <translation>Suit les horaires du salon</translation>
    </message>
    <message>
        <source>Has their own hours</source>
        <translation>A ses propres horaires</translation>
    </message>
    <message>
        <source>Breaks are the gaps between ranges: 09:00-12:30, 13:30-18:00. An empty day is a day off.</source>
        <translation>Les pauses sont les écarts entre les plages : 09:00-12:30, 13:30-18:00. Un jour vide est un jour de repos.</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Chaque semaine</translation>
    </message>
    <message>
        <source>Absences: holiday, sick leave, training</source>
        <translation>Absences : congés, arrêt maladie, formation</translation>
    </message>
</context>
<context>
    <name>Sensitive</name>
    <message>
        <source>This action needs your password again.</source>
        <translation>Cette action demande de nouveau votre mot de passe.</translation>
    </message>
</context>
<context>
    <name>ServiceEditor</name>
    <message>
        <source>Edit the service</source>
        <translation>Modifier la prestation</translation>
    </message>
    <message>
        <source>New service</source>
        <translation>Nouvelle prestation</translation>
    </message>
    <message>
        <source>Cut, Colour, Care…</source>
        <translation>Coupe, Couleur, Soin…</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>42,50</source>
        <translation>42,50</translation>
    </message>
    <message>
        <source>Mauve</source>
        <translation>Mauve</translation>
    </message>
    <message>
        <source>Sage</source>
        <translation>Sauge</translation>
    </message>
    <message>
        <source>Sky</source>
        <translation>Ciel</translation>
    </message>
    <message>
        <source>Peach</source>
        <translation>Pêche</translation>
    </message>
    <message>
        <source>Rose</source>
        <translation>Rose</translation>
    </message>
    <message>
        <source>Butter</source>
        <translation>Beurre</translation>
    </message>
    <message>
        <source>Mint</source>
        <translation>Menthe</translation>
    </message>
    <message>
        <source>Sand</source>
        <translation>Sable</translation>
    </message>
    <message>
        <source>Grey</source>
        <translation>Gris</translation>
    </message>
    <message>
        <source>Lilac</source>
        <translation>Lilas</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>C&amp;ategory</source>
        <translation>C&amp;atégorie</translation>
    </message>
    <message>
        <source>&amp;Duration</source>
        <translation>&amp;Durée</translation>
    </message>
    <message>
        <source>&amp;Processing time</source>
        <translation>&amp;Temps de pose</translation>
    </message>
    <message>
        <source>P&amp;rice (€)</source>
        <translation>P&amp;rix (€)</translation>
    </message>
    <message>
        <source>Co&amp;lour</source>
        <translation>Cou&amp;leur</translation>
    </message>
    <message>
        <source>The processing time (a colour developing) is added to the duration: 90 min with 30 min processing books 2 hours. The price is information only: Salon Desk records no payments.</source>
        <translation>Le temps de pose (une couleur qui agit) s’ajoute à la durée : 90 min avec 30 min de pose réservent 2 heures. Le prix est indicatif : Salon Desk n’enregistre aucun paiement.</translation>
    </message>
</context>
<context>
    <name>ServicesDialog</name>
    <message>
        <source>Services</source>
        <translation>Prestations</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Prestation</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>Temps de pose</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Show archived services</source>
        <translation>Afficher les prestations archivées</translation>
    </message>
    <message>
        <source>Archived services can no longer be booked; past appointments keep them. Prices are information only.</source>
        <translation>Une prestation archivée ne peut plus être réservée ; les rendez-vous passés la gardent. Les prix sont indicatifs.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>A&amp;rchive</source>
        <translation>A&amp;rchiver</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivée</translation>
    </message>
    <message>
        <source>Res&amp;tore</source>
        <translation>Res&amp;taurer</translation>
    </message>
    <message>
        <source>Archive {name}? It can no longer be booked; past appointments keep it.</source>
        <translation>Archiver {name} ? Elle ne pourra plus être réservée ; les rendez-vous passés la gardent.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Lock after idle minutes</source>
        <translation>Verrouiller après minutes d’inactivité</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Horaires d’ouverture</translation>
    </message>
    <message>
        <source>Closed on public holidays</source>
        <translation>Fermé les jours fériés</translation>
    </message>
    <message>
        <source>Colour the book by</source>
        <translation>Couleurs de l’agenda</translation>
    </message>
    <message>
        <source>Quiet period after a refusal (days)</source>
        <translation>Pause après un refus (jours)</translation>
    </message>
    <message>
        <source>Health data retention (months)</source>
        <translation>Conservation des données de santé (mois)</translation>
    </message>
    <message>
        <source>Audit log retention (months)</source>
        <translation>Conservation du journal d’audit (mois)</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>Horaires de travail</translation>
    </message>
    <message>
        <source>Patch test validity (months, 0: before every colouring)</source>
        <translation>Validité d’un test de tolérance (mois, 0 : avant chaque coloration)</translation>
    </message>
    <message>
        <source>Legal name (company name)</source>
        <translation>Raison sociale</translation>
    </message>
    <message>
        <source>How the texts name the salon</source>
        <translation>Nom du salon dans les textes</translation>
    </message>
    <message>
        <source>Where clients read the privacy notice</source>
        <translation>Où lire la politique de confidentialité</translation>
    </message>
    <message>
        <source>Where clients exercise their rights</source>
        <translation>Où exercer ses droits</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source> months</source>
        <translation> mois</translation>
    </message>
    <message>
        <source>appointment status</source>
        <translation>selon le statut du rendez-vous</translation>
    </message>
    <message>
        <source>service category</source>
        <translation>selon la catégorie de prestation</translation>
    </message>
    <message>
        <source>What each role sees of a client</source>
        <translation>Ce que chaque rôle voit d’une fiche client</translation>
    </message>
    <message>
        <source>Managers</source>
        <translation>Managers</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Employé·es</translation>
    </message>
    <message>
        <source>full name and contact details</source>
        <translation>nom complet et coordonnées</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <source>health information and patch tests</source>
        <translation>informations de santé et tests de tolérance</translation>
    </message>
    <message>
        <source>Masked contact details show the first name and initial, the last 4 digits of the phone and the first 4 characters of the email, in every screen, search and export.</source>
        <translation>Les coordonnées masquées montrent le prénom et l’initiale, les 4 derniers chiffres du téléphone et les 4 premiers caractères de l’e-mail, dans chaque écran, recherche et export.</translation>
    </message>
    <message>
        <source>Colour the book by</source>
        <translation>Couleurs de l’agenda</translation>
    </message>
    <message>
        <source>Lock the screen after</source>
        <translation>Verrouiller l’écran après</translation>
    </message>
    <message>
        <source>After a refusal, do not ask about consent again for</source>
        <translation>Après un refus, ne pas redemander le consentement avant</translation>
    </message>
    <message>
        <source>Access and desk</source>
        <translation>Accès et accueil</translation>
    </message>
    <message>
        <source>Salon in the consent texts</source>
        <translation>Le salon dans les textes</translation>
    </message>
    <message>
        <source>Patch tests</source>
        <translation>Tests de tolérance</translation>
    </message>
    <message>
        <source>Keep the audit log for</source>
        <translation>Conserver le journal d’audit pendant</translation>
    </message>
</context>
<context>
    <name>SlotPicker</name>
    <message>
        <source>Choose a service…</source>
        <translation>Choisir une prestation…</translation>
    </message>
    <message>
        <source>{name} ({minutes} min)</source>
        <translation>{name} ({minutes} min)</translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <source>&amp;Service</source>
        <translation>&amp;Prestation</translation>
    </message>
    <message>
        <source>&amp;With</source>
        <translation>&amp;Avec</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;Jour</translation>
    </message>
    <message>
        <source>&amp;Time</source>
        <translation>&amp;Heure</translation>
    </message>
    <message>
        <source>Nothing free on this day for {name}: choose another day.</source>
        <translation>Rien de libre ce jour-là pour {name} : choisissez un autre jour.</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <source>Staff</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>New staff get a one-time password and choose their own at first sign-in. Deactivate an account as soon as someone leaves.</source>
        <translation>Chaque nouvelle personne reçoit un mot de passe à usage unique et choisit le sien à la première connexion. Désactivez un compte dès qu’une personne quitte le salon.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>&amp;Schedule and absences…</source>
        <translation>&amp;Planning et absences…</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Renommer…</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Débloquer</translation>
    </message>
    <message>
        <source>New one-time password</source>
        <translation>Nouveau mot de passe à usage unique</translation>
    </message>
    <message>
        <source>Set role</source>
        <translation>Changer le rôle</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Bloqué</translation>
    </message>
    <message>
        <source>Awaiting first sign-in</source>
        <translation>En attente de première connexion</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <source>The name the team and clients read for {login} (empty: the login):</source>
        <translation>Le nom que l’équipe et les clients lisent pour {login} (vide : l’identifiant) :</translation>
    </message>
    <message>
        <source>One-time password</source>
        <translation>Mot de passe à usage unique</translation>
    </message>
    <message>
        <source>Give this one-time password to {login} in person: {otp}
They will choose their own password when they first sign in.</source>
        <translation>Remettez ce mot de passe à usage unique à {login} en personne : {otp}
La personne choisira son propre mot de passe à sa première connexion.</translation>
    </message>
</context>
<context>
    <name>TimeOff</name>
    <message>
        <source>Closed</source>
        <translation>Fermé</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>Congés</translation>
    </message>
    <message>
        <source>Sick leave</source>
        <translation>Arrêt maladie</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Formation</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Absent·e</translation>
    </message>
</context>
<context>
    <name>TimeOffDialog</name>
    <message>
        <source>Absence of {name}</source>
        <translation>Absence de {name}</translation>
    </message>
    <message>
        <source>Closure</source>
        <translation>Fermeture</translation>
    </message>
    <message>
        <source>Part of the day only</source>
        <translation>Une partie de la journée seulement</translation>
    </message>
    <message>
        <source>Works, summer break…</source>
        <translation>Travaux, congés d’été…</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Motif</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Du</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Au</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Début</translation>
    </message>
    <message>
        <source>&amp;End</source>
        <translation>&amp;Fin</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Appointments to move</source>
        <translation>Rendez-vous à déplacer</translation>
    </message>
    <message numerus="yes">
        <source>%n booked appointment(s) fall in this time. Call the clients to move them:</source>
        <translation><numerusform>%n rendez-vous réservé tombe sur cette période. Appelez le client pour le déplacer :</numerusform><numerusform>%n rendez-vous réservés tombent sur cette période. Appelez les clients pour les déplacer :</numerusform></translation>
    </message>
</context>
<context>
    <name>TimeOffList</name>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Add an absence…</source>
        <translation>Ajouter une absence…</translation>
    </message>
    <message>
        <source>Add a closure…</source>
        <translation>Ajouter une fermeture…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation>du {first} au {last}</translation>
    </message>
    <message>
        <source>all day</source>
        <translation>toute la journée</translation>
    </message>
</context>
<context>
    <name>UpdateNotice</name>
    <message>
        <source>Salon Desk {version} is ready: it installs at the next start. &lt;a href="about"&gt;What's new&lt;/a&gt;</source>
        <translation>Salon Desk {version} est prête : elle s’installera au prochain démarrage. &lt;a href="about"&gt;Nouveautés&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>WeekEditor</name>
    <message>
        <source>closed</source>
        <translation>fermé</translation>
    </message>
</context>
<context>
    <name>Weekdays</name>
    <message>
        <source>Monday</source>
        <translation>Lundi</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Mardi</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Mercredi</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Jeudi</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Vendredi</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Samedi</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Dimanche</translation>
    </message>
</context>
<context>
    <name>WithdrawDialog</name>
    <message>
        <source>At the desk</source>
        <translation>À l’accueil</translation>
    </message>
    <message>
        <source>By phone</source>
        <translation>Par téléphone</translation>
    </message>
    <message>
        <source>By email</source>
        <translation>Par e-mail</translation>
    </message>
    <message>
        <source>By letter</source>
        <translation>Par courrier</translation>
    </message>
    <message>
        <source>Withdraw the health consent</source>
        <translation>Retirer le consentement santé</translation>
    </message>
    <message>
        <source>{name} withdraws their consent to keep health information. Their health information will be deleted now: the health note, the allergy alert and every patch test. The proof of the consent and of its withdrawal is kept.</source>
        <translation>{name} retire son consentement à la conservation de ses informations de santé. Elles seront supprimées maintenant : la note de santé, l’alerte allergie et tous les tests de tolérance. La preuve du consentement et de son retrait est gardée.</translation>
    </message>
    <message>
        <source>Withdraw consent</source>
        <translation>Retirer le consentement</translation>
    </message>
    <message>
        <source>{name} no longer wants marketing by {channel}. It stops at once.</source>
        <translation>{name} ne veut plus recevoir d’offres par {channel}. Cela s’arrête tout de suite.</translation>
    </message>
    <message>
        <source>How did the client tell the salon?</source>
        <translation>Comment la ou le client·e l’a-t-il fait savoir ?</translation>
    </message>
    <message>
        <source>Delete the health information</source>
        <translation>Supprimer les informations de santé</translation>
    </message>
    <message>
        <source>Record the withdrawal</source>
        <translation>Enregistrer le retrait</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>utilisation : </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>arguments </translation>
    </message>
    <message>
        <source>options</source>
        <translation>options </translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>afficher cette aide et quitter</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s : erreur : %(message)s
</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>ces arguments sont obligatoires : %s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>choix invalide : %(value)r (choisir parmi %(choices)s)</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>arguments inconnus : %s</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s : %(message)s</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>valeur %(type)s invalide : %(value)r</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>un argument attendu</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>au plus un argument attendu</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>au moins un argument attendu</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>option ambiguë : %(option)s peut correspondre à %(matches)s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>interdit avec l’argument %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>l’un des arguments %s est obligatoire</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>argument explicite ignoré %r</translation>
    </message>
</context>
</TS>