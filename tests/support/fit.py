"""Whether a screen's text fits: each label, button, check box and filled-in field has room for what it shows.
Used by tests/test_screens.py and, on a real screen, by scripts/screens.py."""
from __future__ import annotations


def _ink_width(widget, text: str) -> int:
    """How wide `text` is drawn in this widget's font (its ink, mnemonics removed), in whole pixels."""
    import math

    from PySide6.QtGui import QFontMetricsF

    metrics = QFontMetricsF(widget.font())
    lines = text.replace("&&", "\0").replace("&", "").replace("\0", "&").split("\n")
    return max(math.ceil(max(metrics.tightBoundingRect(line).right(), metrics.horizontalAdvance(line)))
               for line in lines)


def clipped(window) -> list[str]:
    """Every visible label, button, check box and filled-in field of `window` whose text does not fit the room it
    has: a word-wrapped label needs its height for its width; a plain label needs its width for its text's ink
    (antialiasing included: one pixel more); buttons and check boxes need their size hint; a field, its text."""
    from PySide6.QtGui import Qt  # QtGui's Qt carries mightBeRichText
    from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QComboBox, QGroupBox, QLabel, QLineEdit

    found = []
    for widget in window.findChildren(QLabel) + window.findChildren(QAbstractButton):
        if not widget.isVisibleTo(window):
            continue
        text = widget.text()
        if not text or (isinstance(widget, QLabel) and widget.pixmap() is not None and not widget.pixmap().isNull()):
            continue
        if isinstance(widget, QLabel) and widget.wordWrap():
            if widget.heightForWidth(widget.width()) > widget.height() + 1:
                found.append(f"QLabel {text!r}: needs {widget.heightForWidth(widget.width())} px of height, has "
                             f"{widget.height()}")
        elif isinstance(widget, QLabel) and not Qt.mightBeRichText(text):
            margins = widget.contentsMargins()
            needed = margins.left() + widget.indent() * (widget.indent() > 0) + _ink_width(widget, text) + 1
            if needed > widget.width():
                found.append(f"QLabel {text!r}: needs {needed} px, has {widget.width()}")
        elif widget.sizeHint().width() > widget.width() + 1:
            found.append(f"{type(widget).__name__} {text!r}: needs {widget.sizeHint().width()} px, "
                         f"has {widget.width()}")
    for edit in window.findChildren(QLineEdit):  # a filled-in field shows all it holds
        inner = isinstance(edit.parentWidget(), (QAbstractSpinBox, QComboBox))  # no frame or padding of its own
        needed = edit.fontMetrics().horizontalAdvance(edit.text()) + (4 if inner else 12)
        if edit.isVisibleTo(window) and edit.text() and edit.echoMode() is QLineEdit.EchoMode.Normal \
                and needed > edit.width():
            found.append(f"QLineEdit {edit.text()!r}: needs {needed} px, has {edit.width()}")
    for box in window.findChildren(QGroupBox):
        if box.isVisibleTo(window) and box.fontMetrics().horizontalAdvance(box.title()) > box.width():
            found.append(f"QGroupBox {box.title()!r}: title wider than the box")
    return found
