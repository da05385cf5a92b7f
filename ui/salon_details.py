"""The salon's identity: legal name, trade name, address, phone and email (the wizard's first page, and
Salon → Salon details… for the owner). They go on confirmations, consent texts and the access report."""
from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from desktop import identity
from desktop.desk import Desk
from desktop.kernel.errors import SalonError
from ui.form_errors import FormErrors


class IdentityForm(QWidget):
    def __init__(self, values: dict | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        values = values or {}
        self.edits: dict[str, QLineEdit] = {}
        self.errors = FormErrors()
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        rows = (("trade_name", self.tr("&Salon name"), self.tr("Atelier Lumière")),
                ("legal_name", self.tr("&Legal name"), self.tr("SARL Lumière (if different)")),
                ("address", self.tr("&Address"), self.tr("3 rue des Lilas, 75011 Paris")),
                ("phone", self.tr("&Phone"), self.tr("01 42 00 00 00")),
                ("email", self.tr("&Email"), self.tr("contact@atelier-lumiere.fr")))
        for name, caption, example in rows:
            edit = QLineEdit(values.get("phone_display" if name == "phone" else name, "") or "")
            edit.setObjectName(name)
            edit.setPlaceholderText(example)
            self.edits[name] = edit
            self.errors.add_row(form, caption, edit, name)
        self.note = QLabel(self.tr("They appear on booking confirmations, consent texts and the access report."))
        self.note.setObjectName("hint")
        self.note.setWordWrap(True)
        form.addRow(self.note)
        form.addRow(self.errors.general)

    def values(self) -> dict[str, str]:
        return {name: edit.text() for name, edit in self.edits.items()}

    def check(self) -> dict | None:
        """The cleaned values, or None after showing every mistake under its field."""
        try:
            values = identity.check(**self.values())
        except SalonError as exc:
            self.errors.show(exc)
            return None
        self.errors.clear()
        return values


class SalonDetailsDialog(QDialog):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.setWindowTitle(self.tr("Salon details"))
        self.setMinimumWidth(520)
        self.form = IdentityForm(desk.identity.get())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(buttons)

    def save(self) -> None:
        if self.form.check() is None:
            return
        try:
            self.desk.identity.update(**self.form.values())
        except SalonError as exc:
            self.form.errors.show(exc)
            return
        self.accept()
