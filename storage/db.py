"""Opening the SQLCipher database: raw key first, then pragmas, then migrations."""
from __future__ import annotations

import logging
import os
import re
from pathlib import Path

import sqlcipher3

from storage import chain, faults, migrate
from storage.errors import QT_TRANSLATE_NOOP, StorageError

log = logging.getLogger(__name__)

KEY_RE = re.compile(r"[0-9a-f]{64}")
DatabaseError = sqlcipher3.DatabaseError
IntegrityError = sqlcipher3.IntegrityError


class Connection(sqlcipher3.Connection):
    """A keyed connection. It carries the ledgers' MAC key (derived from the database key, storage/chain.py), so
    whatever holds the connection can seal and check the chains, and nothing else ever sees a key."""

    chain_key: bytes = b""
    anchor = None  # the chains' anchor outside the file (storage/anchor.py), set by whoever opened it


def route_cipher_log(path: Path | None) -> None:
    """SQLCipher's own log (process-wide): into the app's log file, or nowhere; never to the terminal, which is
    where SQLCipher sends it by default. SQLCipher buffers what it writes to a file: routing it again (to the same
    file, or away) flushes it."""
    conn = sqlcipher3.connect(":memory:")
    try:
        if path is None:
            conn.execute("PRAGMA cipher_log_level = NONE").fetchall()
            conn.execute("PRAGMA cipher_log = stderr").fetchall()  # closes the file; nothing is written at NONE
        else:
            conn.execute("PRAGMA cipher_log = '{}'".format(str(path).replace("'", "''"))).fetchall()
            conn.execute("PRAGMA cipher_log_level = WARN").fetchall()
    finally:
        conn.close()


route_cipher_log(None)


# Set in one place, after the key and before anything else reads the file.
PRAGMAS = (
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = FULL",
    "PRAGMA foreign_keys = ON",
    "PRAGMA secure_delete = ON",
    "PRAGMA temp_store = MEMORY",
    "PRAGMA cache_size = -65536",
    "PRAGMA busy_timeout = 5000",
)


def check_key(key_hex: str) -> None:
    if not isinstance(key_hex, str) or not KEY_RE.fullmatch(key_hex):
        raise StorageError(QT_TRANSLATE_NOOP(
            "Messages", "The database key is damaged (it must be 64 lower-case hexadecimal characters)."))


def connect(path: Path, key_hex: str, *, create: bool = False) -> Connection:
    """Open (or create) the encrypted database and bring its schema up to date."""
    check_key(key_hex)
    path = Path(path)
    if create and path.exists():
        raise StorageError(QT_TRANSLATE_NOOP("Messages", "A salon database already exists at {path}."), path=str(path))
    if not create and not path.is_file():
        raise StorageError(QT_TRANSLATE_NOOP("Messages", "No salon database at {path}."), path=str(path))
    if create:  # readable by this user only; SQLite gives its -wal and -shm files the same mode
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    try:
        conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False, factory=Connection)
    except DatabaseError as exc:
        raise _opening_error(exc, path) from exc
    try:
        conn.execute(f"PRAGMA key = \"x'{key_hex}'\"")
        conn.chain_key = chain.mac_key(key_hex)
        version = conn.execute("PRAGMA cipher_version").fetchone()
        if not version or not version[0]:
            raise StorageError(QT_TRANSLATE_NOOP(
                "Messages", "This build is not linked with SQLCipher; refusing to open an unencrypted database."))
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except DatabaseError as exc:
            raise _opening_error(exc, path) from exc
        for pragma in PRAGMAS:
            conn.execute(pragma).fetchall()
        migrate.upgrade(conn, path)
    except DatabaseError as exc:
        conn.close()
        if faults.kind(exc) is None:
            raise  # a bug (a broken migration): the log gets its traceback
        raise translate(exc, path) from exc
    except BaseException:
        conn.close()
        raise
    return conn


def _opening_error(exc: DatabaseError, path: Path) -> StorageError:
    """A full disk, read-only media or an I/O error is said as such; otherwise the key or the file is at fault."""
    if faults.kind(exc) in ("full", "readonly", "io", "cantopen", "busy"):
        return translate(exc, path)
    return StorageError(QT_TRANSLATE_NOOP(
        "Messages", "The database cannot be read with this key, or the file is damaged."))


def translate(exc: BaseException, near: Path | None = None) -> BaseException:
    """An SQLite error as one plain message (a SalonError); anything else is returned unchanged. `near`: the
    database file, to tell a full disk or read-only media behind an I/O error (storage/faults.py)."""
    return faults.sqlite_error(exc, near)


def checkpoint(conn: Connection) -> None:
    """Fold the WAL into the main file (before a copy or on close)."""
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()


def close(conn: Connection) -> None:
    """Fold the WAL in and close. Whatever was committed is safe already: a checkpoint that fails (a full disk)
    is logged, never raised, and runs again at the next opening."""
    try:
        checkpoint(conn)
    except DatabaseError as exc:
        log.warning(f"checkpoint at close failed ({faults.kind(exc) or 'error'}); it runs again at the next opening")
    finally:
        conn.close()
