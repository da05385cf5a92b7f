"""Recording a withdrawal: how it reached the salon (nothing preselected), and for health what will be deleted."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (QButtonGroup, QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QRadioButton,
                               QVBoxLayout, QWidget)

from desktop.consent.rules import CHANNEL_LABELS, WITHDRAWAL_METHODS
from desktop.desk import Desk
from desktop.i18n import translate
from desktop.kernel.errors import QT_TRANSLATE_NOOP
from ui import sensitive

HOW = {
    "desk": QT_TRANSLATE_NOOP("WithdrawDialog", "At the desk"),
    "phone": QT_TRANSLATE_NOOP("WithdrawDialog", "By phone"),
    "email": QT_TRANSLATE_NOOP("WithdrawDialog", "By email"),
    "letter": QT_TRANSLATE_NOOP("WithdrawDialog", "By letter"),
}


class WithdrawDialog(QDialog):
    def __init__(self, desk: Desk, client_id: str, channel: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.client_id = client_id
        self.channel = channel
        client = desk.clients.show(client_id, purpose="consent")
        if channel == "health":
            self.setWindowTitle(self.tr("Withdraw the health consent"))
            text = self.tr("{name} withdraws their consent to keep health information. Their health information "
                           "will be deleted now: the health note, the allergy alert and every patch test. The "
                           "proof of the consent and of its withdrawal is kept.").format(name=client["first_name"])
        else:
            self.setWindowTitle(self.tr("Withdraw consent"))
            label = translate("Consent", CHANNEL_LABELS[channel])
            if label[1:2].islower() or label[1:2] == "-":  # mid-sentence: "by email", but "by SMS"
                label = label[:1].lower() + label[1:]
            text = self.tr("{name} no longer wants marketing by {channel}. It stops at once.").format(
                name=client["first_name"], channel=label)
        self.setMinimumWidth(480)
        message = QLabel(text)
        message.setObjectName("withdrawMessage")
        message.setWordWrap(True)
        question = QLabel(self.tr("How did the client tell the salon?"))
        self.methods = QButtonGroup(self)
        row = QHBoxLayout()
        for index, method in enumerate(WITHDRAWAL_METHODS):
            button = QRadioButton(QCoreApplication.translate("WithdrawDialog", HOW[method]))
            button.setObjectName(f"via_{method}")
            self.methods.addButton(button, index)
            row.addWidget(button)
        row.addStretch()
        self.methods.idToggled.connect(lambda *_: self._update())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.confirm_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.confirm_button.setObjectName("confirmWithdrawal")
        self.confirm_button.setText(self.tr("Delete the health information") if channel == "health"
                                    else self.tr("Record the withdrawal"))
        buttons.accepted.connect(self.confirm)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(message)
        layout.addWidget(question)
        layout.addLayout(row)
        layout.addWidget(buttons)
        self._update()

    def method(self) -> str | None:
        checked = self.methods.checkedId()
        return WITHDRAWAL_METHODS[checked] if checked >= 0 else None

    def _update(self) -> None:
        self.confirm_button.setEnabled(self.method() is not None)

    def confirm(self) -> None:
        method = self.method()
        if method and sensitive.run(self, self.desk, lambda: self.desk.consent.withdraw(self.client_id, self.channel,
                                                                                          method)):
            self.accept()
