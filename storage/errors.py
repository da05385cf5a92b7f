"""User-facing errors shared by every layer.

Messages are English source strings marked with QT_TRANSLATE_NOOP so that
pyside6-lupdate collects them; the UI and the CLI translate them when shown.
"""
from __future__ import annotations

from typing import Callable

CONTEXT = "Messages"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (name lupdate looks for)
    return text


def N_(text: str) -> str:
    """Not used by lupdate; kept for clarity where a string is data, not a message."""
    return text


class Term(str):
    """A message parameter that is itself a source string to translate (a role name, a field name)."""

    context: str

    def __new__(cls, text: str, context: str = CONTEXT) -> "Term":
        term = super().__new__(cls, text)
        term.context = context
        return term


class SalonError(Exception):
    """An expected failure with a plain-language message (no traceback shown)."""

    exit_code = 1

    def __init__(self, template: str, **params: object) -> None:
        self.template = template
        self.params = params
        super().__init__(self.message())

    def message(self, translate: Callable[[str, str], str] | None = None) -> str:
        text = translate(CONTEXT, self.template) if translate else self.template
        params = {key: translate(value.context, value) if translate and isinstance(value, Term) else value
                  for key, value in self.params.items()}
        try:
            return text.format(**params)
        except (KeyError, IndexError, ValueError):  # a broken translation must not hide the error
            return self.template.format(**self.params)


class InputError(SalonError):
    """Bad input from a person or a file: nothing was written."""


class StorageError(SalonError):
    """The database or its key cannot be used as it is."""


class AuthError(SalonError):
    """Login failed, account locked, or the session has ended."""

    exit_code = 3


class PermissionDenied(SalonError, PermissionError):
    """The signed-in role may not do this."""

    exit_code = 4


class NotFound(InputError):
    """The record named does not exist (or no longer does)."""


class Conflict(InputError):
    """The change clashes with what is already saved (an overlap, a duplicate, an erased record)."""


class Overlap(Conflict):
    """The staff member already has an appointment at that time; an explicit override books anyway."""


class Busy(StorageError):
    """Another program or window holds the database for longer than the wait allows."""


class RawWriteRefused(RuntimeError):
    """A programming error: synced tables are written through the unit of work's own methods only."""
