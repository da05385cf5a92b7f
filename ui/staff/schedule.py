"""One person's weekly schedule (their own hours and breaks, or the salon's opening hours) and absences."""
from __future__ import annotations

from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QGroupBox, QHBoxLayout, QLabel, QRadioButton,
                               QVBoxLayout, QWidget)

from desktop.desk import Desk
from desktop.kernel.errors import SalonError
from ui.hours.time_off_list import TimeOffList
from ui.hours.week_editor import WeekEditor


class ScheduleDialog(QDialog):
    def __init__(self, desk: Desk, staff: dict, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.login = staff["login"]
        name = staff["display_name"] or staff["login"]
        self.setWindowTitle(self.tr("Schedule of {name}").format(name=name))
        own = desk.settings.working_week(staff["id"])
        self.salon_radio = QRadioButton(self.tr("Works the salon's opening hours"))
        self.own_radio = QRadioButton(self.tr("Has their own hours"))
        self.own_radio.setObjectName("ownHours")
        (self.own_radio if own is not None else self.salon_radio).setChecked(True)
        self.week = WeekEditor(own if own is not None else desk.settings.opening_week())
        self.week.setEnabled(own is not None)
        self.own_radio.toggled.connect(self.week.setEnabled)
        hint = QLabel(self.tr("Breaks are the gaps between ranges: 09:00-12:30, 13:30-18:00. An empty day is a day off."))
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        week_box = QGroupBox(self.tr("Every week"))
        week_layout = QVBoxLayout(week_box)
        for widget in (self.salon_radio, self.own_radio, self.week, hint):
            week_layout.addWidget(widget)
        self.absences = TimeOffList(desk, self.login, name)
        absences_box = QGroupBox(self.tr("Absences: holiday, sick leave, training"))
        QVBoxLayout(absences_box).addWidget(self.absences)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        columns = QHBoxLayout()
        columns.addWidget(week_box, 1)
        columns.addWidget(absences_box, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addWidget(self.week.errors.general)
        layout.addWidget(buttons)
        (self.own_radio if own is None else self.week.edits[0]).setFocus()

    def save(self) -> None:
        try:
            self.desk.settings.set_working_week(self.login, self.week.week() if self.own_radio.isChecked() else None)
        except SalonError as exc:
            self.week.errors.show(exc)
            return
        self.desk.notify("hours")
        self.accept()
