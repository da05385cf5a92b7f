"""The import wizard: choose the file, map its columns, preview, attest consent (or not), import, read the report.

Reading, the preview and the commit run on the database worker (ui/ops.py) with a progress bar; the commit has
a Cancel button, and a cancel leaves the database as it was. Pages hold no database access of their own.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget, QWizard, QWizardPage)

from desktop.desk import Desk
from desktop.i18n import translate
from desktop.imports import mapping as mappings
from desktop.imports.plan import Decisions, Plan, masked_text
from desktop.imports.reading import Table, column_letter
from ui import dialogs as dialog_module
from ui.dialogs import message_of
from ui.ops import OperationRunner

ENCODINGS = {"utf-8": "UTF-8", "utf-8-sig": "UTF-8 (BOM)", "utf-16": "UTF-16", "cp1252": "Windows-1252",
             "latin-1": "Latin-1"}


class ImportWizard(QWizard):
    """Holds what the pages share: the table read, the plan, the user's decisions, and the outcome."""

    def __init__(self, desk: Desk, ops: OperationRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from ui.imports.consent import ConsentPage
        from ui.imports.finish import ImportPage
        from ui.imports.preview import PreviewPage

        self.desk, self.ops = desk, ops
        self.path: str | None = None
        self.table: Table | None = None
        self.plan: Plan | None = None
        self.decisions = Decisions()
        self.attestations: list = []
        self.setObjectName("importWizard")
        self.setWindowTitle(self.tr("Import clients from a file"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setMinimumSize(860, 600)
        self.resize(1040, 680)
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.preview_page = PreviewPage(self)
        self.consent_page = ConsentPage(self)
        self.import_page = ImportPage(self)
        for page in (self.file_page, self.mapping_page, self.preview_page, self.consent_page, self.import_page):
            self.addPage(page)

    def mapping(self) -> list[str]:
        return self.mapping_page.mapping()


class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("Choose the file"))
        self.setSubTitle(self.tr("Export the clients from your previous software as CSV or Excel (.xlsx). Salon Desk "
                                 "reads the file where it is and keeps no copy of it."))
        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("importPath")
        self.path_edit.setReadOnly(True)
        self.path_edit.setPlaceholderText(self.tr("No file chosen yet"))
        choose = QPushButton(self.tr("Choose…"))
        choose.setObjectName("chooseFile")
        choose.clicked.connect(self.choose)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(choose)
        self.sheet_label = QLabel(self.tr("Sheet"))
        self.sheet_combo = QComboBox()
        self.sheet_combo.setObjectName("sheet")
        self.sheet_combo.activated.connect(lambda _i: self.load(self.sheet_combo.currentText()))
        sheets = QHBoxLayout()
        sheets.addWidget(self.sheet_label)
        sheets.addWidget(self.sheet_combo, 1)
        self.status = QLabel()
        self.status.setObjectName("importStatus")
        self.status.setWordWrap(True)
        hint = QLabel(self.tr("Import only clients who gave their details to the salon themselves. Card numbers are "
                              "never imported, and nobody is marked as consenting to marketing unless you attest "
                              "how they consented."))
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        earlier = QPushButton(self.tr("Earlier imports…"))
        earlier.setObjectName("earlierImports")
        earlier.clicked.connect(self.show_reports)
        bottom = QHBoxLayout()
        bottom.addStretch()
        bottom.addWidget(earlier)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addLayout(sheets)
        layout.addWidget(self.status)
        layout.addStretch()
        layout.addWidget(hint)
        layout.addLayout(bottom)
        self._show_sheets([])

    def _show_sheets(self, names: list[str]) -> None:
        self.sheet_combo.clear()
        self.sheet_combo.addItems(names)
        for widget in (self.sheet_label, self.sheet_combo):
            widget.setVisible(len(names) > 1)

    def choose(self) -> None:
        path = dialog_module.dialogs.open_file(self, self.tr("Choose the client file"),
                                               self.tr("Client files (*.csv *.txt *.xlsx);;All files (*)"))
        if path:
            self.wiz.path = path
            self.path_edit.setText(path)
            self._show_sheets([])
            self.load(None)

    def load(self, sheet: str | None) -> None:
        path = self.wiz.path
        self.wiz.table = None
        self._say(self.tr("Reading the file…"))
        self.completeChanged.emit()
        self.wiz.ops.run(lambda desk, _progress: desk.imports.read(path, sheet=sheet), success=self._loaded,
                         failure=self._failed, progress_label=self.tr("Reading the file…"), parent=self)

    def _loaded(self, table: Table) -> None:
        self.wiz.table = table
        if table.kind == "xlsx":
            if self.sheet_combo.count() != len(table.sheets):
                self._show_sheets(table.sheets)
            self.sheet_combo.setCurrentText(table.sheet or "")
            how = self.tr("Excel workbook, sheet “{sheet}”").format(sheet=table.sheet)
        else:
            delimiter = self.tr("tab") if table.delimiter == "\t" else table.delimiter
            how = self.tr("text file in {encoding}, separator {delimiter}").format(
                encoding=ENCODINGS.get(table.encoding or "", table.encoding), delimiter=delimiter)
        self._say(self.tr("%n row(s) and {columns} columns read ({how}).", "", len(table.rows)).format(
            columns=len(table.header), how=how))
        self.completeChanged.emit()

    def _failed(self, exc: Exception) -> None:
        self._say(message_of(exc), error=True)
        self.completeChanged.emit()

    def _say(self, text: str, error: bool = False) -> None:
        """Every status goes through here, so an error's red never outlives the error (a good file after a bad one)."""
        self.status.setText(text)
        self.status.setStyleSheet("color: #b00020;" if error else "")

    def isComplete(self) -> bool:  # noqa: N802 (Qt API)
        return self.wiz.table is not None

    def initializePage(self) -> None:  # noqa: N802 (Qt API)
        self.status.setStyleSheet("")

    def show_reports(self) -> None:
        from ui.imports.reports import ImportReportsDialog

        try:
            ImportReportsDialog(self.wiz.desk, self.wiz.ops, self).exec()
        except Exception as exc:  # noqa: BLE001 (a SalonError: one line; anything else goes to the crash dialog)
            from desktop.kernel.errors import SalonError

            if not isinstance(exc, SalonError):
                raise
            dialog_module.dialogs.error(self, message_of(exc))


class MappingPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("Check the columns"))
        self.setSubTitle(self.tr("Each column of the file goes into a field of the client file. Correct a column "
                                 "if needed, or choose “Do not import”."))
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("mappingTable")
        self.table.setHorizontalHeaderLabels([self.tr("Column"), self.tr("Examples from the file"),
                                              self.tr("Import as")])
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setDefaultSectionSize(34)
        self.combos: list[QComboBox] = []
        hint = QLabel(self.tr("Columns such as the address or loyalty points have no place in Salon Desk: they are "
                              "left out. The notes may come from several columns."))
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(hint)

    def initializePage(self) -> None:  # noqa: N802 (Qt API)
        table = self.wiz.table
        guessed = mappings.auto_map(table.header)
        self.table.setRowCount(len(table.header))
        self.combos = []
        for index, (name, field) in enumerate(zip(table.header, guessed)):
            self.table.setItem(index, 0, _item(f"{column_letter(index)}  {name}"))
            samples = [cells[index] for _, cells in table.rows[:50] if index < len(cells) and cells[index].strip()][:3]
            self.table.setItem(index, 1, _item(" · ".join(" ".join(masked_text(s).split())[:30] for s in samples)))
            combo = QComboBox()
            combo.setObjectName(f"field_{index}")
            for value in (*mappings.FIELDS, mappings.IGNORE):
                combo.addItem(translate("Import", mappings.FIELD_LABELS[value]), value)
            combo.setCurrentIndex(combo.findData(field))
            self.table.setCellWidget(index, 2, combo)
            self.combos.append(combo)

    def mapping(self) -> list[str]:
        return [combo.currentData() for combo in self.combos]

    def set_field(self, column: int, field: str) -> None:
        self.combos[column].setCurrentIndex(self.combos[column].findData(field))

    def validatePage(self) -> bool:  # noqa: N802 (Qt API)
        from desktop.kernel.errors import SalonError

        try:
            mappings.check(self.mapping())
        except SalonError as exc:
            dialog_module.dialogs.error(self, message_of(exc))
            return False
        return True


def _item(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    return item
