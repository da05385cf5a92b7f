"""The access report (GDPR Art. 15): what the salon holds about a client and why, readable by a non-lawyer,
in French or English. Every page carries its number, the generation time and the fingerprint kept in the
request register."""
from __future__ import annotations

import json
from io import BytesIO
from typing import Any, Callable

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Table, TableStyle

from desktop import timefmt
from desktop.consent.rules import CHANNEL_LABELS, METHOD_LABELS, STATUS_LABELS
from desktop.privacy.subject import short
from desktop.pdf_text import markup, plain_enough, register_fonts
from storage.errors import QT_TRANSLATE_NOOP

C = "AccessReport"
TITLE = QT_TRANSLATE_NOOP("AccessReport", "Your personal data at {salon}")
INTRO = QT_TRANSLATE_NOOP("AccessReport", "You asked what {salon} holds about you. This document answers under Article 15 of the General Data "
             "Protection Regulation (GDPR): it lists all the data the salon keeps about you, why, where it came "
             "from, who receives it, how long it is kept, and your rights. It is free of charge.")
HEAD_WHO = QT_TRANSLATE_NOOP("AccessReport", "Who is responsible for your data")
WHO = QT_TRANSLATE_NOOP("AccessReport", "{salon} is the data controller.")
CONTACT = QT_TRANSLATE_NOOP("AccessReport", "Address: {address} · Phone: {phone} · Email: {email}")
HEAD_WHY = QT_TRANSLATE_NOOP("AccessReport", "Why the salon uses your data, and on what legal basis")
PURPOSES = (
    (QT_TRANSLATE_NOOP("AccessReport", "Your appointments and client file"), QT_TRANSLATE_NOOP("AccessReport", "To provide the services you book (contract, Art. 6(1)(b))"),
     QT_TRANSLATE_NOOP("AccessReport", "identity, contact, appointments, notes")),
    (QT_TRANSLATE_NOOP("AccessReport", "Security of your file"), QT_TRANSLATE_NOOP("AccessReport", "Keeping your data safe: who opened your file and when (legal obligation and "
                                         "legitimate interest, Art. 6(1)(c) and (f))"), QT_TRANSLATE_NOOP("AccessReport", "dates of consultation")),
)
PURPOSE_MARKETING = (QT_TRANSLATE_NOOP("AccessReport", "News and offers by email or SMS"), QT_TRANSLATE_NOOP("AccessReport", "Only with your consent, channel by channel "
                                                                   "(Art. 6(1)(a)); you can withdraw it at any time"),
                     QT_TRANSLATE_NOOP("AccessReport", "email address, mobile number"))
PURPOSE_HEALTH = (QT_TRANSLATE_NOOP("AccessReport", "Allergies and patch tests"), QT_TRANSLATE_NOOP("AccessReport", "Only with your explicit consent (Art. 9(2)(a)), to keep "
                                                          "you safe during treatments"), QT_TRANSLATE_NOOP("AccessReport", "health information"))
COLS_PURPOSE = (QT_TRANSLATE_NOOP("AccessReport", "Purpose"), QT_TRANSLATE_NOOP("AccessReport", "Legal basis"), QT_TRANSLATE_NOOP("AccessReport", "Data used"))
HEAD_DATA = QT_TRANSLATE_NOOP("AccessReport", "All the data the salon holds about you")
HEAD_IDENTITY = QT_TRANSLATE_NOOP("AccessReport", "Identity and contact")
FIELDS = (("first_name", QT_TRANSLATE_NOOP("AccessReport", "First name")), ("last_name", QT_TRANSLATE_NOOP("AccessReport", "Last name")), ("email", QT_TRANSLATE_NOOP("AccessReport", "Email")),
          ("phone", QT_TRANSLATE_NOOP("AccessReport", "Phone")), ("birth_date", QT_TRANSLATE_NOOP("AccessReport", "Birth date")), ("created_at", QT_TRANSLATE_NOOP("AccessReport", "Client since")),
          ("updated_at", QT_TRANSLATE_NOOP("AccessReport", "Last change")), ("id", QT_TRANSLATE_NOOP("AccessReport", "Client number")))
HEAD_NOTES = QT_TRANSLATE_NOOP("AccessReport", "Notes the salon wrote about you")
NOTES_HINT = QT_TRANSLATE_NOOP("AccessReport", "These notes are shown to you as written by the staff.")
NO_NOTES = QT_TRANSLATE_NOOP("AccessReport", "No notes.")
HEAD_APPOINTMENTS = QT_TRANSLATE_NOOP("AccessReport", "Your appointments ({count})")
COLS_APPOINTMENTS = (QT_TRANSLATE_NOOP("AccessReport", "Date"), QT_TRANSLATE_NOOP("AccessReport", "Time"), QT_TRANSLATE_NOOP("AccessReport", "Service"), QT_TRANSLATE_NOOP("AccessReport", "With"), QT_TRANSLATE_NOOP("AccessReport", "Status"))
APPOINTMENT_STATUS = {"booked": QT_TRANSLATE_NOOP("AccessReport", "booked"), "done": QT_TRANSLATE_NOOP("AccessReport", "done"), "cancelled": QT_TRANSLATE_NOOP("AccessReport", "cancelled"),
                      "no_show": QT_TRANSLATE_NOOP("AccessReport", "missed")}
NO_APPOINTMENTS = QT_TRANSLATE_NOOP("AccessReport", "No appointments.")
HEAD_HEALTH = QT_TRANSLATE_NOOP("AccessReport", "Health information (kept apart, with your explicit consent)")
ALLERGY = QT_TRANSLATE_NOOP("AccessReport", "Allergy alert: {value}")
YES, NO = QT_TRANSLATE_NOOP("AccessReport", "yes"), QT_TRANSLATE_NOOP("AccessReport", "no")
PATCH = QT_TRANSLATE_NOOP("AccessReport", "Patch test on {date}: {product}, result {result} (by {staff})")
NO_HEALTH = QT_TRANSLATE_NOOP("AccessReport", "The salon keeps no health information about you.")
HEAD_CONSENT = QT_TRANSLATE_NOOP("AccessReport", "Your consent decisions, with the exact text you were shown")
EVENT = QT_TRANSLATE_NOOP("AccessReport", "{date}: {channel}, {decision} ({method})")
TEXT_SHOWN = QT_TRANSLATE_NOOP("AccessReport", "Text shown (version {version}):")
NO_CONSENT = QT_TRANSLATE_NOOP("AccessReport", "No consent decision is recorded.")
HEAD_REQUESTS = QT_TRANSLATE_NOOP("AccessReport", "Your requests about your data")
REQUEST = QT_TRANSLATE_NOOP("AccessReport", "{date}: {kind}, status {status}")
HEAD_OTHER = QT_TRANSLATE_NOOP("AccessReport", "Other records about you")
HEAD_SOURCE = QT_TRANSLATE_NOOP("AccessReport", "Where your data came from")
SOURCES = {
    "direct": QT_TRANSLATE_NOOP("AccessReport", "From you, at the salon or by phone."),
    "widget": QT_TRANSLATE_NOOP("AccessReport", "From you, through the booking button on the salon's website (run by the booking platform)."),
    "marketplace": QT_TRANSLATE_NOOP("AccessReport", "From you, through the booking platform's marketplace."),
    "import": QT_TRANSLATE_NOOP("AccessReport", "From the salon's previous software, imported into Salon Desk."),
}
HEAD_RECIPIENTS = QT_TRANSLATE_NOOP("AccessReport", "Who receives your data")
RECIPIENTS = QT_TRANSLATE_NOOP("AccessReport", "Your data is kept encrypted on the salon's own computer and seen only by the salon's staff, each "
                  "with a personal login; staff see only what their role needs. When the salon uses the Salon Desk "
                  "cloud service to share its appointment book between computers, that service keeps a copy on the "
                  "salon's behalf (processor). It is never sold or given to advertisers.")
PLATFORM = QT_TRANSLATE_NOOP("AccessReport", "The booking platform you used also holds the data you gave it, as a controller of its own: "
                "ask it directly for its copy.")
HEAD_RETENTION = QT_TRANSLATE_NOOP("AccessReport", "How long your data is kept")
HEAD_RIGHTS = QT_TRANSLATE_NOOP("AccessReport", "Your rights")
RIGHTS = QT_TRANSLATE_NOOP("AccessReport", "You may ask the salon at any time, free of charge, to correct your data, to erase it, to restrict its "
              "use, to receive the data you gave in a reusable file, and to object to marketing; you may withdraw "
              "any consent at any time, as easily as you gave it. The salon answers within one month. If you are "
              "not satisfied, you may complain to the CNIL (Commission nationale de l'informatique et des "
              "libertés, 3 place de Fontenoy, TSA 80715, 75334 Paris Cedex 07, www.cnil.fr).")
HEAD_AUTOMATED = QT_TRANSLATE_NOOP("AccessReport", "Automated decisions")
AUTOMATED = QT_TRANSLATE_NOOP("AccessReport", "No decision about you is made automatically, and no profile is built.")
HEAD_CONSULTED = QT_TRANSLATE_NOOP("AccessReport", "When your file was consulted, and why")
COLS_CONSULTED = (QT_TRANSLATE_NOOP("AccessReport", "Date"), QT_TRANSLATE_NOOP("AccessReport", "What"), QT_TRANSLATE_NOOP("AccessReport", "Why"))
CONSULT_ACTIONS = {"client_viewed": QT_TRANSLATE_NOOP("AccessReport", "file opened"), "client_edited": QT_TRANSLATE_NOOP("AccessReport", "file changed"),
                   "client_added": QT_TRANSLATE_NOOP("AccessReport", "file created"), "health_viewed": QT_TRANSLATE_NOOP("AccessReport", "health section opened"),
                   "export": QT_TRANSLATE_NOOP("AccessReport", "exported"), "consent_recorded": QT_TRANSLATE_NOOP("AccessReport", "consent recorded"),
                   "health_note_saved": QT_TRANSLATE_NOOP("AccessReport", "health note saved"),
                   "patch_test_added": QT_TRANSLATE_NOOP("AccessReport", "patch test recorded"),
                   "notes_confirmed_not_health": QT_TRANSLATE_NOOP("AccessReport", "notes checked: no health information"),
                   "request_opened": QT_TRANSLATE_NOOP("AccessReport", "request logged")}
REQUEST_STATUS = {"open": QT_TRANSLATE_NOOP("AccessReport", "open"), "closed": QT_TRANSLATE_NOOP("AccessReport", "closed")}
CONSULT_PURPOSES = {"client_file": QT_TRANSLATE_NOOP("AccessReport", "your appointment or client file"), "cli": QT_TRANSLATE_NOOP("AccessReport", "the salon's records"),
                    "consent_proof": QT_TRANSLATE_NOOP("AccessReport", "proof of your consent"), "consent_status": QT_TRANSLATE_NOOP("AccessReport", "your consent status"),
                    "access_report": QT_TRANSLATE_NOOP("AccessReport", "this report"),
                    "portability": QT_TRANSLATE_NOOP("AccessReport", "a copy of your data for you")}
# Why an action touched the file, when it says no purpose of its own.
ACTION_PURPOSES = {"client_added": "client_file", "client_edited": "client_file",
                   "consent_recorded": "consent_status", "health_viewed": "client_file"}
FOOTER = QT_TRANSLATE_NOOP("AccessReport", "{salon} · access report · page {page} · generated on {date} · fingerprint {fingerprint}")


def _styles(regular: str, bold: str) -> dict[str, ParagraphStyle]:
    grey = colors.HexColor("#555555")
    return {
        "title": ParagraphStyle("title", fontName=bold, fontSize=16, leading=20, spaceAfter=6),
        "h1": ParagraphStyle("h1", fontName=bold, fontSize=12, leading=15, spaceBefore=10, spaceAfter=4,
                             textColor=colors.HexColor("#5b3a6b"), keepWithNext=1),  # never alone at a page's foot
        "h2": ParagraphStyle("h2", fontName=bold, fontSize=10.5, leading=13, spaceBefore=6, spaceAfter=2,
                             keepWithNext=1),
        "body": ParagraphStyle("body", fontName=regular, fontSize=9.5, leading=12.5),
        "cell": ParagraphStyle("cell", fontName=regular, fontSize=8.5, leading=10.5),
        "head": ParagraphStyle("head", fontName=bold, fontSize=8.5, leading=10.5),
        "small": ParagraphStyle("small", fontName=regular, fontSize=8, leading=10, textColor=grey),
        "quote": ParagraphStyle("quote", fontName=regular, fontSize=8.5, leading=11),
    }


def _table(rows: list[list[str]], header: list[str], widths: list[float], st) -> Table:
    """A table with its header repeated on every page. Short cells are plain strings (a thousand appointments
    lay out in a fraction of the time); long or unusual ones wrap as paragraphs."""
    data = [[Paragraph(markup(h), st["head"]) for h in header]]
    limits = [int(w / 2.1) for w in widths]  # characters that fit one line at 8.5 pt
    data += [[str(c) if plain_enough(str(c), limit) else Paragraph(markup(str(c)), st["cell"])
              for c, limit in zip(row, limits)] for row in rows]
    table = Table(data, colWidths=[w * mm for w in widths], repeatRows=1)
    table.setStyle(TableStyle([
        ("FONT", (0, 1), (-1, -1), st["cell"].fontName, st["cell"].fontSize, st["cell"].leading),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#efe6f3")),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor("#cccccc")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
    return table


def render(data: dict[str, Any], *, fingerprint: str, generated_at: str,
           translate: Callable[[str, str], str]) -> bytes:
    regular, bold = register_fonts()
    st = _styles(regular, bold)

    def t(text: str, **params) -> str:
        return translate(C, text).format(**params) if params else translate(C, text)

    def para(text: str, style: str = "body") -> Paragraph:
        return Paragraph(markup(text), st[style])

    salon, client = data["salon"], data["client"]
    story = [para(t(TITLE, salon=salon["name"]), "title"), para(t(INTRO, salon=salon["name"])),
             para(t(HEAD_WHO), "h1"), para(t(WHO, salon=salon["name"])),
             para(t(CONTACT, address=salon["address"] or "—", phone=salon["phone"] or "—", email=salon["email"] or "—")),
             para(t(HEAD_WHY), "h1")]
    purposes = list(PURPOSES) + [PURPOSE_MARKETING] + ([PURPOSE_HEALTH] if data["health"] or data["patch_tests"] else [])
    story.append(_table([[t(a), t(b), t(c)] for a, b, c in purposes], [t(h) for h in COLS_PURPOSE], [45, 80, 45], st))

    story += [para(t(HEAD_DATA), "h1"), para(t(HEAD_IDENTITY), "h2")]
    identity = [[t(label), _value(field, client.get(field))] for field, label in FIELDS if client.get(field)]
    story.append(_table(identity, ["", ""], [45, 125], st))
    story += [para(t(HEAD_NOTES), "h2"), para(t(NOTES_HINT), "small"),
              para(client.get("notes") or t(NO_NOTES))]

    appointments = data["appointments"]
    story.append(para(t(HEAD_APPOINTMENTS, count=len(appointments)), "h2"))
    if appointments:
        rows = [[timefmt.local(a["starts_at"], with_time=False), timefmt.local(a["starts_at"])[-5:],
                 a["service"] + (f" — {a['note']}" if a.get("note") else ""),  # the appointment's note too
                 a["staff"], t(APPOINTMENT_STATUS.get(a["status"], a["status"]))] for a in appointments]
        story.append(_table(rows, [t(h) for h in COLS_APPOINTMENTS], [28, 18, 55, 40, 29], st))
    else:
        story.append(para(t(NO_APPOINTMENTS)))

    story.append(para(t(HEAD_HEALTH), "h2"))
    if data["health"] or data["patch_tests"]:
        health = data["health"] or {}
        story.append(para(t(ALLERGY, value=t(YES) if health.get("allergy_alert") else t(NO))))
        if health.get("note"):
            story.append(para(health["note"]))
        for test in data["patch_tests"]:
            story.append(para(t(PATCH, date=_day(test["tested_on"]), product=test["product"], result=test["result"],
                                staff=test["staff"] or "—")))
    else:
        story.append(para(t(NO_HEALTH)))

    story.append(para(t(HEAD_CONSENT), "h2"))
    for event in data["consents"]:
        parts = [para(t(EVENT, date=timefmt.local(event["occurred_at"]),
                        channel=translate("Consent", CHANNEL_LABELS.get(event["channel"], event["channel"])),
                        decision=translate("Consent", STATUS_LABELS.get(event["decision"], event["decision"])),
                        method=translate("Consent", METHOD_LABELS.get(event["method"], event["method"]))), "body")]
        if event.get("text"):
            parts.append(para(t(TEXT_SHOWN, version=event["text_version"]), "small"))
            quote = Table([[para(event["text"], "quote")]], colWidths=[170 * mm])
            quote.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.5, colors.HexColor("#9b7fa8")),
                                       ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#f7f2f9"))]))
            parts.append(quote)
        story.append(KeepTogether(parts))
    if not data["consents"]:
        story.append(para(t(NO_CONSENT)))

    if data["requests"]:
        from desktop.privacy.service import KIND_LABELS

        story.append(para(t(HEAD_REQUESTS), "h2"))
        for request in data["requests"]:
            story.append(para(t(REQUEST, date=_day(request["received_on"]),
                                kind=translate("Privacy", KIND_LABELS[request["kind"]]),
                                status=t(REQUEST_STATUS[request["status"]]) if request["status"] in REQUEST_STATUS
                                else request["status"])))
    for name, rows in data["other"].items():
        story.append(para(f"{t(HEAD_OTHER)}: {name}", "h2"))
        for row in rows:
            story.append(para(json.dumps(row, ensure_ascii=False, default=str), "small"))

    story += [para(t(HEAD_SOURCE), "h1"), para(t(SOURCES.get(client["source"], SOURCES["direct"]))),
              para(t(HEAD_RECIPIENTS), "h1"), para(t(RECIPIENTS))]
    if data["shared_with_platform"]:
        story.append(para(t(PLATFORM)))
    story.append(para(t(HEAD_RETENTION), "h1"))
    story.append(_table([[_entity_label(name, t), translate("Retention", text)]
                         for name, text in data["retention"].items()], ["", ""], [45, 125], st))
    story += [para(t(HEAD_RIGHTS), "h1"), para(t(RIGHTS)), para(t(HEAD_AUTOMATED), "h1"), para(t(AUTOMATED)),
              para(t(HEAD_CONSULTED), "h1")]
    consulted = [[timefmt.local(c["at"]), t(CONSULT_ACTIONS.get(c["action"], c["action"])), _why(c, t)]
                 for c in data["consultations"]]
    story.append(_table(consulted, [t(h) for h in COLS_CONSULTED], [40, 60, 70], st))

    footer = t(FOOTER, salon=salon["name"], page="{page}", date=timefmt.local(generated_at),
               fingerprint=short(fingerprint))

    def on_page(canvas, doc) -> None:
        canvas.saveState()
        canvas.setFont(regular, 7.5)
        canvas.setFillColor(colors.HexColor("#555555"))
        canvas.drawString(20 * mm, 10 * mm, footer.replace("{page}", str(doc.page)))
        canvas.restoreState()

    buffer = BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=18 * mm,
                            bottomMargin=18 * mm, title=t(TITLE, salon=salon["name"]), author=salon["name"])
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)
    return buffer.getvalue()


ENTITY_LABELS = {"client": QT_TRANSLATE_NOOP("AccessReport", "Client file"), "appointment": QT_TRANSLATE_NOOP("AccessReport", "Appointments"),
                 "consent_event": QT_TRANSLATE_NOOP("AccessReport", "Consent decisions"), "consent_prompt": QT_TRANSLATE_NOOP("AccessReport", "Consent reminders"),
                 "health_note": QT_TRANSLATE_NOOP("AccessReport", "Health information"), "patch_test": QT_TRANSLATE_NOOP("AccessReport", "Patch tests"),
                 "privacy_request": QT_TRANSLATE_NOOP("AccessReport", "Your requests"),
                 "import_row": QT_TRANSLATE_NOOP("AccessReport", "Imports from a file"),
                 "backups": QT_TRANSLATE_NOOP("AccessReport", "Backups")}


def _why(entry: dict[str, Any], t) -> str:
    purpose = json.loads(entry["details"] or "{}").get("purpose") or ACTION_PURPOSES.get(entry["action"])
    return t(CONSULT_PURPOSES[purpose]) if purpose in CONSULT_PURPOSES else "—"


def _entity_label(name: str, t) -> str:
    return t(ENTITY_LABELS[name]) if name in ENTITY_LABELS else name


def _day(iso: str) -> str:
    return f"{iso[8:10]}/{iso[5:7]}/{iso[:4]}" if iso and len(iso) >= 10 else (iso or "")


def _value(field: str, value: Any) -> str:
    if field in ("created_at", "updated_at"):
        return timefmt.local(value)
    if field == "birth_date":
        return _day(value)
    return str(value)
