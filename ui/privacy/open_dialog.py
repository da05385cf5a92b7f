"""Log a data-subject request: what was asked, when and how; the due date follows as it is typed."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
                               QVBoxLayout, QWidget)

from desktop.desk import Desk
from desktop.kernel.errors import SalonError
from desktop.privacy.deadlines import due_date
from desktop.privacy.service import CHANNEL_LABELS, KIND_LABELS
from desktop.timefmt import salon_today
from ui.dialogs import message_of


class OpenRequestDialog(QDialog):
    def __init__(self, desk: Desk, client_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.client_id = client_id
        self.request_id: str | None = None
        self.setWindowTitle(self.tr("New data-protection request"))
        self.setMinimumWidth(460)
        intro = QLabel(self.tr("The client asked about their personal data. Log it now: the salon has one month "
                               "to answer."))
        intro.setWordWrap(True)
        self.kind_combo = QComboBox()
        self.kind_combo.addItem(self.tr("Choose…"), None)  # no preselected kind: the desk says what was asked
        for kind, label in KIND_LABELS.items():
            self.kind_combo.addItem(QCoreApplication.translate("Privacy", label), kind)
        self.received_edit = QDateEdit(QDate.currentDate())
        self.received_edit.setCalendarPopup(True)
        self.received_edit.setDisplayFormat("dd/MM/yyyy")
        self.received_edit.setMaximumDate(QDate.currentDate())
        self.channel_combo = QComboBox()
        for channel, label in CHANNEL_LABELS.items():
            self.channel_combo.addItem(QCoreApplication.translate("Privacy", label), channel)
        self.identity_edit = QLineEdit()
        self.identity_edit.setPlaceholderText(self.tr("Only if in doubt about who is asking"))
        self.due_label = QLabel()
        self.due_label.setObjectName("hint")
        self.error_label = QLabel()
        self.error_label.setObjectName("error")
        self.error_label.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Request"), self.kind_combo)
        form.addRow(self.tr("Received on"), self.received_edit)
        form.addRow(self.tr("Received how"), self.channel_combo)
        form.addRow(self.tr("Identity check"), self.identity_edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Log the request"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (intro,):
            layout.addWidget(widget)
        layout.addLayout(form)
        for widget in (self.due_label, self.error_label, buttons):
            layout.addWidget(widget)
        self.received_edit.dateChanged.connect(self._show_due)
        self._show_due()

    def received(self) -> date:
        value = self.received_edit.date()
        return date(value.year(), value.month(), value.day())

    def _show_due(self) -> None:
        due = due_date(self.received())
        days = (due - salon_today()).days
        self.due_label.setText(self.tr("Answer due by {date} ({days} days left).").format(
            date=due.strftime("%d/%m/%Y"), days=days))

    def save(self) -> None:
        kind = self.kind_combo.currentData()
        if kind is None:
            self.error_label.setText(self.tr("Choose what the client asked for."))
            return
        try:
            self.request_id = self.desk.requests.open(self.client_id, kind, received_on=self.received(),
                                                      channel=self.channel_combo.currentData(),
                                                      identity_note=self.identity_edit.text())
        except SalonError as exc:
            self.error_label.setText(message_of(exc))
            return
        self.accept()
