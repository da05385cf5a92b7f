"""One appointment: its status (done, cancelled, no-show) and the booking confirmation."""
from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop import timefmt
from desktop.desk import Desk
from desktop.kernel.errors import SalonError
from ui import dialogs as dialog_module
from ui.dialogs import message_of
from ui.ops import OperationRunner


class AppointmentDialog(QDialog):
    def __init__(self, desk: Desk, appointment: dict, ops: OperationRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.ops = ops
        self.appointment = appointment
        self.setWindowTitle(self.tr("Appointment"))
        who = QLabel(appointment["client"])
        who.setObjectName("clientName")
        when = QLabel(f"{timefmt.local(appointment['starts_at'])}–{timefmt.local(appointment['ends_at'])[-5:]} · "
                      f"{appointment['service']} · {appointment['staff']}")
        note = QLabel(self.tr("The confirmation is a service message: it never needs marketing consent."))
        note.setObjectName("hint")
        note.setWordWrap(True)
        self.error_label = QLabel()
        self.error_label.setObjectName("error")
        statuses = QHBoxLayout()
        for status, label in (("done", self.tr("Done")), ("cancelled", self.tr("Cancelled")),
                              ("no_show", self.tr("No-show")), ("booked", self.tr("Booked"))):
            button = QPushButton(label)
            button.setEnabled(status != appointment["status"])
            button.clicked.connect(lambda _=False, s=status: self.set_status(s))
            statuses.addWidget(button)
        confirm = QPushButton(self.tr("Confirmation (PDF)…"))
        confirm.clicked.connect(self.save_confirmation)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (who, when):
            layout.addWidget(widget)
        layout.addLayout(statuses)
        for widget in (confirm, note, self.error_label, close):
            layout.addWidget(widget)

    def set_status(self, status: str) -> None:
        try:
            self.desk.booking.set_status(self.appointment["id"], status)
        except SalonError as exc:
            self.error_label.setText(message_of(exc))
            return
        self.accept()

    def save_confirmation(self) -> None:
        path = dialog_module.dialogs.save_file(self, self.tr("Save the confirmation"), "confirmation.pdf",
                                               self.tr("PDF files (*.pdf)"))
        if not path:
            return
        appointment_id = self.appointment["id"]
        self.error_label.clear()
        self.ops.run(lambda desk, _progress: desk.booking.confirmation(appointment_id, path),
                     failure=lambda exc: self.error_label.setText(message_of(exc)),
                     progress_label=self.tr("Preparing the confirmation…"), parent=self)


def open_for(desk: Desk, appointment_id: str, ops: OperationRunner, parent: QWidget | None = None) -> None:
    try:
        details = desk.booking.appointment(appointment_id)
    except SalonError as exc:
        dialog_module.dialogs.error(parent, message_of(exc))
        return
    AppointmentDialog(desk, details, ops, parent).exec()
