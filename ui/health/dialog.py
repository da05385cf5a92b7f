"""Health & patch tests: explicit consent first, then the health note, the allergy alert and patch tests."""
from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QGroupBox,
                               QHBoxLayout, QLabel, QLineEdit, QListWidget, QPlainTextEdit, QPushButton, QSizePolicy,
                               QVBoxLayout, QWidget)

from desktop import timefmt
from desktop.desk import Desk
from desktop.kernel.errors import SalonError
from ui import sensitive
from ui.health import summary as health_summary
from ui.consent.text_view import text_view
from ui import sizing
from ui.dialogs import message_of


class HealthDialog(QDialog):
    def __init__(self, desk: Desk, client_id: str, suggested_note: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.client_id = client_id
        self.suggested_note = suggested_note
        client = desk.clients.show(client_id, purpose="health")
        self.setWindowTitle(self.tr("Health & patch tests: {name}").format(
            name=f"{client['first_name']} {client['last_name']}"))
        self.setMinimumWidth(720)
        self.layout_ = QVBoxLayout(self)
        self.error_label = QLabel()
        self.error_label.setObjectName("error")
        self.error_label.setWordWrap(True)
        self.consent_box = self._consent_box()
        self.layout_.addWidget(self.consent_box)
        self.details_box = self._details_box()
        self.layout_.addWidget(self.details_box)
        self.layout_.addWidget(self.error_label)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        self.layout_.addWidget(close)
        self.reload()
        sizing.fit(self)  # wrapped text gets the height it needs at this width, not a squeezed minimum

    def _consent_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Explicit consent to keep health information"))
        text = self.desk.consent.text("health")
        self.health_text = text
        body = text_view(text["body"], lines=6)
        why = QLabel(self.tr("Health information is sensitive data: show this text to the client, or ask \"Do you "
                             "agree that the salon keeps…?\", and record their answer. Without a yes, nothing is "
                             "kept."))
        why.setObjectName("hint")
        why.setWordWrap(True)
        self.agree_button = QPushButton(self.tr("Yes, said at the desk"))
        self.agree_button.setObjectName("primary")
        self.agree_button.clicked.connect(lambda: self._decide("granted", "desk"))
        self.refuse_button = QPushButton(self.tr("The client refuses"))
        self.refuse_button.clicked.connect(lambda: self._decide("refused", "desk"))
        self.form_reference = QLineEdit()
        self.form_reference.setObjectName("formReference")
        self.form_reference.setPlaceholderText(self.tr("Where the signed form is filed, e.g. health folder no. 12"))
        self.paper_button = QPushButton(self.tr("Signed paper form"))
        self.paper_button.setObjectName("paperForm")
        self.paper_button.setEnabled(False)
        self.form_reference.textChanged.connect(lambda text: self.paper_button.setEnabled(bool(text.strip())))
        self.paper_button.clicked.connect(lambda: self._decide("granted", "paper"))
        spoken = QHBoxLayout()
        spoken.addWidget(self.refuse_button)
        spoken.addStretch()
        spoken.addWidget(self.agree_button)
        paper = QHBoxLayout()
        paper.addWidget(self.form_reference, 1)
        paper.addWidget(self.paper_button)
        layout = QVBoxLayout(box)
        layout.addWidget(why)
        layout.addWidget(body)
        layout.addLayout(spoken)
        layout.addLayout(paper)
        return box

    def _details_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Health information"))
        self.note_edit = QPlainTextEdit()
        self.note_edit.setObjectName("healthNote")
        self.note_edit.setFixedHeight(80)
        self.alert_box = QCheckBox(self.tr("Allergy alert (shown to every role)"))
        save = QPushButton(self.tr("Save"))
        save.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)  # a button, not a bar across the form
        save.clicked.connect(self.save_note)
        self.tests_list = QListWidget()
        self.tests_list.setMaximumHeight(90)
        self.test_date = QDateEdit(QDate.currentDate())
        self.test_date.setCalendarPopup(True)
        self.test_date.setDisplayFormat("dd/MM/yyyy")
        self.test_product = QComboBox()
        self.test_product.setEditable(True)
        self.test_product.setObjectName("testProduct")
        self.test_product.addItems(sorted(self.desk.settings.patch_test_products()))
        self.test_product.setCurrentText("")
        self.test_product.lineEdit().setPlaceholderText(self.tr("Product"))
        self.test_product.setMinimumContentsLength(14)
        self.test_result = QComboBox()
        for value, label in (("negative", self.tr("No reaction")), ("positive", self.tr("Reaction")),
                             ("doubtful", self.tr("Doubtful"))):
            self.test_result.addItem(label, value)
        add = QPushButton(self.tr("Add patch test"))
        add.clicked.connect(self.add_patch_test)
        form = QFormLayout()
        form.addRow(self.tr("Note"), self.note_edit)
        form.addRow("", self.alert_box)
        form.addRow("", save)
        form.addRow(self.tr("Patch tests"), self.tests_list)
        reminder = QLabel(health_summary.reminder())
        reminder.setObjectName("hint")
        form.addRow("", reminder)
        row = QHBoxLayout()
        for widget in (self.test_date, self.test_product, self.test_result, add):
            row.addWidget(widget)
        form.addRow(self.tr("New test"), row)
        box.setLayout(form)
        return box

    def reload(self) -> None:
        details = self.desk.health.details(self.client_id)
        self.consent_box.setVisible(not details["consent"])
        self.details_box.setEnabled(details["consent"])
        self.note_edit.setPlainText(details["note"] or self.suggested_note)
        self.alert_box.setChecked(details["allergy_alert"])
        self.tests_list.clear()
        for test in details["patch_tests"]:
            result = self.test_result.itemText(self.test_result.findData(test["result"]))
            self.tests_list.addItem(self.tr("{date}: {product}, {result}").format(
                date=timefmt.local(test["tested_on"] + "T12:00:00Z", with_time=False), product=test["product"],
                result=result[:1].lower() + result[1:]))  # mid-sentence: "Majirel, no reaction"

    def _decide(self, decision: str, method: str) -> None:
        evidence = self.form_reference.text().strip() if method == "paper" else None
        try:
            self.desk.consent.record(self.client_id, "health", decision, method, evidence=evidence,
                                     text_version=self.health_text["version"])
        except SalonError as exc:
            self.error_label.setText(message_of(exc))
            return
        if decision == "refused":
            self.reject()
            return
        self.reload()

    def save_note(self) -> None:
        note, alert = self.note_edit.toPlainText(), self.alert_box.isChecked()
        if sensitive.run(self, self.desk, lambda: self.desk.health.save_note(self.client_id, note, alert) or True):
            self.suggested_note = ""
            self.error_label.clear()
            self.reload()

    def add_patch_test(self) -> None:
        day = self.test_date.date()
        from datetime import date
        try:
            self.desk.health.add_patch_test(self.client_id, date(day.year(), day.month(), day.day()),
                                            self.test_product.currentText(), self.test_result.currentData())
        except SalonError as exc:
            self.error_label.setText(message_of(exc))
            return
        self.test_product.setCurrentText("")
        self.reload()
