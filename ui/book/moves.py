"""Moves in the book, and changes made in an appointment's dialog, that Ctrl+Z ("Défaire") takes back."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

if TYPE_CHECKING:
    from ui.book.widget import BookWidget


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


class ChangeCommand(QUndoCommand):
    """A change of service, staff member or time made in the appointment's dialog, already applied; undo puts the
    appointment back as it was (service, person, start and length) through the service."""

    def __init__(self, book: "BookWidget", appointment_id: str, before: dict, after: dict) -> None:
        super().__init__(QCoreApplication.translate("BookWidget", "Change appointment"))
        self.book, self.appointment_id, self.before, self.after = book, appointment_id, before, after
        self.first = True

    def redo(self) -> None:
        if self.first:  # the dialog already did it
            self.first = False
            return
        self.book.apply_change(self.appointment_id, self.after)

    def undo(self) -> None:
        self.book.apply_change(self.appointment_id, self.before)
