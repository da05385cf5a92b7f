"""CSV files that open correctly in French Excel and cannot run formulas.

UTF-8 with a BOM, `;` between fields, CRLF line ends; a cell that starts with = + - @, a tab or a
carriage return gets a leading apostrophe (OWASP "CSV injection"). A field validated on the way in (an E.164 phone,
a normalised email address) is written as it is, since `'+336…` is unusable in an SMS tool.
"""
from __future__ import annotations

import csv
import io
import re
from pathlib import Path
from typing import Any, Iterable, Sequence

from storage import atomic

_DANGEROUS = ("=", "+", "-", "@", "\t", "\r")
_E164 = re.compile(r"\+[1-9][0-9]{6,14}")
_EMAIL = re.compile(r"[^\s=+\-@\"';,][^\s\"';,]*@[^\s@\"';,]+")


class Checked(str):
    """A value that passed its own validation: written without the apostrophe."""


def phone(value: str | None) -> str | None:
    """An E.164 number, kept as it is; anything else stays ordinary text (neutralised)."""
    return Checked(value) if value and _E164.fullmatch(value) else value


def email(value: str | None) -> str | None:
    """A validated address, kept as it is unless it starts like a formula (then it stays ordinary text)."""
    return Checked(value) if value and _EMAIL.fullmatch(value) else value


def neutralize(value: Any) -> str:
    if isinstance(value, Checked):
        return str(value)
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(_DANGEROUS) else text


def render(header: Sequence[str], rows: Iterable[Sequence[Any]]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow([neutralize(h) for h in header])
    for row in rows:
        writer.writerow([neutralize(cell) for cell in row])
    return "\ufeff".encode("utf-8") + buffer.getvalue().encode("utf-8")


def write(path: Path | str, header: Sequence[str], rows: Iterable[Sequence[Any]]) -> int:
    """Write atomically; returns the number of data rows."""
    rows = list(rows)
    atomic.write_bytes(Path(path), render(header, rows))
    return len(rows)
