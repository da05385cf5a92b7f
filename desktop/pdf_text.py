"""Fonts and text for every PDF: DejaVu Sans (accents, œ, « », €) and Symbola for what DejaVu lacks
(an emoji in a client's name), so any name prints as typed."""
from __future__ import annotations

from functools import lru_cache
from importlib import resources
from xml.sax.saxutils import escape

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FALLBACK = "Symbola"


def register_fonts() -> tuple[str, str]:
    """Register the bundled fonts once; returns (regular, bold) font names."""
    fonts = resources.files("resources").joinpath("fonts")
    for name, file in (("DejaVuSans", "DejaVuSans.ttf"), ("DejaVuSans-Bold", "DejaVuSans-Bold.ttf"),
                       (FALLBACK, "Symbola.ttf")):
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, str(fonts.joinpath(file))))
    return "DejaVuSans", "DejaVuSans-Bold"


@lru_cache(maxsize=4)
def _covered(font: str) -> frozenset[int]:
    return frozenset(pdfmetrics.getFont(font).face.charToGlyph)


def markup(text: str, font: str = "DejaVuSans") -> str:
    """Paragraph markup for plain text: escaped, with characters `font` cannot draw set in the fallback font."""
    register_fonts()
    covered, fallback = _covered(font), _covered(FALLBACK)
    parts, run, in_fallback = [], [], False
    for char in str(text):
        needs = ord(char) not in covered and ord(char) in fallback
        if needs != in_fallback and run:
            chunk = escape("".join(run))
            parts.append(f'<font name="{FALLBACK}">{chunk}</font>' if in_fallback else chunk)
            run = []
        in_fallback = needs
        run.append(char)
    if run:
        chunk = escape("".join(run))
        parts.append(f'<font name="{FALLBACK}">{chunk}</font>' if in_fallback else chunk)
    return "".join(parts)


def plain_enough(text: str, limit: int, font: str = "DejaVuSans") -> bool:
    """Whether a table cell can be a plain string (much faster to lay out than a Paragraph): short, one line,
    and drawable in `font` alone."""
    register_fonts()
    covered = _covered(font)
    return len(text) <= limit and "\n" not in text and all(ord(char) in covered for char in text)
