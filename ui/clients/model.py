"""The client list model: ids from an SQL search, rows fetched lazily a page at a time.

Filtering and sorting happen in SQL (QSortFilterProxyModel costs 1.2 s per filter change at 100k rows).
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from storage.errors import QT_TRANSLATE_NOOP

PAGE = 200
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
        self._ids: list[str] = []
        self._cache: dict[str, dict[str, Any]] = {}
        self.search_text = ""

    def set_search(self, text: str) -> None:
        self.beginResetModel()
        self.search_text = text
        self._ids = self._clients.search(text)
        self._cache.clear()
        self.endResetModel()

    def refresh(self) -> None:
        self.set_search(self.search_text)

    def client_id(self, row: int) -> str | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, client_id: str) -> int:
        try:
            return self._ids.index(client_id)
        except ValueError:
            return -1

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._ids)

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
        client_id = self.client_id(position)
        if client_id is None:
            return None
        if client_id not in self._cache:
            start = (position // PAGE) * PAGE
            for row in self._clients.rows(self._ids[start:start + PAGE]):
                self._cache[row["id"]] = row
        return self._cache.get(client_id)
