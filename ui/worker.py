"""One reader thread for database work that can take longer than a frame (the appointment book's week).

It owns its own SQLCipher connection (WAL lets it read while the GUI thread writes) and a Desk bound to it
with the same session, so every read still passes the service layer's checks. Results come back to the
GUI thread through a queued signal; only the newest answer to each request kind is delivered.
"""
from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import QObject, QThread, Signal, Slot

from desktop.desk import Desk


class _Runner(QObject):
    finished = Signal(str, int, object, object)  # kind, generation, result, error

    def __init__(self, desk: Desk) -> None:
        super().__init__()
        self.desk = desk

    @Slot(str, int, object)
    def run(self, kind: str, generation: int, job: Callable[[Desk], Any]) -> None:
        try:
            self.finished.emit(kind, generation, job(self.desk), None)
        except Exception as exc:  # noqa: BLE001 (handed to the GUI thread, which shows or raises it)
            self.finished.emit(kind, generation, None, exc)


class DbWorker(QObject):
    _submit = Signal(str, int, object)

    def __init__(self, desk: Desk, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._reader = desk.open_worker()
        self._runner = _Runner(self._reader)
        self._thread = QThread()
        self._thread.setObjectName("salon-desk-reader")
        self._runner.moveToThread(self._thread)
        self._submit.connect(self._runner.run)
        self._runner.finished.connect(self._deliver)
        self._generation: dict[str, int] = {}
        self._callbacks: dict[str, Callable[[Any, Exception | None], None]] = {}
        self._thread.start()

    def submit(self, kind: str, job: Callable[[Desk], Any], callback: Callable[[Any, Exception | None], None]) -> None:
        """Run job(reader desk) on the reader thread; callback(result, error) runs later on the GUI thread."""
        generation = self._generation.get(kind, 0) + 1
        self._generation[kind] = generation
        self._callbacks[kind] = callback
        self._submit.emit(kind, generation, job)

    def _deliver(self, kind: str, generation: int, result: Any, error: Exception | None) -> None:
        if generation == self._generation.get(kind):  # an older request's answer is dropped
            self._callbacks[kind](result, error)

    def shutdown(self) -> None:
        if self._thread.isRunning():
            self._thread.quit()
            self._thread.wait()
            self._reader.close()
