"""First-run wizard: a working keyring checked before anything is asked, the salon's identity, the owner's
account, then the recovery code (shown once, printable)."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QCheckBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout,
                               QWidget, QWizard, QWizardPage)

from desktop import recovery_sheet, setup
from desktop.clients import contact
from desktop.i18n import translate
from desktop.kernel.errors import InputError, QT_TRANSLATE_NOOP, SalonError, Term
from desktop.kernel.forms import collect
from desktop.paths import Layout
from desktop.salon import Salon
from desktop.staff import passwords
from desktop.staff.service import check_login
from ui import dialogs as dialog_module
from ui.dialogs import file_name, message_of
from ui.form_errors import FormErrors
from ui.salon_details import IdentityForm

YOUR_NAME = Term(QT_TRANSLATE_NOOP("Fields", "name"), "Fields")


def wrapped(text: str, name: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    if name:
        label.setObjectName(name)
    return label


class SalonPage(QWizardPage):
    """Before anything is asked: is there a keyring to keep the key? Then the salon's identity."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Welcome to Salon Desk"))
        self.intro = wrapped(self.tr("Your clients' data stays encrypted on this PC. First, tell us about the salon."))
        self.keyring_label = wrapped("", "maskNotice")
        self.keyring_label.setObjectName("keyringProblem")
        self.retry_button = QPushButton(self.tr("Check again"))
        self.retry_button.clicked.connect(self.check_keyring)
        self.form = IdentityForm()
        self.name_edit = self.form.edits["trade_name"]
        self.name_edit.setObjectName("salonName")
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.keyring_label)
        layout.addWidget(self.retry_button)
        layout.addWidget(self.form)
        layout.addStretch()
        self.name_edit.textChanged.connect(self.completeChanged)
        self.values: dict | None = None
        self.below: list[QWidget] = []
        self.check_keyring()

    def add_below(self, widget: QWidget) -> None:
        """A widget under the form, shown only when a keyring can keep the key (restoring needs one too)."""
        layout = self.layout()
        layout.insertWidget(layout.count() - 1, widget)
        self.below.append(widget)
        widget.setVisible(not self.problem)

    def check_keyring(self) -> None:
        problem = setup.keyring_problem()
        self.problem = translate("Messages", problem) if problem else None
        self.keyring_label.setText(self.problem or "")
        self.keyring_label.setVisible(bool(problem))
        self.retry_button.setVisible(bool(problem))
        self.form.setVisible(not problem)
        self.intro.setVisible(not problem)
        for widget in self.below:
            widget.setVisible(not problem)
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 (Qt API)
        return not self.problem and bool(self.name_edit.text().strip())

    def validatePage(self) -> bool:  # noqa: N802 (Qt API)
        self.values = self.form.check()
        return self.values is not None


class OwnerPage(QWizardPage):
    def __init__(self, wizard: "FirstRunWizard") -> None:
        super().__init__(wizard)
        self.wizard_ = wizard
        self.setTitle(self.tr("Your owner account"))
        intro = wrapped(self.tr("Every person at the salon gets a personal login. Yours is the owner's."))
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("ownerName")
        self.login_edit = QLineEdit()
        self.login_edit.setObjectName("ownerLogin")
        self.password_edit = QLineEdit()
        self.password_edit.setObjectName("ownerPassword")
        self.again_edit = QLineEdit()
        self.again_edit.setObjectName("ownerPasswordAgain")
        for edit in (self.password_edit, self.again_edit):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.hint = wrapped(self.tr("At least 12 characters. A short sentence works well."), "hint")
        self.password_edit.textChanged.connect(self._update_hint)
        self.errors = FormErrors()
        self.error_label = self.errors.general
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.errors.add_row(form, self.tr("Your &name"), self.name_edit, "owner_name")
        self.errors.add_row(form, self.tr("&Login"), self.login_edit, "owner_login")
        self.errors.add_row(form, self.tr("&Password"), self.password_edit, "owner_password")
        self.errors.add_row(form, self.tr("Password &again"), self.again_edit, "again")
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.error_label)
        layout.addStretch()
        self.registerField("owner_login*", self.login_edit)
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Create the salon"))

    def _context(self) -> tuple[str, ...]:
        salon = self.wizard_.salon_page.values or {}
        return (self.login_edit.text(), self.name_edit.text(), *(salon.get("trade_name") or "").split())

    def _update_hint(self, text: str) -> None:
        self.hint.show()
        problem = passwords.refusal(text, self._context()) if text else None
        self.hint.setText(message_of(problem) if problem else self.tr("This password is acceptable."))

    def validatePage(self) -> bool:  # noqa: N802 (Qt API)
        login, password, name = self.login_edit.text().strip(), self.password_edit.text(), self.name_edit.text()
        salon = self.wizard_.salon_page.values or {}

        def same() -> None:
            if password != self.again_edit.text():
                raise InputError(QT_TRANSLATE_NOOP("Messages", "The two passwords differ."))
        try:  # every mistake at once, under its field
            collect({"owner_name": lambda: contact.name(name, field=YOUR_NAME), "owner_login": lambda: check_login(login),
                     "owner_password": lambda: passwords.check(password, context=(
                         login, name, *salon.get("trade_name", "").split())), "again": same})
            self.wizard_.create(salon, login, password, name)
        except SalonError as exc:
            self.errors.show(exc)
            self.hint.setVisible(not self.errors.labels["owner_password"].text())  # said once, under the field
            return False
        self.errors.clear()
        self.password_edit.clear()
        self.again_edit.clear()
        return True


class RecoveryPage(QWizardPage):
    def __init__(self, wizard: "FirstRunWizard") -> None:
        super().__init__(wizard)
        self.wizard_ = wizard
        self.setTitle(self.tr("Your recovery code"))
        intro = wrapped(self.tr("This code opens the salon's data on a new PC or if this PC loses its key. It is "
                                "shown only now: print it or write it down, and keep it away from the PC."))
        self.code_label = QLabel()
        self.code_label.setObjectName("code")
        self.code_label.setTextInteractionFlags(self.code_label.textInteractionFlags()
                                                | self.code_label.textInteractionFlags().TextSelectableByMouse)
        self.print_button = QPushButton(self.tr("Save the recovery sheet (PDF) to print…"))
        self.print_button.clicked.connect(self.save_sheet)
        self.saved_label = wrapped("", "hint")
        self.confirm = QCheckBox(self.tr("I have printed or written down this code"))
        self.confirm.setObjectName("confirmCode")
        self.confirm.toggled.connect(self.completeChanged)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.code_label)
        layout.addWidget(self.print_button)
        layout.addWidget(self.saved_label)
        layout.addStretch()
        layout.addWidget(self.confirm)

    def initializePage(self) -> None:  # noqa: N802 (Qt API)
        self.code_label.setText(self.wizard_.recovery_code or "")

    def isComplete(self) -> bool:  # noqa: N802 (Qt API)
        return self.confirm.isChecked()

    def save_sheet(self) -> None:
        suggested = self.tr("recovery-code-{salon}.pdf").format(salon=file_name(self.wizard_.salon_name))
        path = dialog_module.dialogs.save_file(self, self.tr("Save the recovery sheet"), suggested,
                                               self.tr("PDF files (*.pdf)"))
        if not path:
            return
        try:
            recovery_sheet.save(path, self.wizard_.recovery_code, self.wizard_.salon_name,
                                date.today().strftime("%d/%m/%Y"))
        except OSError as exc:
            dialog_module.dialogs.error(self, message_of(exc))
            return
        self.saved_label.setText(self.tr("Saved to {path}. Print it now.").format(path=path))


class FirstRunWizard(QWizard):
    created = Signal(object, str)  # Salon, owner login

    def __init__(self, layout: Layout, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.layout_ = layout
        self.salon: Salon | None = None
        self.recovery_code: str | None = None
        self.salon_name = ""
        self.owner_login = ""
        self.setWindowTitle(self.tr("Salon Desk — First start"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.setMinimumSize(640, 520)
        self.salon_page = SalonPage(self)
        self.owner_page = OwnerPage(self)
        self.recovery_page = RecoveryPage(self)
        for page in (self.salon_page, self.owner_page, self.recovery_page):
            self.addPage(page)
        restore_button = QPushButton(self.tr("Restore a backup…"))
        restore_button.setObjectName("restoreBackup")
        restore_button.setToolTip(self.tr("A new PC: bring the salon back from a backup file and the recovery code"))
        restore_button.clicked.connect(self.restore_backup)
        restore_row = QWidget()
        row = QHBoxLayout(restore_row)
        row.setContentsMargins(0, 24, 0, 0)
        moving = QLabel(self.tr("The salon already uses Salon Desk on another PC?"))
        moving.setObjectName("hint")
        row.addWidget(moving)
        row.addWidget(restore_button)
        row.addStretch()
        self.salon_page.add_below(restore_row)

    def create(self, salon: dict, login: str, password: str, owner_name: str) -> None:
        self.salon, self.recovery_code = Salon.create(
            self.layout_, salon_name=salon.get("trade_name", ""), legal_name=salon.get("legal_name", ""),
            address=salon.get("address", ""), phone=salon.get("phone") or "", email=salon.get("email") or "",
            owner_login=login, owner_password=password, owner_name=owner_name)
        self.salon_name = salon.get("trade_name", "")
        self.owner_login = login

    def restore_backup(self) -> None:
        """Instead of a new salon: the salon from a backup and the recovery code (staff keep their passwords)."""
        from ui.backup.restore_dialog import RestoreDialog

        dialog = RestoreDialog(self.layout_, self)
        if dialog.exec() and dialog.salon is not None:
            self.salon, self.owner_login = dialog.salon, ""
            self.accept()

    def accept(self) -> None:
        super().accept()
        if self.salon is not None:
            self.created.emit(self.salon, self.owner_login)
