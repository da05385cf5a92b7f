"""French working days: weekends and public holidays (the `holidays` package computes Easter-based ones).

Shared by the request register's legal deadlines and the book's closed days.
"""
from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache

from holidays.countries.france import France

from storage.errors import QT_TRANSLATE_NOOP

# The holidays package's English names, translated through our own catalogue (context "Holidays").
NAMES = (QT_TRANSLATE_NOOP("Holidays", "New Year's Day"), QT_TRANSLATE_NOOP("Holidays", "Easter Monday"),
         QT_TRANSLATE_NOOP("Holidays", "Labor Day"), QT_TRANSLATE_NOOP("Holidays", "Victory Day"),
         QT_TRANSLATE_NOOP("Holidays", "Ascension Day"), QT_TRANSLATE_NOOP("Holidays", "Pentecost Monday"),
         QT_TRANSLATE_NOOP("Holidays", "National Day"), QT_TRANSLATE_NOOP("Holidays", "Assumption Day"),
         QT_TRANSLATE_NOOP("Holidays", "All Saints' Day"), QT_TRANSLATE_NOOP("Holidays", "Armistice Day"),
         QT_TRANSLATE_NOOP("Holidays", "Christmas Day"))


@lru_cache(maxsize=64)
def public_holidays(year: int) -> dict[date, str]:
    """The French public holidays of a year, with their English names (translate with context "Holidays")."""
    return dict(France(years=[year], language="en_US").items())


def _french_holidays(year: int) -> frozenset[date]:
    return frozenset(public_holidays(year))


def is_public_holiday(day: date) -> bool:
    return day in _french_holidays(day.year)


def is_working_day(day: date) -> bool:
    return day.weekday() < 5 and not is_public_holiday(day)


def next_working_day(day: date) -> date:
    """`day` itself if it is a working day, else the first working day after it."""
    while not is_working_day(day):
        day += timedelta(days=1)
    return day
