"""An opened salon: the encrypted database of one --home folder, unlocked with its key."""
from __future__ import annotations

import json
import time
from dataclasses import dataclass, field
from pathlib import Path

from desktop.paths import Layout, make_private
from desktop.verify import problems
from storage import audit, db, keystore, migrate, recovery
from storage.errors import QT_TRANSLATE_NOOP, StorageError
from storage.uow import UnitOfWork

BACKUP_KEPT_SECONDS = 7 * 24 * 3600  # a pre-upgrade copy outlives the upgrade by a week, and a passing verify


@dataclass
class Store:
    layout: Path | Layout
    conn: db.Connection
    key_id: str
    key: str = field(default="", repr=False)  # kept in memory only, to open reader connections

    def reader(self) -> "Store":
        """A second connection for a worker thread's reads (WAL lets it read while this one writes)."""
        return Store(self.layout, db.connect(self.layout.database, self.key), self.key_id, self.key)

    def unit_of_work(self) -> UnitOfWork:
        return UnitOfWork(self.conn)

    closed: bool = False

    def close(self) -> None:
        if not self.closed:
            self.closed = True
            db.close(self.conn)


# What the app answers by asking for the recovery code.
KEY_PROBLEMS = (keystore.KeyringUnavailable, keystore.KeyMissing, keystore.KeyMismatch)


def is_set_up(layout: Layout) -> bool:
    return layout.keyinfo.is_file() and layout.database.is_file()


def read_keyinfo(layout: Layout) -> dict:
    if not layout.keyinfo.is_file() or not layout.database.is_file():
        raise StorageError(QT_TRANSLATE_NOOP(
            "Messages", "No salon is set up in {home}. Run the first-run wizard or 'salon-desk init'."),
            home=str(layout.home))
    try:
        info = json.loads(layout.keyinfo.read_text(encoding="utf-8"))
        info["key_id"], info["fingerprint"], info["recovery"]  # noqa: B018 (presence check)
        return info
    except (ValueError, KeyError, TypeError) as exc:
        raise StorageError(QT_TRANSLATE_NOOP(
            "Messages", "The key information file {path} is damaged."), path=str(layout.keyinfo)) from exc


def _connect(layout: Layout, info: dict, key_hex: str) -> Store:
    db.check_key(key_hex)
    if keystore.fingerprint(key_hex) != info["fingerprint"]:
        raise keystore.KeyMismatch(QT_TRANSLATE_NOOP(
            "Messages", "The key found for this salon does not match its database (key mismatch). "
            "Nothing was changed; unlock with the recovery code."))
    store = Store(layout, db.connect(layout.database, key_hex), info["key_id"], key_hex)
    try:
        drop_old_backups(store)
    except BaseException:
        store.close()
        raise
    return store


def drop_old_backups(store: Store, *, now: float | None = None) -> list[Path]:
    """Delete the pre-upgrade copies (salon.db.vN.bak) older than a week, once the live database passes verify;
    never while it fails. Verify runs only when there is such a copy. Returns what was deleted."""
    now = time.time() if now is None else now
    old = [path for path in migrate.backups(store.layout.database)
           if now - path.stat().st_mtime > BACKUP_KEPT_SECONDS]
    if not old or any(problems(store.conn).values()):
        return []
    gone = []
    for path in old:
        try:
            path.unlink()
            gone.append(path)
        except OSError:
            continue  # open elsewhere or read-only: tried again at the next opening
    if gone:
        with store.unit_of_work() as uow:
            audit.append(uow, "upgrade_backup_deleted", details={"files": [path.name for path in gone]})
    return gone


def open_store(layout: Layout) -> Store:
    """Open with the key from the OS keyring (and make the folder and its files this user's only)."""
    info = read_keyinfo(layout)
    make_private(layout)
    return _connect(layout, info, keystore.load(info["key_id"]))


def open_with_recovery_code(layout: Layout, code: str) -> tuple[Store, bool]:
    """Open with the printed recovery code; put the key back in the keyring if one works.

    Returns the store and whether the key is now saved in the keyring.
    """
    info = read_keyinfo(layout)
    key_hex = recovery.unwrap(info["recovery"], code)
    store = _connect(layout, info, key_hex)
    try:
        keystore.save(info["key_id"], key_hex)
        saved = True
    except keystore.KeyringUnavailable:
        saved = False  # this session only; the key never touches the disk in clear
    with store.unit_of_work() as uow:
        audit.append(uow, "recovery_code_used", details={"key_saved_to_keyring": saved})
    return store, saved
