"""Geometry of the appointment book: columns (day x staff) that share the view's width, and the time axis.
Pure arithmetic, no widgets."""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import cached_property
from datetime import date, datetime, timedelta

from desktop.timefmt import SALON_ZONE

SNAP_MINUTES = 15
MIN_DAY_COLUMN = 150.0   # pixels: a day view's column never gets narrower (it scrolls instead)
MIN_WEEK_COLUMN = 92.0   # a week view's: wide enough for "lun. 30/11" and a first name
PIXELS_PER_MINUTE = 1.2  # the usual vertical scale: a quarter of an hour is 18 pixels


@dataclass(frozen=True)
class Column:
    day: date
    login: str
    name: str
    open: tuple[tuple[int, int], ...]  # minutes from midnight when this person takes appointments
    plan: object = None                # the desktop DayPlan behind it (why it is closed), or None


@dataclass(frozen=True)
class BookLayout:
    days: tuple[date, ...]
    staff: tuple[tuple[str, str], ...]  # (login, display name)
    opening: tuple[int, int]            # the time axis: minutes from midnight
    plans: dict = field(default_factory=dict)  # (day, login) -> DayPlan
    column_width: float = MIN_DAY_COLUMN
    pixels_per_minute: float = 1.2  # PIXELS_PER_MINUTE, or more when the view is taller than the day

    @cached_property
    def columns(self) -> list[Column]:
        columns = []
        for day in self.days:
            for login, name in self.staff:
                plan = self.plans.get((day, login))
                columns.append(Column(day, login, name, plan.open if plan is not None else (self.opening,), plan))
        return columns

    def fitted(self, width: float, height: float = 0.0) -> "BookLayout":
        """The same book with columns sharing `width` pixels, never narrower than their minimum, and the day
        filling `height` when there is more room than the usual scale needs."""
        minimum = MIN_WEEK_COLUMN if len(self.days) > 1 else MIN_DAY_COLUMN
        minutes = max(1, self.opening[1] - self.opening[0])
        return replace(self, column_width=max(minimum, width / max(1, len(self.days) * len(self.staff))),
                       pixels_per_minute=max(PIXELS_PER_MINUTE, (height - 2) / minutes))

    @property
    def width(self) -> float:
        return max(1, len(self.days) * len(self.staff)) * self.column_width

    @property
    def height(self) -> float:
        return (self.opening[1] - self.opening[0]) * self.pixels_per_minute

    def x_of(self, index: int) -> float:
        return index * self.column_width

    def column_at(self, x: float) -> int | None:
        index = int(x // self.column_width)
        return index if 0 <= index < len(self.days) * len(self.staff) else None

    def y_of(self, moment: datetime) -> float:
        local = moment.astimezone(SALON_ZONE)
        return (local.hour * 60 + local.minute - self.opening[0]) * self.pixels_per_minute

    def y_of_minute(self, minute: int) -> float:
        return (minute - self.opening[0]) * self.pixels_per_minute

    def time_at(self, column: int, y: float, *, snap: bool = True) -> datetime:
        minutes = self.opening[0] + y / self.pixels_per_minute
        if snap:
            minutes = round(minutes / SNAP_MINUTES) * SNAP_MINUTES
        minutes = min(max(minutes, self.opening[0]), self.opening[1])
        day = self.days[column // max(1, len(self.staff))]
        return datetime(day.year, day.month, day.day, tzinfo=SALON_ZONE) + timedelta(minutes=minutes)

    def index_of(self, day: date, login: str) -> int | None:
        if day not in self.days:
            return None
        logins = [login_ for login_, _ in self.staff]
        if login not in logins:
            return None
        return self.days.index(day) * len(self.staff) + logins.index(login)
