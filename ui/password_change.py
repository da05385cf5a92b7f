"""Choosing one's own password (forced after a one-time password)."""
from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from desktop.staff import passwords
from desktop.desk import Desk
from desktop.kernel.errors import SalonError
from ui.dialogs import message_of


class PasswordChangeDialog(QDialog):
    def __init__(self, desk: Desk, current: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.setWindowTitle(self.tr("Choose your password"))
        self.setMinimumWidth(460)  # room to see a sentence being typed, not a squashed field
        intro = QLabel(self.tr("Choose a password of at least 12 characters that only you know. "
                               "A short sentence is easy to remember and hard to guess."))
        intro.setWordWrap(True)
        self.current_edit = QLineEdit(current)
        self.new_edit = QLineEdit()
        self.again_edit = QLineEdit()
        for edit in (self.current_edit, self.new_edit, self.again_edit):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.hint = QLabel()
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        self.new_edit.textChanged.connect(self._update_hint)
        self.error_label = QLabel()
        self.error_label.setObjectName("error")
        self.error_label.setWordWrap(True)
        form = QFormLayout()
        if not current:
            form.addRow(self.tr("Current password"), self.current_edit)
        form.addRow(self.tr("New password"), self.new_edit)
        form.addRow(self.tr("New password again"), self.again_edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)

    def _context(self) -> tuple[str, ...]:
        if not hasattr(self, "_words"):
            self._words = self.desk.staff.password_context()
        return self._words

    def _update_hint(self, text: str) -> None:
        problem = passwords.refusal(text, self._context()) if text else None
        self.hint.setText(message_of(problem) if problem else self.tr("This password is acceptable."))

    def save(self) -> None:
        if self.new_edit.text() != self.again_edit.text():
            self.error_label.setText(self.tr("The two new passwords differ."))
            return
        try:
            self.desk.staff.set_own_password(self.current_edit.text(), self.new_edit.text())
        except SalonError as exc:
            self.error_label.setText(message_of(exc))
            return
        self.accept()


def remind_owner(desk: Desk, parent: QWidget | None = None) -> bool:
    """Once a year: the owner's account opens everything, so they are invited to choose a new password."""
    from PySide6.QtCore import QCoreApplication

    from ui import dialogs as dialog_module

    desk.staff.password_reminder_seen()
    text = QCoreApplication.translate(
        "PasswordReminder", "Your owner password is more than a year old. Your account opens every client file "
        "and every setting: choose a new password now?")
    if not dialog_module.dialogs.confirm(parent, text):
        return False
    return bool(PasswordChangeDialog(desk, "", parent).exec())
