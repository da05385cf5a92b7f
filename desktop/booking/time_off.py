"""Exceptional closures of the salon (the owner) and staff absences: holiday, sick leave, training (managers).

Whole days, or part of one day. Who is away is shown to everyone who books; why (sick leave, training…)
only to those who manage staff: the others read "away".
"""
from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

from desktop.booking.availability import at
from desktop.kernel.forms import collect
from desktop.kernel.operation import Service, requires
from desktop.kernel.permissions import Perm
from storage import ids, staff as staff_rows, time_off, timeutil
from storage.errors import QT_TRANSLATE_NOOP, InputError, NotFound

ABSENCE_KINDS = ("holiday", "sick", "training", "other")
KIND_LABELS = {"closure": QT_TRANSLATE_NOOP("TimeOff", "Closed"), "holiday": QT_TRANSLATE_NOOP("TimeOff", "Holiday"),
               "sick": QT_TRANSLATE_NOOP("TimeOff", "Sick leave"), "training": QT_TRANSLATE_NOOP("TimeOff", "Training"),
               "other": QT_TRANSLATE_NOOP("TimeOff", "Away")}
MAX_LABEL = 60


def parse_day(value: object) -> date:
    """A date, 'YYYY-MM-DD' or 'DD/MM/YYYY'."""
    if isinstance(value, date) and not isinstance(value, datetime):
        return value
    text = str(value or "").strip()
    for fmt in ("%Y-%m-%d", "%d/%m/%Y"):
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise InputError(QT_TRANSLATE_NOOP("Messages", "Write the date as DD/MM/YYYY, for example 24/12/2026."))


def _minute(value: object) -> int | None:
    if value is None or value == "":
        return None
    if isinstance(value, int):
        minute = value
    else:
        parts = str(value).strip().replace("h", ":").split(":")
        try:
            minute = int(parts[0]) * 60 + int(parts[1] or 0) if len(parts) == 2 else -1
        except ValueError:
            minute = -1
    if not 0 <= minute <= 24 * 60:
        raise InputError(QT_TRANSLATE_NOOP("Messages", "Write a time as HH:MM, for example 14:00."))
    return minute


def _span(first: object, last: object, start: object, end: object) -> dict[str, Any]:
    values = collect({"first_day": lambda: parse_day(first), "last_day": lambda: parse_day(last or first),
                      "start_minute": lambda: _minute(start), "end_minute": lambda: _minute(end)})
    if values["last_day"] < values["first_day"]:
        raise InputError(QT_TRANSLATE_NOOP("Messages", "The last day comes before the first day."))
    if (values["start_minute"] is None) != (values["end_minute"] is None):
        raise InputError(QT_TRANSLATE_NOOP("Messages", "Give both times, or none for whole days."))
    if values["start_minute"] is not None:
        if values["first_day"] != values["last_day"]:
            raise InputError(QT_TRANSLATE_NOOP("Messages", "Times apply to a single day: give whole days otherwise."))
        if values["end_minute"] <= values["start_minute"]:
            raise InputError(QT_TRANSLATE_NOOP("Messages", "The end time comes before the start time."))
    values["first_day"], values["last_day"] = values["first_day"].isoformat(), values["last_day"].isoformat()
    return values


class TimeOffService(Service):
    @requires(Perm.SETTINGS)
    def add_closure(self, first_day, last_day=None, *, label: str = "", start=None, end=None) -> str:
        """The salon closes (works, summer break…): whole days, or part of one day."""
        values = _span(first_day, last_day, start, end)
        return self._add(None, "closure", values, " ".join((label or "").split())[:MAX_LABEL])

    @requires(Perm.STAFF_MANAGE)
    def add_absence(self, login: str, kind: str, first_day, last_day=None, *, start=None, end=None) -> str:
        """A person is away: holiday, sick leave, training or other; whole days, or part of one day."""
        person = staff_rows.by_login(self._db, login)
        if person is None:
            raise NotFound(QT_TRANSLATE_NOOP("Messages", "No staff member with login {login}."), login=login)
        if kind not in ABSENCE_KINDS:
            raise InputError(QT_TRANSLATE_NOOP("Messages", "An absence is a holiday, sick leave, training or other."))
        return self._add(person["id"], kind, _span(first_day, last_day, start, end), "")

    @requires(Perm.STAFF_MANAGE)
    def remove(self, time_off_id: str) -> None:
        row = time_off.by_id(self._db, time_off_id)
        if row is None:
            raise NotFound(QT_TRANSLATE_NOOP("Messages", "This closure or absence no longer exists."))
        if row["staff_id"] is None:
            self.desk.authorize(Perm.SETTINGS)  # the salon's own closures are the owner's
        with self.unit_of_work() as uow:
            uow.delete("time_off", time_off_id)
            self.log(uow, "time_off_removed", "time_off", time_off_id)
        self.changed("hours")

    @requires(Perm.CLIENT_READ)
    def between(self, first_day, last_day, *, login: str | None = None, closures: bool = True,
                absences: bool = True) -> list[dict[str, Any]]:
        """Closures and absences touching these days, with the person's name; the reason of an absence only for
        roles that manage staff ("other" for the rest)."""
        staff_id = None
        if login:
            person = staff_rows.by_login(self._db, login)
            if person is None:
                return []
            staff_id = person["id"]
        rows = time_off.between(self._db, parse_day(first_day).isoformat(), parse_day(last_day).isoformat(),
                                staff_id=staff_id, closures=closures, absences=absences)
        sees_reason = self.desk.can(Perm.STAFF_READ)
        people = {sid: (login, name or login) for sid, login, name in
                  self._db.execute("SELECT id, login, display_name FROM staff")}
        for row in rows:
            if row["staff_id"]:
                row["login"], row["name"] = people.get(row["staff_id"], ("", ""))
                if not sees_reason:
                    row["kind"] = "other"
        return rows

    @requires(Perm.CLIENT_READ)
    def booked_during(self, time_off_id: str) -> list[dict[str, Any]]:
        """The booked appointments a closure or absence falls on (everyone's for a closure), soonest first, as
        this role may see them: the clients the salon has to call."""
        row = time_off.by_id(self._db, time_off_id)
        if row is None:
            raise NotFound(QT_TRANSLATE_NOOP("Messages", "This closure or absence no longer exists."))
        first, last = date.fromisoformat(row["first_day"]), date.fromisoformat(row["last_day"])
        begin = at(first, row["start_minute"] or 0)
        end = at(last, row["end_minute"]) if row["end_minute"] is not None else at(last + timedelta(days=1), 0)
        query = "SELECT id FROM appointment WHERE status = 'booked' AND starts_at < ? AND ends_at > ?"
        params: list[Any] = [timeutil.iso(end), timeutil.iso(begin)]
        if row["staff_id"]:
            query += " AND staff_id = ?"
            params.append(row["staff_id"])
        ids = [r[0] for r in self._db.execute(query + " ORDER BY starts_at", params)]
        return [self.desk.booking.appointment(appointment_id) for appointment_id in ids]

    def _add(self, staff_id: str | None, kind: str, values: dict[str, Any], label: str) -> str:
        row_id, stamp = ids.new(), timeutil.iso(timeutil.now())
        with self.unit_of_work() as uow:
            uow.insert("time_off", {"id": row_id, "staff_id": staff_id, "kind": kind, **values, "label": label,
                                    "created_at": stamp, "updated_at": stamp})
            self.log(uow, "time_off_added", "time_off", row_id, kind=kind)
        self.changed("hours")
        return row_id
