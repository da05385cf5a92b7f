"""How far a long job has gone, and whether someone asked it to stop.

Shared by two threads and Qt-free: the job (on the database worker) calls update() and polls `cancelled`
(or calls check()); the screen that shows it reads snapshot() and calls cancel() from its Cancel button.
"""
from __future__ import annotations

import threading


class Cancelled(Exception):
    """Raised by a job that stops because it was cancelled. Inside desk.transaction() it rolls back."""


class Progress:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._done = 0
        self._total = 0
        self._label: str | None = None
        self._cancelled = threading.Event()

    def update(self, done: int, total: int = 0, label: str | None = None) -> None:
        """`done` of `total` steps (total 0: unknown); `label`, if given, replaces the text shown."""
        with self._lock:
            self._done, self._total = done, total
            if label is not None:
                self._label = label

    def snapshot(self) -> tuple[int, int, str | None]:
        with self._lock:
            return self._done, self._total, self._label

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def cancel(self) -> None:
        self._cancelled.set()

    def check(self) -> None:
        """Raise Cancelled if the job was asked to stop."""
        if self._cancelled.is_set():
            raise Cancelled()
