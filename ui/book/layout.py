"""Geometry of the appointment book: columns (day x staff) and the time axis. Pure arithmetic, no widgets."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from desktop.timefmt import SALON_ZONE

SNAP_MINUTES = 15


@dataclass(frozen=True)
class Column:
    day: date
    login: str
    name: str
    working: tuple[int, int]  # minutes from midnight


@dataclass(frozen=True)
class BookLayout:
    days: tuple[date, ...]
    staff: tuple[tuple[str, str], ...]  # (login, display name)
    opening: tuple[int, int]  # minutes from midnight
    working: dict
    column_width: float
    pixels_per_minute: float = 1.2

    @property
    def columns(self) -> list[Column]:
        return [Column(day, login, name, self.working.get(login, self.opening))
                for day in self.days for login, name in self.staff]

    @property
    def width(self) -> float:
        return max(1, len(self.columns)) * self.column_width

    @property
    def height(self) -> float:
        return (self.opening[1] - self.opening[0]) * self.pixels_per_minute

    def x_of(self, index: int) -> float:
        return index * self.column_width

    def column_at(self, x: float) -> int | None:
        index = int(x // self.column_width)
        return index if 0 <= index < len(self.columns) else None

    def y_of(self, moment: datetime) -> float:
        local = moment.astimezone(SALON_ZONE)
        return (local.hour * 60 + local.minute - self.opening[0]) * self.pixels_per_minute

    def time_at(self, column: int, y: float, *, snap: bool = True) -> datetime:
        minutes = self.opening[0] + y / self.pixels_per_minute
        if snap:
            minutes = round(minutes / SNAP_MINUTES) * SNAP_MINUTES
        minutes = min(max(minutes, self.opening[0]), self.opening[1])
        day = self.columns[column].day
        return datetime(day.year, day.month, day.day, tzinfo=SALON_ZONE) + timedelta(minutes=minutes)

    def index_of(self, day: date, login: str) -> int | None:
        for i, column in enumerate(self.columns):
            if column.day == day and column.login == login:
                return i
        return None
