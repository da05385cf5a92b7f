"""Erasing a client: what goes, what stays and why, an explicit confirmation, then the certificate."""
from __future__ import annotations

from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout,
                               QWidget)

from desktop.desk import Desk
from ui import dialogs as dialog_module
from desktop.kernel.permissions import Perm
from ui.dialogs import message_of
from ui.ops import OperationRunner
from ui.sensitive import confirmed


class EraseDialog(QDialog):
    def __init__(self, desk: Desk, ops: OperationRunner, client_id: str, request_id: str | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.ops = ops
        self.client_id = client_id
        self.request_id = request_id
        self.result_data: dict | None = None
        self.setWindowTitle(self.tr("Erase this client"))
        self.setMinimumWidth(520)
        name = QLabel(desk.clients.names([client_id]).get(client_id, ""))  # who goes, as this role may see them
        name.setObjectName("clientName")
        what = QLabel(self.tr(
            "<b>Erased everywhere, for good:</b> the client file (name, email, phone, birth date, notes), health "
            "information and patch tests, who the consent decisions were about, and copies waiting to be sent to "
            "the salon's other computers.<br><br>"
            "<b>Kept, without saying who it was:</b> past appointments (the salon's statistics), the dates and "
            "wording of consent decisions (the register stays verifiable), this request in the register, and a "
            "keyed fingerprint of the email and phone so that a re-import is flagged."))
        what.setWordWrap(True)
        self.confirm_box = QCheckBox(self.tr("I understand that this cannot be undone."))
        self.certificate_box = QCheckBox(self.tr("Save an erasure certificate for the client (PDF)"))
        self.certificate_box.setChecked(True)
        self.language_combo = QComboBox()
        self.language_combo.addItem(self.tr("Certificate in French"), "fr")
        self.language_combo.addItem(self.tr("Certificate in English"), "en")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.erase_button = QPushButton(self.tr("Erase"))
        self.erase_button.setObjectName("danger")
        self.erase_button.setEnabled(False)
        buttons.addButton(self.erase_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.confirm_box.toggled.connect(self.erase_button.setEnabled)
        buttons.accepted.connect(self.erase)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (name, what, self.confirm_box, self.certificate_box, self.language_combo, buttons):
            layout.addWidget(widget)

    def erase(self) -> None:
        if not self.confirm_box.isChecked():
            return
        path = None
        if self.certificate_box.isChecked():
            path = dialog_module.dialogs.save_file(self, self.tr("Save the erasure certificate"),
                                                   self.tr("erasure-certificate.pdf"), self.tr("PDF files (*.pdf)"))
            if not path:
                return
        if not confirmed(self, self.desk, Perm.ERASE):
            return
        client_id, request_id, language = self.client_id, self.request_id, self.language_combo.currentData()
        self.erase_button.setEnabled(False)

        def done(result) -> None:
            self.result_data = result
            self.accept()

        self.ops.run(lambda desk, _progress: desk.privacy.erase(client_id, request_id=request_id,
                                                              certificate_path=path, language=language),
                     success=done, failure=self._failed, progress_label=self.tr("Erasing…"), parent=self)

    def _failed(self, exc: Exception) -> None:
        self.erase_button.setEnabled(self.confirm_box.isChecked())
        dialog_module.dialogs.error(self, message_of(exc))
