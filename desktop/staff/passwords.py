"""Password policy and hashing (Argon2id at argon2-cffi's defaults, RFC 9106 second recommendation).

Policy after CNIL délibération 2022-100 (with the lockout in desktop/staff/auth.py) and OWASP ASVS 5:
at least 12 characters, no composition rules, and a strength estimate of 3 or more by zxcvbn with French,
salon and personal words (desktop/staff/strength.py); a refused password comes with zxcvbn's advice.
"""
from __future__ import annotations

import secrets
import unicodedata

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from desktop.staff import strength
from storage.errors import QT_TRANSLATE_NOOP, InputError

MIN_CHARS = 12
MAX_BYTES = 1024
hasher = PasswordHasher()  # module attribute so tests can swap in cheaper parameters

_OTP_ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ"


def normalize(password: str) -> str:
    return unicodedata.normalize("NFC", password)


def refusal(password: str, context: tuple[str, ...] = ()) -> InputError | None:
    """Why this password is refused (an error to show), or None if it is fine. `context`: the salon's and the
    person's names and login, which make a password easy to guess."""
    password = normalize(password)
    if len(password.encode("utf-8")) > MAX_BYTES:
        return InputError(QT_TRANSLATE_NOOP("Messages", "A password may be at most 1,024 bytes long."))
    if "\x00" in password:
        return InputError(QT_TRANSLATE_NOOP("Messages", "A password cannot contain a NUL character."))
    if len(password) < MIN_CHARS:
        return InputError(QT_TRANSLATE_NOOP(
            "Messages", "A password needs at least 12 characters. A short sentence works well."))
    found = strength.estimate(password, context)
    if found.score < strength.MIN_SCORE:
        return strength.WeakPassword(found.advice)
    return None


def problem(password: str, context: tuple[str, ...] = ()) -> str | None:
    """The refusal in English, or None."""
    error = refusal(password, context)
    return error.message() if error else None


def check(password: str, context: tuple[str, ...] = ()) -> None:
    error = refusal(password, context)
    if error:
        raise error


def hash_password(password: str) -> str:
    return hasher.hash(normalize(password))


def verify(stored_hash: str, password: str) -> bool:
    try:
        return hasher.verify(stored_hash, normalize(password))
    except (VerificationError, InvalidHashError):
        return False


def needs_rehash(stored_hash: str) -> bool:
    try:
        return hasher.check_needs_rehash(stored_hash)
    except (InvalidHashError, ValueError):
        return True


def one_time_password() -> str:
    """Random, 80 bits, one word (the CLI prints it as the last word)."""
    raw = "".join(secrets.choice(_OTP_ALPHABET) for _ in range(16))
    return "-".join(raw[i:i + 4] for i in range(0, 16, 4))


_DUMMY_HASH: str | None = None


def burn_time(password: str) -> None:
    """Verify against a throwaway hash, so an unknown login costs as much as a wrong password."""
    global _DUMMY_HASH
    if _DUMMY_HASH is None:
        _DUMMY_HASH = hasher.hash("salon-desk unknown login")
    verify(_DUMMY_HASH, password)
