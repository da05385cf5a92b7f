"""First-run wizard: the salon, the owner's account, then the recovery code (shown once, printable)."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QCheckBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout,
                               QWidget, QWizard, QWizardPage)

from desktop import recovery_sheet

from desktop.staff import passwords
from desktop.i18n import translate
from desktop.paths import Layout
from desktop.salon import Salon
from desktop.kernel.errors import SalonError
from ui import dialogs as dialog_module
from ui.dialogs import message_of


class SalonPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Welcome to Salon Desk"))
        self.setSubTitle(self.tr("Your clients' data stays encrypted on this PC. First, tell us about the salon."))
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("salonName")
        self.address_edit = QLineEdit()
        form = QFormLayout(self)
        form.addRow(self.tr("Salon name"), self.name_edit)
        form.addRow(self.tr("Address"), self.address_edit)
        self.registerField("salon_name*", self.name_edit)
        self.registerField("address", self.address_edit)


class OwnerPage(QWizardPage):
    def __init__(self, wizard: "FirstRunWizard") -> None:
        super().__init__(wizard)
        self.wizard_ = wizard
        self.setTitle(self.tr("Your owner account"))
        self.setSubTitle(self.tr("Every person at the salon gets a personal login. Yours is the owner's."))
        self.name_edit = QLineEdit()
        self.login_edit = QLineEdit()
        self.login_edit.setObjectName("ownerLogin")
        self.password_edit = QLineEdit()
        self.password_edit.setObjectName("ownerPassword")
        self.again_edit = QLineEdit()
        self.again_edit.setObjectName("ownerPasswordAgain")
        for edit in (self.password_edit, self.again_edit):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.hint = QLabel(self.tr("At least 12 characters. A short sentence works well."))
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        self.error_label = QLabel()
        self.error_label.setObjectName("error")
        self.error_label.setWordWrap(True)
        self.password_edit.textChanged.connect(self._update_hint)
        form = QFormLayout(self)
        form.addRow(self.tr("Your name"), self.name_edit)
        form.addRow(self.tr("Login"), self.login_edit)
        form.addRow(self.tr("Password"), self.password_edit)
        form.addRow(self.tr("Password again"), self.again_edit)
        form.addRow(self.hint)
        form.addRow(self.error_label)
        self.registerField("owner_login*", self.login_edit)
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Create the salon"))

    def _context(self) -> tuple[str, ...]:
        return (self.login_edit.text(), self.name_edit.text(), self.field("salon_name") or "")

    def _update_hint(self, text: str) -> None:
        problem = passwords.refusal(text, self._context()) if text else None
        self.hint.setText(message_of(problem) if problem else self.tr("This password is acceptable."))

    def validatePage(self) -> bool:  # noqa: N802 (Qt API)
        if self.password_edit.text() != self.again_edit.text():
            self.error_label.setText(self.tr("The two passwords differ."))
            return False
        try:
            self.wizard_.create(self.field("salon_name"), self.field("address"), self.login_edit.text().strip(),
                                self.password_edit.text(), self.name_edit.text())
        except SalonError as exc:
            self.error_label.setText(message_of(exc))
            return False
        self.password_edit.clear()
        self.again_edit.clear()
        return True


class RecoveryPage(QWizardPage):
    def __init__(self, wizard: "FirstRunWizard") -> None:
        super().__init__(wizard)
        self.wizard_ = wizard
        self.setTitle(self.tr("Your recovery code"))
        self.setSubTitle(self.tr("This code opens the salon's data on a new PC or if this PC loses its key. "
                                 "It is shown only now: print it or write it down, and keep it away from the PC."))
        self.code_label = QLabel()
        self.code_label.setObjectName("code")
        self.code_label.setTextInteractionFlags(self.code_label.textInteractionFlags()
                                                | self.code_label.textInteractionFlags().TextSelectableByMouse)
        self.print_button = QPushButton(self.tr("Save the recovery sheet (PDF) to print…"))
        self.print_button.clicked.connect(self.save_sheet)
        self.saved_label = QLabel()
        self.saved_label.setObjectName("hint")
        self.confirm = QCheckBox(self.tr("I have printed or written down this code"))
        self.confirm.setObjectName("confirmCode")
        self.confirm.toggled.connect(self.completeChanged)
        layout = QVBoxLayout(self)
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
        path = dialog_module.dialogs.save_file(self, self.tr("Save the recovery sheet"), "recovery-sheet.pdf",
                                               self.tr("PDF files (*.pdf)"))
        if not path:
            return
        try:
            recovery_sheet.save(path, self.wizard_.recovery_code, self.wizard_.salon_name,
                                date.today().strftime("%d/%m/%Y"))
        except OSError as exc:
            dialog_module.dialogs.error(self, str(exc))
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
        self.setMinimumSize(560, 420)
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
        self.salon_page.layout().addRow(restore_row)

    def create(self, salon_name: str, address: str, login: str, password: str, owner_name: str) -> None:
        self.salon, self.recovery_code = Salon.create(
            self.layout_, salon_name=salon_name, owner_login=login, owner_password=password, address=address,
            owner_name=owner_name)
        self.salon_name = " ".join(salon_name.split())
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
