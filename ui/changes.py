"""The hub's change notes ("client", "appointment", ...) as a Qt signal that always fires on the GUI thread.

The hub calls its listeners on whichever thread committed, and the operation runner's worker commits too;
screens connect to `changed` instead of subscribing to the Desk themselves (Electrum's QtEventListener).
"""
from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal, Slot

from desktop.desk import Desk


class Changes(QObject):
    changed = Signal(str)
    _posted = Signal(str)

    def __init__(self, desk: Desk, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self._posted.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        desk.subscribe(self._relay)

    def _relay(self, kind: str) -> None:  # any thread
        self._posted.emit(kind)

    @Slot(str)
    def _deliver(self, kind: str) -> None:  # the GUI thread, this object's own
        self.changed.emit(kind)

    def close(self) -> None:
        """Stop listening (before the window goes)."""
        self._desk.unsubscribe(self._relay)
