"""The audit entries on screen: one row per entry, newest first, cells formatted once when a page arrives."""
from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from desktop import timefmt
from desktop.kernel.errors import QT_TRANSLATE_NOOP
from ui.audit.labels import action_label, detail_label, record_label

COLUMNS = (QT_TRANSLATE_NOOP("AuditTableModel", "Date"), QT_TRANSLATE_NOOP("AuditTableModel", "Staff member"),
           QT_TRANSLATE_NOOP("AuditTableModel", "Action"), QT_TRANSLATE_NOOP("AuditTableModel", "Record"),
           QT_TRANSLATE_NOOP("AuditTableModel", "Details"))
Index = QModelIndex | QPersistentModelIndex


def details_text(details: str | None) -> str:
    """`{"rows": 3, "channel": "email"}` -> `rows: 3 · channel: Email`, in the user's language (codes and counts,
    never contact data)."""
    try:
        values = json.loads(details) if details else {}
    except ValueError:
        return details or ""
    if not isinstance(values, dict):
        return str(values)
    return " · ".join(detail_label(key, value) for key, value in values.items())


class AuditTableModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[int, tuple[str, ...]]] = []

    def set_rows(self, entries: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self._rows = [(entry["seq"], (timefmt.local(entry["at"]), entry["staff"] or "—", action_label(entry["action"]),
                                      record_label(entry["object_type"], entry["object_id"]),
                                      details_text(entry["details"])))
                      for entry in entries]
        self.endResetModel()

    def seq(self, row: int) -> int:
        return self._rows[row][0]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 (Qt API)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 (Qt API)
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        return self._rows[index.row()][1][index.column()]

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 (Qt API)
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return QCoreApplication.translate("AuditTableModel", COLUMNS[section]) if 0 <= section < len(COLUMNS) else None
