"""The booking confirmation: a transactional message (no marketing consent needed), printable or attachable."""
from __future__ import annotations

from io import BytesIO
from pathlib import Path

from reportlab.lib.pagesizes import A5
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

from desktop.i18n import tr
from desktop.pdf_text import markup, register_fonts
from storage import atomic
from storage.errors import QT_TRANSLATE_NOOP

C = "Confirmation"
TITLE = QT_TRANSLATE_NOOP("Confirmation", "Appointment confirmation")
HELLO = QT_TRANSLATE_NOOP("Confirmation", "Hello {name},")
BODY = QT_TRANSLATE_NOOP("Confirmation", "Your appointment for {service} with {staff} is booked on {date} at {time} "
                                         "({minutes} minutes).")
CHANGE = QT_TRANSLATE_NOOP("Confirmation", "To change or cancel it, please contact the salon{contact}.")
SERVICE_MESSAGE = QT_TRANSLATE_NOOP(
    "Confirmation", "This is a service message about your appointment. It is not advertising and does not depend "
    "on any marketing consent.")


def render(*, salon: str, address: str, contact: str, client: str, service: str, staff: str, day: str, time: str,
           minutes: int, legal_name: str = "") -> bytes:
    regular, bold = register_fonts()
    title = ParagraphStyle("t", fontName=bold, fontSize=15, leading=19, spaceAfter=2)
    head = ParagraphStyle("h", fontName=regular, fontSize=9, leading=12, textColor="#555555")
    body = ParagraphStyle("b", fontName=regular, fontSize=10.5, leading=14)
    small = ParagraphStyle("s", fontName=regular, fontSize=8, leading=10, textColor="#666666")
    lines = [legal_name if legal_name and legal_name != salon else "", address, contact]
    story = [Paragraph(markup(salon), title), *[Paragraph(markup(line), head) for line in lines if line],
             Spacer(1, 6 * mm),
             Paragraph(markup(tr(C, TITLE)), ParagraphStyle("t2", parent=title, fontSize=12)), Spacer(1, 3 * mm),
             Paragraph(markup(tr(C, HELLO, name=client)), body), Spacer(1, 2 * mm),
             Paragraph(markup(tr(C, BODY, service=service, staff=staff, date=day, time=time, minutes=minutes)), body),
             Spacer(1, 2 * mm), Paragraph(markup(tr(C, CHANGE, contact=f" ({contact})" if contact else "")), body),
             Spacer(1, 8 * mm), Paragraph(markup(tr(C, SERVICE_MESSAGE)), small)]
    buffer = BytesIO()
    SimpleDocTemplate(buffer, pagesize=A5, leftMargin=14 * mm, rightMargin=14 * mm, topMargin=14 * mm,
                      bottomMargin=14 * mm, title=tr(C, TITLE), author=salon).build(story)
    return buffer.getvalue()


def save(path: Path | str, **kwargs) -> None:
    atomic.write_bytes(Path(path), render(**kwargs))
