"""The erasure certificate: what was erased, what was kept and why, when and by whom. Given to the client,
kept (by hash) in the request register. It names the client by nothing but the erasure's reference."""
from __future__ import annotations

from io import BytesIO
from typing import Any, Callable

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

from desktop import timefmt
from desktop.pdf_text import markup, register_fonts
from storage.errors import QT_TRANSLATE_NOOP

C = "ErasureCertificate"
TITLE = QT_TRANSLATE_NOOP("ErasureCertificate", "Erasure certificate")
INTRO = QT_TRANSLATE_NOOP("ErasureCertificate", "{salon} certifies that, at the client's request, their personal "
                                                "data was erased from Salon Desk on {date} by {who}.")
REFERENCE = QT_TRANSLATE_NOOP("ErasureCertificate", "Erasure reference: {id}")
ERASED = QT_TRANSLATE_NOOP("ErasureCertificate", "What was erased")
ERASED_ITEMS = (
    QT_TRANSLATE_NOOP("ErasureCertificate", "The client file: name, email, phone, birth date and notes."),
    QT_TRANSLATE_NOOP("ErasureCertificate", "Health information and patch tests, if any."),
    QT_TRANSLATE_NOOP("ErasureCertificate", "The link between the client and their appointments."),
    QT_TRANSLATE_NOOP("ErasureCertificate", "Who the consent decisions were about, and their sources and evidence."),
    QT_TRANSLATE_NOOP("ErasureCertificate", "Consent reminders, and the client's entry in the search index."),
    QT_TRANSLATE_NOOP("ErasureCertificate", "Copies waiting to be sent to the salon's other computers."),
)
KEPT = QT_TRANSLATE_NOOP("ErasureCertificate", "What was kept, and why")
KEPT_ITEMS = (
    QT_TRANSLATE_NOOP("ErasureCertificate", "Past appointments ({count}), without any link to the client: the "
                                            "salon's activity statistics (date, service, staff member)."),
    QT_TRANSLATE_NOOP("ErasureCertificate", "The dates and wording of past consent decisions, without saying whose "
                                            "they were: they keep the salon's consent register verifiable."),
    QT_TRANSLATE_NOOP("ErasureCertificate", "The request and this certificate, in the salon's request register: "
                                            "proof that the request was answered (GDPR Art. 5(2)), for 3 years."),
    QT_TRANSLATE_NOOP("ErasureCertificate", "A keyed fingerprint of the email address and phone number, which cannot "
                                            "be read back: if the same person is imported or synced again, the salon "
                                            "is warned instead of re-creating the file silently."),
)
BACKUPS = QT_TRANSLATE_NOOP("ErasureCertificate", "Backups made before this date may still contain the data until "
                                                  "they are rotated out; a restored backup erases the client again "
                                                  "before anyone can open it.")
PLATFORM = QT_TRANSLATE_NOOP("ErasureCertificate", "The booking platform you used keeps its own copy as a separate "
                                                   "controller: the salon has forwarded your request to it.")
SIGNATURE = QT_TRANSLATE_NOOP("ErasureCertificate", "For the salon, signature:")


def render(record: dict[str, Any], *, salon: dict[str, Any], erased_by: str, had_appointments: int,
           client_source: str, translate: Callable[[str, str], str]) -> bytes:
    regular, bold = register_fonts()
    body = ParagraphStyle("body", fontName=regular, fontSize=10, leading=13.5, spaceAfter=3)
    title = ParagraphStyle("title", fontName=bold, fontSize=16, leading=20, spaceAfter=8)
    head = ParagraphStyle("head", fontName=bold, fontSize=11.5, leading=14, spaceBefore=8, spaceAfter=3,
                          textColor=colors.HexColor("#5b3a6b"))
    small = ParagraphStyle("small", fontName=regular, fontSize=8.5, leading=11, textColor=colors.HexColor("#555555"))

    def t(text: str, **params) -> str:
        return translate(C, text).format(**params) if params else translate(C, text)

    def para(text: str, style=body) -> Paragraph:
        return Paragraph(markup(text), style)

    story = [para(t(TITLE), title), para(salon["name"], small),
             para(" · ".join(part for part in (salon["address"], salon["phone"], salon["email"]) if part), small),
             Spacer(1, 4 * mm),
             para(t(INTRO, salon=salon["name"], date=timefmt.local(record["erased_at"]), who=erased_by or "—")),
             para(t(REFERENCE, id=record["id"]), small),
             para(t(ERASED), head)]
    story += [para("• " + t(item)) for item in ERASED_ITEMS]
    story.append(para(t(KEPT), head))
    story += [para("• " + t(item, count=had_appointments) if "{count}" in item else "• " + t(item))
              for item in KEPT_ITEMS]
    story += [Spacer(1, 2 * mm), para(t(BACKUPS))]
    if client_source in ("widget", "marketplace"):
        story.append(para(t(PLATFORM)))
    story += [Spacer(1, 12 * mm), para(t(SIGNATURE)), Spacer(1, 18 * mm)]
    buffer = BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm, topMargin=20 * mm,
                      bottomMargin=20 * mm, title=t(TITLE), author=salon["name"]).build(story)
    return buffer.getvalue()
