"""The appointment book screen: navigation, day/week, the view with its header and time gutter, and undo."""
from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import QCoreApplication, QDate, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QColor, QKeySequence, QPainter, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (QButtonGroup, QDateEdit, QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout,
                               QWidget)

from desktop.desk import Desk
from desktop.kernel.errors import Overlap, SalonError
from ui import dialogs as dialog_module
from ui.book.layout import BookLayout
from ui.book.view import BookView, day_bounds, week_of
from ui.changes import Changes
from ui.dialogs import message_of
from ui.ops import OperationRunner

GUTTER = 52
HEADER = 40


class MoveCommand(QUndoCommand):
    """A move or resize already applied by the service; undo puts it back through the service."""

    def __init__(self, book: "BookWidget", appointment_id: str, before: dict, after: dict) -> None:
        super().__init__(QCoreApplication.translate("BookWidget", "Move appointment"))
        self.book, self.appointment_id, self.before, self.after = book, appointment_id, before, after
        self.first = True

    def redo(self) -> None:
        if self.first:  # the drag already did it
            self.first = False
            return
        self.book.apply_move(self.appointment_id, self.after)

    def undo(self) -> None:
        self.book.apply_move(self.appointment_id, self.before)


class HeaderBar(QWidget):
    def __init__(self, book: "BookWidget") -> None:
        super().__init__(book)
        self.book = book
        self.setFixedHeight(HEADER)

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt API)
        layout = self.book.view.layout_
        if layout is None:
            return
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#efe8f2"))
        offset = self.book.view.horizontalScrollBar().value()
        week = len(layout.days) > 1
        per_day = max(1, len(layout.staff))
        metrics = painter.fontMetrics()
        for index, column in enumerate(layout.columns):
            x = layout.x_of(index) - offset
            first_of_day = index % per_day == 0
            painter.setPen(QColor("#7a4e8c" if week and first_of_day else "#cfc2d6"))
            painter.drawLine(int(x), 0, int(x), HEADER)
            painter.setPen(QColor("#3b2a44"))
            if week:
                if first_of_day:
                    span = QRectF(x, 2, layout.column_width * per_day, HEADER / 2)
                    painter.drawText(span, Qt.AlignmentFlag.AlignCenter, self.book.day_name(column.day))
                name = metrics.elidedText(column.name, Qt.TextElideMode.ElideRight, int(layout.column_width) - 4)
                painter.drawText(QRectF(x, HEADER / 2, layout.column_width, HEADER / 2), Qt.AlignmentFlag.AlignCenter,
                                 name)
            else:
                painter.drawText(QRectF(x, 0, layout.column_width, HEADER), Qt.AlignmentFlag.AlignCenter, column.name)


class TimeGutter(QWidget):
    def __init__(self, book: "BookWidget") -> None:
        super().__init__(book)
        self.book = book
        self.setFixedWidth(GUTTER)

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt API)
        layout = self.book.view.layout_
        if layout is None:
            return
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#f6f1f8"))
        painter.setPen(QColor("#6b5b73"))
        offset = self.book.view.verticalScrollBar().value()
        first = layout.opening[0] + (-layout.opening[0]) % 60
        for minute in range(first, layout.opening[1] + 1, 60):
            y = (minute - layout.opening[0]) * layout.pixels_per_minute - offset
            painter.drawText(QRectF(0, y - 2, GUTTER - 6, 16), Qt.AlignmentFlag.AlignRight, f"{minute // 60:02d}:00")


class BookWidget(QWidget):
    booking_requested = Signal(str, object, object)  # staff login, start, end (None: the service's length)
    loaded = Signal()  # the scene shows the latest read

    def __init__(self, desk: Desk, ops: OperationRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.ops = ops
        self.day = date.today()
        self.week = False
        self.undo_stack = QUndoStack(self)
        self.view = BookView(self)
        self.view.setObjectName("bookView")
        self.view.slot_selected.connect(self.booking_requested)
        self.view.move_requested.connect(self.move)
        self.view.appointment_activated.connect(self.open_appointment)
        self.view.book_built.connect(self.loaded)
        self.header = HeaderBar(self)
        self.gutter = TimeGutter(self)
        self.view.horizontalScrollBar().valueChanged.connect(self.header.update)
        self.view.verticalScrollBar().valueChanged.connect(self.gutter.update)

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
        today.clicked.connect(lambda: self.go_to(date.today()))
        self.day_button = QPushButton(self.tr("Day"))
        self.week_button = QPushButton(self.tr("Week"))
        group = QButtonGroup(self)
        for button in (self.day_button, self.week_button):
            button.setCheckable(True)
            group.addButton(button)
        self.day_button.setChecked(True)
        self.day_button.clicked.connect(lambda: self.set_week(False))
        self.week_button.clicked.connect(lambda: self.set_week(True))
        undo = QPushButton(self.tr("Undo"))
        undo.setToolTip("Ctrl+Z")
        undo.clicked.connect(self.undo_stack.undo)
        self.undo_stack.canUndoChanged.connect(undo.setEnabled)
        undo.setEnabled(False)
        hint = QLabel(self.tr("Click or drag on a free slot to book; drag an appointment to move it."))
        hint.setObjectName("hint")
        bar = QHBoxLayout()
        for widget in (previous, today, following, self.date_edit, self.day_button, self.week_button, undo):
            bar.addWidget(widget)
        bar.addStretch()
        bar.addWidget(hint)
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
                           (QKeySequence("Ctrl+T"), lambda: self.go_to(date.today())),
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
        if kind in ("appointment", "client", "staff"):
            self._reload_timer.start()  # one reload for a burst of changes

    def day_name(self, day: date) -> str:
        names = (self.tr("Mon"), self.tr("Tue"), self.tr("Wed"), self.tr("Thu"), self.tr("Fri"), self.tr("Sat"),
                 self.tr("Sun"))
        return f"{names[day.weekday()]} {day.day:02d}/{day.month:02d}"

    def days(self) -> tuple[date, ...]:
        return week_of(self.day) if self.week else (self.day,)

    def go_to(self, day: date) -> None:
        self.day = day
        self.date_edit.blockSignals(True)
        self.date_edit.setDate(QDate(day.year, day.month, day.day))
        self.date_edit.blockSignals(False)
        self.reload()

    def step(self, direction: int) -> None:
        self.go_to(self.day + timedelta(days=7 * direction if self.week else direction))

    def set_week(self, week: bool) -> None:
        self.week = week
        self.week_button.setChecked(week)
        self.day_button.setChecked(not week)
        self.reload()

    def reload(self) -> None:
        settings = self.desk.settings
        staff = tuple(self.desk.booking.staff_choices())
        days = self.days()
        width = 200.0 if not self.week else 64.0
        layout = BookLayout(days, staff, settings.opening_hours(),
                            {login: settings.working_hours(login) for login, _ in staff}, width)
        start, end = day_bounds(days)

        def show(appointments) -> None:
            self.view.show_book(layout, appointments)  # `loaded` follows once the last batch is on the scene
            self.header.update()
            self.gutter.update()

        # A busy week takes longer than a frame to read: the database worker does it, the GUI stays fluid.
        self.ops.run(lambda worker, _progress: worker.booking.between(start, end), success=show, key="book",
                     parent=self)

    def shutdown(self) -> None:
        self.changes.close()

    def open_appointment(self, appointment_id: str) -> None:
        from ui.book.appointment import open_for

        open_for(self.desk, appointment_id, self.ops, self)

    def move(self, appointment_id: str, login: str, start: datetime, end: datetime) -> None:
        try:
            before = self.desk.booking.move(appointment_id, login, start, end)
        except SalonError as exc:
            overlap = isinstance(exc, Overlap)
            if not overlap or not dialog_module.dialogs.confirm(self, message_of(exc) + "\n\n" + self.tr(
                    "Move it anyway, overlapping the other appointment?")):
                if not overlap:
                    dialog_module.dialogs.error(self, message_of(exc))
                self.reload()
                return
            try:
                before = self.desk.booking.move(appointment_id, login, start, end, allow_overlap=True)
            except SalonError as again:
                dialog_module.dialogs.error(self, message_of(again))
                self.reload()
                return
        self.undo_stack.push(MoveCommand(self, appointment_id, before,
                                         {"staff_login": login, "start": start, "end": end}))

    def apply_move(self, appointment_id: str, placement: dict) -> None:
        try:  # undo and redo restore a placement the user already chose, overlap included
            self.desk.booking.move(appointment_id, placement["staff_login"], placement["start"], placement["end"],
                                   allow_overlap=True)
        except SalonError as exc:
            dialog_module.dialogs.error(self, message_of(exc))
