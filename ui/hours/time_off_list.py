"""The coming closures of the salon, or a person's coming absences, with Add and Remove."""
from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from desktop.booking.hours import minutes_text
from desktop.booking.time_off import KIND_LABELS
from desktop.desk import Desk
from desktop.i18n import translate
from desktop.kernel.errors import SalonError
from desktop.timefmt import salon_today
from ui.dialogs import message_of
from ui.hours.time_off_dialog import TimeOffDialog

AHEAD = timedelta(days=730)


def _day(iso: str) -> str:
    return date.fromisoformat(iso).strftime("%d/%m/%Y")


class TimeOffList(QWidget):
    def __init__(self, desk: Desk, login: str | None = None, name: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk, self.login, self.name = desk, login, name
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("timeOff")
        self.table.setHorizontalHeaderLabels([self.tr("Dates"), self.tr("Hours"), self.tr("Reason")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setMinimumHeight(110)
        self.table.setMinimumWidth(self.fontMetrics().horizontalAdvance("du 21/12/2026 au 23/12/2026") * 2 + 60)
        self.add_button = QPushButton(self.tr("Add an absence…") if login else self.tr("Add a closure…"))
        self.add_button.clicked.connect(self.add)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(self.remove)
        self.error_label = QLabel()
        self.error_label.setObjectName("error")
        self.error_label.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        layout.addWidget(self.error_label)
        self.rows: list[dict] = []
        self.reload()

    def reload(self) -> None:
        today = salon_today()
        self.rows = self.desk.time_off.between(today, today + AHEAD, login=self.login, closures=self.login is None,
                                               absences=self.login is not None)
        self.table.setRowCount(len(self.rows))
        for i, row in enumerate(self.rows):
            dates = _day(row["first_day"]) if row["first_day"] == row["last_day"] else \
                self.tr("{first} to {last}").format(first=_day(row["first_day"]), last=_day(row["last_day"]))
            hours = self.tr("all day") if row["start_minute"] is None else \
                f"{minutes_text(row['start_minute'])}–{minutes_text(row['end_minute'])}"
            reason = row["label"] or translate("TimeOff", KIND_LABELS[row["kind"]])
            for column, text in enumerate((dates, hours, reason)):
                self.table.setItem(i, column, QTableWidgetItem(text))
        self.remove_button.setEnabled(bool(self.rows))

    def add(self) -> None:
        if TimeOffDialog(self.desk, self.login, self.name, self).exec():
            self.reload()

    def remove(self) -> None:
        selected = self.table.selectionModel().selectedRows()
        if not selected:
            return
        try:
            self.desk.time_off.remove(self.rows[selected[0].row()]["id"])
        except SalonError as exc:
            self.error_label.setText(message_of(exc))
            return
        self.reload()
