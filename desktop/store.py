"""An opened salon: the encrypted database of one --home folder, unlocked with its key, checked against the
chains' anchor in the keyring (storage/anchor.py)."""
from __future__ import annotations

import json
import logging
import time
from dataclasses import dataclass, field
from pathlib import Path

from desktop.paths import Layout, make_private
from desktop.verify import problems
from storage import anchor as anchors, atomic, audit, db, keystore, migrate, recovery
from storage.errors import QT_TRANSLATE_NOOP, StorageError
from storage.uow import UnitOfWork

log = logging.getLogger(__name__)

BACKUP_KEPT_SECONDS = 7 * 24 * 3600  # a pre-upgrade copy outlives the upgrade by a week, and a passing verify


@dataclass
class Store:
    layout: Path | Layout
    conn: db.Connection
    key_id: str
    key: str = field(default="", repr=False)  # kept in memory only, to open reader connections
    anchor: anchors.Anchor | None = None  # shared by every connection of this salon in this process
    mismatch: list[str] = field(default_factory=list)  # what the file lacks of its anchor, until acknowledged

    def reader(self) -> "Store":
        """A second connection for a worker thread's reads (WAL lets it read while this one writes)."""
        conn = db.connect(self.layout.database, self.key)
        _attach(conn, self.layout, self.anchor)
        return Store(self.layout, conn, self.key_id, self.key, self.anchor, self.mismatch)

    def unit_of_work(self) -> UnitOfWork:
        return UnitOfWork(self.conn)

    closed: bool = False

    def close(self) -> None:
        if not self.closed:
            self.closed = True
            try:
                if self.anchor is not None:
                    self.anchor.flush()
            except Exception:  # noqa: BLE001 (what was committed is safe; the anchor catches up next time)
                log.warning("the chains' anchor could not be written at close", exc_info=True)
            finally:
                db.close(self.conn)


def _attach(conn: db.Connection, layout: Layout, anchor: anchors.Anchor | None) -> None:
    conn.anchor = anchor
    conn.keyinfo_path = layout.keyinfo


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


def _connect(layout: Layout, info: dict, key_hex: str, *, hold: bool = False) -> Store:
    """Open and check against the anchor. A file that lacks what its anchor records is refused (AnchorMismatch),
    unless `hold`: then it opens with `store.mismatch` set, for verify to show and the owner to acknowledge."""
    db.check_key(key_hex)
    if keystore.fingerprint(key_hex) != info["fingerprint"]:
        raise keystore.KeyMismatch(QT_TRANSLATE_NOOP(
            "Messages", "The key found for this salon does not match its database (key mismatch). "
            "Nothing was changed; unlock with the recovery code."))
    conn = db.connect(layout.database, key_hex)
    store = Store(layout, conn, info["key_id"], key_hex)
    try:
        _attach(conn, layout, None)
        _seal_keyinfo(store, info)
        store.anchor = _anchor(store)
        conn.anchor = store.anchor
        if store.mismatch and not hold:
            raise anchors.mismatch(store.mismatch)
        if store.anchor is not None and store.anchor.created:
            with store.unit_of_work() as uow:
                audit.append(uow, "chain_anchor_created")
        if not store.mismatch:
            drop_old_backups(store)
    except BaseException:
        store.close()
        raise
    return store


def _anchor(store: Store) -> anchors.Anchor | None:
    """The salon's anchor, checked against the file (store.mismatch says what fails); None without a keyring."""
    anchor = anchors.Anchor(store.key_id, store.conn.chain_key)
    try:
        store.mismatch = anchor.open(store.conn)
    except anchors.AnchorDamaged:
        anchor.held = True
        store.mismatch = ["the chains' anchor in the keyring was changed outside Salon Desk (bad MAC)"]
    except keystore.KeyringUnavailable:
        log.warning("no usable keyring: the chains are not anchored in this session")
        return None
    if store.mismatch:
        log.warning("the database file does not match its anchor: %d problem(s)", len(store.mismatch))
    return anchor


def _seal_keyinfo(store: Store, info: dict) -> None:
    """salon-desk.json gets its MAC the first time a key opens it (files from before MACs); a MAC that fails is
    left as it is, for verify to report."""
    if "mac" in info:
        if not recovery.info_holds(store.conn.chain_key, info):
            log.warning("salon-desk.json fails its MAC")
        return
    try:
        sealed = {**info, "mac": recovery.info_mac(store.conn.chain_key, info)}
        atomic.write_text(store.layout.keyinfo, json.dumps(sealed, indent=2))
    except OSError:
        log.warning("salon-desk.json could not be sealed with its MAC; tried again at the next opening")


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


def open_store(layout: Layout, *, hold: bool = False) -> Store:
    """Open with the key from the OS keyring (see _connect for `hold`), and make the folder and its files this
    user's only."""
    info = read_keyinfo(layout)
    make_private(layout)
    return _connect(layout, info, keystore.load(info["key_id"]), hold=hold)


def open_with_recovery_code(layout: Layout, code: str, *, hold: bool = False) -> tuple[Store, bool]:
    """Open with the printed recovery code; put the key back in the keyring if one works.

    Returns the store and whether the key is now saved in the keyring.
    """
    info = read_keyinfo(layout)
    key_hex = recovery.unwrap(info["recovery"], code)
    store = _connect(layout, info, key_hex, hold=hold)
    try:
        keystore.save(info["key_id"], key_hex)
        saved = True
    except keystore.KeyringUnavailable:
        saved = False  # this session only; the key never touches the disk in clear
    with store.unit_of_work() as uow:
        audit.append(uow, "recovery_code_used", details={"key_saved_to_keyring": saved})
    return store, saved
