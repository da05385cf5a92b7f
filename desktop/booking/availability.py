"""When each person can take appointments: the salon's opening hours per weekday, public holidays (computed),
exceptional closures, the person's weekly schedule and absences. The one check every booking and move passes
(refused outside those hours or in the past, unless explicitly overridden) and the next free slot.

Days and minutes are in the salon's calendar (Europe/Paris); a slot's end is its start plus its length in
absolute time.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from typing import Any

from desktop import localtime, workdays
from desktop.booking import hours
from desktop.booking.hours import Ranges
from desktop.kernel.operation import Service, public, requires
from desktop.kernel.permissions import Perm
from desktop.settings import CLOSED_ON_HOLIDAYS
from desktop.timefmt import SALON_ZONE
from storage import appointments, staff as staff_rows, time_off, timeutil
from storage.errors import QT_TRANSLATE_NOOP, Conflict, NotFound, Overlap, Term

SNAP = 15          # minutes between proposed start times
SEARCH_DAYS = 92   # how far ahead the next free slot is looked for


class OutsideHours(Conflict):
    """Closed, outside the person's hours, or during an absence; an explicit override books anyway."""


class InThePast(Conflict):
    """The time has gone by; an explicit override records it anyway."""


def override_for(error: BaseException) -> str | None:
    """The argument that books (or moves) anyway despite this refusal, once the person confirms: allow_overlap,
    allow_outside_hours or allow_past; None for a refusal no one may override."""
    for kind, flag in ((Overlap, "allow_overlap"), (OutsideHours, "allow_outside_hours"), (InThePast, "allow_past")):
        if isinstance(error, kind):
            return flag
    return None


@dataclass(frozen=True)
class DayPlan:
    day: date
    open: Ranges                        # when the person takes appointments
    salon: Ranges                       # when the salon is open that day
    closed: str | None                  # why the salon is shut all day: "weekday", "holiday" or "closure"
    detail: str                         # the holiday's name (English, context "Holidays") or the closure's label
    away: tuple[tuple[int, int, str], ...]  # the person's absences: (start, end, kind)


def local_minutes(moment: datetime) -> tuple[date, int]:
    local = moment.astimezone(SALON_ZONE)
    return local.date(), local.hour * 60 + local.minute


def at(day: date, minute: int) -> datetime:
    """A minute of a day in the salon's calendar (wall-clock: 09:00 is 09:00 on a clock-change day too)."""
    return datetime(day.year, day.month, day.day, tzinfo=SALON_ZONE) + timedelta(minutes=minute)


def later(start: datetime, minutes: int) -> datetime:
    """`minutes` after `start` in absolute time (aware datetimes add wall-clock time: a length must not stretch
    or shrink when the clocks change), in the salon's time zone."""
    return localtime.later_by(start, minutes).astimezone(SALON_ZONE)


def _whole(row: dict[str, Any]) -> bool:
    return row["start_minute"] is None


class AvailabilityService(Service):
    @requires(Perm.CLIENT_READ)
    def plans(self, days, logins) -> dict[tuple[date, str], DayPlan]:
        """(day, login) -> DayPlan for the book: one read of the closures and absences for all of them."""
        days = list(days)
        people = {login: staff_rows.by_login(self._db, login) for login in logins}
        rows = time_off.between(self._db, min(days).isoformat(), max(days).isoformat())
        sees_reason = self.desk.can(Perm.STAFF_READ)
        return {(day, login): self._plan(day, person["id"], rows, sees_reason)
                for day in days for login, person in people.items() if person}

    @requires(Perm.CLIENT_READ)
    def plan(self, day: date, login: str) -> DayPlan:
        return self.plans([day], [login])[(day, login)]

    @public
    def holidays(self, first: date, last: date) -> list[tuple[date, str]]:
        """French public holidays between two days (English names; context "Holidays")."""
        found = []
        for year in range(first.year, last.year + 1):
            found += [(day, name) for day, name in workdays.public_holidays(year).items() if first <= day <= last]
        return sorted(found)

    def _plan(self, day: date, staff_id: str, rows: list[dict[str, Any]], sees_reason: bool) -> DayPlan:
        salon = self.desk.settings.opening_week()[day.weekday()]
        closed, detail = (None, "") if salon else ("weekday", "")
        holiday = workdays.public_holidays(day.year).get(day)
        if holiday and self.desk.settings.get(CLOSED_ON_HOLIDAYS):
            salon, closed, detail = (), "holiday", holiday
        today = day.isoformat()
        for row in rows:
            if row["staff_id"] is None and row["first_day"] <= today <= row["last_day"]:
                if _whole(row):
                    salon, closed, detail = (), "closure", row["label"]
                else:
                    salon = hours.subtract(salon, ((row["start_minute"], row["end_minute"]),))
        own = self.desk.settings.working_week(staff_id)
        open_ = hours.intersect(salon, own[day.weekday()]) if own is not None else salon
        away = []
        for row in rows:
            if row["staff_id"] == staff_id and row["first_day"] <= today <= row["last_day"]:
                start, end = (0, hours.DAY) if _whole(row) else (row["start_minute"], row["end_minute"])
                open_ = hours.subtract(open_, ((start, end),))
                away.append((start, end, row["kind"] if sees_reason else "other"))
        return DayPlan(day, open_, salon, closed, detail, tuple(away))

    # -- the check ---------------------------------------------------------------------------------------------
    @requires(Perm.APPOINTMENT_WRITE)
    def check(self, login: str, start: datetime, end: datetime, *, allow_outside_hours: bool = False,
              allow_past: bool = False) -> None:
        """Raise InThePast or OutsideHours unless that override is given (booking and moving call this)."""
        for problem in self.problems(login, start, end):
            if isinstance(problem, InThePast) and not allow_past:
                raise problem
            if isinstance(problem, OutsideHours) and not allow_outside_hours:
                raise problem

    @requires(Perm.CLIENT_READ)
    def problems(self, login: str, start: datetime, end: datetime) -> list[Conflict]:
        """What is wrong with this placement (past, closed, away, outside hours), for a screen to show before
        anyone presses Book. Overlaps are the booking service's own check."""
        person = staff_rows.by_login(self._db, login)
        if person is None:
            raise NotFound(QT_TRANSLATE_NOOP("Messages", "No active staff member with login {login}."), login=login)
        found: list[Conflict] = []
        now = timeutil.now()
        floor = now - timedelta(minutes=now.astimezone(SALON_ZONE).minute % SNAP, seconds=now.second,
                                microseconds=now.microsecond)
        if start < floor:  # the current quarter of an hour still counts as now (a walk-in just seated)
            found.append(InThePast(QT_TRANSLATE_NOOP(
                "Messages", "{when} is already past. Choose a later time, or confirm that you are recording a past "
                "appointment."), when=start.astimezone(SALON_ZONE).strftime("%d/%m/%Y %H:%M")))
        day, first = local_minutes(start)
        last_day, last = local_minutes(end)
        if last_day != day and not (last_day == day + timedelta(days=1) and last == 0):
            found.append(OutsideHours(QT_TRANSLATE_NOOP(
                "Messages", "An appointment starts and ends on the same day.")))
            return found
        plan = self.plan(day, login)
        if not hours.covers(plan.open, first, last or hours.DAY):
            found.append(self._why(plan, person, first, last or hours.DAY))
        return found

    def _why(self, plan: DayPlan, person: dict[str, Any], first: int, last: int) -> OutsideHours:
        from desktop.booking.time_off import KIND_LABELS

        name = person["display_name"] or person["login"]
        when = plan.day.strftime("%d/%m/%Y")
        tail = QT_TRANSLATE_NOOP("Messages", "Choose another time, or book it anyway explicitly.")
        if plan.closed == "holiday":
            return OutsideHours(QT_TRANSLATE_NOOP("Messages", "The salon is closed on {date} ({holiday}). {then}"),
                                date=when, holiday=Term(plan.detail, "Holidays"), then=Term(tail))
        if plan.closed:
            return OutsideHours(QT_TRANSLATE_NOOP("Messages", "The salon is closed on {date}. {then}"), date=when,
                                then=Term(tail))
        for start, end, kind in plan.away:
            if start < last and first < end:
                return OutsideHours(QT_TRANSLATE_NOOP("Messages", "{name} is away at that time ({reason}). {then}"),
                                    name=name, reason=Term(KIND_LABELS[kind], "TimeOff"), then=Term(tail))
        if not hours.covers(plan.salon, first, last):
            return OutsideHours(QT_TRANSLATE_NOOP(
                "Messages", "That time is outside the salon's opening hours ({hours}). {then}"),
                hours=hours.format_ranges(plan.salon), then=Term(tail))
        return OutsideHours(QT_TRANSLATE_NOOP(
            "Messages", "That time is outside {name}'s working hours ({hours}). {then}"), name=name,
            hours=hours.format_ranges(plan.open) or "—", then=Term(tail))

    # -- free slots --------------------------------------------------------------------------------------------
    @requires(Perm.CLIENT_READ)
    def free_starts(self, login: str, minutes: int, day: date, *, after: datetime | None = None) -> list[datetime]:
        """Every start (each quarter of an hour) on this day where `minutes` fit in the person's hours without
        touching their other live appointments, from `after` on (now by default)."""
        person = staff_rows.by_login(self._db, login)
        if person is None:
            return []
        after = after or timeutil.now()
        plan = self.plan(day, login)
        if not plan.open:
            return []
        begin, end = at(day, 0).astimezone(timezone.utc), at(day + timedelta(days=1), 0).astimezone(timezone.utc)
        busy = []
        for starts_at, ends_at in appointments.for_staff(self._db, person["id"], timeutil.iso(begin),
                                                         timeutil.iso(end)):
            s_day, s_min = local_minutes(timeutil.parse(starts_at))
            e_day, e_min = local_minutes(timeutil.parse(ends_at))
            busy.append((s_min if s_day == day else 0, e_min if e_day == day else hours.DAY))
        starts = []
        for low, high in hours.subtract(plan.open, tuple(busy)):
            minute = low + (-low) % SNAP
            while minute + minutes <= high:
                moment = at(day, minute)
                if moment >= after:
                    starts.append(moment)
                minute += SNAP
        return starts

    @requires(Perm.CLIENT_READ)
    def next_free(self, login: str, minutes: int, *, after: datetime | None = None) -> datetime | None:
        """The first free start for `minutes` with this person from `after` (now by default), within three
        months; None when there is none."""
        after = after or timeutil.now()
        first = after.astimezone(SALON_ZONE).date()
        for offset in range(SEARCH_DAYS):
            starts = self.free_starts(login, minutes, first + timedelta(days=offset), after=after)
            if starts:
                return starts[0]
        return None
