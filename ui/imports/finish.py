"""The last page: the commit on the database worker (progress bar, Cancel), then the report, exportable as CSV.

A cancel rolls the whole import back: the page says nothing was imported and offers to try again."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableWidget, QTableWidgetItem,
                               QVBoxLayout, QWizard, QWizardPage)

from desktop.i18n import translate
from desktop.imports.report import NOTES, OUTCOMES, REASONS
from desktop.kernel.permissions import Perm
from ui import dialogs as dialog_module
from ui.dialogs import message_of
from ui.sensitive import confirmed

SHOWN = 2000


def wrap(table: QTableWidget) -> None:
    """Row, outcome and consent as wide as their contents; reason and notes share the rest, wrapped."""
    header = table.horizontalHeader()
    for column in range(table.columnCount()):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch if column in (2, 3)
                                    else QHeaderView.ResizeMode.ResizeToContents)
    table.setWordWrap(True)


MORE_ROWS = QT_TRANSLATE_NOOP("ImportPage", "The first {shown} rows are shown here; export the report for all {rows}.")


def more_rows(rows: int) -> str:
    return translate("ImportPage", MORE_ROWS).format(shown=SHOWN, rows=rows)


class ImportPage(QWizardPage):
    def __init__(self, wizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("Import"))
        self.result: dict | None = None
        self.operation = None
        self.status = QLabel()
        self.status.setObjectName("importResult")
        self.status.setWordWrap(True)
        self.lines = QTableWidget(0, 5)
        self.lines.setObjectName("reportLines")
        self.lines.setHorizontalHeaderLabels([self.tr("Row"), self.tr("Outcome"), self.tr("Reason"), self.tr("Notes"),
                                              self.tr("Consent events")])
        self.lines.verticalHeader().hide()
        wrap(self.lines)
        self.export_button = QPushButton(self.tr("Export the report (CSV)…"))
        self.export_button.setObjectName("exportReport")
        self.export_button.clicked.connect(self.export)
        self.retry_button = QPushButton(self.tr("Try again"))
        self.retry_button.setObjectName("retryImport")
        self.retry_button.clicked.connect(self.start)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.retry_button)
        buttons.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.lines, 1)
        layout.addLayout(buttons)
        self.wiz.ops.finished.connect(self._finished)

    def initializePage(self) -> None:  # noqa: N802 (Qt API)
        self.start()

    def start(self) -> None:
        self.result = None
        self.wiz.setOption(QWizard.WizardOption.NoCancelButton, False)
        self.lines.setRowCount(0)
        self.export_button.hide()
        self.retry_button.hide()
        self.completeChanged.emit()
        if not confirmed(self, self.wiz.desk, Perm.IMPORT):
            self.status.setText(self.tr("Nothing was imported: importing needs your password."))
            self.retry_button.show()
            return
        plan, decisions, attestations = self.wiz.plan, self.wiz.decisions, list(self.wiz.attestations)
        self.wiz.table = None  # no way back to the mapping now: the file's cells need not stay in memory
        self.status.setText(self.tr("Importing the clients…"))
        self.operation = self.wiz.ops.run(
            lambda desk, progress: desk.imports.commit(plan, decisions, attestations, progress=progress),
            success=self._done, failure=self._failed, progress_label=self.tr("Importing the clients…"),
            cancellable=True, parent=self)

    def _finished(self, op) -> None:
        """After every job of the runner: ours ended without a result and without an error when it was cancelled."""
        if op is self.operation and self.result is None and op.progress.cancelled:
            self.status.setText(self.tr("Import cancelled: nothing was imported, the client files are as they were."))
            self.retry_button.show()
            self.completeChanged.emit()

    def _failed(self, exc: Exception) -> None:
        # a sentence of its own: the reason starts with a capital, which French does not put after a colon
        self.status.setText(self.tr("Nothing was imported. {reason}").format(reason=message_of(exc)))
        self.retry_button.show()
        self.completeChanged.emit()

    def _done(self, result: dict) -> None:
        self.result = result
        # two sentences, one count each: Qt chooses "1 client" or "2 clients" (and the French forms) from %n
        self.status.setText(" ".join((
            self.tr("Done. %n client(s) imported, {merged} merged, {unchanged} already there, {skipped} skipped.", "",
                    len(result["imported"])).format(
                merged=len(result["merged"]), unchanged=len(result["unchanged"]), skipped=len(result["skipped"])),
            self.tr("%n consent decision(s) recorded. The report is kept (Earlier imports).", "",
                    result["consent_events_created"]))))
        # the import is in: Cancel would only close the wizard, yet reads as if it could undo it; Finish closes it
        self.wiz.setOption(QWizard.WizardOption.NoCancelButton, True)
        lines = self.wiz.desk.imports.report(result["report_id"], lines=SHOWN)["lines"]
        if result["rows"] > SHOWN:
            self.status.setText(f"{self.status.text()} {more_rows(result['rows'])}")
        self.lines.setRowCount(len(lines))
        for i, line in enumerate(lines):
            cells = (str(line["row"]), translate("Import", OUTCOMES.get(line["outcome"], line["outcome"])),
                     translate("Import", REASONS[line["reason"]]) if line["reason"] in REASONS else "",
                     translate("Import", NOTES[line["notes"]]) if line["notes"] in NOTES else "",
                     str(line["consent"] or ""))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.lines.setItem(i, column, item)
        self.lines.resizeRowsToContents()
        self.export_button.show()
        self.completeChanged.emit()

    def export(self) -> None:
        if not self.result:
            return
        path = dialog_module.dialogs.save_file(self, self.tr("Export the import report"), self.tr("import-report.csv"),
                                               self.tr("CSV files (*.csv)"))
        if path:
            report_id = self.result["report_id"]
            self.wiz.ops.run(lambda desk, _progress: desk.imports.export_report(report_id, path),
                             success=lambda count: self.status.setText(
                                 self.tr("%n row(s) written to {file}.", "", count).format(file=Path(path).name)),
                             parent=self)

    def isComplete(self) -> bool:  # noqa: N802 (Qt API)
        return self.result is not None
