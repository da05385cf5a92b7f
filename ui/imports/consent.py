"""The consent step (the memo from the guide): per channel, use the file's consent column only if the user attests
how and when each client gave consent and which text they were shown. No answer is preselected; without an
attestation everyone is imported as "not asked yet", and the consent memo asks them at their next visit."""
from __future__ import annotations

from bisect import bisect_left
from typing import Callable

from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt
from PySide6.QtWidgets import (QButtonGroup, QComboBox, QFormLayout, QGroupBox, QLabel, QLineEdit, QListView,
                               QPlainTextEdit, QRadioButton, QScrollArea, QVBoxLayout, QWidget, QWizard, QWizardPage)

from desktop.consent.rules import CHANNEL_LABELS
from desktop.i18n import translate
from desktop.imports.mapping import CONSENT_FIELDS
from desktop.imports.normalise import parse_date
from desktop.imports.plan import Attestation
from desktop.imports.service import MIN_EVIDENCE
from desktop.kernel.errors import SalonError
from ui.dialogs import message_of
from ui.form_errors import error_label

NOT_USED, ATTESTED = 1, 2
WHOLE, PICKED = 1, 2


class AnswerRows(QAbstractListModel):
    """The rows with an answer for one channel, to tick one by one. A file may hold 100,000 of them: each line's
    text is made when it is shown, and only the ticked row numbers are kept."""

    def __init__(self, answers: list[tuple[int, bool]], text: Callable[[int, bool], str]) -> None:
        super().__init__()
        self.answers, self.text = answers, text
        self.ticked: set[int] = set()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802, B008 (Qt API)
        return 0 if parent.isValid() else len(self.answers)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        row, yes = self.answers[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(row, yes)
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if row in self.ticked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.UserRole:
            return row
        return None

    def setData(self, index: QModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.CheckStateRole:
            return False
        row = self.answers[index.row()][0]
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self.ticked.add(row)
        else:
            self.ticked.discard(row)
        self.dataChanged.emit(index, index, [role])
        return True

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable

    def tick(self, position: int, ticked: bool = True) -> None:
        self.setData(self.index(position), Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked,
                     Qt.ItemDataRole.CheckStateRole)


class ChannelBox(QGroupBox):
    """One channel's question: its answers in the file, the two choices (neither chosen), and the attestation."""

    def __init__(self, page: "ConsentPage", channel: str, column: str, yes: list[int], no: list[int],
                 name: Callable[[int], str]) -> None:
        super().__init__(translate("Consent", CHANNEL_LABELS[channel]))
        self.setObjectName(f"consent_{channel}")
        self.page, self.channel, self.yes = page, channel, yes
        counts = QLabel(self.tr("The column “{column}” says yes for {yes} clients and no for {no}.").format(
            column=column, yes=len(yes), no=len(no)))
        counts.setWordWrap(True)
        self.skip = QRadioButton(self.tr("Do not use this column: every client is “not asked yet” and will be "
                                         "asked at the next visit"))
        self.attest = QRadioButton(self.tr("I attest that these clients gave their consent themselves, as "
                                           "described below"))
        for radio in (self.skip, self.attest):
            radio.setObjectName(f"{channel}_{'skip' if radio is self.skip else 'attest'}")
        self.choice = QButtonGroup(self)
        self.choice.addButton(self.skip, NOT_USED)
        self.choice.addButton(self.attest, ATTESTED)
        self.how = QLineEdit()
        self.how.setObjectName(f"{channel}_how")
        self.how.setPlaceholderText(self.tr("e.g. signed paper form at the desk"))
        self.when = QLineEdit()
        self.when.setObjectName(f"{channel}_when")
        self.when.setPlaceholderText(self.tr("DD/MM/YYYY"))
        self.version = QComboBox()
        self.version.setObjectName(f"{channel}_version")
        current = page.wiz.desk.consent.text(channel)
        self.texts = {}
        for number in range(current["version"], 0, -1):
            self.texts[number] = page.wiz.desk.consent.text(channel, version=number)
            self.version.addItem(self.tr("Version {version}").format(version=number), number)
        self.version.setCurrentIndex(-1)  # the text shown is chosen, never assumed
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setFixedHeight(64)
        self.scope = QButtonGroup(self)
        whole = QRadioButton(self.tr("Every client whose answer is in the file"))
        picked = QRadioButton(self.tr("Only the clients I tick"))
        whole.setObjectName(f"{channel}_whole")
        picked.setObjectName(f"{channel}_picked")
        self.scope.addButton(whole, WHOLE)
        self.scope.addButton(picked, PICKED)
        said = {True: self.tr("yes"), False: self.tr("no")}
        line = self.tr("Row {row}: {name} ({answer})")
        self.answers = AnswerRows(sorted([(row, True) for row in yes] + [(row, False) for row in no]),
                                  lambda row, answer: line.format(row=row, name=name(row), answer=said[answer]))
        self.rows = QListView()
        self.rows.setObjectName(f"{channel}_rows")
        self.rows.setMaximumHeight(110)
        self.rows.setUniformItemSizes(True)
        self.rows.setModel(self.answers)
        self.details = QWidget()
        form = QFormLayout(self.details)
        form.setContentsMargins(24, 0, 0, 0)
        form.addRow(self.tr("How they gave it"), self.how)
        form.addRow(self.tr("When (last date)"), self.when)
        form.addRow(self.tr("Text they were shown"), self.version)
        form.addRow("", self.text)
        form.addRow(self.tr("For"), whole)
        form.addRow("", picked)
        form.addRow("", self.rows)
        layout = QVBoxLayout(self)
        for widget in (counts, self.skip, self.attest, self.details):
            layout.addWidget(widget)
        self.details.setEnabled(False)
        self.rows.setEnabled(False)
        self.choice.idToggled.connect(self._changed)
        self.scope.idToggled.connect(self._changed)
        self.how.textChanged.connect(self._changed)
        self.when.textChanged.connect(self._changed)
        self.version.currentIndexChanged.connect(self._changed)
        self.answers.dataChanged.connect(self._changed)

    def _changed(self, *_args) -> None:
        self.details.setEnabled(self.choice.checkedId() == ATTESTED)
        self.rows.setEnabled(self.scope.checkedId() == PICKED)
        number = self.version.currentData()
        self.text.setPlainText(self.texts[number]["body"] if number in self.texts else "")
        self.page.completeChanged.emit()

    def picked(self) -> frozenset[int]:
        return frozenset(self.answers.ticked)

    def answered(self) -> bool:
        if self.choice.checkedId() == NOT_USED:
            return True
        if self.choice.checkedId() != ATTESTED:
            return False
        return (len(self.how.text().strip()) >= MIN_EVIDENCE and parse_date(self.when.text()) is not None
                and self.version.currentData() is not None and self.scope.checkedId() in (WHOLE, PICKED)
                and (self.scope.checkedId() == WHOLE or bool(self.picked())))

    def attestation(self) -> Attestation | None:
        if self.choice.checkedId() != ATTESTED:
            return None
        rows = self.picked() if self.scope.checkedId() == PICKED else None
        return Attestation(self.channel, self.how.text().strip(), parse_date(self.when.text()),
                           int(self.version.currentData()), rows)


def _short_name(rows: list, number: int) -> str:
    """"Marie D." for the row with this number (rows are in file order)."""
    index = bisect_left(rows, number, key=lambda r: r.row)
    if index == len(rows) or rows[index].row != number:
        return ""
    values = rows[index].values
    return f"{values['first_name']} {values['last_name'][:1]}."


class ConsentPage(QWizardPage):
    def __init__(self, wizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("Marketing consent"))
        self.setSubTitle(self.tr("Mark a client as consenting only with real consent: given by the client, to a text "
                                 "you can show. Otherwise the client is imported as “not asked yet”."))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Import"))
        self.boxes: list[ChannelBox] = []
        self.none_label = QLabel(self.tr("The file has no consent column. Every client is imported as “not asked "
                                         "yet”: the consent memo asks them at their next visit."))
        self.none_label.setWordWrap(True)
        self.inner = QWidget()
        self.inner_layout = QVBoxLayout(self.inner)
        self.inner_layout.addStretch()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.inner)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.error = error_label()  # under the answers, beside the Import button; gone at the next change
        self.completeChanged.connect(self.error.hide)
        layout = QVBoxLayout(self)
        layout.addWidget(self.none_label)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.error)

    def initializePage(self) -> None:  # noqa: N802 (Qt API)
        for box in self.boxes:
            box.setParent(None)
            box.deleteLater()
        self.boxes = []
        plan = self.wiz.plan
        for channel in plan.consent_columns:
            column = plan.header[plan.mapping.index(CONSENT_FIELDS[channel])]
            box = ChannelBox(self, channel, column, plan.answers(channel, "yes"), plan.answers(channel, "no"),
                             lambda number, rows=plan.rows: _short_name(rows, number))
            self.inner_layout.insertWidget(self.inner_layout.count() - 1, box)
            self.boxes.append(box)
        self.none_label.setVisible(not self.boxes)
        self.error.hide()

    def isComplete(self) -> bool:  # noqa: N802 (Qt API)
        return all(box.answered() for box in self.boxes)

    def validatePage(self) -> bool:  # noqa: N802 (Qt API)
        """Refuses here what the commit would refuse (a date in the future, say): this is a commit page, so the
        import page has no Back button and the user could only cancel the wizard to correct it."""
        attestations = [a for a in (box.attestation() for box in self.boxes) if a is not None]
        try:
            self.wiz.desk.imports.check_attestations(self.wiz.plan, attestations)
        except SalonError as exc:
            self.error.setText(message_of(exc))
            self.error.show()
            return False
        self.wiz.attestations = attestations
        return True
