"""A consent text as the client reads it: the whole wording, scrolling rather than clipped on a small screen."""
from __future__ import annotations

from PySide6.QtWidgets import QFrame, QTextBrowser


def text_view(body: str, *, lines: int = 7) -> QTextBrowser:
    view = QTextBrowser()
    view.setObjectName("consentText")
    view.setPlainText(f"« {body} »")
    view.setFrameShape(QFrame.Shape.NoFrame)
    view.setStyleSheet("background: transparent;")
    height = view.fontMetrics().lineSpacing() * lines + 8
    view.setMinimumHeight(height)
    view.setMaximumHeight(height)
    return view
