"""A form that shows all its errors at once, each under its own field (desktop/kernel/forms.py's FieldErrors).

Error labels stay hidden until they have something to say, and a new attempt clears the old messages, so no
stale error outlives the mistake it was about.
"""
from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QLayout, QVBoxLayout, QWidget

from desktop.kernel.errors import SalonError
from desktop.kernel.forms import FieldErrors
from ui.dialogs import message_of


def error_label() -> QLabel:
    label = QLabel()
    label.setObjectName("error")
    label.setWordWrap(True)
    label.hide()
    return label


class FormErrors:
    def __init__(self, general: QLabel | None = None) -> None:
        self.general = general or error_label()
        self.labels: dict[str, QLabel] = {}

    def add_row(self, form: QFormLayout, text: str, field: QWidget, name: str) -> QLabel:
        """A form row whose field has its error label right under it; returns the row's caption label."""
        cell = QWidget()
        column = QVBoxLayout(cell)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(field)
        self.labels[name] = error_label()
        self.labels[name].setObjectName("fieldError")
        column.addWidget(self.labels[name])
        caption = QLabel(text)
        caption.setBuddy(field)
        form.addRow(caption, cell)
        return caption

    def watch(self, name: str, label: QLabel) -> None:
        """An error label placed by the form itself (a row that is not a plain field)."""
        self.labels[name] = label

    def clear(self) -> None:
        for label in (*self.labels.values(), self.general):
            label.clear()
            label.hide()

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
            label.show()
        if general:
            self.general.setText(" ".join(general))
            self.general.show()
        window = self.general.window()
        layout = window.layout()
        if layout is not None and layout.sizeConstraint() is not QLayout.SizeConstraint.SetFixedSize:
            window.resize(window.size().expandedTo(window.sizeHint()))  # room for the new lines, never squashed

    def first_field(self) -> str | None:
        return next((name for name, label in self.labels.items() if label.isVisibleTo(label.window())), None)


def _translate():
    from desktop import i18n

    return i18n.translate
