"""`salon-desk`: the headless face of the same services the app uses.

Exit codes: 0 ok; 1 bad input (nothing written); 2 usage; 3 authentication failed or locked;
4 permission denied. With --json, stdout is one JSON object. Each command group is one module here,
registered in GROUPS.

No traceback reaches the terminal: a fault of the disk or the database file is its own plain line, anything
unexpected is one line too, and its details go to the salon's log file (desktop/log.py).
"""
from __future__ import annotations

import argparse
import logging
import os
import sys

from desktop import __version__, i18n, log
from desktop.cli import audit, backup, booking, clients, consent, dsar, health, hours, imports, salon, staff
from desktop.cli.common import C, EXIT_USAGE, Output, Parser, Stdin, UsageError, global_options
from desktop.cli.help import h, localise_argparse
from desktop.paths import Layout, home_dir
from storage import faults
from storage.errors import QT_TRANSLATE_NOOP, InputError, SalonError

logger = logging.getLogger("salon_desk.cli")

GROUPS = (salon, staff, clients, booking, hours, consent, health, audit, dsar, imports, backup)


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(prog="salon-desk", description=h(QT_TRANSLATE_NOOP(
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
    out = Output("--json" in argv)  # until the arguments are parsed
    _install_language()  # before the parser: --help and usage errors speak the screen's language
    localise_argparse()
    try:
        if any(_not_text(arg) for arg in argv):
            raise InputError(QT_TRANSLATE_NOOP("Messages", "An argument on the command line is not valid UTF-8 text."))
        try:
            args = build_parser().parse_args(argv)
        except SystemExit as exc:
            return int(exc.code or 0)
    except SalonError as exc:  # a value argparse handed to one of our types (desktop/cli/common.py)
        _install_language()
        return out.fail(exc.message(i18n.translate), exc.exit_code)
    if args.command is None:
        from desktop import gui
        return gui.run(Layout(home_dir(args.home)))
    out = Output(args.json)
    _install_language()
    quiet = logging.NullHandler()  # without a log file, logging's last resort would print to the terminal
    logging.getLogger().addHandler(quiet)
    logged = _log_file(args)
    try:
        code = _dispatch(args, out, Stdin(args.password_stdin))
        sys.stdout.flush()  # a reader that went away shows here, not at exit
        return code
    except UsageError as exc:
        return out.fail(str(exc), EXIT_USAGE)
    except SalonError as exc:
        return out.fail(exc.message(i18n.translate), exc.exit_code)
    except KeyboardInterrupt:
        return out.fail("interrupted", 130)
    except BrokenPipeError:
        return _broken_pipe(out)
    except Exception as exc:  # noqa: BLE001 (the last resort: one line here, the details in the log)
        return _last_resort(exc, out, Layout(home_dir(args.home)).database)
    finally:
        logging.getLogger().removeHandler(quiet)
        if logged:
            log.close()


def _install_language() -> None:
    try:
        i18n.install()
    except ImportError:
        pass


def _not_text(arg: str) -> bool:
    """Bytes that are not UTF-8 reach sys.argv as lone surrogates."""
    return any("\ud800" <= ch <= "\udfff" for ch in arg)


def _log_file(args) -> bool:
    """Log to the salon's log file when its folder exists and can be written (not before `init` made it);
    returns whether this call set it up."""
    if log.current_file() is not None:
        return False
    layout = Layout(home_dir(args.home))
    if not layout.home.is_dir():
        return False
    try:
        log.setup(layout)
    except OSError:
        return False
    return True


def _broken_pipe(out: Output) -> int:
    """The reader went away (`salon-desk client show … | head`): say so once, and keep Python from complaining
    again when it flushes stdout at exit."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):  # in-process (tests): stdout is not a file
        pass
    out.as_json = False
    return out.fail(i18n.tr(C, QT_TRANSLATE_NOOP("CLI", "The output was closed before everything was written.")), 1)


def _last_resort(exc: Exception, out: Output, database) -> int:
    expected = faults.expected(exc, database)
    log.flush_cipher_log()
    if isinstance(expected, SalonError):  # the disk, a file or the database file: a fault, not a bug
        logger.warning("stopped by a fault: %s", exc, exc_info=exc)
        return out.fail(expected.message(i18n.translate), expected.exit_code)
    logger.error("unexpected error in salon-desk", exc_info=exc)
    path = log.current_file()
    message = (i18n.tr(C, QT_TRANSLATE_NOOP("CLI", "Something unexpected went wrong ({error}). The details are in "
                                                   "{path}."), error=type(exc).__name__, path=str(path)) if path else
               i18n.tr(C, QT_TRANSLATE_NOOP("CLI", "Something unexpected went wrong ({error}). No log file could be "
                                                   "kept in the salon folder."), error=type(exc).__name__))
    return out.fail(message, 1)


def _dispatch(args, out: Output, stdin: Stdin) -> int:
    from desktop.salon import Salon

    layout = Layout(home_dir(args.home))
    before_sign_in = getattr(args, "before_sign_in", None)
    if before_sign_in is not None:
        return before_sign_in(args, layout, out, stdin)
    if not args.user:
        raise UsageError(i18n.tr(C, QT_TRANSLATE_NOOP("CLI", "This command needs --user LOGIN.")))
    opened = Salon.open(layout, hold=getattr(args, "hold", False))
    try:
        password = stdin.line(i18n.tr(C, QT_TRANSLATE_NOOP("CLI", "Password for {user}: "), user=args.user))
        desk = opened.sign_in(args.user, password)
        args.signin_password = password  # set-password: the current password is the one just used
        return args.handler(desk, args, out, stdin)
    finally:
        opened.close()


if __name__ == "__main__":
    sys.exit(main())
