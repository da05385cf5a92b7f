"""How one appointment is drawn in the book: its colour (by status, or by its service's category colour), muted
once it is over, struck through when cancelled, with its processing time hatched at the bottom."""
from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsRectItem

STATUS_COLOURS = {
    "booked": ("#e9dcf2", "#7a4e8c"),
    "done": ("#dcefe0", "#3c7d4e"),
    "cancelled": ("#eeeeee", "#9a9a9a"),
    "no_show": ("#f7dada", "#b03a3a"),
}
TEXT_COLOUR = QColor("#2d2233")
MUTED_TEXT = QColor("#8a7f8f")
TEXT_FLAGS = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
HATCH = QBrush(QColor(90, 70, 100, 70), Qt.BrushStyle.BDiagPattern)
_STYLES: dict[tuple[str, str, bool], tuple[QBrush, QPen]] = {}
_FONTS: dict[tuple[bool, bool], QFont] = {}


def colours(appointment: dict, by_category: bool) -> tuple[str, str]:
    """(fill, line) for an appointment: its status colour, or its service's colour in category mode (cancelled
    and no-show keep their status colour so they still stand out)."""
    status = appointment["status"]
    if by_category and status not in ("cancelled", "no_show") and appointment.get("colour"):
        fill = QColor(appointment["colour"])
        return fill.name(), fill.darker(170).name()
    return STATUS_COLOURS.get(status, STATUS_COLOURS["booked"])


def style(fill: str, line: str, muted: bool) -> tuple[QBrush, QPen]:
    """One brush and pen per colour, shared by every item (a busy week has a thousand)."""
    key = (fill, line, muted)
    if key not in _STYLES:
        fill_colour, line_colour = QColor(fill), QColor(line)
        if muted:  # over: halfway to white, so the day still to come stands out
            fill_colour = _towards_white(fill_colour, 0.55)
            line_colour = _towards_white(line_colour, 0.5)
        _STYLES[key] = (QBrush(fill_colour), QPen(line_colour, 1.2))
    return _STYLES[key]


def _towards_white(colour: QColor, amount: float) -> QColor:
    return QColor(*(round(c + (255 - c) * amount) for c in (colour.red(), colour.green(), colour.blue())))


def font(*, bold: bool = False, struck: bool = False) -> QFont:
    if (bold, struck) not in _FONTS:
        value = QFont()
        value.setPointSizeF(8.5)
        value.setBold(bold)
        value.setStrikeOut(struck)
        _FONTS[(bold, struck)] = value
    return _FONTS[(bold, struck)]


_METRICS: list[QFontMetricsF] = []


def _metrics() -> QFontMetricsF:
    if not _METRICS:
        _METRICS.append(QFontMetricsF(font()))
    return _METRICS[0]


def line_height() -> float:
    return _metrics().lineSpacing()


class AppointmentItem(QGraphicsRectItem):
    def __init__(self, appointment: dict, rect: QRectF, start: str, end: str, *, by_category: bool, muted: bool,
                 processing_height: float = 0.0) -> None:
        super().__init__(rect)
        self.appointment = appointment
        self.muted = muted
        brush, pen = style(*colours(appointment, by_category), muted)
        self.setBrush(brush)
        self.setPen(pen)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, True)
        self.setZValue(2)
        note = appointment.get("note") or ""
        self.setToolTip(f"{start}–{end} {appointment['client']}\n{appointment['service']}" + (f"\n{note}" if note else ""))
        lines = (f"{start}–{end}", appointment["client"], appointment["service"] or "", note)
        fits = max(1, int((rect.height() - 3) // line_height()))  # only whole lines, never a cut one
        metrics, width = _metrics(), rect.width() - 8  # and each line ends with "…" rather than a cut letter
        self.text = "\n".join(metrics.elidedText(line, Qt.TextElideMode.ElideRight, width)
                              for line in lines[:fits] if line)
        self.processing_height = min(processing_height, rect.height())

    def paint(self, painter: QPainter, option, widget=None) -> None:  # noqa: D401 (Qt API)
        # Kept to a few C++ calls: a busy week paints hundreds of these on one frame.
        rect = self.rect()
        painter.setPen(self.pen())
        painter.setBrush(self.brush())
        painter.drawRect(rect)
        if self.processing_height > 2:
            painter.fillRect(QRectF(rect.left(), rect.bottom() - self.processing_height, rect.width(),
                                    self.processing_height), HATCH)
        painter.setPen(MUTED_TEXT if self.muted else TEXT_COLOUR)
        painter.setFont(font(struck=self.appointment["status"] == "cancelled"))
        painter.drawText(rect.adjusted(5, 2, -3, -1), TEXT_FLAGS, self.text)
