"""Append-only, hash-chained audit log of staff actions.

Each row's hash covers the previous row's hash and the row itself, so an edit,
a deletion or a reordering breaks the chain at a row that verify() names.
"""
from __future__ import annotations

import hashlib
import json
from typing import Any

from storage import timeutil

GENESIS = "0" * 64
GUARDS = ("audit_no_update", "audit_no_delete")


def _digest(prev_hash: str, seq: int, at: str, staff_id: str | None, action: str,
            object_type: str | None, object_id: str | None, details: str) -> str:
    body = json.dumps([seq, at, staff_id, action, object_type, object_id, details],
                      ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256((prev_hash + body).encode("utf-8")).hexdigest()


def append(db, action: str, *, staff_id: str | None = None, object_type: str | None = None,
           object_id: str | None = None, details: dict[str, Any] | None = None) -> int:
    """Append one row; `db` is a connection or a unit of work inside a transaction."""
    last = db.execute("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1").fetchone()
    seq, prev_hash = (last[0] + 1, last[1]) if last else (1, GENESIS)
    at = timeutil.iso(timeutil.now())
    text = json.dumps(details or {}, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    digest = _digest(prev_hash, seq, at, staff_id, action, object_type, object_id, text)
    db.execute(
        "INSERT INTO audit (seq, at, staff_id, action, object_type, object_id, details, prev_hash, hash) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (seq, at, staff_id, action, object_type, object_id, text, prev_hash, digest))
    return seq


def verify(conn) -> list[str]:
    """Problems found in the chain, in English, each naming the row; empty when it holds."""
    problems = []
    names = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    problems += [f"audit guard trigger {name} is missing" for name in GUARDS if name not in names]
    prev_hash, expected_seq = GENESIS, 1
    rows = conn.execute(
        "SELECT seq, at, staff_id, action, object_type, object_id, details, prev_hash, hash FROM audit ORDER BY seq")
    for seq, at, staff_id, action, object_type, object_id, details, stored_prev, stored_hash in rows:
        if seq != expected_seq:
            problems.append(f"audit row {expected_seq} is missing (next row is {seq})")
        if stored_prev != prev_hash:
            problems.append(f"audit row {seq} does not follow the previous row")
        if _digest(stored_prev, seq, at, staff_id, action, object_type, object_id, details) != stored_hash:
            problems.append(f"audit row {seq} was changed after it was written")
        prev_hash, expected_seq = stored_hash, seq + 1
    return problems


COLUMNS = ("seq", "at", "staff_id", "action", "object_type", "object_id", "details")


def rows(db, *, staff_id: str | None = None, action: str | None = None, since: str | None = None,
         until: str | None = None, limit: int | None = None) -> list[dict[str, Any]]:
    """Audit rows, newest first, filtered; dates are YYYY-MM-DD prefixes of the UTC time."""
    where, params = [], []
    for clause, value in (("staff_id = ?", staff_id), ("action = ?", action), ("at >= ?", since),
                          ("at < ?", until)):
        if value:
            where.append(clause)
            params.append(value)
    sql = f"SELECT {', '.join(COLUMNS)} FROM audit {'WHERE ' + ' AND '.join(where) if where else ''} ORDER BY seq DESC"
    if limit:
        sql += f" LIMIT {int(limit)}"
    return [dict(zip(COLUMNS, r)) for r in db.execute(sql, params)]


def actions(db) -> list[str]:
    return [r[0] for r in db.execute("SELECT DISTINCT action FROM audit ORDER BY action")]
