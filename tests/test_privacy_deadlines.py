"""The request register's legal clock, table-tested (GDPR Art. 12(3); French public holidays)."""
from __future__ import annotations

from datetime import date

import pytest

from desktop.privacy.deadlines import due_date, may_extend

CASES = [
    # received, due, why
    (date(2026, 1, 31), date(2026, 3, 2), "31 Jan -> 28 Feb 2026 is a Saturday -> Monday 2 March"),
    (date(2027, 1, 31), date(2027, 3, 1), "31 Jan -> 28 Feb 2027 is a Sunday -> Monday 1 March"),
    (date(2028, 1, 31), date(2028, 2, 29), "leap year: 29 Feb 2028, a Tuesday"),
    (date(2024, 1, 29), date(2024, 2, 29), "leap year: 29 Jan -> 29 Feb 2024, a Thursday"),
    (date(2024, 1, 30), date(2024, 2, 29), "leap year: 30 Jan -> the month's last day"),
    (date(2026, 1, 29), date(2026, 3, 2), "29 Jan 2026 -> 28 Feb, a Saturday -> Monday"),
    (date(2026, 1, 30), date(2026, 3, 2), "30 Jan 2026 -> 28 Feb, a Saturday -> Monday"),
    (date(2025, 1, 29), date(2025, 2, 28), "29 Jan 2025 -> 28 Feb, a Friday"),
    (date(2026, 3, 6), date(2026, 4, 7), "Friday before Easter: due on Easter Monday 6 April -> Tuesday 7"),
    (date(2026, 6, 14), date(2026, 7, 15), "due on 14 July (Tuesday, national day) -> 15 July"),
    (date(2026, 11, 24), date(2026, 12, 24), "24 December is a working day in France (Thursday 2026)"),
    (date(2026, 12, 24), date(2027, 1, 25), "received 24 Dec -> 24 Jan 2027 is a Sunday -> Monday 25"),
    (date(2026, 11, 25), date(2026, 12, 28), "due on Christmas Day (Friday) -> Saturday, Sunday -> Monday 28"),
    (date(2026, 3, 31), date(2026, 4, 30), "31 March -> 30 April, a Thursday"),
]


@pytest.mark.parametrize("received, due, why", CASES, ids=[c[2] for c in CASES])
def test_due_date(received, due, why):
    assert due_date(received) == due, why


@pytest.mark.parametrize("received, due", [
    (date(2026, 1, 31), date(2026, 4, 30)),   # +3 months from 31 Jan: 30 April (Thursday)
    (date(2026, 3, 6), date(2026, 6, 8)),     # 6 June is a Saturday -> Monday 8
    (date(2026, 5, 15), date(2026, 8, 17)),   # 15 Aug (Assumption) is a Saturday -> Monday 17
])
def test_extended_due_date(received, due):
    assert due_date(received, extended=True) == due


def test_extension_only_within_the_first_month():
    received = date(2026, 3, 6)
    assert may_extend(received, date(2026, 4, 7))
    assert not may_extend(received, date(2026, 4, 8))
