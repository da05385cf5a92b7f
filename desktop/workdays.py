"""French working days: weekends and public holidays (the `holidays` package computes Easter-based ones).

Shared by the request register's legal deadlines and, later, the book's closed days.
"""
from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache

from holidays.countries.france import France




@lru_cache(maxsize=64)
def _french_holidays(year: int) -> frozenset[date]:
    return frozenset(France(years=[year]).keys())


def is_public_holiday(day: date) -> bool:
    return day in _french_holidays(day.year)


def is_working_day(day: date) -> bool:
    return day.weekday() < 5 and not is_public_holiday(day)


def next_working_day(day: date) -> date:
    """`day` itself if it is a working day, else the first working day after it."""
    while not is_working_day(day):
        day += timedelta(days=1)
    return day
