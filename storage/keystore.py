"""The database key in the OS keyring (Credential Manager, Keychain, Secret Service), and beside it the chains'
anchor (storage/anchor.py).

No plaintext fallback: without a usable keyring the caller must unlock with the recovery code. A keyring is
usable when it keeps what is written to it (read back after every save) and is not one that keeps secrets in a
plain file or nowhere (keyrings.alt's file backends and the like, keyring's `null` and `fail`). The one exception
is SALON_DESK_INSECURE_KEYRING=1, for tests and benchmarks only: it prints a one-line warning naming it.
"""
from __future__ import annotations

import hashlib
import hmac
import logging
import os
import secrets
import sys

import keyring

from storage.errors import QT_TRANSLATE_NOOP, StorageError

SERVICE = "Salon Desk"
INSECURE_VARIABLE = "SALON_DESK_INSECURE_KEYRING"
_REFUSED_MODULES = ("keyrings.alt", "keyring.backends.null", "keyring.backends.fail")
log = logging.getLogger(__name__)
_warned = False


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


def _unavailable(exc: BaseException) -> KeyringUnavailable:
    return KeyringUnavailable(QT_TRANSLATE_NOOP(
        "Messages",
        "The system keyring cannot be used ({reason}). Unlock the database with your recovery code "
        "(the app asks for it at start-up; or salon-desk recover)."), reason=type(exc).__name__)


def insecure(backend) -> bool:
    """Whether a keyring backend keeps secrets in a plain file, or not at all. keyring's chainer is as weak as the
    weakest backend it may fall back to."""
    members = getattr(type(backend), "backends", None)
    if isinstance(members, list):
        return not members or any(insecure(member) for member in members)
    module, name = type(backend).__module__, type(backend).__name__
    return module.startswith(_REFUSED_MODULES) or "plaintext" in name.lower() or _file_backed(backend)


def _file_backed(backend) -> bool:
    """keyrings.alt's file-backed protocol: a `file_path` (one that cannot even be worked out counts too)."""
    try:
        return getattr(backend, "file_path", None) is not None
    except Exception:  # noqa: BLE001
        return True


def _backend():
    """The keyring in use, once it is known to be acceptable."""
    global _warned
    try:
        backend = keyring.get_keyring()
    except Exception as exc:  # noqa: BLE001 (a damaged keyring configuration is just another unusable keyring)
        raise _unavailable(exc) from exc
    if not insecure(backend):
        return backend
    name = type(backend).__name__
    if os.environ.get(INSECURE_VARIABLE) != "1":
        raise KeyringUnavailable(QT_TRANSLATE_NOOP(
            "Messages", "The keyring in use ({backend}) keeps secrets in a plain file or not at all, so Salon Desk "
            "does not use it. Unlock the database with your recovery code (the app asks for it at start-up; or "
            "salon-desk recover)."), backend=name)
    if not _warned:
        _warned = True
        print(f"salon-desk: warning: {INSECURE_VARIABLE}=1: the database key is kept in {name}, "
              "which is not a safe keyring (for tests only)", file=sys.stderr)
    return backend


def load_entry(name: str) -> str | None:
    backend = _backend()
    try:
        return backend.get_password(SERVICE, name)
    except Exception as exc:  # noqa: BLE001 (any failure of the backend, a damaged file included)
        raise _unavailable(exc) from exc


def save_entry(name: str, value: str) -> None:
    """Write, then read back: a backend that drops what it is given is no keyring at all."""
    backend = _backend()
    try:
        backend.set_password(SERVICE, name, value)
        kept = backend.get_password(SERVICE, name)
    except Exception as exc:  # noqa: BLE001
        raise _unavailable(exc) from exc
    if kept != value:
        raise KeyringUnavailable(QT_TRANSLATE_NOOP(
            "Messages", "The system keyring did not keep what was saved in it, so it cannot hold the database key. "
            "Unlock the database with your recovery code (the app asks for it at start-up; or salon-desk "
            "recover)."))


def forget_entry(name: str) -> None:
    try:
        keyring.delete_password(SERVICE, name)
    except Exception:  # noqa: BLE001 (nothing to forget, or no keyring: either way it is gone)
        pass


def load(key_id: str) -> str:
    value = load_entry(_entry(key_id))
    if value is None:
        raise KeyMissing(QT_TRANSLATE_NOOP(
            "Messages",
            "This PC's keyring holds no key for this salon database. Unlock it with your recovery code "
            "(the app asks for it at start-up; or salon-desk recover)."))
    return value


def save(key_id: str, key_hex: str) -> None:
    save_entry(_entry(key_id), key_hex)


def forget(key_id: str) -> None:
    forget_entry(_entry(key_id))
