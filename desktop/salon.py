"""An opened salon, as the app and the CLI hold it: sign in, read its name, close.

The store and its connection stay inside; screens reach data only through the Desk that sign_in returns.
"""
from __future__ import annotations

from datetime import datetime

from desktop import store as stores
from desktop.store import KEY_PROBLEMS, is_set_up
from desktop.desk import Desk
from desktop.kernel.principal import SystemPrincipal
from desktop.paths import Layout
from desktop.staff import auth
from storage import db
from storage.anchor import AnchorMismatch

__all__ = ["KEY_PROBLEMS", "AnchorMismatch", "Salon", "is_set_up", "login", "system_desk"]


def login(store: stores.Store, login_name: str, password: str, *, now: datetime | None = None) -> Desk:
    """A Desk for this staff member on this store (every attempt counted and logged). A database that cannot be
    read or written (a damaged page, a full disk) is one plain error, as everywhere else."""
    try:
        return Desk(store, auth.sign_in(store, login_name, password, now=now))
    except db.DatabaseError as exc:
        raise db.translate(exc, store.layout.database) from exc


def system_desk(store: stores.Store, job: str) -> Desk:
    """A Desk for sync or a scheduled job: the permission table's system column, no person."""
    return Desk(store, SystemPrincipal(job))


class Salon:
    def __init__(self, store: stores.Store, *, by_recovery_code: bool = False) -> None:
        self._store = store
        self._by_recovery_code = by_recovery_code

    @classmethod
    def open(cls, layout: Layout, *, hold: bool = False) -> "Salon":
        """With the key from this PC's keyring (KeyringUnavailable, KeyMissing or KeyMismatch otherwise). A file
        that no longer matches its anchor raises AnchorMismatch, unless `hold` (for verify and the owner's
        acknowledgement): then `mismatch` says what fails."""
        return cls(stores.open_store(layout, hold=hold))

    @classmethod
    def open_with_recovery_code(cls, layout: Layout, code: str, *, hold: bool = False) -> tuple["Salon", bool]:
        store, saved = stores.open_with_recovery_code(layout, code, hold=hold)
        return cls(store, by_recovery_code=True), saved

    @property
    def mismatch(self) -> list[str]:
        """What the file lacks of its anchor (English lines); empty when it matches."""
        return list(self._store.mismatch)

    def unlock_owner(self, login_name: str) -> None:
        """Lift the lock on an owner's account: only for a salon opened with its recovery code."""
        if not self._by_recovery_code:
            raise RuntimeError("unlock_owner needs a salon opened with its recovery code")
        auth.unlock_with_recovery_code(self._store, login_name)

    @classmethod
    def create(cls, layout: Layout, **fields) -> tuple["Salon", str]:
        """A new salon (see desktop.setup.init_salon); returns it and the recovery code, shown once."""
        from desktop import setup

        store, code = setup.init_salon(layout, **fields)
        return cls(store), code

    @property
    def layout(self) -> Layout:
        return self._store.layout

    def name(self) -> str:
        row = self._store.conn.execute("SELECT name FROM salon").fetchone()
        return row[0] if row else "Salon Desk"

    def sign_in(self, login_name: str, password: str) -> Desk:
        return login(self._store, login_name, password)

    def system(self, job: str) -> Desk:
        return system_desk(self._store, job)

    def system_worker(self, job: str) -> Desk:
        """A system Desk on its own connection, for a background thread (the scheduled backup); close() it."""
        return Desk(self._store.reader(), SystemPrincipal(job))

    def close(self) -> None:
        self._store.close()

    @property
    def closed(self) -> bool:
        return self._store.closed
