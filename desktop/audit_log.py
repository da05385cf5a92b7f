"""The audit log as the owner reads it: filtered by staff member, action and period, and exported as CSV;
and its retention: rows older than the owner's setting are pruned behind a MACed checkpoint.

It holds record ids and actions, never client contact data; reading, exporting or pruning it is itself logged.
"""
from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from desktop import csv_export
from desktop.kernel.operation import Service, requires
from desktop.kernel.permissions import Perm
from desktop.settings import AUDIT_RETENTION_MONTHS
from storage import audit, timeutil

HEADER = ("seq", "at", "staff", "action", "object_type", "object_id", "details")


class AuditLogService(Service):
    @requires(Perm.AUDIT_READ)
    def entries(self, *, staff_login: str | None = None, action: str | None = None, since: str | None = None,
                until: str | None = None, limit: int | None = 1000) -> list[dict[str, Any]]:
        """Newest first. `since` and `until` are YYYY-MM-DD (until exclusive), in UTC."""
        logins = dict(self._db.execute("SELECT id, login FROM staff"))
        staff_id = None
        if staff_login:
            staff_id = next((sid for sid, login in logins.items() if login.lower() == staff_login.lower()), "-")
        rows = audit.rows(self._db, staff_id=staff_id, action=action, since=since, until=until, limit=limit)
        for row in rows:
            row["staff"] = logins.get(row["staff_id"], "")
        return rows

    @requires(Perm.AUDIT_READ)
    def actions(self) -> list[str]:
        return audit.actions(self._db)

    @requires(Perm.AUDIT_READ)
    def export(self, path: Path | str, **filters) -> int:
        rows = self.entries(limit=None, **filters)
        count = csv_export.write(path, HEADER, [(r["seq"], r["at"], r["staff"], r["action"], r["object_type"],
                                                 r["object_id"], r["details"]) for r in rows])
        with self.unit_of_work() as uow:
            self.log(uow, "export", "export", "audit_log", rows=count)
        return count

    @requires(Perm.RETENTION)
    def prune(self, *, now: datetime | None = None) -> dict[str, int]:
        """Delete the rows older than the retention setting (12 months by default), behind a checkpoint that
        verify starts from; the prune itself is the first row after it. The owner, or a scheduled job."""
        now = now or timeutil.now()
        months = self.desk.settings.get(AUDIT_RETENTION_MONTHS)
        day = timeutil.add_months(now.astimezone(timezone.utc).date(), -months)
        cutoff = timeutil.iso(datetime(day.year, day.month, day.day, tzinfo=timezone.utc))
        with self.unit_of_work() as uow:
            done = audit.prune(uow, before=cutoff, at=timeutil.iso(now))
            self.log(uow, "audit_pruned", rows=done["rows"], through=done["through"], months=months)
        return {**done, "months": months}
