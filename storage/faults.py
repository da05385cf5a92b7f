"""Faults of the disk and of the database file, each told as one plain message (a SalonError).

SQLite reports a full disk, read-only media, an I/O error and a damaged file with distinct messages (sqlcipher3
exposes no error codes, so the message text is what tells them apart); the OS reports them as errno values.
"""
from __future__ import annotations

import errno
import os
from pathlib import Path

import sqlcipher3

from storage.errors import QT_TRANSLATE_NOOP, Busy, Conflict, SalonError, StorageError

DISK_FULL = QT_TRANSLATE_NOOP("Messages", "The disk is full: nothing was changed. Free some space and try again.")
READ_ONLY = QT_TRANSLATE_NOOP(
    "Messages", "The salon folder is read-only (or on read-only media): nothing was changed.")
IO_ERROR = QT_TRANSLATE_NOOP(
    "Messages", "The disk could not be read or written (an input/output error): nothing was changed. "
    "Check the disk or the drive it is on, then try again.")
DAMAGED = QT_TRANSLATE_NOOP(
    "Messages", "The database file is damaged: nothing was changed. Run verify (salon-desk verify) to see where, "
    "and restore a backup.")
CANNOT_OPEN = QT_TRANSLATE_NOOP(
    "Messages", "The database file cannot be opened: its folder is missing, or this user may not use it.")
BUSY = QT_TRANSLATE_NOOP(
    "Messages", "The salon database is busy (another window or program is using it). Try again in a moment.")

# SQLite's own wording (sqlite3ErrStr) for each kind of fault.
_SQLITE = (
    ("full", ("database or disk is full",)),
    ("readonly", ("readonly", "read-only")),
    ("io", ("disk i/o error",)),
    ("damaged", ("malformed", "file is not a database", "file is encrypted")),
    ("cantopen", ("unable to open database file",)),
    ("busy", ("locked", "busy")),
)


def kind(exc: BaseException) -> str | None:
    """'full', 'readonly', 'io', 'damaged', 'cantopen' or 'busy' for an SQLite fault; None otherwise."""
    if not isinstance(exc, sqlcipher3.Error):
        return None
    text = str(exc).lower()
    return next((name for name, marks in _SQLITE if any(mark in text for mark in marks)), None)


LOW_SPACE = 1024 * 1024  # bytes: below this, an I/O error while writing is the full disk


def _disk(near: Path) -> str | None:
    """'readonly' or 'full' when the filesystem holding `near` says so, else None. SQLite reports a full disk met
    while growing its shared-memory file, and any write to read-only media, as an I/O error or 'unable to open'."""
    folder = near if near.is_dir() else near.parent
    try:
        stats = os.statvfs(folder)
    except (OSError, AttributeError):  # no statvfs on Windows: SQLite's own word stands
        return None
    if stats.f_flag & getattr(os, "ST_RDONLY", 1):
        return "readonly"
    return "full" if stats.f_bavail * stats.f_frsize < LOW_SPACE else None


def sqlite_error(exc: BaseException, near: Path | None = None) -> BaseException:
    """An SQLite error as one plain message; anything else is returned unchanged. With `near` (the database file),
    an I/O error or a file that cannot be opened is checked against the disk it is on."""
    if not isinstance(exc, sqlcipher3.Error):
        return exc
    found = kind(exc)
    if near is not None and found in ("io", "cantopen", "readonly"):
        found = _disk(Path(near)) or found
    if found == "busy":
        return Busy(BUSY)
    if found is None and isinstance(exc, sqlcipher3.IntegrityError):
        return Conflict(QT_TRANSLATE_NOOP(
            "Messages", "This change clashes with data already saved; nothing was changed."))
    messages = {"full": DISK_FULL, "readonly": READ_ONLY, "io": IO_ERROR, "damaged": DAMAGED,
                "cantopen": CANNOT_OPEN}
    if found in messages:
        return StorageError(messages[found])
    return StorageError(QT_TRANSLATE_NOOP(
        "Messages", "The database could not complete this action ({reason}); nothing was changed."),
        reason=str(exc))


def os_error(exc: OSError, path: object = None) -> SalonError:
    """A file that could not be read or written, as one plain message naming it."""
    path = str(path if path is not None else exc.filename or "")
    code = exc.errno
    if code in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return StorageError(QT_TRANSLATE_NOOP(
            "Messages", "The disk is full: {path} was not written. Free some space and try again."), path=path)
    if code == errno.EROFS:
        return StorageError(QT_TRANSLATE_NOOP(
            "Messages", "{path} is on read-only media: it was not written."), path=path)
    if code == errno.EIO:
        return StorageError(QT_TRANSLATE_NOOP(
            "Messages", "The disk could not be read or written (an input/output error) at {path}."), path=path)
    if code in (errno.EACCES, errno.EPERM):
        return StorageError(QT_TRANSLATE_NOOP(
            "Messages", "Salon Desk may not use {path} (permission denied)."), path=path)
    if code == errno.ENOENT:
        return StorageError(QT_TRANSLATE_NOOP(
            "Messages", "{path} cannot be used: its folder does not exist."), path=path)
    if code == errno.EISDIR:
        return StorageError(QT_TRANSLATE_NOOP("Messages", "{path} is a folder, not a file."), path=path)
    return StorageError(QT_TRANSLATE_NOOP("Messages", "{path} cannot be used: {reason}."), path=path,
                        reason=exc.strerror or type(exc).__name__)


def expected(exc: BaseException, near: Path | None = None) -> BaseException:
    """A fault of the disk or the database file as a SalonError; anything else (a bug) unchanged."""
    if isinstance(exc, SalonError):  # already one plain line (PermissionDenied is an OSError too)
        return exc
    if isinstance(exc, sqlcipher3.Error):
        return sqlite_error(exc, near)
    if isinstance(exc, OSError) and not isinstance(exc, (BrokenPipeError, ConnectionError)):
        return os_error(exc)
    return exc
