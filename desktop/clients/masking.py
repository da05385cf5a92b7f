"""What a role sees of a client. Used by every view, search and export, so masking cannot leak."""
from __future__ import annotations

from typing import Any

from desktop.clients.contact import display_phone

MASK = "•"


def mask_email(email: str | None) -> str | None:
    if not email:
        return email
    return email[:4] + MASK * 3


def mask_phone(e164: str | None) -> str | None:
    if not e164:
        return e164
    return MASK * 2 + " " + MASK * 2 + " " + MASK * 2 + " " + e164[-4:-2] + " " + e164[-2:]


def masked_last_name(last: str | None) -> str:
    last = (last or "").strip()
    return (last[:1] + ".") if last else ""


def display_name(first: str, last: str, *, contact: bool) -> str:
    return f"{first} {last if contact else masked_last_name(last)}".strip()


def view(client: dict[str, Any], *, contact: bool, notes: bool, display: bool = True) -> dict[str, Any]:
    """A copy of the client row fit for this role; adds `masked` and (with `display`) a formatted phone."""
    shown = dict(client)
    shown["masked"] = not contact
    shown["notes_hidden"] = not notes
    if contact:
        shown["phone_display"] = display_phone(client.get("phone")) if display else client.get("phone")
    else:
        shown["last_name"] = masked_last_name(client.get("last_name"))
        shown["email"] = mask_email(client.get("email"))
        shown["phone"] = mask_phone(client.get("phone"))
        shown["phone_display"] = shown["phone"] or ""
        shown["birth_date"] = None
    if not notes:
        shown["notes"] = None
    return shown
