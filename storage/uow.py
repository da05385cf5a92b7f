"""The unit of work: the only write road. Every write, with its outbox entry, field clocks and tombstones,
in one transaction.

Synced tables (storage/registry.py: merged and append) are written only through insert / update / upsert /
append / delete / erase / redact; `execute` refuses them. Runs on whichever thread owns the connection;
callers must not share it across threads at once. Text with control characters is refused (storage/controls.py).

A write that committed is never reported as failed: what runs after COMMIT (moving the chains' anchor) is logged
when it fails, never raised. A write that failed is rolled back and leaves nothing.
"""
from __future__ import annotations

import json
import logging
import re
from functools import lru_cache
import time
from typing import Any, Callable, Iterable

from storage import controls, hlc, ids, registry, timeutil
from storage.chain import SALT
from storage.errors import QT_TRANSLATE_NOOP, Conflict, NotFound, RawWriteRefused
from storage.registry import Kind

_LEAD = re.compile(r"(?:\s+|--[^\n]*(?:\n|$)|/\*.*?(?:\*/|$))*", re.DOTALL)  # spaces and comments
_NAME = r"""(?:"(?:[^"]|"")+"|`[^`]+`|\[[^\]]+\]|'(?:[^']|'')+'|\w+)"""  # an identifier, bare or quoted
_WRITE = re.compile(r"(?:INSERT(?:\s+OR\s+\w+)?\s+INTO|REPLACE\s+INTO|UPDATE(?:\s+OR\s+\w+)?|DELETE\s+FROM)\s*"
                    rf"(?:{_NAME}\s*\.\s*)?({_NAME})", re.IGNORECASE)
_MAIN = re.compile(r"(?<![\w$])(?:INSERT|REPLACE|UPDATE|DELETE|SELECT|VALUES)\b", re.IGNORECASE)
_PAYLOAD = json.JSONEncoder(ensure_ascii=False, sort_keys=True).encode  # json.dumps's text, one encoder for all
REDACTED = None  # what a personal field becomes in a pending outbox payload after erasure
log = logging.getLogger(__name__)


def _now_ms() -> int:
    return time.time_ns() // 1_000_000


def _main_statement(sql: str) -> str:
    """The statement after leading comments and any WITH clause (whose parentheses and quotes are skipped)."""
    sql = sql[_LEAD.match(sql).end():]
    if not re.match(r"WITH\b", sql, re.IGNORECASE):
        return sql
    depth, quote = 0, None
    for i, ch in enumerate(sql):
        if quote:
            quote = None if ch == quote else quote
        elif ch in "'\"`[":
            quote = "]" if ch == "[" else ch
        elif ch in "()":
            depth += 1 if ch == "(" else -1
        elif depth == 0 and _MAIN.match(sql, i):
            return sql[i:]
    return sql


@lru_cache(maxsize=1024)  # the same few hundred statements run over and over
def written_table(sql: str) -> str | None:
    """The table an INSERT / UPDATE / DELETE / REPLACE statement writes (however it is spelled: comments, a
    WITH clause, a schema name, quotes), or None for anything else."""
    match = _WRITE.match(_main_statement(sql))
    if not match:
        return None
    name = match.group(1)
    return (name[1:-1] if name[0] in "\"`['" else name).lower()


def _check_text(row: dict[str, Any]) -> None:
    """What is synced is what people typed; `local` columns are our own (a sort key with separators)."""
    for value in row.values():
        controls.check(value)


class UnitOfWork:
    def __init__(self, conn, clock: Callable[[], int] = _now_ms) -> None:
        self.conn = conn
        self._clock = clock
        self.moved_heads: dict[str, tuple[int, str]] = {}  # chain -> (seq, hash) sealed in this transaction

    def __enter__(self) -> "UnitOfWork":
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            row = self.conn.execute("SELECT id, last_hlc, device_seq FROM device").fetchone()
            if row is None:
                row = (ids.new(), "", 0)
                self.conn.execute("INSERT INTO device (id) VALUES (?)", (row[0],))
        except BaseException:
            self._rollback()
            raise
        self.device_id, last, self._seq = row
        self._last = hlc.Stamp.decode(last) if last else None
        self._dirty = False
        self.writes: dict[str, int] = {}  # entity -> synced writes so far (lets readers cache within a transaction)
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        if exc_type is not None:
            self._rollback()
            return
        try:
            if self._dirty:
                self.conn.execute("UPDATE device SET last_hlc = ?, device_seq = ?",
                                  (self._last.encode(), self._seq))
            self.conn.execute("COMMIT")
        except BaseException:
            self._rollback()
            raise
        self._committed()

    def _rollback(self) -> None:
        """Undo the transaction; a rollback that fails too (the disk gone) must not hide the first error, and
        SQLite has rolled back already when the connection is no longer in a transaction."""
        try:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
        except Exception:  # noqa: BLE001 (the original error is the one to report)
            log.warning("rollback failed after an error; SQLite discards the transaction", exc_info=True)

    def _committed(self) -> None:
        anchor = getattr(self.conn, "anchor", None)
        if anchor is None or not self.moved_heads:
            return
        try:
            anchor.moved(self.moved_heads)
        except Exception:  # noqa: BLE001 (committed: the anchor catches up at the next commit or at close)
            log.warning("the chains' anchor could not be updated after a commit", exc_info=True)

    @property
    def chain_key(self) -> bytes:
        """The ledgers' MAC key (storage/chain.py), which the keyed connection carries."""
        return self.conn.chain_key

    # -- local and derived tables ---------------------------------------------------------------------------
    def execute(self, sql: str, params: Iterable[Any] = ()):
        """A read, or a write to a local or derived table (audit, login counters, search index)."""
        table = written_table(sql)
        if table is not None and table in registry.ENTITIES and registry.entity(table).synced:
            raise RawWriteRefused(f"{table} is synced: write it through the unit of work's methods")
        return self.conn.execute(sql, tuple(params))

    def executemany(self, sql: str, rows: Iterable[Iterable[Any]]):
        """execute() for many rows of a local or derived table at once (audit rows, search tokens)."""
        table = written_table(sql)
        if table is not None and table in registry.ENTITIES and registry.entity(table).synced:
            raise RawWriteRefused(f"{table} is synced: write it through the unit of work's methods")
        return self.conn.executemany(sql, rows)

    # -- synced tables ---------------------------------------------------------------------------------------
    def insert(self, entity: str, values: dict[str, Any], local: dict[str, Any] | None = None) -> None:
        """A new row; `local` columns are stored but never synced (a sort key)."""
        self.insert_many(entity, [values], [local] if local else None)

    def insert_many(self, entity: str, rows: list[dict[str, Any]],
                    local: list[dict[str, Any]] | None = None) -> None:
        """New rows, all with the same columns, each with its outbox entry and field clocks; `local[i]` holds
        row i's columns that are stored but never synced. One statement per table, not one per row."""
        self._write_many(self._synced(entity, Kind.MERGED), rows, local, "upsert", clocks=True)

    def update(self, entity: str, key: str, changes: dict[str, Any], local: dict[str, Any] | None = None) -> None:
        spec = self._synced(entity, Kind.MERGED)
        row = {**changes, **(local or {})}
        if not row:
            return
        _check_text(changes)
        sets = ", ".join(f"{col} = ?" for col in row)
        cursor = self.conn.execute(f"UPDATE {entity} SET {sets} WHERE {self._where(spec)}",
                                   (*row.values(), *self._key_values(spec, key)))
        if cursor.rowcount != 1:
            raise NotFound(QT_TRANSLATE_NOOP("Messages", "This record no longer exists ({entity} {id})."),
                           entity=entity, id=key)
        if changes:
            self._log(entity, key, "upsert", changes)

    def upsert(self, entity: str, values: dict[str, Any]) -> None:
        """Insert, or update the given fields of the row with the same key (settings, a client's health note)."""
        spec = self._synced(entity, Kind.MERGED)
        entity_id = spec.entity_id(values)
        self._refuse_tombstoned(spec, entity_id)
        _check_text(values)
        changes = {k: v for k, v in values.items() if k not in spec.key}
        cols = ", ".join(values)
        marks = ", ".join("?" for _ in values)
        sets = ", ".join(f"{col} = excluded.{col}" for col in changes) or f"{spec.key[0]} = {spec.key[0]}"
        self.conn.execute(f"INSERT INTO {entity} ({cols}) VALUES ({marks}) "
                          f"ON CONFLICT({', '.join(spec.key)}) DO UPDATE SET {sets}", tuple(values.values()))
        self._log(entity, entity_id, "upsert", values)

    def append(self, entity: str, values: dict[str, Any], local: dict[str, Any] | None = None) -> None:
        """An immutable row (consent texts and events): synced as an `append`, never merged.
        `local` columns (the chain's sequence and hashes) are stored but not synced."""
        self.append_many(entity, [values], [local] if local else None)

    def append_many(self, entity: str, rows: list[dict[str, Any]],
                    local: list[dict[str, Any]] | None = None) -> None:
        """Immutable rows, all with the same columns, as append() writes them, in one statement per table."""
        self._write_many(self._synced(entity, Kind.APPEND), rows, local, "append", clocks=False)

    def delete(self, entity: str, key: str) -> None:
        """An ordinary delete: synced as `delete`, with a tombstone so the id never comes back."""
        self._remove(entity, key, "delete", "deleted")

    def erase(self, entity: str, key: str) -> None:
        """Erasure (GDPR Art. 17): final above every clock. Pending outbox copies of the row lose their
        personal fields; the tombstone holds the id only."""
        self._remove(entity, key, "erase", "erased")

    def redact(self, entity: str, key: str, fields: Iterable[str] | None = None) -> None:
        """Clear personal fields of a kept row (an appended consent event, a detached appointment) and of
        its pending outbox copies. Merged rows log the change, so other PCs clear them too. A hash-chained row
        loses all its personal fields and its salt together; its commitments keep the chain verifiable."""
        spec = registry.entity(entity)
        names = tuple(fields) if fields is not None else spec.personal
        if not names:
            return
        unknown = set(names) - set(spec.personal)
        if unknown:
            raise RawWriteRefused(f"{entity}: {sorted(unknown)} are not personal fields in the registry")
        if spec.chained and set(names) != set(spec.personal):
            raise RawWriteRefused(f"{entity} is hash-chained: its personal fields are redacted all at once")
        sets = ", ".join(f"{name} = NULL" for name in (*names, *((SALT,) if spec.chained else ())))
        self.conn.execute(f"UPDATE {entity} SET {sets} WHERE {self._where(spec)}", self._key_values(spec, key))
        self._redact_pending(entity, key, names)
        if spec.kind is Kind.MERGED:
            self._log(entity, key, "upsert", {name: REDACTED for name in names})

    # -- outbox hygiene ----------------------------------------------------------------------------------
    def acknowledged(self, mutation_ids: Iterable[str]) -> int:
        """The server has these: they leave the outbox (sync calls this; nothing else removes entries)."""
        ids = list(mutation_ids)
        removed = 0
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            removed += self.conn.execute(
                f"DELETE FROM outbox WHERE mutation_id IN ({', '.join('?' for _ in chunk)})", chunk).rowcount
        return removed

    # -- internals ---------------------------------------------------------------------------------------
    @staticmethod
    def _synced(entity: str, kind: Kind) -> registry.Entity:
        spec = registry.entity(entity)
        if spec.kind is not kind:
            raise RawWriteRefused(f"{entity} is {spec.kind.value}, not {kind.value}")
        return spec

    @staticmethod
    def _where(spec: registry.Entity) -> str:
        return " AND ".join(f"{column} = ?" for column in spec.key)

    @staticmethod
    def _key_values(spec: registry.Entity, key: str) -> tuple:
        parts = str(key).split("/", len(spec.key) - 1)
        if len(parts) != len(spec.key):
            raise KeyError(f"{spec.name}: key {key!r} does not match {spec.key}")
        return tuple(parts)

    def _write_many(self, spec: registry.Entity, rows: list[dict[str, Any]], local: list[dict[str, Any]] | None,
                    op: str, clocks: bool) -> None:
        if not rows:
            return
        if local is not None and len(local) != len(rows):
            raise ValueError(f"{spec.name}: {len(rows)} rows but {len(local)} sets of local columns")
        names = tuple(rows[0])
        local_names = tuple(local[0]) if local else ()
        if any(tuple(row) != names for row in rows) or any(tuple(extra) != local_names for extra in local or ()):
            raise ValueError(f"{spec.name}: rows written together must have the same columns")
        ids = [spec.entity_id(row) for row in rows]
        self._refuse_tombstoned(spec, ids)
        for row in rows:
            _check_text(row)
        columns = names + local_names
        self.conn.executemany(
            f"INSERT INTO {spec.name} ({', '.join(columns)}) VALUES ({', '.join('?' for _ in columns)})",
            [(*row.values(), *extra.values()) for row, extra in zip(rows, local or [{}] * len(rows))])
        self._log_many(spec.name, [(entity_id, op, row) for entity_id, row in zip(ids, rows)], clocks=clocks)

    def _refuse_tombstoned(self, spec: registry.Entity, entity_ids: str | list[str]) -> None:
        if spec.natural_key:
            return
        ids = [entity_ids] if isinstance(entity_ids, str) else entity_ids
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            gone = self.conn.execute(f"SELECT kind FROM tombstone WHERE entity = ? AND entity_id IN "
                                     f"({', '.join('?' for _ in chunk)}) LIMIT 1", (spec.name, *chunk)).fetchone()
            if gone:
                raise Conflict(QT_TRANSLATE_NOOP(
                    "Messages", "This record was {kind} and cannot come back under the same id."), kind=gone[0])

    def _remove(self, entity: str, key: str, op: str, kind: str) -> None:
        spec = registry.entity(entity)
        if not spec.synced:
            raise RawWriteRefused(f"{entity} is not synced: delete its rows with execute()")
        cursor = self.conn.execute(f"DELETE FROM {entity} WHERE {self._where(spec)}", self._key_values(spec, key))
        if cursor.rowcount != 1:
            raise NotFound(QT_TRANSLATE_NOOP("Messages", "This record no longer exists ({entity} {id})."),
                           entity=entity, id=key)
        if op == "erase":
            self._redact_pending(entity, key, spec.personal)
        self._log(entity, key, op, {}, clocks=False)
        self.conn.execute("DELETE FROM field_clock WHERE entity = ? AND entity_id = ?", (entity, key))
        self.conn.execute("INSERT OR REPLACE INTO tombstone (entity, entity_id, kind, at) VALUES (?, ?, ?, ?)",
                          (entity, key, kind, timeutil.iso(timeutil.now())))

    def _redact_pending(self, entity: str, key: str, names: Iterable[str]) -> None:
        names = set(names)
        if not names:
            return
        for mutation_id, fields in self.conn.execute(
                "SELECT mutation_id, fields FROM outbox WHERE entity = ? AND entity_id = ?", (entity, key)).fetchall():
            payload = json.loads(fields)
            if names & payload.keys():
                payload.update({name: REDACTED for name in names & payload.keys()})
                self.conn.execute("UPDATE outbox SET fields = ? WHERE mutation_id = ?",
                                  (json.dumps(payload, ensure_ascii=False, sort_keys=True), mutation_id))

    def _log(self, entity: str, entity_id: str, op: str, fields: dict[str, Any], clocks: bool = True) -> None:
        self._log_many(entity, [(entity_id, op, fields)], clocks=clocks)

    def _log_many(self, entity: str, changes: list[tuple[str, str, dict[str, Any]]], clocks: bool = True) -> None:
        """An outbox entry for each (entity_id, op, fields), in order, each with its own clock tick, and the field
        clocks of merged rows."""
        outbox, field_clocks = [], []
        for entity_id, op, fields in changes:
            self._last = hlc.tick(self._last, self._clock(), self.device_id)
            self._seq += 1
            stamp = self._last.encode()
            outbox.append((ids.new(), self._seq, entity, entity_id, op,
                           _PAYLOAD(fields), stamp))
            if clocks:  # appended rows never change, and removed ones have no fields left
                field_clocks += [(entity, entity_id, name, stamp) for name in fields]
        self._dirty = True
        self.writes[entity] = self.writes.get(entity, 0) + len(changes)
        self.conn.executemany(
            "INSERT INTO outbox (mutation_id, device_seq, entity, entity_id, op, fields, hlc) VALUES (?, ?, ?, ?, ?, ?, ?)",
            outbox)
        if field_clocks:
            self.conn.executemany(
                "INSERT INTO field_clock (entity, entity_id, field, hlc) VALUES (?, ?, ?, ?) "
                "ON CONFLICT(entity, entity_id, field) DO UPDATE SET hlc = excluded.hlc", field_clocks)
