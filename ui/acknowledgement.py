"""First sign-in: every staff member reads their GDPR responsibilities, and the acknowledgement is kept."""
from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from desktop.desk import Desk
from desktop.kernel.errors import SalonError
from ui import sizing
from ui.dialogs import message_of


class AcknowledgementDialog(QDialog):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.setWindowTitle(self.tr("Your responsibilities with client data"))
        self.setMinimumWidth(720)
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Before you start"))
        title.setObjectName("title")
        layout.addWidget(title)
        for text in (
            self.tr("• Your login is personal. Never share it, and lock the screen (Ctrl+L) when you step away."),
            self.tr("• Your sign-ins and the client files you open are logged. The log is kept 12 months and used "
                    "for security only."),
            self.tr("• Write only what the service needs in a note. Every note can be read by the client if they "
                    "ask for their data."),
            self.tr("• Never write a payment card number anywhere. Salon Desk refuses them."),
            self.tr("• Health information (allergies, pregnancy, skin conditions) goes only in Health & patch tests, "
                    "with the client's explicit consent. If you cannot open it, tell a manager."),
            self.tr("• Ask for marketing consent properly: show the text or ask \"Do you agree to…?\", one question "
                    "per channel, and accept \"no\" or \"later\". A booking never depends on it."),
            self.tr("• If a client wants to unsubscribe, record it at once: one click on the client file."),
            self.tr("• Pass any client request about their data (a copy, a deletion, an objection) to a manager the "
                    "same day: the salon must answer within one month."),
            self.tr("• Report a lost or stolen PC, or any data leak, to a manager at once: the salon has 72 hours to "
                    "tell the CNIL."),
            self.tr("• Never copy client data to your own phone, a messaging app or photos."),
            self.tr("• What you learn about clients stays confidential, also after you leave the salon."),
        ):
            label = QLabel(text)
            label.setWordWrap(True)
            layout.addWidget(label)
        self.read_box = QCheckBox(self.tr("I have read these rules and will follow them"))
        layout.addWidget(self.read_box)
        self.error_label = QLabel()
        self.error_label.setObjectName("error")
        layout.addWidget(self.error_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Continue"))
        self.ok_button.setEnabled(False)
        self.read_box.toggled.connect(self.ok_button.setEnabled)
        buttons.accepted.connect(self.confirm)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        sizing.fit(self)  # wrapped text gets the height it needs at this width, not a squeezed minimum

    def confirm(self) -> None:
        try:
            self.desk.staff.acknowledge()
        except SalonError as exc:
            self.error_label.setText(message_of(exc))
            return
        self.accept()
