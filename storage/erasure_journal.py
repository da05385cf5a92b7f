"""The erasure journal: every erasure record, kept beside the database and inside every later backup, so that a
restored older backup erases again whoever was erased after it.

A record is the `erasure` row (ids, time, who, counts: no personal data), the erased person's `suppression`
entries (keyed hashes of their email and phone) and the salon's suppression key, so that a returning person is
still flagged after a restore. Each line of the file is `<erasure id> <sealed record>`: the record is sealed with
AES-GCM under a key derived from the database key, so the hashes cannot be tested against guessed phone numbers
without it. Lines are appended and fsynced; a torn last line (a crash mid-write) is ignored. Qt-free.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import secrets
from pathlib import Path
from typing import Any, Iterable

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from storage import suppression

FILE_NAME = "erasures.journal"
_LABEL = b"salon-desk erasure journal v1"
ERASURE_COLUMNS = ("id", "client_id", "request_id", "erased_at", "erased_by", "summary")
SUPPRESSION_COLUMNS = ("id", "kind", "digest", "erasure_id", "created_at")


def _key(key_hex: str) -> bytes:
    return hmac.new(bytes.fromhex(key_hex), _LABEL, hashlib.sha256).digest()


def seal(value: Any, key_hex: str) -> str:
    nonce = secrets.token_bytes(12)
    data = json.dumps(value, sort_keys=True, separators=(",", ":")).encode()
    return base64.b64encode(nonce + AESGCM(_key(key_hex)).encrypt(nonce, data, _LABEL)).decode("ascii")


def unseal(text: str, key_hex: str) -> Any:
    """The sealed value; ValueError if it was not sealed under this key or was altered."""
    try:
        raw = base64.b64decode(text, validate=True)
        return json.loads(AESGCM(_key(key_hex)).decrypt(raw[:12], raw[12:], _LABEL))
    except (InvalidTag, ValueError, TypeError) as exc:
        raise ValueError("not sealed under this key") from exc


def records(db, erasure_ids: Iterable[str] | None = None) -> list[dict[str, Any]]:
    """Journal records built from the database's erasure and suppression rows (all, or these ids)."""
    rows = [dict(zip(ERASURE_COLUMNS, row)) for row in db.execute(
        f"SELECT {', '.join(ERASURE_COLUMNS)} FROM erasure ORDER BY erased_at, id")]
    if erasure_ids is not None:
        wanted = set(erasure_ids)
        rows = [row for row in rows if row["id"] in wanted]
    key = db.execute("SELECT value FROM setting WHERE key = ?", (suppression.KEY,)).fetchone()
    out = []
    for row in rows:
        hashes = [dict(zip(SUPPRESSION_COLUMNS, found)) for found in db.execute(
            f"SELECT {', '.join(SUPPRESSION_COLUMNS)} FROM suppression WHERE erasure_id = ? ORDER BY kind",
            (row["id"],))]
        out.append({"erasure": row, "suppression": hashes, "suppression_key": key[0] if key and hashes else None})
    return out


def ids_in(path: Path) -> set[str]:
    """The erasure ids the journal file holds (read without the key)."""
    try:
        text = Path(path).read_text(encoding="ascii", errors="replace")
    except FileNotFoundError:
        return set()
    return {line.split(" ", 1)[0] for line in text.splitlines() if " " in line}


def read(path: Path, key_hex: str) -> tuple[list[dict[str, Any]], int]:
    """(records that open under this key, count of lines that do not: torn, altered or another salon's)."""
    try:
        lines = Path(path).read_text(encoding="ascii", errors="replace").splitlines()
    except FileNotFoundError:
        return [], 0
    found, bad = [], 0
    for line in lines:
        erasure_id, _, sealed = line.partition(" ")
        try:
            record = unseal(sealed, key_hex)
            if record["erasure"]["id"] != erasure_id:
                raise ValueError("line id and record differ")
            found.append(record)
        except (ValueError, KeyError, TypeError):
            bad += 1
    return found, bad


def append(path: Path, key_hex: str, new: list[dict[str, Any]]) -> None:
    """Append records (one line each) and fsync; the file is created readable by this user only."""
    if not new:
        return
    path = Path(path)
    lines = "".join(f"{record['erasure']['id']} {seal(record, key_hex)}\n" for record in new).encode("ascii")
    fd = os.open(path, os.O_RDWR | os.O_APPEND | os.O_CREAT | getattr(os, "O_BINARY", 0), 0o600)
    with os.fdopen(fd, "a+b") as handle:
        handle.seek(0, os.SEEK_END)
        if handle.tell():
            handle.seek(-1, os.SEEK_END)
            if handle.read(1) != b"\n":  # a torn last line must not swallow the next record
                lines = b"\n" + lines
        handle.write(lines)
        handle.flush()
        os.fsync(handle.fileno())


def catch_up(path: Path, key_hex: str, db) -> int:
    """Append the database's erasures the journal lacks; returns how many were added."""
    known = ids_in(path)
    missing = [row[0] for row in db.execute("SELECT id FROM erasure") if row[0] not in known]
    if not missing:
        return 0
    append(path, key_hex, records(db, missing))
    return len(missing)


def merge(*groups: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """One record per erasure (and per client), oldest first."""
    by_client: dict[str, dict[str, Any]] = {}
    for group in groups:
        for record in group:
            erasure = record["erasure"]
            kept = by_client.get(erasure["client_id"])
            if kept is None or (erasure["erased_at"], erasure["id"]) < (kept["erasure"]["erased_at"],
                                                                        kept["erasure"]["id"]):
                by_client[erasure["client_id"]] = record
    return sorted(by_client.values(), key=lambda r: (r["erasure"]["erased_at"], r["erasure"]["id"]))
