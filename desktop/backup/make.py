"""Making a backup while the app keeps working.

1. **A consistent copy, straight into the file.** The WAL is folded into the database file (a TRUNCATE checkpoint,
   design/code-style.md §5); then, inside a read transaction that began on an empty WAL, the file is streamed byte
   for byte into the backup file: that reader reads the file alone, so SQLite cannot checkpoint into the file while
   it holds it, and the bytes are exactly that moment's database, encrypted exactly like the live file, however
   busy the other connections are. When the WAL cannot be emptied (a long read elsewhere), SQLite's online backup
   API copies the same kind of snapshot page by page into a scratch file first (SQLCipher re-encrypts each page
   under the same key). bench/backup.py times both, and sqlcipher_export, against a plain file copy.
2. **The file** (storage/backup_file.py, carrying the key wrapped under the recovery code and the erasure journal)
   is written to the destination under a hidden temporary name, private, and fsynced, in one pass hashed on another
   core.
3. **Verified after it is written**: the file is read back from the drive (its cached pages dropped first where the
   OS allows; SHA-256 against what was written, and the MAC), its database copied on the way into a private scratch
   folder beside the live one, which is opened with the key and checked on two connections at once
   (check.check_database): SQLCipher's page check, then the audit chain, the consent ledger and the row counts
   against the snapshot's, beside SQLite's quick_check. Only then is it renamed to its backup name and the folder
   fsynced; the name must then lead to the very file written (same inode), or a drive pulled out meanwhile is
   reported.

   Why quick_check and not integrity_check: what a copy can get wrong is bytes (every page's HMAC, and the SHA-256),
   length or pages (the lengths, the page check, quick_check's b-tree walk: every page used once, every cell and
   record well-formed, NOT NULL and CHECK constraints, the free list) and the moment (row counts against the
   snapshot). integrity_check adds only the matching of every index against its table (and so UNIQUE), O(N log N):
   30-odd seconds for a million appointments, against a few for all the rest. A copy whose pages pass their HMACs
   could make an index disagree with its table only by mixing pages of two moments, which the snapshot rules out
   (1.) and the row counts would show. Otherwise such a disagreement is the live database's own, copied faithfully:
   `verify`, `backup verify FILE` and every restore (before it replaces anything) run integrity_check and name it,
   and REINDEX repairs it with no data lost.
4. **Rotation**, then the state file for the memo. The caller writes the audit row.

Every failure is one plain line, the live database is never touched beyond a checkpoint, earlier backups are
never touched except by rotation after a verified backup, and no file appears under a backup name unless it is
complete and verified. Runs on the caller's thread and connection (a worker's, never the GUI thread's), with
helper threads for the hash, the scratch copy, the row counts and the checks. Qt-free.
"""
from __future__ import annotations

import errno
import os
import secrets
import time
from concurrent import futures
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path
from typing import Any, BinaryIO, Callable, Iterator

import sqlcipher3

from desktop import __version__
from desktop.backup import check, config as configs, files
from desktop.kernel.progress import Cancelled, Progress
from desktop.store import Store, read_keyinfo
from storage import backup_file, db, erasure_journal, keystore, timeutil
from storage.errors import QT_TRANSLATE_NOOP, SalonError, StorageError

SNAPSHOT_ATTEMPTS = 5
CHECKPOINT_WAIT_MS = 200
BUSY_TIMEOUT_MS = next(int(p.rsplit("=", 1)[1]) for p in db.PRAGMAS if "busy_timeout" in p)
COUNTED = ("client", "appointment", "consent_event", "audit", "erasure")
C = "Backup"
LABEL_COPY = QT_TRANSLATE_NOOP("Backup", "Copying the database…")
LABEL_WRITE = QT_TRANSLATE_NOOP("Backup", "Writing the backup…")
LABEL_READ_BACK = QT_TRANSLATE_NOOP("Backup", "Reading the backup back…")
LABEL_CHECK = QT_TRANSLATE_NOOP("Backup", "Checking the backup with the key…")

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
    """Progress over three phases of the same size (write, read back, check), with cancel checks."""

    PHASES = 3

    def __init__(self, progress: Progress | None, size: int) -> None:
        self.progress, self.size = progress, max(size, 1)

    def phase(self, index: int, label: str) -> Callable[[int], None]:
        def step(done: int) -> None:
            if self.progress is not None:
                self.progress.check()
                self.progress.update(index * self.size + min(done, self.size), self.PHASES * self.size, label)
        step(0)
        return step

    def interrupted(self) -> bool:
        return self.progress is not None and self.progress.cancelled


# -- 1. the consistent copy --------------------------------------------------------------------------------------

def _facts(conn) -> dict[str, Any]:
    """What the snapshot holds (the header's part), read inside its read transaction."""
    return {"schema": conn.execute("PRAGMA user_version").fetchone()[0],
            "salon": (conn.execute("SELECT name FROM salon").fetchone() or ("Salon Desk",))[0],
            "erasures": erasure_journal.records(conn)}


def _counts(conn) -> dict[str, int]:
    """The rows the snapshot holds, which the copy must hold too (a copy torn between two moments would not)."""
    return {table: conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] for table in COUNTED}


def _online_backup(conn, target: Path, key_hex: str, step: Callable[[int], None], size: int) -> None:
    copy = check.open_copy(target, key_hex)
    try:
        def progress(_status: int, remaining: int, total: int) -> None:
            step(size * (total - remaining) // max(total, 1))
        conn.backup(copy, pages=1024, progress=progress)
    finally:
        copy.close()


@contextmanager
def snapshot(conn, source: Path, key_hex: str, scratch: Path, step: Callable[[int], None]) -> Iterator[
        tuple[dict[str, Any], Path]]:
    """Hold one moment of the live database while the caller reads it: yields what it holds and a file whose bytes
    are that moment (the live file itself under the snapshot, or a scratch copy made by the online backup API). Its
    row counts ("counts") are in the facts once the block is over."""
    if conn.in_transaction:
        raise RuntimeError("a backup starts outside any transaction")
    wal = source.with_name(source.name + "-wal")
    for attempt in range(SNAPSHOT_ATTEMPTS):
        conn.execute(f"PRAGMA busy_timeout = {CHECKPOINT_WAIT_MS}")  # a long reader elsewhere: fall back soon
        try:
            db.checkpoint(conn)
        finally:
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("BEGIN")
        try:
            facts = _facts(conn)  # the first read fixes the snapshot
            alone = not wal.exists() or wal.stat().st_size == 0  # no commit since the checkpoint: the file is it
            if alone:
                facts["method"] = "snapshot"
                with ThreadPoolExecutor(1, thread_name_prefix="backup-counts",
                                        initializer=backup_file.background_thread) as pool:
                    # Counted meanwhile (a cold page cache makes it seconds; SQLite releases the GIL), inside this
                    # read transaction: done before it ends.
                    counting = pool.submit(_counts, conn)
                    try:
                        yield facts, source
                    finally:
                        futures.wait([counting])
                facts["counts"] = counting.result()
                return
        finally:
            conn.execute("COMMIT")
        time.sleep(0.05 * (attempt + 1))
    copy = scratch / "online-backup.db"
    conn.execute("BEGIN")
    try:
        facts = {**_facts(conn), "counts": _counts(conn), "method": "online-backup"}
        _online_backup(conn, copy, key_hex, step, source.stat().st_size)
    finally:
        conn.execute("COMMIT")
    yield facts, copy


# -- 2. the file, 3. verified after it is written ---------------------------------------------------------------

def _fsync_folder(folder: Path) -> None:
    if os.name == "nt":  # Windows cannot open a folder for fsync; NTFS journals the rename
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


class _ScratchCopy:
    """The scratch copy the checks open, written from the chunks read back from the drive: its own failures are the
    salon folder's (SCRATCH_FAILED), never blamed on the backup folder."""

    def __init__(self, handle: BinaryIO) -> None:
        self.handle = handle

    def write(self, data) -> int:
        try:
            return self.handle.write(data)
        except OSError as exc:
            raise StorageError(SCRATCH_FAILED, reason=exc.strerror or type(exc).__name__) from exc


def _private(path: Path) -> BinaryIO:
    return os.fdopen(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600), "wb")


def write_temp(temp: Path, header: dict[str, Any], body: Path, key_hex: str,
               step: Callable[[int], None]) -> tuple[str, os.stat_result]:
    """The whole file under its temporary name, private and fsynced, in one pass (hashed on another core); returns
    its SHA-256 and what it is on disk."""
    with _private(temp) as out, open(body, "rb") as source:
        sha = backup_file.write(out, header, source, os.fstat(source.fileno()).st_size, key_hex, on_chunk=step)
        out.flush()
        os.fsync(out.fileno())
        return sha, os.fstat(out.fileno())


def _from_the_drive(path: Path) -> None:
    """Drop the file's pages from the OS cache (they are on the drive: fsynced), so that reading it back reads the
    drive, not memory. Where the OS has no posix_fadvise (Windows, macOS), the read-back may come from the cache."""
    if not hasattr(os, "posix_fadvise"):
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
    except OSError:
        pass
    finally:
        os.close(fd)


def read_back(temp: Path, key_hex: str, sha: str, extract_to: Path, step: Callable[[int], None]) -> None:
    """Read the written file back from the drive: its SHA-256 must be what was written and its MAC this key's; its
    database goes to `extract_to` on the way (written on a helper thread), to be opened with the key."""
    _from_the_drive(temp)
    try:
        scratch = _private(extract_to)
    except OSError as exc:
        raise StorageError(SCRATCH_FAILED, reason=exc.strerror or type(exc).__name__) from exc
    with scratch:
        checked = backup_file.check(temp, key_hex, copy_to=_ScratchCopy(scratch), on_chunk=step)
    if checked.sha256 != sha or not checked.mac_ok:
        raise backup_file.BackupDamaged(QT_TRANSLATE_NOOP(
            "Messages", "{file} is damaged: its content does not match its checksum. Use another backup."),
            file=temp.name)


def check_copy(copy: Path, key_hex: str, facts: dict[str, Any], interrupted: Callable[[], bool]) -> None:
    """The copy, opened with the key on two connections at once: pages, structure (quick_check, see the module's
    docstring), ledgers, and the schema and row counts against the snapshot's."""
    found, holds = check.check_database(copy, key_hex, thorough=False, interrupt=interrupted, count=COUNTED)
    problem = check.first_problem(found)
    if not problem and (holds.get("counts") != facts["counts"] or holds.get("schema") != facts["schema"]):
        problem = f"row counts {holds.get('counts')} differ from the snapshot's {facts['counts']}"
    if problem:
        raise StorageError(COPY_FAILED_CHECK, problem=problem)


def publish(temp: Path, folder: Path, header: dict[str, Any], written: os.stat_result) -> Path:
    """Rename the verified file to its backup name (never over another), fsync the folder, and make sure the name
    leads to the file written."""
    final = files.free_name(folder, header["salon"], timeutil.parse(header["created_at"]))
    os.replace(temp, final)
    _fsync_folder(folder)
    there = os.stat(final)
    if (there.st_ino, there.st_dev) != (written.st_ino, written.st_dev):
        raise OSError(errno.ENOENT, "the backup is not where it was written")
    return final


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
    steps = _Steps(progress, layout.database.stat().st_size)
    temp: Path | None = None
    with check.scratch_folder(layout.home) as scratch:
        try:
            mark = time.perf_counter()
            extracted = scratch / "salon.db"
            with snapshot(store.conn, layout.database, key_hex, scratch, steps.phase(0, LABEL_COPY)) as (facts, body):
                timings["snapshot"] = time.perf_counter() - mark  # the checkpoint, and what the snapshot holds
                mark = time.perf_counter()
                steps.size = max(body.stat().st_size, 1)
                now = timeutil.iso(timeutil.now())
                erasures = erasure_journal.merge(journal, facts["erasures"])
                header = {"format": backup_file.FORMAT, "app": "salon-desk", "app_version": __version__,
                          "schema": facts["schema"], "salon": facts["salon"], "created_at": now,
                          "key_id": info["key_id"], "fingerprint": info["fingerprint"], "recovery": info["recovery"],
                          "copy": facts["method"], "erasures": erasure_journal.seal(erasures, key_hex)}
                final_name = files.free_name(destination, facts["salon"], timeutil.parse(now))
                temp = files.temp_name(final_name, secrets.token_hex(4))
                sha, written = write_temp(temp, header, body, key_hex, steps.phase(0, LABEL_WRITE))
            timings["write"] = time.perf_counter() - mark
            mark = time.perf_counter()
            read_back(temp, key_hex, sha, extracted, steps.phase(1, LABEL_READ_BACK))
            timings["read_back"] = time.perf_counter() - mark
            mark = time.perf_counter()
            checked = steps.phase(2, LABEL_CHECK)
            check_copy(extracted, key_hex, facts, steps.interrupted)
            checked(steps.size)
            timings["check"] = time.perf_counter() - mark
            mark = time.perf_counter()
            final = publish(temp, destination, header, written)
            temp = None
            timings["publish"] = time.perf_counter() - mark
        except sqlcipher3.Error as exc:
            raise db.translate(exc) from exc
        except (OSError, backup_file.BackupError) as exc:
            if not destination.is_dir():  # whatever failed first, a folder that is gone is the story
                raise StorageError(FOLDER_GONE, folder=str(destination)) from exc
            if isinstance(exc, OSError):
                raise destination_error(exc, destination) from exc
            raise StorageError(FOLDER_FAILED, folder=str(destination), reason=exc.message()) from exc
        finally:
            if temp is not None:
                try:
                    temp.unlink(missing_ok=True)
                except OSError:
                    pass
    deleted = files.rotate(destination, info["key_id"], daily=config.daily, weekly=config.weekly,
                           monthly=config.monthly, keep_path=final)
    timings["total"] = time.perf_counter() - started
    return {"path": str(final), "bytes": written.st_size, "fingerprint": sha, "verified": True, "at": now,
            "method": facts["method"], "salon": facts["salon"], "deleted": [path.name for path in deleted],
            "erasures": len(erasures), "seconds": {name: round(value, 3) for name, value in timings.items()}}
