"""Suppression entries: keyed hashes of an erased person's email and phone, so that a later import, sync or
new client file of the same person is flagged instead of silently re-creating them. No readable data."""
from __future__ import annotations

import hashlib
import hmac
import secrets
from typing import Callable

from storage import ids, timeutil

KEY = "suppression_key"  # a salon-wide secret setting: the hashes cannot be reversed without it


def _key(db) -> bytes | None:
    row = db.execute("SELECT value FROM setting WHERE key = ?", (KEY,)).fetchone()
    return bytes.fromhex(row[0]) if row else None


def digest(key: bytes, kind: str, value: str) -> str:
    """The keyed hash of a normalised email (lower case) or E.164 phone number."""
    return hmac.new(key, f"{kind}:{value.strip().lower()}".encode(), hashlib.sha256).hexdigest()


def add(uow, *, kind: str, value: str, erasure_id: str) -> None:
    key = _key(uow)
    if key is None:
        key = bytes.fromhex(secrets.token_hex(32))
        uow.upsert("setting", {"key": KEY, "value": key.hex(), "updated_at": timeutil.iso(timeutil.now())})
    hashed = digest(key, kind, value)
    if not uow.execute("SELECT 1 FROM suppression WHERE kind = ? AND digest = ?", (kind, hashed)).fetchone():
        uow.append("suppression", {"id": ids.new(), "kind": kind, "digest": hashed,
                                   "erasure_id": erasure_id, "created_at": timeutil.iso(timeutil.now())})


def matches(db, *, email: str | None = None, phone: str | None = None) -> bool:
    """Whether an erased person had this email or this phone."""
    return matcher(db)(email, phone)


def matcher(db) -> Callable[[str | None, str | None], bool]:
    """matches() as a function of (email, phone), the key read once: for many people in one transaction."""
    key = _key(db)
    if key is None:  # nobody was ever erased here
        return lambda email, phone: False

    def matching(email: str | None, phone: str | None) -> bool:
        for kind, value in (("email", email), ("phone", phone)):
            if value and db.execute("SELECT 1 FROM suppression WHERE kind = ? AND digest = ?",
                                    (kind, digest(key, kind, value))).fetchone():
                return True
        return False
    return matching
