"""`salon-desk import …`: import a client file from other salon software (a dry run unless --commit), and the
kept import reports.

    import clients FILE [--commit] [--map COLUMN=field …] [--sheet NAME] [--duplicates merge|keep|skip]
                        [--attest-consent CHANNEL --evidence TEXT --obtained-on DATE --text-version V] …

It prints a JSON report: rows, imported, merged, duplicates, invalid (row and reason), card_numbers_blocked,
health_flagged, consent_events_created, … Nobody becomes consenting without an --attest-consent for that
channel (repeat the four options for the other channel).
"""
from __future__ import annotations

import json
from datetime import date

from desktop import i18n
from desktop.cli.common import C, UsageError, action, day, group
from desktop.cli.help import h
from desktop.imports.plan import DUPLICATE_ACTIONS, Attestation, Decisions
from storage.errors import QT_TRANSLATE_NOOP, InputError


def register(commands, common) -> None:
    imports = group(commands, common, "import", h(QT_TRANSLATE_NOOP("CLI", "import clients from other salon software")))
    clients = action(imports, common, "clients", _clients, help=h(QT_TRANSLATE_NOOP(
        "CLI", "a CSV or XLSX client file (a dry run without --commit)")))
    clients.add_argument("file")
    clients.add_argument("--commit", action="store_true", help=h(QT_TRANSLATE_NOOP(
        "CLI", "write the clients (all or nothing)")))
    clients.add_argument("--map", action="append", nargs="+", default=[], metavar="COLUMN=field",
                         help=h(QT_TRANSLATE_NOOP(
                             "CLI", "the field of a column (header name or letter); field 'ignore' leaves it out")))
    clients.add_argument("--sheet", metavar="NAME", help=h(QT_TRANSLATE_NOOP(
        "CLI", "XLSX: the sheet to read (default: the first)")))
    clients.add_argument("--duplicates", choices=DUPLICATE_ACTIONS, help=h(QT_TRANSLATE_NOOP(
        "CLI", "what to do with every duplicate: merge into the client found, keep as a new client, or skip (default: "
        "merge, but keep a family member who shares an email or a phone)")))
    clients.add_argument("--attest-consent", action="append", default=[], choices=["email", "sms"], metavar="CHANNEL",
                         help=h(QT_TRANSLATE_NOOP(
                             "CLI", "the file's consent column for this channel records real consent")))
    clients.add_argument("--evidence", action="append", default=[], metavar="TEXT",
                         help=h(QT_TRANSLATE_NOOP("CLI", "how the clients gave it (paper form, online form…)")))
    clients.add_argument("--obtained-on", action="append", default=[], metavar="DATE", help=h(QT_TRANSLATE_NOOP(
        "CLI", "when (YYYY-MM-DD)")))
    clients.add_argument("--text-version", action="append", default=[], type=int, metavar="V",
                         help=h(QT_TRANSLATE_NOOP(
                             "CLI", "the consent text version they were shown (salon-desk consent text)")))
    action(imports, common, "reports", _reports, help=h(QT_TRANSLATE_NOOP(
        "CLI", "the kept import reports, newest first")))
    report = action(imports, common, "report", _report, help=h(QT_TRANSLATE_NOOP(
        "CLI", "one import report, row by row")))
    report.add_argument("id")
    report.add_argument("--csv", metavar="FILE", help=h(QT_TRANSLATE_NOOP("CLI", "export it as CSV for Excel")))


def _attestations(args) -> list[Attestation]:
    lists = (args.attest_consent, args.evidence, args.obtained_on, args.text_version)
    if len({len(values) for values in lists}) != 1:
        raise UsageError(i18n.tr(C, QT_TRANSLATE_NOOP(
            "CLI", "Each --attest-consent needs its --evidence, --obtained-on and --text-version.")))
    found = []
    for channel, evidence, obtained, version in zip(*lists):
        found.append(Attestation(channel, evidence, _obtained_on(obtained), version))
    return found


def _obtained_on(value: str) -> date:
    """Strictly YYYY-MM-DD, as its help says (never 03/04/2024, a serial number or a two-digit year). A value
    not of that shape, or not a real date, is bad input (exit 1) like every other CLI date."""
    checked = day(value) if value else None
    if checked is None:  # day() lets an empty value through (an option left out); here it was given
        raise InputError(QT_TRANSLATE_NOOP(
            "Messages", "{value} is not a date: write YYYY-MM-DD, between 1900 and 2100."), value=value)
    return date.fromisoformat(checked)


def _clients(desk, args, out, stdin) -> int:
    attestations = _attestations(args)
    overrides = [item for group_ in args.map for item in group_]
    # the file's cells go once previewed: 100,000 rows of them would add 60 MB to the commit's peak
    plan = desk.imports.preview(desk.imports.read(args.file, sheet=args.sheet), overrides=overrides)
    decisions = Decisions(all_duplicates=args.duplicates)
    if args.commit:
        result = desk.imports.commit(plan, decisions, attestations=attestations)
    else:
        result = desk.imports.dry_run(plan, decisions, attestations=attestations)
    _print(out, result)
    return 0


def _reports(desk, args, out, stdin) -> int:
    found = desk.imports.reports()
    _print(out, {"ok": True, "reports": found})
    return 0


def _report(desk, args, out, stdin) -> int:
    found = desk.imports.report(args.id)
    if args.csv:
        count = desk.imports.export_report(args.id, args.csv)
        found = {**found, "csv": args.csv, "csv_rows": count}
    _print(out, {"ok": True, "report": found})
    return 0


def _print(out, data: dict) -> None:
    """A JSON report whether or not --json was given (compact with it, indented without)."""
    if out.as_json:
        out.done(data, None)
    else:
        print(json.dumps(data, ensure_ascii=False, indent=2))
