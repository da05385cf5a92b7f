"""The appointment book: a QGraphicsView over a scene built from the booking service, one column per staff member
and day. Click or drag on a free slot to book; drag an appointment to move it, its bottom edge to resize it."""
from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsRectItem, QGraphicsScene, QGraphicsView, QWidget

from desktop import timefmt
from ui.book.layout import SNAP_MINUTES, BookLayout

STATUS_COLOURS = {
    "booked": ("#e9dcf2", "#7a4e8c"),
    "done": ("#dcefe0", "#3c7d4e"),
    "cancelled": ("#eeeeee", "#9a9a9a"),
    "no_show": ("#f7dada", "#b03a3a"),
}
EDGE = 6  # pixels at the bottom of an appointment that resize it
ITEMS_PER_TURN = 150  # appointments built per event-loop turn (a few milliseconds)
_STYLES: dict[str, tuple[QBrush, QPen]] = {}


def _style(status: str) -> tuple[QBrush, QPen]:
    """One brush and pen per status, shared by every item (a busy week has a thousand)."""
    if status not in _STYLES:
        fill, line = STATUS_COLOURS.get(status, STATUS_COLOURS["booked"])
        _STYLES[status] = (QBrush(QColor(fill)), QPen(QColor(line), 1.2))
    return _STYLES[status]


TEXT_COLOUR = QColor("#2d2233")
TEXT_FLAGS = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
_FONTS: dict[tuple[bool, bool], QFont] = {}


def _font(*, bold: bool, struck: bool) -> QFont:
    if (bold, struck) not in _FONTS:
        font = QFont()
        font.setPointSizeF(8.5)
        font.setBold(bold)
        font.setStrikeOut(struck)
        _FONTS[(bold, struck)] = font
    return _FONTS[(bold, struck)]


def _line_height() -> float:
    return QFontMetricsF(_font(bold=False, struck=False)).lineSpacing()


class AppointmentItem(QGraphicsRectItem):
    def __init__(self, appointment: dict, rect: QRectF, start: str, end: str) -> None:
        super().__init__(rect)
        self.appointment = appointment
        brush, pen = _style(appointment["status"])
        self.setBrush(brush)
        self.setPen(pen)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, True)
        self.setZValue(2)
        self.setToolTip(f"{start}–{end} {appointment['client']}\n{appointment['service']}")
        lines = (f"{start}–{end}", appointment["client"], appointment["service"] or "")
        fits = max(1, int((rect.height() - 3) // _line_height()))  # only whole lines, never a cut one
        self.text = "\n".join(lines[:fits])

    def paint(self, painter: QPainter, option, widget=None) -> None:  # noqa: D401 (Qt API)
        # Kept to a few C++ calls: a busy week paints hundreds of these on one frame.
        rect = self.rect()
        painter.setPen(self.pen())
        painter.setBrush(self.brush())
        painter.drawRect(rect)
        painter.setPen(TEXT_COLOUR)
        painter.setFont(_font(bold=False, struck=self.appointment["status"] == "cancelled"))
        painter.drawText(rect.adjusted(5, 2, -3, -1), TEXT_FLAGS, self.text)


class BookView(QGraphicsView):
    slot_selected = Signal(str, object, object)        # staff login, start, end
    move_requested = Signal(str, str, object, object)  # appointment id, staff login, start, end
    appointment_activated = Signal(str)
    book_built = Signal()  # every appointment of the shown book is on the scene

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
        self._drag: tuple | None = None  # (mode, item or column, origin point, original rect)
        self._ghost: QGraphicsRectItem | None = None
        self._generation = 0

    # -- building ------------------------------------------------------------------------------------------
    def show_book(self, layout: BookLayout, appointments: list[dict]) -> None:
        scene = self.scene()
        scene.clear()
        self.items_by_id.clear()
        self._ghost = None
        self.layout_ = layout
        scene.setSceneRect(0, 0, layout.width, layout.height)
        closed = QBrush(QColor("#f1ecf3"))
        hour_pen, half_pen, column_pen = QPen(QColor("#ddd3e2")), QPen(QColor("#f0eaf3")), QPen(QColor("#cfc2d6"))
        for index, column in enumerate(layout.columns):
            x = layout.x_of(index)
            start, end = column.working
            if start > layout.opening[0]:
                scene.addRect(x, 0, layout.column_width, (start - layout.opening[0]) * layout.pixels_per_minute,
                              QPen(Qt.PenStyle.NoPen), closed)
            if end < layout.opening[1]:
                top = (end - layout.opening[0]) * layout.pixels_per_minute
                scene.addRect(x, top, layout.column_width, layout.height - top, QPen(Qt.PenStyle.NoPen), closed)
        for minute in range(0, layout.opening[1] - layout.opening[0] + 1, 30):
            y = minute * layout.pixels_per_minute
            scene.addLine(0, y, layout.width, y, hour_pen if (layout.opening[0] + minute) % 60 == 0 else half_pen)
        for index in range(len(layout.columns) + 1):
            scene.addLine(layout.x_of(index), 0, layout.x_of(index), layout.height, column_pen)
        self._columns = {(c.day, c.login): i for i, c in enumerate(layout.columns)}
        # A busy week holds about a thousand appointments: build them a batch per event-loop turn so that
        # typing, scrolling and painting never wait for the whole week (the GUI-stall target is 50 ms).
        self._generation += 1
        self._add_batch(self._generation, appointments, 0)

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
        index = self._columns.get((start.date(), appointment["staff"]))
        if index is None:
            return
        top, bottom = layout.y_of(start), layout.y_of(end)
        item = AppointmentItem(appointment, QRectF(0, 0, layout.column_width - 6, max(12.0, bottom - top)),
                               f"{start:%H:%M}", f"{end:%H:%M}")
        item.setPos(layout.x_of(index) + 3, top)
        self.scene().addItem(item)
        self.items_by_id[appointment["id"]] = item

    # -- mouse: create, move, resize -----------------------------------------------------------------------
    def _item_at(self, pos) -> AppointmentItem | None:
        for item in self.items(pos):
            if isinstance(item, AppointmentItem):
                return item
        return None

    def mousePressEvent(self, event) -> None:  # noqa: N802 (Qt API)
        if event.button() != Qt.MouseButton.LeftButton or self.layout_ is None:
            return super().mousePressEvent(event)
        point = self.mapToScene(event.position().toPoint())
        item = self._item_at(event.position().toPoint())
        if item is not None:
            local = item.mapFromScene(point)
            mode = "resize" if item.rect().bottom() - local.y() <= EDGE else "move"
            self.scene().clearSelection()
            item.setSelected(True)
            self._drag = (mode, item, point, QPointF(item.pos()), QRectF(item.rect()))
            item.setZValue(3)
            return
        column = self.layout_.column_at(point.x())
        if column is not None:
            self._drag = ("create", column, point, None, None)
            self._ghost = self.scene().addRect(self.layout_.x_of(column) + 3, point.y(), self.layout_.column_width - 6,
                                               1, QPen(QColor("#7a4e8c"), 1, Qt.PenStyle.DashLine),
                                               QBrush(QColor(122, 78, 140, 40)))

    def mouseMoveEvent(self, event) -> None:  # noqa: N802 (Qt API)
        if self._drag is None:
            item = self._item_at(event.position().toPoint())
            near_edge = False
            if item is not None:
                local = item.mapFromScene(self.mapToScene(event.position().toPoint()))
                near_edge = item.rect().bottom() - local.y() <= EDGE
            self.viewport().setCursor(Qt.CursorShape.SizeVerCursor if near_edge else Qt.CursorShape.ArrowCursor)
            return super().mouseMoveEvent(event)
        point = self.mapToScene(event.position().toPoint())
        mode, target, origin, pos, rect = self._drag
        step = SNAP_MINUTES * self.layout_.pixels_per_minute
        dy = round((point.y() - origin.y()) / step) * step
        if mode == "move":
            column = self.layout_.column_at(point.x())
            x = self.layout_.x_of(column) + 3 if column is not None else pos.x()
            target.setPos(x, min(max(0.0, pos.y() + dy), self.layout_.height - rect.height()))
        elif mode == "resize":
            target.setRect(QRectF(rect.x(), rect.y(), rect.width(), max(step, rect.height() + dy)))
        elif self._ghost is not None:
            top, bottom = sorted((origin.y(), point.y()))
            self._ghost.setRect(self.layout_.x_of(target) + 3, top, self.layout_.column_width - 6, bottom - top)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 (Qt API)
        if self._drag is None:
            return super().mouseReleaseEvent(event)
        mode, target, origin, pos, rect = self._drag
        self._drag = None
        point = self.mapToScene(event.position().toPoint())
        layout = self.layout_
        if mode == "create":
            if self._ghost is not None:
                self.scene().removeItem(self._ghost)
                self._ghost = None
            top, bottom = sorted((origin.y(), point.y()))
            start = layout.time_at(target, top)
            end = layout.time_at(target, bottom) if bottom - top > 4 else None
            self.slot_selected.emit(layout.columns[target].login, start, end)
            return
        target.setZValue(2)
        if target.pos() == pos and target.rect() == rect:
            return
        column = layout.column_at(target.pos().x() + 1)
        start = layout.time_at(column, target.pos().y())
        end = layout.time_at(column, target.pos().y() + target.rect().height())
        appointment_id = target.appointment["id"]
        target.setPos(pos)  # the service decides; the refresh that follows shows the result
        target.setRect(rect)
        self.move_requested.emit(appointment_id, layout.columns[column].login, start, end)

    def mouseDoubleClickEvent(self, event) -> None:  # noqa: N802 (Qt API)
        item = self._item_at(event.position().toPoint())
        if item is not None:
            self.appointment_activated.emit(item.appointment["id"])
        else:
            super().mouseDoubleClickEvent(event)

    def scene_point(self, appointment_id: str, *, bottom: bool = False) -> QPointF:
        """Where an appointment is drawn (for tests and keyboard helpers)."""
        item = self.items_by_id[appointment_id]
        rect = item.sceneBoundingRect()
        return QPointF(rect.center().x(), rect.bottom() - 2 if bottom else rect.top() + 8)


def week_of(day: date) -> tuple[date, ...]:
    monday = day - timedelta(days=day.weekday())
    return tuple(monday + timedelta(days=i) for i in range(7))


def day_bounds(days: tuple[date, ...]) -> tuple[datetime, datetime]:
    first = datetime(days[0].year, days[0].month, days[0].day, tzinfo=timefmt.SALON_ZONE)
    last = days[-1] + timedelta(days=1)
    return first, datetime(last.year, last.month, last.day, tzinfo=timefmt.SALON_ZONE)
