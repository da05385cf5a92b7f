"""The consent memo: the text to show (or the question to ask), one per channel, nothing preselected, "ask later"."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (QButtonGroup, QComboBox, QDialog, QFormLayout, QGroupBox, QHBoxLayout, QLabel,
                               QPushButton, QRadioButton, QVBoxLayout, QWidget)

from desktop.consent.rules import CHANNEL_LABELS
from desktop.desk import Desk
from desktop.i18n import translate
from desktop.kernel.errors import QT_TRANSLATE_NOOP, SalonError
from ui.consent.text_view import text_view
from ui import sizing
from ui.dialogs import message_of

YES, NO = 1, 2
QUESTIONS = {  # what the desk asks aloud; the text itself is written for the client to read ("J'accepte…")
    "email": QT_TRANSLATE_NOOP("ConsentDialog", "\"Do you agree to receive our news and offers by email?\""),
    "sms": QT_TRANSLATE_NOOP("ConsentDialog", "\"Do you agree to receive our news and offers by text message?\""),
}


class ConsentDialog(QDialog):
    def __init__(self, desk: Desk, client_id: str, channels: list[str], language: str = "fr",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.client_id = client_id
        self.language = language
        self.setWindowTitle(self.tr("Marketing consent"))
        self.setMinimumWidth(680)
        client = desk.clients.show(client_id, purpose="consent")
        intro = QLabel(self.tr("Show {name} the text below, or ask the question. The answer is free: appointments, "
                               "their confirmations and reminders never depend on it.").format(
                                   name=client["first_name"]))
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        self.texts: dict[str, dict] = {}
        self.groups: dict[str, QButtonGroup] = {}
        for channel in channels:
            text = desk.consent.text(channel, language)
            self.texts[channel] = text
            box = QGroupBox(translate("Consent", CHANNEL_LABELS[channel]))
            box.setObjectName(f"consent_{channel}")
            inner = QVBoxLayout(box)
            question = QLabel(QCoreApplication.translate("ConsentDialog", QUESTIONS[channel]))
            question.setObjectName("consentQuestion")
            question.setWordWrap(True)
            inner.addWidget(question)
            body = text_view(text["body"], lines=9)
            inner.addWidget(body)
            version = QLabel(self.tr("Text version {version}").format(version=text["version"]))
            version.setObjectName("hint")
            inner.addWidget(version)
            row = QHBoxLayout()
            group = QButtonGroup(self)
            yes = QRadioButton(self.tr("Yes, the client agrees"))
            yes.setObjectName(f"yes_{channel}")
            no = QRadioButton(self.tr("No"))
            no.setObjectName(f"no_{channel}")
            group.addButton(yes, YES)
            group.addButton(no, NO)
            group.idToggled.connect(lambda *_: self._update())
            row.addWidget(yes)
            row.addWidget(no)
            row.addStretch()
            inner.addLayout(row)
            self.groups[channel] = group
            layout.addWidget(box)
        form = QFormLayout()
        self.method_combo = QComboBox()
        for value, label in (("desk", self.tr("At the desk")), ("phone", self.tr("By phone")),
                             ("paper", self.tr("On a signed paper form"))):
            self.method_combo.addItem(label, value)
        form.addRow(self.tr("Asked"), self.method_combo)
        layout.addLayout(form)
        self.error_label = QLabel()
        self.error_label.setObjectName("error")
        self.error_label.setWordWrap(True)
        layout.addWidget(self.error_label)
        buttons = QHBoxLayout()
        self.later_button = QPushButton(self.tr("Ask later"))
        self.later_button.clicked.connect(self.ask_later)
        self.record_button = QPushButton(self.tr("Record the answers"))
        self.record_button.setObjectName("primary")
        self.record_button.clicked.connect(self.record)
        buttons.addWidget(self.later_button)
        buttons.addStretch()
        buttons.addWidget(self.record_button)
        layout.addLayout(buttons)
        self._update()
        sizing.fit(self)  # wrapped text gets the height it needs at this width, not a squeezed minimum

    def _update(self) -> None:
        self.record_button.setEnabled(all(group.checkedId() in (YES, NO) for group in self.groups.values()))

    def record(self) -> None:
        try:
            for channel, group in self.groups.items():
                decision = "granted" if group.checkedId() == YES else "refused"
                self.desk.consent.record(self.client_id, channel, decision, self.method_combo.currentData(),
                                         text_version=self.texts[channel]["version"], language=self.language)
        except SalonError as exc:
            self.error_label.setText(message_of(exc))
            return
        self.accept()

    def ask_later(self) -> None:
        try:
            self.desk.consent.ask_later(self.client_id)
        except SalonError as exc:
            self.error_label.setText(message_of(exc))
            return
        self.reject()


def ask_if_needed(desk: Desk, client_id: str, parent: QWidget | None = None) -> ConsentDialog | None:
    """Show the memo when a channel is unknown (and not in its quiet period); never blocks the caller's work."""
    channels = desk.consent.needs_prompt(client_id)
    if not channels:
        return None
    dialog = ConsentDialog(desk, client_id, channels, parent=parent)
    dialog.exec()
    return dialog
