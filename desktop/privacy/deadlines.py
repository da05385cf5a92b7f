"""The legal clock of a request (GDPR Art. 12(3)): one month, extendable by two more.

The due date is the same day of the following month (the month's last day when that day does not exist),
moved to the next working day when it falls on a weekend or a French public holiday. An extension adds two
months to the same reckoning and must be decided, with its reason, before the first due date.
"""
from __future__ import annotations

from datetime import date

from desktop.workdays import next_working_day
from storage.timeutil import add_months

MONTHS = 1
EXTENSION_MONTHS = 2
SOON_DAYS = 7  # the main window's memo shows requests due within a week


def due_date(received: date, *, extended: bool = False) -> date:
    return next_working_day(add_months(received, MONTHS + (EXTENSION_MONTHS if extended else 0)))


def may_extend(received: date, today: date) -> bool:
    """An extension must be told to the client within the first month."""
    return today <= due_date(received)
