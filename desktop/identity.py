"""The salon's identity: legal name, trade name, address, phone and email. Set in the first-run wizard, shown on
booking confirmations, consent texts and the access report. Not about clients: anyone may read it."""
from __future__ import annotations

from typing import Any

from desktop.clients import contact
from desktop.kernel.forms import collect
from desktop.kernel.operation import Service, public, requires
from desktop.kernel.permissions import Perm
from desktop.settings import SALON_LEGAL_NAME
from storage import timeutil
from storage.errors import QT_TRANSLATE_NOOP, InputError, Term

FIELDS = ("legal_name", "trade_name", "address", "phone", "email")
TRADE_NAME = Term(QT_TRANSLATE_NOOP("Fields", "trade name"), "Fields")
MAX_ADDRESS = 200


def _optional_name(value: str | None) -> str:
    value = " ".join((value or "").split())
    if len(value) > contact.MAX_NAME:
        raise InputError(QT_TRANSLATE_NOOP("Messages", "The legal name is limited to 100 characters."))
    return value


def _address(value: str | None) -> str:
    value = " ".join((value or "").split())
    if len(value) > MAX_ADDRESS:
        raise InputError(QT_TRANSLATE_NOOP("Messages", "The address is limited to 200 characters."))
    return value


def check(**fields: Any) -> dict[str, Any]:
    """Each field checked and cleaned; every mistake at once (FieldErrors). The trade name is required; the
    legal name defaults to it."""
    values = collect({
        "legal_name": lambda: _optional_name(fields.get("legal_name")),
        "trade_name": lambda: contact.name(fields.get("trade_name") or "", field=TRADE_NAME),
        "address": lambda: _address(fields.get("address")),
        "phone": lambda: contact.phone(fields.get("phone")),
        "email": lambda: contact.email(fields.get("email")),
    })
    values["legal_name"] = values["legal_name"] or values["trade_name"]
    return values


class IdentityService(Service):
    @public
    def get(self) -> dict[str, Any]:
        """legal_name, trade_name, address, phone (E.164), phone_display and email ('' when not given)."""
        salon_id, name, address, phone, email = self._db.execute(
            "SELECT id, name, address, phone, email FROM salon").fetchone()
        legal = self.desk.settings.get(SALON_LEGAL_NAME)  # one place: the consent texts read it too
        return {"id": salon_id, "trade_name": name, "legal_name": legal or name, "address": address or "",
                "phone": phone or "", "phone_display": contact.display_phone(phone), "email": email or ""}

    @requires(Perm.SETTINGS)
    def update(self, **fields: Any) -> None:
        current = self.get()
        values = check(**{**{key: current[key] for key in FIELDS}, **fields})
        row = {"name": values["trade_name"], "address": values["address"], "phone": values["phone"],
               "email": values["email"]}
        legal = "" if values["legal_name"] == values["trade_name"] else values["legal_name"]
        with self.unit_of_work() as uow:
            uow.update("salon", current["id"], {**row, "updated_at": timeutil.iso(timeutil.now())})
            self.log(uow, "salon_identity_changed", "salon", current["id"])
            if legal != self.desk.settings.get(SALON_LEGAL_NAME):
                self.desk.settings.set(SALON_LEGAL_NAME, legal)
        self.changed("salon")
