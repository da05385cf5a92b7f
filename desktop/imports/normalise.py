"""One row of the file, made into client fields: names trimmed, email checked, phones in E.164 (France by
default), dates read as DD/MM/YYYY or ISO (never MM/DD), Excel serial dates understood.

The checks are the client service's own (desktop.clients.contact); what a row gets back is a reason code,
never the value: the import report holds row numbers and reasons, no personal data and no card number.
"""
from __future__ import annotations

import re
import unicodedata
from sys import intern
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from desktop.clients import contact, notes_guard
from desktop.imports.mapping import IGNORE
from storage import timeutil
from storage.errors import InputError

_DATE = re.compile(r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{2}|\d{4})(?:[ T]\d{1,2}[:h]\d{2}(?::\d{2})?)?$")
_ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:[ T].*)?$")
_YEAR_ONLY = re.compile(r"(?:19|20)\d{2}")
_SERIAL = re.compile(r"^\d{5}(?:\.0+)?$")  # 10000 is 1927-05-18: four digits are a year, not a day
_EXCEL_EPOCH = date(1899, 12, 30)
_EXCEL_NUMBER = re.compile(r"\d(?:\.\d+)?[eE]\+?\d+")
_NINE_DIGITS = re.compile(r"[1-9]\d{8}")
_YES = {"oui", "o", "yes", "y", "1", "x", "vrai", "true", "ok", "✓", "✔", "opt-in", "optin", "inscrit", "inscrite"}
_NO = {"non", "n", "no", "0", "faux", "false", "refus", "refuse", "refusé", "opt-out", "optout", "desinscrit",
       "désinscrit", "désinscrite"}
# What other software and hand-kept sheets write in an optional cell that holds nothing: read as an empty cell, so
# the client comes in without that detail instead of being refused. Only for the optional fields: a name of "-"
# is no name, and "0" in a consent column means no.
PLACEHOLDERS = frozenset({"-", "--", "—", "–", "n/a", "na", "n.a.", "nc", "n.c.", "néant", "aucun", "aucune", "none",
                          "?", "0", "00/00/0000", "0000-00-00"})
OPTIONAL = frozenset({"email", "phone", "mobile", "birth_date", "created_on"})


@dataclass
class Normalised:
    values: dict | contact.CheckedClient = field(default_factory=dict)  # the client's fields: Checked once all passed
    phones: list[str] = field(default_factory=list)             # every valid phone of the row, E.164
    consent: dict[str, str | None] = field(default_factory=dict)  # channel -> "yes" / "no" / None
    reason: str | None = None                                    # why the row cannot be imported
    cards: list[notes_guard.CardHit] = field(default_factory=list)  # in the notes, confident
    card_elsewhere: bool = False                                  # a card number in another cell
    security_code: bool = False                                   # "CVV 123" in the notes: dropped like a card
    health: list[str] = field(default_factory=list)              # health words in the notes


def parse_date(value: str) -> date | None:
    """DD/MM/YYYY (or with - or .), DD/MM/YY, ISO YYYY-MM-DD, or an Excel serial number. None if none of them."""
    value = value.strip()
    match = _ISO.match(value)
    try:
        if match:
            return date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
        match = _DATE.match(value)
        if match:
            day, month, year = int(match.group(1)), int(match.group(2)), match.group(3)
            if len(year) == 2:
                current = timeutil.now().year % 100
                year = ("20" if int(year) <= current else "19") + year
            return date(int(year), month, day)
        if _SERIAL.match(value):
            serial = int(float(value))
            if serial <= 80000:
                return _EXCEL_EPOCH + timedelta(days=serial)
    except ValueError:
        return None
    return None


def placeholder(value: str) -> bool:
    """A cell that says it is empty: "-", "n/a", "Néant", "00/00/0000"… (PLACEHOLDERS)."""
    return len(value) <= 12 and unicodedata.normalize("NFC", value.strip()).casefold() in PLACEHOLDERS


def consent_answer(value: str) -> str | None:
    text = value.strip().lower()
    if text in _YES:
        return "yes"
    if text in _NO:
        return "no"
    return None


def split_full_name(value: str) -> tuple[str, str]:
    """(first, last): "DUPONT Marie" and "Marie DUPONT" (capitals mark the last name), else "Marie Dupont"
    (the last word is the last name), or "Dupont, Marie"."""
    value = " ".join(value.split())
    if "," in value:
        last, _, first = value.partition(",")
        return first.strip(), last.strip()
    words = value.split(" ")
    if len(words) < 2:
        return "", value
    capitals = [w for w in words if len(w) > 1 and w.isupper()]
    if capitals and len(capitals) < len(words):
        return " ".join(w for w in words if w not in capitals), " ".join(capitals)
    return " ".join(words[:-1]), words[-1]


def _phone(value: str) -> str:
    """Excel turns 06 12 34 56 78 into the number 612345678: the lost leading zero comes back."""
    text = value.strip()
    if _EXCEL_NUMBER.fullmatch(text):  # 6.12345678E+08, as Excel writes a long number
        text = str(int(float(text)))
    if _NINE_DIGITS.fullmatch(text):
        text = "0" + text
    return contact.phone(text) or ""


def normalise(cells: list[str], mapping: list[str], *, today: date | None = None) -> Normalised:
    today = today or timeutil.now().date()
    out = Normalised()
    raw: dict[str, str] = {}
    notes: list[str] = []
    for index, field_name in enumerate(mapping):
        if field_name == IGNORE:
            continue
        cell = cells[index].strip() if index < len(cells) else ""
        if field_name == "notes":
            if cells[index:index + 1] and cells[index].strip():
                notes.append(cells[index].strip())
        else:
            raw[field_name] = "" if field_name in OPTIONAL and placeholder(cell) else cell
    if len(cells) > len(mapping) and any(c.strip() for c in cells[len(mapping):]):
        out.reason = "extra_cells"
        return out
    for name, cell in raw.items():  # a card number in any imported cell (phones and names included) never goes in
        if name not in ("email_consent", "sms_consent") and any(h.confident for h in notes_guard.find_cards(cell)):
            out.card_elsewhere = True
            out.reason = "card_elsewhere"
            return out
    first, last = raw.get("first_name", ""), raw.get("last_name", "")
    if raw.get("full_name") and not (first or last):
        first, last = split_full_name(raw["full_name"])
    out.consent = {"email": consent_answer(raw.get("email_consent", "")),
                   "sms": consent_answer(raw.get("sms_consent", ""))}
    note = "\n".join(notes)
    out.cards = [hit for hit in notes_guard.find_cards(note) if hit.confident]
    out.security_code = notes_guard.security_code(note)
    out.health = notes_guard.health_terms(note)
    try:
        out.values["last_name"] = intern(contact.name(last, field=contact.LAST_NAME))  # names repeat: share them
    except InputError:
        out.reason = "last_name_missing" if not last.strip() else "last_name_invalid"
        return out
    try:
        out.values["first_name"] = intern(contact.name(first, field=contact.FIRST_NAME))
    except InputError:
        out.reason = "first_name_missing" if not first.strip() else "first_name_invalid"
        return out
    try:
        out.values["email"] = contact.email(raw.get("email"))
    except InputError:
        out.reason = "email_invalid"
        return out
    phones = []
    for name in ("mobile", "phone"):  # the mobile first: it is the one SMS reach
        if raw.get(name):
            try:
                phones.append(_phone(raw[name]))
            except InputError:
                out.reason = "phone_invalid"
                return out
    out.phones = list(dict.fromkeys(p for p in phones if p))
    out.values["phone"] = out.phones[0] if out.phones else None
    birth = raw.get("birth_date", "")
    if _YEAR_ONLY.fullmatch(birth.strip()):
        birth = ""  # a birth year alone is not a date: the client comes in without one (not left out for it)
    out.values["birth_date"] = None
    if birth:
        parsed = parse_date(birth)
        if parsed is None:
            out.reason = "birth_date_invalid"
            return out
        try:
            contact.plausible_birth_date(parsed, value=birth, today=today)
        except InputError:
            out.reason = "birth_date_implausible"
            return out
        out.values["birth_date"] = intern(parsed.isoformat())  # birth dates repeat too
    if raw.get("created_on") and parse_date(raw["created_on"]) is None:
        out.reason = "created_on_invalid"
        return out
    try:
        out.values["notes"] = contact.notes(note) or None
    except InputError:
        out.reason = "notes_too_long"
        return out
    out.values = contact.CheckedClient(**out.values)  # names, email and phone went through the client service's checks
    return out


def as_datetime(day: date) -> datetime:
    """Midday in the salon's time zone: a date someone attests, as the moment a consent event records."""
    from desktop.timefmt import SALON_ZONE

    return datetime(day.year, day.month, day.day, 12, 0, tzinfo=SALON_ZONE)
