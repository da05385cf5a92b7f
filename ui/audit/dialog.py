"""The audit log viewer (owner): who did what and when, filtered by staff member, action and period, newest
first, a page at a time, and exportable as CSV. Every read and the export run on the database worker."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QDateEdit, QDialog, QDialogButtonBox,
                               QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget)

from desktop.desk import Desk
from ui import dialogs as dialog_module
from ui.audit.labels import action_label
from ui.audit.model import AuditTableModel
from ui.ops import OperationRunner

PAGE = 200


class AuditLogDialog(QDialog):
    loaded = Signal()  # the table shows the latest read

    def __init__(self, desk: Desk, ops: OperationRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk, self.ops = desk, ops
        self.limit = PAGE
        self.setWindowTitle(self.tr("Audit log"))
        self.resize(1180, 620)
        self.staff_combo = QComboBox()
        self.staff_combo.addItem(self.tr("Everyone"), None)
        self.action_combo = QComboBox()
        self.action_combo.addItem(self.tr("All actions"), None)
        self.period_box = QCheckBox(self.tr("From"))
        self.since_edit = QDateEdit(QDate.currentDate().addMonths(-1))
        self.until_edit = QDateEdit(QDate.currentDate())
        for edit in (self.since_edit, self.until_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd/MM/yyyy")
            edit.setEnabled(False)
            edit.dateChanged.connect(lambda _date: self.reload())
            self.period_box.toggled.connect(edit.setEnabled)
        self.period_box.toggled.connect(lambda _on: self.reload())
        filters = QHBoxLayout()
        for widget in (QLabel(self.tr("Staff member")), self.staff_combo, QLabel(self.tr("Action")), self.action_combo,
                       self.period_box, self.since_edit, QLabel(self.tr("to")), self.until_edit):
            filters.addWidget(widget)
        filters.addStretch()
        self.model = AuditTableModel(self)
        self.table = QTableView()
        self.table.setObjectName("auditTable")
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)  # an id is elided at its end, never broken at a hyphen
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((135, 170, 250, 390)):  # a whole record id fits; French headers too
            self.table.setColumnWidth(column, max(width, header.sectionSizeHint(column)))
        hint = QLabel(self.tr("The log names records by their id and never holds client contact details."))
        hint.setObjectName("hint")
        self.count_label = QLabel()
        self.status_label = QLabel()
        self.status_label.setObjectName("hint")
        self.more_button = QPushButton(self.tr("Show older entries"))
        self.more_button.clicked.connect(lambda: self.reload(more=True))
        self.export_button = QPushButton(self.tr("Export CSV…"))
        self.export_button.clicked.connect(self.export)
        bottom = QHBoxLayout()
        for widget in (self.count_label, self.status_label):
            bottom.addWidget(widget)
        bottom.addStretch()
        bottom.addWidget(self.more_button)
        bottom.addWidget(self.export_button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table)
        layout.addWidget(hint)
        layout.addLayout(bottom)
        layout.addWidget(close)
        self.ops.run(lambda worker, _progress: ([(p["login"], p["display_name"]) for p in worker.staff.list()],
                                                worker.audit.actions()),
                     success=self._choices, parent=self)

    def _choices(self, choices: tuple[list[tuple[str, str]], list[str]]) -> None:
        staff, actions = choices
        for combo in (self.staff_combo, self.action_combo):
            combo.blockSignals(True)
        for login, name in staff:
            self.staff_combo.addItem(f"{name} ({login})" if name else login, login)
        for code in sorted(actions, key=action_label):
            self.action_combo.addItem(action_label(code), code)
        for combo in (self.staff_combo, self.action_combo):
            combo.blockSignals(False)
            combo.currentIndexChanged.connect(lambda _index: self.reload())
        self.reload()

    def filters(self) -> dict:
        since = until = None
        if self.period_box.isChecked():
            since = self.since_edit.date().toString("yyyy-MM-dd")
            until = self.until_edit.date().addDays(1).toString("yyyy-MM-dd")  # the service's `until` is exclusive
        return {"staff_login": self.staff_combo.currentData(), "action": self.action_combo.currentData(),
                "since": since, "until": until}

    def reload(self, more: bool = False) -> None:
        """The newest entries matching the filters; `more` adds a page of older ones."""
        self.limit = self.limit + PAGE if more else PAGE
        filters, limit = self.filters(), self.limit
        self.ops.run(lambda worker, _progress: worker.audit.entries(limit=limit, **filters), success=self._show,
                     key="audit", parent=self)

    def _show(self, entries: list[dict]) -> None:
        self.model.set_rows(entries)
        self.count_label.setText(self.tr("%n entry(ies) shown", "", len(entries)))
        self.more_button.setEnabled(len(entries) >= self.limit)
        self.loaded.emit()

    def export(self) -> None:
        path = dialog_module.dialogs.save_file(self, self.tr("Export the audit log"), self.tr("audit-log.csv"),
                                               self.tr("CSV files (*.csv)"))
        if not path:
            return
        filters = self.filters()
        self.status_label.clear()

        def done(count: int) -> None:
            self.status_label.setText(self.tr("%n row(s) written to {file}.", "", count).format(file=Path(path).name))
        self.ops.run(lambda worker, _progress: worker.audit.export(path, **filters), success=done,
                     progress_label=self.tr("Exporting the audit log…"), parent=self)
