"""The day sheet: one page (or more) per staff member with the day's appointments, to print in the morning.

Client names are as the printing role may see them (desk.clients.names masks them), never raw rows.
"""
from __future__ import annotations

from datetime import date, datetime, timedelta
from io import BytesIO
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from desktop.booking.hours import format_ranges
from desktop.i18n import tr
from desktop.kernel.operation import Service, requires
from desktop.kernel.permissions import Perm
from desktop.pdf_text import markup, register_fonts
from desktop.timefmt import SALON_ZONE
from storage import atomic, timeutil
from storage.errors import QT_TRANSLATE_NOOP

C = "DaySheet"
TITLE = QT_TRANSLATE_NOOP("DaySheet", "Day sheet of {name}")
DAY = QT_TRANSLATE_NOOP("DaySheet", "{salon} · {date}")
HOURS = QT_TRANSLATE_NOOP("DaySheet", "Working hours: {hours}")
NOT_WORKING = QT_TRANSLATE_NOOP("DaySheet", "Not working this day.")
NONE = QT_TRANSLATE_NOOP("DaySheet", "No appointments.")
COLUMNS = (QT_TRANSLATE_NOOP("DaySheet", "Time"), QT_TRANSLATE_NOOP("DaySheet", "Client"),
           QT_TRANSLATE_NOOP("DaySheet", "Service"), QT_TRANSLATE_NOOP("DaySheet", "Note"))
FOOTER = QT_TRANSLATE_NOOP("DaySheet", "Printed on {when} by {name}. Client names as your role may see them. "
                                       "Page {page}.")
STATUS = {"done": QT_TRANSLATE_NOOP("DaySheet", "done"), "no_show": QT_TRANSLATE_NOOP("DaySheet", "no-show")}
WIDTHS = (27, 48, 46, 61)  # millimetres: 182 of A4's 210, within 14 mm margins; "09:30–10:45" on one line


def render(*, salon: str, day: date, sheets: list[dict], printed_by: str, printed_at: str) -> bytes:
    """`sheets`: one per person: name, hours (ranges, empty when not working) and rows (time, client, service,
    note, status)."""
    regular, bold = register_fonts()
    title = ParagraphStyle("t", fontName=bold, fontSize=15, leading=19)
    head = ParagraphStyle("h", fontName=regular, fontSize=9.5, leading=12, textColor="#555555")
    cell = ParagraphStyle("c", fontName=regular, fontSize=9.5, leading=12)
    story: list = []
    for index, sheet in enumerate(sheets):
        if index:
            story.append(PageBreak())
        story += [Paragraph(markup(tr(C, TITLE, name=sheet["name"])), title),
                  Paragraph(markup(tr(C, DAY, salon=salon, date=day.strftime("%d/%m/%Y"))), head),
                  Paragraph(markup(tr(C, HOURS, hours=format_ranges(sheet["hours"])) if sheet["hours"]
                                   else tr(C, NOT_WORKING)), head), Spacer(1, 5 * mm)]
        if not sheet["rows"]:
            story.append(Paragraph(markup(tr(C, NONE)), cell))
            continue
        data = [[Paragraph(markup(tr(C, column)), ParagraphStyle("b", parent=cell, fontName=bold))
                 for column in COLUMNS]]
        for row in sheet["rows"]:
            service = row["service"] + (f" ({tr(C, STATUS[row['status']])})" if row["status"] in STATUS else "")
            data.append([row["time"]] + [Paragraph(markup(text), cell) for text in (row["client"], service, row["note"])])
        table = Table(data, colWidths=[w * mm for w in WIDTHS], repeatRows=1)
        table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("FONT", (0, 1), (0, -1), regular, 9.5), ("LINEBELOW", (0, 0), (-1, -1), 0.4, "#cccccc"),
                                   ("BACKGROUND", (0, 0), (-1, 0), "#efe8f2"), ("TOPPADDING", (0, 0), (-1, -1), 4),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
        story.append(table)

    def footer(canvas, doc) -> None:
        canvas.saveState()
        canvas.setFont(regular, 7.5)
        canvas.setFillColor("#666666")
        canvas.drawString(14 * mm, 11 * mm, tr(C, FOOTER, when=printed_at, name=printed_by, page=doc.page))
        canvas.restoreState()

    buffer = BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4, leftMargin=14 * mm, rightMargin=14 * mm, topMargin=14 * mm,
                      bottomMargin=18 * mm, title=tr(C, TITLE, name=salon), author=salon).build(
        story, onFirstPage=footer, onLaterPages=footer)
    return buffer.getvalue()


class DaySheets(Service):
    @requires(Perm.CLIENT_READ)
    def save(self, day: date, path: Path | str, *, logins: list[str] | None = None) -> int:
        """Write the day sheets of these people (everyone who takes appointments by default); returns how many
        appointments they list. Cancelled ones are left out."""
        people = [(login, name) for login, name in self.desk.booking.staff_choices()
                  if logins is None or login in logins]
        start = datetime(day.year, day.month, day.day, tzinfo=SALON_ZONE)
        rows = [r for r in self.desk.booking.between(start, start + timedelta(days=1)) if r["status"] != "cancelled"]
        plans = self.desk.availability.plans([day], [login for login, _ in people]) if people else {}
        sheets = []
        for login, name in people:
            mine = [r for r in rows if r["staff"] == login]
            sheets.append({"name": name, "hours": plans[(day, login)].open, "rows": [
                {"time": f"{timeutil.parse(r['starts_at']).astimezone(SALON_ZONE):%H:%M}–"
                         f"{timeutil.parse(r['ends_at']).astimezone(SALON_ZONE):%H:%M}",
                 "client": r["client"] or "—", "service": r["service"] or "", "note": r["note"], "status": r["status"]}
                for r in mine]})
        me = self.desk.principal
        printed_by = self._db.execute("SELECT coalesce(nullif(display_name, ''), login) FROM staff WHERE id = ?",
                                      (me.staff_id,)).fetchone()
        salon = self.desk.identity.get()["trade_name"]
        atomic.write_bytes(Path(path), render(
            salon=salon, day=day, sheets=sheets, printed_by=printed_by[0] if printed_by else me.login,
            printed_at=timeutil.now().astimezone(SALON_ZONE).strftime("%d/%m/%Y %H:%M")))
        with self.unit_of_work() as uow:
            self.log(uow, "day_sheet_printed", "day", day.isoformat(), appointments=sum(len(s["rows"]) for s in sheets))
        return sum(len(sheet["rows"]) for sheet in sheets)
