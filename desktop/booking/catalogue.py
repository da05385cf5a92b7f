"""The services catalogue: what the salon offers, its length, an informational price and a colour for the book.

Archived services leave the booking lists but stay on every past appointment. Prices are information only:
Salon Desk records no payments (README, "Out of scope: payments").
"""
from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from typing import Any

from desktop.kernel.forms import FieldErrors, collect
from desktop.kernel.operation import Service, requires
from desktop.kernel.permissions import Perm
from storage import appointments, ids, timeutil
from storage.errors import QT_TRANSLATE_NOOP, InputError, NotFound

MAX_PRICE_CENTS = 99_999_99
MAX_NAME = 80
# Soft colours that keep dark text readable; the first is the book's usual mauve.
PALETTE = ("#e9dcf2", "#dcefe0", "#dbe8f7", "#fbe3cf", "#f7dada", "#fff1b8", "#d9f0ef", "#eadfd3", "#e6e6e6",
           "#f3d9ec")
_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")


def parse_price(text: object) -> int | None:
    """'42,50', '42.5', '42,50 €' or '' -> cents (None when empty). A decimal comma is the French way."""
    if text is None or isinstance(text, (int, float)) and not isinstance(text, bool):
        return None if text is None else _cents(Decimal(str(text)))
    cleaned = str(text).replace("€", "").replace("\u00a0", "").replace("\u202f", "").replace(" ", "")
    if not cleaned:
        return None
    if cleaned.count(",") == 1 and "." not in cleaned:
        cleaned = cleaned.replace(",", ".")
    try:
        return _cents(Decimal(cleaned))
    except InvalidOperation:
        raise InputError(QT_TRANSLATE_NOOP("Messages", "Write the price in euros, for example 42,50.")) from None


def _cents(amount: Decimal) -> int:
    cents = amount * 100
    if cents != cents.to_integral_value() or not 0 <= cents <= MAX_PRICE_CENTS:
        raise InputError(QT_TRANSLATE_NOOP("Messages", "The price must be between 0 and 99 999,99 €, in cents."))
    return int(cents)


def price_text(cents: int | None) -> str:
    """12345 -> '123,45 €' (French style), None -> ''."""
    if cents is None:
        return ""
    return f"{cents // 100},{cents % 100:02d} €"


def _name(value: str) -> str:
    value = " ".join((value or "").split())
    if not value:
        raise InputError(QT_TRANSLATE_NOOP("Messages", "Give the service a name."))
    if len(value) > MAX_NAME:
        raise InputError(QT_TRANSLATE_NOOP("Messages", "A service name has at most 80 characters."))
    return value


def _minutes(value: object, low: int, message: str) -> int:
    try:
        minutes = int(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        raise InputError(message) from None
    if not low <= minutes <= 12 * 60:
        raise InputError(message)
    return minutes


DURATION = QT_TRANSLATE_NOOP("Messages", "A service lasts 5 minutes to 12 hours.")
PROCESSING = QT_TRANSLATE_NOOP("Messages", "The processing time is 0 minutes to 12 hours.")


def _colour(value: str | None) -> str:
    value = (value or "").strip()
    if value and not _COLOUR.match(value):
        raise InputError(QT_TRANSLATE_NOOP("Messages", "A colour is written #RRGGBB."))
    return value.lower()


def _taken(name: str) -> FieldErrors:
    return FieldErrors({"name": InputError(QT_TRANSLATE_NOOP(
        "Messages", "A service called {name} already exists (perhaps archived: restore it)."), name=name)})


class CatalogueService(Service):
    @requires(Perm.CLIENT_READ)
    def list(self, *, archived: bool = False) -> list[dict[str, Any]]:
        """Services, active first (by category, then name); archived ones too when asked."""
        return appointments.services(self._db, archived=archived)

    @requires(Perm.CLIENT_READ)
    def categories(self) -> list[str]:
        return appointments.categories(self._db)

    @requires(Perm.SERVICES_EDIT)
    def add(self, name: str, minutes: int, *, category: str = "", processing_minutes: int = 0,
            price: object = None, colour: str = "") -> str:
        """A new service; every wrong field is reported at once (FieldErrors)."""
        values = self._checked({"name": name, "category": category, "minutes": minutes,
                                "processing_minutes": processing_minutes, "price": price, "colour": colour})
        if appointments.service_by_name(self._db, values["name"]):
            raise _taken(values["name"])
        service_id, stamp = ids.new(), timeutil.iso(timeutil.now())
        with self.unit_of_work() as uow:
            uow.insert("service", {"id": service_id, **values, "active": 1, "created_at": stamp,
                                   "updated_at": stamp})
            self.log(uow, "service_added", "service", service_id)
        self.changed("service")
        return service_id

    @requires(Perm.SERVICES_EDIT)
    def edit(self, service_id: str, **fields: Any) -> None:
        """Change any of name, category, minutes, processing_minutes, price, colour. Booked appointments keep
        their times; new bookings use the new length."""
        current = self.get(service_id)
        values = self._checked({**{k: current[k] for k in ("name", "category", "minutes", "processing_minutes",
                                                            "colour")},
                                "price": None if current["price_cents"] is None else current["price_cents"] / 100,
                                **fields})
        clash = appointments.service_by_name(self._db, values["name"])
        if clash and clash["id"] != service_id:
            raise _taken(values["name"])
        changes = {key: value for key, value in values.items() if current[key] != value}
        if not changes:
            return
        with self.unit_of_work() as uow:
            uow.update("service", service_id, {**changes, "updated_at": timeutil.iso(timeutil.now())})
            self.log(uow, "service_edited", "service", service_id, fields=sorted(changes))
        self.changed("service")

    @requires(Perm.SERVICES_EDIT)
    def archive(self, service_id: str) -> None:
        """No new bookings; appointments already made keep it."""
        self._set_active(service_id, False)

    @requires(Perm.SERVICES_EDIT)
    def restore(self, service_id: str) -> None:
        self._set_active(service_id, True)

    @requires(Perm.CLIENT_READ)
    def get(self, service_id: str) -> dict[str, Any]:
        row = appointments.service_by_id(self._db, service_id)
        if row is None:
            raise NotFound(QT_TRANSLATE_NOOP("Messages", "No service with id {id}."), id=service_id)
        return row

    def _set_active(self, service_id: str, active: bool) -> None:
        row = self.get(service_id)
        if bool(row["active"]) == active:
            return
        with self.unit_of_work() as uow:
            uow.update("service", service_id, {"active": int(active), "updated_at": timeutil.iso(timeutil.now())})
            self.log(uow, "service_restored" if active else "service_archived", "service", service_id)
        self.changed("service")

    @staticmethod
    def _checked(fields: dict[str, Any]) -> dict[str, Any]:
        values = collect({
            "name": lambda: _name(fields["name"]),
            "category": lambda: " ".join((fields.get("category") or "").split())[:MAX_NAME],
            "minutes": lambda: _minutes(fields["minutes"], 5, DURATION),
            "processing_minutes": lambda: _minutes(fields.get("processing_minutes") or 0, 0, PROCESSING),
            "price": lambda: parse_price(fields.get("price")),
            "colour": lambda: _colour(fields.get("colour")),
        })
        values["price_cents"] = values.pop("price")
        if values["minutes"] + values["processing_minutes"] > 12 * 60:  # an appointment lasts 12 hours at most
            raise FieldErrors({"processing_minutes": InputError(QT_TRANSLATE_NOOP(
                "Messages", "With its processing time, a service lasts 12 hours at most."))})
        return values
