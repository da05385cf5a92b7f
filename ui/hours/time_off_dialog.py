"""Adding a closure of the salon, or a staff member's absence: from one day to another, or part of one day."""
from __future__ import annotations

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLineEdit,
                               QTimeEdit, QVBoxLayout, QWidget)

from desktop.booking.time_off import ABSENCE_KINDS, KIND_LABELS
from desktop.desk import Desk
from desktop.i18n import translate
from desktop.kernel.errors import SalonError
from desktop import timefmt
from desktop.timefmt import salon_today
from ui import dialogs as dialog_module
from ui.day_edit import DayEdit
from ui.form_errors import FormErrors




class TimeOffDialog(QDialog):
    """`login` None: a closure of the salon (with its reason); else this person's absence (with its kind)."""

    def __init__(self, desk: Desk, login: str | None = None, name: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk, self.login = desk, login
        self.setWindowTitle(self.tr("Absence of {name}").format(name=name) if login else self.tr("Closure"))
        self.setMinimumWidth(400)
        today = salon_today()
        self.first_edit, self.last_edit = DayEdit(today), DayEdit(today)
        self.first_edit.dateChanged.connect(lambda d: self.last_edit.setDate(max(d, self.last_edit.date())))
        self.part_box = QCheckBox(self.tr("Part of the day only"))
        self.start_edit, self.end_edit = QTimeEdit(QTime(14, 0)), QTimeEdit(QTime(18, 0))
        for edit in (self.start_edit, self.end_edit):
            edit.setDisplayFormat("HH:mm")
            edit.setEnabled(False)
        self.part_box.toggled.connect(self.start_edit.setEnabled)
        self.part_box.toggled.connect(self.end_edit.setEnabled)
        self.kind_combo = QComboBox()
        for kind in ABSENCE_KINDS:
            self.kind_combo.addItem(translate("TimeOff", KIND_LABELS[kind]), kind)
        self.label_edit = QLineEdit()
        self.label_edit.setPlaceholderText(self.tr("Works, summer break…"))
        self.errors = FormErrors()
        form = QFormLayout()
        if login:
            self.errors.add_row(form, self.tr("&Reason"), self.kind_combo, "kind")
        else:
            self.errors.add_row(form, self.tr("&Reason"), self.label_edit, "label")
        self.errors.add_row(form, self.tr("&From"), self.first_edit, "first_day")
        self.errors.add_row(form, self.tr("&To"), self.last_edit, "last_day")
        form.addRow("", self.part_box)
        self.errors.add_row(form, self.tr("&Start"), self.start_edit, "start_minute")
        self.errors.add_row(form, self.tr("&End"), self.end_edit, "end_minute")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Add"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.errors.general)
        layout.addWidget(buttons)

    def save(self) -> None:
        times = {}
        if self.part_box.isChecked():
            times = {"start": self.start_edit.time().toString("HH:mm"), "end": self.end_edit.time().toString("HH:mm")}
        first, last = self.first_edit.day(), self.last_edit.day()
        try:
            if self.login:
                added = self.desk.time_off.add_absence(self.login, self.kind_combo.currentData(), first, last,
                                                       **times)
            else:
                added = self.desk.time_off.add_closure(first, last, label=self.label_edit.text(), **times)
            booked = self.desk.time_off.booked_during(added)
        except SalonError as exc:
            self.errors.show(exc)
            return
        self.accept()
        if booked:  # saved; the clients booked then still have to be called
            lines = [f"{timefmt.salon_time(a['starts_at']):%d/%m/%Y %H:%M} · {a['staff_name']} · "
                     f"{a['client'] or '—'}" for a in booked[:15]]
            if len(booked) > 15:
                lines.append("…")
            dialog_module.dialogs.info(self.parentWidget(), self.tr("Appointments to move"), "\n".join(
                [self.tr("%n booked appointment(s) fall in this time. Call the clients to move them:", "",
                         len(booked)), "", *lines]))
