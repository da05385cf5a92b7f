"""What every command group shares: output (text or JSON), stdin lines, usage errors and small helpers."""
from __future__ import annotations

import argparse
import getpass
import json
import sys
from datetime import date
from typing import Any, Callable

from desktop import i18n
from storage.errors import QT_TRANSLATE_NOOP

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


def global_options(parser: argparse.ArgumentParser, *, defaults: bool, with_json: bool = True) -> None:
    """--home, --user, --password-stdin and --json, before or after the command."""
    kw = {} if defaults else {"default": argparse.SUPPRESS}
    from desktop.cli.help import h

    parser.add_argument("--home", metavar="DIR", help=h(QT_TRANSLATE_NOOP(
        "CLI", "salon data folder (default: SALON_DESK_HOME or the user data folder)")), **kw)
    parser.add_argument("--user", metavar="LOGIN", help=h(QT_TRANSLATE_NOOP("CLI", "staff login")), **kw)
    parser.add_argument("--password-stdin", action="store_true",
                        help=h(QT_TRANSLATE_NOOP("CLI", "read the password from stdin's first line")), **kw)
    if with_json:
        parser.add_argument("--json", action="store_true",
                            help=h(QT_TRANSLATE_NOOP("CLI", "print one JSON object (stable English values)")), **kw)


def group(commands, common: argparse.ArgumentParser, name: str, help_text: str):
    """A command group (`staff`, `client`, ...) whose actions are added with `action()`."""
    return commands.add_parser(name, parents=[common], help=help_text, description=help_text).add_subparsers(
        dest="action", metavar="ACTION", required=True)


def action(actions, common: argparse.ArgumentParser, name: str, handler: Callable, **kwargs) -> argparse.ArgumentParser:
    """One action; `handler(desk, args, out, stdin)` runs after sign-in."""
    if "help" in kwargs:
        kwargs.setdefault("description", kwargs["help"])
    parser = actions.add_parser(name, parents=[common], **kwargs)
    parser.set_defaults(handler=handler)
    return parser


def role_label(role: str) -> str:
    from desktop.kernel.permissions import ROLE_LABELS, Role

    return i18n.translate("Roles", ROLE_LABELS[Role(role)])


def day(value: str | None) -> str | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise UsageError(i18n.tr(C, QT_TRANSLATE_NOOP("CLI", "Dates are written YYYY-MM-DD."))) from None


def export_done(out: Output, path: str, count: int) -> int:
    out.done({"ok": True, "path": path, "rows": count},
             i18n.tr(C, QT_TRANSLATE_NOOP("CLI", "Rows written: {count} ({path})."), count=count, path=path))
    return 0


def label(context: str, labels: dict[str, str], value: str | None) -> str:
    """A stable English value (a status, a kind) in the screen's language, for text output (JSON keeps it)."""
    return i18n.translate(context, labels[value]) if value in labels else (value or "")
