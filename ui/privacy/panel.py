"""The client file's "Requests" tab: this client's data-protection requests, their due dates and documents,
and the answers (access report, portability export, erasure) for those who may give them."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel, QPushButton,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from desktop.desk import Desk
from desktop.kernel.errors import QT_TRANSLATE_NOOP
from desktop.kernel.permissions import Perm
from desktop.privacy.service import KIND_LABELS
from ui import dialogs as dialog_module
from ui import sensitive
from ui.sensitive import confirmed
from ui.ops import OperationRunner

STATUS = {"open": QT_TRANSLATE_NOOP("RequestsPanel", "open"), "closed": QT_TRANSLATE_NOOP("RequestsPanel", "closed")}


def _day(iso: str | None) -> str:
    return "/".join(reversed(iso[:10].split("-"))) if iso else ""


class RequestsPanel(QWidget):
    erased = Signal(str)  # client id: the file is gone

    def __init__(self, desk: Desk, ops: OperationRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.ops = ops
        self.client_id: str | None = None
        self.rows: list[dict] = []
        self.hint = QLabel(self.tr("Access, copy, erasure, correction, restriction or objection: log every request "
                                   "the same day. The salon has one month to answer."))
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("requestsTable")
        self.table.setHorizontalHeaderLabels([self.tr("Request"), self.tr("Received"), self.tr("Due"),
                                              self.tr("Status"), self.tr("Documents")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.itemSelectionChanged.connect(self._show_selected)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(90)
        self.new_button = QPushButton(self.tr("Log a request…"))
        self.new_button.clicked.connect(self.log_request)
        self.language_combo = QComboBox()
        self.language_combo.addItem(self.tr("Report in French"), "fr")
        self.language_combo.addItem(self.tr("Report in English"), "en")
        self.report_button = QPushButton(self.tr("Access report (PDF)…"))
        self.report_button.clicked.connect(self.write_report)
        self.export_button = QPushButton(self.tr("Copy of the data (JSON)…"))
        self.export_button.clicked.connect(self.write_export)
        self.extend_button = QPushButton(self.tr("Extend…"))
        self.extend_button.clicked.connect(self.extend)
        self.close_button = QPushButton(self.tr("Close the request"))
        self.close_button.clicked.connect(self.close_request)
        self.edit_button = QPushButton(self.tr("Correct the file for this request…"))
        self.edit_button.clicked.connect(self.edit_for_request)
        self.told_button = QPushButton(self.tr("Platform told"))
        self.told_button.clicked.connect(self.platform_told)
        self.notice_label = QLabel()
        self.notice_label.setObjectName("hint")
        self.notice_label.setWordWrap(True)
        self.erase_button = QPushButton(self.tr("Erase this client…"))
        self.erase_button.setObjectName("danger")
        self.erase_button.clicked.connect(self.erase)
        self.status_label = QLabel()
        self.status_label.setObjectName("hint")
        self.status_label.setWordWrap(True)
        first, second, notices = QHBoxLayout(), QHBoxLayout(), QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.extend_button, self.close_button):
            first.addWidget(button)
        first.addStretch()
        notices.addWidget(self.notice_label, 1)
        notices.addWidget(self.told_button)
        for widget in (self.language_combo, self.report_button, self.export_button):
            second.addWidget(widget)
        second.addStretch()
        second.addWidget(self.erase_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.table)
        layout.addLayout(notices)
        layout.addLayout(first)
        layout.addLayout(second)
        layout.addWidget(self.status_label)

    # -- showing -----------------------------------------------------------------------------------------
    def show_client(self, client_id: str) -> None:
        self.client_id = client_id
        manages = self.desk.can(Perm.REQUEST_MANAGE)
        for widget in (self.table, self.report_button, self.export_button, self.extend_button, self.close_button,
                       self.language_combo):
            widget.setVisible(manages)
        self.erase_button.setVisible(self.desk.can(Perm.ERASE))
        self.new_button.setVisible(self.desk.can(Perm.REQUEST_LOG))
        self.status_label.clear()
        self.rows = self.desk.requests.list(client_id=client_id, include_closed=True) if manages else []
        self.table.setRowCount(len(self.rows))
        for index, row in enumerate(self.rows):
            due = _day(row["due"])
            if row["status"] == "open":
                due = self.tr("{date} ({days} days)").format(date=due, days=row["days_left"])
            values = (QCoreApplication.translate("Privacy", KIND_LABELS[row["kind"]]), _day(row["received_on"]), due,
                      QCoreApplication.translate("RequestsPanel", STATUS[row["status"]]) if not row["overdue"] else self.tr("overdue"),
                      ", ".join(_day(d["created_at"]) for d in row["documents"]))
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, row["id"])
                self.table.setItem(index, column, item)
        if self.rows:
            self.table.selectRow(0)
        self._show_selected()

    def _selected_row(self) -> dict | None:
        request_id = self.selected_request()
        return next((row for row in self.rows if row["id"] == request_id), None)

    def _show_selected(self) -> None:
        """What the selected request still needs: a correction against it, the platform to be told (Art. 19)."""
        row = self._selected_row()
        is_open = bool(row) and row["status"] == "open"
        self.edit_button.setVisible(is_open and row["kind"] in ("rectification", "restriction")
                                    and self.desk.can(Perm.CLIENT_WRITE))
        self.extend_button.setEnabled(is_open and not row["extended_due_on"])
        self.close_button.setEnabled(is_open)
        platform = next((n for n in row["notices"] if n["recipient"] == "platform"), None) if row else None
        self.notice_label.setVisible(platform is not None)
        self.told_button.setVisible(platform is not None and not platform["told_at"])
        if platform is not None:
            self.notice_label.setText(
                self.tr("The booking platform holds this client's data too: forward the request to it.")
                if not platform["told_at"] else
                self.tr("The booking platform was told on {date}.").format(date=_day(platform["told_at"])))

    def selected_request(self) -> str | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.rows[rows[0].row()]["id"] if rows else None

    # -- actions -----------------------------------------------------------------------------------------
    def log_request(self) -> None:
        from ui.privacy.open_dialog import OpenRequestDialog

        if self.client_id and OpenRequestDialog(self.desk, self.client_id, self).exec():
            self.show_client(self.client_id)

    def _path(self, title: str, suggested: str, pattern: str) -> str | None:
        return dialog_module.dialogs.save_file(self, title, suggested, pattern)

    def write_report(self) -> None:
        path = self._path(self.tr("Save the access report"), self.tr("access-report.pdf"), self.tr("PDF files (*.pdf)"))
        if not path or not confirmed(self, self.desk, Perm.REQUEST_MANAGE):
            return
        client_id, request_id, language = self.client_id, self.selected_request(), self.language_combo.currentData()

        def done(result) -> None:
            self.show_client(client_id)
            self.status_label.setText(self.tr("Report saved to {path}. Fingerprint {fingerprint}.").format(
                path=path, fingerprint=result["fingerprint"][:16].upper()))

        self.ops.run(lambda desk, _progress: desk.privacy.report(client_id, path, language=language,
                                                                 request_id=request_id),
                     success=done, progress_label=self.tr("Writing the access report…"), parent=self)

    def write_export(self) -> None:
        path = self._path(self.tr("Save the copy of the data"), self.tr("client-data.json"), self.tr("JSON files (*.json)"))
        if not path or not confirmed(self, self.desk, Perm.REQUEST_MANAGE):
            return
        client_id, request_id = self.client_id, self.selected_request()

        def done(_result) -> None:
            self.show_client(client_id)
            self.status_label.setText(self.tr("Copy saved to {path} (and a CSV zip beside it).").format(path=path))

        self.ops.run(lambda desk, _progress: desk.privacy.portability(
            client_id, path, csv_path=path.rsplit(".", 1)[0] + ".zip", request_id=request_id),
            success=done, progress_label=self.tr("Writing the copy of the data…"), parent=self)

    def edit_for_request(self) -> None:
        """Rectification is an ordinary edit of the file, recorded against the request."""
        from ui.clients.editor import ClientDialog

        row = self._selected_row()
        if row and ClientDialog(self.desk, self.client_id, self, request_id=row["id"]).exec():
            self.show_client(self.client_id)

    def platform_told(self) -> None:
        request_id = self.selected_request()
        if request_id and sensitive.run(self, self.desk, lambda: self.desk.requests.mark_told(request_id, "platform")
                                        or True):
            self.show_client(self.client_id)

    def extend(self) -> None:
        request_id = self.selected_request()
        if not request_id:
            return
        reason = dialog_module.dialogs.ask_text(self, self.tr("Why does the answer need two more months? The client "
                                                              "will be told this reason."))
        if reason and sensitive.run(self, self.desk, lambda: self.desk.requests.extend(request_id, reason)):
            self.show_client(self.client_id)

    def close_request(self) -> None:
        request_id = self.selected_request()
        if request_id:
            sensitive.run(self, self.desk, lambda: self.desk.requests.close(request_id))
            self.show_client(self.client_id)

    def erase(self) -> None:
        from ui.privacy.erase_dialog import EraseDialog

        if not self.client_id:
            return
        dialog = EraseDialog(self.desk, self.ops, self.client_id, self.selected_request(), self)
        if dialog.exec() and dialog.result_data:
            self.erased.emit(self.client_id)
