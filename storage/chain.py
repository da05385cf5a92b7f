"""One hash chain for the append-only ledgers: the audit log and the consent events.

A row's hash covers the previous row's hash, its seq, its other fields as they are, and, for each personal field
(storage/registry.py), a commitment: SHA-256 over a random per-row salt, the field's name and its value. Erasure
sets the personal fields and the salt to NULL and keeps the commitments, so the chain still verifies while the
values cannot be guessed back. A head per chain, MACed with a key derived from the database key and moved in the
same transaction as every append, shows a cut tail; a MACed checkpoint lets the oldest rows be pruned.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import secrets
from dataclasses import dataclass
from typing import Any, Callable

from storage import registry
from storage.errors import QT_TRANSLATE_NOOP, StorageError, Term

GENESIS = "0" * 64
KEY_LABEL = b"salon-desk chain v1"
SALT = "salt"
COMMITMENTS = "commitments"
# Shared by every chain: the heads move forward only, checkpoints never change.
GUARDS = ("chain_head_no_delete", "chain_head_no_rewind", "chain_checkpoint_no_update", "chain_checkpoint_no_delete")


def mac_key(key_hex: str) -> bytes:
    """The MAC key for heads and checkpoints: never the database key itself."""
    return hmac.new(bytes.fromhex(key_hex), KEY_LABEL, hashlib.sha256).digest()


# json.dumps with arguments builds an encoder per call: these are built once (the text is the same).
_CANONICAL = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
_SORTED = json.JSONEncoder(sort_keys=True).encode


def _canonical(value: Any) -> bytes:
    return _CANONICAL(value).encode("utf-8")


def commitment(salt: str, field: str, value: Any) -> str:
    return hashlib.sha256(_canonical([salt, field, value])).hexdigest()


def row_hash(prev_hash: str, seq: int, open_values: list, commitments: list[str]) -> str:
    return hashlib.sha256(prev_hash.encode("ascii") + _canonical([seq, open_values, commitments])).hexdigest()


def _mac(db, *parts: Any) -> str:
    key = getattr(db, "chain_key", b"")
    if not key:
        raise RuntimeError("this connection was not opened by storage.db.connect: it has no chain key")
    return hmac.new(key, _canonical(list(parts)), hashlib.sha256).hexdigest()


@dataclass(frozen=True)
class Chain:
    table: str
    title: str                       # the ledger's name in messages (translated: "audit log")
    fields: tuple[str, ...]          # what the hash covers, in order (personal ones through their commitment)
    label: Callable[[dict], str]     # how verify names a row: "audit row 3"
    verb: str                        # "... was changed after it was {verb}"
    guards: tuple[str, ...]          # the triggers that keep the table append-only

    @property
    def personal(self) -> tuple[str, ...]:
        """Sorted, so reordering the registry changes nothing; adding or removing one needs a re-anchoring."""
        return tuple(sorted(registry.entity(self.table).personal))

    @property
    def columns(self) -> tuple[str, ...]:
        return ("seq", *self.fields, SALT, COMMITMENTS, "prev_hash", "hash")

    def hash_of(self, row: dict[str, Any], commitments: dict[str, str]) -> str:
        personal = self.personal
        return row_hash(row["prev_hash"], row["seq"], [row[f] for f in self.fields if f not in personal],
                        [commitments[f] for f in personal])


# -- appending -------------------------------------------------------------------------------------------------

def head(db, chain: Chain) -> tuple[int, str] | None:
    row = db.execute("SELECT seq, hash FROM chain_head WHERE chain = ?", (chain.table,)).fetchone()
    return (row[0], row[1]) if row else None


def seal(db, chain: Chain, values: dict[str, Any]) -> dict[str, Any]:
    """The chain columns (seq, salt, commitments, prev_hash, hash) for a new row, and the head moved onto it.
    `db` is a unit of work (or a connection inside a transaction); the caller inserts the row in it. O(1)."""
    return seal_many(db, chain, [values])[0]


def seal_many(db, chain: Chain, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The chain columns of each new row, in order, each following the one before; the head is read once and
    moved (with its MAC) once, onto the last. The caller inserts the rows in the same transaction."""
    if not rows:
        return []
    last = head(db, chain)
    if last is None:
        raise StorageError(QT_TRANSLATE_NOOP(
            "Messages", "The {ledger} has lost its head record: the database was changed outside Salon Desk. "
            "Nothing was written; restore a backup."), ledger=Term(chain.title))
    seq, prev = last
    personal = chain.personal
    open_fields = [f for f in chain.fields if f not in personal]
    sealed = []
    for values in rows:
        salt = secrets.token_hex(16)
        commitments = {f: commitment(salt, f, values[f]) for f in personal}
        seq += 1
        digest = row_hash(prev, seq, [values[f] for f in open_fields], [commitments[f] for f in personal])  # hash_of
        sealed.append({"seq": seq, SALT: salt, COMMITMENTS: _SORTED(commitments), "prev_hash": prev, "hash": digest})
        prev = digest
    _move_head(db, chain, seq, prev)
    return sealed


def _move_head(db, chain: Chain, seq: int, digest: str) -> None:
    db.execute("INSERT INTO chain_head (chain, seq, hash, mac) VALUES (?, ?, ?, ?) ON CONFLICT(chain) DO UPDATE "
               "SET seq = excluded.seq, hash = excluded.hash, mac = excluded.mac",
               (chain.table, seq, digest, _mac(db, "head", chain.table, seq, digest)))
    moved = getattr(db, "moved_heads", None)  # a unit of work hands them to the anchor once committed
    if moved is not None:
        moved[chain.table] = (seq, digest)


def rehash(db, chain: Chain) -> tuple[int, str]:
    """Give every row a new salt, commitments and hash, in seq order from the genesis, and move the head onto the
    last one: a migration's re-anchoring, once the old chain has passed its own check. Returns the new head."""
    seq, prev = 0, GENESIS
    cols = ("seq", *chain.fields)
    for values in db.execute(f"SELECT {', '.join(cols)} FROM {chain.table} ORDER BY seq").fetchall():
        row = {**dict(zip(cols, values)), "prev_hash": prev}
        salt = secrets.token_hex(16)
        commitments = {f: commitment(salt, f, row[f]) for f in chain.personal}
        seq, prev = row["seq"], chain.hash_of(row, commitments)
        db.execute(f"UPDATE {chain.table} SET {SALT} = ?, {COMMITMENTS} = ?, prev_hash = ?, hash = ? WHERE seq = ?",
                   (salt, json.dumps(commitments, sort_keys=True), row["prev_hash"], prev, seq))
    _move_head(db, chain, seq, prev)
    return seq, prev


def reseal(db, chain: Chain, first: int) -> tuple[int, str]:
    """New hashes from row `first` to the end, keeping every row's salt and commitments (a migration that had to
    change an open field, such as dropping a health value from an audit row's details). Returns the new head;
    the caller lifts the head's no-rewind trigger around it."""
    row = db.execute(f"SELECT prev_hash FROM {chain.table} WHERE seq = ?", (first,)).fetchone()
    if row is None:
        return head(db, chain)
    prev, seq = row[0], first - 1
    for values in db.execute(f"SELECT {', '.join(chain.columns)} FROM {chain.table} WHERE seq >= ? ORDER BY seq",
                             (first,)).fetchall():
        current = {**dict(zip(chain.columns, values)), "prev_hash": prev}
        seq, prev = current["seq"], chain.hash_of(current, json.loads(current[COMMITMENTS]))
        db.execute(f"UPDATE {chain.table} SET prev_hash = ?, hash = ? WHERE seq = ?", (current["prev_hash"], prev, seq))
    _move_head(db, chain, seq, prev)
    return seq, prev


def redaction(chain: Chain) -> str:
    """The SET clause of an erasure: every personal field and the salt, at once (the triggers allow only that)."""
    return ", ".join(f"{name} = NULL" for name in (*chain.personal, SALT))


# -- pruning ---------------------------------------------------------------------------------------------------

CHECKPOINT_COLUMNS = ("chain", "seq", "hash", "at", "pruned", "mac")


def checkpoints(db, chain: Chain) -> list[dict[str, Any]]:
    return [dict(zip(CHECKPOINT_COLUMNS, r)) for r in db.execute(
        f"SELECT {', '.join(CHECKPOINT_COLUMNS)} FROM chain_checkpoint WHERE chain = ? ORDER BY seq", (chain.table,))]


def checkpoint(db, chain: Chain, through: int, at: str) -> dict[str, Any]:
    """Prune rows up to `through`: first a MACed checkpoint naming the last pruned row and its hash (the delete
    trigger allows deleting only rows behind it), then the delete, in the caller's transaction."""
    row = db.execute(f"SELECT hash FROM {chain.table} WHERE seq = ?", (through,)).fetchone()
    if row is None:
        raise ValueError(f"{chain.table} has no row {through} to checkpoint")
    earlier = checkpoints(db, chain)
    since = earlier[-1]["seq"] if earlier else 0
    pruned = db.execute(f"SELECT count(*) FROM {chain.table} WHERE seq > ? AND seq <= ?", (since, through)).fetchone()[0]
    mark = {"chain": chain.table, "seq": through, "hash": row[0], "at": at, "pruned": pruned}
    mark["mac"] = _mac(db, "checkpoint", *mark.values())
    db.execute(f"INSERT INTO chain_checkpoint ({', '.join(CHECKPOINT_COLUMNS)}) VALUES (?, ?, ?, ?, ?, ?)",
               tuple(mark.values()))
    db.execute(f"DELETE FROM {chain.table} WHERE seq <= ?", (through,))
    return mark


# -- verifying -------------------------------------------------------------------------------------------------

def verify(db, chain: Chain) -> list[str]:
    """Problems in one chain, in English, each naming the row; empty when it holds. Reads every row once."""
    names = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    problems = [f"{chain.table} guard trigger {name} is missing" for name in chain.guards if name not in names]
    seq, prev, check_problems = _verify_checkpoints(db, chain)
    problems += check_problems
    first = seq + 1
    for values in db.execute(f"SELECT {', '.join(chain.columns)} FROM {chain.table} ORDER BY seq"):
        row = dict(zip(chain.columns, values))
        name = chain.label(row)
        if row["seq"] < first:
            problems.append(f"{name} is behind checkpoint #{first - 1} and should have been pruned")
            continue
        if row["seq"] != seq + 1:
            problems.append(f"{chain.label({'seq': seq + 1})} is missing (next is {name})")
        if row["prev_hash"] != prev:
            problems.append(f"{name} does not follow the previous row")
        problems += _verify_row(chain, row, name)
        seq, prev = row["seq"], row["hash"]
    return problems + _verify_head(db, chain, seq, prev)


def _verify_checkpoints(db, chain: Chain) -> tuple[int, str, list[str]]:
    """Where the rows must start (the newest checkpoint's seq and hash), and what is wrong with the checkpoints."""
    seq, prev, problems = 0, GENESIS, []
    for mark in checkpoints(db, chain):
        if not hmac.compare_digest(mark["mac"] or "", _mac(db, "checkpoint", *(mark[c] for c in CHECKPOINT_COLUMNS[:-1]))):
            problems.append(f"{chain.table} checkpoint #{mark['seq']} was changed after it was written (bad MAC)")
        elif mark["pruned"] != mark["seq"] - seq:
            problems.append(f"{chain.table} checkpoint #{mark['seq']} pruned {mark['pruned']} rows where "
                            f"{mark['seq'] - seq} were expected")
        seq, prev = mark["seq"], mark["hash"]
    return seq, prev, problems


def _verify_row(chain: Chain, row: dict[str, Any], name: str) -> list[str]:
    try:
        commitments = json.loads(row[COMMITMENTS] or "")
        if not isinstance(commitments, dict) or set(commitments) != set(chain.personal):
            raise ValueError
    except ValueError:
        return [f"{name} has damaged commitments"]
    problems = []
    if row[SALT] is None:
        problems += [f"{name} is erased but still holds {f}" for f in chain.personal if row[f] is not None]
    else:
        problems += [f"{name}: {f} does not match its commitment" for f in chain.personal
                     if commitment(row[SALT], f, row[f]) != commitments[f]]
    if chain.hash_of(row, commitments) != row["hash"]:
        problems.append(f"{name} was changed after it was {chain.verb}")
    return problems


def _verify_head(db, chain: Chain, seq: int, digest: str) -> list[str]:
    row = db.execute("SELECT seq, hash, mac FROM chain_head WHERE chain = ?", (chain.table,)).fetchone()
    if row is None:
        return [f"{chain.table} chain head is missing"]
    head_seq, head_hash, mac = row
    if not hmac.compare_digest(mac or "", _mac(db, "head", chain.table, head_seq, head_hash)):
        return [f"{chain.table} chain head was changed outside Salon Desk (bad MAC)"]
    if seq < head_seq:
        return [f"{chain.table}: the newest rows are missing (the head records #{head_seq}, the last row is #{seq})"]
    if seq > head_seq:
        return [f"{chain.table}: rows after the recorded head #{head_seq} (the last row is #{seq})"]
    if digest != head_hash:
        return [f"{chain.table}: the last row #{seq} is not the one the head records"]
    return []

