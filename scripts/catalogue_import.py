"""French wording for the client-file import: the wizard, its preview and consent step, the reports, the CLI and
the reader's messages.

Merged into scripts/catalogue.py's FR (and EN for plural forms). Words a salon uses: « fiche client », « ligne »
(a spreadsheet row), « colonne », « consentement », « pas encore demandé ».
"""
from __future__ import annotations

FR: dict[tuple[str, str], str | tuple[str, str]] = {
    ("AuditActions", "Clients imported from a file"): "Clients importés depuis un fichier",
    ("AuditActions", "import report"): "rapport d’import",
    ("CLI", "Each --attest-consent needs its --evidence, --obtained-on and --text-version."):
        "Chaque --attest-consent demande ses --evidence, --obtained-on et --text-version.",
    ("MainWindow", "Import clients from a file…"): "Importer des clients depuis un fichier…",
    ("Retention", "kept: what each import did, and from which file (by its hash)"):
        "conservé : ce que chaque import a fait, et depuis quel fichier (par son empreinte)",
    ("Retention", "kept with its import report; the link to the client goes with an erasure"):
        "conservé avec son rapport d’import ; le lien vers la ou le client·e disparaît avec un effacement",

    # The wizard
    ("ImportWizard", "Import clients from a file"): "Importer des clients depuis un fichier",
    ("FilePage", "Choose the file"): "Choisir le fichier",
    ("FilePage", "Export the clients from your previous software as CSV or Excel (.xlsx). Salon Desk reads the file "
                 "where it is and keeps no copy of it."):
        "Exportez les clients de votre ancien logiciel en CSV ou en Excel (.xlsx). Salon Desk lit le fichier là où il "
        "est et n’en garde aucune copie.",
    ("FilePage", "No file chosen yet"): "Aucun fichier choisi",
    ("FilePage", "Choose…"): "Choisir…",
    ("FilePage", "Sheet"): "Feuille",
    ("FilePage", "Import only clients who gave their details to the salon themselves. Card numbers are never "
                 "imported, and nobody is marked as consenting to marketing unless you attest how they consented."):
        "N’importez que des clients qui ont donné eux-mêmes leurs coordonnées au salon. Les numéros de carte ne sont "
        "jamais importés, et personne n’est noté comme consentant aux offres sans que vous attestiez comment ce "
        "consentement a été donné.",
    ("FilePage", "Earlier imports…"): "Imports précédents…",
    ("FilePage", "Choose the client file"): "Choisir le fichier des clients",
    ("FilePage", "Client files (*.csv *.txt *.xlsx);;All files (*)"):
        "Fichiers clients (*.csv *.txt *.xlsx);;Tous les fichiers (*)",
    ("FilePage", "Reading the file…"): "Lecture du fichier…",
    ("FilePage", "Excel workbook, sheet “{sheet}”"): "classeur Excel, feuille « {sheet} »",
    ("FilePage", "tab"): "tabulation",
    ("FilePage", "text file in {encoding}, separator {delimiter}"): "fichier texte en {encoding}, séparateur {delimiter}",
    ("FilePage", "%n row(s) and {columns} columns read ({how})."):
        ("%n ligne et {columns} colonnes lues ({how}).", "%n lignes et {columns} colonnes lues ({how})."),
    ("MappingPage", "Check the columns"): "Vérifier les colonnes",
    ("MappingPage", "Each column of the file goes into a field of the client file. Correct a column if needed, or "
                    "choose “Do not import”."):
        "Chaque colonne du fichier va dans une rubrique de la fiche client. Corrigez une colonne si besoin, ou "
        "choisissez « Ne pas importer ».",
    ("MappingPage", "Column"): "Colonne",
    ("MappingPage", "Examples from the file"): "Exemples tirés du fichier",
    ("MappingPage", "Import as"): "Importer comme",
    ("MappingPage", "Columns such as the address or loyalty points have no place in Salon Desk: they are left out. "
                    "The notes may come from several columns."):
        "Des colonnes comme l’adresse ou les points de fidélité n’ont pas leur place dans Salon Desk : elles sont "
        "laissées de côté. Les notes peuvent venir de plusieurs colonnes.",
    ("PreviewPage", "Preview: nothing is written yet"): "Aperçu : rien n’est encore enregistré",
    ("PreviewPage", "Row numbers are those your spreadsheet shows (the header is row 1)."):
        "Les numéros de ligne sont ceux de votre tableur (l’en-tête est la ligne 1).",
    ("PreviewPage", "Row"): "Ligne",
    ("PreviewPage", "Same person as"): "Même personne que",
    ("PreviewPage", "Found by"): "Trouvé par",
    ("PreviewPage", "What to do"): "Que faire",
    ("PreviewPage", "Why it cannot be imported"): "Pourquoi elle ne peut pas être importée",
    ("PreviewPage", "Card number (never stored)"): "Numéro de carte (jamais enregistré)",
    ("PreviewPage", "Health words found"): "Mots de santé trouvés",
    ("PreviewPage", "Columns"): "Colonnes",
    ("PreviewPage", "Why"): "Pourquoi",
    ("PreviewPage", "Apply to all duplicates"): "Appliquer à tous les doublons",
    ("PreviewPage", "Merging fills in what the client file lacks and never overwrites it."):
        "Fusionner complète ce qui manque à la fiche, sans jamais rien écraser.",
    ("PreviewPage", "Merge"): "Fusionner",
    ("PreviewPage", "Keep both"): "Garder les deux",
    ("PreviewPage", "Skip the row"): "Ignorer la ligne",
    ("PreviewPage", "Checking the rows…"): "Vérification des lignes…",
    ("PreviewPage", "%n row(s) read: {new} new clients, {duplicates} duplicates, {invalid} that cannot be imported, "
                    "{cards} with a card number, {health} with health information, {formulas} with formulas, "
                    "{erased} erased earlier."):
        ("%n ligne lue. Nouveaux clients : {new} ; doublons : {duplicates} ; impossibles à importer : {invalid} ; "
         "avec un numéro de carte : {cards} ; avec des informations de santé : {health} ; avec des formules : "
         "{formulas} ; personnes effacées auparavant : {erased}.",
         "%n lignes lues. Nouveaux clients : {new} ; doublons : {duplicates} ; impossibles à importer : {invalid} ; "
         "avec un numéro de carte : {cards} ; avec des informations de santé : {health} ; avec des formules : "
         "{formulas} ; personnes effacées auparavant : {erased}."),
    ("PreviewPage", "This very file was already imported on {date}. Importing it again adds nobody twice: people "
                    "already there are merged."):
        "Ce même fichier a déjà été importé le {date}. L’importer de nouveau n’ajoute personne deux fois : les "
        "personnes déjà présentes sont fusionnées.",
    ("PreviewPage", "Import without the note"): "Importer sans la note",
    ("PreviewPage", "Hold the note back"): "Retenir la note",
    ("PreviewPage", "Not health information: keep it"): "Pas une information de santé : la garder",
    ("PreviewPage", "{columns}: kept as text, never run"): "{columns} : gardé comme texte, jamais exécuté",
    ("PreviewPage", "Duplicates ({count})"): "Doublons ({count})",
    ("PreviewPage", "Cannot be imported ({count})"): "Invalides ({count})",
    ("PreviewPage", "Card numbers ({count})"): "Cartes ({count})",
    ("PreviewPage", "Health information ({count})"): "Santé ({count})",
    ("PreviewPage", "Formulas ({count})"): "Formules ({count})",
    ("PreviewPage", "Erased earlier ({count})"): "Effacés ({count})",
    ("PreviewPage", "row {row} of the file"): "ligne {row} du fichier",
    ("PreviewPage", "{name} (already a client)"): "{name} (déjà cliente ou client)",
    ("PreviewPage", "email"): "e-mail",
    ("PreviewPage", "phone"): "téléphone",
    ("PreviewPage", "name and birth date"): "nom et date de naissance",
    ("PreviewPage", "name (no contact details)"): "nom (sans coordonnées)",
    ("PreviewPage", "{found}, another name"): "{found}, autre nom",
    ("ImportPage", "The first {shown} rows are shown here; export the report for all {rows}."):
        "Les {shown} premières lignes sont affichées ici ; exportez le rapport pour les {rows}.",
    ("PreviewPage", "A held-back note is not imported with the ordinary notes. It goes to the health section of a "
                    "client already here who consented to keeping health information; for the others, ask for that "
                    "consent at their next visit, then add the note."):
        "Une note retenue n’est pas importée avec les notes ordinaires. Elle va dans la partie santé d’un client déjà "
        "enregistré qui a consenti à la conservation d’informations de santé ; pour les autres, demandez ce "
        "consentement lors de leur prochaine visite, puis ajoutez la note.",
    ("PreviewPage", "… and {count} more rows, which follow the choice made for all"):
        "… et {count} lignes de plus, qui suivent le choix fait pour toutes",
    ("ChannelBox", "The column “{column}” says yes for {yes} clients and no for {no}."):
        "La colonne « {column} » dit oui pour {yes} clients et non pour {no}.",
    ("ChannelBox", "Do not use this column: every client is “not asked yet” and will be asked at the next visit"):
        "Ne pas utiliser cette colonne : chaque client est « pas encore demandé » et sera interrogé à sa prochaine "
        "visite",
    ("ChannelBox", "I attest that these clients gave their consent themselves, as described below"):
        "J’atteste que ces clients ont donné eux-mêmes leur consentement, comme décrit ci-dessous",
    ("ChannelBox", "e.g. signed paper form at the desk"): "ex. : formulaire papier signé à l’accueil",
    ("ChannelBox", "DD/MM/YYYY"): "JJ/MM/AAAA",
    ("ChannelBox", "Version {version}"): "Version {version}",
    ("ChannelBox", "Every client whose answer is in the file"): "Tous les clients dont la réponse figure dans le fichier",
    ("ChannelBox", "Only the clients I tick"): "Seulement les clients que je coche",
    ("ChannelBox", "Row {row}: {name} ({answer})"): "Ligne {row} : {name} ({answer})",
    ("ChannelBox", "yes"): "oui",
    ("ChannelBox", "no"): "non",
    ("ChannelBox", "How they gave it"): "Comment il a été donné",
    ("ChannelBox", "When (last date)"): "Quand (dernière date)",
    ("ChannelBox", "Text they were shown"): "Texte présenté",
    ("ChannelBox", "For"): "Pour",
    ("ConsentPage", "Marketing consent"): "Consentement aux offres",
    ("ConsentPage", "Mark a client as consenting only with real consent: given by the client, to a text you can show. "
                    "Otherwise the client is imported as “not asked yet”."):
        "Ne notez un client comme consentant qu’avec un vrai consentement : donné par le client, sur un texte que "
        "vous pouvez montrer. Sinon, le client est importé comme « pas encore demandé ».",
    ("ConsentPage", "Import"): "Importer",
    ("ConsentPage", "The file has no consent column. Every client is imported as “not asked yet”: the consent memo "
                    "asks them at their next visit."):
        "Le fichier n’a pas de colonne de consentement. Chaque client est importé comme « pas encore demandé » : le "
        "mémo de consentement le lui demandera à sa prochaine visite.",
    ("ImportPage", "Import"): "Import",
    ("ImportPage", "Row"): "Ligne",
    ("ImportPage", "Outcome"): "Résultat",
    ("ImportPage", "Reason"): "Motif",
    ("ImportPage", "Notes"): "Notes",
    ("ImportPage", "Consent events"): "Décisions de consentement",
    ("ImportPage", "Export the report (CSV)…"): "Exporter le rapport (CSV)…",
    ("ImportPage", "Try again"): "Réessayer",
    ("ImportPage", "Nothing was imported: importing needs your password."):
        "Rien n’a été importé : l’import demande votre mot de passe.",
    ("ImportPage", "Importing the clients…"): "Import des clients…",
    ("ImportPage", "Import cancelled: nothing was imported, the client files are as they were."):
        "Import annulé : rien n’a été importé, les fiches clients sont restées telles quelles.",
    ("ImportPage", "Nothing was imported. {reason}"): "Rien n’a été importé. {reason}",
    ("ImportPage", "Done. %n client(s) imported, {merged} merged, {unchanged} already there, {skipped} skipped."):
        ("Terminé. %n client importé ; fusionnés : {merged} ; déjà présents : {unchanged} ; ignorés : {skipped}.",
         "Terminé. %n clients importés ; fusionnés : {merged} ; déjà présents : {unchanged} ; ignorés : {skipped}."),
    ("ImportPage", "%n consent decision(s) recorded. The report is kept (Earlier imports)."):
        ("%n décision de consentement enregistrée. Le rapport est conservé (Imports précédents).",
         "%n décisions de consentement enregistrées. Le rapport est conservé (Imports précédents)."),
    ("ImportPage", "Export the import report"): "Exporter le rapport d’import",
    ("ImportPage", "import-report.csv"): "rapport-import.csv",
    ("ImportPage", "CSV files (*.csv)"): "Fichiers CSV (*.csv)",
    ("ImportPage", "%n row(s) written to {file}."): ("%n ligne écrite dans {file}.", "%n lignes écrites dans {file}."),
    ("ImportReportsDialog", "Earlier imports"): "Imports précédents",
    ("ImportReportsDialog", "Date"): "Date",
    ("ImportReportsDialog", "File"): "Fichier",
    ("ImportReportsDialog", "Rows"): "Lignes",
    ("ImportReportsDialog", "Imported"): "Importés",
    ("ImportReportsDialog", "Merged"): "Fusionnés",
    ("ImportReportsDialog", "Skipped"): "Ignorés",
    ("ImportReportsDialog", "Consent events"): "Décisions de consentement",
    ("ImportReportsDialog", "Row"): "Ligne",
    ("ImportReportsDialog", "Outcome"): "Résultat",
    ("ImportReportsDialog", "Reason"): "Motif",
    ("ImportReportsDialog", "Notes"): "Notes",
    ("ImportReportsDialog", "Export CSV…"): "Exporter en CSV…",
    ("ImportReportsDialog", "No client file was imported yet."): "Aucun fichier client n’a encore été importé.",
    ("ImportReportsDialog", "{file} ({format}), SHA-256 {sha256}"): "{file} ({format}), SHA-256 {sha256}",
    ("ImportReportsDialog", "Export the import report"): "Exporter le rapport d’import",
    ("ImportReportsDialog", "import-report.csv"): "rapport-import.csv",
    ("ImportReportsDialog", "CSV files (*.csv)"): "Fichiers CSV (*.csv)",
    ("ImportReportsDialog", "%n row(s) written to {file}."):
        ("%n ligne écrite dans {file}.", "%n lignes écrites dans {file}."),

    # Fields, reasons and outcomes (Qt-free, shown by the wizard, the CLI and the CSV report)
    ("Import", "Last name"): "Nom",
    ("Import", "First name"): "Prénom",
    ("Import", "Full name (last and first name in one cell)"): "Nom complet (nom et prénom dans une cellule)",
    ("Import", "Email"): "E-mail",
    ("Import", "Phone"): "Téléphone",
    ("Import", "Mobile phone"): "Portable",
    ("Import", "Birth date"): "Date de naissance",
    ("Import", "Notes"): "Notes",
    ("Import", "Email marketing consent (yes/no)"): "Consentement aux offres par e-mail (oui/non)",
    ("Import", "SMS marketing consent (yes/no)"): "Consentement aux offres par SMS (oui/non)",
    ("Import", "Date the file was created (checked, not kept)"): "Date de création de la fiche (vérifiée, non conservée)",
    ("Import", "Do not import"): "Ne pas importer",
    ("Import", "more cells than the header has columns (a separator inside an unquoted value?)"):
        "plus de cellules que l’en-tête n’a de colonnes (un séparateur dans une valeur sans guillemets ?)",
    ("Import", "a payment card number in a cell other than the notes: the row is not imported"):
        "un numéro de carte bancaire ailleurs que dans les notes : la ligne n’est pas importée",
    ("Import", "no last name"): "pas de nom",
    ("Import", "the last name is too long or holds control characters"):
        "le nom est trop long ou contient des caractères de contrôle",
    ("Import", "no first name"): "pas de prénom",
    ("Import", "the first name is too long or holds control characters"):
        "le prénom est trop long ou contient des caractères de contrôle",
    ("Import", "the email address is not valid"): "l’adresse e-mail n’est pas valide",
    ("Import", "a phone number is not valid"): "un numéro de téléphone n’est pas valide",
    ("Import", "the birth date is not a date (DD/MM/YYYY)"): "la date de naissance n’est pas une date (JJ/MM/AAAA)",
    ("Import", "the birth date is in the future or before 1900"): "la date de naissance est dans le futur ou avant 1900",
    ("Import", "the creation date is not a date (DD/MM/YYYY)"): "la date de création n’est pas une date (JJ/MM/AAAA)",
    ("Import", "the notes are longer than 10,000 characters"): "les notes dépassent 10 000 caractères",
    ("Import", "this person's data was erased at their request: not re-added"):
        "les données de cette personne ont été effacées à sa demande : pas de nouvel ajout",
    ("Import", "skipped: a payment card number in the notes"): "ignorée : un numéro de carte bancaire dans les notes",
    ("Import", "skipped: a duplicate"): "ignorée : un doublon",
    ("Import", "the client asked to restrict the use of their data: left as it is"):
        "la ou le client·e a demandé la limitation de ses données : fiche laissée telle quelle",
    ("Import", "refused by the client service"): "refusée par le contrôle des fiches clients",
    ("Import", "imported"): "importée",
    ("Import", "merged"): "fusionnée",
    ("Import", "already there"): "déjà présente",
    ("Import", "skipped"): "ignorée",
    ("Import", "note dropped: it held a payment card number"): "note écartée : elle contenait un numéro de carte bancaire",
    ("Import", "note held back: health information needs the client's explicit consent"):
        "note retenue : une information de santé demande le consentement explicite de la ou du client·e",
    ("Import", "note kept: checked as not health information"): "note gardée : vérifiée, pas une information de santé",
    ("Import", "note moved to the health section: the client consented to it"):
        "note placée dans la partie santé : la cliente ou le client y a consenti",
    ("Import", "note not added: the client's notes need checking at the desk"):
        "note non ajoutée : les notes de la fiche sont à vérifier à l’accueil",
    ("Import", "note not added: the client's notes would pass 10,000 characters"):
        "note non ajoutée : les notes de la fiche dépasseraient 10 000 caractères",
    ("Import", "note not added: the client's data is restricted"): "note non ajoutée : les données de la fiche sont limitées",
    ("Import", "Row"): "Ligne",
    ("Import", "Outcome"): "Résultat",
    ("Import", "Reason"): "Motif",
    ("Import", "Consent events"): "Décisions de consentement",
    ("Import", "Client"): "Client",
    ("Import", "Importing the clients…"): "Import des clients…",

    # The reader's and the service's messages
    ("Messages", "Write each mapping as COLUMN=field, with a field among: {fields}."):
        "Écrivez chaque correspondance COLONNE=rubrique, avec une rubrique parmi : {fields}.",
    ("Messages", "The file has no column {column}."): "Le fichier n’a pas de colonne {column}.",
    ("Messages", "No column holds the clients' names. Choose which column is the last name (or the full name). If "
                 "the column names are not on the first line of the file, delete the lines above them."):
        "Aucune colonne ne contient le nom des clients. Choisissez la colonne du nom (ou du nom complet). Si les noms "
        "de colonnes ne sont pas sur la première ligne du fichier, supprimez les lignes au-dessus.",
    ("Messages", "Two columns are mapped to the same field: keep one, ignore the other."):
        "Deux colonnes vont dans la même rubrique : gardez-en une, ignorez l’autre.",
    ("Messages", "The file {name} cannot be opened."): "Le fichier {name} ne peut pas être ouvert.",
    ("Messages", "The file {name} is empty."): "Le fichier {name} est vide.",
    ("Messages", "The file {name} is too large ({size} MB; the limit is {limit} MB, about 200,000 clients). Split it "
                 "into smaller files and import them one after the other."):
        "Le fichier {name} est trop volumineux ({size} Mo ; la limite est de {limit} Mo, environ 200 000 clients). "
        "Découpez-le en fichiers plus petits et importez-les l’un après l’autre.",
    ("Messages", "The file {name} has no header row."): "Le fichier {name} n’a pas de ligne d’en-tête.",
    ("Messages", "{name} is protected by a password. Open it in Excel or LibreOffice, save a copy without the "
                 "password, then import that copy."):
        "{name} est protégé par un mot de passe. Ouvrez-le dans Excel ou LibreOffice, enregistrez une copie sans "
        "mot de passe, puis importez cette copie.",
    ("Messages", "The file {name} has a header but no client rows."):
        "Le fichier {name} a un en-tête mais aucune ligne de client.",
    ("Messages", "The first row of {name} holds client details (an email address or a long number), not column "
                 "names. Add a row of column names at the top (Nom, Prénom, E-mail…), then import again."):
        "La première ligne de {name} contient les coordonnées d’un client (une adresse e-mail ou un long numéro), pas "
        "des noms de colonnes. Ajoutez en haut une ligne de noms de colonnes (Nom, Prénom, E-mail…), puis importez à "
        "nouveau.",
    ("Messages", "{name} is in the old Excel format (.xls). Open it in Excel or LibreOffice and save it as .xlsx or as "
                 "CSV, then import that file."):
        "{name} est à l’ancien format Excel (.xls). Ouvrez-le dans Excel ou LibreOffice et enregistrez-le en .xlsx "
        "ou en CSV, puis importez ce fichier.",
    ("Messages", "{name} is a PDF document, not a table. Export the clients from the old software as CSV or Excel "
                 "instead."):
        "{name} est un document PDF, pas un tableau. Exportez plutôt les clients de l’ancien logiciel en CSV ou en "
        "Excel.",
    ("Messages", "{name} is not a text table (CSV) nor an Excel workbook (.xlsx). Export the clients from the old "
                 "software as CSV or Excel."):
        "{name} n’est ni un tableau texte (CSV) ni un classeur Excel (.xlsx). Exportez les clients de l’ancien "
        "logiciel en CSV ou en Excel.",
    ("Messages", "{name} is a text file (CSV): it has no sheets, so there is no sheet {sheet} to read. Import it "
                 "without naming a sheet."):
        "{name} est un fichier texte (CSV) : il n’a pas de feuilles, il n’y a donc pas de feuille {sheet} à lire. "
        "Importez-le sans nommer de feuille.",
    ("Messages", "{name} cannot be read from row {row} on: a quote is not closed, or a cell is too long. Open it "
                 "in Excel or LibreOffice, check that row, and save it again."):
        "{name} ne peut pas être lu à partir de la ligne {row} : un guillemet n’est pas fermé, ou une cellule est trop "
        "longue. Ouvrez-le dans Excel ou LibreOffice, vérifiez cette ligne et enregistrez-le de nouveau.",
    ("Messages", "{name} has {count} columns; Salon Desk reads at most {limit}. Remove the columns you do not need "
                 "and try again."):
        "{name} a {count} colonnes ; Salon Desk en lit au plus {limit}. Supprimez les colonnes inutiles et "
        "réessayez.",
    ("Messages", "{name} has more than {limit} rows. Split it into smaller files and import them one after the "
                 "other."):
        "{name} a plus de {limit} lignes. Découpez-le en fichiers plus petits et importez-les l’un après l’autre.",
    ("Messages", "{name} is a compressed file but not an Excel workbook (.xlsx). Export the clients from the old "
                 "software as CSV or Excel."):
        "{name} est un fichier compressé mais pas un classeur Excel (.xlsx). Exportez les clients de l’ancien "
        "logiciel en CSV ou en Excel.",
    ("Messages", "{name} is an OpenDocument spreadsheet. Save it as .xlsx or CSV, then import that file."):
        "{name} est un classeur OpenDocument. Enregistrez-le en .xlsx ou en CSV, puis importez ce fichier.",
    ("Messages", "{name} unpacks to far more data than a client list holds: it was refused for safety."):
        "{name} se décompresse en bien plus de données qu’une liste de clients n’en contient : il a été refusé par "
        "sécurité.",
    ("Messages", "{name} has no sheet named {sheet}. Its sheets: {sheets}."):
        "{name} n’a pas de feuille nommée {sheet}. Ses feuilles : {sheets}.",
    ("Messages", "The mapping does not match the file's columns."):
        "Les correspondances ne correspondent pas aux colonnes du fichier.",
    ("Messages", "No import report with id {id}."): "Aucun rapport d’import n’a l’identifiant {id}.",
    ("Messages", "Attest consent once per channel: email or sms."):
        "Attestez le consentement une fois par canal : e-mail ou SMS.",
    ("Messages", "The file has no {channel} consent column to attest: map one first."):
        "Le fichier n’a pas de colonne de consentement {channel} à attester : choisissez-en une d’abord.",
    ("Messages", "Say how the clients gave their consent (for instance: signed paper form at the desk, 2019 to 2024)."):
        "Indiquez comment les clients ont donné leur consentement (par exemple : formulaire papier signé à "
        "l’accueil, de 2019 à 2024).",
    ("Messages", "Give the date the consent was obtained (not in the future)."):
        "Indiquez la date à laquelle le consentement a été recueilli (pas dans le futur).",
}

# English plural forms (lupdate -pluralonly).
EN: dict[tuple[str, str], tuple[str, str]] = {
    ("FilePage", "%n row(s) and {columns} columns read ({how})."):
        ("%n row and {columns} columns read ({how}).", "%n rows and {columns} columns read ({how})."),
    ("PreviewPage", "%n row(s) read: {new} new clients, {duplicates} duplicates, {invalid} that cannot be imported, "
                    "{cards} with a card number, {health} with health information, {formulas} with formulas, "
                    "{erased} erased earlier."):
        ("%n row read: {new} new clients, {duplicates} duplicates, {invalid} that cannot be imported, {cards} with a "
         "card number, {health} with health information, {formulas} with formulas, {erased} erased earlier.",
         "%n rows read: {new} new clients, {duplicates} duplicates, {invalid} that cannot be imported, {cards} with a "
         "card number, {health} with health information, {formulas} with formulas, {erased} erased earlier."),
    ("ImportPage", "%n row(s) written to {file}."): ("%n row written to {file}.", "%n rows written to {file}."),
    ("ImportPage", "Done. %n client(s) imported, {merged} merged, {unchanged} already there, {skipped} skipped."):
        ("Done. %n client imported, {merged} merged, {unchanged} already there, {skipped} skipped.",
         "Done. %n clients imported, {merged} merged, {unchanged} already there, {skipped} skipped."),
    ("ImportPage", "%n consent decision(s) recorded. The report is kept (Earlier imports)."):
        ("%n consent decision recorded. The report is kept (Earlier imports).",
         "%n consent decisions recorded. The report is kept (Earlier imports)."),
    ("ImportReportsDialog", "%n row(s) written to {file}."): ("%n row written to {file}.", "%n rows written to {file}."),
}
