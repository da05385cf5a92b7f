"""The consent register screen: every decision, filtered by client, channel and period, exportable as CSV,
with the marketing audience and the suppression list. Exports run on the database worker."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QDateEdit, QDialog, QDialogButtonBox,
                               QHBoxLayout, QHeaderView, QLabel, QLineEdit, QMenu, QPushButton, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from desktop import timefmt
from desktop.consent.rules import CHANNEL_LABELS, METHOD_LABELS, STATUS_LABELS
from desktop.desk import Desk
from desktop.i18n import translate
from ui import dialogs as dialog_module
from ui.ops import OperationRunner


class ConsentRegisterDialog(QDialog):
    def __init__(self, desk: Desk, ops: OperationRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.ops = ops
        self.setWindowTitle(self.tr("Consent register"))
        self.resize(980, 520)
        self.client_edit = QLineEdit()
        self.client_edit.setPlaceholderText(self.tr("Client name (all clients if empty)"))
        self.channel_combo = QComboBox()
        self.channel_combo.addItem(self.tr("Both channels"), None)
        for channel, label in CHANNEL_LABELS.items():  # the platform's newsletter too, read-only like the rest
            self.channel_combo.addItem(translate("Consent", label), channel)
        self.period_box = QCheckBox(self.tr("From"))
        self.since_edit = QDateEdit(QDate.currentDate().addMonths(-1))
        self.until_edit = QDateEdit(QDate.currentDate())
        for edit in (self.since_edit, self.until_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd/MM/yyyy")
        filters = QHBoxLayout()
        filters.addWidget(self.client_edit, 2)
        filters.addWidget(self.channel_combo)
        filters.addWidget(self.period_box)
        filters.addWidget(self.since_edit)
        filters.addWidget(QLabel(self.tr("to")))
        filters.addWidget(self.until_edit)
        show = QPushButton(self.tr("Show"))
        show.clicked.connect(self.reload)
        filters.addWidget(show)
        self.table = QTableWidget(0, 7)
        self.table.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Client"), self.tr("Channel"),
                                              self.tr("Decision"), self.tr("How"), self.tr("Recorded by"),
                                              self.tr("Text")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.count_label = QLabel()
        self.status_label = QLabel()
        self.status_label.setObjectName("hint")
        export = QPushButton(self.tr("Export CSV…"))
        export.clicked.connect(self.export)
        lists = QPushButton(self.tr("Mailing lists"))
        menu = QMenu(lists)
        menu.addAction(self.tr("Audience: email (CSV)…"), lambda: self.export_audience("email"))
        menu.addAction(self.tr("Audience: SMS (CSV)…"), lambda: self.export_audience("sms"))
        menu.addAction(self.tr("Suppression list (CSV)…"), self.export_suppression)
        lists.setMenu(menu)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label)
        bottom.addWidget(self.status_label)
        bottom.addStretch()
        bottom.addWidget(lists)
        bottom.addWidget(export)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table)
        layout.addLayout(bottom)
        layout.addWidget(close)
        self.client_edit.returnPressed.connect(self.reload)
        self.reload()

    def filters(self) -> dict:
        text = self.client_edit.text().strip()
        since = until = None
        if self.period_box.isChecked():
            since = self.since_edit.date().toString("yyyy-MM-dd")
            until = self.until_edit.date().addDays(1).toString("yyyy-MM-dd")
        return {"client_ids": self.desk.clients.search(text) if text else None,
                "channel": self.channel_combo.currentData(), "since": since, "until": until}

    def reload(self) -> None:
        rows = self.desk.consent_exports.register_rows(**self.filters())
        rows.reverse()  # newest first
        self.table.setRowCount(len(rows))
        for i, row in enumerate(rows):
            cells = (timefmt.local(row[6]), f"{row[2]} {row[3]}", translate("Consent", CHANNEL_LABELS[row[4]]),
                     translate("Consent", STATUS_LABELS[row[5]]), translate("Consent", METHOD_LABELS[row[9]]),
                     row[10] or row[11] or "", f"v{row[12]}" if row[12] else "")
            for column, text in enumerate(cells):
                self.table.setItem(i, column, QTableWidgetItem(text))
        self.count_label.setText(self.tr("%n decision(s)", "", len(rows)))

    def export(self) -> None:
        path = self._ask(self.tr("Export the consent register"), self.tr("consent-register.csv"))
        if path:
            filters = self.filters()
            self._run(path, lambda desk, _progress: desk.consent_exports.register(path, **filters),
                      self.tr("Exporting the consent register…"))

    def export_audience(self, channel: str) -> None:
        """Clients with a current grant on this channel: who may receive marketing there."""
        path = self._ask(self.tr("Export the marketing audience"),
                         self.tr("audience-{channel}.csv").format(channel=channel))
        if path:
            self._run(path, lambda desk, _progress: desk.consent_exports.audience(channel, path),
                      self.tr("Exporting the marketing audience…"))

    def export_suppression(self) -> None:
        """Everyone who refused or withdrew: never to be contacted for marketing on that channel."""
        path = self._ask(self.tr("Export the suppression list"), self.tr("suppression.csv"))
        if path:
            self._run(path, lambda desk, _progress: desk.consent_exports.suppression(path),
                      self.tr("Exporting the suppression list…"))

    def _ask(self, title: str, suggested: str) -> str | None:
        return dialog_module.dialogs.save_file(self, title, suggested, self.tr("CSV files (*.csv)"))

    def _run(self, path: str, job, label: str) -> None:
        self.status_label.clear()

        def done(count: int) -> None:
            self.status_label.setText(self.tr("%n row(s) written to {file}.", "", count).format(file=Path(path).name))
        self.ops.run(job, success=done, progress_label=label, parent=self)
