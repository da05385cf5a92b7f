"""Changing a booked appointment from its dialog: another service, staff member or time, and its note.

A new place passes the same checks as a booking (past, hours, overlap), with the same explicit overrides.
"""
from __future__ import annotations

from datetime import datetime
from typing import Any

from desktop.booking.availability import later
from desktop.booking.service import _clean_note
from desktop.kernel.operation import Service, requires
from desktop.kernel.permissions import Perm
from storage import appointments, timeutil
from storage.errors import QT_TRANSLATE_NOOP, InputError, NotFound


class AppointmentChanges(Service):
    @requires(Perm.APPOINTMENT_WRITE)
    def change(self, appointment_id: str, *, service_id: str | None = None, staff_login: str | None = None,
               start: datetime | None = None, minutes: int | None = None, allow_overlap: bool = False,
               allow_outside_hours: bool = False, allow_past: bool = False) -> dict[str, Any] | None:
        """Another service (its length follows unless `minutes` is given), staff member or start. Returns the
        previous placement (as BookingService.move does) when the place changed, else None."""
        current = appointments.by_id(self._db, appointment_id)
        if current is None:
            raise NotFound(QT_TRANSLATE_NOOP("Messages", "No appointment with id {id}."), id=appointment_id)
        old_start, old_end = timeutil.parse(current["starts_at"]), timeutil.parse(current["ends_at"])
        new_service = None
        if service_id and service_id != current["service_id"]:
            new_service = self.desk.catalogue.get(service_id)
            if not new_service["active"]:
                raise InputError(QT_TRANSLATE_NOOP("Messages", "The service {name} is archived: restore it or "
                                                               "choose another."), name=new_service["name"])
        if minutes is None:
            minutes = (new_service["minutes"] + new_service["processing_minutes"] if new_service
                       else int((old_end - old_start).total_seconds() // 60))
        login = staff_login or self._db.execute("SELECT login FROM staff WHERE id = ?",
                                                (current["staff_id"],)).fetchone()[0]
        begin = start or old_start
        end = later(begin, int(minutes))  # absolute time: a length never stretches with the clock
        before = None
        with self.unit_of_work() as uow:
            if (begin, end) != (old_start, old_end) or login != self._login_of(current["staff_id"]):
                before = self.desk.booking.move(appointment_id, login, begin, end, allow_overlap=allow_overlap,
                                                allow_outside_hours=allow_outside_hours, allow_past=allow_past)
            if new_service is not None:
                uow.update("appointment", appointment_id, {"service_id": new_service["id"],
                                                           "updated_at": timeutil.iso(timeutil.now())})
                self.log(uow, "appointment_changed", "appointment", appointment_id, field="service")
        self.changed("appointment")
        return before

    @requires(Perm.APPOINTMENT_WRITE)
    def set_note(self, appointment_id: str, note: str | None) -> None:
        """The appointment's note ("wants a fringe"): never a card number (the notes guard)."""
        self.desk.authorize(Perm.CLIENT_NOTES)  # notes are about the client: the owner opens them per role
        note = _clean_note(note)
        current = appointments.by_id(self._db, appointment_id)
        if current is None:
            raise NotFound(QT_TRANSLATE_NOOP("Messages", "No appointment with id {id}."), id=appointment_id)
        if (current["note"] or None) == note:
            return
        with self.unit_of_work() as uow:
            uow.update("appointment", appointment_id, {"note": note, "updated_at": timeutil.iso(timeutil.now())})
            self.log(uow, "appointment_changed", "appointment", appointment_id, field="note")
        self.changed("appointment")

    def _login_of(self, staff_id: str) -> str:
        return self._db.execute("SELECT login FROM staff WHERE id = ?", (staff_id,)).fetchone()[0]
