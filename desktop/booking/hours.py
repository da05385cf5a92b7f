"""Hours as the salon writes them: ranges of minutes in a day ("09:00-12:00, 14:00-19:00" has a lunch closure)
and a week of them, Monday first (an empty day is closed). Pure arithmetic, no database.

Stored as settings (desktop/settings.py): a JSON list of seven range texts. An older single range
("09:00-19:00") still reads: for the salon it means Monday to Saturday, for a person every day.
"""
from __future__ import annotations

import json
import re

from storage.errors import QT_TRANSLATE_NOOP, InputError

Ranges = tuple[tuple[int, int], ...]
Week = tuple[Ranges, ...]
DAY = 24 * 60
WEEKDAY_NAMES = (QT_TRANSLATE_NOOP("Weekdays", "Monday"), QT_TRANSLATE_NOOP("Weekdays", "Tuesday"),
                 QT_TRANSLATE_NOOP("Weekdays", "Wednesday"), QT_TRANSLATE_NOOP("Weekdays", "Thursday"),
                 QT_TRANSLATE_NOOP("Weekdays", "Friday"), QT_TRANSLATE_NOOP("Weekdays", "Saturday"),
                 QT_TRANSLATE_NOOP("Weekdays", "Sunday"))
RANGES_FORMAT = QT_TRANSLATE_NOOP(
    "Messages", "Write hours as HH:MM-HH:MM, with a comma between ranges, for example 09:00-12:00, 14:00-19:00.")
OVERLAPPING = QT_TRANSLATE_NOOP("Messages", "The ranges {first} and {second} overlap: write each hour once.")
WEEK_FORMAT = QT_TRANSLATE_NOOP("Messages", "A week of hours lists seven days, Monday first.")

_TIME = r"(\d{1,2})(?:[:hH.](\d{2})?)?"
_RANGE = re.compile(rf"^{_TIME}\s*(?:-|–|—|à|to)\s*{_TIME}$")
_SPLIT = re.compile(r"\s*(?:[,;/+]|\bet\b|\band\b)\s*")


def minutes_text(minute: int) -> str:
    return f"{minute // 60:02d}:{minute % 60:02d}"


def format_ranges(ranges: Ranges) -> str:
    return ", ".join(f"{minutes_text(start)}-{minutes_text(end)}" for start, end in ranges)


def _minute(hours: str, minutes: str | None) -> int | None:
    hour, minute = int(hours), int(minutes or 0)
    if minute > 59 or hour > 24 or (hour == 24 and minute):
        return None
    return hour * 60 + minute


def parse_ranges(text: str) -> Ranges:
    """'09:00-12:00, 14:00-19:00' (also '9h-12h et 14h-19h') -> sorted ranges; '' -> () (closed)."""
    text = (text or "").strip()
    if not text:
        return ()
    ranges = []
    for part in _SPLIT.split(text):
        match = _RANGE.match(part.strip())
        start = _minute(match.group(1), match.group(2)) if match else None
        end = _minute(match.group(3), match.group(4)) if match else None
        if start is None or end is None or end <= start:
            raise InputError(RANGES_FORMAT)
        ranges.append((start, end))
    ranges.sort()
    for (s1, e1), (s2, e2) in zip(ranges, ranges[1:]):
        if s2 < e1:
            raise InputError(OVERLAPPING, first=format_ranges(((s1, e1),)), second=format_ranges(((s2, e2),)))
    return tuple(ranges)


def parse_week(stored: str, *, legacy_days: int = 7) -> Week:
    """The stored JSON list of seven range texts; an older single range applies to the first `legacy_days` days."""
    stored = (stored or "").strip()
    if not stored.startswith("["):
        ranges = parse_ranges(stored)
        return tuple(ranges if day < legacy_days else () for day in range(7))
    try:
        days = json.loads(stored)
    except ValueError:
        raise InputError(WEEK_FORMAT) from None
    if not isinstance(days, list) or len(days) != 7 or not all(isinstance(day, str) for day in days):
        raise InputError(WEEK_FORMAT)
    return tuple(parse_ranges(day) for day in days)


def dump_week(week: Week) -> str:
    return json.dumps([format_ranges(day) for day in week], ensure_ascii=False)


def clean_week(value: object) -> str:
    """A week (tuple of ranges, list of texts, or stored JSON) checked and turned into its stored text. Every
    wrong day is reported at once (FieldErrors keyed "0" for Monday to "6" for Sunday)."""
    from desktop.kernel.forms import collect

    if isinstance(value, str):
        return dump_week(parse_week(value))
    days = list(value)  # type: ignore[call-overload]
    if len(days) != 7:
        raise InputError(WEEK_FORMAT)
    checked = collect({str(index): (lambda day=day: parse_ranges(day) if isinstance(day, str)
                                    else parse_ranges(format_ranges(tuple(map(tuple, day)))))
                       for index, day in enumerate(days)})
    return dump_week(tuple(checked[str(index)] for index in range(7)))


def intersect(first: Ranges, second: Ranges) -> Ranges:
    out = []
    for s1, e1 in first:
        for s2, e2 in second:
            start, end = max(s1, s2), min(e1, e2)
            if start < end:
                out.append((start, end))
    return tuple(sorted(out))


def subtract(ranges: Ranges, removed: Ranges) -> Ranges:
    out = list(ranges)
    for cut_start, cut_end in removed:
        kept = []
        for start, end in out:
            if cut_end <= start or cut_start >= end:
                kept.append((start, end))
                continue
            if start < cut_start:
                kept.append((start, cut_start))
            if cut_end < end:
                kept.append((cut_end, end))
        out = kept
    return tuple(out)


def covers(ranges: Ranges, start: int, end: int) -> bool:
    """Whether [start, end) lies inside one range."""
    return any(s <= start and end <= e for s, e in ranges)


def span(week: Week, default: tuple[int, int] = (9 * 60, 19 * 60)) -> tuple[int, int]:
    """The earliest start and latest end over the week (the book's vertical extent)."""
    bounds = [edge for day in week if day for edge in (day[0][0], day[-1][1])]
    return (min(bounds), max(bounds)) if bounds else default


DEFAULT_OPENING: Week = tuple(((9 * 60, 19 * 60),) if day < 6 else () for day in range(7))
