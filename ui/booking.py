"""Booking, keyboard first: find the client as you type (or create one inline), pick the service, the staff
member and the time, Enter. The consent memo may follow; it never blocks the booking."""
from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QDateTime, QEvent, QObject, Qt
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDateTimeEdit, QDialog, QDialogButtonBox, QFormLayout, QLabel,
                               QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget)

from desktop.desk import Desk
from desktop.timefmt import SALON_ZONE
from desktop.kernel.errors import Overlap, SalonError
from ui.consent.dialog import ask_if_needed
from ui.health import summary as health_summary
from ui.dialogs import message_of

NEW_CLIENT = "__new__"


class BookingDialog(QDialog):
    def __init__(self, desk: Desk, client_id: str | None = None, parent: QWidget | None = None, *,
                 staff_login: str | None = None, start: datetime | None = None, end: datetime | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.client_id = client_id
        self.appointment_id: str | None = None
        self.setWindowTitle(self.tr("Book an appointment"))
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)

        self.client_label = QLabel()
        self.client_label.setObjectName("clientName")
        self.find_edit = QLineEdit()
        self.find_edit.setObjectName("findClient")
        self.find_edit.setPlaceholderText(self.tr("Client: name, phone or email"))
        self.results = QListWidget()
        self.results.setObjectName("clientResults")
        self.results.setMaximumHeight(130)
        self.find_edit.textChanged.connect(self._search)
        self.find_edit.installEventFilter(self)
        self.results.itemActivated.connect(self._choose)
        self.first_edit, self.last_edit, self.phone_edit = QLineEdit(), QLineEdit(), QLineEdit()
        self.first_edit.setObjectName("newFirst")
        self.new_client = QWidget()
        new_form = QFormLayout(self.new_client)
        new_form.setContentsMargins(0, 0, 0, 0)
        new_form.addRow(self.tr("First name"), self.first_edit)
        new_form.addRow(self.tr("Last name"), self.last_edit)
        new_form.addRow(self.tr("Phone"), self.phone_edit)
        self.new_client.hide()
        layout.addWidget(self.client_label)
        layout.addWidget(self.find_edit)
        layout.addWidget(self.results)
        layout.addWidget(self.new_client)

        self.service_combo = QComboBox()
        self.service_combo.setObjectName("service")
        for service in desk.booking.services():
            self.service_combo.addItem(self.tr("{name} ({minutes} min)").format(**service), service["name"])
        self.staff_combo = QComboBox()
        for login, name in desk.booking.staff_choices():
            self.staff_combo.addItem(name, login)
        self.staff_combo.setCurrentIndex(max(0, self.staff_combo.findData(staff_login or desk.session.login)))
        self.start_edit = QDateTimeEdit()
        self.start_edit.setCalendarPopup(True)
        self.start_edit.setDisplayFormat("dd/MM/yyyy HH:mm")
        if start is None:
            start = datetime.now(SALON_ZONE).replace(second=0, microsecond=0) + timedelta(hours=1)
            start = start.replace(minute=(start.minute // 15) * 15)
        start = start.astimezone(SALON_ZONE)
        self.start_edit.setDateTime(QDateTime(start.year, start.month, start.day, start.hour, start.minute, 0))
        self.minutes = int((end - start).total_seconds() // 60) if end is not None and end > start else None
        self.overlap_box = QCheckBox(self.tr("Book anyway, even if it overlaps another appointment"))
        self.overlap_box.hide()
        self.patch_label = QLabel()
        self.patch_label.setWordWrap(True)
        note = QLabel(self.tr("Confirmations and reminders are service messages: they never need marketing "
                              "consent."))
        note.setObjectName("hint")
        note.setWordWrap(True)
        self.error_label = QLabel()
        self.error_label.setObjectName("error")
        self.error_label.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Service"), self.service_combo)
        form.addRow(self.tr("With"), self.staff_combo)
        form.addRow(self.tr("Start"), self.start_edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.book_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.book_button.setText(self.tr("Book"))
        buttons.accepted.connect(self.book)
        buttons.rejected.connect(self.reject)
        layout.addLayout(form)
        for widget in (self.patch_label, self.overlap_box, note, self.error_label, buttons):
            layout.addWidget(widget)
        if client_id:
            self._set_client(client_id)
        else:
            self.find_edit.setFocus()

    # -- the client ----------------------------------------------------------------------------------------
    def _search(self, text: str) -> None:
        self.results.clear()
        if not text.strip():
            return
        for row in self.desk.clients.rows(self.desk.clients.search(text, limit=8)):
            item = QListWidgetItem(f"{row['last_name']}, {row['first_name']}   {row.get('phone_display') or ''}")
            item.setData(Qt.ItemDataRole.UserRole, row["id"])
            self.results.addItem(item)
        new = QListWidgetItem(self.tr("+ New client: {text}").format(text=text.strip()))
        new.setData(Qt.ItemDataRole.UserRole, NEW_CLIENT)
        self.results.addItem(new)
        self.results.setCurrentRow(0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if watched is self.find_edit and event.type() == QEvent.Type.KeyPress:
            if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.results.count():
                self.results.setFocus()
                row = self.results.currentRow() + (1 if event.key() == Qt.Key.Key_Down else -1)
                self.results.setCurrentRow(max(0, min(self.results.count() - 1, row)))
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.results.count():
                self._choose(self.results.currentItem() or self.results.item(0))
                return True
        return super().eventFilter(watched, event)

    def _choose(self, item: QListWidgetItem) -> None:
        value = item.data(Qt.ItemDataRole.UserRole)
        if value == NEW_CLIENT:
            words = self.find_edit.text().split()
            digits = "".join(ch for ch in self.find_edit.text() if ch.isdigit())
            if digits and len(digits) >= 6:
                self.phone_edit.setText(self.find_edit.text().strip())
            else:
                self.first_edit.setText(words[0] if words else "")
                self.last_edit.setText(" ".join(words[1:]))
            self.results.hide()
            self.new_client.show()
            (self.last_edit if self.first_edit.text() and not self.last_edit.text() else self.first_edit).setFocus()
            return
        self._set_client(value)
        self.service_combo.setFocus()

    def _set_client(self, client_id: str) -> None:
        self.client_id = client_id
        client = self.desk.clients.show(client_id, purpose="booking")
        self.client_label.setText(f"{client['first_name']} {client['last_name']}")
        self.find_edit.hide()
        self.results.hide()
        self.new_client.hide()
        health = self.desk.health.summary(client_id)
        text = f"{health_summary.test_text(health)}. {health_summary.reminder()}"
        if health["allergy_alert"]:
            text += "  " + self.tr("Allergy alert.")
        self.patch_label.setText(text)
        self.patch_label.setObjectName("maskNotice" if health_summary.needs_attention(health) else "hint")

    # -- booking -------------------------------------------------------------------------------------------
    def start(self) -> datetime:
        value = self.start_edit.dateTime()
        d, t = value.date(), value.time()
        return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(), tzinfo=SALON_ZONE)

    def book(self) -> None:
        if self.service_combo.count() == 0:
            self.error_label.setText(self.tr("Add the salon's services first (a manager can do it)."))
            return
        if self.client_id is None and self.new_client.isHidden():
            self.error_label.setText(self.tr("Choose the client first, or create one."))
            return
        client_id = self.client_id
        try:
            with self.desk.transaction():  # a new client and their booking: both, or neither
                if client_id is None:
                    client_id = self.desk.clients.add(first_name=self.first_edit.text(),
                                                      last_name=self.last_edit.text(), phone=self.phone_edit.text())
                self.appointment_id = self.desk.booking.book(
                    client_id, self.service_combo.currentData(), self.staff_combo.currentData(), self.start(),
                    minutes=self.minutes, allow_overlap=self.overlap_box.isChecked())
            self.client_id = client_id
        except SalonError as exc:
            self.error_label.setText(message_of(exc))
            self.overlap_box.setVisible(isinstance(exc, Overlap))
            return
        self.accept()
        ask_if_needed(self.desk, self.client_id, self.parentWidget())
