"""Services (what the salon offers) and appointments."""
from __future__ import annotations

from typing import Any

SERVICE_COLUMNS = ("id", "name", "category", "minutes", "processing_minutes", "price_cents", "colour", "active",
                   "created_at", "updated_at")
APPOINTMENT_COLUMNS = ("id", "client_id", "staff_id", "service_id", "starts_at", "ends_at", "status", "note",
                       "created_at", "updated_at")


def service_by_name(db, name: str) -> dict[str, Any] | None:
    name = " ".join((name or "").split())  # as the catalogue stores it
    row = db.execute(f"SELECT {', '.join(SERVICE_COLUMNS)} FROM service WHERE name = ?", (name,)).fetchone()
    return dict(zip(SERVICE_COLUMNS, row)) if row else None


def services(db, *, archived: bool = False) -> list[dict[str, Any]]:
    """Active services by category then name (and the archived ones after them, when asked)."""
    where = "" if archived else "WHERE active = 1"
    return [dict(zip(SERVICE_COLUMNS, r)) for r in db.execute(
        f"SELECT {', '.join(SERVICE_COLUMNS)} FROM service {where} "
        "ORDER BY active DESC, category COLLATE NOCASE, name COLLATE NOCASE")]


def service_by_id(db, service_id: str) -> dict[str, Any] | None:
    row = db.execute(f"SELECT {', '.join(SERVICE_COLUMNS)} FROM service WHERE id = ?", (service_id,)).fetchone()
    return dict(zip(SERVICE_COLUMNS, row)) if row else None


def categories(db) -> list[str]:
    return [r[0] for r in db.execute(
        "SELECT DISTINCT category FROM service WHERE category != '' ORDER BY category COLLATE NOCASE")]


def for_staff(db, staff_id: str, start: str, end: str) -> list[tuple[str, str]]:
    """(starts_at, ends_at) of this staff member's live appointments that overlap [start, end)."""
    return db.execute("SELECT starts_at, ends_at FROM appointment WHERE staff_id = ? AND status != 'cancelled' "
                      "AND starts_at < ? AND ends_at > ? ORDER BY starts_at", (staff_id, end, start)).fetchall()


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
