"""Date fields that Tab leaves at once: QDateEdit's own Tab walks through day, month and year first, which
breaks a form's Tab order. Up and Down still change the date; the calendar opens with Alt+Down."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QDateTimeEdit, QWidget


class DayEdit(QDateEdit):
    def __init__(self, day: date, display: str = "dd/MM/yyyy", parent: QWidget | None = None) -> None:
        super().__init__(QDate(day.year, day.month, day.day), parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat(display)

    def focusNextPrevChild(self, forward: bool) -> bool:  # noqa: N802 (Qt API)
        return QWidget.focusNextPrevChild(self, forward)

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt API)
        # "lundi 07/12/2026": a typed digit goes to the day's number, not to the weekday's name
        if event.text().isdigit() and self.currentSectionIndex() == 0 and self.displayFormat().startswith("dddd"):
            self.setCurrentSectionIndex(1)
            self.setSelectedSection(self.currentSection())  # typed over, as when Tab reaches a section
        super().keyPressEvent(event)

    def day(self) -> date:
        value = self.date()
        return date(value.year(), value.month(), value.day())


class MomentEdit(QDateTimeEdit):
    """A day and a time in one field, with the same Tab."""

    def focusNextPrevChild(self, forward: bool) -> bool:  # noqa: N802 (Qt API)
        return QWidget.focusNextPrevChild(self, forward)
