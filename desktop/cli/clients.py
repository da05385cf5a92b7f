"""`salon-desk client …`: add, edit, show and find clients, masked for the signed-in role."""
from __future__ import annotations

from typing import Any

from desktop import i18n
from desktop.cli.common import C, action, group, number
from desktop.cli.help import h
from storage.errors import QT_TRANSLATE_NOOP


def register(commands, common) -> None:
    client = group(commands, common, "client", h(QT_TRANSLATE_NOOP("CLI", "clients")))
    cadd = action(client, common, "add", _client_add, help=h(QT_TRANSLATE_NOOP(
        "CLI", "add a client file; prints its id")))
    cadd.add_argument("--first-name", required=True)
    cadd.add_argument("--last-name", required=True)
    cedit = action(client, common, "edit", _client_edit, help=h(QT_TRANSLATE_NOOP(
        "CLI", "change a client file's fields")))
    cedit.add_argument("id")
    cedit.add_argument("--first-name")
    cedit.add_argument("--last-name")
    for sub in (cadd, cedit):
        sub.add_argument("--email")
        sub.add_argument("--phone")
        sub.add_argument("--birth-date")
        sub.add_argument("--notes")
        sub.add_argument("--not-health", action="store_true",
                         help=h(QT_TRANSLATE_NOOP(
                             "CLI", "the notes only look like health information: keep them (logged with your login)")))
    cadd.add_argument("--source", default="direct", choices=["direct", "widget", "marketplace", "import"])
    show = action(client, common, "show", _client_show, help=h(QT_TRANSLATE_NOOP(
        "CLI", "one client file, as your role may see it")))
    show.add_argument("id")
    show.add_argument("--unmasked", action="store_true", help=h(QT_TRANSLATE_NOOP(
        "CLI", "full contact details (manager and owner)")))
    find = action(client, common, "find", _client_find, help=h(QT_TRANSLATE_NOOP(
        "CLI", "find clients by name, phone or email")))
    find.add_argument("text")
    find.add_argument("--limit", type=number(1, 1000), default=50)


def _client_fields(args) -> dict[str, Any]:
    names = ("first_name", "last_name", "email", "phone", "birth_date", "notes")
    return {name: getattr(args, name) for name in names if getattr(args, name, None) is not None}


def _client_add(desk, args, out, stdin) -> int:
    client_id = desk.clients.add(source=args.source, not_health=args.not_health, **_client_fields(args))
    out.done({"ok": True, "id": client_id}, client_id)
    return 0


def _client_edit(desk, args, out, stdin) -> int:
    desk.clients.edit(args.id, not_health=args.not_health, **_client_fields(args))
    out.done({"ok": True, "id": args.id}, i18n.tr(C, QT_TRANSLATE_NOOP("CLI", "Client updated.")))
    return 0


_SHOWN = ("id", "first_name", "last_name", "email", "phone", "birth_date", "notes", "source", "created_at",
          "updated_at", "masked")


def _client_show(desk, args, out, stdin) -> int:
    client = desk.clients.show(args.id, unmasked=args.unmasked, purpose="cli")
    data = {key: client.get(key) for key in _SHOWN}
    text = "\n".join(f"{key}: {'' if data[key] is None else data[key]}" for key in _SHOWN)
    out.done({"ok": True, "client": data}, text)
    return 0


def _client_find(desk, args, out, stdin) -> int:
    rows = desk.clients.rows(desk.clients.search(args.text, limit=max(1, args.limit)))
    found = [{key: row.get(key) for key in ("id", "first_name", "last_name", "email", "phone")} for row in rows]
    text = "\n".join(f"{r['id']}  {r['last_name']}, {r['first_name']}  {r['phone'] or ''}  {r['email'] or ''}"
                     for r in found)
    out.done({"ok": True, "clients": found}, text)
    if not found and not out.as_json:  # stdout stays empty for scripts; a person reads why
        out.problems([i18n.tr(C, QT_TRANSLATE_NOOP("CLI", "No client found."))])
    return 0
