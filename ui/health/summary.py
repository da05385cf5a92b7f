"""How every screen words a client's patch-test line and allergy alert (the client file, the booking dialog)."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from desktop.kernel.errors import QT_TRANSLATE_NOOP

C = "HealthSummary"
ALERT_YES = QT_TRANSLATE_NOOP("HealthSummary", "Allergy alert: yes")
ALERT_NO = QT_TRANSLATE_NOOP("HealthSummary", "Allergy alert: no")
NO_TEST = QT_TRANSLATE_NOOP("HealthSummary", "No patch test (48 h) recorded")
LAST_TEST = QT_TRANSLATE_NOOP("HealthSummary", "Last patch test on {date} ({product}, no reaction)")
COUNTS_UNTIL = QT_TRANSLATE_NOOP("HealthSummary", "counts for this product until {date}")
AGAIN = QT_TRANSLATE_NOOP("HealthSummary", "more than {months} months ago: test again")
REMINDER = QT_TRANSLATE_NOOP("HealthSummary", "Patch test 48 h before every colouring if the product's instructions "
                                              "require it.")


def _day(iso: str) -> str:
    return "/".join(reversed(iso[:10].split("-")))


def alert_text(summary: dict[str, Any]) -> str:
    return QCoreApplication.translate(C, ALERT_YES if summary["allergy_alert"] else ALERT_NO)


def test_text(summary: dict[str, Any]) -> str:
    """"Last patch test on 12/03/2026 (product, no reaction)", and for a product the owner gave a validity,
    until when it counts or that it is due again."""
    test = summary["last_test"]
    if test is None:
        return QCoreApplication.translate(C, NO_TEST)
    text = QCoreApplication.translate(C, LAST_TEST).format(
        date=_day(test["tested_on"]), product=test["product"])
    if test["months"] and not test["due"]:
        text += " · " + QCoreApplication.translate(C, COUNTS_UNTIL).format(
            date=_day(test["counts_until"]))
    elif test["months"]:
        text += " · " + QCoreApplication.translate(C, AGAIN).format(
            months=test["months"])
    return text


def reminder() -> str:
    return QCoreApplication.translate(C, REMINDER)


def needs_attention(summary: dict[str, Any]) -> bool:
    return summary["allergy_alert"] or summary["last_test"] is None or summary["last_test"]["due"]
