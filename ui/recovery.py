"""Unlocking with the printed recovery code when the keyring cannot give the key."""
from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from desktop.kernel.errors import SalonError
from desktop.paths import Layout
from desktop.salon import Salon
from ui.dialogs import message_of


class RecoveryDialog(QDialog):
    def __init__(self, layout: Layout, reason: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.layout_ = layout
        self.salon: Salon | None = None
        self.setWindowTitle(self.tr("Unlock with the recovery code"))
        why = QLabel(reason)
        why.setWordWrap(True)
        ask = QLabel(self.tr("Type the recovery code from the sheet printed when the salon was set up."))
        ask.setWordWrap(True)
        self.code_edit = QLineEdit()
        self.code_edit.setPlaceholderText("ABCDE-12345-FGHJK-67890")
        self.error_label = QLabel()
        self.error_label.setObjectName("error")
        self.error_label.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Unlock"))
        buttons.accepted.connect(self.unlock)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (why, ask, self.code_edit, self.error_label, buttons):
            layout.addWidget(widget)

    def unlock(self) -> None:
        try:
            self.salon, saved = Salon.open_with_recovery_code(self.layout_, self.code_edit.text())
        except SalonError as exc:
            self.error_label.setText(message_of(exc))
            return
        if not saved:
            self.error_label.setText(self.tr("Unlocked for this session only: this PC has no usable keyring."))
        self.accept()
