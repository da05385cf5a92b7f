"""The unit of work: every write, with its outbox entry and field clocks, in one transaction.

Runs on whichever thread owns the connection; callers must not share it across threads at once.
"""
from __future__ import annotations

import json
import time
import uuid
from typing import Any, Callable, Iterable

from storage import hlc

# Entities that sync, and the column that identifies a row of each.
KEYS = {"salon": "id", "staff": "id", "client": "id", "service": "id", "appointment": "id", "setting": "key",
        "consent_text": "id", "consent_event": "id", "consent_prompt": "id"}


def _now_ms() -> int:
    return time.time_ns() // 1_000_000


class UnitOfWork:
    def __init__(self, conn, clock: Callable[[], int] = _now_ms) -> None:
        self.conn = conn
        self._clock = clock

    def __enter__(self) -> "UnitOfWork":
        self.conn.execute("BEGIN IMMEDIATE")
        row = self.conn.execute("SELECT id, last_hlc, device_seq FROM device").fetchone()
        if row is None:
            row = (str(uuid.uuid4()), "", 0)
            self.conn.execute("INSERT INTO device (id) VALUES (?)", (row[0],))
        self.device_id, last, self._seq = row
        self._last = hlc.Stamp.decode(last) if last else None
        self._dirty = False
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        if exc_type is not None:
            self.conn.execute("ROLLBACK")
            return
        try:
            if self._dirty:
                self.conn.execute("UPDATE device SET last_hlc = ?, device_seq = ?",
                                  (self._last.encode(), self._seq))
            self.conn.execute("COMMIT")
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise

    def execute(self, sql: str, params: Iterable[Any] = ()):
        """A write to a local, unsynced table (audit, login counters)."""
        return self.conn.execute(sql, tuple(params))

    def insert(self, entity: str, values: dict[str, Any], local: dict[str, Any] | None = None) -> None:
        row = {**values, **(local or {})}
        cols = ", ".join(row)
        marks = ", ".join("?" for _ in row)
        self.conn.execute(f"INSERT INTO {entity} ({cols}) VALUES ({marks})", tuple(row.values()))
        self._log(entity, values[KEYS[entity]], "upsert", values)

    def append(self, entity: str, values: dict[str, Any]) -> None:
        """Insert an immutable row (consent texts and events): synced as an `append`, never merged."""
        cols = ", ".join(values)
        marks = ", ".join("?" for _ in values)
        self.conn.execute(f"INSERT INTO {entity} ({cols}) VALUES ({marks})", tuple(values.values()))
        self.log_append(entity, values[KEYS[entity]], values)

    def log_append(self, entity: str, entity_id: str, fields: dict[str, Any]) -> None:
        self._log(entity, entity_id, "append", fields, clocks=False)

    def update(self, entity: str, key: str, changes: dict[str, Any], local: dict[str, Any] | None = None) -> None:
        row = {**changes, **(local or {})}
        if not row:
            return
        sets = ", ".join(f"{col} = ?" for col in row)
        cursor = self.conn.execute(f"UPDATE {entity} SET {sets} WHERE {KEYS[entity]} = ?", (*row.values(), key))
        if cursor.rowcount != 1:
            raise LookupError(f"{entity} {key} not found")
        if changes:
            self._log(entity, key, "upsert", changes)

    def upsert_setting(self, key: str, value: str, updated_at: str) -> None:
        self.conn.execute(
            "INSERT INTO setting (key, value, updated_at) VALUES (?, ?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at",
            (key, value, updated_at))
        self._log("setting", key, "upsert", {"key": key, "value": value, "updated_at": updated_at})

    def _log(self, entity: str, entity_id: str, op: str, fields: dict[str, Any], clocks: bool = True) -> None:
        self._last = hlc.tick(self._last, self._clock(), self.device_id)
        self._seq += 1
        self._dirty = True
        stamp = self._last.encode()
        self.conn.execute(
            "INSERT INTO outbox (mutation_id, device_seq, entity, entity_id, op, fields, hlc) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (str(uuid.uuid4()), self._seq, entity, entity_id, op,
             json.dumps(fields, ensure_ascii=False, sort_keys=True), stamp))
        if not clocks:  # appended rows never change, so they need no per-field clocks
            return
        self.conn.executemany(
            "INSERT INTO field_clock (entity, entity_id, field, hlc) VALUES (?, ?, ?, ?) "
            "ON CONFLICT(entity, entity_id, field) DO UPDATE SET hlc = excluded.hlc",
            [(entity, entity_id, name, stamp) for name in fields])
