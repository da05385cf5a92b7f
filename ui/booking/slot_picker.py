"""The booking's second step: the service, the staff member, the day and the time.

Once a service and a person are chosen, the next free slot for them is proposed (and `proposed` tells the book
to show it), and proposed again when they change, unless the person chose the time: clicked on the book, picked
from the list or typed. The time
list holds that day's free starts; another time can be typed (the booking then says what is wrong with it).
"""
from __future__ import annotations

import re
from datetime import date, datetime

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QWidget

from desktop.booking.availability import at, later
from desktop.desk import Desk
from desktop.kernel.errors import SalonError
from desktop.timefmt import SALON_ZONE, salon_now
from ui.day_edit import DayEdit
from ui.dialogs import message_of

_TIME = re.compile(r"^\s*(\d{1,2})\s*[:hH.]\s*(\d{2})?\s*$")


class SlotPicker(QWidget):
    changed = Signal()                         # anything about the slot changed
    proposed = Signal(str, object, object)     # login, start, end: a slot to show in the book
    submitted = Signal()                       # Enter in the time field (an editable combo keeps Enter to itself)

    def __init__(self, desk: Desk, *, staff_login: str | None, start: datetime | None, minutes: int | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.fixed_minutes = minutes  # a slot dragged on the book keeps its length
        self.services = {s["name"]: s for s in desk.catalogue.list()}
        self.service_combo = QComboBox()
        self.service_combo.setObjectName("service")
        self.service_combo.setPlaceholderText(self.tr("Choose a service…"))
        for service in self.services.values():
            self.service_combo.addItem(self.tr("{name} ({minutes} min)").format(
                name=service["name"], minutes=service["minutes"] + service["processing_minutes"]), service["name"])
        self.service_combo.setCurrentIndex(-1)
        self.staff_combo = QComboBox()
        self.staff_combo.setObjectName("staff")
        for login, name in desk.booking.staff_choices():
            self.staff_combo.addItem(name, login)
        self.staff_combo.setCurrentIndex(max(0, self.staff_combo.findData(staff_login or desk.session.login)))
        day = (start.astimezone(SALON_ZONE) if start else salon_now()).date()
        self.day_edit = DayEdit(day, "dddd dd/MM/yyyy")
        self.day_edit.setObjectName("day")
        self.time_combo = QComboBox()
        self.time_combo.setObjectName("time")
        self.time_combo.setEditable(True)
        self.time_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.time_combo.lineEdit().setPlaceholderText(self.tr("HH:MM"))
        self.time_chosen = start is not None  # a time is on the screen, proposed or chosen
        self.user_time = start is not None    # the person chose it (clicked on the book, picked, typed)
        self.problem_label = QLabel()
        self.problem_label.setObjectName("maskNotice")
        self.problem_label.setWordWrap(True)
        self.problem_label.hide()
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for caption, widget in ((self.tr("&Service"), self.service_combo), (self.tr("&With"), self.staff_combo),
                                (self.tr("&Day"), self.day_edit), (self.tr("&Time"), self.time_combo)):
            label = QLabel(caption)
            label.setBuddy(widget)
            form.addRow(label, widget)
        form.addRow(self.problem_label)
        self._fill_times(keep=f"{start.astimezone(SALON_ZONE):%H:%M}" if start else "")
        self.service_combo.currentIndexChanged.connect(lambda _i: self._refresh(propose=True))
        self.staff_combo.currentIndexChanged.connect(lambda _i: self._refresh(propose=True))
        self.day_edit.dateChanged.connect(lambda _d: self._refresh(propose=True, same_day=True))
        self.time_combo.activated.connect(self._time_picked)
        self.time_combo.editTextChanged.connect(self._time_typed)
        self.time_combo.lineEdit().returnPressed.connect(self.submitted)

    # -- what is chosen ------------------------------------------------------------------------------------
    @property
    def service(self) -> dict | None:
        return self.services.get(self.service_combo.currentData()) if self.service_combo.currentIndex() >= 0 else None

    @property
    def login(self) -> str | None:
        return self.staff_combo.currentData()

    def day(self) -> date:
        return self.day_edit.day()

    def minutes(self) -> int | None:
        service = self.service
        if self.fixed_minutes:
            return self.fixed_minutes
        return service["minutes"] + service["processing_minutes"] if service else None

    def start(self) -> datetime | None:
        match = _TIME.match(self.time_combo.currentText())
        if not match or int(match.group(1)) > 23 or int(match.group(2) or 0) > 59:
            return None
        return at(self.day(), int(match.group(1)) * 60 + int(match.group(2) or 0))

    def end(self) -> datetime | None:
        start, minutes = self.start(), self.minutes()
        return later(start, minutes) if start and minutes else None

    @property
    def ready(self) -> bool:
        """A service and a time are chosen, and both are on the screen."""
        return self.service is not None and self.start() is not None and self.time_chosen

    def choose(self, *, service: str | None = None, login: str | None = None, start: datetime | None = None) -> None:
        """Set the slot from code (the consent tests, the demo): as if typed."""
        if start:
            self.time_chosen = self.user_time = True  # a chosen time: nothing is proposed over it
        if login:
            self.staff_combo.setCurrentIndex(self.staff_combo.findData(login))
        if service:
            self.service_combo.setCurrentIndex(self.service_combo.findData(service))
        if start:
            local = start.astimezone(SALON_ZONE)
            self.day_edit.blockSignals(True)
            self.day_edit.setDate(QDate(local.year, local.month, local.day))
            self.day_edit.blockSignals(False)
            self._fill_times(keep=f"{local:%H:%M}")
            self._after_time()

    # -- proposing -------------------------------------------------------------------------------------------
    def _refresh(self, *, propose: bool, same_day: bool = False) -> None:
        if propose and not self.user_time and self.service is not None and self.login:
            self._propose(same_day)
        else:
            self._fill_times(keep=self.time_combo.currentText())
        if self.start() is not None:  # else _propose said why nothing is proposed
            self._show_problems()
        self.changed.emit()

    def _propose(self, same_day: bool) -> None:
        """The next free slot for this service and person: from now, or on the day the person chose (which then
        stays chosen: stepping through the days must never snap back to another one)."""
        now = salon_now()
        try:
            if same_day:
                found = next((start for start in self.desk.availability.free_starts(
                    self.login, self.minutes(), self.day(), after=now)), None)
            else:
                found = self.desk.availability.next_free(self.login, self.minutes(), after=now)
        except SalonError as exc:
            self.problem_label.setText(message_of(exc))
            return
        if found is None:
            self._fill_times(keep="")
            self.time_chosen = False
            if same_day:
                self.problem_label.setText(self.tr("Nothing free on this day for {name}: choose another day.")
                                           .format(name=self.staff_combo.currentText()))
                self.problem_label.show()
            return
        self.day_edit.blockSignals(True)
        self.day_edit.setDate(QDate(found.year, found.month, found.day))
        self.day_edit.blockSignals(False)
        self._fill_times(keep=f"{found:%H:%M}")
        self.time_chosen = True  # proposed and shown: the user sees it before pressing Enter
        self.proposed.emit(self.login, found, later(found, self.minutes()))

    def _fill_times(self, keep: str) -> None:
        self.time_combo.blockSignals(True)
        self.time_combo.clear()
        if self.login:
            try:
                starts = self.desk.availability.free_starts(self.login, self.minutes() or 15, self.day())
            except SalonError:
                starts = []
            self.time_combo.addItems([f"{start:%H:%M}" for start in starts])
        self.time_combo.setEditText(keep)
        self.time_combo.blockSignals(False)

    def _time_picked(self, _index: int) -> None:
        self.time_chosen = self.user_time = True
        self._after_time()

    def _time_typed(self, _text: str) -> None:
        self.time_chosen = self.user_time = self.start() is not None
        self._after_time()

    def _after_time(self) -> None:
        self._show_problems()
        start, end = self.start(), self.end()
        if start and end and self.login:
            self.proposed.emit(self.login, start, end)
        self.changed.emit()

    def _show_problems(self) -> None:
        """Past, closed or away, said before anyone presses Book (the booking still needs the override)."""
        start, end = self.start(), self.end()
        problems = []
        if start and end and self.login:
            try:
                problems = [message_of(p) for p in self.desk.availability.problems(self.login, start, end)]
            except SalonError as exc:
                problems = [message_of(exc)]
        self.problem_label.setText("\n".join(problems))
        self.problem_label.setVisible(bool(problems))
