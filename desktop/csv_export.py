"""CSV files that open correctly in French Excel and cannot run formulas.

UTF-8 with a BOM, `;` between fields, CRLF line ends; a cell that starts with = + - @, a tab or a
carriage return gets a leading apostrophe (OWASP "CSV injection").
"""
from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any, Iterable, Sequence

from storage import atomic

_DANGEROUS = ("=", "+", "-", "@", "\t", "\r")


def neutralize(value: Any) -> str:
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
