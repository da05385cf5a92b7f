"""French-style dates and times in the salon's time zone (stored times are UTC)."""
from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from storage import timeutil

SALON_ZONE = ZoneInfo("Europe/Paris")


def local(iso: str | None, *, with_time: bool = True) -> str:
    if not iso:
        return ""
    moment = timeutil.parse(iso).astimezone(SALON_ZONE)
    return moment.strftime("%d/%m/%Y %H:%M" if with_time else "%d/%m/%Y")


def salon_time(iso: str) -> datetime:
    """A stored UTC time as an aware datetime in the salon's time zone."""
    return timeutil.parse(iso).astimezone(SALON_ZONE)


def salon_today() -> date:
    """Today in the salon's time zone (the request register's calendar)."""
    return timeutil.now().astimezone(SALON_ZONE).date()


def salon_now() -> datetime:
    """Now, in the salon's time zone (tests move it through storage.timeutil.now)."""
    return timeutil.now().astimezone(SALON_ZONE)
