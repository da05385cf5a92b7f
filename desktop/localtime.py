"""Times typed in the salon's time zone (Paris): the hour that does not exist when the clocks go forward, the hour
that happens twice when they go back, and the years the app accepts. Durations are counted in absolute time.
"""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

from desktop.timefmt import SALON_ZONE
from storage.errors import QT_TRANSLATE_NOOP, InputError, SalonError

FIRST_YEAR, LAST_YEAR = 1900, 2100
FORMAT_HINT = QT_TRANSLATE_NOOP("Messages", "Write the start as YYYY-MM-DDTHH:MM, for example 2026-03-14T09:30.")
NOT_THERE = QT_TRANSLATE_NOOP(
    "Messages", "{time} does not exist on {day} in Paris: the clocks go forward an hour. The next valid time is "
    "{next}.")


def exists(naive: datetime) -> bool:
    """Whether this wall-clock time happens at all in the salon's zone."""
    there = naive.replace(tzinfo=SALON_ZONE)
    return there.astimezone(timezone.utc).astimezone(SALON_ZONE).replace(tzinfo=None) == naive


def happens_twice(naive: datetime) -> bool:
    """Whether this wall-clock time happens twice (the hour repeated when the clocks go back)."""
    return exists(naive) and (naive.replace(tzinfo=SALON_ZONE, fold=0).utcoffset()
                              != naive.replace(tzinfo=SALON_ZONE, fold=1).utcoffset())


def next_valid(naive: datetime) -> datetime:
    """The first wall-clock minute after a gap (the gap is at most an hour or two)."""
    moment = naive.replace(second=0, microsecond=0)
    while not exists(moment):
        moment += timedelta(minutes=1)
    return moment


def parse(text: str) -> datetime:
    """'YYYY-MM-DDTHH:MM' in the salon's zone as an aware datetime. A time that does not exist is refused with the
    next valid one; a time that happens twice is its first occurrence (summer time)."""
    try:
        moment = datetime.fromisoformat(text)
    except (ValueError, TypeError):
        raise InputError(FORMAT_HINT) from None
    check_year(moment)
    if moment.tzinfo is not None:
        return moment
    check_exists(moment)
    return moment.replace(tzinfo=SALON_ZONE, fold=0)


def check_exists(moment: datetime) -> None:
    """A time picked on a screen (an aware datetime in the salon's zone, or naive) must exist there too."""
    if moment.tzinfo is not None and moment.tzinfo is not SALON_ZONE:
        return
    naive = moment.replace(tzinfo=None)
    if not exists(naive):
        raise InputError(NOT_THERE, time=naive.strftime("%H:%M"), day=naive.strftime("%d/%m/%Y"),
                         next=next_valid(naive).strftime("%H:%M"))


def check_year(moment: datetime) -> None:
    if not FIRST_YEAR <= moment.year <= LAST_YEAR:
        raise InputError(QT_TRANSLATE_NOOP("Messages", "Dates run from the year 1900 to 2100."))


TWICE = QT_TRANSLATE_NOOP(
    "Messages", "{time} happens twice on {day} (the clocks go back an hour): this is the first {time}, summer time "
    "(UTC+2).")


def twice_note(moment: datetime) -> str | None:
    """For a start in the repeated hour, the translated line that says which of the two was taken; else None."""
    from desktop import i18n

    local = moment.astimezone(SALON_ZONE)
    if not happens_twice(local.replace(tzinfo=None)):
        return None
    return SalonError(TWICE, time=local.strftime("%H:%M"), day=local.strftime("%d/%m/%Y")).message(i18n.translate)


def later_by(start: datetime, minutes: int) -> datetime:
    """`minutes` of real time after `start` (across a clock change too), in UTC."""
    return start.astimezone(timezone.utc) + timedelta(minutes=minutes)


def minutes_between(start: datetime, end: datetime) -> float:
    return (end.astimezone(timezone.utc) - start.astimezone(timezone.utc)).total_seconds() / 60
