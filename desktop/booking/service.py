"""Services and appointments. Booking never looks at marketing consent: a booking is never conditional on it."""
from __future__ import annotations

import uuid
from datetime import datetime, timedelta
from typing import Any

from desktop import localtime
from desktop.kernel.operation import Service, requires
from desktop.kernel.permissions import Perm
from desktop.timefmt import SALON_ZONE
from storage import appointments, staff as staff_rows, timeutil
from storage.errors import QT_TRANSLATE_NOOP, InputError, NotFound, Overlap

STATUSES = ("booked", "done", "cancelled", "no_show")
MIN_MINUTES, MAX_MINUTES = 1, 720
DURATION = QT_TRANSLATE_NOOP("Messages", "A duration is 1 to 720 minutes.")


def parse_local(text: str) -> datetime:
    """'YYYY-MM-DDTHH:MM' in the salon's time zone, as an aware datetime (desktop/localtime.py: a time that does not
    exist is refused, one that happens twice is the first)."""
    return localtime.parse(text)


def check_minutes(minutes: int) -> int:
    if isinstance(minutes, bool) or not isinstance(minutes, int) or not MIN_MINUTES <= minutes <= MAX_MINUTES:
        raise InputError(DURATION)
    return minutes


class BookingService(Service):
    @requires(Perm.SERVICES_EDIT)
    def add_service(self, name: str, minutes: int, price_eur: float | None = None) -> str:
        name = " ".join((name or "").split())
        if not name:
            raise InputError(QT_TRANSLATE_NOOP("Messages", "A service needs a name."))
        minutes = check_minutes(minutes)
        if price_eur is not None and not 0 <= price_eur < 100_000:
            raise InputError(QT_TRANSLATE_NOOP("Messages", "The price must be between 0 and 99,999 €."))
        if appointments.service_by_name(self._db, name):
            raise InputError(QT_TRANSLATE_NOOP("Messages", "A service called {name} already exists."), name=name)
        service_id, stamp = str(uuid.uuid4()), timeutil.iso(timeutil.now())
        with self.unit_of_work() as uow:
            uow.insert("service", {"id": service_id, "name": name, "minutes": int(minutes),
                                   "price_cents": None if price_eur is None else round(price_eur * 100), "active": 1,
                                   "created_at": stamp, "updated_at": stamp})
            self.desk.log(uow, "service_added", "service", service_id)
        return service_id

    @requires(Perm.CLIENT_READ)
    def services(self) -> list[dict[str, Any]]:
        return appointments.services(self._db)

    def _placement(self, staff_login: str, start: datetime, end: datetime, allow_overlap: bool,
                   exclude: str | None = None) -> tuple[dict, str, str, bool]:
        """The one check for where an appointment may go: an active staff member, a sane length, and no
        overlap with that person's other live appointments unless explicitly allowed."""
        person = staff_rows.by_login(self._db, staff_login)
        if person is None or not person["active"]:
            raise NotFound(QT_TRANSLATE_NOOP("Messages", "No active staff member with login {login}."),
                             login=staff_login)
        for moment in (start, end):
            localtime.check_year(moment)
        localtime.check_exists(start)  # a time picked on a screen too
        if not MIN_MINUTES <= localtime.minutes_between(start, end) <= MAX_MINUTES:
            raise InputError(DURATION)
        starts_at, ends_at = timeutil.iso(start), timeutil.iso(end)
        clash = bool(appointments.overlapping(self._db, person["id"], starts_at, ends_at, exclude=exclude))
        if clash and not allow_overlap:
            raise Overlap(QT_TRANSLATE_NOOP(
                "Messages", "{login} already has an appointment at that time. Choose another time, or confirm "
                "the overlap explicitly."), login=staff_login)
        return person, starts_at, ends_at, clash

    @requires(Perm.CLIENT_READ)
    def staff_choices(self) -> list[tuple[str, str]]:
        """(login, display name) of everyone who can take appointments: any role may book for a colleague."""
        return [(login, name or login) for login, name in self._db.execute(
            "SELECT login, display_name FROM staff WHERE active = 1 ORDER BY login COLLATE NOCASE")]

    @requires(Perm.APPOINTMENT_WRITE)
    def book(self, client_id: str, service: str, staff_login: str, start: datetime | str, *,
             minutes: int | None = None, allow_overlap: bool = False) -> str:
        """Book an appointment. Overlaps for the same staff member are refused unless explicitly allowed."""
        found = appointments.service_by_name(self._db, service)
        if found is None:
            raise NotFound(QT_TRANSLATE_NOOP("Messages", "No service called {name}."), name=service)
        if not self._db.execute("SELECT 1 FROM client WHERE id = ?", (client_id,)).fetchone():
            raise NotFound(QT_TRANSLATE_NOOP("Messages", "No client with id {id}."), id=client_id)
        begin = parse_local(start) if isinstance(start, str) else start
        length = check_minutes(found["minutes"] if minutes is None else minutes)
        localtime.check_year(begin)
        person, starts_at, ends_at, clash = self._placement(
            staff_login, begin, localtime.later_by(begin, length), allow_overlap)
        appointment_id, stamp = str(uuid.uuid4()), timeutil.iso(timeutil.now())
        with self.unit_of_work() as uow:
            uow.insert("appointment", {"id": appointment_id, "client_id": client_id, "staff_id": person["id"],
                                       "service_id": found["id"], "starts_at": starts_at, "ends_at": ends_at,
                                       "status": "booked", "created_at": stamp, "updated_at": stamp})
            self.desk.log(uow, "appointment_booked", "appointment", appointment_id, overlap=bool(clash))
        self.desk.notify("appointment")
        return appointment_id

    @requires(Perm.APPOINTMENT_WRITE)
    def move(self, appointment_id: str, staff_login: str, start: datetime, end: datetime, *,
             allow_overlap: bool = False) -> dict[str, Any]:
        """Move or resize; returns the previous placement so the caller can undo it."""
        current = self._appointment_row(appointment_id)
        person, starts_at, ends_at, _ = self._placement(staff_login, start, end, allow_overlap, exclude=appointment_id)
        before_login = self._db.execute("SELECT login FROM staff WHERE id = ?", (current["staff_id"],)).fetchone()[0]
        with self.unit_of_work() as uow:
            uow.update("appointment", appointment_id, {"staff_id": person["id"], "starts_at": starts_at,
                                                       "ends_at": ends_at, "updated_at": timeutil.iso(timeutil.now())})
            self.desk.log(uow, "appointment_moved", "appointment", appointment_id)
        self.desk.notify("appointment")
        return {"staff_login": before_login, "start": timeutil.parse(current["starts_at"]),
                "end": timeutil.parse(current["ends_at"])}

    @requires(Perm.CLIENT_READ)
    def between(self, start: datetime, end: datetime) -> list[dict[str, Any]]:
        """Appointments starting in [start, end), with client names as this role may see them."""
        return self._described(appointments.between(self._db, timeutil.iso(start), timeutil.iso(end)))

    def _described(self, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
        names = dict(self._db.execute("SELECT id, name FROM service"))
        logins = dict(self._db.execute("SELECT id, login FROM staff"))
        people = self.desk.clients.names(r["client_id"] for r in rows if r["client_id"])
        for row in rows:
            row.update(service=names.get(row["service_id"]), staff=logins.get(row["staff_id"]),
                       client=people.get(row["client_id"], ""))
        return rows

    @requires(Perm.CLIENT_READ)
    def history(self, client_id: str) -> list[dict[str, Any]]:
        """A client's appointments, newest first, with service and staff names."""
        rows = appointments.for_client(self._db, client_id)
        names = dict(self._db.execute("SELECT id, name FROM service"))
        logins = dict(self._db.execute("SELECT id, login FROM staff"))
        for row in rows:
            row.update(service=names.get(row["service_id"]), staff=logins.get(row["staff_id"]))
        return rows

    @requires(Perm.APPOINTMENT_WRITE)
    def confirmation(self, appointment_id: str, path) -> None:
        """Write the booking confirmation PDF: transactional, so it never looks at marketing consent."""
        from desktop.booking import confirmation
        from desktop.timefmt import local

        row = self._appointment_row(appointment_id)
        salon = self._db.execute("SELECT name, address, phone FROM salon").fetchone()
        service = self._db.execute("SELECT name FROM service WHERE id = ?", (row["service_id"],)).fetchone()[0]
        staff = self._db.execute("SELECT coalesce(nullif(display_name, ''), login) FROM staff WHERE id = ?",
                                  (row["staff_id"],)).fetchone()[0]
        # The name as the printing role may see it: masked roles print "Marie D.", never the full name.
        client = self.desk.clients.names([row["client_id"]]).get(row["client_id"], "—") if row["client_id"] else "—"
        minutes = int((timeutil.parse(row["ends_at"]) - timeutil.parse(row["starts_at"])).total_seconds() // 60)
        confirmation.save(path, salon=salon[0], address=salon[1] or "", contact=salon[2] or "",
                          client=client, service=service, staff=staff,
                          day=local(row["starts_at"], with_time=False), time=local(row["starts_at"])[-5:],
                          minutes=minutes)
        with self.unit_of_work() as uow:
            self.desk.log(uow, "confirmation_printed", "appointment", appointment_id)

    @requires(Perm.APPOINTMENT_WRITE)
    def set_status(self, appointment_id: str, status: str) -> None:
        status = status.replace("-", "_")
        if status not in STATUSES:
            raise InputError(QT_TRANSLATE_NOOP("Messages", "An appointment is booked, done, cancelled or no-show."))
        self._appointment_row(appointment_id)
        with self.unit_of_work() as uow:
            uow.update("appointment", appointment_id, {"status": status, "updated_at": timeutil.iso(timeutil.now())})
            self.desk.log(uow, "appointment_status", "appointment", appointment_id, status=status)
        self.desk.notify("appointment")

    def _appointment_row(self, appointment_id: str) -> dict[str, Any]:
        row = appointments.by_id(self._db, appointment_id)
        if row is None:
            raise NotFound(QT_TRANSLATE_NOOP("Messages", "No appointment with id {id}."), id=appointment_id)
        return row

    @requires(Perm.CLIENT_READ)
    def appointment(self, appointment_id: str) -> dict[str, Any]:
        """One appointment with its service, staff and client name as this role may see it."""
        row = self._appointment_row(appointment_id)
        return self._described([row])[0]

    @requires(Perm.CLIENT_READ)
    def day(self, day: str) -> list[dict[str, Any]]:
        try:
            start = datetime.fromisoformat(day).replace(tzinfo=SALON_ZONE)
        except (ValueError, TypeError):
            raise InputError(QT_TRANSLATE_NOOP("Messages", "Write the day as YYYY-MM-DD.")) from None
        localtime.check_year(start)
        return self.between(start, start + timedelta(days=1))
