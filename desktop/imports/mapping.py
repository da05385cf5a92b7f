"""Which column holds which client field: found from French and English header names, corrected by the user.

A mapping is a list with one field name (or IGNORE) per column. Several columns may feed "notes" (joined
with a line break); the other fields take one column each (the first one found).
"""
from __future__ import annotations

import re

from desktop.imports.reading import column_letter
from storage.errors import QT_TRANSLATE_NOOP, InputError
from storage.text import fold

IGNORE = "ignore"
FIELDS = ("last_name", "first_name", "full_name", "email", "phone", "mobile", "birth_date", "notes",
          "email_consent", "sms_consent", "created_on")
MULTI = {"notes"}
CONSENT_FIELDS = {"email": "email_consent", "sms": "sms_consent"}

FIELD_LABELS = {
    "last_name": QT_TRANSLATE_NOOP("Import", "Last name"),
    "first_name": QT_TRANSLATE_NOOP("Import", "First name"),
    "full_name": QT_TRANSLATE_NOOP("Import", "Full name (last and first name in one cell)"),
    "email": QT_TRANSLATE_NOOP("Import", "Email"),
    "phone": QT_TRANSLATE_NOOP("Import", "Phone"),
    "mobile": QT_TRANSLATE_NOOP("Import", "Mobile phone"),
    "birth_date": QT_TRANSLATE_NOOP("Import", "Birth date"),
    "notes": QT_TRANSLATE_NOOP("Import", "Notes"),
    "email_consent": QT_TRANSLATE_NOOP("Import", "Email marketing consent (yes/no)"),
    "sms_consent": QT_TRANSLATE_NOOP("Import", "SMS marketing consent (yes/no)"),
    "created_on": QT_TRANSLATE_NOOP("Import", "Date the file was created (checked, not kept)"),
    IGNORE: QT_TRANSLATE_NOOP("Import", "Do not import"),
}

SYNONYMS: dict[str, tuple[str, ...]] = {
    "last_name": ("nom", "nom de famille", "nom client", "nom cliente", "nom de naissance", "last name", "lastname",
                  "surname", "family name", "name last"),
    "first_name": ("prenom", "prenoms", "prenom client", "first name", "firstname", "given name", "forename"),
    "full_name": ("nom complet", "client", "cliente", "clients", "nom et prenom", "nom prenom", "prenom nom",
                  "prenom et nom", "full name", "fullname", "name", "customer", "customer name", "contact"),
    "email": ("email", "e mail", "mail", "courriel", "adresse email", "adresse e mail", "adresse mail",
              "adresse courriel", "email address", "e mail address"),
    "phone": ("telephone", "tel", "telephone fixe", "tel fixe", "fixe", "telephone domicile", "phone",
              "phone number", "home phone", "numero de telephone", "numero", "landline"),
    "mobile": ("portable", "mobile", "tel portable", "telephone portable", "tel mobile", "telephone mobile", "gsm",
               "cell", "cellphone", "cell phone", "mobile phone", "mobile number", "numero portable"),
    "birth_date": ("date de naissance", "naissance", "ne le", "nee le", "ne e le", "date naissance",
                   "anniversaire", "birth date", "birthdate", "birthday", "date of birth", "dob"),
    "notes": ("remarques", "remarque", "notes", "note", "commentaire", "commentaires", "observations",
              "observation", "informations", "infos", "memo", "comments", "comment", "remarks"),
    "email_consent": ("newsletter", "newsletters", "accepte newsletter", "accepte la newsletter", "optin email",
                      "opt in email", "optin e mail", "opt in", "optin", "consentement email",
                      "consentement e mail", "email marketing", "e mail marketing", "marketing email",
                      "accepte les emails", "accepte emails", "accepte e mails", "emailing", "offres email"),
    "sms_consent": ("sms", "accepte sms", "accepte les sms", "optin sms", "opt in sms", "consentement sms",
                    "sms marketing", "marketing sms", "offres sms"),
    "created_on": ("date de creation", "date creation", "cree le", "creee le", "client depuis", "cliente depuis",
                   "date d inscription", "inscription", "date d ajout", "created", "created at", "created on",
                   "creation date", "date created", "customer since"),
}
_INDEX = {synonym: name for name, words in SYNONYMS.items() for synonym in words}


def key(header: str) -> str:
    """A header as compared with the synonyms: no accents, no case, punctuation as spaces."""
    return " ".join(re.sub(r"[^0-9a-z]+", " ", fold(header)).split())


def guess(header: str) -> str:
    return _INDEX.get(key(header), IGNORE)


def auto_map(header: list[str]) -> list[str]:
    """One field per column from its name; a field already taken by an earlier column is not taken twice
    (except notes), and a full-name column is ignored when first and last names have their own."""
    mapping, taken = [], set()
    for cell in header:
        field = guess(cell)
        if field in taken and field not in MULTI:
            field = IGNORE
        taken.add(field)
        mapping.append(field)
    if "full_name" in taken and {"first_name", "last_name"} <= taken:
        mapping = [IGNORE if f == "full_name" else f for f in mapping]
    return mapping


def apply_overrides(header: list[str], mapping: list[str], overrides: list[str]) -> list[str]:
    """`COLUMN=field` items (from the CLI's --map): COLUMN is a header name (accents and case ignored) or a
    column letter. Refuses unknown columns or fields. A field name never holds "=", a header may ("Remise=oui"):
    the last "=" separates them."""
    mapping = list(mapping)
    for item in overrides:
        column, sep, field = item.rpartition("=")
        field = field.strip()
        if not sep or field not in (*FIELDS, IGNORE):
            raise InputError(QT_TRANSLATE_NOOP(
                "Messages", "Write each mapping as COLUMN=field, with a field among: {fields}."),
                fields=", ".join((*FIELDS, IGNORE)))
        index = column_index(header, column.strip())
        if index is None:
            raise InputError(QT_TRANSLATE_NOOP("Messages", "The file has no column {column}."), column=column.strip())
        if field not in MULTI and field != IGNORE:
            mapping = [IGNORE if f == field else f for f in mapping]
        mapping[index] = field
    return mapping


def column_index(header: list[str], column: str) -> int | None:
    wanted = key(column)
    for index, cell in enumerate(header):
        if key(cell) == wanted and wanted:
            return index
    letters = [column_letter(i) for i in range(len(header))]
    return letters.index(column.upper()) if column.upper() in letters else None


def check(mapping: list[str]) -> None:
    """A usable mapping names the client: a last name (or a full name)."""
    if "last_name" not in mapping and "full_name" not in mapping:
        raise InputError(QT_TRANSLATE_NOOP(
            "Messages", "No column holds the clients' names. Choose which column is the last name (or the full "
            "name). If the column names are not on the first line of the file, delete the lines above them."))
    for field in set(mapping) - MULTI - {IGNORE}:
        if mapping.count(field) > 1:
            raise InputError(QT_TRANSLATE_NOOP(
                "Messages", "Two columns are mapped to the same field: keep one, ignore the other."))
