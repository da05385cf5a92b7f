"""Booking, keyboard first: find the client as you type (or create one inline), then the service, the staff
member, the day and the time (the next free slot is proposed and shown in the book), then Book.

Enter never books before a service and a time are chosen and shown: the Book button stays disabled until then,
and Enter on a search result only chooses the client. The consent memo may follow; it never blocks the booking.
"""
from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from desktop.booking.availability import override_for
from desktop.desk import Desk
from desktop.kernel.errors import SalonError
from desktop.kernel.permissions import Perm
from ui.booking.client_finder import ClientFinder
from ui.booking.slot_picker import SlotPicker
from ui.consent.dialog import ask_if_needed
from ui.dialogs import grow_to_fit, message_of
from ui.health import summary as health_summary


class BookingDialog(QDialog):
    proposed = Signal(str, object, object)  # login, start, end: the book shows the slot

    def __init__(self, desk: Desk, client_id: str | None = None, parent: QWidget | None = None, *,
                 staff_login: str | None = None, start: datetime | None = None, end: datetime | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.appointment_id: str | None = None
        self.setWindowTitle(self.tr("Book an appointment"))
        self.setMinimumWidth(520)
        self.finder = ClientFinder(desk)
        minutes = int((end - start).total_seconds() // 60) if start and end and end > start else None
        self.slot = SlotPicker(desk, staff_login=staff_login, start=start, minutes=minutes)
        self.slot.proposed.connect(self.proposed)
        self.note_edit = QLineEdit()
        self.note_edit.setObjectName("bookingNote")
        self.note_edit.setPlaceholderText(self.tr("Note for the team (optional)"))
        self.note_edit.setVisible(desk.can(Perm.CLIENT_NOTES))
        self.patch_label = QLabel()
        self.patch_label.setWordWrap(True)
        self.patch_label.hide()
        self.overrides = {
            "allow_overlap": QCheckBox(self.tr("Book anyway, even if it overlaps another appointment")),
            "allow_outside_hours": QCheckBox(self.tr("Book anyway, even though the salon is closed or the person "
                                                     "is away")),
            "allow_past": QCheckBox(self.tr("Book anyway: I am recording a past appointment")),
        }
        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        note = QLabel(self.tr("Confirmations and reminders are service messages: they never need marketing "
                              "consent."))
        note.setObjectName("hint")
        note.setWordWrap(True)
        self.error_label = QLabel()
        self.error_label.setObjectName("error")
        self.error_label.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.book_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.book_button.setText(self.tr("Book"))
        self.book_button.setObjectName("primary")
        self.book_button.setDefault(True)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAutoDefault(False)
        buttons.accepted.connect(self.book)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.finder, self.patch_label, self.slot, self.note_edit, *self.overrides.values(),
                       self.summary, note, self.error_label, buttons):
            layout.addWidget(widget)
        for box in self.overrides.values():
            box.hide()
        self.finder.chosen.connect(self._client_chosen)
        self.finder.done.connect(self.slot.service_combo.setFocus)
        self.finder.started_new.connect(self._update)
        for edit in (self.finder.first_edit, self.finder.last_edit):
            edit.textChanged.connect(self._update)
        self.slot.changed.connect(self._update)
        self.slot.submitted.connect(self.book)  # Enter on the time books, once all is chosen (book() checks)
        self._tab_order()
        if client_id:
            self.finder.set_client(client_id)
            self.slot.service_combo.setFocus()
        self._update()

    def _tab_order(self) -> None:
        """Tab follows the booking's path: client, service, staff, day, time, note, overrides, Book."""
        finder, slot = self.finder, self.slot
        chain = [finder.find_edit, finder.results, finder.first_edit, finder.last_edit, finder.phone_edit,
                 finder.change_button, slot.service_combo, slot.staff_combo, slot.day_edit, slot.time_combo,
                 self.note_edit, *self.overrides.values(), self.book_button]
        for first, second in zip(chain, chain[1:]):
            self.setTabOrder(first, second)

    def _client_chosen(self, client_id: str) -> None:
        health = self.desk.health.summary(client_id)
        text = f"{health_summary.test_text(health)}. {health_summary.reminder()}"
        if health["allergy_alert"]:
            text += "  " + self.tr("Allergy alert.")
        self.patch_label.setText(text)
        self.patch_label.setObjectName("maskNotice" if health_summary.needs_attention(health) else "hint")
        self.patch_label.setStyle(self.patch_label.style())  # the new object name takes its style
        self.patch_label.show()
        self._update()

    def _update(self) -> None:
        """Book is enabled, and the summary says exactly what it books, only once all is chosen."""
        ready = self.finder.ready and self.slot.ready
        self.book_button.setEnabled(ready)
        if not self.slot.ready:
            self.summary.setText(self.tr("Choose a service and a time.") if self.finder.ready
                                 else self.tr("Choose the client first, or create one."))
            return
        start, end = self.slot.start(), self.slot.end()
        self.summary.setText(self.tr("{day} {start}–{end} · {service} · with {name}").format(
            day=self.slot.day_edit.text(), start=f"{start:%H:%M}", end=f"{end:%H:%M}",
            service=self.slot.service["name"], name=self.slot.staff_combo.currentText()))

    # -- booking -------------------------------------------------------------------------------------------
    def set_slot(self, start: datetime, *, service: str | None = None, login: str | None = None) -> None:
        """Choose the slot from code, as a person would on the screen."""
        self.slot.choose(service=service, login=login, start=start)

    def start(self) -> datetime | None:
        return self.slot.start()

    @property
    def staff_combo(self):
        return self.slot.staff_combo

    def book(self) -> None:
        if not self.book_button.isEnabled():
            return
        client_id = self.finder.client_id
        fields = None
        if client_id is None:
            fields = self.finder.new_client_fields()
            if fields is None:
                return
        allowed = {flag: True for flag, box in self.overrides.items() if not box.isHidden() and box.isChecked()}
        try:
            with self.desk.transaction():  # a new client and their booking: both, or neither
                if client_id is None:
                    client_id = self.desk.clients.add(**fields)
                self.appointment_id = self.desk.booking.book(
                    client_id, self.slot.service["name"], self.slot.login, self.slot.start(),
                    minutes=self.slot.fixed_minutes, note=self.note_edit.text() or None, **allowed)
        except SalonError as exc:
            message = message_of(exc)
            shown = self.slot.problem_label.isVisible() and message in self.slot.problem_label.text()
            self.error_label.setText("" if shown else message)  # said once: the slot's line already says it
            flag = override_for(exc)
            if flag:
                self.overrides[flag].show()
                self.overrides[flag].setFocus()
            grow_to_fit(self)
            return
        self.finder.client_id = client_id
        self.client_id = client_id
        self.accept()
        ask_if_needed(self.desk, client_id, self.parentWidget())
