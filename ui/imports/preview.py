"""The preview page: what importing would do, before anything is written, with a choice where there is one
(duplicates: merge, keep or skip; card numbers: drop the note or skip the row; health notes: hold back or keep)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableWidget,
                               QTableWidgetItem, QTabWidget, QVBoxLayout, QWidget, QWizardPage)

from desktop import timefmt
from desktop.i18n import translate
from desktop.imports.plan import Plan, RowPlan
from desktop.imports.report import REASONS

SHOWN = 500  # rows listed per tab; the others follow the choice made for all


class PreviewPage(QWizardPage):
    def __init__(self, wizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("Preview: nothing is written yet"))
        self.setSubTitle(self.tr("Row numbers are those your spreadsheet shows (the header is row 1)."))
        self.summary = QLabel()
        self.summary.setObjectName("previewSummary")
        self.summary.setWordWrap(True)
        self.warning = QLabel()
        self.warning.setObjectName("memo")
        self.warning.setWordWrap(True)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("previewTabs")
        self.duplicates = self._table([self.tr("Row"), self.tr("Same person as"), self.tr("Found by"),
                                       self.tr("What to do")])
        self.invalid = self._table([self.tr("Row"), self.tr("Why it cannot be imported")])
        self.cards = self._table([self.tr("Row"), self.tr("Card number (never stored)"), self.tr("What to do")])
        self.health = self._table([self.tr("Row"), self.tr("Health words found"), self.tr("What to do")])
        self.formulas = self._table([self.tr("Row"), self.tr("Columns")])
        self.erased = self._table([self.tr("Row"), self.tr("Why")])
        self.all_duplicates = QComboBox()
        self.all_duplicates.setObjectName("allDuplicates")
        self._fill_actions(self.all_duplicates, self._duplicate_actions())
        apply_all = QPushButton(self.tr("Apply to all duplicates"))
        apply_all.clicked.connect(lambda: self._set_all_duplicates(self.all_duplicates.currentData()))
        duplicates_box = QVBoxLayout()
        hint = QLabel(self.tr("Merging fills in what the client file lacks and never overwrites it."))
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        duplicates_box.addWidget(hint)
        bar = QHBoxLayout()
        bar.addStretch()
        bar.addWidget(self.all_duplicates)
        bar.addWidget(apply_all)
        duplicates_box.addLayout(bar)
        duplicates_box.addWidget(self.duplicates)
        page = QWidget()
        page.setLayout(duplicates_box)
        self._duplicates_tab = page
        self._health_tab = self._with_hint(self.health, self.tr(
            "A held-back note is not imported with the ordinary notes. It goes to the health section of a client "
            "already here who consented to keeping health information; for the others, ask for that consent at their "
            "next visit, then add the note."))
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.warning)
        layout.addWidget(self.tabs, 1)
        self.combos: dict[str, dict[int, QComboBox]] = {}

    @staticmethod
    def _with_hint(table: QTableWidget, text: str) -> QWidget:
        hint = QLabel(text)
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        page = QWidget()
        box = QVBoxLayout(page)
        box.addWidget(hint)
        box.addWidget(table)
        return page

    def _table(self, headers: list[str]) -> QTableWidget:
        table = QTableWidget(0, len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(34)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        return table

    def _duplicate_actions(self):
        return [("merge", self.tr("Merge")), ("keep", self.tr("Keep both")), ("skip", self.tr("Skip the row"))]

    @staticmethod
    def _fill_actions(combo: QComboBox, actions) -> None:
        for value, label in actions:
            combo.addItem(label, value)

    def initializePage(self) -> None:  # noqa: N802 (Qt API)
        self.wiz.plan = None
        self.tabs.clear()
        self.summary.setText(self.tr("Checking the rows…"))
        self.warning.hide()
        self.completeChanged.emit()
        table, mapping = self.wiz.table, self.wiz.mapping()
        self.wiz.ops.run(lambda desk, progress: desk.imports.preview(table, mapping, progress=progress),
                         success=self._show, failure=self._failed, progress_label=self.tr("Checking the rows…"),
                         cancellable=True, parent=self)

    def _failed(self, exc: Exception) -> None:
        from ui.dialogs import message_of

        self.summary.setText(message_of(exc))

    def isComplete(self) -> bool:  # noqa: N802 (Qt API)
        return self.wiz.plan is not None

    def _show(self, plan: Plan) -> None:
        self.wiz.plan = plan
        new, duplicates, invalid = plan.where("new"), plan.where("duplicate"), plan.where("invalid")
        cards = [r for r in plan.rows if r.cards]
        health = [r for r in plan.rows if r.health and not r.reason and not r.cards]
        formulas = [r for r in plan.rows if r.formulas]
        erased = plan.where("erased")
        self.summary.setText(self.tr(
            "%n row(s) read: {new} new clients, {duplicates} duplicates, {invalid} that cannot be imported, "
            "{cards} with a card number, {health} with health information, {formulas} with formulas, {erased} "
            "erased earlier.", "", len(plan.rows)).format(
            new=len(new), duplicates=len(duplicates), invalid=len(invalid), cards=len(cards), health=len(health),
            formulas=len(formulas), erased=len(erased)))
        if plan.imported_before:
            self.warning.setText(self.tr("This very file was already imported on {date}. Importing it again adds "
                                         "nobody twice: people already there are merged.").format(
                date=timefmt.local(plan.imported_before[-1])))
            self.warning.show()
        self.combos = {"duplicates": {}, "cards": {}, "health": {}}
        names = self._names(duplicates)
        self._rows(self.duplicates, duplicates, lambda r: [self._target(r, names), self._found_by(r)],
                   "duplicates", self._duplicate_actions(), self.wiz.decisions.duplicates, lambda r: r.proposed)
        self._rows(self.invalid, invalid, lambda r: [translate("Import", REASONS.get(r.reason, r.reason))])
        self._rows(self.cards, cards, lambda r: [", ".join(r.cards)], "cards",
                   [("drop_note", self.tr("Import without the note")), ("skip", self.tr("Skip the row"))],
                   self.wiz.decisions.cards)
        self._rows(self.health, health, lambda r: [", ".join(r.health)], "health",
                   [("hold", self.tr("Hold the note back")), ("keep", self.tr("Not health information: keep it"))],
                   self.wiz.decisions.health)
        self._rows(self.formulas, formulas, lambda r: [self.tr("{columns}: kept as text, never run").format(
            columns=", ".join(r.formulas))])
        self._rows(self.erased, erased, lambda r: [translate("Import", REASONS["erased"])])
        for widget, title, count in ((self._duplicates_tab, self.tr("Duplicates ({count})"), len(duplicates)),
                                     (self.invalid, self.tr("Cannot be imported ({count})"), len(invalid)),
                                     (self.cards, self.tr("Card numbers ({count})"), len(cards)),
                                     (self._health_tab, self.tr("Health information ({count})"), len(health)),
                                     (self.formulas, self.tr("Formulas ({count})"), len(formulas)),
                                     (self.erased, self.tr("Erased earlier ({count})"), len(erased))):
            self.tabs.addTab(widget, title.format(count=count))
        self.completeChanged.emit()

    def _names(self, duplicates: list[RowPlan]) -> dict[str, str]:
        ids = [r.duplicate_of[1] for r in duplicates[:SHOWN] if r.duplicate_of[0] == "client"]
        return self.wiz.desk.clients.names(ids) if ids else {}

    def _target(self, row: RowPlan, names: dict[str, str]) -> str:
        kind, value = row.duplicate_of
        if kind == "row":
            return self.tr("row {row} of the file").format(row=value)
        return self.tr("{name} (already a client)").format(name=names.get(value, "?"))

    def _found_by(self, row: RowPlan) -> str:
        on = row.matched_on or ""
        found = {"email": self.tr("email"), "phone": self.tr("phone"), "name_birth": self.tr("name and birth date"),
                 "name": self.tr("name (no contact details)")}.get(on, on)
        if row.proposed == "keep":  # a family member on a shared email or phone: kept apart unless merged
            return self.tr("{found}, another name").format(found=found)
        return found

    def _rows(self, table: QTableWidget, rows: list[RowPlan], cells, kind: str | None = None, actions=(),
              chosen: dict | None = None, proposed=None) -> None:
        shown = rows[:SHOWN]
        table.setRowCount(len(shown) + (1 if len(rows) > SHOWN else 0))
        for i, row in enumerate(shown):
            values = [str(row.row), *cells(row)]
            for column, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                table.setItem(i, column, item)
            if kind:
                combo = QComboBox()
                self._fill_actions(combo, actions)
                if row.row in chosen or proposed is not None:
                    combo.setCurrentIndex(combo.findData(chosen.get(row.row) or proposed(row)))
                combo.currentIndexChanged.connect(
                    lambda _i, c=combo, n=row.row, d=chosen: d.__setitem__(n, c.currentData()))
                table.setCellWidget(i, len(values), combo)
                self.combos[kind][row.row] = combo
        if len(rows) > SHOWN:
            more = QTableWidgetItem(self.tr("… and {count} more rows, which follow the choice made for all").format(
                count=len(rows) - SHOWN))
            table.setItem(SHOWN, 1, more)

    def _set_all_duplicates(self, action: str) -> None:
        plan = self.wiz.plan
        if plan is None:
            return
        for row in plan.where("duplicate"):
            self.wiz.decisions.duplicates[row.row] = action
        for combo in self.combos["duplicates"].values():
            combo.setCurrentIndex(combo.findData(action))
