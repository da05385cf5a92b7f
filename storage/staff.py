"""Staff rows and this PC's failed-login counters."""
from __future__ import annotations

from typing import Any

COLUMNS = ("id", "login", "display_name", "role", "password_hash", "must_change_password", "active",
           "session_epoch", "created_at", "updated_at", "password_changed_at", "password_reminded_at")
_SELECT = f"SELECT {', '.join(COLUMNS)} FROM staff"


def _row(row) -> dict[str, Any] | None:
    return dict(zip(COLUMNS, row)) if row else None


def by_login(db, login: str) -> dict[str, Any] | None:
    return _row(db.execute(f"{_SELECT} WHERE login = ?", (login,)).fetchone())


def by_id(db, staff_id: str) -> dict[str, Any] | None:
    return _row(db.execute(f"{_SELECT} WHERE id = ?", (staff_id,)).fetchone())


def all_staff(db) -> list[dict[str, Any]]:
    return [_row(r) for r in db.execute(f"{_SELECT} ORDER BY active DESC, login COLLATE NOCASE")]


def active_owners(db) -> int:
    return db.execute("SELECT count(*) FROM staff WHERE role = 'owner' AND active = 1").fetchone()[0]


def throttle(db, staff_id: str) -> dict[str, Any]:
    row = db.execute("SELECT failures, last_failure_at, locked_until, held FROM login_throttle WHERE staff_id = ?",
                     (staff_id,)).fetchone()
    failures, last_failure_at, locked_until, held = row or (0, None, None, 0)
    return {"failures": failures, "last_failure_at": last_failure_at, "locked_until": locked_until,
            "held": bool(held)}


def set_throttle(db, staff_id: str, failures: int, last_failure_at: str | None, locked_until: str | None, *,
                 held: bool = False) -> None:
    db.execute(
        "INSERT INTO login_throttle (staff_id, failures, last_failure_at, locked_until, held) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT(staff_id) DO UPDATE SET failures = excluded.failures, "
        "last_failure_at = excluded.last_failure_at, locked_until = excluded.locked_until, held = excluded.held",
        (staff_id, failures, last_failure_at, locked_until, int(held)))


def clear_throttle(db, staff_id: str) -> None:
    """A successful sign-in, an unlock or a new password: the counters and the day's failures start afresh."""
    set_throttle(db, staff_id, 0, None, None)
    db.execute("DELETE FROM login_failure WHERE staff_id = ?", (staff_id,))


def add_failure(db, staff_id: str, at: str, since: str) -> int:
    """Keep this failure for 24 hours; returns how many there were since `since` (this one included)."""
    db.execute("DELETE FROM login_failure WHERE staff_id = ? AND at < ?", (staff_id, since))
    db.execute("INSERT INTO login_failure (staff_id, at) VALUES (?, ?)", (staff_id, at))
    return db.execute("SELECT count(*) FROM login_failure WHERE staff_id = ? AND at >= ?",
                      (staff_id, since)).fetchone()[0]
