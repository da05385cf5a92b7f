"""`salon-desk`: the headless face of the same services the app uses.

Exit codes: 0 ok; 1 bad input (nothing written); 2 usage; 3 authentication failed or locked;
4 permission denied. With --json, stdout is one JSON object.
"""
from __future__ import annotations

import argparse
import getpass
import json
import sys
from datetime import date
from typing import Any, Callable

from desktop import __version__, i18n
from desktop.paths import Layout, home_dir
from storage.errors import QT_TRANSLATE_NOOP, InputError, SalonError

C = "CLI"
EXIT_USAGE = 2


class UsageError(Exception):
    pass


class Output:
    def __init__(self, as_json: bool) -> None:
        self.as_json = as_json

    def done(self, data: dict[str, Any], text: str | None) -> None:
        if self.as_json:
            print(json.dumps(data, ensure_ascii=False, indent=None))
        elif text is not None:
            print(text)

    def fail(self, message: str, code: int) -> int:
        print(f"salon-desk: {message}", file=sys.stderr)
        if self.as_json:
            print(json.dumps({"ok": False, "error": message, "exit_code": code}, ensure_ascii=False))
        return code


class Stdin:
    """Passwords and codes, one per line, from stdin (or a prompt when stdin is a terminal)."""

    def __init__(self, piped: bool) -> None:
        self.piped = piped

    def line(self, prompt: str) -> str:
        if self.piped or not sys.stdin.isatty():
            text = sys.stdin.readline()
            if not text:
                raise UsageError(i18n.tr(C, QT_TRANSLATE_NOOP("CLI", "Expected another line on stdin.")))
            return text.rstrip("\r\n")
        return getpass.getpass(prompt)


def _global_options(parser: argparse.ArgumentParser, defaults: bool) -> None:
    kw = {} if defaults else {"default": argparse.SUPPRESS}
    parser.add_argument("--home", help="salon data folder (default: SALON_DESK_HOME or the user data folder)", **kw)
    parser.add_argument("--user", help="staff login", **kw)
    parser.add_argument("--password-stdin", action="store_true", help="read the password from stdin's first line", **kw)
    parser.add_argument("--json", action="store_true", help="print one JSON object", **kw)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="salon-desk", description="Salon Desk: clients, consent and staff.")
    parser.add_argument("--version", action="version", version=f"salon-desk {__version__}")
    _global_options(parser, defaults=True)
    common = argparse.ArgumentParser(add_help=False)
    _global_options(common, defaults=False)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    init = commands.add_parser("init", parents=[common], help="set up a new salon (owner password on stdin)")
    init.add_argument("--salon", required=True)
    init.add_argument("--owner", required=True)
    init.add_argument("--owner-name", default="")
    init.add_argument("--address", default="")
    init.add_argument("--recovery-sheet", metavar="FILE.pdf")

    commands.add_parser("recover", parents=[common],
                        help="unlock with the recovery code (stdin) and put the key back in the keyring")
    commands.add_parser("verify", parents=[common], help="check encryption, integrity and the audit chain")

    staff = commands.add_parser("staff", parents=[common], help="staff accounts").add_subparsers(
        dest="action", metavar="ACTION", required=True)
    add = staff.add_parser("add", parents=[common])
    add.add_argument("login")
    add.add_argument("--role", required=True, choices=["owner", "manager", "employee"])
    add.add_argument("--name", default="")
    staff.add_parser("list", parents=[common])
    for name in ("deactivate", "reactivate", "unlock", "reset-password"):
        staff.add_parser(name, parents=[common]).add_argument("login")
    role = staff.add_parser("set-role", parents=[common])
    role.add_argument("login")
    role.add_argument("role", choices=["owner", "manager", "employee"])
    staff.add_parser("set-password", parents=[common], help="change your own password")

    client = commands.add_parser("client", parents=[common], help="clients").add_subparsers(
        dest="action", metavar="ACTION", required=True)
    cadd = client.add_parser("add", parents=[common])
    cadd.add_argument("--first-name", required=True)
    cadd.add_argument("--last-name", required=True)
    cedit = client.add_parser("edit", parents=[common])
    cedit.add_argument("id")
    cedit.add_argument("--first-name")
    cedit.add_argument("--last-name")
    for sub in (cadd, cedit):
        sub.add_argument("--email")
        sub.add_argument("--phone")
        sub.add_argument("--birth-date")
        sub.add_argument("--notes")
    cadd.add_argument("--source", default="direct", choices=["direct", "widget", "marketplace", "import"])
    show = client.add_parser("show", parents=[common])
    show.add_argument("id")
    show.add_argument("--unmasked", action="store_true", help="full contact details (manager and owner)")
    find = client.add_parser("find", parents=[common])
    find.add_argument("text")
    find.add_argument("--limit", type=int, default=50)
    service = commands.add_parser("service", parents=[common], help="services the salon offers").add_subparsers(
        dest="action", metavar="ACTION", required=True)
    sadd = service.add_parser("add", parents=[common])
    sadd.add_argument("name")
    sadd.add_argument("--minutes", type=int, required=True)
    sadd.add_argument("--price", type=float, metavar="EUR", help="informational only: no payments are recorded")
    appointment = commands.add_parser("appointment", parents=[common], help="appointments").add_subparsers(
        dest="action", metavar="ACTION", required=True)
    aadd = appointment.add_parser("add", parents=[common])
    aadd.add_argument("client")
    aadd.add_argument("--service", required=True)
    aadd.add_argument("--staff", required=True, metavar="LOGIN")
    aadd.add_argument("--start", required=True, metavar="YYYY-MM-DDTHH:MM")
    aadd.add_argument("--minutes", type=int)
    aadd.add_argument("--allow-overlap", action="store_true")
    alist = appointment.add_parser("list", parents=[common])
    alist.add_argument("--day", required=True, metavar="YYYY-MM-DD")
    astatus = appointment.add_parser("status", parents=[common])
    astatus.add_argument("id")
    astatus.add_argument("status", choices=["booked", "done", "cancelled", "no-show"])
    aconfirm = appointment.add_parser("confirmation", parents=[common], help="the booking confirmation as a PDF")
    aconfirm.add_argument("id")
    aconfirm.add_argument("--pdf", required=True, metavar="FILE")

    health = commands.add_parser("health", parents=[common], help="health data").add_subparsers(
        dest="action", metavar="ACTION", required=True)
    health.add_parser("purge", parents=[common], help="owner: delete health data past its retention period")

    consent = commands.add_parser("consent", parents=[common], help="marketing consent").add_subparsers(
        dest="action", metavar="ACTION", required=True)
    record = consent.add_parser("record", parents=[common])
    record.add_argument("client")
    record.add_argument("--channel", required=True, choices=["email", "sms"])
    record.add_argument("--decision", required=True, choices=["granted", "refused", "withdrawn"])
    record.add_argument("--method", required=True,
                        choices=["desk", "phone", "paper", "online", "marketplace", "link", "sms-stop"])
    record.add_argument("--text-version", type=int, help="the version shown (default: the current one)")
    record.add_argument("--language", default="fr", choices=["fr", "en"])
    record.add_argument("--source", help="which site or form, for online decisions")
    record.add_argument("--evidence", help="booking id, or file hash and row")
    consent.add_parser("status", parents=[common]).add_argument("client")
    register = consent.add_parser("register", parents=[common])
    register.add_argument("--csv", required=True, metavar="FILE")
    register.add_argument("--client")
    register.add_argument("--channel", choices=["email", "sms"])
    register.add_argument("--since", metavar="YYYY-MM-DD")
    register.add_argument("--until", metavar="YYYY-MM-DD")
    audience = consent.add_parser("audience", parents=[common])
    audience.add_argument("--channel", required=True, choices=["email", "sms"])
    audience.add_argument("--csv", required=True, metavar="FILE")
    consent.add_parser("suppression", parents=[common]).add_argument("--csv", required=True, metavar="FILE")
    proof = consent.add_parser("proof", parents=[common])
    proof.add_argument("client")
    proof.add_argument("--pdf", required=True, metavar="FILE")
    text = consent.add_parser("text", parents=[common], help="show or edit the consent wording")
    text.add_argument("--channel", required=True, choices=["email", "sms"])
    text.add_argument("--language", default="fr", choices=["fr", "en"])
    text.add_argument("--version", type=int)
    text.add_argument("--set-from", metavar="FILE", help="owner: a new version from this UTF-8 file")
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0)
    if args.command is None:
        from desktop import gui
        return gui.run(Layout(home_dir(args.home)))
    out = Output(args.json)
    try:
        i18n.install()
    except ImportError:
        pass
    try:
        return _dispatch(args, out, Stdin(args.password_stdin))
    except UsageError as exc:
        return out.fail(str(exc), EXIT_USAGE)
    except SalonError as exc:
        return out.fail(exc.message(i18n.translate), exc.exit_code)
    except KeyboardInterrupt:
        return out.fail("interrupted", 130)


def _dispatch(args, out: Output, stdin: Stdin) -> int:
    layout = Layout(home_dir(args.home))
    if args.command == "init":
        return _init(args, layout, out, stdin)
    from desktop import store as stores

    if args.command == "recover":
        code = stdin.line(i18n.tr(C, QT_TRANSLATE_NOOP("CLI", "Recovery code: ")))
        store, saved = stores.open_with_recovery_code(layout, code)
        store.close()
        message = (QT_TRANSLATE_NOOP("CLI", "Unlocked. The key is back in this PC's keyring.") if saved else
                   QT_TRANSLATE_NOOP("CLI", "The code is right, but this PC has no usable keyring: "
                                            "use the code again next time."))
        out.done({"ok": True, "key_saved_to_keyring": saved}, i18n.tr(C, message))
        return 0
    if not args.user:
        raise UsageError(i18n.tr(C, QT_TRANSLATE_NOOP("CLI", "This command needs --user LOGIN.")))
    store = stores.open_store(layout)
    try:
        from desktop import auth

        password = stdin.line(i18n.tr(C, QT_TRANSLATE_NOOP("CLI", "Password for {user}: "), user=args.user))
        desk = auth.login(store, args.user, password)
        args.signin_password = password  # set-password: the current password is the one just used
        handler = HANDLERS[(args.command, getattr(args, "action", None))]
        return handler(desk, args, out, stdin)
    finally:
        store.close()


def _init(args, layout: Layout, out: Output, stdin: Stdin) -> int:
    from desktop import recovery_sheet, setup

    password = stdin.line(i18n.tr(C, QT_TRANSLATE_NOOP("CLI", "Owner password: ")))
    if not stdin.piped and sys.stdin.isatty():
        again = stdin.line(i18n.tr(C, QT_TRANSLATE_NOOP("CLI", "Owner password again: ")))
        if again != password:
            raise UsageError(i18n.tr(C, QT_TRANSLATE_NOOP("CLI", "The two passwords differ.")))
    store, code = setup.init_salon(layout, salon_name=args.salon, owner_login=args.owner, owner_password=password,
                                   address=args.address, owner_name=args.owner_name)
    store.close()
    sheet = None
    if args.recovery_sheet:
        recovery_sheet.save(args.recovery_sheet, code, args.salon, date.today().strftime("%d/%m/%Y"))
        sheet = args.recovery_sheet
    text = "\n".join([
        i18n.tr(C, QT_TRANSLATE_NOOP("CLI", "Salon \"{salon}\" is ready in {home}."), salon=args.salon,
                home=str(layout.home)),
        i18n.tr(C, QT_TRANSLATE_NOOP("CLI", "Recovery code (shown only once; print it or write it down):")),
        code,
    ])
    out.done({"ok": True, "salon": args.salon, "owner": args.owner, "home": str(layout.home),
              "recovery_code": code, "recovery_sheet": sheet}, text)
    return 0


def _staff_add(desk, args, out, stdin) -> int:
    staff_id, otp = desk.staff.add(args.login, args.role, args.name)
    out.done({"ok": True, "id": staff_id, "login": args.login, "role": args.role, "one_time_password": otp},
             i18n.tr(C, QT_TRANSLATE_NOOP("CLI", "Added {login} ({role}). One-time password: {otp}"),
                     login=args.login, role=_role_label(args.role), otp=otp))
    return 0


def _role_label(role: str) -> str:
    from desktop.permissions import ROLE_LABELS, Role

    return i18n.translate("Roles", ROLE_LABELS[Role(role)])


def _staff_list(desk, args, out, stdin) -> int:
    rows = desk.staff.list()
    active, inactive, locked = (i18n.tr(C, QT_TRANSLATE_NOOP("CLI", "active")),
                                i18n.tr(C, QT_TRANSLATE_NOOP("CLI", "deactivated")),
                                i18n.tr(C, QT_TRANSLATE_NOOP("CLI", "locked")))
    lines = [f"{r['login']:<20} {_role_label(r['role']):<12} {active if r['active'] else inactive:<12}"
             f"{locked if r['locked'] else ''}" for r in rows]
    out.done({"ok": True, "staff": rows}, "\n".join(lines))
    return 0


def _staff_simple(method: str, message: str) -> Callable:
    def handler(desk, args, out, stdin) -> int:
        getattr(desk.staff, method)(args.login)
        out.done({"ok": True, "login": args.login, "action": method}, i18n.tr(C, message, login=args.login))
        return 0
    return handler


def _staff_reset(desk, args, out, stdin) -> int:
    otp = desk.staff.reset_password(args.login)
    out.done({"ok": True, "login": args.login, "one_time_password": otp},
             i18n.tr(C, QT_TRANSLATE_NOOP("CLI", "New one-time password for {login}: {otp}"), login=args.login, otp=otp))
    return 0


def _staff_role(desk, args, out, stdin) -> int:
    desk.staff.set_role(args.login, args.role)
    out.done({"ok": True, "login": args.login, "role": args.role},
             i18n.tr(C, QT_TRANSLATE_NOOP("CLI", "{login} is now {role}."), login=args.login,
                     role=_role_label(args.role)))
    return 0


def _staff_password(desk, args, out, stdin) -> int:
    new = stdin.line(i18n.tr(C, QT_TRANSLATE_NOOP("CLI", "New password: ")))
    desk.staff.set_own_password(args.signin_password, new)
    out.done({"ok": True, "login": desk.session.login, "changed": True},
             i18n.tr(C, QT_TRANSLATE_NOOP("CLI", "Password changed.")))
    return 0


def _client_fields(args) -> dict[str, Any]:
    names = ("first_name", "last_name", "email", "phone", "birth_date", "notes")
    return {name: getattr(args, name) for name in names if getattr(args, name, None) is not None}


def _client_add(desk, args, out, stdin) -> int:
    client_id = desk.clients.add(source=args.source, **_client_fields(args))
    out.done({"ok": True, "id": client_id}, client_id)
    return 0


def _client_edit(desk, args, out, stdin) -> int:
    desk.clients.edit(args.id, **_client_fields(args))
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
    return 0


def _verify(desk, args, out, stdin) -> int:
    found = desk.verify.run()
    failures = [f"{check}: {problem}" for check, items in found.items() for problem in items]
    ok = not failures
    text = i18n.tr(C, QT_TRANSLATE_NOOP("CLI", "All checks passed.")) if ok else "\n".join(failures)
    if ok:
        out.done({"ok": True, "checks": found}, text)
        return 0
    out.done({"ok": False, "checks": found}, None)
    print("\n".join(failures), file=sys.stderr)
    return 1


def _consent_record(desk, args, out, stdin) -> int:
    version = args.text_version
    if version is None and args.decision in ("granted", "refused"):  # the wording shown when asking
        version = desk.consent.text(args.channel, args.language)["version"]
    event = desk.consent.record(args.client, args.channel, args.decision, args.method.replace("-", "_"),
                                text_version=version, language=args.language, source=args.source,
                                evidence=args.evidence)
    out.done({"ok": True, "event_id": event["id"], "text_version": event["text_version"],
              "text_sha256": event["text_sha256"]}, event["id"])
    return 0


def _consent_status(desk, args, out, stdin) -> int:
    desk.clients.show(args.client, purpose="consent_status")  # unknown id: one clear error
    statuses = desk.consent.status(args.client)
    channels = {channel: state.as_dict() for channel, state in statuses.items()}
    text = "\n".join(f"{channel}: {s['status']}" + (f" since {s['since']} (text v{s['text_version']})"
                                                    if s["since"] else "") for channel, s in channels.items())
    out.done({"ok": True, "client_id": args.client, "channels": channels}, text)
    return 0


def _day(value: str | None) -> str | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise UsageError(i18n.tr(C, QT_TRANSLATE_NOOP("CLI", "Dates are written YYYY-MM-DD."))) from None


def _export_done(out, path: str, count: int) -> int:
    out.done({"ok": True, "path": path, "rows": count},
             i18n.tr(C, QT_TRANSLATE_NOOP("CLI", "{count} rows written to {path}."), count=count, path=path))
    return 0


def _consent_register(desk, args, out, stdin) -> int:
    return _export_done(out, args.csv, desk.consent_exports.register(
        args.csv, client_id=args.client, channel=args.channel, since=_day(args.since), until=_day(args.until)))


def _consent_audience(desk, args, out, stdin) -> int:
    return _export_done(out, args.csv, desk.consent_exports.audience(args.channel, args.csv))


def _consent_suppression(desk, args, out, stdin) -> int:
    return _export_done(out, args.csv, desk.consent_exports.suppression(args.csv))


def _consent_proof(desk, args, out, stdin) -> int:
    count = desk.consent_exports.proof(args.client, args.pdf)
    out.done({"ok": True, "path": args.pdf, "events": count},
             i18n.tr(C, QT_TRANSLATE_NOOP("CLI", "Consent proof with {count} events written to {path}."),
                     count=count, path=args.pdf))
    return 0


def _consent_text(desk, args, out, stdin) -> int:
    if args.set_from:
        try:
            body = open(args.set_from, encoding="utf-8").read()
        except (OSError, UnicodeDecodeError) as exc:
            raise InputError(QT_TRANSLATE_NOOP("Messages", "Cannot read {path} as UTF-8 text."),
                             path=args.set_from) from exc
        row = desk.consent.edit_text(args.channel, body, args.language)
    else:
        row = desk.consent.text(args.channel, args.language, args.version)
    out.done({"ok": True, "channel": args.channel, "language": row["language"], "version": row["version"],
              "sha256": row["sha256"], "text": row["body"]}, f"v{row['version']} {row['sha256']}\n{row['body']}")
    return 0


def _service_add(desk, args, out, stdin) -> int:
    service_id = desk.booking.add_service(args.name, args.minutes, args.price)
    out.done({"ok": True, "id": service_id}, service_id)
    return 0


def _appointment_add(desk, args, out, stdin) -> int:
    appointment_id = desk.booking.book(args.client, args.service, args.staff, args.start, minutes=args.minutes,
                                       allow_overlap=args.allow_overlap)
    out.done({"ok": True, "id": appointment_id}, appointment_id)
    return 0


def _appointment_list(desk, args, out, stdin) -> int:
    from desktop import timefmt

    rows = desk.booking.day(args.day)
    keys = ("id", "client_id", "client", "service", "staff", "starts_at", "ends_at", "status")
    text = "\n".join(f"{timefmt.local(r['starts_at'])[-5:]}-{timefmt.local(r['ends_at'])[-5:]}  {r['staff']:<12} "
                     f"{r['service']:<20} {r['client']:<24} {r['status']:<9} {r['id']}" for r in rows)
    out.done({"ok": True, "day": args.day, "appointments": [{k: r[k] for k in keys} for r in rows]}, text)
    return 0


def _appointment_status(desk, args, out, stdin) -> int:
    desk.booking.set_status(args.id, args.status)
    out.done({"ok": True, "id": args.id, "status": args.status.replace("-", "_")},
             i18n.tr(C, QT_TRANSLATE_NOOP("CLI", "Appointment updated.")))
    return 0


def _appointment_confirmation(desk, args, out, stdin) -> int:
    desk.booking.confirmation(args.id, args.pdf)
    out.done({"ok": True, "id": args.id, "path": args.pdf},
             i18n.tr(C, QT_TRANSLATE_NOOP("CLI", "Confirmation written to {path}."), path=args.pdf))
    return 0


def _health_purge(desk, args, out, stdin) -> int:
    counts = desk.health.purge_expired()
    out.done({"ok": True, **counts},
             i18n.tr(C, QT_TRANSLATE_NOOP("CLI", "Deleted {tests} patch tests and {notes} health notes past retention."),
                     tests=counts["patch_tests"], notes=counts["notes"]))
    return 0


HANDLERS: dict[tuple[str, str | None], Callable] = {
    ("health", "purge"): _health_purge,
    ("appointment", "confirmation"): _appointment_confirmation,
    ("service", "add"): _service_add,
    ("appointment", "add"): _appointment_add,
    ("appointment", "list"): _appointment_list,
    ("appointment", "status"): _appointment_status,
    ("consent", "record"): _consent_record,
    ("consent", "status"): _consent_status,
    ("consent", "register"): _consent_register,
    ("consent", "audience"): _consent_audience,
    ("consent", "suppression"): _consent_suppression,
    ("consent", "proof"): _consent_proof,
    ("consent", "text"): _consent_text,
    ("staff", "add"): _staff_add,
    ("staff", "list"): _staff_list,
    ("staff", "deactivate"): _staff_simple("deactivate", QT_TRANSLATE_NOOP("CLI", "{login} is deactivated.")),
    ("staff", "reactivate"): _staff_simple("reactivate", QT_TRANSLATE_NOOP("CLI", "{login} is active again.")),
    ("staff", "unlock"): _staff_simple("unlock", QT_TRANSLATE_NOOP("CLI", "{login} is unlocked.")),
    ("staff", "reset-password"): _staff_reset,
    ("staff", "set-role"): _staff_role,
    ("staff", "set-password"): _staff_password,
    ("client", "add"): _client_add,
    ("client", "edit"): _client_edit,
    ("client", "show"): _client_show,
    ("client", "find"): _client_find,
    ("verify", None): _verify,
}


if __name__ == "__main__":
    sys.exit(main())
