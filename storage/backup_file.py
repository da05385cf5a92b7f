"""The backup file: one encrypted salon database in a small container that also carries the database key wrapped
under the recovery code, so that a new PC needs only the file and the printed code.

    SALON-DESK-BACKUP 1\\n        magic and container version
    {header}\\n                   one line of JSON: app version, schema, salon name, time, key id and fingerprint,
                                 the recovery wrap, the body's length, the erasure journal (sealed)
    <body>                       the SQLCipher database file, byte for byte (encrypted exactly like the live file)
    \\n{trailer}\\n               SHA-256 of everything above it, and that digest's MAC under a key derived from
                                 the database key

Nothing in it is readable without the key: the body is SQLCipher pages, the journal is sealed with AES-GCM, the
key is wrapped under the recovery code. The header names no client. A truncated file, a flipped byte or a file
from a newer Salon Desk is told apart before anything is restored, and the SHA-256 check needs no key.
Qt-free.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import os
import sys
import threading
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Callable

from storage.errors import QT_TRANSLATE_NOOP, InputError, StorageError

MAGIC = b"SALON-DESK-BACKUP "
FORMAT = 1
SUFFIX = ".salondesk"
CHUNK = 4 << 20           # large reads and writes; hashing and the copy run behind on other threads
HEADER_LIMIT = 64 << 20      # a header (with a long erasure journal) never comes near this
_TRAILER_LIMIT = 4096
_MAC_LABEL = b"salon-desk backup v1"

OnChunk = Callable[[int], None]  # bytes done so far; may raise to stop


class BackupError(StorageError):
    """A backup file that cannot be used as it is (one plain line naming the file)."""


class NotABackup(BackupError):
    pass


class BackupTruncated(BackupError):
    pass


class BackupDamaged(BackupError):
    pass


class BackupTooNew(BackupError):
    pass


class WrongSalon(InputError):
    pass


def mac_key(key_hex: str) -> bytes:
    """The key of the trailer's MAC: derived from the database key, never the key itself."""
    return hmac.new(bytes.fromhex(key_hex), _MAC_LABEL, hashlib.sha256).digest()


@dataclass(frozen=True)
class Header:
    fields: dict
    offset: int   # where the body starts

    @property
    def size(self) -> int:
        return int(self.fields["bytes"])

    @property
    def schema(self) -> int:
        return int(self.fields["schema"])

    def __getitem__(self, name: str):
        return self.fields[name]

    def get(self, name: str, default=None):
        return self.fields.get(name, default)


def background_thread() -> None:
    """Make the calling helper thread yield the CPU to the app's own threads (the GUI thread first) on a busy PC. Used
    for threads that spend their time outside the GIL (hashing, file writes, SQLite), so a lower priority cannot keep
    the GIL from anyone. Linux sets a nice value per thread; elsewhere nothing changes."""
    if sys.platform.startswith("linux"):
        try:
            os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), 10)
        except OSError:
            pass


class _Behind:
    """The chunk just read goes to the destination on the caller's thread while helper threads, one per task and in
    order, hash it and copy it (`copy_to`): hashlib and file writes release the GIL, so these run on both cores and
    the pass takes about the time of the slowest, not their sum. Hands out the buffers to read into, each taken back
    only once every task is done with it."""

    IN_FLIGHT = 3

    def __init__(self, digest, chunk: int, copy_to: BinaryIO | None = None) -> None:
        self.digest = digest
        self._tasks = [digest.update] + ([copy_to.write] if copy_to is not None else [])
        self._pools = [ThreadPoolExecutor(1, thread_name_prefix="backup-pass", initializer=background_thread)
                       for _ in self._tasks]
        self._buffers = [bytearray(chunk) for _ in range(self.IN_FLIGHT)]
        self._pending: list[list[Future]] = [[] for _ in range(self.IN_FLIGHT)]
        self._turn = 0

    def __enter__(self) -> "_Behind":
        return self

    def __exit__(self, *_exc) -> None:
        for pool in self._pools:
            pool.shutdown(wait=True, cancel_futures=True)

    def buffer(self, size: int) -> memoryview:
        for pending in self._pending[self._turn]:
            pending.result()  # raises what the task raised (a full scratch disk, say)
        self._pending[self._turn] = []
        return memoryview(self._buffers[self._turn])[:size]

    def behind(self, data: memoryview) -> None:
        """Hand `data` (a slice of the last buffer handed out) to the tasks; the caller must not change it."""
        self._pending[self._turn] = [pool.submit(task, data) for pool, task in zip(self._pools, self._tasks)]
        self._turn = (self._turn + 1) % self.IN_FLIGHT

    def hexdigest(self) -> str:
        for pending in self._pending:
            for task in pending:
                task.result()
        return self.digest.hexdigest()


def write(out: BinaryIO, header: dict, body: BinaryIO, size: int, key_hex: str, *,
          on_chunk: OnChunk | None = None, copy_to: BinaryIO | None = None) -> str:
    """Write magic, header, exactly `size` bytes of `body`, and the trailer; return the SHA-256 (hex) of all but
    the trailer: the backup's fingerprint. One pass: each chunk is read once and written to `out`, while helper
    threads hash it and write it to `copy_to` (which receives the body)."""
    digest = hashlib.sha256()
    fields = json.dumps({**header, "bytes": size}, ensure_ascii=True, sort_keys=True, separators=(",", ":"))
    for line in (MAGIC + str(FORMAT).encode() + b"\n", fields.encode() + b"\n"):
        out.write(line)
        digest.update(line)
    with _Behind(digest, max(1, min(CHUNK, size)), copy_to) as passing:
        done = 0
        while done < size:
            view = passing.buffer(min(CHUNK, size - done))
            got = body.readinto(view)
            if not got:
                raise OSError("the database file shrank while it was copied")
            view = view[:got]
            out.write(view)
            passing.behind(view)
            done += got
            if on_chunk is not None:
                on_chunk(done)
        sha = passing.hexdigest()
    trailer = {"sha256": sha, "mac": hmac.new(mac_key(key_hex), bytes.fromhex(sha), hashlib.sha256).hexdigest()}
    out.write(b"\n" + json.dumps(trailer, sort_keys=True).encode() + b"\n")
    return sha


def read_header(path: Path) -> Header:
    """The header, after checking the magic and the container version (no key needed)."""
    name = Path(path).name
    try:
        with open(path, "rb") as handle:
            first = handle.readline(64)
            if not first.startswith(MAGIC) or not first.endswith(b"\n"):
                raise NotABackup(QT_TRANSLATE_NOOP("Messages", "{file} is not a Salon Desk backup."), file=name)
            try:
                version = int(first[len(MAGIC):].strip())
            except ValueError:
                raise NotABackup(QT_TRANSLATE_NOOP("Messages", "{file} is not a Salon Desk backup."),
                                 file=name) from None
            line = handle.readline(HEADER_LIMIT)
    except OSError as exc:
        raise BackupError(QT_TRANSLATE_NOOP("Messages", "Cannot read {file}: {reason}"), file=name,
                          reason=exc.strerror or type(exc).__name__) from exc
    if version > FORMAT:
        raise BackupTooNew(QT_TRANSLATE_NOOP(
            "Messages", "{file} was written by a newer Salon Desk (backup format {found}; this version reads "
            "format {newest}). Install the newer version to restore it."), file=name, found=version, newest=FORMAT)
    if not line.endswith(b"\n"):
        raise BackupTruncated(QT_TRANSLATE_NOOP(
            "Messages", "{file} is truncated: it ends inside its header. Use another backup."), file=name)
    try:
        fields = json.loads(line)
        int(fields["bytes"]), int(fields["schema"]), fields["key_id"], fields["fingerprint"], fields["recovery"]
    except (ValueError, KeyError, TypeError):
        raise BackupDamaged(QT_TRANSLATE_NOOP(
            "Messages", "{file} is damaged: its header cannot be read. Use another backup."), file=name) from None
    return Header(fields, len(first) + len(line))


def check_schema(path: Path, header: Header, newest: int) -> None:
    """Refuse a backup whose database is newer than this app, naming the version that wrote it."""
    if header.schema > newest:
        raise BackupTooNew(QT_TRANSLATE_NOOP(
            "Messages", "{file} was made by Salon Desk {version} (database schema {found}); this version reads up to "
            "schema {newest}. Install Salon Desk {version} or newer to restore it."),
            file=Path(path).name, version=str(header.get("app_version", "?")), found=header.schema, newest=newest)


@dataclass(frozen=True)
class Checked:
    header: Header
    sha256: str
    bytes: int        # the whole file
    mac_ok: bool | None  # None: no key given


def check(path: Path, key_hex: str | None = None, *, copy_to: BinaryIO | None = None,
          on_chunk: OnChunk | None = None) -> Checked:
    """Read the whole file: its length, its SHA-256 and (with the key) its MAC. `copy_to` receives the body
    (the database file) on the way. Raises BackupTruncated or BackupDamaged naming the file."""
    path = Path(path)
    header = read_header(path)
    name = path.name
    digest = hashlib.sha256()
    try:
        with open(path, "rb") as handle, _Behind(digest, max(1, min(CHUNK, header.size)), copy_to) as passing:
            digest.update(handle.read(header.offset))
            done = 0
            while done < header.size:
                view = passing.buffer(min(CHUNK, header.size - done))
                got = handle.readinto(view)
                if not got:
                    break
                view = view[:got]
                passing.behind(view)
                done += got
                if on_chunk is not None:
                    on_chunk(done)
            passing.hexdigest()  # every chunk hashed and copied
            tail = handle.read(_TRAILER_LIMIT)
            total = handle.tell()
    except OSError as exc:
        raise BackupError(QT_TRANSLATE_NOOP("Messages", "Cannot read {file}: {reason}"), file=name,
                          reason=exc.strerror or type(exc).__name__) from exc
    if done < header.size:
        raise BackupTruncated(QT_TRANSLATE_NOOP(
            "Messages", "{file} is truncated: {have} of the database's {need} bytes are there. Use another backup."),
            file=name, have=done, need=header.size)
    try:
        if not (tail.startswith(b"\n") and tail.endswith(b"\n")):
            raise ValueError
        trailer = json.loads(tail[1:])
        sha, mac = trailer["sha256"], trailer["mac"]
    except (ValueError, KeyError, TypeError):
        raise BackupTruncated(QT_TRANSLATE_NOOP(
            "Messages", "{file} is truncated or damaged at its end: its checksum is missing. Use another backup."),
            file=name) from None
    actual = digest.hexdigest()
    if not hmac.compare_digest(actual, str(sha)):
        raise BackupDamaged(QT_TRANSLATE_NOOP(
            "Messages", "{file} is damaged: its content does not match its checksum. Use another backup."), file=name)
    mac_ok = None
    if key_hex is not None:
        expected = hmac.new(mac_key(key_hex), bytes.fromhex(actual), hashlib.sha256).hexdigest()
        mac_ok = hmac.compare_digest(expected, str(mac))
    return Checked(header, actual, total, mac_ok)


def recorded_fingerprint(path: Path) -> str:
    """The SHA-256 recorded in the trailer, without reading the body (for listings); empty if unreadable."""
    with open(path, "rb") as handle:
        size = os.fstat(handle.fileno()).st_size
        handle.seek(max(0, size - _TRAILER_LIMIT))
        tail = handle.read()
    line = tail.rstrip(b"\n").rsplit(b"\n", 1)[-1]
    try:
        return str(json.loads(line)["sha256"])
    except (ValueError, KeyError, TypeError):
        return ""
