"""The one-page recovery sheet the owner prints and keeps away from the PC."""
from __future__ import annotations

from io import BytesIO
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen import canvas

from desktop.i18n import tr
from desktop.pdf_text import register_fonts
from storage import atomic
from storage.errors import QT_TRANSLATE_NOOP

C = "RecoverySheet"
TITLE = QT_TRANSLATE_NOOP("RecoverySheet", "Salon Desk recovery sheet")
LINES = (
    QT_TRANSLATE_NOOP("RecoverySheet", "This code unlocks the salon's encrypted database on another PC,"),
    QT_TRANSLATE_NOOP("RecoverySheet", "or on this one if the system keyring loses its key."),
    QT_TRANSLATE_NOOP("RecoverySheet", "Keep this sheet in a safe place, away from the computer."),
    QT_TRANSLATE_NOOP("RecoverySheet", "Anyone holding this code and a copy of the database can read it."),
    QT_TRANSLATE_NOOP("RecoverySheet", "Salon Desk never shows this code again."),
)
SALON = QT_TRANSLATE_NOOP("RecoverySheet", "Salon: {name}")
CREATED = QT_TRANSLATE_NOOP("RecoverySheet", "Created on {date}")
HOW = QT_TRANSLATE_NOOP("RecoverySheet", "To use it: copy the salon folder to the PC, start Salon Desk, and type the code when it asks.")


def render(code: str, salon_name: str, created_on: str) -> bytes:
    regular, bold = register_fonts()
    buffer = BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    pdf.setTitle(tr(C, TITLE))
    width, height = A4
    y = height - 30 * mm
    pdf.setFont(bold, 20)
    pdf.drawString(25 * mm, y, tr(C, TITLE))
    pdf.setFont(regular, 12)
    y -= 12 * mm
    for part in simpleSplit(tr(C, SALON, name=salon_name), regular, 12, width - 50 * mm)[:2]:
        pdf.drawString(25 * mm, y, part)
        y -= 6 * mm
    y += 6 * mm
    y -= 7 * mm
    pdf.drawString(25 * mm, y, tr(C, CREATED, date=created_on))
    y -= 25 * mm
    pdf.roundRect(25 * mm, y - 8 * mm, width - 50 * mm, 26 * mm, 4 * mm)
    pdf.setFont(bold, 24)
    pdf.drawCentredString(width / 2, y, code)
    y -= 25 * mm
    pdf.setFont(regular, 11)
    text_width = width - 50 * mm  # every sentence wraps inside the margins, in any language
    for sentence in [tr(C, line) for line in LINES] + ["", tr(C, HOW)]:
        for part in simpleSplit(sentence, regular, 11, text_width) or [""]:
            pdf.drawString(25 * mm, y, part)
            y -= 6 * mm if part else 2 * mm
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def save(path: Path, code: str, salon_name: str, created_on: str) -> None:
    atomic.write_bytes(Path(path), render(code, salon_name, created_on))
