"""Booking an appointment for a client. The consent memo may follow; it never blocks the booking."""
from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDateTimeEdit, QDialog, QDialogButtonBox, QFormLayout, QLabel,
                               QVBoxLayout, QWidget)

from desktop.desk import Desk
from desktop.timefmt import SALON_ZONE
from storage.errors import SalonError
from ui.consent.dialog import ask_if_needed
from ui.dialogs import message_of


class BookingDialog(QDialog):
    def __init__(self, desk: Desk, client_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.client_id = client_id
        self.appointment_id: str | None = None
        client = desk.clients.show(client_id, purpose="booking")
        self.setWindowTitle(self.tr("Book an appointment"))
        self.setMinimumWidth(440)
        who = QLabel(f"{client['first_name']} {client['last_name']}")
        who.setObjectName("clientName")
        self.service_combo = QComboBox()
        for service in desk.booking.services():
            self.service_combo.addItem(self.tr("{name} ({minutes} min)").format(**service), service["name"])
        self.staff_combo = QComboBox()
        for login, name in desk.booking.staff_choices():
            self.staff_combo.addItem(name, login)
        self.staff_combo.setCurrentIndex(max(0, self.staff_combo.findData(desk.session.login)))
        self.start_edit = QDateTimeEdit()
        self.start_edit.setCalendarPopup(True)
        self.start_edit.setDisplayFormat("dd/MM/yyyy HH:mm")
        soon = datetime.now(SALON_ZONE).replace(second=0, microsecond=0) + timedelta(hours=1)
        soon = soon.replace(minute=(soon.minute // 15) * 15)
        self.start_edit.setDateTime(QDateTime(soon.year, soon.month, soon.day, soon.hour, soon.minute, 0))
        self.overlap_box = QCheckBox(self.tr("Book anyway, even if it overlaps another appointment"))
        self.overlap_box.hide()
        note = QLabel(self.tr("Confirmations and reminders are service messages: they never need marketing "
                              "consent."))
        note.setObjectName("hint")
        note.setWordWrap(True)
        health = desk.health.summary(client_id)
        if health["patch_test_valid_until"]:
            patch = self.tr("Patch test valid until {date}.").format(
                date="/".join(reversed(health["patch_test_valid_until"].split("-"))))
        else:
            patch = self.tr("No valid patch test: do one at least 48 hours before a colour service.")
        self.patch_label = QLabel(patch + ("  " + self.tr("Allergy alert.") if health["allergy_alert"] else ""))
        self.patch_label.setObjectName("maskNotice" if not health["patch_test_valid_until"] or health["allergy_alert"]
                                       else "hint")
        self.patch_label.setWordWrap(True)
        self.error_label = QLabel()
        self.error_label.setObjectName("error")
        self.error_label.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Service"), self.service_combo)
        form.addRow(self.tr("With"), self.staff_combo)
        form.addRow(self.tr("Start"), self.start_edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Book"))
        buttons.accepted.connect(self.book)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (who,):
            layout.addWidget(widget)
        layout.addLayout(form)
        for widget in (self.patch_label, self.overlap_box, note, self.error_label, buttons):
            layout.addWidget(widget)

    def start(self) -> datetime:
        value = self.start_edit.dateTime()
        d, t = value.date(), value.time()
        return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(), tzinfo=SALON_ZONE)

    def book(self) -> None:
        if self.service_combo.count() == 0:
            self.error_label.setText(self.tr("Add the salon's services first (a manager can do it)."))
            return
        try:
            self.appointment_id = self.desk.booking.book(
                self.client_id, self.service_combo.currentData(), self.staff_combo.currentData(), self.start(),
                allow_overlap=self.overlap_box.isChecked())
        except SalonError as exc:
            self.error_label.setText(message_of(exc))
            self.overlap_box.setVisible("overlap" in exc.template)
            return
        self.accept()
        ask_if_needed(self.desk, self.client_id, self.parentWidget())
