"""The book's mouse: click or drag on a free slot to book, drag an appointment to move it, its bottom edge to
resize it, double-click to open it. Mixed into BookView (ui/book/view.py), whose signals it emits."""
from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPen

from ui.book.items import AppointmentItem
from ui.book.layout import SNAP_MINUTES

EDGE = 6  # pixels at the bottom of an appointment that resize it


class DragMixin:
    def _item_at(self, pos) -> AppointmentItem | None:
        for item in self.items(pos):
            if isinstance(item, AppointmentItem):
                return item
        return None

    def mousePressEvent(self, event) -> None:  # noqa: N802 (Qt API)
        self.setFocus(Qt.FocusReason.MouseFocusReason)  # the book's keys (Ctrl+Z, Alt+arrows) follow the click
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
