"""The printable recovery code, and the database key wrapped under it.

Code: 20 Crockford base32 characters (100 bits). KEK: Argon2id (256 MiB, t=3, p=4).
Wrap: AES-256-GCM. The wrapped key lives beside the database (salon-desk.json); the code lives on paper.
The Argon2 parameters read back from that file are bounded before anything is allocated, and the file is MACed
with a key derived from the database key, so that a change to it is detected (verify) once the key is at hand.
"""
from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import secrets

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from storage.errors import QT_TRANSLATE_NOOP, InputError

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
LENGTH = 20
KDF = {"time_cost": 3, "memory_cost": 262144, "parallelism": 4}
# Twice the defaults at most: more would make `recover` hang or exhaust memory, not protect better.
KDF_BOUNDS = {"time_cost": (1, 6), "memory_cost": (1024, 524288), "parallelism": (1, 8)}
INFO_LABEL = b"salon-desk keyinfo v1"
DAMAGED = QT_TRANSLATE_NOOP("Messages", "The recovery data beside the database is damaged.")
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


def kdf_of(blob: dict) -> dict:
    """The Argon2 parameters of a wrapped key, refused unless within KDF_BOUNDS."""
    try:
        kdf = {name: blob[name] for name in KDF_BOUNDS}
    except (KeyError, TypeError):
        raise InputError(DAMAGED) from None
    for name, (low, high) in KDF_BOUNDS.items():
        if isinstance(kdf[name], bool) or not isinstance(kdf[name], int) or not low <= kdf[name] <= high:
            raise InputError(DAMAGED)
    return kdf


def unwrap(blob: dict, code: str) -> str:
    code = normalize(code)
    kdf = kdf_of(blob)
    try:
        salt, nonce, sealed = (base64.b64decode(blob[name], validate=True) for name in ("salt", "nonce", "sealed"))
    except (KeyError, TypeError, binascii.Error):
        raise InputError(DAMAGED) from None
    if len(salt) < 16 or len(nonce) != 12:
        raise InputError(DAMAGED)
    try:
        return AESGCM(_kek(code, salt, kdf)).decrypt(nonce, sealed, _AAD).hex()
    except InvalidTag as exc:
        raise InputError(QT_TRANSLATE_NOOP(
            "Messages", "This recovery code does not open this salon database.")) from exc


def info_mac(chain_key: bytes, info: dict) -> str:
    """The MAC of salon-desk.json (everything in it but the MAC), under a key derived from the database key
    (through the ledgers' MAC key, which every keyed connection carries)."""
    key = hmac.new(chain_key, INFO_LABEL, hashlib.sha256).digest()
    body = {name: value for name, value in info.items() if name != "mac"}
    return hmac.new(key, json.dumps(body, sort_keys=True, separators=(",", ":")).encode("utf-8"),
                    hashlib.sha256).hexdigest()


def info_holds(chain_key: bytes, info: dict) -> bool:
    return hmac.compare_digest(str(info.get("mac") or ""), info_mac(chain_key, info))
