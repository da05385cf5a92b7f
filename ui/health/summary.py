"""How every screen words a client's patch-test line and allergy alert (the client file, the booking dialog)."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

C = "HealthSummary"


def _day(iso: str) -> str:
    return "/".join(reversed(iso[:10].split("-")))


def alert_text(summary: dict[str, Any]) -> str:
    return QCoreApplication.translate(C, "Allergy alert: yes" if summary["allergy_alert"] else "Allergy alert: no")


def test_text(summary: dict[str, Any]) -> str:
    """"Last patch test on 12/03/2026 (product, no reaction)", and for a product the owner gave a validity,
    until when it counts or that it is due again."""
    test = summary["last_test"]
    if test is None:
        return QCoreApplication.translate(C, "No patch test (48 h) recorded")
    text = QCoreApplication.translate(C, "Last patch test on {date} ({product}, no reaction)").format(
        date=_day(test["tested_on"]), product=test["product"])
    if test["months"] and not test["due"]:
        text += " · " + QCoreApplication.translate(C, "counts for this product until {date}").format(
            date=_day(test["counts_until"]))
    elif test["months"]:
        text += " · " + QCoreApplication.translate(C, "more than {months} months ago: test again").format(
            months=test["months"])
    return text


def reminder() -> str:
    return QCoreApplication.translate(C, "Patch test 48 h before every colouring if the product's instructions "
                                         "require it.")


def needs_attention(summary: dict[str, Any]) -> bool:
    return summary["allergy_alert"] or summary["last_test"] is None or summary["last_test"]["due"]
