"""The kernel: one connection, its unit of work (nested calls join the open one), and the change hub."""
from __future__ import annotations

import logging
from contextlib import contextmanager
from typing import Callable, Iterator

from storage import db
from storage.uow import UnitOfWork

log = logging.getLogger(__name__)


class Hub:
    """Tells listeners what changed ("client", "appointment", "consent", "staff", ...) after each commit.

    Listeners run on the committing thread; Qt screens re-post to the GUI thread themselves.
    """

    def __init__(self) -> None:
        self._listeners: list[Callable[[str], None]] = []

    def subscribe(self, listener: Callable[[str], None]) -> None:
        self._listeners.append(listener)

    def unsubscribe(self, listener: Callable[[str], None]) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def notify(self, kinds) -> None:
        """Runs after COMMIT: a listener that fails is a bug to log, never a failure of the committed write."""
        for kind in kinds:
            for listener in list(self._listeners):
                try:
                    listener(kind)
                except Exception:  # noqa: BLE001
                    log.exception("a change listener failed after a commit")


class Kernel:
    def __init__(self, store, hub: Hub | None = None) -> None:
        self.store = store
        self.hub = hub or Hub()
        self._uow: UnitOfWork | None = None
        self._depth = 0
        self._cache: dict[str, tuple] = {}
        self._pending: list[str] = []

    @property
    def conn(self):
        return self.store.conn

    @property
    def in_transaction(self) -> bool:
        return self._uow is not None

    @contextmanager
    def unit_of_work(self) -> Iterator[UnitOfWork]:
        """The open unit of work if there is one (composition), else a new one committed at the end.
        SQLite errors come out as one plain SalonError; listeners hear of changes only after COMMIT."""
        if self._uow is not None:  # joined: a savepoint, so a caller that catches an inner failure keeps none of it
            self._depth += 1
            name = f"joined_{self._depth}"
            self._uow.conn.execute(f"SAVEPOINT {name}")
            try:
                yield self._uow
            except BaseException:
                self._undo_savepoint(name)
                raise
            else:
                self._uow.conn.execute(f"RELEASE {name}")
            finally:
                self._depth -= 1
            return
        uow = self.store.unit_of_work()
        try:
            with uow:
                self._uow = uow
                yield uow
        except BaseException as exc:
            self._pending.clear()
            layout = getattr(self.store, "layout", None)
            translated = db.translate(exc, getattr(layout, "database", None))
            if translated is exc:
                raise
            raise translated from exc
        finally:
            self._uow = None
        kinds, self._pending = list(dict.fromkeys(self._pending)), []
        self.hub.notify(kinds)

    def _undo_savepoint(self, name: str) -> None:
        """Undo a joined part that failed. A full disk (or I/O error) can make SQLite roll the whole transaction
        back itself: there is no savepoint left to undo then, and the original error is the one to report."""
        conn = self._uow.conn
        if not conn.in_transaction:
            return
        try:
            conn.execute(f"ROLLBACK TO {name}")
            conn.execute(f"RELEASE {name}")
        except Exception:  # noqa: BLE001 (the caller's error is the one to report; the transaction rolls back)
            log.warning("undoing a joined unit of work failed after an error", exc_info=True)

    def cached(self, key: str, entities: tuple[str, ...], load):
        """`load()`, remembered while the open transaction does not write `entities` (the transaction holds the
        write lock, so no one else can change them meanwhile). Outside a transaction: always `load()`."""
        uow = self._uow
        if uow is None:
            return load()
        stamp = (id(uow), tuple(uow.writes.get(entity, 0) for entity in entities))
        hit = self._cache.get(key)
        if hit is not None and hit[0] == stamp:
            return hit[1]
        value = load()
        self._cache[key] = (stamp, value)
        return value

    def notify(self, kind: str) -> None:
        """After the open transaction commits, or now when none is open."""
        if self._uow is not None:
            self._pending.append(kind)
        else:
            self.hub.notify([kind])
