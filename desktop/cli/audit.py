"""`salon-desk audit …`: the owner reads the audit log, or exports it as CSV."""
from __future__ import annotations

from desktop import i18n
from desktop.cli.common import C, action, day, export_done, group, number, output_file
from desktop.cli.help import h
from storage.errors import QT_TRANSLATE_NOOP


def register(commands, common) -> None:
    audit = group(commands, common, "audit", h(QT_TRANSLATE_NOOP("CLI", "the audit log (owner)")))
    action(audit, common, "prune", _audit_prune, help=h(QT_TRANSLATE_NOOP(
        "CLI", "owner: delete rows past the audit log's retention period")))
    for name, handler, text in (("list", _audit_list, QT_TRANSLATE_NOOP("CLI", "the audit log, newest first")),
                                ("export", _audit_export, QT_TRANSLATE_NOOP("CLI", "the audit log as CSV"))):
        sub = action(audit, common, name, handler, help=h(text))
        sub.add_argument("--staff", metavar="LOGIN")
        sub.add_argument("--action")
        sub.add_argument("--since", metavar="YYYY-MM-DD")
        sub.add_argument("--until", metavar="YYYY-MM-DD")
        if name == "list":
            sub.add_argument("--limit", type=number(1, 1_000_000), default=100)
        else:
            sub.add_argument("--csv", required=True, metavar="FILE", type=output_file)


def _filters(args) -> dict:
    return {"staff_login": args.staff, "action": args.action, "since": day(args.since), "until": day(args.until)}


def _audit_list(desk, args, out, stdin) -> int:
    rows = desk.audit.entries(limit=max(1, args.limit), **_filters(args))
    keys = ("seq", "at", "staff", "action", "object_type", "object_id", "details")
    text = "\n".join(f"{r['seq']:>6} {r['at']}  {r['staff'] or '-':<12} {r['action']:<22} "
                     f"{r['object_type'] or ''} {r['object_id'] or ''} {r['details']}" for r in rows)
    out.done({"ok": True, "entries": [{k: r[k] for k in keys} for r in rows]}, text)
    return 0


def _audit_export(desk, args, out, stdin) -> int:
    return export_done(out, args.csv, desk.audit.export(args.csv, **_filters(args)))


def _audit_prune(desk, args, out, stdin) -> int:
    done = desk.audit.prune()
    out.done({"ok": True, **done},
             i18n.tr(C, QT_TRANSLATE_NOOP("CLI", "Deleted {rows} audit rows older than {months} months."),
                     rows=done["rows"], months=done["months"]))
    return 0
