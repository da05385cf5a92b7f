"""Owner settings that the law asks for: how the consent texts name the salon as data controller, and how long a
patch test counts for each product."""
from __future__ import annotations

from PySide6.QtWidgets import (QFormLayout, QHBoxLayout, QLabel, QLineEdit, QListWidget, QPushButton, QSpinBox,
                               QVBoxLayout, QWidget)

from desktop.desk import Desk
from desktop.settings import PRIVACY_NOTICE, RIGHTS_CONTACT, SALON_CALLED, SALON_LEGAL_NAME
from ui import sensitive


class IdentityPage(QWidget):
    """Empty fields fall back to the salon's own details (shown as placeholders from the current text)."""

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.edits: dict = {}
        form = QFormLayout()
        for setting, label, example in (
                (SALON_LEGAL_NAME, self.tr("Legal name"), self.tr("e.g. SARL Lumière")),
                (SALON_CALLED, self.tr("The texts say"), self.tr("e.g. le salon Marie Coiffure")),
                (PRIVACY_NOTICE, self.tr("Privacy notice"), self.tr("e.g. displayed at the desk and on our website")),
                (RIGHTS_CONTACT, self.tr("Rights requests"), self.tr("e.g. at the desk or contact@salon.fr"))):
            edit = QLineEdit(desk.settings.get(setting))
            edit.setPlaceholderText(example)
            edit.setObjectName(setting.key)
            form.addRow(label, edit)
            self.edits[setting] = edit
        hint = QLabel(self.tr("The consent texts name the salon as data controller (legal name, trade name, address), "
                              "say where the privacy notice is and how clients exercise their rights. A change makes "
                              "a new version of each text; past answers keep the version the client saw."))
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addStretch()

    def apply(self) -> None:
        for setting, edit in self.edits.items():
            if edit.text().strip() != self.desk.settings.get(setting):
                self.desk.settings.set(setting, edit.text())


class PatchTestPage(QWidget):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.products = QListWidget()
        self.products.setObjectName("patchTestProducts")
        self.product_edit = QLineEdit()
        self.product_edit.setPlaceholderText(self.tr("Product, e.g. Majirel"))
        self.months_spin = QSpinBox()
        self.months_spin.setRange(0, 24)
        self.months_spin.setSpecialValueText(self.tr("before every colouring"))
        self.months_spin.setSuffix(self.tr(" months"))
        self.months_spin.setMinimumWidth(self.months_spin.fontMetrics().horizontalAdvance(
            self.months_spin.specialValueText()) + 48)
        add = QPushButton(self.tr("Set"))
        add.clicked.connect(self.set_product)
        row = QHBoxLayout()
        row.addWidget(self.product_edit, 1)
        row.addWidget(self.months_spin)
        row.addWidget(add)
        hint = QLabel(self.tr("How long a patch test without reaction counts for each product, as its instructions "
                              "say. Products not listed need a test 48 h before every colouring."))
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.products)
        layout.addLayout(row)
        self.reload()

    def reload(self) -> None:
        self.products.clear()
        for product, months in self.desk.settings.patch_test_products().items():
            when = self.tr("before every colouring") if months == 0 else self.tr("%n month(s)", "", months)
            self.products.addItem(f"{product[:1].upper()}{product[1:]} · {when}")

    def set_product(self) -> None:
        product, months = self.product_edit.text(), self.months_spin.value()
        if sensitive.run(self, self.desk, lambda: self.desk.settings.set_patch_test_months(product, months) or True):
            self.product_edit.clear()
            self.reload()
