"""`salon-desk init`, `recover` and `verify`: the salon itself (the first two need no sign-in)."""
from __future__ import annotations

import sys
from datetime import date

from desktop import i18n
from desktop.cli.common import C, UsageError
from desktop.paths import Layout
from desktop.salon import Salon
from desktop.cli.help import h
from storage.errors import QT_TRANSLATE_NOOP


def register(commands, common) -> None:
    init = commands.add_parser("init", parents=[common], help=h(QT_TRANSLATE_NOOP("CLI", "set up a new salon (owner password on stdin)")))
    init.add_argument("--salon", required=True)
    init.add_argument("--owner", required=True)
    init.add_argument("--owner-name", default="")
    init.add_argument("--address", default="")
    init.add_argument("--legal-name", default="")
    init.add_argument("--phone", default="")
    init.add_argument("--email", default="")
    init.add_argument("--recovery-sheet", metavar="FILE.pdf")
    init.set_defaults(before_sign_in=_init)
    recover = commands.add_parser("recover", parents=[common],
                                  help=h(QT_TRANSLATE_NOOP("CLI", "unlock with the recovery code (stdin) and put the key back in the keyring")))
    recover.set_defaults(before_sign_in=_recover)
    commands.add_parser("verify", parents=[common],
                        help=h(QT_TRANSLATE_NOOP("CLI", "check encryption, integrity and the audit chain"))).set_defaults(handler=_verify)


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


def _recover(args, layout: Layout, out, stdin) -> int:
    code = stdin.line(i18n.tr(C, QT_TRANSLATE_NOOP("CLI", "Recovery code: ")))
    salon, saved = Salon.open_with_recovery_code(layout, code)
    salon.close()
    message = (QT_TRANSLATE_NOOP("CLI", "Unlocked. The key is back in this PC's keyring.") if saved else
               QT_TRANSLATE_NOOP("CLI", "The code is right, but this PC has no usable keyring: "
                                        "use the code again next time."))
    out.done({"ok": True, "key_saved_to_keyring": saved}, i18n.tr(C, message))
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
