"""One service's form: name, category, duration, processing time, informational price and colour. Every mistake
is shown at once, under its field."""
from __future__ import annotations

from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QSpinBox,
                               QVBoxLayout, QWidget)

from desktop.booking.catalogue import PALETTE, price_text
from desktop.desk import Desk
from desktop.kernel.errors import SalonError
from ui.form_errors import FormErrors


def swatch(colour: str) -> QIcon:
    pixmap = QPixmap(14, 14)
    pixmap.fill(QColor(colour or PALETTE[0]))
    return QIcon(pixmap)


class ServiceEditor(QDialog):
    def __init__(self, desk: Desk, service: dict | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.service = service
        self.service_id = service["id"] if service else None
        self.setWindowTitle(self.tr("Edit the service") if service else self.tr("New service"))
        self.setMinimumWidth(440)
        self.name_edit = QLineEdit(service["name"] if service else "")
        self.name_edit.setObjectName("serviceName")
        self.category_combo = QComboBox()
        self.category_combo.setObjectName("serviceCategory")
        self.category_combo.setEditable(True)
        self.category_combo.addItems(desk.catalogue.categories())
        self.category_combo.setCurrentText(service["category"] if service else "")
        self.category_combo.lineEdit().setPlaceholderText(self.tr("Cut, Colour, Care…"))
        self.minutes_spin = QSpinBox()
        self.minutes_spin.setObjectName("serviceMinutes")
        self.minutes_spin.setRange(5, 12 * 60)
        self.minutes_spin.setSingleStep(5)
        self.minutes_spin.setSuffix(self.tr(" min"))
        self.minutes_spin.setValue(service["minutes"] if service else 30)
        self.processing_spin = QSpinBox()
        self.processing_spin.setObjectName("serviceProcessing")
        self.processing_spin.setRange(0, 12 * 60)
        self.processing_spin.setSingleStep(5)
        self.processing_spin.setSuffix(self.tr(" min"))
        self.processing_spin.setSpecialValueText(self.tr("none"))
        self.processing_spin.setValue(service["processing_minutes"] if service else 0)
        self.price_edit = QLineEdit(price_text(service["price_cents"]).replace(" €", "") if service else "")
        self.price_edit.setObjectName("servicePrice")
        self.price_edit.setPlaceholderText(self.tr("42,50"))
        self.colour_combo = QComboBox()
        self.colour_combo.setObjectName("serviceColour")
        names = (self.tr("Mauve"), self.tr("Sage"), self.tr("Sky"), self.tr("Peach"), self.tr("Rose"),
                 self.tr("Butter"), self.tr("Mint"), self.tr("Sand"), self.tr("Grey"), self.tr("Lilac"))
        for colour, name in zip(PALETTE, names):
            self.colour_combo.addItem(swatch(colour), name, colour)
        current = (service or {}).get("colour") or PALETTE[0]
        if self.colour_combo.findData(current) < 0:
            self.colour_combo.addItem(swatch(current), current, current)
        self.colour_combo.setCurrentIndex(self.colour_combo.findData(current))
        self.category_combo.currentTextChanged.connect(self._category_colour)

        self.errors = FormErrors()
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.errors.add_row(form, self.tr("&Name"), self.name_edit, "name")
        self.errors.add_row(form, self.tr("C&ategory"), self.category_combo, "category")
        self.errors.add_row(form, self.tr("&Duration"), self.minutes_spin, "minutes")
        self.errors.add_row(form, self.tr("&Processing time"), self.processing_spin, "processing_minutes")
        self.errors.add_row(form, self.tr("P&rice (€)"), self.price_edit, "price")
        self.errors.add_row(form, self.tr("Co&lour"), self.colour_combo, "colour")
        hint = QLabel(self.tr("The processing time (a colour developing) is added to the duration: 90 min with 30 "
                              "min processing books 2 hours. The price is information only: Salon Desk records no "
                              "payments."))
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setDefault(True)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.errors.general)
        layout.addWidget(buttons)
        self.name_edit.setFocus()

    def _category_colour(self, category: str) -> None:
        """A category's services share a colour, so the book coloured by category reads at a glance."""
        if self.service_id:
            return
        services = self.desk.catalogue.list(archived=True)
        for row in services:
            if row["category"] and row["category"].casefold() == category.strip().casefold() and row["colour"]:
                index = self.colour_combo.findData(row["colour"])
                if index >= 0:
                    self.colour_combo.setCurrentIndex(index)
                return
        if category.strip():  # a new category: a colour no other category has yet, so the book tells them apart
            taken = {row["colour"] for row in services if row["category"]}
            free = next((colour for colour in PALETTE if colour not in taken), None)
            if free is not None:
                self.colour_combo.setCurrentIndex(self.colour_combo.findData(free))

    def fields(self) -> dict:
        return {"name": self.name_edit.text(), "category": self.category_combo.currentText(),
                "minutes": self.minutes_spin.value(), "processing_minutes": self.processing_spin.value(),
                "price": self.price_edit.text(), "colour": self.colour_combo.currentData()}

    def save(self) -> None:
        fields = self.fields()
        try:
            if self.service_id:
                self.desk.catalogue.edit(self.service_id, **fields)
            else:
                self.service_id = self.desk.catalogue.add(fields.pop("name"), fields.pop("minutes"), **fields)
        except SalonError as exc:
            self.errors.show(exc)
            return
        self.accept()
