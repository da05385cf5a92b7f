"""Forms that report every mistake at once: each field's check runs, and all their errors come back together.

A screen puts each message next to its field (ui/form_errors.py); the CLI prints them on one line.
"""
from __future__ import annotations

from typing import Any, Callable

from storage.errors import InputError


class FieldErrors(InputError):
    """Several fields are wrong; `errors` maps each field name to its own InputError, in form order."""

    def __init__(self, errors: dict[str, InputError]) -> None:
        self.errors = dict(errors)
        first = next(iter(self.errors.values()))
        super().__init__(first.template, **first.params)

    def message(self, translate=None) -> str:
        return " ".join(error.message(translate) for error in self.errors.values())

    def messages(self, translate=None) -> dict[str, str]:
        return {field: error.message(translate) for field, error in self.errors.items()}


def collect(checks: dict[str, Callable[[], Any]]) -> dict[str, Any]:
    """Run every check (field name -> a call that returns the clean value or raises InputError); return the
    clean values, or raise one FieldErrors naming every field that failed."""
    values: dict[str, Any] = {}
    errors: dict[str, InputError] = {}
    for field, check in checks.items():
        try:
            values[field] = check()
        except FieldErrors as many:
            errors.update(many.errors)
        except InputError as error:
            errors[field] = error
    if errors:
        raise FieldErrors(errors)
    return values
