"""The printable recovery code, and the database key wrapped under it.

Code: 20 Crockford base32 characters (100 bits). KEK: Argon2id (256 MiB, t=3, p=4).
Wrap: AES-256-GCM. The wrapped key lives beside the database; the code lives on paper.
"""
from __future__ import annotations

import base64
import secrets

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from storage.errors import QT_TRANSLATE_NOOP, InputError

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
LENGTH = 20
KDF = {"time_cost": 3, "memory_cost": 262144, "parallelism": 4}
_AAD = b"salon-desk database key v1"
_LOOKALIKES = str.maketrans({"O": "0", "I": "1", "L": "1"})


def new_code() -> str:
    raw = "".join(secrets.choice(ALPHABET) for _ in range(LENGTH))
    return "-".join(raw[i:i + 5] for i in range(0, LENGTH, 5))


def normalize(code: str) -> str:
    cleaned = "".join(ch for ch in code.upper() if ch not in " -\t\r\n").translate(_LOOKALIKES)
    if len(cleaned) != LENGTH or any(ch not in ALPHABET for ch in cleaned):
        raise InputError(QT_TRANSLATE_NOOP(
            "Messages", "A recovery code has 20 letters and digits, like ABCDE-12345-FGHJK-67890."))
    return cleaned


def _kek(code: str, salt: bytes, kdf: dict) -> bytes:
    return hash_secret_raw(normalize(code).encode("ascii"), salt, hash_len=32, type=Type.ID, **kdf)


def wrap(key_hex: str, code: str, kdf: dict | None = None) -> dict:
    kdf = dict(kdf or KDF)
    salt, nonce = secrets.token_bytes(16), secrets.token_bytes(12)
    sealed = AESGCM(_kek(code, salt, kdf)).encrypt(nonce, bytes.fromhex(key_hex), _AAD)
    b64 = lambda raw: base64.b64encode(raw).decode("ascii")  # noqa: E731
    return {"kdf": "argon2id", **kdf, "salt": b64(salt), "nonce": b64(nonce), "sealed": b64(sealed)}


def unwrap(blob: dict, code: str) -> str:
    kdf = {name: int(blob[name]) for name in ("time_cost", "memory_cost", "parallelism")}
    if kdf["memory_cost"] > 4 * 1024 * 1024:  # refuse before allocating more than 4 GiB
        raise InputError(QT_TRANSLATE_NOOP("Messages", "The recovery data beside the database is damaged."))
    salt, nonce, sealed = (base64.b64decode(blob[name]) for name in ("salt", "nonce", "sealed"))
    try:
        return AESGCM(_kek(code, salt, kdf)).decrypt(nonce, sealed, _AAD).hex()
    except InvalidTag as exc:
        raise InputError(QT_TRANSLATE_NOOP(
            "Messages", "This recovery code does not open this salon database.")) from exc
