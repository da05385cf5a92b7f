"""The client detail pane: what this role may see of one client."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (QFormLayout, QFrame, QHBoxLayout, QLabel, QListWidget, QPlainTextEdit, QPushButton,
                               QScrollArea, QTabWidget, QVBoxLayout, QWidget)

from desktop import timefmt
from desktop.desk import Desk
from desktop.kernel.errors import QT_TRANSLATE_NOOP
from desktop.kernel.permissions import Perm
from ui.consent.panel import ConsentPanel
from ui.health import summary as health_summary
from ui.privacy.panel import RequestsPanel
from ui.ops import OperationRunner

CONTROLLERS = {
    "direct": QT_TRANSLATE_NOOP("ClientDetail", "Data controller: the salon."),
    "widget": QT_TRANSLATE_NOOP("ClientDetail", "Data controller: the salon, with the platform as its processor "
                                                "(the platform is a controller only for its own newsletter)."),
    "marketplace": QT_TRANSLATE_NOOP("ClientDetail", "The salon and the marketplace are independent controllers."),
    "import": QT_TRANSLATE_NOOP("ClientDetail", "Data controller: the salon (imported from its own records)."),
}
STATUS = {
    "booked": QT_TRANSLATE_NOOP("ClientDetail", "booked"),
    "done": QT_TRANSLATE_NOOP("ClientDetail", "done"),
    "cancelled": QT_TRANSLATE_NOOP("ClientDetail", "cancelled"),
    "no_show": QT_TRANSLATE_NOOP("ClientDetail", "no-show"),
}
SOURCES = {
    "direct": QT_TRANSLATE_NOOP("ClientDetail", "Direct"),
    "widget": QT_TRANSLATE_NOOP("ClientDetail", "Booking widget"),
    "marketplace": QT_TRANSLATE_NOOP("ClientDetail", "Marketplace"),
    "import": QT_TRANSLATE_NOOP("ClientDetail", "Import"),
}


def _date(iso: str | None) -> str:
    if not iso:
        return ""
    return "/".join(reversed(iso[:10].split("-")))


class ClientDetail(QFrame):
    edit_requested = Signal(str)
    book_requested = Signal(str)

    def __init__(self, desk: Desk, ops: OperationRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("detail")
        self.desk = desk
        self.client_id: str | None = None
        self.name_label = QLabel()
        self.name_label.setObjectName("clientName")
        self.mask_notice = QLabel(self.tr("Contact details are masked for your role. "
                                          "The owner decides who sees them."))
        self.mask_notice.setObjectName("maskNotice")
        self.mask_notice.setWordWrap(True)
        self.fields: dict[str, QLabel] = {}
        form = QFormLayout()
        for key, label in (("phone", self.tr("Phone")), ("email", self.tr("Email")),
                           ("birth_date", self.tr("Birth date")), ("source", self.tr("Source")),
                           ("created_at", self.tr("Client since"))):
            value = QLabel()
            value.setObjectName(f"value_{key}")
            value.setTextInteractionFlags(value.textInteractionFlags() | value.textInteractionFlags().TextSelectableByMouse)
            name = QLabel(label)
            name.setObjectName("fieldName")
            form.addRow(name, value)
            self.fields[key] = value
        self.controller_label = QLabel()
        self.controller_label.setObjectName("hint")
        self.controller_label.setWordWrap(True)
        self.notes_title = QLabel(self.tr("Notes"))
        self.notes_title.setObjectName("fieldName")
        self.notes_view = QPlainTextEdit()
        self.notes_view.setObjectName("notesView")
        self.notes_view.setReadOnly(True)
        self.notes_view.setMaximumHeight(110)
        self.notes_hint = QLabel(self.tr("The client can read every note if they ask for their data."))
        self.notes_hint.setObjectName("hint")
        self.notes_hint.setWordWrap(True)
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.clicked.connect(lambda: self.client_id and self.edit_requested.emit(self.client_id))
        self.book_button = QPushButton(self.tr("Book…"))
        self.book_button.setObjectName("primary")
        self.book_button.clicked.connect(lambda: self.client_id and self.book_requested.emit(self.client_id))
        self.consent_panel = ConsentPanel(desk, ops)
        self.health_line = QLabel()
        self.health_line.setObjectName("healthLine")
        self.health_line.setWordWrap(True)
        self.health_button = QPushButton(self.tr("Health & patch tests…"))
        self.health_button.clicked.connect(self.open_health)
        self.withdraw_health_button = QPushButton(self.tr("Withdraw the health consent…"))  # every role (Art. 7(3))
        self.withdraw_health_button.setObjectName("withdrawHealth")
        self.withdraw_health_button.clicked.connect(self.withdraw_health)
        self.empty_label = QLabel(self.tr("Select a client to see their file."))
        self.empty_label.setObjectName("subtitle")
        buttons = QHBoxLayout()
        buttons.addWidget(self.health_button)
        buttons.addWidget(self.withdraw_health_button)
        buttons.addStretch()
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.book_button)
        self.body = QWidget()
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        file_tab = QWidget()
        file_layout = QVBoxLayout(file_tab)
        file_layout.addLayout(form)
        file_layout.addWidget(self.controller_label)
        file_layout.addWidget(self.notes_title)
        file_layout.addWidget(self.notes_view)
        file_layout.addWidget(self.notes_hint)
        file_layout.addWidget(self.health_line)
        file_layout.addWidget(self.consent_panel)
        file_layout.addStretch()
        self.appointments = QListWidget()
        self.appointments.setObjectName("appointmentHistory")
        self.requests = RequestsPanel(desk, ops)
        self.requests.erased.connect(self._erased)
        self.restricted_notice = QLabel(self.tr("This client asked to restrict the use of their data: no marketing, "
                                                "and changes only as part of that request (Requests tab)."))
        self.restricted_notice.setObjectName("maskNotice")
        self.restricted_notice.setWordWrap(True)
        self.tabs = QTabWidget()
        file_scroll = QScrollArea()  # the file tab scrolls rather than push the window past a 768-pixel screen
        file_scroll.setWidget(file_tab)
        file_scroll.setWidgetResizable(True)
        file_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.tabs.addTab(file_scroll, self.tr("File"))
        self.tabs.addTab(self.appointments, self.tr("Appointments"))
        self.tabs.addTab(self.requests, self.tr("Requests"))
        body.addWidget(self.name_label)
        body.addWidget(self.mask_notice)
        body.addWidget(self.restricted_notice)
        body.addWidget(self.tabs)
        body.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.body)
        self.clear()

    def _show_health(self, client_id: str) -> None:
        summary = self.desk.health.summary(client_id)
        self.health_line.setText(f"{health_summary.alert_text(summary)} · {health_summary.test_text(summary)}\n"
                                 f"{health_summary.reminder()}")
        self.health_button.setVisible(self.desk.can(Perm.HEALTH))
        self.withdraw_health_button.setVisible(summary["consent"])

    def open_health(self) -> None:
        from ui.health.dialog import HealthDialog

        if self.client_id:
            HealthDialog(self.desk, self.client_id, parent=self).exec()
            self.show_client(self.client_id)

    def withdraw_health(self) -> None:
        from ui.consent.withdraw import WithdrawDialog

        if self.client_id and WithdrawDialog(self.desk, self.client_id, "health", self).exec():
            self.show_client(self.client_id)

    def _erased(self, client_id: str) -> None:
        if client_id == self.client_id:
            self.clear()

    def clear(self) -> None:
        self.client_id = None
        self.body.hide()
        self.empty_label.show()

    def show_client(self, client_id: str) -> None:
        client = self.desk.clients.show(client_id, purpose="client_file")
        self.client_id = client_id
        self.name_label.setText(f"{client['first_name']} {client['last_name']}")
        self.mask_notice.setVisible(client["masked"])
        self.restricted_notice.setVisible(bool(client.get("restricted_by")))
        self.fields["phone"].setText(client.get("phone_display") or "—")
        self.fields["email"].setText(client.get("email") or "—")
        self.fields["birth_date"].setText(_date(client.get("birth_date")) or "—")
        self.fields["source"].setText(QCoreApplication.translate("ClientDetail", SOURCES[client["source"]]))
        self.fields["created_at"].setText(_date(client.get("created_at")))
        notes_hidden = client["notes_hidden"]
        for widget in (self.notes_title, self.notes_view, self.notes_hint):
            widget.setVisible(not notes_hidden)
        self.notes_view.setPlainText(client.get("notes") or "")
        self.consent_panel.show_client(client_id)
        self.controller_label.setText(QCoreApplication.translate("ClientDetail", CONTROLLERS[client["source"]]))
        self.appointments.clear()
        history = self.desk.booking.history(client_id)
        for row in history:
            self.appointments.addItem(f"{timefmt.local(row['starts_at'])} · {row['service']} · {row['staff_name']} · "
                                      + QCoreApplication.translate("ClientDetail", STATUS[row["status"]]))
        self.tabs.setTabText(1, self.tr("Appointments ({count})").format(count=len(history)))
        self._show_health(client_id)
        self.requests.show_client(client_id)
        self.empty_label.hide()
        self.body.show()
