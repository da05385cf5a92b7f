"""Adding or editing a client. Contact fields a role cannot see are left blank and only overwritten if typed."""
from __future__ import annotations

from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
                               QPlainTextEdit, QPushButton, QVBoxLayout, QWidget)

from desktop.clients import notes_guard
from desktop.desk import Desk
from desktop.kernel.permissions import Perm
from desktop.clients.service import ReturningClient
from desktop.kernel.errors import SalonError
from ui import dialogs as dialog_module
from ui.dialogs import message_of


class ClientDialog(QDialog):
    def __init__(self, desk: Desk, client_id: str | None = None, parent: QWidget | None = None, *,
                 request_id: str | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.client_id = client_id
        self.request_id = request_id  # a rectification or restriction request this edit answers
        self.sees_contact = desk.can(Perm.CLIENT_CONTACT)
        self.sees_notes = desk.can(Perm.CLIENT_NOTES)
        self.setWindowTitle(self.tr("New client") if client_id is None else self.tr("Edit client"))
        self.setMinimumWidth(460)
        self.first_edit = QLineEdit()
        self.first_edit.setObjectName("firstName")
        self.last_edit = QLineEdit()
        self.last_edit.setObjectName("lastName")
        self.phone_edit = QLineEdit()
        self.phone_edit.setObjectName("phone")
        self.phone_edit.setPlaceholderText("06 12 34 56 78")
        self.email_edit = QLineEdit()
        self.email_edit.setObjectName("email")
        self.birth_edit = QLineEdit()
        self.birth_edit.setPlaceholderText(self.tr("DD/MM/YYYY"))
        self.source_combo = QComboBox()
        for value, label in (("direct", self.tr("Direct (at the salon, phone)")),
                             ("widget", self.tr("Booking widget")),
                             ("marketplace", self.tr("Marketplace")),
                             ("import", self.tr("Import"))):
            self.source_combo.addItem(label, value)
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setObjectName("notes")
        self.notes_edit.setPlaceholderText(self.tr("Only what the service needs. The client can read every note "
                                                   "if they ask for their data."))
        self.notes_edit.setFixedHeight(90)
        self.notes_hint = QLabel(self.tr("Every note is shown to the client if they ask for their data."))
        self.notes_hint.setObjectName("hint")
        self.health_warning = QLabel()
        self.health_warning.setObjectName("maskNotice")
        self.health_warning.setWordWrap(True)
        self.health_warning.hide()
        self.move_to_health = QPushButton(self.tr("Move it to Health & patch tests"))
        self.move_to_health.setObjectName("moveToHealth")
        self.move_to_health.hide()
        self.move_to_health.clicked.connect(self.steer_to_health)
        self.not_health_box = QCheckBox(self.tr("This is not health information: keep it in the notes"))
        self.not_health_box.setObjectName("notHealth")
        self.not_health_box.hide()
        self.can_move = desk.can(Perm.HEALTH)
        self.notes_edit.textChanged.connect(self._check_health_words)
        self.health_text = ""
        self.error_label = QLabel()
        self.error_label.setObjectName("error")
        self.error_label.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("First name"), self.first_edit)
        form.addRow(self.tr("Last name"), self.last_edit)
        form.addRow(self.tr("Phone"), self.phone_edit)
        form.addRow(self.tr("Email"), self.email_edit)
        form.addRow(self.tr("Birth date"), self.birth_edit)
        form.addRow(self.tr("Source"), self.source_combo)
        if self.sees_notes:
            form.addRow(self.tr("Notes"), self.notes_edit)
            form.addRow("", self.notes_hint)
            form.addRow("", self.health_warning)
            form.addRow("", self.move_to_health)
            form.addRow("", self.not_health_box)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self._original: dict = {}
        if client_id:
            self._load(client_id)

    def _load(self, client_id: str) -> None:
        client = self.desk.clients.show(client_id, purpose="edit")
        self._original = client
        self.first_edit.setText(client["first_name"])
        self.source_combo.setCurrentIndex(max(0, self.source_combo.findData(client["source"])))
        self.source_combo.setEnabled(False)
        if self.sees_contact:
            self.last_edit.setText(client["last_name"])
            self.phone_edit.setText(client.get("phone_display") or "")
            self.email_edit.setText(client.get("email") or "")
            birth = client.get("birth_date")
            self.birth_edit.setText("/".join(reversed(birth.split("-"))) if birth else "")
        else:
            hidden = self.tr("hidden for your role: type to replace")
            for edit in (self.last_edit, self.phone_edit, self.email_edit, self.birth_edit):
                edit.setPlaceholderText(hidden)
        if self.sees_notes:
            self.notes_edit.setPlainText(client.get("notes") or "")

    def _check_health_words(self) -> None:
        words = notes_guard.health_terms(self.notes_edit.toPlainText())
        self.health_warning.setVisible(bool(words))
        self.move_to_health.setVisible(bool(words) and self.can_move)
        self.not_health_box.setVisible(bool(words))
        if not words:
            self.not_health_box.setChecked(False)
            return
        if self.can_move:
            text = self.tr("This looks like health information ({words}). It belongs in Health & patch tests, which "
                           "needs the client's explicit consent, not in ordinary notes.")
        else:  # the text stays in the form: nothing is lost while a manager comes
            text = self.tr("This looks like health information ({words}). It cannot stay in ordinary notes, and "
                           "your role cannot open Health & patch tests: tell a manager, who will move it with the "
                           "client's consent. The text stays here in the meantime.")
        self.health_warning.setText(text.format(words=", ".join(words)))

    def steer_to_health(self) -> None:
        """Take the note out of the ordinary notes; it goes to the health section after the client is saved."""
        self.health_text = (self.health_text + "\n" + self.notes_edit.toPlainText()).strip()
        self.notes_edit.clear()

    def values(self) -> dict:
        fields = {"first_name": self.first_edit.text(), "last_name": self.last_edit.text(),
                  "phone": self.phone_edit.text(), "email": self.email_edit.text(),
                  "birth_date": self.birth_edit.text()}
        if self.sees_notes:
            fields["notes"] = self.notes_edit.toPlainText()
        if self.client_id and not self.sees_contact:  # blank masked fields mean "unchanged"
            fields = {k: v for k, v in fields.items() if v.strip() or k in ("first_name", "notes")}
        return fields

    def save(self) -> None:
        try:
            if self.client_id is None:
                try:
                    self.client_id = self.desk.clients.add(source=self.source_combo.currentData(),
                                                           not_health=self.not_health_box.isChecked(), **self.values())
                except ReturningClient as exc:  # erased before: only if the person came back themselves
                    if not dialog_module.dialogs.confirm(self, message_of(exc) + "\n\n" + self.tr(
                            "Did the person come back and give their details again themselves?")):
                        self.error_label.setText(message_of(exc))
                        return
                    self.client_id = self.desk.clients.add(source=self.source_combo.currentData(), returning=True,
                                                           not_health=self.not_health_box.isChecked(), **self.values())
            else:
                self.desk.clients.edit(self.client_id, request_id=self.request_id,
                                       not_health=self.not_health_box.isChecked(), **self.values())
        except SalonError as exc:
            self.error_label.setText(message_of(exc))
            return
        self.accept()
        if self.health_text:
            from ui.health.dialog import HealthDialog

            HealthDialog(self.desk, self.client_id, self.health_text, self).exec()
