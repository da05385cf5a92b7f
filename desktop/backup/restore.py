"""Restoring a backup: into a new salon folder (a new PC: the first-run wizard's "Restore a backup", or
`salon-desk backup restore FILE --home DIR`), or in place (the owner, after typing the password again).

Both start with `stage()`, which changes nothing the salon uses: the backup is checked (length, SHA-256, the
version that wrote it, the key: from the recovery code, or this salon's own for an in-place restore, and the MAC),
its database is copied into a private folder inside the salon folder, upgraded if it is older, **every erasure
made after it is applied again** (the erasure journal carried by this backup, the journal beside the database, the
journals of the other backups in its folder and in the backup folder, and any given by the caller), its audit
log records the restore, and `verify` must pass. Only then does a commit put it in place:

- `commit_new_home()`: the key information file, the database (its rename is the commit point), the key in this
  PC's keyring; staff sign in with their usual passwords.
- `commit_in_place()`: refuses while anything else has the database open; the current database (and its key
  information) is set aside under `salon.db.before-restore-<time>`, never overwritten, then the restored one is
  renamed in and checked again in place; should that check fail, the current database goes back.

Either way `tell_anchors_this_is_a_restore()` is called once, after the restored file is in place and before
anyone opens it. Qt-free.
"""
from __future__ import annotations

import json
import logging
import os
import shutil
import tempfile
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, Iterable

import sqlcipher3

from desktop import store as stores
from desktop.backup import check, config as configs, files
from desktop.kernel.progress import Progress
from desktop.paths import Layout
from desktop.privacy import erasure
from storage import anchor as anchors, atomic, audit, backup_file, db, erasure_journal, keystore, migrate, recovery, suppression
from storage.errors import QT_TRANSLATE_NOOP, Busy, InputError, StorageError
from storage.uow import UnitOfWork

logger = logging.getLogger("salon_desk.backup")
STAGE_PREFIX = ".restore-"
ASIDE = "before-restore"
ASIDE_KEPT = timedelta(days=7)
LABEL_RESTORE = QT_TRANSLATE_NOOP("Backup", "Restoring the backup…")
LABEL_CHECK = QT_TRANSLATE_NOOP("Backup", "Checking the restored database…")
FAILED_CHECK = QT_TRANSLATE_NOOP(
    "Messages", "The restored database fails its check ({problem}); nothing was changed. Use another backup.")
ALREADY_SET_UP = QT_TRANSLATE_NOOP(
    "Messages", "A salon is already set up in {home}. Restore it in place (owner), or choose an empty folder.")


def tell_anchors_this_is_a_restore(layout: Layout, key_id: str, key_hex: str) -> None:
    """THE ONE PLACE where a restore tells the chains' anchor (storage/anchor.py) that the database is older on
    purpose: the restored file's own heads become the anchor kept in the keyring. Called once per restore, after
    the restored file is in place (its erasures re-applied, its `backup_restored` audit row written, verify passed)
    and before anyone can open it; a restore that fails before that point leaves the anchor alone."""
    conn = db.connect(layout.database, key_hex)
    try:
        anchors.Anchor(key_id, conn.chain_key).acknowledge(conn)
        logger.info("restore into %s: the chains' anchor now follows the restored file", layout.home.name)
    except keystore.KeyringUnavailable:
        logger.warning("no usable keyring: the restored chains are anchored at the next opening")
    finally:
        conn.close()


@dataclass
class Staged:
    """A restored database, checked, waiting in a private folder inside the salon folder for its commit."""
    layout: Layout
    folder: Path
    source: Path
    header: backup_file.Header
    key_hex: str = field(repr=False)
    reapplied: int = 0
    heads: dict[str, tuple[int, str]] = field(default_factory=dict)

    @property
    def database(self) -> Path:
        return self.folder / "salon.db"

    def discard(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)

    def summary(self) -> dict[str, Any]:
        return {"home": str(self.layout.home), "salon": self.header.get("salon"), "restored_from": str(self.source),
                "backup_created_at": self.header.get("created_at"), "backup_app_version":
                self.header.get("app_version"), "erasures_reapplied": self.reapplied}


# -- the erasures made after the backup ------------------------------------------------------------------------

def _journal_of(header: backup_file.Header, key_hex: str) -> list[dict[str, Any]]:
    try:
        return list(erasure_journal.unseal(header.get("erasures", ""), key_hex))
    except ValueError:
        return []  # another salon's backup, or one whose journal was altered: it adds nothing


def later_erasures(layout: Layout, source: Path, header: backup_file.Header, key_hex: str) -> list[dict[str, Any]]:
    """Every erasure record this restore must honour: this backup's own journal, the journal beside the salon's
    database, and the journals of the other backups in the backup's folder and in this PC's backup folder."""
    groups = [_journal_of(header, key_hex), erasure_journal.read(layout.home / erasure_journal.FILE_NAME, key_hex)[0]]
    folders = {source.resolve().parent}
    try:
        folders.add(configs.load(layout).destination(layout).resolve())
    except OSError:
        pass
    for folder in folders:
        try:
            entries = files.listing(folder)
        except OSError:
            continue
        for entry in entries:
            if entry.header is not None and entry.header["fingerprint"] == header["fingerprint"]:
                groups.append(_journal_of(entry.header, key_hex))
    return erasure_journal.merge(*groups)


def reapply(conn, records: Iterable[dict[str, Any]]) -> int:
    """Apply again, in one transaction, each erasure this database does not have: the client's data is erased
    (with the original erasure id and time), or, for a client this backup never held, the erasure record and the
    suppression entries are added so that a returning person is still flagged. Returns how many were applied."""
    applied = 0
    with UnitOfWork(conn) as uow:
        known = {row[0] for row in uow.execute("SELECT id FROM erasure")}
        erased_clients = {row[0] for row in uow.execute("SELECT client_id FROM erasure")}
        for record in records:
            gone = record["erasure"]
            if gone["id"] in known or gone["client_id"] in erased_clients:
                continue
            key = uow.execute("SELECT value FROM setting WHERE key = ?", (suppression.KEY,)).fetchone()
            if key is None and record.get("suppression_key"):  # hash as the salon did, so a return is flagged
                uow.upsert("setting", {"key": suppression.KEY, "value": record["suppression_key"],
                                       "updated_at": gone["erased_at"]})
                key = (record["suppression_key"],)
            if uow.execute("SELECT 1 FROM client WHERE id = ?", (gone["client_id"],)).fetchone():
                erasure.erase_client(uow, gone["client_id"], request_id=gone["request_id"],
                                     erased_by=gone["erased_by"], erasure_id=gone["id"], erased_at=gone["erased_at"])
            else:
                uow.append("erasure", {name: gone[name] for name in erasure_journal.ERASURE_COLUMNS})
            if key is not None and key[0] == record.get("suppression_key"):
                for entry in record.get("suppression", []):
                    if not uow.execute("SELECT 1 FROM suppression WHERE kind = ? AND digest = ?",
                                       (entry["kind"], entry["digest"])).fetchone():
                        uow.append("suppression", {name: entry[name] for name in erasure_journal.SUPPRESSION_COLUMNS})
            audit.append(uow, "erasure_reapplied", object_type="erasure", object_id=gone["id"],
                         details={"by": "system:restore"})
            known.add(gone["id"])
            erased_clients.add(gone["client_id"])
            applied += 1
    return applied


# -- staging ---------------------------------------------------------------------------------------------------

def _key_for(header: backup_file.Header, code: str | None, key_hex: str | None, source: Path) -> str:
    if key_hex is None:
        if code is None:
            raise InputError(QT_TRANSLATE_NOOP("Messages", "Type the recovery code printed when the salon was set up."))
        key_hex = recovery.unwrap(header["recovery"], code)
    if keystore.fingerprint(key_hex) != header["fingerprint"]:
        raise backup_file.WrongSalon(QT_TRANSLATE_NOOP(
            "Messages", "{file} belongs to another salon (its key is not this salon's)."), file=source.name)
    return key_hex


def stage(layout: Layout, source: Path | str, *, code: str | None = None, key_hex: str | None = None,
          extra_erasures: Iterable[dict[str, Any]] = (), progress: Progress | None = None,
          new_home: bool) -> Staged:
    """Check the backup and prepare its database (see the module's docstring). Raises one plain error, leaving
    nothing behind, when anything is wrong: not a backup, truncated, damaged, from a newer version, a wrong code."""
    source = Path(source)
    if new_home and (stores.is_set_up(layout) or any(p.exists() for p in layout.database_files())):
        raise InputError(ALREADY_SET_UP, home=str(layout.home))
    header = backup_file.read_header(source)
    backup_file.check_schema(source, header, migrate.latest())
    key_hex = _key_for(header, code, key_hex, source)
    layout.home.mkdir(parents=True, exist_ok=True, mode=0o700)
    folder = Path(tempfile.mkdtemp(prefix=STAGE_PREFIX, dir=layout.home))
    staged = Staged(layout, folder, source, header, key_hex)
    try:
        def step(done: int) -> None:
            if progress is not None:
                progress.check()
                progress.update(done, header.size * 2, LABEL_RESTORE)

        with open(staged.database, "wb") as body:
            os.chmod(staged.database, 0o600)
            checked = backup_file.check(source, key_hex, copy_to=body, on_chunk=step)
            body.flush()
            os.fsync(body.fileno())
        if not checked.mac_ok:
            raise backup_file.BackupDamaged(QT_TRANSLATE_NOOP(
                "Messages", "{file} was altered: its checksum was not sealed with this salon's key. "
                "Use another backup."), file=source.name)
        if progress is not None:
            progress.update(header.size, header.size * 2, LABEL_CHECK)
        records = erasure_journal.merge(later_erasures(layout, source, header, key_hex), extra_erasures)
        conn = db.connect(staged.database, key_hex)  # an older backup is upgraded here, its copy stays in `folder`
        try:
            staged.reapplied = reapply(conn, records)
            with UnitOfWork(conn) as uow:
                audit.append(uow, "backup_restored", details={
                    "file": source.name, "backup_created_at": header.get("created_at"),
                    "backup_app_version": header.get("app_version"), "erasures_reapplied": staged.reapplied})
            db.checkpoint(conn)
            found = check.database_problems(staged.database, key_hex)  # verify's checks, on two connections at once
            problem = next((f"{name}: {items[0]}" for name, items in found.items() if items), "")
            if problem:
                raise StorageError(FAILED_CHECK, problem=problem)
            staged.heads = {row[0]: (row[1], row[2]) for row in conn.execute("SELECT chain, seq, hash FROM chain_head")}
        finally:
            conn.close()
    except BaseException:
        staged.discard()
        raise
    return staged


# -- commits ---------------------------------------------------------------------------------------------------

def _keyinfo(header: backup_file.Header) -> dict[str, Any]:
    return {"format": 1, "key_id": header["key_id"], "fingerprint": header["fingerprint"],
            "recovery": header["recovery"]}


def _finish(staged: Staged) -> bool:
    """The key into this PC's keyring, the journal beside the database, the anchors; True if the key was saved."""
    layout = staged.layout
    try:
        keystore.save(staged.header["key_id"], staged.key_hex)
        saved = True
    except keystore.KeyringUnavailable:
        saved = False  # this session only, as with the recovery code; never on disk in clear
    store = stores.Store(layout, db.connect(layout.database, staged.key_hex), staged.header["key_id"], staged.key_hex)
    try:
        erasure_journal.catch_up(layout.home / erasure_journal.FILE_NAME, staged.key_hex, store.conn)
    except OSError:
        logger.warning("the erasure journal beside the restored database could not be written")
    finally:
        store.close()
    tell_anchors_this_is_a_restore(layout, staged.header["key_id"], staged.key_hex)
    staged.discard()
    return saved


def commit_new_home(staged: Staged) -> tuple[stores.Store, bool]:
    """Put a staged restore into its empty salon folder; returns the opened store, and whether the key is now in
    this PC's keyring."""
    layout = staged.layout
    if any(p.exists() for p in layout.database_files()):
        staged.discard()
        raise InputError(ALREADY_SET_UP, home=str(layout.home))
    atomic.write_text(layout.keyinfo, json.dumps(_keyinfo(staged.header), indent=2))
    os.replace(staged.database, layout.database)  # the commit point: before it the folder holds no salon
    _fsync_folder(layout.home)
    saved = _finish(staged)
    return stores.Store(layout, db.connect(layout.database, staged.key_hex), staged.header["key_id"],
                        staged.key_hex), saved


def _fsync_folder(folder: Path) -> None:
    if os.name != "nt":
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _alone(layout: Layout, key_hex: str) -> None:
    """Refuse while another window or command has the database open (each open WAL connection holds a shared
    lock on the file; an exclusive lock is then refused at once), and fold its WAL into the file."""
    conn = sqlcipher3.connect(str(layout.database), isolation_level=None, timeout=0)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE").fetchall()
        conn.execute(f"PRAGMA key = \"x'{key_hex}'\"")
        conn.execute("PRAGMA busy_timeout = 0").fetchall()
        conn.execute("PRAGMA locking_mode = EXCLUSIVE").fetchall()
        try:
            conn.execute("BEGIN EXCLUSIVE")
            conn.execute("COMMIT")
        except sqlcipher3.OperationalError as exc:
            raise Busy(QT_TRANSLATE_NOOP(
                "Messages", "The salon is open in another window or command. Close it, then restore again; "
                "nothing was changed.")) from exc
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    finally:
        conn.close()


def aside_stamp(moment: datetime) -> str:
    return moment.strftime("%Y%m%d-%H%M%S")


def commit_in_place(staged: Staged, *, now: datetime | None = None) -> tuple[list[Path], bool]:
    """Swap a staged restore in for the current database, which is set aside, never overwritten. Call with every
    connection to the salon closed. Returns the set-aside files, and whether the key is in this PC's keyring."""
    layout = staged.layout
    try:
        info = stores.read_keyinfo(layout)
        current_key = keystore.load(info["key_id"]) if info["fingerprint"] != staged.header["fingerprint"] \
            else staged.key_hex
        _alone(layout, current_key)
    except BaseException:
        staged.discard()
        raise
    stamp = aside_stamp(now or datetime.now())
    moved: list[tuple[Path, Path]] = []
    try:
        for path in [*layout.database_files(), layout.keyinfo]:
            if path.exists():
                aside = path.with_name(f"{path.name}.{ASIDE}-{stamp}")
                os.replace(path, aside)
                moved.append((path, aside))
        atomic.write_text(layout.keyinfo, json.dumps(_keyinfo(staged.header), indent=2))
        os.replace(staged.database, layout.database)
        _fsync_folder(layout.home)
        conn = db.connect(layout.database, staged.key_hex)
        try:
            found = check.database_problems(layout.database, staged.key_hex)
        finally:
            conn.close()
        problem = next((f"{name}: {items[0]}" for name, items in found.items() if items), "")
        if problem:
            raise StorageError(FAILED_CHECK, problem=problem)
    except BaseException:
        for path in (*layout.database_files(), layout.keyinfo):
            if path.exists() and any(original == path for original, _ in moved):
                path.replace(path.with_name(f"{path.name}.failed-restore-{stamp}"))
        for original, aside in reversed(moved):
            os.replace(aside, original)
        staged.discard()
        raise
    saved = _finish(staged)
    return [aside for _, aside in moved], saved


def drop_set_aside(layout: Layout, *, now: datetime | None = None) -> list[Path]:
    """Delete databases set aside by an in-place restore more than a week ago (called after a verified backup,
    which proves the live database sound)."""
    now = now or datetime.now()
    gone = []
    for path in layout.home.glob(f"*.{ASIDE}-*"):
        try:
            stamp = datetime.strptime(path.name.rsplit(f".{ASIDE}-", 1)[1][:15], "%Y%m%d-%H%M%S")
        except ValueError:
            continue
        if now - stamp > ASIDE_KEPT:
            try:
                path.unlink()
                gone.append(path)
            except OSError:
                continue
    return gone


def discard_stale(layout: Layout) -> None:
    """Remove staging folders left by a restore that was killed (older than an hour)."""
    files.clean_stale(layout.home, f"{STAGE_PREFIX}*")


def restore_new_salon(layout: Layout, source: Path | str, code: str, *, progress: Progress | None = None):
    """The first-run wizard's "Restore a backup": stage and commit into this PC's empty salon folder. Returns the
    opened Salon (staff then sign in with their usual passwords) and whether the key is in the keyring."""
    from desktop.salon import Salon  # desktop.salon -> desk -> the backup service -> here

    store, saved = commit_new_home(stage(layout, source, code=code, progress=progress, new_home=True))
    return Salon(store), saved
