"""The book's margins: the header with days and staff names over the columns, and the hours down the side.
Both follow the view's scroll bars."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from ui.book.widget import BookWidget

GUTTER = 52
HEADER = 44


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
                    width = layout.column_width * per_day
                    label = metrics.elidedText(self.book.day_name(column.day), Qt.TextElideMode.ElideRight,
                                               int(width) - 6)
                    painter.drawText(QRectF(x, 2, width, HEADER / 2), Qt.AlignmentFlag.AlignCenter, label)
                short = column.name.split()[0] if metrics.horizontalAdvance(column.name) > layout.column_width - 8 \
                    else column.name  # the first name when the full one does not fit
                name = metrics.elidedText(short, Qt.TextElideMode.ElideRight, int(layout.column_width) - 8)
                painter.drawText(QRectF(x, HEADER / 2, layout.column_width, HEADER / 2), Qt.AlignmentFlag.AlignCenter,
                                 name)
            else:
                name = metrics.elidedText(column.name, Qt.TextElideMode.ElideRight, int(layout.column_width) - 8)
                painter.drawText(QRectF(x, 0, layout.column_width, HEADER), Qt.AlignmentFlag.AlignCenter, name)


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
            if y > self.height() + 2:  # scrolled out of sight below (clamping it would draw it over another)
                break
            top = min(y - 2, self.height() - 16)  # the closing hour stays whole at the bottom edge
            painter.drawText(QRectF(0, top, GUTTER - 6, 16), Qt.AlignmentFlag.AlignRight, f"{minute // 60:02d}:00")
