"""The kept import reports: which file (name and SHA-256), when, by whom, what became of each row; as CSV too."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel,
                               QPushButton, QSplitter, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from desktop import timefmt
from desktop.i18n import translate
from desktop.imports.report import NOTES, OUTCOMES, REASONS
from ui import dialogs as dialog_module
from ui.imports.finish import SHOWN, more_rows, wrap


def _fill(table: QTableWidget, rows: list[tuple]) -> None:
    table.setRowCount(len(rows))
    for i, cells in enumerate(rows):
        for column, text in enumerate(cells):
            item = QTableWidgetItem(str(text))
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            table.setItem(i, column, item)


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


class ImportReportsDialog(QDialog):
    def __init__(self, desk, ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk, self.ops = desk, ops
        self.setWindowTitle(self.tr("Earlier imports"))
        self.resize(900, 560)
        self.reports = desk.imports.reports()
        self.list = _table([self.tr("Date"), self.tr("File"), self.tr("Rows"), self.tr("Imported"), self.tr("Merged"),
                            self.tr("Skipped"), self.tr("Consent events")])
        self.list.setObjectName("importReports")
        _fill(self.list, [(timefmt.local(r["created_at"]), r["file_name"], r["rows"], r["imported"], r["merged"],
                           r["skipped"], r["consent_events"]) for r in self.reports])
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.lines = _table([self.tr("Row"), self.tr("Outcome"), self.tr("Reason"), self.tr("Notes"),
                             self.tr("Consent events")])
        wrap(self.lines)
        self.export_button = QPushButton(self.tr("Export CSV…"))
        self.export_button.setEnabled(False)
        self.export_button.clicked.connect(self.export)
        self.status = QLabel()
        self.status.setObjectName("hint")
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.export_button)
        lower = QWidget()
        column = QVBoxLayout(lower)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.detail)
        column.addWidget(self.lines)
        column.addLayout(bottom)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.list)
        splitter.addWidget(lower)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if not self.reports:
            layout.addWidget(QLabel(self.tr("No client file was imported yet.")))
        layout.addWidget(splitter, 1)
        layout.addWidget(close)
        self.list.itemSelectionChanged.connect(self.show_selected)
        if self.reports:
            self.list.selectRow(0)

    def format_text(self, kept: str) -> str:
        """"csv cp1252 ;" or "xlsx Clients", as the file page said it when the file was read."""
        from ui.imports.wizard import ENCODINGS

        kind, _, rest = kept.partition(" ")
        if kind == "xlsx":
            return self.tr("Excel workbook, sheet “{sheet}”").format(sheet=rest)
        encoding, _, delimiter = rest.partition(" ")
        if kind != "csv" or not delimiter:
            return kept
        return self.tr("text file in {encoding}, separator {delimiter}").format(
            encoding=ENCODINGS.get(encoding, encoding), delimiter=self.tr("tab") if delimiter == "tab" else delimiter)

    def selected(self) -> dict | None:
        rows = self.list.selectionModel().selectedRows()
        return self.reports[rows[0].row()] if rows else None

    def show_selected(self) -> None:
        report = self.selected()
        self.export_button.setEnabled(report is not None)
        if report is None:
            return
        found = self.desk.imports.report(report["id"], lines=SHOWN)
        self.detail.setText(self.tr("{file} ({format}), SHA-256 {sha256}").format(
            file=found["file_name"], format=self.format_text(found["file_format"]), sha256=found["file_sha256"])
            + (f" {more_rows(found['rows'])}" if found["rows"] > SHOWN else ""))
        _fill(self.lines, [(line["row"], translate("Import", OUTCOMES.get(line["outcome"], line["outcome"])),
                            translate("Import", REASONS[line["reason"]]) if line["reason"] in REASONS else "",
                            translate("Import", NOTES[line["notes"]]) if line["notes"] in NOTES else "",
                            line["consent"] or "") for line in found["lines"]])
        self.lines.resizeRowsToContents()

    def export(self) -> None:
        report = self.selected()
        if report is None:
            return
        path = dialog_module.dialogs.save_file(self, self.tr("Export the import report"), self.tr("import-report.csv"),
                                               self.tr("CSV files (*.csv)"))
        if path:
            report_id = report["id"]
            self.ops.run(lambda desk, _progress: desk.imports.export_report(report_id, path),
                         success=lambda count: self.status.setText(
                             self.tr("%n row(s) written to {file}.", "", count).format(file=Path(path).name)),
                         parent=self)
