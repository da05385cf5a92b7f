"""Checking and normalising what the desk types: names, email, phone (E.164, France by default), dates."""
from __future__ import annotations


import re
from dataclasses import dataclass
from functools import lru_cache
from datetime import date, datetime

import phonenumbers
from email_validator import EmailNotValidError, rfc_constants, validate_email

from storage import controls, timeutil
from storage.errors import QT_TRANSLATE_NOOP, InputError, Term

DEFAULT_REGION = "FR"
MAX_NAME = 100
MAX_NOTES = 10_000
SOURCES = ("direct", "widget", "marketplace", "import")
_ISO_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


FIRST_NAME = Term(QT_TRANSLATE_NOOP("Fields", "first name"), "Fields")
LAST_NAME = Term(QT_TRANSLATE_NOOP("Fields", "last name"), "Fields")


def name(value: str, *, field: Term) -> str:
    controls.check(value)  # before spaces are tidied: split() would turn \x0b or \x1f into a space
    value = " ".join((value or "").split())
    if not value:
        raise InputError(QT_TRANSLATE_NOOP("Messages", "Please fill in the {field}."), field=field)
    if len(value) > MAX_NAME or _CONTROL.search(value):
        raise InputError(QT_TRANSLATE_NOOP("Messages", "The {field} is too long or contains control characters."),
                         field=field)
    return value


def email(value: str | None) -> str | None:
    value = (value or "").strip()
    if not value:
        return None
    plain = _plain_email(value)
    if plain is not None:
        local, domain = plain
        try:
            return f"{local}@{_email_domain(domain)}"
        except EmailNotValidError as exc:
            raise InputError(QT_TRANSLATE_NOOP("Messages", "The email address {email} is not valid."),
                             email=value) from exc
    try:
        return validate_email(value, check_deliverability=False).normalized
    except EmailNotValidError as exc:
        raise InputError(QT_TRANSLATE_NOOP("Messages", "The email address {email} is not valid."),
                         email=value) from exc


# An import checks 100,000 addresses, most of them plain ASCII at a dozen providers. For those, email-validator
# accepts the part before the @ as it is (its own dot-atom pattern), so only the domain needs its checks, once per
# domain. Anything else (quotes, a display name, accents, a role mailbox it lower-cases, a long address) takes the
# whole validation; tests/test_contact.py checks that both ways give the same answer.
_PLAIN_LENGTH = 64  # with an ASCII domain, far from the 254-character limit on the whole address
_PLAIN_DOMAIN = re.compile(r"[A-Za-z0-9.\-]+")


def _plain_email(value: str) -> tuple[str, str] | None:
    local, at, domain = value.rpartition("@")
    if (not at or len(value) > _PLAIN_LENGTH or not _PLAIN_DOMAIN.fullmatch(domain)
            or not rfc_constants.DOT_ATOM_TEXT.match(local) or local.lower() in _ROLE_MAILBOXES):
        return None
    return local, domain


_ROLE_MAILBOXES = frozenset(rfc_constants.CASE_INSENSITIVE_MAILBOX_NAMES)


@lru_cache(maxsize=4096)
def _email_domain(domain: str) -> str:
    """The domain as email-validator normalises it (EmailNotValidError if it is not one mail can go to)."""
    return validate_email(f"x@{domain}", check_deliverability=False).domain


def phone(value: str | None) -> str | None:
    value = (value or "").strip()
    if not value:
        return None
    # (phonenumbers refuses anything longer than 250 characters: so does the short way)
    french = _FRENCH_NUMBER.fullmatch(_SEPARATORS.sub("", value)) if len(value) <= 250 else None
    try:
        if french:  # the usual 06 12 34 56 78 or +33 6…: no need to parse what the pattern already took apart
            number = phonenumbers.PhoneNumber(country_code=33, national_number=int(french.group(1)))
        else:
            number = phonenumbers.parse(value, DEFAULT_REGION)
    except phonenumbers.NumberParseException as exc:
        raise InputError(QT_TRANSLATE_NOOP("Messages", "The phone number {phone} is not valid."),
                         phone=value) from exc
    if not phonenumbers.is_valid_number(number):
        raise InputError(QT_TRANSLATE_NOOP("Messages", "The phone number {phone} is not valid."), phone=value)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


_SEPARATORS = re.compile(r"[ .\-\u00a0]")
_FRENCH_NUMBER = re.compile(r"(?:0|\+33|0033)([1-9][0-9]{8})")


SMS_TYPES = (phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE)


@lru_cache(maxsize=1)
def _french_mobile() -> re.Pattern:
    """France's mobile numbers, as the phonenumbers metadata describes them (its fixed lines never overlap)."""
    return re.compile(phonenumbers.PhoneMetadata.metadata_for_region("FR").mobile.national_number_pattern)


def takes_sms(e164: str | None) -> bool:
    """A mobile number (or one the numbering plan cannot tell from a landline): never a landline."""
    if not e164:
        return False
    if e164.startswith("+33"):  # most of a salon's numbers: a pattern match, not a parse (audience exports)
        return _french_mobile().fullmatch(e164[3:]) is not None
    try:
        return phonenumbers.number_type(phonenumbers.parse(e164, DEFAULT_REGION)) in SMS_TYPES
    except phonenumbers.NumberParseException:
        return False


def display_phone(e164: str | None) -> str:
    if not e164:
        return ""
    number = phonenumbers.parse(e164, DEFAULT_REGION)
    style = (phonenumbers.PhoneNumberFormat.NATIONAL if number.country_code == 33
             else phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    return phonenumbers.format_number(number, style)


def birth_date(value: str | None) -> str | None:
    value = (value or "").strip()
    if not value:
        return None
    parsed = None
    if _ISO_DAY.fullmatch(value):  # the stored form: read without strptime, which is slow (same dates)
        try:
            parsed = date(int(value[:4]), int(value[5:7]), int(value[8:]))
        except ValueError:
            pass
    for fmt in () if parsed else ("%Y-%m-%d", "%d/%m/%Y"):
        try:
            parsed = datetime.strptime(value, fmt).date()
            break
        except ValueError:
            continue
    if parsed is None:
        raise InputError(QT_TRANSLATE_NOOP("Messages", "The birth date {value} is not a date (DD/MM/YYYY)."),
                         value=value)
    return plausible_birth_date(parsed, value=value).isoformat()


def plausible_birth_date(day: date, *, value: str, today: date | None = None) -> date:
    """A birth date in the past, not before 1900 (the one rule, for the desk and the import)."""
    if day > (today or timeutil.now().date()) or day < date(1900, 1, 1):
        raise InputError(QT_TRANSLATE_NOOP("Messages", "The birth date {value} is not plausible."), value=value)
    return day


def notes(value: str | None) -> str:
    value = controls.lines(value or "")
    if len(value) > MAX_NOTES:
        raise InputError(QT_TRANSLATE_NOOP("Messages", "Notes are limited to 10,000 characters."))
    controls.check(value)  # newlines and tabs only: no ESC, BEL or NUL
    return value


def source(value: str | None) -> str:
    value = value or "direct"
    if value not in SOURCES:
        raise InputError(QT_TRANSLATE_NOOP("Messages", "Unknown client source {value} (use one of: {choices})."),
                         value=value, choices=", ".join(SOURCES))
    return value


@dataclass(frozen=True, slots=True)
class CheckedClient:
    """A new client's fields, the names, email and phone as name(), email() and phone() returned them: the client
    service does not run those checks a second time (they are the costly ones). The birth date and the notes are
    checked again, the notes guard included. Made in one place only, the import's normalise, which runs those very
    checks one by one to name the failing cell (tests/test_imports_speed.py keeps it so). Read-only;
    dataclasses.replace() only to clear a field."""

    first_name: str
    last_name: str
    email: str | None = None
    phone: str | None = None
    birth_date: str | None = None
    notes: str | None = None

    def __getitem__(self, name: str):
        return getattr(self, name)

    def get(self, name: str, default=None):
        return getattr(self, name, default)
