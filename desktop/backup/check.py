"""Checking a backup: the file (length, SHA-256, MAC) and the database inside it, opened with the key (SQLCipher
page integrity, SQLite integrity, the audit chain and the consent ledger: what desktop.verify.problems checks, on two
connections at once).

The database is read from a scratch copy in a private folder (the body is SQLCipher pages, encrypted like the live
file), opened without migrating it and without touching the backup. Qt-free.
"""
from __future__ import annotations

import os
import shutil
import tempfile
import threading
from concurrent import futures
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

import sqlcipher3

from desktop.consent.rules import stale_statuses
from desktop.kernel.progress import Cancelled
from storage import audit, backup_file, chain, consent, db, faults, keystore, migrate
from storage.errors import QT_TRANSLATE_NOOP

SCRATCH_PREFIX = ".backup-scratch-"
READ_PRAGMAS = tuple(p for p in db.PRAGMAS if "cache_size" in p or "temp_store" in p)


@contextmanager
def scratch_folder(parent: Path | None) -> Iterator[Path]:
    """A private folder for a scratch copy, removed afterwards (a killed process leaves one: removed an hour
    later by the next backup, see files.clean_stale)."""
    if parent is not None:
        parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    folder = Path(tempfile.mkdtemp(prefix=SCRATCH_PREFIX, dir=parent))
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def open_copy(path: Path, key_hex: str) -> db.Connection:
    """A keyed connection to a copy, as it is: no pragmas that write, no migration, no SQLCipher log lines."""
    conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False, factory=db.Connection)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE").fetchall()
        conn.execute(f"PRAGMA key = \"x'{key_hex}'\"")
        conn.chain_key = chain.mac_key(key_hex)
        for pragma in READ_PRAGMAS:  # the app's page cache: integrity_check reads every page, some of them often
            conn.execute(pragma).fetchall()
    except BaseException:
        conn.close()
        raise
    return conn


def database_problems(path: Path, key_hex: str, *, thorough: bool = True,
                      interrupt: Callable[[], bool] | None = None) -> dict[str, list[str]]:
    """verify's checks on a database copy (see check_database)."""
    return check_database(path, key_hex, thorough=thorough, interrupt=interrupt)[0]


def check_database(path: Path, key_hex: str, *, thorough: bool = True, interrupt: Callable[[], bool] | None = None,
                   count: Iterable[str] = ()) -> tuple[dict[str, list[str]], dict[str, Any]]:
    """verify's checks on a database copy, on two connections at once (SQLite releases the GIL, so they use both
    cores): SQLite's structure check on one; SQLCipher's page check, then the audit chain and the consent ledger,
    then the schema version and the row counts of `count`'s tables, on the other. An older schema gets the page and
    SQLite checks only (its ledgers are checked after a restore has upgraded it).

    `thorough`: SQLite's integrity_check, which also matches every index against its table (O(N log N));
    otherwise quick_check, every b-tree page, cell, record and constraint and the free list without that matching
    (O(N)): see make.py for why a new backup needs no more. Returns the findings (lists, empty when the check
    holds) and what the copy holds ({"schema", "counts"})."""
    stop = threading.Event()  # a page failing its HMAC makes the rest noise: the other check stops at once

    def halted() -> bool:
        return stop.is_set() or (interrupt is not None and interrupt())

    structure_conn = open_copy(path, key_hex)
    pages_conn = None
    done = threading.Event()
    try:
        pages_conn = open_copy(path, key_hex)
        with ThreadPoolExecutor(2, thread_name_prefix="backup-check",
                                initializer=backup_file.background_thread) as pool:
            pool.submit(_interrupt_when, halted, done, (structure_conn, pages_conn))
            structure = pool.submit(_structure, structure_conn, thorough)
            try:
                try:
                    found, holds = _pages_and_ledgers(pages_conn, count)
                except BaseException:
                    stop.set()
                    raise
                if found["cipher_integrity"]:
                    stop.set()
                try:
                    integrity = structure.result()
                except sqlcipher3.OperationalError:
                    if not stop.is_set() or (interrupt is not None and interrupt()):
                        raise
                    integrity = []  # stopped because the pages failed: they are the finding
            finally:
                futures.wait([structure])  # interrupted by then if the checks were halted
                done.set()
        if not found["cipher_integrity"]:
            found["integrity"] = integrity
        return found, holds
    except sqlcipher3.OperationalError as exc:
        if interrupt is not None and interrupt():
            raise Cancelled() from exc
        raise
    finally:
        done.set()
        structure_conn.close()
        if pages_conn is not None:
            pages_conn.close()


def _interrupt_when(halted: Callable[[], bool], done: threading.Event, conns: tuple) -> None:
    """Interrupt the checks (sqlite3_interrupt, safe from any thread) once `halted()`, polling 20 times a second.
    Not a progress handler: that calls into Python from the checking thread thousands of times, each time waiting
    for the GIL behind the ledgers' Python code, which made quick_check twice as slow."""
    while not done.wait(0.05):
        if halted():
            for conn in conns:
                conn.interrupt()  # again at each poll: an interrupt between two statements is forgotten


def _structure(conn, thorough: bool) -> list[str]:
    try:
        found = [row[0] for row in conn.execute("PRAGMA integrity_check" if thorough else "PRAGMA quick_check")]
    except db.DatabaseError as exc:
        if isinstance(exc, sqlcipher3.OperationalError) and "interrupt" in str(exc):
            raise
        return [str(exc)]
    return [] if found == ["ok"] else found


def _ledger(check: Callable[[], list[str]]) -> list[str]:
    """A ledger that cannot be read says so in one line (as verify does)."""
    try:
        return check()
    except db.DatabaseError as exc:
        if isinstance(exc, sqlcipher3.OperationalError) and "interrupt" in str(exc):
            raise
        return [f"could not be read: {faults.kind(exc) or 'database error'} ({exc})"]


def _pages_and_ledgers(conn, count: Iterable[str]) -> tuple[dict[str, list[str]], dict[str, Any]]:
    found: dict[str, list[str]] = {"cipher_integrity": [], "integrity": [], "audit_chain": [], "consent_ledger": []}
    found["cipher_integrity"] = [row[0] for row in conn.execute("PRAGMA cipher_integrity_check")]
    holds: dict[str, Any] = {}
    if found["cipher_integrity"]:  # pages that fail their HMAC: what SQLite reads above them is noise
        return found, holds
    try:
        holds["schema"] = conn.execute("PRAGMA user_version").fetchone()[0]
    except db.DatabaseError as exc:
        found["integrity"] = [str(exc)]
        return found, holds
    if holds["schema"] == migrate.latest():
        found["audit_chain"] = _ledger(lambda: audit.verify(conn))
        found["consent_ledger"] = _ledger(lambda: consent.verify(conn) + stale_statuses(conn))
    holds["counts"] = {table: conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] for table in count}
    return found, holds


def first_problem(found: dict[str, list[str]]) -> str:
    for check, items in found.items():
        if items:
            more = f" (+{len(items) - 1})" if len(items) > 1 else ""
            return f"{check}: {items[0]}{more}"
    return ""


def verify_file(path: Path, key_hex: str | None, *, scratch: Path | None = None,
                on_chunk: backup_file.OnChunk | None = None,
                interrupt: Callable[[], bool] | None = None) -> dict:
    """Check a backup file; raise one BackupError naming it and what is wrong. Without the key, only the
    file's own checks run (length, SHA-256, the version that wrote it); `verified` then says so."""
    path = Path(path)
    header = backup_file.read_header(path)
    backup_file.check_schema(path, header, migrate.latest())
    if key_hex is not None and keystore.fingerprint(key_hex) != header["fingerprint"]:
        raise backup_file.WrongSalon(QT_TRANSLATE_NOOP(
            "Messages", "{file} belongs to another salon (its key is not this salon's)."), file=path.name)
    with scratch_folder(scratch) as folder:
        copy = folder / "salon.db"
        damaged = None
        with open(copy, "wb") as body:
            os.chmod(copy, 0o600)
            try:
                checked = backup_file.check(path, key_hex, copy_to=body, on_chunk=on_chunk)
            except backup_file.BackupDamaged as exc:
                damaged, checked = exc, None
        if damaged is not None:
            detail = first_problem(database_problems(copy, key_hex)) if key_hex and copy.stat().st_size else ""
            if not detail:
                raise damaged
            raise backup_file.BackupDamaged(QT_TRANSLATE_NOOP(
                "Messages", "{file} is damaged: {problem}. Use another backup."), file=path.name, problem=detail)
        result = {"path": str(path), "bytes": checked.bytes, "fingerprint": checked.sha256,
                  "salon": header.get("salon"), "created_at": header.get("created_at"),
                  "app_version": header.get("app_version"), "schema": header.schema, "verified": False}
        if key_hex is None:
            return result
        if not checked.mac_ok:
            raise backup_file.BackupDamaged(QT_TRANSLATE_NOOP(
                "Messages", "{file} was altered: its checksum was not sealed with this salon's key. "
                "Use another backup."), file=path.name)
        detail = first_problem(database_problems(copy, key_hex, interrupt=interrupt))
        if detail:
            raise backup_file.BackupDamaged(QT_TRANSLATE_NOOP(
                "Messages", "{file} is damaged: {problem}. Use another backup."), file=path.name, problem=detail)
    return {**result, "verified": True}
