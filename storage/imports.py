"""Import reports (what each client-file import did, row by row) and the client keys an import compares with.

The reports hold the file's name and SHA-256, row numbers, outcomes and reason codes: never the file's content,
a card number or a note. They are this PC's own bookkeeping (registry: local).
"""
from __future__ import annotations

import json
import logging
from contextlib import contextmanager
from typing import Any, Iterator

REPORT_COLUMNS = ("id", "file_name", "file_sha256", "file_size", "file_format", "rows", "imported", "merged",
                  "unchanged", "skipped", "consent_events", "attestations", "mapping", "created_at", "created_by")
ROW_COLUMNS = ("row", "outcome", "reason", "notes", "consent", "client_id")
IMPORT_CACHE_KIB = 16 * 1024

log = logging.getLogger(__name__)


@contextmanager
def small_cache(db) -> Iterator[None]:
    """A smaller page cache while an import writes. Its ids are neighbours (storage.ids), so it touches only the
    right-hand edge of each index and needs few pages; the usual 64 MiB, filled with 100,000 clients' dirty
    pages, would take the process past its memory budget. The usual size is back afterwards."""
    usual = db.execute("PRAGMA cache_size").fetchone()[0]
    db.execute(f"PRAGMA cache_size = -{IMPORT_CACHE_KIB}")
    try:
        yield
    finally:
        try:
            db.execute(f"PRAGMA cache_size = {int(usual)}")
        except Exception:  # noqa: BLE001 (the connection failed: the import's own error is the one to report)
            log.warning("the page cache size could not be restored after an import", exc_info=True)


def client_keys(db) -> Iterator[tuple[str, str | None, str | None, str, str, str | None]]:
    """(id, email, phone, first name, last name, birth date) of every client, for duplicate matching."""
    yield from db.execute("SELECT id, email, phone, first_name, last_name, birth_date FROM client")


def anyone_erased(db) -> bool:
    """Whether any suppression entry exists (else nobody can be flagged as erased, and no look-up is needed)."""
    return db.execute("SELECT 1 FROM suppression LIMIT 1").fetchone() is not None


def client_fields(db, client_id: str) -> dict[str, Any] | None:
    row = db.execute("SELECT email, phone, birth_date, notes, restricted_by FROM client WHERE id = ?",
                     (client_id,)).fetchone()
    return dict(zip(("email", "phone", "birth_date", "notes", "restricted_by"), row)) if row else None


def clients_fields(db, client_ids: list[str]) -> dict[str, dict[str, Any]]:
    """client_fields of each of these clients that exists, 500 per query."""
    found = {}
    for start in range(0, len(client_ids), 500):
        chunk = client_ids[start:start + 500]
        for row in db.execute(f"SELECT id, email, phone, birth_date, notes, restricted_by FROM client "
                              f"WHERE id IN ({', '.join('?' for _ in chunk)})", chunk):
            found[row[0]] = dict(zip(("email", "phone", "birth_date", "notes", "restricted_by"), row[1:]))
    return found


def imported_before(db, sha256: str) -> list[str]:
    """When a file with this SHA-256 was imported already (UTC times, oldest first)."""
    return [r[0] for r in db.execute("SELECT created_at FROM import_report WHERE file_sha256 = ? ORDER BY created_at",
                                     (sha256,))]


def save(uow, report: dict[str, Any], rows: list[tuple]) -> None:
    """One report and its rows (tuples in ROW_COLUMNS order), inside the import's own transaction."""
    values = {**report, "attestations": json.dumps(report["attestations"], ensure_ascii=False, sort_keys=True),
              "mapping": json.dumps(report["mapping"], ensure_ascii=False)}
    uow.execute(f"INSERT INTO import_report ({', '.join(REPORT_COLUMNS)}) VALUES ({', '.join('?' for _ in REPORT_COLUMNS)})",
                [values[name] for name in REPORT_COLUMNS])
    uow.conn.executemany(
        f"INSERT INTO import_row (report_id, {', '.join(ROW_COLUMNS)}) VALUES (?, {', '.join('?' for _ in ROW_COLUMNS)})",
        ((report["id"], *row) for row in rows))  # a generator: 100,000 rows are not copied at the peak


def reports(db) -> list[dict[str, Any]]:
    """Every kept report, newest first."""
    return [_report(r) for r in db.execute(f"SELECT {', '.join(REPORT_COLUMNS)} FROM import_report "
                                           "ORDER BY created_at DESC, rowid DESC")]


def report(db, report_id: str) -> dict[str, Any] | None:
    row = db.execute(f"SELECT {', '.join(REPORT_COLUMNS)} FROM import_report WHERE id = ?", (report_id,)).fetchone()
    return _report(row) if row else None


def rows(db, report_id: str, limit: int | None = None) -> list[dict[str, Any]]:
    return [dict(zip(ROW_COLUMNS, r)) for r in db.execute(
        f"SELECT {', '.join(ROW_COLUMNS)} FROM import_row WHERE report_id = ? ORDER BY row LIMIT ?",
        (report_id, -1 if limit is None else limit))]


def _report(row) -> dict[str, Any]:
    found = dict(zip(REPORT_COLUMNS, row))
    found["attestations"] = json.loads(found["attestations"])
    found["mapping"] = json.loads(found["mapping"])
    return found
