"""The services catalogue (managers and the owner): add, edit, archive and restore what the salon offers."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView,
                               QLabel, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from desktop.booking.catalogue import price_text
from desktop.desk import Desk
from desktop.kernel.errors import SalonError
from ui import dialogs as dialog_module
from ui.dialogs import message_of
from ui.services.editor import ServiceEditor, swatch


class ServicesDialog(QDialog):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.setWindowTitle(self.tr("Services"))
        self.resize(820, 460)
        self.table = QTableWidget(0, 6)
        self.table.setObjectName("services")
        self.table.setHorizontalHeaderLabels([self.tr("Service"), self.tr("Category"), self.tr("Duration"),
                                              self.tr("Processing"), self.tr("Price"), self.tr("Status")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.itemActivated.connect(lambda _item: self.edit())
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.archived_box = QCheckBox(self.tr("Show archived services"))
        self.archived_box.toggled.connect(self.reload)
        note = QLabel(self.tr("Archived services can no longer be booked; past appointments keep them. Prices are "
                              "information only."))
        note.setObjectName("hint")
        note.setWordWrap(True)
        self.add_button = QPushButton(self.tr("&Add…"))
        self.add_button.clicked.connect(self.add)
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.edit_button.clicked.connect(self.edit)
        self.archive_button = QPushButton(self.tr("A&rchive"))
        self.archive_button.clicked.connect(self.toggle_archived)
        self.error_label = QLabel()
        self.error_label.setObjectName("error")
        self.error_label.setWordWrap(True)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.archive_button):
            buttons.addWidget(button)
        buttons.addStretch()
        buttons.addWidget(self.archived_box)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for item in (self.table, note, buttons, self.error_label, close):
            (layout.addLayout if isinstance(item, QHBoxLayout) else layout.addWidget)(item)
        self.rows: list[dict] = []
        self.reload()
        self.add_button.setFocus()

    def reload(self) -> None:
        selected = self.selected()
        self.rows = self.desk.catalogue.list(archived=self.archived_box.isChecked())
        self.table.setRowCount(len(self.rows))
        for i, row in enumerate(self.rows):
            processing = self.tr("{minutes} min").format(minutes=row["processing_minutes"]) \
                if row["processing_minutes"] else "—"
            cells = (row["name"], row["category"] or "—", self.tr("{minutes} min").format(minutes=row["minutes"]),
                     processing, price_text(row["price_cents"]) or "—",
                     self.tr("Active") if row["active"] else self.tr("Archived"))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 0:
                    item.setIcon(swatch(row["colour"]))
                if column in (2, 3, 4):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(i, column, item)
            if selected and row["id"] == selected["id"]:
                self.table.selectRow(i)
        self._selection_changed()

    def selected(self) -> dict | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.rows[rows[0].row()] if rows and rows[0].row() < len(self.rows) else None

    def _selection_changed(self) -> None:
        row = self.selected()
        self.edit_button.setEnabled(row is not None)
        self.archive_button.setEnabled(row is not None)
        self.archive_button.setText(self.tr("Res&tore") if row and not row["active"] else self.tr("A&rchive"))

    def add(self) -> None:
        editor = ServiceEditor(self.desk, parent=self)
        if editor.exec():
            self.reload()
            self._select(editor.service_id)

    def edit(self) -> None:
        row = self.selected()
        if row is None:
            return
        if ServiceEditor(self.desk, row, self).exec():
            self.reload()

    def toggle_archived(self) -> None:
        row = self.selected()
        if row is None:
            return
        if row["active"] and not dialog_module.dialogs.confirm(self, self.tr(
                "Archive {name}? It can no longer be booked; past appointments keep it.").format(name=row["name"])):
            return
        try:
            (self.desk.catalogue.archive if row["active"] else self.desk.catalogue.restore)(row["id"])
        except SalonError as exc:
            self.error_label.setText(message_of(exc))
            return
        self.reload()

    def _select(self, service_id: str | None) -> None:
        for i, row in enumerate(self.rows):
            if row["id"] == service_id:
                self.table.selectRow(i)
                self.table.setFocus()
