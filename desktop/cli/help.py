"""The CLI's own words in the screen's language: argparse's headings and errors go through our catalogue too.

argparse looks its messages up with the module-level `_` (gettext) at the moment it prints them; pointing it at
desktop.i18n makes `--help` and usage errors French on a French system, with no .mo file to ship.
"""
from __future__ import annotations

import argparse

from desktop import i18n
from storage.errors import QT_TRANSLATE_NOOP

C = "argparse"
MESSAGES = (
    QT_TRANSLATE_NOOP("argparse", "usage: "),
    QT_TRANSLATE_NOOP("argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("argparse", "options"),
    QT_TRANSLATE_NOOP("argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("argparse", "%(prog)s: error: %(message)s\n"),
    QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at most one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at least one argument"),
    QT_TRANSLATE_NOOP("argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("argparse", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("argparse", "ignored explicit argument %r"),
)


def localise_argparse() -> None:
    """Call once i18n is installed (desktop/cli/__init__.py does, before building the parser)."""
    argparse._ = lambda text: i18n.translate(C, text)  # type: ignore[attr-defined]


def h(text: str) -> str:
    """A help text marked with QT_TRANSLATE_NOOP("CLI", …), translated for --help."""
    return i18n.translate("CLI", text)
