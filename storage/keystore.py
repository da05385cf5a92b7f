"""The database key in the OS keyring (Credential Manager, Keychain, Secret Service).

No plaintext fallback: without a keyring the caller must unlock with the recovery code.
"""
from __future__ import annotations

import hashlib
import hmac
import secrets

import keyring
import keyring.errors

from storage.errors import QT_TRANSLATE_NOOP, StorageError

SERVICE = "Salon Desk"


class KeyringUnavailable(StorageError):
    """No usable keyring; the recovery code still opens the database."""


class KeyMissing(StorageError):
    """The keyring works but holds no key for this database."""


class KeyMismatch(StorageError):
    """The keyring holds a key, but not this database's."""


def new_key() -> str:
    return secrets.token_bytes(32).hex()


def fingerprint(key_hex: str) -> str:
    """Tells a wrong key from a damaged file without trying to decrypt."""
    return hmac.new(bytes.fromhex(key_hex), b"fp", hashlib.sha256).hexdigest()[:16]


def _entry(key_id: str) -> str:
    return f"database-key:{key_id}"


def _unavailable(exc: Exception) -> KeyringUnavailable:
    return KeyringUnavailable(QT_TRANSLATE_NOOP(
        "Messages",
        "The system keyring cannot be used ({reason}). Unlock the database with your recovery code "
        "(the app asks for it at start-up; or salon-desk recover)."), reason=type(exc).__name__)


def load(key_id: str) -> str:
    try:
        value = keyring.get_password(SERVICE, _entry(key_id))
    except (keyring.errors.KeyringError, RuntimeError, OSError) as exc:
        raise _unavailable(exc) from exc
    if value is None:
        raise KeyMissing(QT_TRANSLATE_NOOP(
            "Messages",
            "This PC's keyring holds no key for this salon database. Unlock it with your recovery code "
            "(the app asks for it at start-up; or salon-desk recover)."))
    return value


def save(key_id: str, key_hex: str) -> None:
    try:
        keyring.set_password(SERVICE, _entry(key_id), key_hex)
    except (keyring.errors.KeyringError, RuntimeError, OSError) as exc:
        raise _unavailable(exc) from exc


def forget(key_id: str) -> None:
    try:
        keyring.delete_password(SERVICE, _entry(key_id))
    except (keyring.errors.KeyringError, RuntimeError, OSError):
        pass
