"""`salon-desk`: the headless face of the same services the app uses.

Exit codes: 0 ok; 1 bad input (nothing written); 2 usage; 3 authentication failed or locked;
4 permission denied. With --json, stdout is one JSON object. Each command group is one module here,
registered in GROUPS.
"""
from __future__ import annotations

import argparse
import sys

from desktop import __version__, i18n
from desktop.cli import audit, booking, clients, consent, dsar, health, hours, salon, staff
from desktop.cli.common import C, EXIT_USAGE, Output, Stdin, UsageError, global_options
from desktop.cli.help import h, localise_argparse
from desktop.paths import Layout, home_dir
from storage.errors import QT_TRANSLATE_NOOP, SalonError

GROUPS = (salon, staff, clients, booking, hours, consent, health, audit, dsar)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="salon-desk", description=h(QT_TRANSLATE_NOOP(
        "CLI", "Salon Desk: clients, appointments, consent and staff. Without a command: the app.")))
    parser.add_argument("--version", action="version", version=f"salon-desk {__version__}",
                        help=h(QT_TRANSLATE_NOOP("CLI", "show the version and exit")))
    global_options(parser, defaults=True)
    common = argparse.ArgumentParser(add_help=False)
    global_options(common, defaults=False)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in GROUPS:
        module.register(commands, common)
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    try:  # before the parser: --help and usage errors speak the screen's language
        i18n.install()
    except ImportError:
        pass
    localise_argparse()
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
        return _dispatch(args, out, Stdin(args.password_stdin))
    except UsageError as exc:
        return out.fail(str(exc), EXIT_USAGE)
    except SalonError as exc:
        return out.fail(exc.message(i18n.translate), exc.exit_code)
    except KeyboardInterrupt:
        return out.fail("interrupted", 130)


def _dispatch(args, out: Output, stdin: Stdin) -> int:
    from desktop.salon import Salon

    layout = Layout(home_dir(args.home))
    before_sign_in = getattr(args, "before_sign_in", None)
    if before_sign_in is not None:
        return before_sign_in(args, layout, out, stdin)
    if not args.user:
        raise UsageError(i18n.tr(C, QT_TRANSLATE_NOOP("CLI", "This command needs --user LOGIN.")))
    opened = Salon.open(layout)
    try:
        password = stdin.line(i18n.tr(C, QT_TRANSLATE_NOOP("CLI", "Password for {user}: "), user=args.user))
        desk = opened.sign_in(args.user, password)
        args.signin_password = password  # set-password: the current password is the one just used
        return args.handler(desk, args, out, stdin)
    finally:
        opened.close()


if __name__ == "__main__":
    sys.exit(main())
