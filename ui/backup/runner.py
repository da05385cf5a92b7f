"""The scheduled backup as the GUI sees it: desktop/backup/scheduler.py works on APScheduler's thread and reports
through one callback; this object re-posts each report to the GUI thread as a signal. Owned by the app's
controller for as long as the salon is open (signed in or locked), so backups go on behind the idle lock."""
from __future__ import annotations

from PySide6.QtCore import QEventLoop, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from desktop.backup.config import Status
from desktop.backup.scheduler import BackupScheduler
from desktop.i18n import translate
from desktop.kernel.errors import SalonError
from desktop.salon import Salon
from ui import crash
from ui.dialogs import message_of

SCALE = 1000  # progress is sent as thousandths (a byte count overflows a Qt int past 2 GiB)


class BackupRunner(QObject):
    status_changed = Signal(object)   # desktop.backup.config.Status
    started = Signal()
    progress = Signal(int, str)       # thousandths done, translated label
    finished = Signal(object)         # the backup's result: path, bytes, fingerprint, verified, ...
    failed = Signal(str)              # one translated line
    _report = Signal(str, object)

    def __init__(self, salon: Salon, parent: QObject | None = None, **timing) -> None:
        super().__init__(parent)
        self._report.connect(self._dispatch, Qt.ConnectionType.QueuedConnection)
        self.scheduler = BackupScheduler(lambda: salon.system_worker("backup"), salon.layout, self._report.emit,
                                         **timing)
        self.status: Status | None = None
        self.running = False

    def start(self) -> None:
        self.scheduler.start()

    def back_up_now(self) -> None:
        """"Back up now": the scheduled job, at once (joining one already running)."""
        self.scheduler.run_now()

    def refresh(self) -> None:
        self.scheduler.refresh()

    @Slot(str, object)
    def _dispatch(self, kind: str, payload) -> None:
        if kind == "status":
            self.status = payload
            self.status_changed.emit(payload)
        elif kind == "started":
            self.running = True
            self.started.emit()
        elif kind == "progress":
            done, total, label = payload
            self.progress.emit(SCALE * done // total if total else 0, translate("Backup", label) if label else "")
        elif kind == "done":
            self.running = False
            self.finished.emit(payload)
        elif kind == "cancelled":
            self.running = False
            self.failed.emit(self.tr("The backup was stopped; no backup file was left half written."))
        elif kind == "failed":
            self.running = False
            if not isinstance(payload, (SalonError, OSError)):
                crash.report(payload)
            self.failed.emit(message_of(payload))

    def back_up_before_closing(self, parent: QWidget | None = None) -> None:
        """If today's backup is missing, make it before the app closes, with a progress window whose Skip
        button stops it cleanly. The work stays on the scheduler's thread; this loop only keeps painting."""
        if not self.running and (self.status is None or not self.status.due):
            return
        finished = self.scheduler.run_now()
        dialog = QProgressDialog(self.tr("Saving today's backup before closing…"), self.tr("Skip"), 0, SCALE, parent)
        dialog.setObjectName("closingBackup")
        dialog.setWindowTitle(self.tr("Salon Desk"))
        dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setMinimumWidth(420)
        dialog.canceled.connect(self.scheduler.cancel)
        self.progress.connect(dialog.setValue)
        loop = QEventLoop()
        poll = QTimer()
        poll.setInterval(50)
        poll.timeout.connect(lambda: finished.is_set() and loop.quit())
        poll.start()
        dialog.show()
        loop.exec()
        poll.stop()
        self.progress.disconnect(dialog.setValue)
        dialog.close()
        dialog.deleteLater()

    def shutdown(self) -> None:
        self.scheduler.shutdown()
