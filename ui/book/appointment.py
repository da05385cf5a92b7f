"""One appointment: change its service, staff member or time, its note, its status (done, cancelled, no-show),
and the booking confirmation."""
from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout,
                               QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget)

from desktop import timefmt
from desktop.booking.availability import override_for
from desktop.desk import Desk
from desktop.kernel.errors import SalonError
from desktop.kernel.permissions import Perm
from ui import dialogs as dialog_module
from ui.day_edit import MomentEdit
from ui.dialogs import grow_to_fit, message_of
from ui.ops import OperationRunner


class AppointmentDialog(QDialog):
    def __init__(self, desk: Desk, appointment: dict, ops: OperationRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.ops = ops
        self.appointment = appointment
        self.setWindowTitle(self.tr("Appointment"))
        self.setMinimumWidth(520)
        who = QLabel(appointment["client"] or self.tr("(client erased)"))
        who.setObjectName("clientName")
        start = timefmt.salon_time(appointment["starts_at"])
        end = timefmt.salon_time(appointment["ends_at"])
        self.minutes = int((end - start).total_seconds() // 60)
        when = QLabel(f"{start:%d/%m/%Y %H:%M}–{end:%H:%M} · {appointment['service']} · {appointment['staff_name']}")
        when.setObjectName("summary")
        self.service_combo = QComboBox()
        self.service_combo.setObjectName("changeService")
        for service in desk.catalogue.list():
            self.service_combo.addItem(self.tr("{name} ({minutes} min)").format(
                name=service["name"], minutes=service["minutes"] + service["processing_minutes"]), service["id"])
        if self.service_combo.findData(appointment["service_id"]) < 0:  # archived: still shown, kept
            self.service_combo.addItem(self.tr("{name} (archived)").format(name=appointment["service"]),
                                       appointment["service_id"])
        self.service_combo.setCurrentIndex(self.service_combo.findData(appointment["service_id"]))
        self.staff_combo = QComboBox()
        self.staff_combo.setObjectName("changeStaff")
        for login, name in desk.booking.staff_choices():
            self.staff_combo.addItem(name, login)
        if self.staff_combo.findData(appointment["staff"]) < 0:
            self.staff_combo.addItem(appointment["staff_name"], appointment["staff"])
        self.staff_combo.setCurrentIndex(self.staff_combo.findData(appointment["staff"]))
        self.start_edit = MomentEdit(QDateTime(start.year, start.month, start.day, start.hour, start.minute, 0))
        self.start_edit.setObjectName("changeStart")
        self.start_edit.setCalendarPopup(True)
        self.start_edit.setDisplayFormat("dd/MM/yyyy HH:mm")
        self.note_edit = QLineEdit(appointment.get("note") or "")
        self.note_edit.setObjectName("appointmentNote")
        self.note_edit.setPlaceholderText(self.tr("A short note for the team (never a card number)"))
        self.note_edit.setEnabled(desk.can(Perm.CLIENT_NOTES))
        self.override_box = QCheckBox()
        self.override_box.hide()
        self.save_button = QPushButton(self.tr("Save the changes"))
        self.save_button.setObjectName("primary")
        self.save_button.clicked.connect(self.save_changes)
        change = QGroupBox(self.tr("Change"))
        form = QFormLayout(change)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&Service"), self.service_combo)
        form.addRow(self.tr("&With"), self.staff_combo)
        form.addRow(self.tr("S&tart"), self.start_edit)
        form.addRow(self.tr("&Note"), self.note_edit)
        form.addRow(self.override_box)
        form.addRow(self.save_button)
        self.error_label = QLabel()
        self.error_label.setObjectName("error")
        self.error_label.setWordWrap(True)
        statuses = QHBoxLayout()
        for status, label in (("done", self.tr("Done")), ("cancelled", self.tr("Cancelled")),
                              ("no_show", self.tr("No-show")), ("booked", self.tr("Booked"))):
            button = QPushButton(label)
            button.setEnabled(status != appointment["status"])
            button.clicked.connect(lambda _=False, s=status: self.set_status(s))
            statuses.addWidget(button)
        confirm = QPushButton(self.tr("Confirmation (PDF)…"))
        confirm.clicked.connect(self.save_confirmation)
        note = QLabel(self.tr("The confirmation is a service message: it never needs marketing consent."))
        note.setObjectName("hint")
        note.setWordWrap(True)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(who)
        layout.addWidget(when)
        layout.addWidget(change)
        layout.addWidget(QLabel(self.tr("Status")))
        layout.addLayout(statuses)
        for widget in (confirm, note, self.error_label, close):
            layout.addWidget(widget)
        self._pending_override: str | None = None
        self._allowed: set[str] = set()  # overrides the user has explicitly ticked
        self.change: tuple[dict, dict] | None = None  # (before, after) once saved, for the book's undo

    def start(self) -> datetime:
        value = self.start_edit.dateTime()
        d, t = value.date(), value.time()
        return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(), tzinfo=timefmt.SALON_ZONE)

    def save_changes(self) -> None:
        """The new service, person and time pass the booking checks; a refusal offers its explicit override."""
        if self._pending_override and self.override_box.isChecked():
            self._allowed.add(self._pending_override)
        allowed = dict.fromkeys(self._allowed, True)
        service_id = self.service_combo.currentData()
        keep_length = service_id == self.appointment["service_id"]
        before = {"service_id": self.appointment["service_id"], "staff_login": self.appointment["staff"],
                  "start": timefmt.salon_time(self.appointment["starts_at"]), "minutes": self.minutes}
        try:
            with self.desk.transaction():
                self.desk.appointments.change(
                    self.appointment["id"], service_id=service_id, staff_login=self.staff_combo.currentData(),
                    start=self.start(), minutes=self.minutes if keep_length else None, **allowed)
                if self.note_edit.isEnabled():
                    self.desk.appointments.set_note(self.appointment["id"], self.note_edit.text())
        except SalonError as exc:
            self.error_label.setText(message_of(exc))
            flag = override_for(exc)
            self._offer(flag)
            grow_to_fit(self)
            return
        now = self.desk.booking.appointment(self.appointment["id"])
        after = {"service_id": now["service_id"], "staff_login": now["staff"],
                 "start": timefmt.salon_time(now["starts_at"]),
                 "minutes": int((timefmt.salon_time(now["ends_at"]) - timefmt.salon_time(now["starts_at"]))
                                .total_seconds() // 60)}
        self.change = (before, after) if after != before else None
        self.accept()

    def _offer(self, flag: str | None) -> None:
        texts = {"allow_overlap": self.tr("Change it anyway, even if it overlaps another appointment"),
                 "allow_outside_hours": self.tr("Change it anyway, even though the salon is closed or the person is "
                                                "away"),
                 "allow_past": self.tr("Change it anyway: I am recording a past appointment")}
        self._pending_override = flag
        self.override_box.setChecked(False)
        self.override_box.setVisible(flag is not None)
        if flag:
            self.override_box.setText(texts[flag])

    def set_status(self, status: str) -> None:
        try:
            self.desk.booking.set_status(self.appointment["id"], status)
        except SalonError as exc:
            self.error_label.setText(message_of(exc))
            return
        self.accept()

    def save_confirmation(self) -> None:
        path = dialog_module.dialogs.save_file(self, self.tr("Save the confirmation"), self.tr("confirmation.pdf"),
                                               self.tr("PDF files (*.pdf)"))
        if not path:
            return
        appointment_id = self.appointment["id"]
        self.error_label.clear()
        self.ops.run(lambda desk, _progress: desk.booking.confirmation(appointment_id, path),
                     failure=lambda exc: self.error_label.setText(message_of(exc)),
                     progress_label=self.tr("Preparing the confirmation…"), parent=self)


def open_for(desk: Desk, appointment_id: str, ops: OperationRunner,
             parent: QWidget | None = None) -> tuple[dict, dict] | None:
    """Open the appointment; returns (before, after) when its service, person or time changed (for undo)."""
    try:
        details = desk.booking.appointment(appointment_id)
    except SalonError as exc:
        dialog_module.dialogs.error(parent, message_of(exc))
        return None
    dialog = AppointmentDialog(desk, details, ops, parent)
    dialog.exec()
    return dialog.change
