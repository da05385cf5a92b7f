"""Append-only, hash-chained audit log of staff actions (the chain itself is storage/chain.py).

It holds record ids, never client contact data. object_id is personal (it can name a client): erasure clears it
and keeps its commitment. The oldest rows are pruned behind a MACed checkpoint once past their retention.
"""
from __future__ import annotations

import json
from typing import Any

from storage import chain, timeutil
from storage.errors import QT_TRANSLATE_NOOP, StorageError

_DETAILS = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode
FIELDS = ("at", "staff_id", "action", "object_type", "object_id", "details")
CHAIN = chain.Chain("audit", QT_TRANSLATE_NOOP("Messages", "audit log"), FIELDS,
                    label=lambda row: f"audit row {row['seq']}", verb="written",
                    guards=("audit_no_update", "audit_no_delete", *chain.GUARDS))


def append(db, action: str, *, staff_id: str | None = None, object_type: str | None = None,
           object_id: str | None = None, details: dict[str, Any] | None = None) -> int:
    """Append one row; `db` is a unit of work (or a keyed connection inside a transaction)."""
    return append_many(db, [entry(action, staff_id=staff_id, object_type=object_type, object_id=object_id,
                                  details=details)])[0]


def entry(action: str, *, staff_id: str | None = None, object_type: str | None = None, object_id: str | None = None,
          details: dict[str, Any] | None = None, at: str | None = None) -> dict[str, Any]:
    """One row's fields, for append_many."""
    return {"at": at or timeutil.iso(timeutil.now()), "staff_id": staff_id, "action": action,
            "object_type": object_type, "object_id": object_id,
            "details": _DETAILS(details or {})}


def append_many(db, rows: list[dict[str, Any]]) -> list[int]:
    """Append rows made by entry(), in order, in one statement (the chain's head moves once); their seqs."""
    if not rows:
        return []
    sealed = chain.seal_many(db, CHAIN, rows)
    columns = (*FIELDS, *sealed[0])
    db.executemany(f"INSERT INTO audit ({', '.join(columns)}) VALUES ({', '.join('?' for _ in columns)})",
                   [(*(row[f] for f in FIELDS), *seal.values()) for row, seal in zip(rows, sealed)])
    return [seal["seq"] for seal in sealed]


def verify(conn) -> list[str]:
    """Problems found in the chain, its checkpoints and its head, in English, each naming the row."""
    return chain.verify(conn, CHAIN)


def forget(uow, object_id: str) -> int:
    """Erasure: clear `object_id` (and the row's salt) wherever it names this record; the rows and the chain stay."""
    return uow.execute(f"UPDATE audit SET {chain.redaction(CHAIN)} WHERE object_id = ?", (object_id,)).rowcount


def prune(uow, before: str, at: str) -> dict[str, int]:
    """Delete the oldest rows, those written before `before` (an ISO UTC time), behind a checkpoint.

    Only a prefix goes: the first row still within retention and everything after it stay, even if the clock
    once went back. A chain that fails its check is never pruned: that would destroy the evidence."""
    if verify(uow):
        raise StorageError(QT_TRANSLATE_NOOP(
            "Messages", "The audit log fails its check, so nothing was pruned. Run verify to see where."))
    first_kept = uow.execute("SELECT min(seq) FROM audit WHERE at >= ?", (before,)).fetchone()[0]
    last = chain.head(uow, CHAIN)[0]
    through = first_kept - 1 if first_kept is not None else last
    oldest = uow.execute("SELECT min(seq) FROM audit").fetchone()[0]
    if oldest is None or through < oldest:
        return {"rows": 0, "through": 0}
    anchor = getattr(getattr(uow, "conn", None), "anchor", None)
    if anchor is not None:  # the keyring learns first that rows up to here may go (storage/anchor.py)
        anchor.allow_prune(CHAIN.table, through)
    mark = chain.checkpoint(uow, CHAIN, through, at)
    return {"rows": mark["pruned"], "through": through}


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
