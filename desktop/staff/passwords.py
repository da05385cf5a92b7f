"""Password policy and hashing (Argon2id at argon2-cffi's defaults, RFC 9106 second recommendation).

Policy after CNIL délibération 2022-100 (with the lockout in desktop/auth.py) and OWASP ASVS 5:
at least 12 characters, no composition rules, no common or salon-themed passwords.
"""
from __future__ import annotations

import re
import secrets
import unicodedata
from importlib import resources

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from storage.errors import QT_TRANSLATE_NOOP, InputError
from storage.text import fold

MIN_CHARS = 12
MAX_BYTES = 1024
hasher = PasswordHasher()  # module attribute so tests can swap in cheaper parameters

_SEQUENCES = ("abcdefghijklmnopqrstuvwxyz", "0123456789", "azertyuiop", "qwertyuiop", "qsdfghjklm",
              "asdfghjkl", "wxcvbn", "zxcvbnm")
_FILLER = re.compile(r"[\d\W_]+", re.UNICODE)
_OTP_ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ"


def _load_words() -> tuple[str, ...]:
    text = resources.files("resources").joinpath("passwords/common.txt").read_text(encoding="utf-8")
    words = {fold(line.strip()) for line in text.splitlines() if line.strip() and not line.startswith("#")}
    return tuple(sorted(words, key=len, reverse=True))


COMMON_WORDS = _load_words()


def normalize(password: str) -> str:
    return unicodedata.normalize("NFC", password)


def _strip_sequences(text: str) -> str:
    for seq in _SEQUENCES:
        for source in (seq, seq[::-1]):
            for size in range(len(source), 3, -1):
                for start in range(len(source) - size + 1):
                    text = text.replace(source[start:start + size], "")
    return text


def problem(password: str, context: tuple[str, ...] = ()) -> str | None:
    """Why this password is refused (an English source message), or None if it is fine."""
    password = normalize(password)
    if len(password.encode("utf-8")) > MAX_BYTES:
        return QT_TRANSLATE_NOOP("Messages", "A password may be at most 1,024 bytes long.")
    if "\x00" in password:
        return QT_TRANSLATE_NOOP("Messages", "A password cannot contain a NUL character.")
    if len(password) < MIN_CHARS:
        return QT_TRANSLATE_NOOP("Messages", "A password needs at least 12 characters. A short sentence works well.")
    folded = fold(password)
    if len(set(folded)) < 5:
        return QT_TRANSLATE_NOOP("Messages", "This password repeats the same few characters. Choose another one.")
    rest = folded
    for word in sorted({fold(w) for w in context if w and len(w) >= 3}, key=len, reverse=True) + list(COMMON_WORDS):
        rest = rest.replace(word, "")
    rest = _FILLER.sub("", _strip_sequences(rest))
    if len(rest) < 4:
        return QT_TRANSLATE_NOOP(
            "Messages",
            "This password is too easy to guess: it is built from common words, salon words, names, "
            "dates or keyboard runs. Choose another one, for example a short sentence.")
    return None


def check(password: str, context: tuple[str, ...] = ()) -> None:
    reason = problem(password, context)
    if reason:
        raise InputError(reason)


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
