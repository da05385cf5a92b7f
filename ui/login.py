"""The sign-in window (also the lock screen: it shows no client data)."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (QDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout,
                               QWidget)

from desktop.kernel.errors import SalonError
from desktop.salon import Salon
from ui.dialogs import message_of
from ui.form_errors import grow


class LoginWindow(QDialog):
    signed_in = Signal(object)  # Desk

    def __init__(self, salon: Salon, salon_name: str, login: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.salon = salon
        self.one_time_password = ""
        self.setWindowTitle(self.tr("Salon Desk — Sign in"))
        self.setMinimumWidth(380)
        title = QLabel(salon_name)
        title.setObjectName("title")
        title.setWordWrap(True)  # a trade name may be 100 characters long
        subtitle = QLabel(self.tr("Sign in with your personal login. Never share it."))
        subtitle.setObjectName("subtitle")
        subtitle.setWordWrap(True)
        self.login_edit = QLineEdit(login)
        self.login_edit.setObjectName("login")
        self.password_edit = QLineEdit()
        self.password_edit.setObjectName("password")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.error_label = QLabel()
        self.error_label.setObjectName("error")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.sign_in_button = QPushButton(self.tr("Sign in"))
        self.sign_in_button.setObjectName("primary")
        self.sign_in_button.setDefault(True)
        self.sign_in_button.clicked.connect(self.sign_in)

        form = QFormLayout()
        form.addRow(self.tr("Login"), self.login_edit)
        form.addRow(self.tr("Password"), self.password_edit)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.sign_in_button)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(subtitle)
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addLayout(buttons)
        (self.password_edit if login else self.login_edit).setFocus()

    def sign_in(self) -> None:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            desk = self.salon.sign_in(self.login_edit.text().strip(), self.password_edit.text())
        except SalonError as exc:
            self.password_edit.clear()
            self.error_label.setText(message_of(exc))
            self.error_label.show()
            grow(self)  # the window makes room for the error line; the fields are never squashed
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        # kept only to spare retyping it in the forced password change that follows
        self.one_time_password = self.password_edit.text() if desk.session.must_change else ""
        self.password_edit.clear()
        self.error_label.hide()
        self.signed_in.emit(desk)
        self.accept()
