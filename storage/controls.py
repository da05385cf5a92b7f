"""Control characters: text may be stored and printed with newlines and tabs, and nothing else of the kind.

C0 controls (ESC, BEL, NUL, a bare carriage return...), DEL and C1 controls can rewrite a terminal or hide text;
lone surrogates are not text at all (invalid UTF-8 from the command line). The unit of work refuses them in every
value it writes; printable() shows them as escapes wherever text is printed.
"""
from __future__ import annotations

import re

from storage.errors import QT_TRANSLATE_NOOP, InputError

FORBIDDEN = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")
CONTROL_REFUSED = QT_TRANSLATE_NOOP(
    "Messages", "Text may not contain control characters (such as ESC, NUL or a bare carriage return): "
    "remove them and try again.")


def check(value: object) -> None:
    """Raise InputError if `value` is text holding a forbidden character."""
    if isinstance(value, str) and FORBIDDEN.search(value):
        raise InputError(CONTROL_REFUSED)


def lines(value: str) -> str:
    """Windows and old Mac line ends as newlines: what a pasted note or a text file usually holds."""
    return value.replace("\r\n", "\n").replace("\r", "\n")


def printable(value: str) -> str:
    """`value` with every forbidden character shown as an escape (\\x1b, \\udcff): safe for a terminal."""
    return FORBIDDEN.sub(lambda m: repr(m.group())[1:-1] if ord(m.group()) < 0x100 else f"\\u{ord(m.group()):04x}",
                         value)
