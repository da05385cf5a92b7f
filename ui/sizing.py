"""Sizing a dialog whose wrapped labels make Qt's own minimum squash them: the height the layout needs at the
dialog's width, never taller than the screen."""
from __future__ import annotations

from PySide6.QtWidgets import QWidget


def fit(dialog: QWidget) -> None:
    layout = dialog.layout()
    width = max(dialog.minimumWidth(), dialog.sizeHint().width())
    height = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else dialog.sizeHint().height()
    screen = dialog.screen()
    room = screen.availableGeometry().height() - 60 if screen else height
    dialog.resize(width, max(dialog.minimumHeight(), min(height, room)))
