"""A form that shows all its errors at once, each under its own field (desktop/kernel/forms.py's FieldErrors).

Error labels stay hidden until they have something to say, and a new attempt clears the old messages, so no
stale error outlives the mistake it was about.
"""
from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QFormLayout, QLabel, QLayout, QWidget

from desktop.kernel.errors import SalonError
from desktop.kernel.forms import FieldErrors
from ui.dialogs import message_of


class FieldError(QLabel):
    """A wrapping message whose height follows the width it really has. QLabel's own size hint guesses a
    narrower width, so a form row would be given room for three lines when one is enough."""

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        hint = super().sizeHint()
        return QSize(hint.width(), self.heightForWidth(self.width())) if self.width() > 80 else hint

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        return self.sizeHint() if self.width() > 80 else super().minimumSizeHint()

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self.updateGeometry()


def error_label(kind: type[QLabel] = QLabel) -> QLabel:
    label = kind()
    label.setObjectName("error")
    label.setWordWrap(True)
    label.hide()
    return label


class FormErrors:
    def __init__(self, general: QLabel | None = None) -> None:
        self.general = general or error_label()
        self.labels: dict[str, QLabel] = {}
        self.forms: dict[QLabel, QFormLayout] = {}

    def add_row(self, form: QFormLayout, text: str, field: QWidget, name: str) -> QLabel:
        """A form row, and under its field a row for the field's error (hidden until there is one); returns the
        row's caption label."""
        caption = QLabel(text)
        caption.setBuddy(field)
        form.addRow(caption, field)
        self.labels[name] = error_label(FieldError)
        self.labels[name].setObjectName("fieldError")
        form.addRow("", self.labels[name])  # its own row under the field: a long message wraps, never drawn over
        form.setRowVisible(self.labels[name], False)
        self.forms[self.labels[name]] = form
        return caption

    def clear(self) -> None:
        for label in (*self.labels.values(), self.general):
            label.clear()
            self._visible(label, False)

    def _visible(self, label: QLabel, visible: bool) -> None:
        form = self.forms.get(label)
        if form is not None:
            form.setRowVisible(label, visible)  # the whole row, so a hidden error leaves no gap
        else:
            label.setVisible(visible)

    def show(self, error: SalonError | BaseException) -> None:
        """Each field's message under it; what belongs to no field in the general label."""
        self.clear()
        messages = error.messages(_translate()) if isinstance(error, FieldErrors) else {"": message_of(error)}
        general = []
        for name, text in messages.items():
            label = self.labels.get(name)
            if label is None:
                general.append(text)
                continue
            label.setText(text)
            self._visible(label, True)
        if general:
            self.general.setText(" ".join(general))
            self._visible(self.general, True)
        grow(self.general.window())


def grow(window: QWidget) -> None:
    """Room for lines that just appeared (wrapped at the window's width): the window grows, the fields are
    never squashed."""
    layout = window.layout()
    if layout is None or layout.sizeConstraint() is QLayout.SizeConstraint.SetFixedSize:
        return
    layout.activate()
    needed = window.heightForWidth(window.width()) if window.hasHeightForWidth() else window.sizeHint().height()
    if needed > window.height():
        window.resize(window.width(), needed)


def _translate():
    from desktop import i18n

    return i18n.translate
