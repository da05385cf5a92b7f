"""Services (what the salon offers) and appointments."""
from __future__ import annotations

from typing import Any

SERVICE_COLUMNS = ("id", "name", "minutes", "price_cents", "active", "created_at", "updated_at")
APPOINTMENT_COLUMNS = ("id", "client_id", "staff_id", "service_id", "starts_at", "ends_at", "status",
                       "created_at", "updated_at")


def service_by_name(db, name: str) -> dict[str, Any] | None:
    row = db.execute(f"SELECT {', '.join(SERVICE_COLUMNS)} FROM service WHERE name = ?", (name,)).fetchone()
    return dict(zip(SERVICE_COLUMNS, row)) if row else None


def services(db) -> list[dict[str, Any]]:
    return [dict(zip(SERVICE_COLUMNS, r)) for r in
            db.execute(f"SELECT {', '.join(SERVICE_COLUMNS)} FROM service WHERE active = 1 ORDER BY name")]


def overlapping(db, staff_id: str, starts_at: str, ends_at: str, exclude: str | None = None) -> list[str]:
    """Ids of this staff member's live appointments that overlap [starts_at, ends_at)."""
    return [r[0] for r in db.execute(
        "SELECT id FROM appointment WHERE staff_id = ? AND status != 'cancelled' AND starts_at < ? AND ends_at > ? "
        "AND id != ?", (staff_id, ends_at, starts_at, exclude or ""))]


def by_id(db, appointment_id: str) -> dict[str, Any] | None:
    row = db.execute(f"SELECT {', '.join(APPOINTMENT_COLUMNS)} FROM appointment WHERE id = ?",
                     (appointment_id,)).fetchone()
    return dict(zip(APPOINTMENT_COLUMNS, row)) if row else None


def between(db, start: str, end: str) -> list[dict[str, Any]]:
    return [dict(zip(APPOINTMENT_COLUMNS, r)) for r in db.execute(
        f"SELECT {', '.join(APPOINTMENT_COLUMNS)} FROM appointment WHERE starts_at >= ? AND starts_at < ? "
        "ORDER BY starts_at", (start, end))]


def for_client(db, client_id: str) -> list[dict[str, Any]]:
    return [dict(zip(APPOINTMENT_COLUMNS, r)) for r in db.execute(
        f"SELECT {', '.join(APPOINTMENT_COLUMNS)} FROM appointment WHERE client_id = ? ORDER BY starts_at DESC",
        (client_id,))]
