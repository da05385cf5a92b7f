"""The operation runner: database work off the GUI thread (after Anki's CollectionOp/QueryOp and taskman,
and Picard's run_task).

One worker thread, with its own Desk (the same principal on its own SQLCipher connection), runs the jobs one
at a time in the order they came. A job is `job(desk, progress)`: it runs on the worker and touches no
widgets; a long one reports through `progress.update()` and stops when `progress.cancelled` by raising
Cancelled (`progress.check()` does both). Its outcome comes back to the GUI thread through a queued signal:
the result to `success`; a user-facing error to `failure`, or by default one translated line through the
dialog service; a bug to the log and the crash dialog. Writes on the worker connection notify the hub on
the worker thread: screens listen through ui/changes.py, which re-posts to the GUI thread.
"""
from __future__ import annotations

import logging
import time
from typing import Any, Callable

import shiboken6
from PySide6.QtCore import SIGNAL, QObject, Qt, QThread, QTimer, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from desktop import faults
from desktop.desk import Desk
from desktop.kernel.errors import SalonError
from desktop.kernel.principal import SessionEnded
from desktop.kernel.progress import Cancelled, Progress
from ui import crash, dialogs as dialog_module
from ui.dialogs import message_of

__all__ = ["Cancelled", "Operation", "OperationRunner", "Progress"]

SHOW_AFTER = 0.3  # seconds: quicker jobs never flash a progress dialog
POLL_MS = 100
logger = logging.getLogger("salon_desk.ops")

Job = Callable[[Desk, Progress], Any]


class Operation:
    """One submitted job. `done` turns true on the GUI thread once its outcome was handled."""

    def __init__(self, job: Job, success: Callable[[Any], None] | None, failure: Callable[[Exception], None] | None,
                 label: str | None, cancellable: bool, parent: QWidget | None, key: str | None) -> None:
        self.job, self.success, self.failure = job, success, failure
        self.label, self.cancellable, self.parent, self.key = label, cancellable, parent, key
        self.progress = Progress()
        self.submitted = time.monotonic()
        self.done = False
        self.superseded = False
        self.dialog: QProgressDialog | None = None

    @property
    def shows_progress(self) -> bool:
        return self.label is not None or self.cancellable

    def cancel(self) -> None:
        self.progress.cancel()


class _Worker(QObject):
    finished = Signal(object, object, object)  # operation, result, error

    def __init__(self, desk: Desk) -> None:
        super().__init__()
        self.desk = desk

    @Slot(object)
    def run(self, op: Operation) -> None:
        try:
            op.progress.check()  # cancelled or superseded while it waited
            result = op.job(self.desk, op.progress)
        except Exception as exc:  # noqa: BLE001 (the GUI thread shows it, or logs it as a bug)
            if not isinstance(exc, OSError):  # files are told as they are; the database's faults in plain words
                exc = faults.expected(exc)
            self.finished.emit(op, None, exc)
        else:
            self.finished.emit(op, result, None)


class OperationRunner(QObject):
    """The database worker of one signed-in Desk. Call shutdown() before the Desk goes (quit or lock)."""

    finished = Signal(object)  # the Operation, once its callbacks ran
    session_ended = Signal(str)  # a job found the session over: the main window signs out
    _submit = Signal(object)

    def __init__(self, desk: Desk, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._worker_desk = desk.open_worker()
        self._worker = _Worker(self._worker_desk)
        self._thread = QThread()
        self._thread.setObjectName("salon-desk-db")
        self._worker.moveToThread(self._thread)
        self._submit.connect(self._worker.run)
        self._worker.finished.connect(self._deliver)
        self._active: list[Operation] = []
        self._latest: dict[str, Operation] = {}
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._poll)
        self._closed = False
        self._thread.start()

    def run(self, job: Job, *, success: Callable[[Any], None] | None = None,
            failure: Callable[[Exception], None] | None = None, progress_label: str | None = None,
            cancellable: bool = False, parent: QWidget | None = None, key: str | None = None) -> Operation:
        """Queue `job(desk, progress)` on the worker.

        success(result) and failure(error) run on the GUI thread, and not at all once `parent` is deleted.
        failure gets user-facing errors only (SalonError, OSError); without it they are shown as one line.
        A progress dialog appears after 0.3 s when there is a `progress_label` (with Cancel if `cancellable`).
        A newer job with the same `key` supersedes this one: it is skipped if it has not started, and its
        result is dropped if it has (the newest read wins).
        """
        op = Operation(job, success, failure, progress_label, cancellable, parent, key)
        if self._closed:
            op.done = True
            return op
        if key is not None:
            previous = self._latest.get(key)
            if previous is not None:
                previous.superseded = True
                previous.cancel()
            self._latest[key] = op
        self._active.append(op)
        if op.shows_progress and not self._timer.isActive():
            self._timer.start()
        self._submit.emit(op)
        return op

    @Slot(object, object, object)
    def _deliver(self, op: Operation, result: Any, error: Exception | None) -> None:
        op.done = True
        if op in self._active:
            self._active.remove(op)
        if op.key is not None and self._latest.get(op.key) is op:
            del self._latest[op.key]
        self._close_dialog(op)
        if self._closed:
            return
        try:
            if op.superseded or isinstance(error, Cancelled):
                return
            parent = op.parent if op.parent is None or shiboken6.isValid(op.parent) else None
            if op.parent is not None and parent is None:
                if error is not None and not isinstance(error, (SalonError, OSError)):
                    crash.report(error)
                return
            if error is None:
                if op.success is not None:
                    op.success(result)
            else:
                self._fail(op, error, parent)
        finally:
            self.finished.emit(op)

    def _fail(self, op: Operation, error: Exception, parent: QWidget | None) -> None:
        """The default split (design/code-style.md, "Two kinds of errors")."""
        if isinstance(error, SessionEnded) and self.receivers(SIGNAL("session_ended(QString)")) > 0:
            self.session_ended.emit(message_of(error))
        elif isinstance(error, (SalonError, OSError)):
            logger.info("Operation stopped: %s", error)
            if op.failure is not None:
                op.failure(error)
            else:
                dialog_module.dialogs.error(parent, message_of(error))
        else:
            crash.report(error, parent)

    # -- progress ------------------------------------------------------------------------------------------
    def _poll(self) -> None:
        now = time.monotonic()
        showing = [op for op in self._active if op.shows_progress]
        if not showing:
            self._timer.stop()
        for op in showing:
            if op.done or op.progress.cancelled or now - op.submitted < SHOW_AFTER:
                continue
            if op.dialog is None:
                op.dialog = self._progress_dialog(op)
            done, total, label = op.progress.snapshot()
            if label:
                op.dialog.setLabelText(label)
            op.dialog.setMaximum(max(total, 0))
            if total:
                op.dialog.setValue(min(done, total))

    def _progress_dialog(self, op: Operation) -> QProgressDialog:
        parent = op.parent if op.parent is not None and shiboken6.isValid(op.parent) else None
        cancel = self.tr("Cancel") if op.cancellable else None
        dialog = QProgressDialog(op.label or "", cancel, 0, 0, parent)
        dialog.setObjectName("operationProgress")
        dialog.setWindowTitle(self.tr("Salon Desk"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumWidth(420)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        if op.cancellable:
            dialog.canceled.connect(op.cancel)
        dialog.show()
        return dialog

    def _close_dialog(self, op: Operation) -> None:
        if op.dialog is not None:
            dialog, op.dialog = op.dialog, None
            dialog.hide()
            dialog.deleteLater()

    # -- end -----------------------------------------------------------------------------------------------
    def shutdown(self) -> None:
        """Stop waiting jobs, let the running one finish (asked to cancel), close the worker's connection."""
        if self._closed:
            return
        self._closed = True
        self._timer.stop()
        for op in self._active:
            op.cancel()
            self._close_dialog(op)
        self._thread.quit()
        self._thread.wait()
        self._worker_desk.close()
