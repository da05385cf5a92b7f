"""The salon's hours (the owner): opening hours per weekday with a lunch closure, public holidays (computed, not
typed), and exceptional closures."""
from __future__ import annotations

from datetime import timedelta

from PySide6.QtWidgets import (QCheckBox, QDialog, QDialogButtonBox, QGroupBox, QHBoxLayout, QLabel, QVBoxLayout,
                               QWidget)

from desktop.desk import Desk
from desktop.i18n import translate
from desktop.kernel.errors import SalonError
from desktop.settings import CLOSED_ON_HOLIDAYS
from desktop.timefmt import salon_today
from ui.hours.time_off_list import TimeOffList
from ui.hours.week_editor import WeekEditor


class OpeningHoursDialog(QDialog):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.setWindowTitle(self.tr("Opening hours"))
        self.week = WeekEditor(desk.settings.opening_week())
        hint = QLabel(self.tr("One or more ranges a day, such as 09:00-12:00, 14:00-19:00 for a lunch closure. "
                              "Leave a day empty when the salon is closed."))
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        hours_box = QGroupBox(self.tr("Every week"))
        hours_layout = QVBoxLayout(hours_box)
        hours_layout.addWidget(self.week)
        hours_layout.addWidget(hint)
        self.holidays_box = QCheckBox(self.tr("Closed on public holidays"))
        self.holidays_box.setChecked(bool(desk.settings.get(CLOSED_ON_HOLIDAYS)))
        today = salon_today()
        coming = desk.availability.holidays(today, today + timedelta(days=120))[:3]
        self.holidays_label = QLabel(self.tr("Next: {list}").format(list=", ".join(
            f"{translate('Holidays', name)} ({day:%d/%m})" for day, name in coming)) if coming else "")
        self.holidays_label.setObjectName("hint")
        self.holidays_label.setWordWrap(True)
        self.closures = TimeOffList(desk)
        closures_box = QGroupBox(self.tr("Exceptional closures"))
        closures_layout = QVBoxLayout(closures_box)
        closures_layout.addWidget(self.holidays_box)
        closures_layout.addWidget(self.holidays_label)
        closures_layout.addWidget(self.closures)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        columns = QHBoxLayout()
        columns.addWidget(hours_box, 1)
        columns.addWidget(closures_box, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addWidget(self.week.errors.general)
        layout.addWidget(buttons)
        self.week.edits[0].setFocus()

    def save(self) -> None:
        try:
            self.desk.settings.set_opening_week(self.week.week())
            if self.holidays_box.isChecked() != bool(self.desk.settings.get(CLOSED_ON_HOLIDAYS)):
                self.desk.settings.set(CLOSED_ON_HOLIDAYS, self.holidays_box.isChecked())
        except SalonError as exc:
            self.week.errors.show(exc)
            return
        self.desk.notify("hours")
        self.accept()
