"""Making a backup while the app keeps working.

1. **A consistent copy** of the live database into a private scratch folder beside it. The WAL is folded into the
   file (a TRUNCATE checkpoint, design/code-style.md §5) and, inside a read transaction that began on an empty
   WAL, the file is copied byte for byte: that reader reads the file alone, so SQLite cannot checkpoint into the
   file while it holds it, and the copy is exactly the snapshot, encrypted exactly like the live file, however
   busy the other connections are. When the WAL cannot be emptied (a long read elsewhere), SQLite's online
   backup API copies the same kind of snapshot page by page instead (SQLCipher re-encrypts each page under the
   same key). bench/backup.py times both, and sqlcipher_export, against a plain file copy.
2. **The copy is checked**: opened with the key, SQLCipher page integrity, SQLite integrity, the audit chain and
   the consent ledger (desktop.verify.problems), and its row counts against the snapshot's.
3. **The file** (storage/backup_file.py, carrying the key wrapped under the recovery code and the erasure journal)
   is written to the destination under a hidden temporary name, private, fsynced, read back (SHA-256 and MAC
   against what was written), renamed to its backup name and the folder fsynced. The name then must lead to the
   very file written (same inode): a drive pulled out meanwhile is caught.
4. **Rotation**, then the state file for the memo. The caller writes the audit row.

Every failure is one plain line, the live database is never touched beyond a checkpoint, earlier backups are
never touched except by rotation after a verified backup, and no file appears under a backup name unless it is
complete and verified. Runs on the caller's thread and connection (a worker's, never the GUI thread's). Qt-free.
"""
from __future__ import annotations

import errno
import os
import secrets
import time
from pathlib import Path
from typing import Any, Callable

import sqlcipher3

from desktop import __version__
from desktop.backup import check, config as configs, files
from desktop.kernel.progress import Cancelled, Progress
from desktop.store import Store, read_keyinfo
from storage import backup_file, db, erasure_journal, keystore, timeutil
from storage.errors import QT_TRANSLATE_NOOP, SalonError, StorageError

SNAPSHOT_ATTEMPTS = 5
COUNTED = ("client", "appointment", "consent_event", "audit", "erasure")
C = "Backup"
LABEL_COPY = QT_TRANSLATE_NOOP("Backup", "Copying the database…")
LABEL_CHECK = QT_TRANSLATE_NOOP("Backup", "Checking the copy…")
LABEL_WRITE = QT_TRANSLATE_NOOP("Backup", "Writing the backup…")
LABEL_READ_BACK = QT_TRANSLATE_NOOP("Backup", "Reading the backup back…")

FOLDER_MISSING = QT_TRANSLATE_NOOP(
    "Messages", "The backup folder {folder} cannot be found (an unplugged USB drive?). Plug it in or choose another "
    "folder; no backup was written.")
FOLDER_FULL = QT_TRANSLATE_NOOP(
    "Messages", "The backup folder {folder} is full: no backup was written, earlier backups are intact. Free some "
    "space or choose another folder.")
FOLDER_READ_ONLY = QT_TRANSLATE_NOOP(
    "Messages", "The backup folder {folder} is read-only: no backup was written. Choose a folder you can write to.")
FOLDER_GONE = QT_TRANSLATE_NOOP(
    "Messages", "The backup folder {folder} disappeared during the backup (a removed USB drive?): no backup was "
    "written, nothing was lost. Plug it back in and try again.")
FOLDER_FAILED = QT_TRANSLATE_NOOP(
    "Messages", "The backup could not be written to {folder} ({reason}); no backup was written.")
SCRATCH_FAILED = QT_TRANSLATE_NOOP(
    "Messages", "The temporary copy in the salon folder could not be written ({reason}); no backup was written.")
COPY_FAILED_CHECK = QT_TRANSLATE_NOOP(
    "Messages", "The copy of the database fails its check ({problem}), so no backup was written. Run verify.")

_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}
_READ_ONLY = {errno.EROFS, errno.EACCES, errno.EPERM}
_GONE = {errno.ENOENT, errno.ENODEV, errno.EIO, errno.ENXIO, errno.ENOTDIR, getattr(errno, "ESTALE", errno.EIO)}


def destination_error(exc: OSError, folder: Path) -> StorageError:
    if exc.errno in _FULL:
        return StorageError(FOLDER_FULL, folder=str(folder))
    if exc.errno in _READ_ONLY:
        return StorageError(FOLDER_READ_ONLY, folder=str(folder))
    if exc.errno in _GONE:
        return StorageError(FOLDER_GONE, folder=str(folder))
    return StorageError(FOLDER_FAILED, folder=str(folder), reason=exc.strerror or type(exc).__name__)


class _Steps:
    """Progress over four phases of the same size (copy, check, write, read back), with cancel checks."""

    def __init__(self, progress: Progress | None, size: int) -> None:
        self.progress, self.size = progress, max(size, 1)

    def phase(self, index: int, label: str) -> Callable[[int], None]:
        def step(done: int) -> None:
            if self.progress is not None:
                self.progress.check()
                self.progress.update(index * self.size + min(done, self.size), 4 * self.size, label)
        step(0)
        return step

    def interrupted(self) -> bool:
        return self.progress is not None and self.progress.cancelled


# -- 1. the copy ---------------------------------------------------------------------------------------------

def _facts(conn) -> dict[str, Any]:
    """What the snapshot holds, read inside its read transaction."""
    return {"schema": conn.execute("PRAGMA user_version").fetchone()[0],
            "salon": (conn.execute("SELECT name FROM salon").fetchone() or ("Salon Desk",))[0],
            "counts": {table: conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] for table in COUNTED},
            "erasures": erasure_journal.records(conn)}


def _copy_file(source: Path, target: Path, step: Callable[[int], None]) -> None:
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
    with open(source, "rb") as src, os.fdopen(fd, "wb") as out:
        done = 0
        while chunk := src.read(backup_file.CHUNK):
            out.write(chunk)
            done += len(chunk)
            step(done)


def _online_backup(conn, target: Path, key_hex: str, step: Callable[[int], None], size: int) -> None:
    copy = check.open_copy(target, key_hex)
    try:
        def progress(_status: int, remaining: int, total: int) -> None:
            step(size * (total - remaining) // max(total, 1))
        conn.backup(copy, pages=1024, progress=progress)
    finally:
        copy.close()


def snapshot(conn, source: Path, target: Path, key_hex: str, step: Callable[[int], None]) -> dict[str, Any]:
    """Copy the live database at one moment to `target` (see the module's docstring); return what it held."""
    if conn.in_transaction:
        raise RuntimeError("a backup starts outside any transaction")
    wal = source.with_name(source.name + "-wal")
    for attempt in range(SNAPSHOT_ATTEMPTS):
        db.checkpoint(conn)
        conn.execute("BEGIN")
        try:
            facts = _facts(conn)  # the first read fixes the snapshot
            if not wal.exists() or wal.stat().st_size == 0:  # no commit since the checkpoint: the file is it
                _copy_file(source, target, step)
                return {**facts, "method": "snapshot"}
        finally:
            conn.execute("COMMIT")
        time.sleep(0.05 * (attempt + 1))
    conn.execute("BEGIN")
    try:
        facts = _facts(conn)
        _online_backup(conn, target, key_hex, step, source.stat().st_size)
        return {**facts, "method": "online-backup"}
    finally:
        conn.execute("COMMIT")


# -- 2. the check ----------------------------------------------------------------------------------------------

def check_copy(copy: Path, key_hex: str, facts: dict[str, Any], interrupted: Callable[[], bool]) -> None:
    found = check.database_problems(copy, key_hex, interrupt=interrupted)
    problem = check.first_problem(found)
    if not problem:
        conn = check.open_copy(copy, key_hex)
        try:
            counts = {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in COUNTED}
            schema = conn.execute("PRAGMA user_version").fetchone()[0]
        finally:
            conn.close()
        if counts != facts["counts"] or schema != facts["schema"]:
            problem = f"row counts {counts} differ from the snapshot's {facts['counts']}"
    if problem:
        raise StorageError(COPY_FAILED_CHECK, problem=problem)


# -- 3. the file -----------------------------------------------------------------------------------------------

def _fsync_folder(folder: Path) -> None:
    if os.name == "nt":  # Windows cannot open a folder for fsync; NTFS journals the rename
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_file(folder: Path, header: dict[str, Any], copy: Path, key_hex: str, steps: _Steps) -> dict[str, Any]:
    """The container under a temporary name, fsynced, read back, renamed; returns path, bytes, fingerprint."""
    final = files.free_name(folder, header["salon"], timeutil.parse(header["created_at"]))
    temp = files.temp_name(final, secrets.token_hex(4))
    size = copy.stat().st_size
    try:
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
        with os.fdopen(fd, "wb") as out, open(copy, "rb") as body:
            sha = backup_file.write(out, header, body, size, key_hex, on_chunk=steps.phase(2, LABEL_WRITE))
            out.flush()
            os.fsync(out.fileno())
            written = os.fstat(out.fileno())
        checked = backup_file.check(temp, key_hex, on_chunk=steps.phase(3, LABEL_READ_BACK))
        if checked.sha256 != sha or not checked.mac_ok:
            raise StorageError(FOLDER_FAILED, folder=str(folder), reason="read back differs")
        if final.exists():  # taken meanwhile (another process): never overwrite a backup
            final = files.free_name(folder, header["salon"], timeutil.parse(header["created_at"]))
        os.replace(temp, final)
        _fsync_folder(folder)
        there = os.stat(final)
        if (there.st_ino, there.st_dev) != (written.st_ino, written.st_dev):
            raise OSError(errno.ENOENT, "the backup is not where it was written")
    except (OSError, backup_file.BackupError) as exc:
        if not folder.is_dir():  # whatever failed first, a folder that is gone is the story
            raise StorageError(FOLDER_GONE, folder=str(folder)) from exc
        if isinstance(exc, OSError):
            raise destination_error(exc, folder) from exc
        raise StorageError(FOLDER_FAILED, folder=str(folder), reason=exc.message()) from exc  # read back wrong
    finally:
        try:
            temp.unlink(missing_ok=True)
        except OSError:
            pass
    return {"path": str(final), "bytes": there.st_size, "fingerprint": sha}


# -- all of it ------------------------------------------------------------------------------------------------

def make(store: Store, *, destination: Path, config: configs.Config, progress: Progress | None = None,
         must_exist: bool = True) -> dict[str, Any]:
    """Back up `store`'s database into `destination`; see the module's docstring. Records the outcome in the
    state file (except a cancellation) and returns path, bytes, fingerprint, verified, method, deleted."""
    layout, key_hex = store.layout, store.key
    try:
        result = _make(store, layout, key_hex, Path(destination), config, progress, must_exist)
    except Cancelled:
        raise
    except (SalonError, OSError) as exc:
        error = exc if isinstance(exc, SalonError) else StorageError(
            SCRATCH_FAILED, reason=exc.strerror or type(exc).__name__)
        configs.record_failure(layout, error)
        raise error from exc
    configs.record_success(layout, result)
    return result


def _make(store: Store, layout, key_hex: str, destination: Path, config: configs.Config,
          progress: Progress | None, must_exist: bool) -> dict[str, Any]:
    started = time.perf_counter()
    if not destination.is_dir():
        if must_exist or destination.exists():
            raise StorageError(FOLDER_MISSING, folder=str(destination))
        destination.mkdir(parents=True, mode=0o700)
    info = read_keyinfo(layout)
    if info["fingerprint"] != keystore.fingerprint(key_hex) or info["key_id"] != store.key_id:
        raise StorageError(QT_TRANSLATE_NOOP(
            "Messages", "The key information file {path} does not match this database; no backup was written."),
            path=str(layout.keyinfo))
    files.clean_stale(destination, f".*{files.SUFFIX}.*{files.TEMP_SUFFIX}")
    files.clean_stale(layout.home, f"{check.SCRATCH_PREFIX}*")
    journal_path = layout.home / erasure_journal.FILE_NAME
    try:
        erasure_journal.catch_up(journal_path, key_hex, store.conn)
    except OSError:
        pass  # the journal beside the database is a second copy; this backup carries every record anyway
    journal, _ = erasure_journal.read(journal_path, key_hex)
    timings: dict[str, float] = {}
    with check.scratch_folder(layout.home) as scratch:
        copy = scratch / "salon.db"
        steps = _Steps(progress, layout.database.stat().st_size)
        mark = time.perf_counter()
        try:
            facts = snapshot(store.conn, layout.database, copy, key_hex, steps.phase(0, LABEL_COPY))
        except sqlcipher3.Error as exc:
            raise db.translate(exc) from exc
        steps.size = copy.stat().st_size
        timings["copy"] = time.perf_counter() - mark
        mark = time.perf_counter()
        steps.phase(1, LABEL_CHECK)
        check_copy(copy, key_hex, facts, steps.interrupted)
        timings["check"] = time.perf_counter() - mark
        now = timeutil.iso(timeutil.now())
        header = {"format": backup_file.FORMAT, "app": "salon-desk", "app_version": __version__,
                  "schema": facts["schema"], "salon": facts["salon"], "created_at": now,
                  "key_id": info["key_id"], "fingerprint": info["fingerprint"], "recovery": info["recovery"],
                  "copy": facts["method"],
                  "erasures": erasure_journal.seal(erasure_journal.merge(journal, facts["erasures"]), key_hex)}
        mark = time.perf_counter()
        written = write_file(destination, header, copy, key_hex, steps)
        timings["write_and_read_back"] = time.perf_counter() - mark
    deleted = files.rotate(destination, info["key_id"], daily=config.daily, weekly=config.weekly,
                           monthly=config.monthly, keep_path=Path(written["path"]))
    timings["total"] = time.perf_counter() - started
    return {**written, "verified": True, "at": now, "method": facts["method"], "salon": facts["salon"],
            "deleted": [path.name for path in deleted], "erasures": len(erasure_journal.merge(journal,
                                                                                                facts["erasures"])),
            "seconds": {name: round(value, 3) for name, value in timings.items()}}
