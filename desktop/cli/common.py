"""What every command group shares: output (text or JSON), stdin lines, usage errors and small helpers.

A value of the right shape that cannot be used (a date that does not exist, a number out of range) is bad input,
exit 1; exit 2 is for a command line of the wrong shape. Nothing printed holds a raw control character.
"""
from __future__ import annotations

import argparse
import getpass
import json
import re
import sys
from datetime import date
from pathlib import Path
from typing import Any, Callable

from desktop import i18n
from storage.controls import printable
from storage.errors import QT_TRANSLATE_NOOP, InputError

C = "CLI"
EXIT_USAGE = 2


class UsageError(Exception):
    pass


class Parser(argparse.ArgumentParser):
    """argparse, but a usage error is one line on stderr (exit 2), whatever it quotes."""

    def error(self, message: str):  # type: ignore[override]
        see = i18n.tr(C, QT_TRANSLATE_NOOP("CLI", "(see --help)"))
        line = " ".join(printable(f"{self.prog}: {message} {see}").split("\n"))
        self.exit(EXIT_USAGE, line + "\n")


_JSON_RAW = re.compile(r"[\x7f-\x9f\ud800-\udfff]")  # what json.dumps(ensure_ascii=False) leaves unescaped


def as_json(data: Any) -> str:
    """One line of JSON with every control character escaped (json escapes only C0 by itself)."""
    return _JSON_RAW.sub(lambda m: f"\\u{ord(m.group()):04x}", json.dumps(data, ensure_ascii=False, indent=None))


class Output:
    def __init__(self, as_json: bool) -> None:
        self.as_json = as_json

    def done(self, data: dict[str, Any], text: str | None) -> None:
        if self.as_json:
            print(as_json(data))
        elif text:  # nothing to say: nothing on stdout (not even an empty line)
            print(printable(text))

    def fail(self, message: str, code: int) -> int:
        message = " ".join(printable(message).split("\n"))  # one line, whatever the message quotes
        print(f"salon-desk: {message}", file=sys.stderr)
        if self.as_json:
            print(as_json({"ok": False, "error": message, "exit_code": code}))
        return code

    def problems(self, lines: list[str]) -> None:
        """Findings (verify's) and notices on stderr, one per line."""
        for line in lines:
            print(printable(line), file=sys.stderr)


class Stdin:
    """Passwords and codes, one per line, from stdin (or a prompt when stdin is a terminal)."""

    def __init__(self, piped: bool) -> None:
        self.piped = piped

    def line(self, prompt: str) -> str:
        try:
            if self.piped or not sys.stdin.isatty():
                text = sys.stdin.readline()
                if not text:
                    raise UsageError(i18n.tr(C, QT_TRANSLATE_NOOP("CLI", "Expected another line on stdin.")))
                return text.rstrip("\r\n")
            return getpass.getpass(prompt)
        except UnicodeDecodeError:
            raise InputError(QT_TRANSLATE_NOOP(
                "Messages", "What was typed on standard input is not valid UTF-8 text.")) from None


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
    if kwargs.get("help"):
        kwargs.setdefault("description", kwargs["help"])
    kwargs.setdefault("help", "")  # listed under its group's --help even without words of its own
    parser = actions.add_parser(name, parents=[common], **kwargs)
    parser.set_defaults(handler=handler)
    return parser


def role_label(role: str) -> str:
    from desktop.kernel.permissions import ROLE_LABELS, Role

    return i18n.translate("Roles", ROLE_LABELS[Role(role)])


FIRST_YEAR, LAST_YEAR = 1900, 2100


def day(value: str | None) -> str | None:
    """A YYYY-MM-DD date between 1900 and 2100, or InputError (exit 1)."""
    if not value:
        return None
    try:
        parsed = date.fromisoformat(value) if re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", value) else None
    except ValueError:
        parsed = None
    if parsed is None or not FIRST_YEAR <= parsed.year <= LAST_YEAR:
        raise InputError(QT_TRANSLATE_NOOP(
            "Messages", "{value} is not a date: write YYYY-MM-DD, between 1900 and 2100."), value=value)
    return parsed.isoformat()


def number(low: int, high: int) -> Callable[[str], int]:
    """An argparse type: a whole number from `low` to `high`. Anything else is bad input (exit 1), raised as
    InputError so that argparse does not turn it into a usage error."""
    def parse(text: str) -> int:
        value = int(text) if re.fullmatch(r"[+-]?[0-9]{1,12}", text.strip()) else None
        if value is None or not low <= value <= high:
            raise InputError(QT_TRANSLATE_NOOP("Messages", "{value} is not a whole number from {low} to {high}."),
                             value=text, low=low, high=high)
        return value
    parse.__name__ = "number"
    return parse


def output_file(text: str) -> str:
    """An argparse type for a file to write: its folder must exist (checked before anything is done, so that a
    command never does its work and then fails to say so)."""
    folder = Path(text).expanduser().parent
    if not folder.is_dir():
        raise InputError(QT_TRANSLATE_NOOP("Messages", "{path} cannot be written: the folder {folder} does not exist."),
                         path=text, folder=str(folder))
    if Path(text).is_dir():
        raise InputError(QT_TRANSLATE_NOOP("Messages", "{path} is a folder, not a file."), path=text)
    return text


def export_done(out: Output, path: str, count: int) -> int:
    out.done({"ok": True, "path": path, "rows": count},
             i18n.tr(C, QT_TRANSLATE_NOOP("CLI", "Rows written: {count} ({path})."), count=count, path=path))
    return 0


def label(context: str, labels: dict[str, str], value: str | None) -> str:
    """A stable English value (a status, a kind) in the screen's language, for text output (JSON keeps it)."""
    return i18n.translate(context, labels[value]) if value in labels else (value or "")
