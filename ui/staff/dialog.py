"""Staff management for the owner and managers: add, deactivate, unlock, reset password, change role, and each
person's schedule and absences."""
from __future__ import annotations

from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
                               QHeaderView, QLabel, QLineEdit, QPushButton, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from desktop.clients import contact
from desktop.desk import Desk
from desktop.i18n import translate
from desktop.kernel.errors import InputError, QT_TRANSLATE_NOOP, SalonError, Term
from desktop.kernel.forms import collect
from desktop.kernel.permissions import ROLE_LABELS, Perm, Role
from desktop.staff.service import check_login
from ui import dialogs as dialog_module
from ui import sensitive
from ui.dialogs import message_of
from ui.form_errors import FormErrors

NAME = Term(QT_TRANSLATE_NOOP("Fields", "name"), "Fields")


class AddStaffDialog(QDialog):
    def __init__(self, taken: set[str] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.taken = {login.casefold() for login in taken or ()}
        self.setWindowTitle(self.tr("Add a staff member"))
        self.setMinimumWidth(380)
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("staffName")
        self.name_edit.setPlaceholderText(self.tr("Léa Bernard"))
        self.login_edit = QLineEdit()
        self.login_edit.setObjectName("staffLogin")
        self.login_edit.setPlaceholderText(self.tr("lea"))
        self.role_combo = QComboBox()
        for role in (Role.EMPLOYEE, Role.MANAGER, Role.OWNER):
            self.role_combo.addItem(translate("Roles", ROLE_LABELS[role]), role.value)
        self.errors = FormErrors()
        form = QFormLayout()
        self.errors.add_row(form, self.tr("&Name"), self.name_edit, "name")
        self.errors.add_row(form, self.tr("&Login"), self.login_edit, "login")
        self.errors.add_row(form, self.tr("&Role"), self.role_combo, "role")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.errors.general)
        layout.addWidget(buttons)

    def accept(self) -> None:
        """Every mistake at once: a name people can read (it is shown wherever a person reads the book), and a
        login that is well-formed and free."""
        login = self.login_edit.text().strip()

        def free_login() -> str:
            check_login(login)
            if login.casefold() in self.taken:
                raise InputError(QT_TRANSLATE_NOOP("Messages", "The login {login} is already taken."), login=login)
            return login
        try:
            collect({"name": lambda: contact.name(self.name_edit.text(), field=NAME), "login": free_login})
        except SalonError as exc:
            self.errors.show(exc)
            return
        super().accept()


class StaffDialog(QDialog):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.setWindowTitle(self.tr("Staff"))
        self.resize(640, 380)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Login"), self.tr("Role"), self.tr("Status")])
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
        self.add_button = QPushButton(self.tr("&Add…"))
        self.add_button.clicked.connect(self.add)
        buttons.addWidget(self.add_button)
        self.deactivate_button = QPushButton(self.tr("Deactivate"))
        self.deactivate_button.clicked.connect(lambda: self._on_selected(self.desk.staff.deactivate))
        buttons.addWidget(self.deactivate_button)
        self.rename_button = QPushButton(self.tr("&Rename…"))
        self.rename_button.clicked.connect(self.rename)
        buttons.addWidget(self.rename_button)
        self.unlock_button = QPushButton(self.tr("Unlock"))
        self.unlock_button.clicked.connect(lambda: self._on_selected(self.desk.staff.unlock))
        buttons.addWidget(self.unlock_button)
        self.hours_button = QPushButton(self.tr("&Schedule and absences…"))
        self.hours_button.clicked.connect(self.open_schedule)
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
        self.rows = rows
        self.table.setRowCount(len(rows))
        for i, row in enumerate(rows):
            status = self.tr("Active") if row["active"] else self.tr("Deactivated")
            if row["locked"]:
                status = self.tr("Locked")
            elif row["must_change_password"] and row["active"]:
                status = self.tr("Awaiting first sign-in")
            cells = (row["display_name"] or row["login"], row["login"], translate("Roles", ROLE_LABELS[Role(row["role"])]),
                     status)
            for column, text in enumerate(cells):
                self.table.setItem(i, column, QTableWidgetItem(text))

    def selected_login(self) -> str | None:
        items = self.table.selectedItems()
        return self.rows[items[0].row()]["login"] if items else None

    def _on_selected(self, method) -> None:
        login = self.selected_login()
        if login:
            sensitive.run(self, self.desk, lambda: method(login))
            self.reload()

    def add(self) -> None:
        dialog = AddStaffDialog({row["login"] for row in self.rows}, self)
        if not dialog.exec():
            return
        result = sensitive.run(self, self.desk, lambda: self.desk.staff.add(
            dialog.login_edit.text().strip(), dialog.role_combo.currentData(), dialog.name_edit.text()))
        if result:
            self._show_one_time(dialog.login_edit.text().strip(), result[1])
        self.reload()
        self._select(dialog.login_edit.text().strip())

    def reset_password(self) -> None:
        login = self.selected_login()
        if not login:
            return
        otp = sensitive.run(self, self.desk, lambda: self.desk.staff.reset_password(login))
        if otp:
            self._show_one_time(login, otp)
        self.reload()

    def open_schedule(self) -> None:
        from ui.staff.schedule import ScheduleDialog

        login = self.selected_login()
        row = next((r for r in self.rows if r["login"] == login), None)
        if row is not None:
            ScheduleDialog(self.desk, row, self).exec()

    def _select(self, login: str) -> None:
        for i, row in enumerate(self.rows):
            if row["login"] == login:
                self.table.selectRow(i)
                self.table.setFocus()

    def rename(self) -> None:
        login = self.selected_login()
        if not login:
            return
        current = next((p["display_name"] for p in self.desk.staff.list() if p["login"] == login), "")
        name = dialog_module.dialogs.ask_line(self, self.tr("Rename"), self.tr(
            "The name the team and clients read for {login} (empty: the login):").format(login=login), current)
        if name is not None:
            try:
                self.desk.staff.rename(login, name)
            except SalonError as exc:
                dialog_module.dialogs.error(self, message_of(exc))
            self.reload()
            self._select(login)

    def set_role(self) -> None:
        login = self.selected_login()
        if login:
            sensitive.run(self, self.desk, lambda: self.desk.staff.set_role(login, self.role_combo.currentData()))
            self.reload()

    def _show_one_time(self, login: str, otp: str) -> None:
        dialog_module.dialogs.info(self, self.tr("One-time password"), self.tr(
            "Give this one-time password to {login} in person: {otp}\n"
            "They will choose their own password when they first sign in.").format(login=login, otp=otp))
