"""Salon › Backups… (owner): this PC's backup folder and rotation, the backups there with their size and
fingerprint, "Back up now", "Check", and "Restore…" in place after typing the password again.

Reading the folder, checking a file and preparing a restore run on the window's database worker (a folder may be
a slow network drive); the restore's second half, the swap, is the app controller's (it must close every
connection first): once this dialog has closed, its `staged` restore goes to the controller."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QHeaderView,
                               QLabel, QPushButton, QSpinBox, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from desktop.backup.config import KEEP_BOUNDS
from desktop.desk import Desk
from desktop.kernel.errors import SalonError
from desktop.timefmt import local
from ui import dialogs as dialog_module
from ui.backup.runner import BackupRunner
from ui.dialogs import message_of
from ui.ops import OperationRunner


def short(fingerprint: str) -> str:
    return "-".join(fingerprint[i:i + 4] for i in range(0, 16, 4)).upper() if fingerprint else "—"


class BackupsDialog(QDialog):

    def __init__(self, desk: Desk, ops: OperationRunner, runner: BackupRunner | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk, self.ops, self.runner = desk, ops, runner
        self.staged = None  # a desktop.backup.restore.Staged once a restore is prepared
        self.setWindowTitle(self.tr("Backups"))
        self.resize(760, 520)
        settings = desk.backups.settings()
        self.folder_label = QLabel(settings["folder"])
        self.folder_label.setObjectName("backupFolder")
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.folder_label.setWordWrap(True)
        choose = QPushButton(self.tr("Choose another folder…"))
        choose.setObjectName("chooseFolder")
        choose.clicked.connect(self.choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_label, 1)
        folder_row.addWidget(choose)
        self.warning = QLabel(self.tr("This folder is on this PC: it protects against mistakes, not against a lost or "
                                      "broken PC. Choose a USB drive, a network folder, or a folder another program "
                                      "copies to the cloud."))
        self.warning.setObjectName("error")
        self.warning.setWordWrap(True)
        self.warning.setVisible(settings["on_this_pc"])
        self.keep: dict[str, QSpinBox] = {}
        keep_row = QHBoxLayout()
        for name, text in (("daily", self.tr("daily")), ("weekly", self.tr("weekly")), ("monthly", self.tr("monthly"))):
            box = QSpinBox()
            box.setObjectName(f"keep_{name}")
            box.setRange(*KEEP_BOUNDS[name])
            box.setValue(settings[name])
            box.valueChanged.connect(self._keep_changed)
            self.keep[name] = box
            keep_row.addWidget(box)
            keep_row.addWidget(QLabel(text))
        self.save_keep = QPushButton(self.tr("Save"))
        self.save_keep.setEnabled(False)
        self.save_keep.clicked.connect(self.save_rotation)
        keep_row.addWidget(self.save_keep)
        keep_row.addStretch()
        form = QFormLayout()
        form.addRow(self.tr("Backup folder"), folder_row)
        form.addRow("", self.warning)
        form.addRow(self.tr("Keep"), keep_row)

        self.table = QTableWidget(0, 3)
        self.table.setObjectName("backupTable")
        self.table.setHorizontalHeaderLabels([self.tr("Made on"), self.tr("Size"), self.tr("Fingerprint")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selection)
        self.empty = QLabel()
        self.empty.setObjectName("hint")
        self.now_button = QPushButton(self.tr("Back up now"))
        self.now_button.setObjectName("backupNow")
        self.now_button.clicked.connect(self.back_up_now)
        self.now_button.setEnabled(runner is not None)
        self.check_button = QPushButton(self.tr("Check"))
        self.check_button.setObjectName("checkBackup")
        self.check_button.clicked.connect(self.check_selected)
        self.restore_button = QPushButton(self.tr("Restore…"))
        self.restore_button.setObjectName("restoreInPlace")
        self.restore_button.clicked.connect(self.restore_selected)
        actions = QHBoxLayout()
        for button in (self.now_button, self.check_button, self.restore_button):
            actions.addWidget(button)
        actions.addStretch()
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.addLayout(form)
        column.addWidget(self.table, 1)
        column.addWidget(self.empty)
        column.addLayout(actions)
        column.addWidget(close)
        self.paths: list[str] = []
        self._selection()
        if runner is not None:
            runner.finished.connect(self._backed_up)
        self.reload()

    def _backed_up(self, _result: dict) -> None:
        self.reload()

    # -- settings -----------------------------------------------------------------------------------------------
    def _keep_changed(self) -> None:
        self.save_keep.setEnabled(True)

    def save_rotation(self) -> None:
        try:
            self.desk.backups.configure(**{name: box.value() for name, box in self.keep.items()})
        except SalonError as exc:
            dialog_module.dialogs.error(self, message_of(exc))
            return
        self.save_keep.setEnabled(False)

    def choose_folder(self) -> None:
        folder = dialog_module.dialogs.choose_folder(self, self.tr("Choose the backup folder"),
                                                     self.folder_label.text())
        if not folder:
            return
        self.ops.run(lambda desk, _progress: desk.backups.configure(folder), success=self._configured, parent=self)

    def _configured(self, settings: dict) -> None:
        self.folder_label.setText(settings["folder"])
        self.warning.setVisible(settings["on_this_pc"])
        if self.runner is not None:
            self.runner.refresh()
        self.reload()

    # -- the list -------------------------------------------------------------------------------------------------
    def reload(self) -> None:
        self.ops.run(lambda desk, _progress: desk.backups.list(), success=self._show, parent=self, key="backup-list")

    def _show(self, found: dict) -> None:
        backups = [b for b in found["backups"] if not b["problem"]]
        self.paths = [b["path"] for b in backups]
        self.table.setRowCount(len(backups))
        for row, backup in enumerate(backups):
            for column, text in enumerate((local(backup["created_at"]), self.size_text(backup["bytes"]),
                                           short(backup["fingerprint"]))):
                item = QTableWidgetItem(text)
                item.setToolTip(backup["name"])
                self.table.setItem(row, column, item)
        if found["missing"]:
            self.empty.setText(self.tr("The backup folder cannot be found (an unplugged USB drive?)."))
        else:
            self.empty.setText("" if backups else self.tr("No backup in this folder yet."))
        self._selection()

    def size_text(self, count: int) -> str:
        if count >= 100 * 1024:
            return self.tr("{size} MB").format(size=QLocale().toString(count / 1_048_576, "f", 1))
        return self.tr("{size} kB").format(size=QLocale().toString(count / 1024, "f", 0))

    def selected(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return self.paths[rows[0].row()] if rows else None

    def _selection(self) -> None:
        chosen = self.selected() is not None
        self.check_button.setEnabled(chosen)
        self.restore_button.setEnabled(chosen)

    # -- actions ----------------------------------------------------------------------------------------------------
    def back_up_now(self) -> None:
        if self.runner is not None:
            self.runner.back_up_now()

    def check_selected(self) -> None:
        path = self.selected()
        if path is None:
            return
        self.ops.run(lambda desk, progress: desk.backups.verify(path, progress=progress), parent=self,
                     progress_label=self.tr("Checking the backup…"), cancellable=True,
                     success=lambda result: dialog_module.dialogs.info(
                         self, self.tr("Backups"),
                         self.tr("{file} passes every check: the file, its key and the database inside "
                                 "(fingerprint {fingerprint}).").format(file=Path(path).name,
                                                                         fingerprint=short(result["fingerprint"]))))

    def restore_selected(self) -> None:
        path = self.selected()
        if path is None:
            return
        if not dialog_module.dialogs.confirm(self, self.tr(
                "Restore the backup of {date}? Everything recorded since then is replaced by the backup (erasures "
                "made since are applied again). The current database is kept beside it, and everyone signs in "
                "again.").format(date=self.table.item(self.table.currentRow(), 0).text())):
            return
        password = dialog_module.dialogs.ask_password(self, self.tr("Type your password to restore a backup."))
        if password is None:
            return
        try:
            self.desk.reauthenticate(password)
        except SalonError as exc:
            dialog_module.dialogs.error(self, message_of(exc))
            return
        self.ops.run(lambda desk, progress: desk.backups.prepare_restore(path, progress=progress), parent=self,
                     progress_label=self.tr("Preparing the restore…"), cancellable=True, success=self._staged)

    def _staged(self, staged) -> None:
        self.staged = staged
        self.accept()
