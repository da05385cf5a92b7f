"""Owner settings: who sees client contact details and notes, the idle lock, how long the audit log is kept, and
how the book is coloured. Opening hours have their own screen (ui/hours/opening.py)."""
from __future__ import annotations

from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QGroupBox, QLabel,
                               QLineEdit, QSpinBox, QTabWidget, QVBoxLayout, QWidget)

from desktop.desk import Desk
from desktop.kernel.permissions import Perm, Role
from desktop.settings import (AUDIT_RETENTION_MAX, AUDIT_RETENTION_MIN, BOOK_COLOURS, IDLE_LOCK_MAX, IDLE_LOCK_MIN,
                              QUIET_FLOOR_DAYS)
from ui import sensitive


class SettingsDialog(QDialog):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.setWindowTitle(self.tr("Settings"))
        self.idle_spin = QSpinBox()
        self.idle_spin.setRange(IDLE_LOCK_MIN, IDLE_LOCK_MAX)
        self.idle_spin.setSuffix(self.tr(" min"))
        self.idle_spin.setValue(desk.settings.idle_lock_minutes())
        self.quiet_spin = QSpinBox()
        self.quiet_spin.setRange(QUIET_FLOOR_DAYS, 730)
        self.quiet_spin.setSuffix(self.tr(" days"))
        self.quiet_spin.setValue(desk.consent.quiet_days())
        self.audit_spin = QSpinBox()
        self.audit_spin.setObjectName("auditRetention")
        self.audit_spin.setRange(AUDIT_RETENTION_MIN, AUDIT_RETENTION_MAX)
        self.audit_spin.setSuffix(self.tr(" months"))
        self.audit_spin.setValue(desk.settings.audit_retention_months())
        self.colours_combo = QComboBox()
        self.colours_combo.setObjectName("bookColours")
        self.colours_combo.addItem(self.tr("appointment status"), "status")
        self.colours_combo.addItem(self.tr("service category"), "category")
        self._colours = desk.settings.get(BOOK_COLOURS)
        self.colours_combo.setCurrentIndex(self.colours_combo.findData(self._colours))
        visibility = desk.settings.visibility()
        self.boxes: dict[tuple[Role, Perm], QCheckBox] = {}
        group = QGroupBox(self.tr("What each role sees of a client"))
        form = QFormLayout(group)
        labels = {Role.MANAGER: self.tr("Managers"), Role.EMPLOYEE: self.tr("Employees")}
        for role in (Role.MANAGER, Role.EMPLOYEE):
            for perm, text in ((Perm.CLIENT_CONTACT, self.tr("full name and contact details")),
                               (Perm.CLIENT_NOTES, self.tr("notes")),
                               (Perm.HEALTH, self.tr("health information and patch tests"))):
                box = QCheckBox(text)
                box.setChecked(visibility[role][perm])
                self.boxes[(role, perm)] = box
                form.addRow(labels[role], box)
        hint = QLabel(self.tr("Masked contact details show the first name and initial, the last 4 digits of the "
                              "phone and the first 4 characters of the email, in every screen, search and export."))
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        general = QFormLayout()
        general.addRow(self.tr("Colour the book by"), self.colours_combo)
        general.addRow(self.tr("Lock the screen after"), self.idle_spin)
        general.addRow(self.tr("After a refusal, do not ask about consent again for"), self.quiet_spin)
        general.addRow(self.tr("Keep the audit log for"), self.audit_spin)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        from ui.settings_law import IdentityPage, PatchTestPage

        access = QWidget()
        access_layout = QVBoxLayout(access)
        access_layout.addLayout(general)
        access_layout.addWidget(group)
        access_layout.addWidget(hint)
        self.identity_page = IdentityPage(desk)
        self.patch_page = PatchTestPage(desk)
        self.tabs = QTabWidget()
        self.tabs.addTab(access, self.tr("Access and desk"))
        self.tabs.addTab(self.identity_page, self.tr("Salon in the consent texts"))
        self.tabs.addTab(self.patch_page, self.tr("Patch tests"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        self._initial = {key: box.isChecked() for key, box in self.boxes.items()}

    def save(self) -> None:
        def apply() -> bool:
            if self.idle_spin.value() != self.desk.settings.idle_lock_minutes():
                self.desk.settings.set_idle_lock_minutes(self.idle_spin.value())
            if self.colours_combo.currentData() != self._colours:
                self.desk.settings.set(BOOK_COLOURS, self.colours_combo.currentData())
                self.desk.notify("setting")
            if self.quiet_spin.value() != self.desk.consent.quiet_days():
                self.desk.settings.set_consent_quiet_days(self.quiet_spin.value())
            if self.audit_spin.value() != self.desk.settings.audit_retention_months():
                self.desk.settings.set_audit_retention_months(self.audit_spin.value())
            self.identity_page.apply()
            for (role, perm), box in self.boxes.items():
                if box.isChecked() != self._initial[(role, perm)]:
                    self.desk.settings.set_visibility(role, perm, box.isChecked())
                    self._initial[(role, perm)] = box.isChecked()
            return True
        if sensitive.run(self, self.desk, apply):
            self.accept()
