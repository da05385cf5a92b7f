"""Restore a backup on a new PC, from the first-run wizard: choose the file, type the recovery code, and the salon
is back; the key goes into this PC's keyring and staff sign in with their usual passwords.

The work (the recovery code's Argon2, the copy, the erasures made after the backup, verify) runs on a thread of
its own; this dialog polls its progress every 100 ms and touches no file but the backup's header."""
from __future__ import annotations

import threading

from PySide6.QtCore import QTimer, Signal, Slot
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QProgressBar,
                               QPushButton, QVBoxLayout, QWidget)

from desktop.backup import restore
from desktop.backup.files import SUFFIX
from desktop.i18n import translate
from desktop.kernel.errors import SalonError
from desktop.kernel.progress import Progress
from desktop.paths import Layout
from desktop.salon import Salon
from desktop.timefmt import local
from ui import crash, dialogs as dialog_module
from ui.dialogs import message_of


class RestoreDialog(QDialog):
    _done = Signal(object, bool)   # Salon, key saved in the keyring
    _failed = Signal(object)       # the error

    def __init__(self, layout: Layout, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.layout_ = layout
        self.salon: Salon | None = None
        self.key_saved = False
        self._progress: Progress | None = None
        self.setWindowTitle(self.tr("Restore a backup"))
        self.setMinimumWidth(560)
        intro = QLabel(self.tr("Choose the backup file (on the USB drive or the network folder) and type the recovery "
                               "code printed when the salon was set up. Staff then sign in with their usual "
                               "passwords."))
        intro.setWordWrap(True)
        self.file_edit = QLineEdit()
        self.file_edit.setObjectName("backupFile")
        self.file_edit.textChanged.connect(self._describe)
        choose = QPushButton(self.tr("Choose…"))
        choose.setObjectName("chooseBackup")
        choose.clicked.connect(self.choose)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(choose)
        self.about = QLabel()
        self.about.setObjectName("hint")
        self.about.setWordWrap(True)
        self.code_edit = QLineEdit()
        self.code_edit.setObjectName("recoveryCode")
        self.code_edit.setPlaceholderText("ABCDE-12345-FGHJK-67890")
        form = QFormLayout()
        form.addRow(self.tr("Backup file"), file_row)
        form.addRow("", self.about)
        form.addRow(self.tr("Recovery code"), self.code_edit)
        self.bar = QProgressBar()
        self.bar.setObjectName("restoreProgress")
        self.bar.setRange(0, 1000)
        self.bar.hide()
        self.step = QLabel()
        self.step.setObjectName("hint")
        self.error_label = QLabel()
        self.error_label.setObjectName("error")
        self.error_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.restore_button.setText(self.tr("Restore"))
        self.restore_button.setObjectName("restoreButton")
        self.buttons.accepted.connect(self.restore)
        self.buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        for widget in (intro,):
            column.addWidget(widget)
        column.addLayout(form)
        for widget in (self.bar, self.step, self.error_label):
            column.addWidget(widget)
        column.addStretch()
        column.addWidget(self.buttons)
        self._poll = QTimer(self)
        self._poll.setInterval(100)
        self._poll.timeout.connect(self._show_progress)
        self._done.connect(self._restored)
        self._failed.connect(self._refused)

    def choose(self) -> None:
        path = dialog_module.dialogs.open_file(self, self.tr("Choose the backup"),
                                               self.tr("Salon Desk backups (*{suffix})").format(suffix=SUFFIX))
        if path:
            self.file_edit.setText(path)

    def _describe(self, path: str) -> None:
        """The salon and the date the backup holds, read from its header (no key needed). The field widens to show
        the whole path (a USB drive's folders included), as wide as a 1366 px screen allows."""
        from desktop.backup.files import describe

        self.file_edit.ensurePolished()  # the style sheet's font, before the dialog is first shown
        self.file_edit.setMinimumWidth(min(self.file_edit.fontMetrics().horizontalAdvance(path) + 16, 900))
        if self.isVisible():
            self.adjustSize()
        try:
            salon, created_at = describe(path)
        except (SalonError, OSError):
            self.about.clear()
            return
        self.about.setText(self.tr("Backup of {salon} made on {date}.").format(salon=salon, date=local(created_at)))

    def restore(self) -> None:
        path, code = self.file_edit.text().strip(), self.code_edit.text()
        if not path:
            self.error_label.setText(self.tr("Choose the backup file first."))
            return
        self.error_label.clear()
        self._busy(True)
        progress = self._progress = Progress()

        def work() -> None:
            try:
                salon, saved = restore.restore_new_salon(self.layout_, path, code, progress=progress)
            except Exception as exc:  # noqa: BLE001 (shown on the GUI thread: one line, or the crash dialog)
                self._failed.emit(exc)
            else:
                self._done.emit(salon, saved)
        threading.Thread(target=work, name="salon-desk-restore", daemon=True).start()

    def _busy(self, busy: bool) -> None:
        for widget in (self.file_edit, self.code_edit, self.restore_button):
            widget.setEnabled(not busy)
        self.bar.setVisible(busy)
        self.bar.setValue(0)
        self.step.setText(self.tr("Opening the backup with the recovery code…") if busy else "")
        if busy:
            self._poll.start()
        else:
            self._poll.stop()

    def _show_progress(self) -> None:
        if self._progress is None:
            return
        done, total, label = self._progress.snapshot()
        if total:
            self.bar.setValue(1000 * done // total)
        if label:
            self.step.setText(translate("Backup", label))

    @Slot(object, bool)
    def _restored(self, salon: Salon, saved: bool) -> None:
        self._busy(False)
        self.salon, self.key_saved = salon, saved
        self.accept()

    @Slot(object)
    def _refused(self, error: Exception) -> None:
        self._busy(False)
        if not isinstance(error, (SalonError, OSError)):
            crash.report(error, self)
        self.error_label.setText(message_of(error))

    def reject(self) -> None:
        if self._poll.isActive():  # a restore is running: it finishes or fails by itself, never half done
            return
        super().reject()
