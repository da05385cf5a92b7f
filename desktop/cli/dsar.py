"""`salon-desk dsar …`: data-subject requests (open, list, extend, close), the access report and erasure."""
from __future__ import annotations

import argparse

from desktop import i18n
from desktop.cli.common import C, action, global_options, group, number, output_file
from desktop.cli.help import h
from desktop.privacy.service import CHANNELS, KIND_LABELS, KINDS
from storage.errors import QT_TRANSLATE_NOOP

STATUS = {"open": QT_TRANSLATE_NOOP("CLI", "open"), "closed": QT_TRANSLATE_NOOP("CLI", "closed")}
OVERDUE = QT_TRANSLATE_NOOP("CLI", "overdue")
ERASED = QT_TRANSLATE_NOOP("CLI", "(erased)")
_REQUEST_KEYS = ("id", "client_id", "client", "kind", "received_on", "channel", "due", "days_left", "overdue",
                 "status", "extended_due_on", "extension_reason", "closed_on", "client_erased")


def register(commands, common) -> None:
    dsar = group(commands, common, "dsar", h(QT_TRANSLATE_NOOP("CLI", "data-subject requests (access, erasure, ...)")))
    opened = action(dsar, common, "open", _open, help=h(QT_TRANSLATE_NOOP(
        "CLI", "log a request; its due date follows the legal clock")))
    opened.add_argument("client")
    opened.add_argument("--kind", required=True, choices=KINDS)
    opened.add_argument("--received", metavar="YYYY-MM-DD", help=h(QT_TRANSLATE_NOOP("CLI", "default: today")))
    opened.add_argument("--channel", default="desk", choices=CHANNELS)
    listed = action(dsar, common, "list", _list, help=h(QT_TRANSLATE_NOOP("CLI", "open requests by due date")))
    listed.add_argument("--due-within", type=number(0, 3650), metavar="DAYS")
    listed.add_argument("--all", action="store_true", help=h(QT_TRANSLATE_NOOP("CLI", "closed requests too")))
    extend = action(dsar, common, "extend", _extend,
                    help=h(QT_TRANSLATE_NOOP("CLI", "two more months, with the reason the client is told")))
    extend.add_argument("request")
    extend.add_argument("--reason", required=True)
    # `--json FILE` here is the report's JSON copy; a bare `--json` still asks for JSON output.
    no_json = argparse.ArgumentParser(add_help=False)
    global_options(no_json, defaults=False, with_json=False)
    report = dsar.add_parser("report", parents=[no_json], help=h(QT_TRANSLATE_NOOP(
        "CLI", "the access report (PDF, optionally JSON)")))
    report.set_defaults(handler=_report)
    report.add_argument("client")
    report.add_argument("--pdf", required=True, metavar="FILE", type=output_file)
    report.add_argument("--json", dest="json_file", metavar="FILE", nargs="?", const=True, type=output_file)
    report.add_argument("--lang", default="fr", choices=["fr", "en"])
    report.add_argument("--request", help=h(QT_TRANSLATE_NOOP(
        "CLI", "the request this answers (its register entry keeps the fingerprint)")))
    export = action(dsar, common, "export", _export, help=h(QT_TRANSLATE_NOOP(
        "CLI", "the portability export (JSON, optionally a CSV zip)")))
    export.add_argument("client")
    export.add_argument("--json-file", required=True, metavar="FILE", type=output_file)
    export.add_argument("--csv-zip", metavar="FILE", type=output_file)
    export.add_argument("--request")
    erase = action(dsar, common, "erase", _erase, help=h(QT_TRANSLATE_NOOP(
        "CLI", "erase a client everywhere, keeping only what the law needs")))
    erase.add_argument("client")
    erase.add_argument("--certificate", metavar="FILE", type=output_file)
    erase.add_argument("--request")
    erase.add_argument("--lang", default="fr", choices=["fr", "en"])
    close = action(dsar, common, "close", _close, help=h(QT_TRANSLATE_NOOP("CLI", "close a request once answered")))
    close.add_argument("request")
    close.add_argument("--outcome")


def _reauthenticated(desk, args) -> None:
    """The CLI's sign-in password counts as typed just now (reports and erasure ask for it again in the app)."""
    desk.reauthenticate(args.signin_password)


def _open(desk, args, out, stdin) -> int:
    request_id = desk.requests.open(args.client, args.kind, received_on=args.received, channel=args.channel)
    row = desk.requests.get(request_id)
    out.done({"ok": True, "id": request_id, "due": row["due"]},
             i18n.tr(C, QT_TRANSLATE_NOOP("CLI", "Request {id} logged; answer due by {due}."), id=request_id,
                     due=row["due"]))
    return 0


def _list(desk, args, out, stdin) -> int:
    rows = desk.requests.list(due_within=args.due_within, include_closed=args.all)
    def line(r) -> str:  # the text output speaks the user's language; the JSON keeps the stable English values
        kind = i18n.translate("Privacy", KIND_LABELS[r["kind"]])
        status = i18n.tr(C, STATUS[r["status"]] if not r["overdue"] else OVERDUE)
        who = r["client"] or i18n.tr(C, ERASED if r["client_erased"] else QT_TRANSLATE_NOOP("CLI", "(hidden)"))
        return f"{r['due']}  {r['days_left']:>4}  {kind:<38} {status:<10} {who:<24} {r['id']}"

    text = "\n".join(line(r) for r in rows)
    out.done({"ok": True, "requests": [{k: r[k] for k in _REQUEST_KEYS} for r in rows]}, text)
    return 0


def _extend(desk, args, out, stdin) -> int:
    due = desk.requests.extend(args.request, args.reason)
    out.done({"ok": True, "id": args.request, "due": due},
             i18n.tr(C, QT_TRANSLATE_NOOP("CLI", "Extended: the answer is now due by {due}. Tell the client why."),
                     due=due))
    return 0


def _report(desk, args, out, stdin) -> int:
    if args.json_file is True:
        out.as_json, args.json_file = True, None
    _reauthenticated(desk, args)
    result = desk.privacy.report(args.client, args.pdf, json_path=args.json_file, language=args.lang,
                                 request_id=args.request)
    out.done({"ok": True, **result},
             i18n.tr(C, QT_TRANSLATE_NOOP("CLI", "Access report written to {path} (fingerprint {fingerprint})."),
                     path=args.pdf, fingerprint=result["fingerprint"][:16]))
    return 0


def _export(desk, args, out, stdin) -> int:
    _reauthenticated(desk, args)
    result = desk.privacy.portability(args.client, args.json_file, csv_path=args.csv_zip, request_id=args.request)
    out.done({"ok": True, **result},
             i18n.tr(C, QT_TRANSLATE_NOOP("CLI", "Portability export written to {path}."), path=args.json_file))
    return 0


def _erase(desk, args, out, stdin) -> int:
    _reauthenticated(desk, args)
    result = desk.privacy.erase(args.client, request_id=args.request, certificate_path=args.certificate,
                                language=args.lang)
    out.done({"ok": True, **result},
             i18n.tr(C, QT_TRANSLATE_NOOP("CLI", "Client erased (erasure {id})."), id=result["erasure_id"]))
    return 0


def _close(desk, args, out, stdin) -> int:
    desk.requests.close(args.request, args.outcome)
    out.done({"ok": True, "id": args.request, "status": "closed"},
             i18n.tr(C, QT_TRANSLATE_NOOP("CLI", "Request closed.")))
    return 0
