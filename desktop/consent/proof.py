"""The consent proof PDF for one client: every event, with the exact text the client was shown."""
from __future__ import annotations

from datetime import datetime, timezone
from io import BytesIO
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from desktop import timefmt
from desktop.consent.rules import CHANNEL_LABELS, METHOD_LABELS, STATUS_LABELS
from desktop.i18n import tr, translate
from desktop.pdf_text import markup, register_fonts
from storage import atomic
from storage.errors import QT_TRANSLATE_NOOP

C = "ConsentProof"
TITLE = QT_TRANSLATE_NOOP("ConsentProof", "Consent proof: {name}")
HEAD = QT_TRANSLATE_NOOP("ConsentProof", "{salon} · generated on {date} · client id {id}")
INTRO = QT_TRANSLATE_NOOP(
    "ConsentProof", "Every consent decision recorded for this client (marketing and health), newest first, "
    "with the exact text shown at the time and where it was shown. Each event is sealed in a hash chain: any "
    "later change is detected by 'salon-desk verify'. Times are Paris time (UTC in brackets).")
NONE = QT_TRANSLATE_NOOP("ConsentProof", "No consent decision has been recorded for this client.")
EVENT = QT_TRANSLATE_NOOP("ConsentProof", "{date}: {channel} {decision}, {method}")
RECORDED = QT_TRANSLATE_NOOP("ConsentProof", "Recorded by {who} on {recorded} · event {id}")
TEXT_SHOWN = QT_TRANSLATE_NOOP("ConsentProof", "Text shown by the salon (version {version}, SHA-256 {sha}):")
TEXT_SHOWN_BY = QT_TRANSLATE_NOOP("ConsentProof", "Text shown by {source} (version {version}, SHA-256 {sha}):")
SPOKEN = QT_TRANSLATE_NOOP("ConsentProof", "Explicit consent given aloud at the desk, recorded by the staff member "
                                           "named above.")
SIGNED = QT_TRANSLATE_NOOP("ConsentProof", "Explicit consent on a signed paper form, filed under: {evidence}")
NO_TEXT = QT_TRANSLATE_NOOP("ConsentProof", "No text needed for this decision.")
ALTERED = QT_TRANSLATE_NOOP(
    "ConsentProof", "The wording stored for this decision no longer matches the fingerprint recorded with it: it was "
    "changed afterwards, so it is not shown. Run verify, and restore a backup.")
EVIDENCE = QT_TRANSLATE_NOOP("ConsentProof", "Evidence: {evidence}")
SOURCE = QT_TRANSLATE_NOOP("ConsentProof", "Source: {source}")


def _styles(regular: str, bold: str) -> dict[str, ParagraphStyle]:
    return {
        "title": ParagraphStyle("title", fontName=bold, fontSize=16, leading=20, spaceAfter=4),
        "head": ParagraphStyle("head", fontName=regular, fontSize=8.5, leading=11, textColor=colors.HexColor("#555555")),
        "body": ParagraphStyle("body", fontName=regular, fontSize=9.5, leading=12.5),
        "event": ParagraphStyle("event", fontName=bold, fontSize=10, leading=13, spaceBefore=6),
        "small": ParagraphStyle("small", fontName=regular, fontSize=8, leading=10, textColor=colors.HexColor("#555555")),
        "quote": ParagraphStyle("quote", fontName=regular, fontSize=9, leading=12, leftIndent=4, rightIndent=4),
    }


def _when(iso: str) -> str:
    return f"{timefmt.local(iso)} ({iso[11:16]} UTC)"


def render(*, salon: str, client: dict[str, Any], events: list[dict[str, Any]]) -> bytes:
    regular, bold = register_fonts()
    st = _styles(regular, bold)
    name = f"{client['first_name']} {client['last_name']}"
    story = [Paragraph(markup(tr(C, TITLE, name=name)), st["title"]),
             Paragraph(markup(tr(C, HEAD, salon=salon, id=client["id"],
                                 date=datetime.now(timezone.utc).astimezone(timefmt.SALON_ZONE).strftime("%d/%m/%Y %H:%M"))),
                       st["head"]),
             Spacer(1, 3 * mm), Paragraph(markup(tr(C, INTRO)), st["body"]), Spacer(1, 2 * mm)]
    if not events:
        story.append(Paragraph(markup(tr(C, NONE)), st["body"]))
    for event in events:
        parts = [Paragraph(markup(tr(C, EVENT, date=_when(event["occurred_at"]),
                                     channel=translate("Consent", CHANNEL_LABELS[event["channel"]]),
                                     decision=translate("Consent", STATUS_LABELS[event["decision"]]),
                                     method=translate("Consent", METHOD_LABELS[event["method"]]))), st["event"]),
                 Paragraph(markup(tr(C, RECORDED, who=event.get("recorded_by_login") or event.get("source") or "—",
                                     recorded=_when(event["recorded_at"]), id=event["id"])), st["small"])]
        explicit = event["channel"] == "health" and event["decision"] == "granted"
        if event.get("source"):
            parts.append(Paragraph(markup(tr(C, SOURCE, source=event["source"])), st["small"]))
        if explicit and event["method"] == "paper":
            parts.append(Paragraph(markup(tr(C, SIGNED, evidence=event.get("evidence") or "—")), st["small"]))
        elif explicit:
            parts.append(Paragraph(markup(tr(C, SPOKEN)), st["small"]))
        elif event.get("evidence"):
            parts.append(Paragraph(markup(tr(C, EVIDENCE, evidence=event["evidence"])), st["small"]))
        if event.get("text"):
            shown_by = event.get("text_source")
            line = (tr(C, TEXT_SHOWN_BY, source=shown_by, version=event["text_version"],
                       sha=event["text_sha256"][:16] + "…") if shown_by else
                    tr(C, TEXT_SHOWN, version=event["text_version"], sha=event["text_sha256"][:16] + "…"))
            parts.append(Paragraph(markup(line), st["small"]))
            quote = Table([[[Paragraph(markup(part), st["quote"]) for part in event["text"].split("\n\n")]]],
                          colWidths=[170 * mm])
            quote.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.6, colors.HexColor("#9b7fa8")),
                                       ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#f7f2f9")),
                                       ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
            parts.append(quote)
        else:
            parts.append(Paragraph(markup(tr(C, ALTERED if event.get("text_altered") else NO_TEXT)), st["small"]))
        story.append(KeepTogether(parts))
    buffer = BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=18 * mm,
                            bottomMargin=18 * mm, title=tr(C, TITLE, name=name), author=salon)
    doc.build(story)
    return buffer.getvalue()


def save(path: Path | str, **kwargs: Any) -> None:
    atomic.write_bytes(Path(path), render(**kwargs))
