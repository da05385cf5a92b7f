"""The appointment book screen: navigation, day/week, the view with its header and time gutter, undo, and the
day sheets to print."""
from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (QButtonGroup, QDateEdit, QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout,
                               QWidget)

from desktop.booking.availability import override_for
from desktop.booking.hours import span
from desktop.booking.time_off import KIND_LABELS
from desktop.desk import Desk
from desktop.i18n import translate
from desktop.kernel.errors import SalonError
from desktop.settings import BOOK_COLOURS
from desktop.timefmt import SALON_ZONE, salon_today
from ui import dialogs as dialog_module
from ui.book.layout import BookLayout, Column
from ui.book.margins import HeaderBar, TimeGutter
from ui.book.moves import change_command, move_command
from ui.book.view import BookView, day_bounds, week_of
from ui.changes import Changes
from ui.dialogs import message_of
from ui.ops import OperationRunner



class BookWidget(QWidget):
    booking_requested = Signal(str, object, object)  # staff login, start, end (None: the service's length)
    loaded = Signal()  # the scene shows the latest read

    def __init__(self, desk: Desk, ops: OperationRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.ops = ops
        self.day = salon_today()
        self.week = False
        self.undo_stack = QUndoStack(self)
        self.view = BookView(self)
        self.view.setObjectName("bookView")
        self.view.slot_selected.connect(self.booking_requested)
        self.view.move_requested.connect(self.move)
        self.view.appointment_activated.connect(self.open_appointment)
        self.view.book_built.connect(self.loaded)
        self.view.closed_label = self.closed_label
        self.header = HeaderBar(self)
        self.gutter = TimeGutter(self)
        self.view.horizontalScrollBar().valueChanged.connect(self.header.update)
        self.view.verticalScrollBar().valueChanged.connect(self.gutter.update)
        self.view.relaid.connect(self.header.update)
        self.view.relaid.connect(self.gutter.update)

        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("dddd dd/MM/yyyy")
        self.date_edit.dateChanged.connect(lambda d: self.go_to(date(d.year(), d.month(), d.day())))
        previous = QPushButton("◀")
        previous.setToolTip(self.tr("Previous (Alt+Left)"))
        previous.clicked.connect(lambda: self.step(-1))
        following = QPushButton("▶")
        following.setToolTip(self.tr("Next (Alt+Right)"))
        following.clicked.connect(lambda: self.step(1))
        today = QPushButton(self.tr("Today"))
        today.setToolTip("Ctrl+T")
        today.clicked.connect(lambda: self.go_to(salon_today()))
        self.day_button = QPushButton(self.tr("Day"))
        self.week_button = QPushButton(self.tr("Week"))
        group = QButtonGroup(self)
        for button in (self.day_button, self.week_button):
            button.setCheckable(True)
            group.addButton(button)
        self.day_button.setChecked(True)
        self.day_button.clicked.connect(lambda: self.set_week(False))
        self.week_button.clicked.connect(lambda: self.set_week(True))
        self.undo_button = QPushButton(self.tr("Undo"))  # "Défaire": never "Annuler" beside appointments
        self.undo_button.setObjectName("undo")
        self.undo_button.setToolTip(self.tr("Undo the last move or change (Ctrl+Z)"))
        self.undo_button.clicked.connect(self.undo_stack.undo)
        self.undo_stack.canUndoChanged.connect(self.undo_button.setEnabled)
        self.undo_button.setEnabled(False)
        self.sheet_button = QPushButton(self.tr("Day sheets (PDF)…"))
        self.sheet_button.setToolTip(self.tr("One page per staff member, to print"))
        self.sheet_button.clicked.connect(self.save_day_sheets)
        hint = QLabel(self.tr("Click or drag on a free slot to book; drag an appointment to move it."))
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        hint.setMinimumWidth(160)
        bar = QHBoxLayout()
        for widget in (previous, today, following, self.date_edit, self.day_button, self.week_button,
                       self.undo_button, self.sheet_button):
            bar.addWidget(widget)
        bar.addWidget(hint, 1)
        grid = QGridLayout()
        grid.setSpacing(0)
        grid.addWidget(self.header, 0, 1)
        grid.addWidget(self.gutter, 1, 0)
        grid.addWidget(self.view, 1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addLayout(grid)
        for keys, slot in ((QKeySequence("Alt+Left"), lambda: self.step(-1)),
                           (QKeySequence("Alt+Right"), lambda: self.step(1)),
                           (QKeySequence("Ctrl+T"), lambda: self.go_to(salon_today())),
                           (QKeySequence.StandardKey.Undo, self.undo_stack.undo),
                           (QKeySequence.StandardKey.Redo, self.undo_stack.redo)):
            action = QAction(self)
            action.setShortcut(keys)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.addAction(action)
        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(0)
        self._reload_timer.timeout.connect(self.reload)
        self.changes = Changes(desk, self)
        self.changes.changed.connect(self._changed)
        self.go_to(self.day)

    def _changed(self, kind: str) -> None:
        if kind in ("appointment", "client", "staff", "service", "hours", "setting"):
            self._reload_timer.start()  # one reload for a burst of changes

    def day_name(self, day: date) -> str:
        names = (self.tr("Mon"), self.tr("Tue"), self.tr("Wed"), self.tr("Thu"), self.tr("Fri"), self.tr("Sat"),
                 self.tr("Sun"))
        return f"{names[day.weekday()]} {day.day:02d}/{day.month:02d}"

    def closed_label(self, column: Column, start: int, end: int) -> str:
        """Why a shaded part of a column is shaded: a holiday, a closure, an absence; nothing for plain
        outside-hours time."""
        plan = column.plan
        if plan is None:
            return ""
        if plan.closed == "holiday":
            return self.tr("Public holiday: {name}").format(name=translate("Holidays", plan.detail))
        if plan.closed:
            return plan.detail or self.tr("Closed")
        for away_start, away_end, kind in plan.away:
            if away_start < end and start < away_end:
                return translate("TimeOff", KIND_LABELS[kind])
        return ""

    def days(self) -> tuple[date, ...]:
        return week_of(self.day) if self.week else (self.day,)

    def go_to(self, day: date) -> None:
        self.day = day
        self.date_edit.blockSignals(True)
        self.date_edit.setDate(QDate(day.year, day.month, day.day))
        self.date_edit.blockSignals(False)
        self.reload(then=self.view.scroll_to_now if day == salon_today() else None)

    def step(self, direction: int) -> None:
        self.go_to(self.day + timedelta(days=7 * direction if self.week else direction))

    def set_week(self, week: bool) -> None:
        self.week = week
        self.week_button.setChecked(week)
        self.day_button.setChecked(not week)
        self.reload()

    def reload(self, then=None) -> None:
        """Read the shown day or week on the database worker, then draw it (and call `then`)."""
        days = self.days()
        start, end = day_bounds(days)

        def read(worker, _progress):
            staff = tuple(worker.booking.staff_choices())
            plans = worker.availability.plans(days, [login for login, _ in staff]) if staff else {}
            axis = span(worker.settings.opening_week())
            for plan in plans.values():  # a person working beyond the salon's usual hours widens the axis
                if plan.open:
                    axis = (min(axis[0], plan.open[0][0]), max(axis[1], plan.open[-1][1]))
            by_category = worker.settings.get(BOOK_COLOURS) == "category"
            return BookLayout(days, staff, axis, plans), worker.booking.between(start, end), by_category

        def show(result) -> None:
            layout, appointments, by_category = result
            self.view.by_category = by_category
            self.view.show_book(layout, appointments)  # `loaded` follows once the last batch is on the scene
            self.header.update()
            self.gutter.update()
            if then is not None:
                then()

        # A busy week takes longer than a frame to read: the database worker does it, the GUI stays fluid.
        self.ops.run(read, success=show, key="book", parent=self)

    def show_slot(self, login: str, start: datetime, end: datetime) -> None:
        """Go to a proposed slot's day and outline it (the booking dialog's next free slot)."""
        day = start.astimezone(SALON_ZONE).date()
        if day in self.days() and self.view.show_proposal(login, start, end):
            return
        self.day = day
        self.date_edit.blockSignals(True)
        self.date_edit.setDate(QDate(day.year, day.month, day.day))
        self.date_edit.blockSignals(False)
        self.reload(then=lambda: self.view.show_proposal(login, start, end))

    def save_day_sheets(self) -> None:
        day = self.day
        path = dialog_module.dialogs.save_file(
            self, self.tr("Save the day sheets"),
            self.tr("day-sheet-{date}.pdf").format(date=day.isoformat()), self.tr("PDF files (*.pdf)"))
        if path:
            self.ops.run(lambda worker, _progress: worker.day_sheets.save(day, path),
                         progress_label=self.tr("Preparing the day sheets…"), parent=self)

    def shutdown(self) -> None:
        self.changes.close()

    def open_appointment(self, appointment_id: str) -> None:
        from ui.book.appointment import open_for

        change = open_for(self.desk, appointment_id, self.ops, self)
        if change is not None:
            self.undo_stack.push(change_command(self, appointment_id, *change))

    def apply_change(self, appointment_id: str, placement: dict) -> None:
        try:  # undo and redo restore what the user already chose, whatever it overrode
            self.desk.appointments.change(appointment_id, service_id=placement["service_id"],
                                          staff_login=placement["staff_login"], start=placement["start"],
                                          minutes=placement["minutes"], allow_overlap=True,
                                          allow_outside_hours=True, allow_past=True)
        except SalonError as exc:
            dialog_module.dialogs.error(self, message_of(exc))

    def move(self, appointment_id: str, login: str, start: datetime, end: datetime) -> None:
        """Move through the service; an overlap, a closed or absent time, or a past time asks before going on."""
        allowed: dict[str, bool] = {}
        while True:
            try:
                before = self.desk.booking.move(appointment_id, login, start, end, **allowed)
                break
            except SalonError as exc:
                flag = override_for(exc)
                if flag is None or flag in allowed:
                    dialog_module.dialogs.error(self, message_of(exc))
                    self.reload()
                    return
                if not dialog_module.dialogs.confirm(self, message_of(exc) + "\n\n" + self.tr("Move it anyway?")):
                    self.reload()
                    return
                allowed[flag] = True
        self.undo_stack.push(move_command(self, appointment_id, before,
                                          {"staff_login": login, "start": start, "end": end}))

    def apply_move(self, appointment_id: str, placement: dict) -> None:
        try:  # undo and redo restore a placement the user already chose, whatever it overrode
            self.desk.booking.move(appointment_id, placement["staff_login"], placement["start"], placement["end"],
                                   allow_overlap=True, allow_outside_hours=True, allow_past=True)
        except SalonError as exc:
            dialog_module.dialogs.error(self, message_of(exc))
