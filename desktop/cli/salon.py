"""`salon-desk init`, `recover` and `verify`: the salon itself (the first two need no sign-in)."""
from __future__ import annotations

import sys
from datetime import date

from desktop import i18n
from desktop.cli.common import C, UsageError, output_file
from desktop.paths import Layout
from desktop.salon import Salon
from desktop.cli.help import h
from storage import anchor as anchors, faults
from storage.errors import QT_TRANSLATE_NOOP


def register(commands, common) -> None:
    init = commands.add_parser("init", parents=[common], help=h(QT_TRANSLATE_NOOP(
        "CLI", "set up a new salon (owner password on stdin)")))
    init.add_argument("--salon", required=True)
    init.add_argument("--owner", required=True)
    init.add_argument("--owner-name", default="")
    init.add_argument("--address", default="")
    init.add_argument("--legal-name", default="")
    init.add_argument("--phone", default="")
    init.add_argument("--email", default="")
    init.add_argument("--recovery-sheet", metavar="FILE.pdf", type=output_file)
    init.set_defaults(before_sign_in=_init)
    recover = commands.add_parser("recover", parents=[common], help=h(QT_TRANSLATE_NOOP(
        "CLI", "unlock with the recovery code (stdin) and put the key back in the keyring")))
    recover.add_argument("--unlock", metavar="LOGIN",
                         help=h(QT_TRANSLATE_NOOP("CLI", "also lift the lock on this owner's account")))
    recover.set_defaults(before_sign_in=_recover)
    commands.add_parser("verify", parents=[common], help=h(QT_TRANSLATE_NOOP(
        "CLI", "check encryption, integrity, the ledgers and their anchor"))).set_defaults(handler=_verify, hold=True)
    commands.add_parser("acknowledge", parents=[common], help=h(QT_TRANSLATE_NOOP(
        "CLI", "owner: accept a database file that no longer matches its anchor in the keyring (a backup restored "
               "on purpose); written in the audit log"))).set_defaults(handler=_acknowledge, hold=True)


def _init(args, layout: Layout, out, stdin) -> int:
    from desktop import recovery_sheet, setup
    from storage.keystore import KeyringUnavailable

    problem = setup.keyring_problem()  # before asking anything: without a keyring nothing can be set up
    if problem:
        raise KeyringUnavailable(problem)
    password = stdin.line(i18n.tr(C, QT_TRANSLATE_NOOP("CLI", "Owner password: ")))
    if not stdin.piped and sys.stdin.isatty():
        again = stdin.line(i18n.tr(C, QT_TRANSLATE_NOOP("CLI", "Owner password again: ")))
        if again != password:
            raise UsageError(i18n.tr(C, QT_TRANSLATE_NOOP("CLI", "The two passwords differ.")))
    salon, code = Salon.create(layout, salon_name=args.salon, owner_login=args.owner, owner_password=password,
                               address=args.address, owner_name=args.owner_name, legal_name=args.legal_name,
                               phone=args.phone, email=args.email)
    salon.close()
    sheet, lines = None, []
    if args.recovery_sheet:
        try:  # the salon exists now: a sheet that cannot be written must not hide the code
            recovery_sheet.save(args.recovery_sheet, code, args.salon, date.today().strftime("%d/%m/%Y"))
            sheet = args.recovery_sheet
        except OSError as exc:
            lines.append(faults.os_error(exc, args.recovery_sheet).message(i18n.translate))
    text = "\n".join([
        i18n.tr(C, QT_TRANSLATE_NOOP("CLI", "Salon \"{salon}\" is ready in {home}."), salon=args.salon,
                home=str(layout.home)),
        *lines,
        i18n.tr(C, QT_TRANSLATE_NOOP("CLI", "Recovery code (shown only once; print it or write it down):")),
        code,
    ])
    out.done({"ok": True, "salon": args.salon, "owner": args.owner, "home": str(layout.home),
              "recovery_code": code, "recovery_sheet": sheet}, text)
    return 0


def _recover(args, layout: Layout, out, stdin) -> int:
    code = stdin.line(i18n.tr(C, QT_TRANSLATE_NOOP("CLI", "Recovery code: ")))
    salon, saved = Salon.open_with_recovery_code(layout, code, hold=True)
    try:
        if args.unlock:
            salon.unlock_owner(args.unlock)
        mismatch = salon.mismatch
    finally:
        salon.close()
    message = (QT_TRANSLATE_NOOP("CLI", "Unlocked. The key is back in this PC's keyring.") if saved else
               QT_TRANSLATE_NOOP("CLI", "The code is right, but this PC has no usable keyring: "
                                        "use the code again next time."))
    lines = [i18n.tr(C, message)]
    if args.unlock:
        lines.append(i18n.tr(C, QT_TRANSLATE_NOOP("CLI", "The account {login} is unlocked."), login=args.unlock))
    if mismatch:  # the key is saved either way: say what else needs doing, without calling it a failure
        lines.append(anchors.mismatch(mismatch).message(i18n.translate))
    out.done({"ok": True, "key_saved_to_keyring": saved, "unlocked": args.unlock, "anchor_problems": mismatch},
             "\n".join(lines))
    return 0


def _acknowledge(desk, args, out, stdin) -> int:
    accepted = desk.verify.acknowledge()
    out.done({"ok": True, "accepted": accepted},
             "\n".join([*accepted, i18n.tr(C, QT_TRANSLATE_NOOP(
                 "CLI", "Accepted: this database file is now the reference, and the audit log says who accepted "
                        "it and what did not match."))]))
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
    out.problems(failures)
    return 1
