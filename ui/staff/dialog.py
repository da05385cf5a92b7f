"""Staff management for the owner and managers: add, deactivate, unlock, reset password, change role."""
from __future__ import annotations

from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
                               QHeaderView, QInputDialog, QLabel, QLineEdit, QPushButton, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from desktop.desk import Desk
from desktop.i18n import translate
from desktop.kernel.permissions import ROLE_LABELS, Perm, Role
from ui import dialogs as dialog_module
from ui import sensitive


class AddStaffDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add a staff member"))
        self.login_edit = QLineEdit()
        self.name_edit = QLineEdit()
        self.role_combo = QComboBox()
        for role in (Role.EMPLOYEE, Role.MANAGER, Role.OWNER):
            self.role_combo.addItem(translate("Roles", ROLE_LABELS[role]), role.value)
        form = QFormLayout()
        form.addRow(self.tr("Login"), self.login_edit)
        form.addRow(self.tr("Name"), self.name_edit)
        form.addRow(self.tr("Role"), self.role_combo)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)


class StaffDialog(QDialog):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.setWindowTitle(self.tr("Staff"))
        self.resize(640, 380)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([self.tr("Login"), self.tr("Name"), self.tr("Role"), self.tr("Status")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        note = QLabel(self.tr("New staff get a one-time password and choose their own at first sign-in. "
                              "Deactivate an account as soon as someone leaves."))
        note.setObjectName("hint")
        note.setWordWrap(True)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add…"))
        self.add_button.clicked.connect(self.add)
        buttons.addWidget(self.add_button)
        self.deactivate_button = QPushButton(self.tr("Deactivate"))
        self.deactivate_button.clicked.connect(lambda: self._on_selected(self.desk.staff.deactivate))
        buttons.addWidget(self.deactivate_button)
        self.unlock_button = QPushButton(self.tr("Unlock"))
        self.unlock_button.clicked.connect(lambda: self._on_selected(self.desk.staff.unlock))
        buttons.addWidget(self.unlock_button)
        self.hours_button = QPushButton(self.tr("Working hours…"))
        self.hours_button.clicked.connect(self.set_hours)
        buttons.addWidget(self.hours_button)
        self.reset_button = QPushButton(self.tr("New one-time password"))
        self.reset_button.clicked.connect(self.reset_password)
        buttons.addWidget(self.reset_button)
        if desk.can(Perm.STAFF_ROLE):
            self.role_combo = QComboBox()
            for role in (Role.EMPLOYEE, Role.MANAGER, Role.OWNER):
                self.role_combo.addItem(translate("Roles", ROLE_LABELS[role]), role.value)
            role_button = QPushButton(self.tr("Set role"))
            role_button.clicked.connect(self.set_role)
            buttons.addWidget(self.role_combo)
            buttons.addWidget(role_button)
        buttons.addStretch()
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(note)
        layout.addLayout(buttons)
        layout.addWidget(close)
        self.reload()

    def reload(self) -> None:
        rows = self.desk.staff.list()
        self.table.setRowCount(len(rows))
        for i, row in enumerate(rows):
            status = self.tr("Active") if row["active"] else self.tr("Deactivated")
            if row["locked"]:
                status = self.tr("Locked")
            elif row["must_change_password"] and row["active"]:
                status = self.tr("Awaiting first sign-in")
            cells = (row["login"], row["display_name"], translate("Roles", ROLE_LABELS[Role(row["role"])]), status)
            for column, text in enumerate(cells):
                self.table.setItem(i, column, QTableWidgetItem(text))

    def selected_login(self) -> str | None:
        items = self.table.selectedItems()
        return self.table.item(items[0].row(), 0).text() if items else None

    def _on_selected(self, method) -> None:
        login = self.selected_login()
        if login:
            sensitive.run(self, self.desk, lambda: method(login))
            self.reload()

    def add(self) -> None:
        dialog = AddStaffDialog(self)
        if not dialog.exec():
            return
        result = sensitive.run(self, self.desk, lambda: self.desk.staff.add(
            dialog.login_edit.text().strip(), dialog.role_combo.currentData(), dialog.name_edit.text()))
        if result:
            self._show_one_time(dialog.login_edit.text().strip(), result[1])
        self.reload()

    def reset_password(self) -> None:
        login = self.selected_login()
        if not login:
            return
        otp = sensitive.run(self, self.desk, lambda: self.desk.staff.reset_password(login))
        if otp:
            self._show_one_time(login, otp)
        self.reload()

    def set_hours(self) -> None:
        login = self.selected_login()
        if not login:
            return
        start, end = self.desk.settings.working_hours(login)
        current = f"{start // 60:02d}:{start % 60:02d}-{end // 60:02d}:{end % 60:02d}"
        text, ok = QInputDialog.getText(self, self.tr("Working hours"),
                                        self.tr("Working hours of {login} (HH:MM-HH:MM):").format(login=login),
                                        text=current)
        if ok:
            sensitive.run(self, self.desk, lambda: self.desk.settings.set_working_hours(login, text))

    def set_role(self) -> None:
        login = self.selected_login()
        if login:
            sensitive.run(self, self.desk, lambda: self.desk.staff.set_role(login, self.role_combo.currentData()))
            self.reload()

    def _show_one_time(self, login: str, otp: str) -> None:
        dialog_module.dialogs.info(self, self.tr("One-time password"), self.tr(
            "Give this one-time password to {login} in person: {otp}\n"
            "They will choose their own password when they first sign in.").format(login=login, otp=otp))
