"""Exceptional closures of the salon (no staff member) and staff absences, by day in the salon's calendar."""
from __future__ import annotations

from typing import Any

COLUMNS = ("id", "staff_id", "kind", "first_day", "last_day", "start_minute", "end_minute", "label",
           "created_at", "updated_at")
_SELECT = f"SELECT {', '.join(COLUMNS)} FROM time_off"


def between(db, first_day: str, last_day: str, *, staff_id: str | None = None,
            closures: bool = True, absences: bool = True) -> list[dict[str, Any]]:
    """Rows touching [first_day, last_day] (YYYY-MM-DD, inclusive): closures, absences, or both; absences of one
    person only when `staff_id` is given."""
    kinds = []
    if closures:
        kinds.append("staff_id IS NULL")
    if absences:
        kinds.append("staff_id = ?" if staff_id else "staff_id IS NOT NULL")
    if not kinds:
        return []
    params: list[Any] = [last_day, first_day] + ([staff_id] if absences and staff_id else [])
    return [dict(zip(COLUMNS, row)) for row in db.execute(
        f"{_SELECT} WHERE first_day <= ? AND last_day >= ? AND ({' OR '.join(kinds)}) "
        "ORDER BY first_day, start_minute", params)]


def by_id(db, time_off_id: str) -> dict[str, Any] | None:
    row = db.execute(f"{_SELECT} WHERE id = ?", (time_off_id,)).fetchone()
    return dict(zip(COLUMNS, row)) if row else None
