"""The appointment book: a QGraphicsView over a scene built from the booking service, one column per staff member
and day, sharing the view's width. Closed and absent times are shaded, today has a line at the current time,
and a proposed slot is outlined. Click or drag on a free slot to book; drag an appointment to move it, its
bottom edge to resize it."""
from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Callable

from PySide6.QtCore import QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QPainter, QPen
from PySide6.QtWidgets import QGraphicsRectItem, QGraphicsScene, QGraphicsView, QWidget

from desktop import timefmt
from desktop.booking.hours import subtract
from ui.book.drag import DragMixin
from ui.book.items import AppointmentItem, font
from ui.book.layout import BookLayout, Column

ITEMS_PER_TURN = 150  # appointments built per event-loop turn (a few milliseconds)
CLOSED = QBrush(QColor("#ebe4ee"), Qt.BrushStyle.SolidPattern)
CLOSED_TEXT = QColor("#85778c")
NOW_PEN = QPen(QColor("#d0342c"), 2)
PROPOSAL_PEN = QPen(QColor("#2f6fb0"), 2, Qt.PenStyle.DashLine)


class BookView(DragMixin, QGraphicsView):
    slot_selected = Signal(str, object, object)        # staff login, start, end
    move_requested = Signal(str, str, object, object)  # appointment id, staff login, start, end
    appointment_activated = Signal(str)
    book_built = Signal()  # every appointment of the shown book is on the scene
    relaid = Signal()      # new columns (a new book, or the same one fitted to a new width): redraw the margins

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        scene = QGraphicsScene(self)
        # Rebuilt on every change: a BSP index would be rebuilt at each first paint for nothing.
        scene.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)
        self.setScene(scene)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.layout_: BookLayout | None = None
        self.items_by_id: dict[str, AppointmentItem] = {}
        self.closed_label: Callable[[Column, int, int], str] = lambda column, start, end: ""
        self.by_category = False
        self._appointments: list[dict] = []
        self._drag: tuple | None = None  # (mode, item or column, origin point, original pos, original rect)
        self._ghost: QGraphicsRectItem | None = None
        self._proposal: QGraphicsRectItem | None = None
        self._now_lines: list = []
        self._generation = 0
        self._now_timer = QTimer(self)
        self._now_timer.setInterval(60_000)
        self._now_timer.timeout.connect(self._draw_now)
        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(80)
        self._fit_timer.timeout.connect(self._refit)

    # -- building ------------------------------------------------------------------------------------------
    def show_book(self, layout: BookLayout, appointments: list[dict]) -> None:
        layout = layout.fitted(self.viewport().width(), self.viewport().height())
        scene = self.scene()
        scene.clear()
        self.items_by_id.clear()
        self._ghost = self._proposal = None
        self._now_lines = []
        self.layout_ = layout
        self._appointments = appointments
        scene.setSceneRect(0, 0, layout.width, layout.height)
        self._draw_closed(layout)
        hour_pen, half_pen, column_pen = QPen(QColor("#ddd3e2")), QPen(QColor("#f0eaf3")), QPen(QColor("#cfc2d6"))
        day_pen = QPen(QColor("#7a4e8c"))
        for minute in range(0, layout.opening[1] - layout.opening[0] + 1, 30):
            y = minute * layout.pixels_per_minute
            scene.addLine(0, y, layout.width, y, hour_pen if (layout.opening[0] + minute) % 60 == 0 else half_pen)
        per_day = max(1, len(layout.staff))
        for index in range(len(layout.columns) + 1):
            first_of_day = len(layout.days) > 1 and index % per_day == 0
            scene.addLine(layout.x_of(index), 0, layout.x_of(index), layout.height,
                          day_pen if first_of_day else column_pen)
        self._draw_now()
        self._now_timer.start()
        self.relaid.emit()
        # A busy week holds about a thousand appointments: build them a batch per event-loop turn so that
        # typing, scrolling and painting never wait for the whole week (the GUI-stall target is 50 ms).
        self._generation += 1
        self._now = timefmt.salon_now()
        self._add_batch(self._generation, appointments, 0)

    def _draw_closed(self, layout: BookLayout) -> None:
        scene, no_pen = self.scene(), QPen(Qt.PenStyle.NoPen)
        for index, column in enumerate(layout.columns):
            x = layout.x_of(index)
            labelled = False
            for start, end in subtract((layout.opening,), column.open):
                top, bottom = layout.y_of_minute(start), layout.y_of_minute(end)
                scene.addRect(x, top, layout.column_width, bottom - top, no_pen, CLOSED).setZValue(0)
                text = self.closed_label(column, start, end)
                if text and not labelled and bottom - top >= 18:
                    label = scene.addSimpleText(text, font())
                    label.setBrush(CLOSED_TEXT)
                    metrics_width = label.boundingRect().width()
                    if metrics_width > layout.column_width - 8:
                        label.setText(_elided(text, layout.column_width - 8))
                    label.setPos(x + 5, top + 3)
                    label.setZValue(1)
                    labelled = True

    def _draw_now(self) -> None:
        layout = self.layout_
        for line in self._now_lines:
            self.scene().removeItem(line)
        self._now_lines = []
        if layout is None:
            return
        now = timefmt.salon_now()
        minute = now.hour * 60 + now.minute
        if now.date() not in layout.days or not layout.opening[0] <= minute <= layout.opening[1]:
            return
        y = layout.y_of_minute(minute)
        per_day = max(1, len(layout.staff))
        first = layout.days.index(now.date()) * per_day
        line = self.scene().addLine(layout.x_of(first), y, layout.x_of(first + per_day), y, NOW_PEN)
        line.setZValue(4)
        self._now_lines.append(line)

    def _add_batch(self, generation: int, appointments: list[dict], start: int) -> None:
        if generation != self._generation:  # a newer book replaced this one
            return
        for appointment in appointments[start:start + ITEMS_PER_TURN]:
            self._add(appointment)
        if start + ITEMS_PER_TURN < len(appointments):
            QTimer.singleShot(0, lambda: self._add_batch(generation, appointments, start + ITEMS_PER_TURN))
        else:
            self.book_built.emit()

    def _add(self, appointment: dict) -> None:
        layout = self.layout_
        start = timefmt.salon_time(appointment["starts_at"])
        end = timefmt.salon_time(appointment["ends_at"])
        index = layout.index_of(start.date(), appointment["staff"])
        if index is None:
            return
        top, bottom = layout.y_of(start), layout.y_of(end)
        processing = (appointment.get("processing_minutes") or 0) * layout.pixels_per_minute
        item = AppointmentItem(appointment, QRectF(0, 0, layout.column_width - 6, max(12.0, bottom - top)),
                               f"{start:%H:%M}", f"{end:%H:%M}", by_category=self.by_category, muted=end <= self._now,
                               processing_height=processing)
        item.setPos(layout.x_of(index) + 3, top)
        self.scene().addItem(item)
        self.items_by_id[appointment["id"]] = item

    # -- width and the proposed slot --------------------------------------------------------------------------
    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        if self.layout_ is not None:
            self._fit_timer.start()  # one rebuild once the window stops moving

    def _refit(self) -> None:
        layout = self.layout_
        fitted = layout.fitted(self.viewport().width(), self.viewport().height()) if layout is not None else None
        if fitted is not None and (abs(fitted.column_width - layout.column_width) > 1
                                   or abs(fitted.pixels_per_minute - layout.pixels_per_minute) > 0.01):
            proposal = self._proposal.data(0) if self._proposal is not None else None
            self.show_book(layout, self._appointments)
            if proposal:
                self.show_proposal(*proposal)

    def show_proposal(self, login: str, start: datetime, end: datetime) -> bool:
        """Outline a proposed slot and scroll to it; False when it is not in the shown book."""
        layout = self.layout_
        if self._proposal is not None:
            self.scene().removeItem(self._proposal)
            self._proposal = None
        if layout is None:
            return False
        local = start.astimezone(timefmt.SALON_ZONE)
        index = layout.index_of(local.date(), login)
        if index is None:
            return False
        top, bottom = layout.y_of(start), layout.y_of(end)
        self._proposal = self.scene().addRect(layout.x_of(index) + 2, top, layout.column_width - 4, bottom - top,
                                              PROPOSAL_PEN, QBrush(QColor(47, 111, 176, 40)))
        self._proposal.setZValue(5)
        self._proposal.setData(0, (login, start, end))
        self.ensureVisible(self._proposal, 40, 60)
        return True

    def scroll_to_now(self) -> None:
        """Today: the current time a third of the way down, so what comes next is in view."""
        layout = self.layout_
        if layout is not None:
            now = timefmt.salon_now()
            y = layout.y_of_minute(now.hour * 60 + now.minute)
            self.verticalScrollBar().setValue(int(y - self.viewport().height() / 3))

    def clear_proposal(self) -> None:
        if self._proposal is not None:
            self.scene().removeItem(self._proposal)
            self._proposal = None

def _elided(text: str, width: float) -> str:
    from PySide6.QtGui import QFontMetricsF

    return QFontMetricsF(font()).elidedText(text, Qt.TextElideMode.ElideRight, width)


def week_of(day: date) -> tuple[date, ...]:
    monday = day - timedelta(days=day.weekday())
    return tuple(monday + timedelta(days=i) for i in range(7))


def day_bounds(days: tuple[date, ...]) -> tuple[datetime, datetime]:
    first = datetime(days[0].year, days[0].month, days[0].day, tzinfo=timefmt.SALON_ZONE)
    last = days[-1] + timedelta(days=1)
    return first, datetime(last.year, last.month, last.day, tzinfo=timefmt.SALON_ZONE)
