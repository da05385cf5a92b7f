"""The main window's backup memo (no good backup for more than 3 days, or the backup folder is missing) with
"Back up now", and the status bar's backup progress. Both only listen to the BackupRunner: no file is looked at
on the GUI thread."""
from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from desktop.backup.config import Status
from desktop.i18n import translate
from ui.backup.runner import SCALE, BackupRunner

DONE_SHOWN_MS = 15_000


class BackupMemo(QFrame):
    def __init__(self, runner: BackupRunner, *, owner: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backupMemo")
        self.setStyleSheet("QFrame#backupMemo { background: #fdeee0; border: 1px solid #ebc39c; border-radius: 4px; }"
                           " QLabel#backupMemoText { padding: 6px; }")
        self.runner, self.owner = runner, owner
        self.text = QLabel()
        self.text.setObjectName("backupMemoText")
        self.text.setWordWrap(True)
        self.button = QPushButton(self.tr("Back up now"))
        self.button.setObjectName("backupNow")
        self.button.clicked.connect(self.back_up_now)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 6, 0)
        row.addWidget(self.text, 1)
        row.addWidget(self.button)
        self.hide()
        runner.status_changed.connect(self.show_status)  # methods, not lambdas: they go with this widget
        runner.started.connect(self._started)
        runner.finished.connect(self._ended)
        runner.failed.connect(self._ended)
        if runner.status is not None:
            self.show_status(runner.status)
        else:
            runner.refresh()

    def back_up_now(self) -> None:
        self.button.setEnabled(False)
        self.runner.back_up_now()

    def _started(self) -> None:
        self.button.setEnabled(False)

    def _ended(self, _outcome) -> None:
        self.button.setEnabled(True)

    def lines(self, status: Status) -> list[str]:
        lines = []
        if status.folder_missing:
            lines.append(self.tr("The backup folder {folder} cannot be found (an unplugged USB drive?). Plug it in, "
                                 "then back up.").format(folder=html.escape(str(status.folder))))
        elif status.last_ok_at is None:
            lines.append(self.tr("The salon's data has never been backed up."))
        elif status.stale:
            lines.append(self.tr("The last good backup is %n day(s) old.", "", status.age_days or 0))
        if lines and status.last_error is not None:
            lines.append(self.tr("The last attempt failed. {error}").format(
                error=html.escape(status.last_error.message(translate))))
        if not lines and status.on_this_pc and self.owner:
            lines.append(self.tr("Backups go to a folder on this PC: they protect against mistakes, not against a "
                                 "lost or broken PC. Choose a USB drive or a network folder in Salon › Backups…"))
        return lines

    def show_status(self, status: Status) -> None:
        lines = self.lines(status)
        self.text.setText("<br>".join(lines))
        self.button.setVisible(status.needs_memo)
        self.button.setEnabled(not self.runner.running)
        self.setVisible(bool(lines))


class BackupStatus(QWidget):
    """In the status bar: the running backup's step and progress, then its outcome for a while."""

    def __init__(self, runner: BackupRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel()
        self.label.setObjectName("backupStatus")
        self.bar = QProgressBar()
        self.bar.setObjectName("backupProgress")
        self.bar.setRange(0, SCALE)
        self.bar.setMaximumWidth(160)
        self.bar.setTextVisible(False)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 8, 0)
        row.addWidget(self.label)
        row.addWidget(self.bar)
        self.bar.hide()
        self._clear = QTimer(self)
        self._clear.setSingleShot(True)
        self._clear.timeout.connect(self.label.clear)
        runner.started.connect(self._started)
        runner.progress.connect(self._progress)
        runner.finished.connect(self._finished)
        runner.failed.connect(self._failed)
        if runner.running:
            self._started()

    def _started(self) -> None:
        self._clear.stop()
        self.bar.setValue(0)
        self.bar.show()
        self.label.setText(self.tr("Backing up…"))

    def _progress(self, value: int, label: str) -> None:
        self.bar.show()
        self.bar.setValue(value)
        if label:
            self.label.setText(label)

    def _finished(self, result: dict) -> None:
        self.bar.hide()
        self.label.setText(self.tr("Backup done and verified: {file}").format(file=Path(result["path"]).name))
        self._clear.start(DONE_SHOWN_MS)

    def _failed(self, message: str) -> None:
        self.bar.hide()
        self.label.setText(self.tr("Backup failed"))
        self.label.setToolTip(message)
