"""The booking's first step: find the client as you type, or start a new client file inline.

Enter on a result chooses that client (it never books); Enter on "+ New client" opens the new client's fields,
and Enter in those goes to the next field. Up and Down move through the results from the search field.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (QFormLayout, QHBoxLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem, QPushButton,
                               QVBoxLayout, QWidget)

from desktop.clients import contact
from desktop.desk import Desk
from desktop.kernel.errors import QT_TRANSLATE_NOOP, InputError, SalonError
from desktop.kernel.forms import collect
from ui.form_errors import FormErrors

NEW_CLIENT = "__new__"


def _no_phone():
    """A booking made for a new client needs a way to reach them about it."""
    raise InputError(QT_TRANSLATE_NOOP("Messages", "Give a phone number to reach the client about the appointment."))


class ClientFinder(QWidget):
    chosen = Signal(str)   # an existing client's id
    started_new = Signal()  # the new client's fields are open
    done = Signal()        # the client step is complete: go on to the service

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.client_id: str | None = None
        self.name_label = QLabel()
        self.name_label.setObjectName("clientName")
        self.change_button = QPushButton(self.tr("C&hange client"))
        self.change_button.setAutoDefault(False)
        self.change_button.clicked.connect(self.reset)
        self.find_edit = QLineEdit()
        self.find_edit.setObjectName("findClient")
        self.find_edit.setPlaceholderText(self.tr("Client: name, phone or email"))
        self.results = QListWidget()
        self.results.setObjectName("clientResults")
        self.results.setMaximumHeight(130)
        self.results.itemDoubleClicked.connect(self._choose)
        self.find_edit.textChanged.connect(self._search)
        self.first_edit, self.last_edit, self.phone_edit = QLineEdit(), QLineEdit(), QLineEdit()
        self.first_edit.setObjectName("newFirst")
        self.last_edit.setObjectName("newLast")
        self.phone_edit.setObjectName("newPhone")
        self.new_client = QWidget()
        self.errors = FormErrors()
        form = QFormLayout(self.new_client)
        form.setContentsMargins(0, 0, 0, 0)
        self.errors.add_row(form, self.tr("&First name"), self.first_edit, "first_name")
        self.errors.add_row(form, self.tr("&Last name"), self.last_edit, "last_name")
        self.errors.add_row(form, self.tr("&Phone"), self.phone_edit, "phone")
        self.new_client.hide()
        for edit in (self.find_edit, self.results, self.first_edit, self.last_edit, self.phone_edit):
            edit.installEventFilter(self)
        chosen = QHBoxLayout()
        chosen.addWidget(self.name_label, 1)
        chosen.addWidget(self.change_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(chosen)
        layout.addWidget(self.find_edit)
        layout.addWidget(self.results)
        layout.addWidget(self.new_client)
        layout.addWidget(self.errors.general)
        self.reset()

    # -- state --------------------------------------------------------------------------------------------
    def reset(self) -> None:
        self.client_id = None
        self.name_label.hide()
        self.change_button.hide()
        self.new_client.hide()
        self.errors.clear()
        self.find_edit.show()
        self.results.show()
        self.find_edit.setFocus()
        self.find_edit.selectAll()

    @property
    def is_new(self) -> bool:
        return self.client_id is None and not self.new_client.isHidden()

    @property
    def ready(self) -> bool:
        return self.client_id is not None or (self.is_new and bool(self.first_edit.text().strip()))

    def set_client(self, client_id: str) -> None:
        self.client_id = client_id
        client = self.desk.clients.show(client_id, purpose="booking")
        self.name_label.setText(f"{client['first_name']} {client['last_name']}")
        for widget in (self.find_edit, self.results, self.new_client):
            widget.hide()
        self.name_label.show()
        self.change_button.show()
        self.chosen.emit(client_id)

    def new_client_fields(self) -> dict | None:
        """The new client's fields, checked all at once (None after showing the mistakes); a phone is needed."""
        fields = {"first_name": self.first_edit.text(), "last_name": self.last_edit.text(),
                  "phone": self.phone_edit.text()}
        try:
            collect({"first_name": lambda: contact.name(fields["first_name"], field=contact.FIRST_NAME),
                     "last_name": lambda: contact.name(fields["last_name"], field=contact.LAST_NAME),
                     "phone": lambda: contact.phone(fields["phone"]) or _no_phone()})
        except SalonError as exc:
            self.errors.show(exc)
            return None
        self.errors.clear()
        return fields

    # -- searching and choosing -----------------------------------------------------------------------------
    def _search(self, text: str) -> None:
        self.results.clear()
        if not text.strip():
            return
        for row in self.desk.clients.rows(self.desk.clients.search(text, limit=8)):
            item = QListWidgetItem(f"{row['last_name']}, {row['first_name']}   {row.get('phone_display') or ''}")
            item.setData(Qt.ItemDataRole.UserRole, row["id"])
            self.results.addItem(item)
        new = QListWidgetItem(self.tr("+ New client: {text}").format(text=text.strip()))
        new.setData(Qt.ItemDataRole.UserRole, NEW_CLIENT)
        self.results.addItem(new)
        self.results.setCurrentRow(-1)  # the first ↓ lands on the first match (Enter alone also takes it)

    def _choose(self, item: QListWidgetItem) -> None:
        value = item.data(Qt.ItemDataRole.UserRole)
        if value != NEW_CLIENT:
            self.set_client(value)
            self.done.emit()
            return
        text = self.find_edit.text().strip()
        digits = "".join(ch for ch in text if ch.isdigit())
        if len(digits) >= 6:
            self.phone_edit.setText(text)
        else:
            words = text.split()
            self.first_edit.setText(words[0] if words else "")
            self.last_edit.setText(" ".join(words[1:]))
        self.find_edit.hide()
        self.results.hide()
        self.new_client.show()
        self.name_label.setText(self.tr("New client"))
        self.name_label.show()
        self.change_button.show()
        next(edit for edit in (self.first_edit, self.last_edit, self.phone_edit) if not edit.text()
             or edit is self.phone_edit).setFocus()
        self.started_new.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if event.type() != QEvent.Type.KeyPress:
            return super().eventFilter(watched, event)
        key = event.key()
        enter = key in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if watched is self.results and enter:  # choose, and swallow the key so it never reaches Book
            if self.results.currentItem() is not None:
                self._choose(self.results.currentItem())
            return True
        if watched is self.find_edit:
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.results.count():
                row = self.results.currentRow() + (1 if key == Qt.Key.Key_Down else -1)
                self.results.setCurrentRow(max(0, min(self.results.count() - 1, row)))
                return True
            if enter:  # choose: never book from here
                if self.results.count():
                    self._choose(self.results.currentItem() or self.results.item(0))
                return True
        elif enter and watched in (self.first_edit, self.last_edit, self.phone_edit):
            if watched is self.phone_edit:
                self.done.emit()
            else:
                (self.last_edit if watched is self.first_edit else self.phone_edit).setFocus()
            return True  # Enter moves on; it never books a half-typed client
        return super().eventFilter(watched, event)
