"""A database file that no longer matches its anchor in the keyring (storage/anchor.py): say so plainly, and let the
owner accept it (a backup restored on purpose) with their login and password. The acceptance is in the audit log."""
from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from desktop.kernel.errors import SalonError
from desktop.paths import Layout
from desktop.salon import Salon
from ui.dialogs import message_of


class AcknowledgeDialog(QDialog):
    def __init__(self, layout: Layout, reason: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.layout_ = layout
        self.salon: Salon | None = None
        self.setWindowTitle(self.tr("The salon's data file has changed"))
        self.setMinimumWidth(520)
        why = QLabel(reason)
        why.setWordWrap(True)
        ask = QLabel(self.tr("If this file is the one to keep, the owner signs in here to accept it. Otherwise, quit "
                             "and restore the most recent backup."))
        ask.setWordWrap(True)
        self.login_edit = QLineEdit()
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("Owner's login"), self.login_edit)
        form.addRow(self.tr("Password"), self.password_edit)
        self.error_label = QLabel()
        self.error_label.setObjectName("error")
        self.error_label.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Accept this file"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Quit"))
        buttons.accepted.connect(self.acknowledge)
        buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addWidget(why)
        box.addWidget(ask)
        box.addLayout(form)
        box.addWidget(self.error_label)
        box.addWidget(buttons)

    def acknowledge(self) -> None:
        salon = None
        try:
            salon = Salon.open(self.layout_, hold=True)
            salon.sign_in(self.login_edit.text(), self.password_edit.text()).verify.acknowledge()
        except SalonError as exc:
            if salon is not None:
                salon.close()
            self.password_edit.clear()
            self.error_label.setText(message_of(exc))
            return
        self.salon = salon
        self.accept()
