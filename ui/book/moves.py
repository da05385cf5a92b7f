"""Moves in the book, and changes made in an appointment's dialog, that Ctrl+Z ("Défaire") takes back."""
from __future__ import annotations

from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP
from PySide6.QtGui import QUndoCommand

if TYPE_CHECKING:
    from ui.book.widget import BookWidget


class AppliedCommand(QUndoCommand):
    """A change the service has already applied (a drag, or the appointment's dialog); undo and redo put the
    placement back through `apply`."""

    def __init__(self, text: str, apply: Callable[[dict], None], before: dict, after: dict) -> None:
        super().__init__(QCoreApplication.translate("BookWidget", text))
        self.apply, self.before, self.after = apply, before, after
        self.first = True

    def redo(self) -> None:
        if self.first:  # already done when it was pushed
            self.first = False
            return
        self.apply(self.after)

    def undo(self) -> None:
        self.apply(self.before)


def move_command(book: "BookWidget", appointment_id: str, before: dict, after: dict) -> AppliedCommand:
    """A move or resize: staff member, start and end."""
    return AppliedCommand(QT_TRANSLATE_NOOP("BookWidget", "Move appointment"),
                          lambda placement: book.apply_move(appointment_id, placement), before, after)


def change_command(book: "BookWidget", appointment_id: str, before: dict, after: dict) -> AppliedCommand:
    """A change made in the appointment's dialog: service, staff member, start and length."""
    return AppliedCommand(QT_TRANSLATE_NOOP("BookWidget", "Change appointment"),
                          lambda placement: book.apply_change(appointment_id, placement), before, after)
