"""Services and appointments. Booking never looks at marketing consent: a booking is never conditional on it.

Every booking and move passes three checks, each with its explicit override: the time is not past, the salon
is open and the person works then (desktop/booking/availability.py), and the person has no other appointment.
"""
from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from desktop import localtime
from desktop.kernel.operation import Service, requires
from desktop.kernel.permissions import Perm
from desktop.timefmt import SALON_ZONE
from storage import appointments, ids, staff as staff_rows, timeutil
from storage.errors import QT_TRANSLATE_NOOP, InputError, NotFound, Overlap

STATUSES = ("booked", "done", "cancelled", "no_show")
MIN_MINUTES, MAX_MINUTES = 1, 720
DURATION = QT_TRANSLATE_NOOP("Messages", "A duration is 1 to 720 minutes.")
MAX_NOTE = 500


def _clean_note(note: str | None) -> str | None:
    """An appointment's note: the notes guard applies (never a card number), at most 500 characters."""
    from desktop.clients.notes_guard import check_notes

    note = (note or "").strip()
    check_notes(note)
    if len(note) > MAX_NOTE:
        raise InputError(QT_TRANSLATE_NOOP("Messages", "An appointment note is limited to 500 characters."))
    return note or None


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
    def add_service(self, name: str, minutes: int, price_eur: object = None, **details) -> str:
        """A new service (see desktop/booking/catalogue.py; the price is information only)."""
        return self.desk.catalogue.add(name, minutes, price=price_eur, **details)

    @requires(Perm.CLIENT_READ)
    def services(self) -> list[dict[str, Any]]:
        return appointments.services(self._db)

    def _placement(self, staff_login: str, start: datetime, end: datetime, allow_overlap: bool,
                   exclude: str | None = None, **overrides: bool) -> tuple[dict, str, str, bool]:
        """The one check for where an appointment may go: an active staff member, a sane length, not in the
        past, within opening and working hours (`overrides`: allow_past, allow_outside_hours), and no overlap
        with that person's other live appointments unless explicitly allowed."""
        person = staff_rows.by_login(self._db, staff_login)
        if person is None or not person["active"]:
            raise NotFound(QT_TRANSLATE_NOOP("Messages", "No active staff member with login {login}."),
                             login=staff_login)
        for moment in (start, end):
            localtime.check_year(moment)
        localtime.check_exists(start)  # a time picked on a screen too
        if not MIN_MINUTES <= localtime.minutes_between(start, end) <= MAX_MINUTES:
            raise InputError(DURATION)
        self.desk.availability.check(staff_login, start, end, **overrides)
        starts_at, ends_at = timeutil.iso(start), timeutil.iso(end)
        clash = bool(appointments.overlapping(self._db, person["id"], starts_at, ends_at, exclude=exclude))
        if clash and not allow_overlap:
            raise Overlap(QT_TRANSLATE_NOOP(
                "Messages", "{name} already has an appointment at that time. Choose another time, or confirm "
                "the overlap explicitly."), name=person["display_name"] or staff_login)
        return person, starts_at, ends_at, clash

    @requires(Perm.CLIENT_READ)
    def staff_choices(self) -> list[tuple[str, str]]:
        """(login, display name) of everyone who can take appointments: any role may book for a colleague."""
        return [(login, name or login) for login, name in self._db.execute(
            "SELECT login, display_name FROM staff WHERE active = 1 "
            "ORDER BY coalesce(nullif(display_name, ''), login) COLLATE NOCASE")]

    @requires(Perm.APPOINTMENT_WRITE)
    def book(self, client_id: str, service: str, staff_login: str, start: datetime | str, *,
             minutes: int | None = None, allow_overlap: bool = False, allow_outside_hours: bool = False,
             allow_past: bool = False, note: str | None = None) -> str:
        """Book an appointment. Overlaps, closed or absent times and past times are refused unless explicitly
        allowed. The length is the service's (with its processing time) unless `minutes` says otherwise."""
        found = appointments.service_by_name(self._db, service)
        if found is None:
            raise NotFound(QT_TRANSLATE_NOOP("Messages", "No service called {name}."), name=service)
        if not found["active"]:
            raise InputError(QT_TRANSLATE_NOOP("Messages", "The service {name} is archived: restore it or choose "
                                                           "another."), name=found["name"])
        note = _clean_note(note)
        if note:
            self.desk.authorize(Perm.CLIENT_NOTES)  # a note is about the client: the same visibility
        if not self._db.execute("SELECT 1 FROM client WHERE id = ?", (client_id,)).fetchone():
            raise NotFound(QT_TRANSLATE_NOOP("Messages", "No client with id {id}."), id=client_id)
        begin = parse_local(start) if isinstance(start, str) else start
        length = check_minutes(found["minutes"] + found["processing_minutes"] if minutes is None else minutes)
        localtime.check_year(begin)
        person, starts_at, ends_at, clash = self._placement(
            staff_login, begin, localtime.later_by(begin, length), allow_overlap,
            allow_outside_hours=allow_outside_hours, allow_past=allow_past)
        appointment_id, stamp = ids.new(), timeutil.iso(timeutil.now())
        with self.unit_of_work() as uow:
            uow.insert("appointment", {"id": appointment_id, "client_id": client_id, "staff_id": person["id"],
                                       "service_id": found["id"], "starts_at": starts_at, "ends_at": ends_at,
                                       "status": "booked", "note": note, "created_at": stamp, "updated_at": stamp})
            self.desk.log(uow, "appointment_booked", "appointment", appointment_id, overlap=bool(clash))
        self.desk.notify("appointment")
        return appointment_id

    @requires(Perm.APPOINTMENT_WRITE)
    def move(self, appointment_id: str, staff_login: str, start: datetime, end: datetime, *,
             allow_overlap: bool = False, allow_outside_hours: bool = False, allow_past: bool = False) -> dict[str, Any]:
        """Move or resize; returns the previous placement so the caller can undo it."""
        current = self._appointment_row(appointment_id)
        person, starts_at, ends_at, _ = self._placement(staff_login, start, end, allow_overlap, exclude=appointment_id,
                                                        allow_outside_hours=allow_outside_hours, allow_past=allow_past)
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
        """Each row with its service (name, category, colour, processing time: archived ones too), its staff
        member's login and name, and the client's name as this role may see it."""
        services = {sid: (name, category, colour, processing) for sid, name, category, colour, processing in
                    self._db.execute("SELECT id, name, category, colour, processing_minutes FROM service")}
        staff = {sid: (login, name or login) for sid, login, name in
                 self._db.execute("SELECT id, login, display_name FROM staff")}
        people = self.desk.clients.names(r["client_id"] for r in rows if r["client_id"])
        sees_notes = self.desk.can(Perm.CLIENT_NOTES)  # a note is about the client: the same visibility
        for row in rows:
            name, category, colour, processing = services.get(row["service_id"], (None, "", "", 0))
            login, staff_name = staff.get(row["staff_id"], (None, ""))
            row.update(service=name, category=category, colour=colour, processing_minutes=processing, staff=login,
                       staff_name=staff_name, client=people.get(row["client_id"], ""),
                       note=(row.get("note") or "") if sees_notes else "")
        return rows

    @requires(Perm.CLIENT_READ)
    def history(self, client_id: str) -> list[dict[str, Any]]:
        """A client's appointments, newest first, with service and staff names."""
        rows = appointments.for_client(self._db, client_id)
        names = dict(self._db.execute("SELECT id, name FROM service"))
        staff = {sid: (login, name or login) for sid, login, name in
                 self._db.execute("SELECT id, login, display_name FROM staff")}
        for row in rows:
            login, staff_name = staff.get(row["staff_id"], (None, ""))
            row.update(service=names.get(row["service_id"]), staff=login, staff_name=staff_name)
        return rows

    @requires(Perm.APPOINTMENT_WRITE)
    def confirmation(self, appointment_id: str, path) -> None:
        """Write the booking confirmation PDF: transactional, so it never looks at marketing consent."""
        from desktop.booking import confirmation
        from desktop.timefmt import local

        row = self._appointment_row(appointment_id)
        if row["status"] != "booked":  # a confirmation says "booked": never for a cancelled or past visit
            raise InputError(QT_TRANSLATE_NOOP("Messages", "Only a booked appointment has a confirmation."))
        salon = self.desk.identity.get()
        service = self._db.execute("SELECT name FROM service WHERE id = ?", (row["service_id"],)).fetchone()[0]
        staff = self._db.execute("SELECT coalesce(nullif(display_name, ''), login) FROM staff WHERE id = ?",
                                  (row["staff_id"],)).fetchone()[0]
        # The name as the printing role may see it: masked roles print "Marie D.", never the full name.
        client = self.desk.clients.names([row["client_id"]]).get(row["client_id"], "—") if row["client_id"] else "—"
        minutes = int((timeutil.parse(row["ends_at"]) - timeutil.parse(row["starts_at"])).total_seconds() // 60)
        contact = " · ".join(part for part in (salon["phone_display"], salon["email"]) if part)
        confirmation.save(path, salon=salon["trade_name"], legal_name=salon["legal_name"], address=salon["address"],
                          contact=contact,
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
        row = self._appointment_row(appointment_id)
        if status in ("done", "no_show") and timeutil.parse(row["starts_at"]) > timeutil.now():
            raise InputError(QT_TRANSLATE_NOOP(
                "Messages", "This appointment has not begun yet: it can be cancelled, not marked done or no-show."))
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
