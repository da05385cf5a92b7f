"""The client list model: a count and pages of rows from an SQL search, fetched lazily.

Filtering and sorting happen in SQL (QSortFilterProxyModel costs 1.2 s per filter change at 100k rows);
only the pages the view paints are read, so a keystroke costs one count and one page.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from desktop.kernel.errors import QT_TRANSLATE_NOOP

PAGE = 50  # about two screenfuls: a keystroke reads one page, scrolling reads the next
COLUMNS = (
    ("last_name", QT_TRANSLATE_NOOP("ClientTableModel", "Last name")),
    ("first_name", QT_TRANSLATE_NOOP("ClientTableModel", "First name")),
    ("phone_display", QT_TRANSLATE_NOOP("ClientTableModel", "Phone")),
    ("email", QT_TRANSLATE_NOOP("ClientTableModel", "Email")),
)


class ClientTableModel(QAbstractTableModel):
    def __init__(self, clients, parent=None) -> None:
        super().__init__(parent)
        self._clients = clients  # desktop.client_service.ClientService
        self._total = 0
        self._pages: dict[int, list[dict[str, Any]]] = {}
        self.search_text = ""

    def set_search(self, text: str) -> None:
        self.beginResetModel()
        self.search_text = text
        self._pages.clear()
        self._total = self._clients.count_matching(text)
        self.endResetModel()

    def refresh(self) -> None:
        self.set_search(self.search_text)

    def client_id(self, row: int) -> str | None:
        found = self._row(row)
        return found["id"] if found else None

    def row_of(self, client_id: str) -> int:
        """The row showing this client, or -1 if the current search hides it."""
        for number, rows in self._pages.items():
            for i, row in enumerate(rows):
                if row["id"] == client_id:
                    return number * PAGE + i
        if not self.search_text.strip():
            at = self._clients.position(client_id)
            if 0 <= at < self._total and self.client_id(at) == client_id:
                return at
        return -1

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else self._total

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            return QCoreApplication.translate("ClientTableModel", COLUMNS[section][1])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        row = self._row(index.row())
        if row is None:
            return None
        value = row.get(COLUMNS[index.column()][0])
        return "" if value is None else str(value)

    def _row(self, position: int) -> dict[str, Any] | None:
        if not 0 <= position < self._total:
            return None
        number, offset = divmod(position, PAGE)
        if number not in self._pages:
            self._pages[number] = self._clients.page(self.search_text, number * PAGE, PAGE, total=self._total)
        rows = self._pages[number]
        return rows[offset] if offset < len(rows) else None
