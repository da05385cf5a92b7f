"""Opening the SQLCipher database: raw key first, then pragmas, then migrations."""
from __future__ import annotations

import os
import re
from pathlib import Path

import sqlcipher3

from storage import chain, migrate
from storage.errors import QT_TRANSLATE_NOOP, Busy, Conflict, StorageError

KEY_RE = re.compile(r"[0-9a-f]{64}")
DatabaseError = sqlcipher3.DatabaseError
IntegrityError = sqlcipher3.IntegrityError


class Connection(sqlcipher3.Connection):
    """A keyed connection. It carries the ledgers' MAC key (derived from the database key, storage/chain.py), so
    whatever holds the connection can seal and check the chains, and nothing else ever sees a key."""

    chain_key: bytes = b""


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
        raise StorageError(QT_TRANSLATE_NOOP("Messages", "Cannot open the database file: {reason}"), reason=str(exc)) from exc
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
            raise StorageError(QT_TRANSLATE_NOOP(
                "Messages", "The database cannot be read with this key, or the file is damaged.")) from exc
        for pragma in PRAGMAS:
            conn.execute(pragma).fetchall()
        migrate.upgrade(conn, path)
    except BaseException:
        conn.close()
        raise
    return conn


def translate(exc: BaseException) -> BaseException:
    """An SQLite error as one plain message (a SalonError); anything else is returned unchanged."""
    if not isinstance(exc, sqlcipher3.Error):
        return exc
    text = str(exc).lower()
    if "locked" in text or "busy" in text:
        return Busy(QT_TRANSLATE_NOOP(
            "Messages", "The salon database is busy (another window or program is using it). Try again in a moment."))
    if isinstance(exc, IntegrityError):
        return Conflict(QT_TRANSLATE_NOOP(
            "Messages", "This change clashes with data already saved; nothing was changed."))
    if "full" in text:
        return StorageError(QT_TRANSLATE_NOOP(
            "Messages", "The disk is full: nothing was changed. Free some space and try again."))
    if "readonly" in text or "read-only" in text:
        return StorageError(QT_TRANSLATE_NOOP(
            "Messages", "The salon folder is read-only: nothing was changed."))
    return StorageError(QT_TRANSLATE_NOOP(
        "Messages", "The database could not complete this action ({reason}); nothing was changed."),
        reason=str(exc))


def checkpoint(conn: Connection) -> None:
    """Fold the WAL into the main file (before a copy or on close)."""
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()


def close(conn: Connection) -> None:
    try:
        checkpoint(conn)
    finally:
        conn.close()
