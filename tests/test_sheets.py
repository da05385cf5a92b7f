"""The printed sheets stay on their pages: every line of text of the recovery sheet and the day sheet lies
inside the paper's margins, in French and English, with long names and notes."""
from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics

from desktop import i18n, recovery_sheet
from desktop.pdf_text import register_fonts
from desktop.timefmt import SALON_ZONE

MARGIN = 10 * mm  # a printer's unprintable border, and then some
LONG_NAME = "Atelier Lumière — Coiffure, Barbier & Institut de Beauté du Faubourg Saint-Antoine"


def outside(path: Path) -> list[str]:
    """Each run of text that starts or ends outside the page's margins (pypdf gives where it starts; its width
    comes from the same font metrics reportlab laid it out with)."""
    register_fonts()
    found = []
    for number, page in enumerate(PdfReader(path).pages, 1):
        width, height = float(page.mediabox.width), float(page.mediabox.height)

        def visit(text, cm, tm, font, size, number=number, width=width, height=height):
            text = text.strip("\n")
            if not text.strip() or not font:
                return
            scale = tm[0] * cm[0]
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            name = str(font.get("/BaseFont", "")).split("+")[-1]
            face = name if name in pdfmetrics.getRegisteredFontNames() else "DejaVuSans"
            right = x + pdfmetrics.stringWidth(text, face, size * scale)
            if x < MARGIN or right > width - MARGIN or not MARGIN <= y <= height - MARGIN:
                found.append(f"page {number}: {text!r} from x={x:.0f} to {right:.0f} at y={y:.0f} "
                             f"(page {width:.0f} x {height:.0f})")
        page.extract_text(visitor_text=visit)
    return found


@pytest.mark.parametrize("language", ["fr", "en"])
def test_the_recovery_sheet_fits_its_page(tmp_path, monkeypatch, language, qapp):
    monkeypatch.setenv("SALON_DESK_LANG", language)
    i18n.install(language)
    try:
        path = tmp_path / "sheet.pdf"
        recovery_sheet.save(path, "ABCDE-FGHJK-LMNPQ-RSTUV", LONG_NAME, "01/12/2026")
        assert len(PdfReader(path).pages) == 1
        assert outside(path) == []
        text = " ".join(PdfReader(path).pages[0].extract_text().split())
        assert ("quand il le demande" if language == "fr" else "when it asks") in text  # the last words are there
    finally:
        i18n.uninstall()


@pytest.mark.parametrize("language", ["fr", "en"])
def test_the_day_sheet_fits_its_pages(owner, tmp_path, monkeypatch, language, qapp):
    monkeypatch.setenv("SALON_DESK_LANG", language)
    i18n.install(language)
    try:
        owner.catalogue.add("Balayage californien et soin profond à la kératine", 60)
        owner.staff.add("lea", "employee", "Léa-Marie Bernard-Fontaine de la Tour d’Auvergne")
        day = date(2037, 12, 1)
        for hour in range(9, 19):
            client = owner.clients.add(first_name="Marie-Éloïse", last_name=f"N’Diaye-Vandenberghe-{hour}")
            owner.booking.book(client, "Balayage californien et soin profond à la kératine", "lea",
                               datetime(2037, 12, 1, hour, 0, tzinfo=SALON_ZONE),
                               note="Préfère une frange très courte, sans ammoniaque, produits bio uniquement, "
                                    "rappeler la veille au 06 12 34 56 78 pour confirmer l’heure du rendez-vous")
        path = tmp_path / "day.pdf"
        assert owner.day_sheets.save(day, path) == 10
        assert len(PdfReader(path).pages) >= 3  # Claire's page, then Léa's ten appointments over two or more
        assert outside(path) == []
    finally:
        i18n.uninstall()


def test_a_line_off_the_page_is_caught(tmp_path):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    regular, _ = register_fonts()
    path = tmp_path / "off.pdf"
    pdf = canvas.Canvas(str(path), pagesize=A4)
    pdf.setFont(regular, 11)
    pdf.drawString(25 * mm, 100 * mm, "Pour l’utiliser : copiez le dossier du salon sur le PC, lancez Salon Desk et "
                                      "saisissez le code quand il le demande.")
    pdf.save()
    assert outside(path) and "saisissez" in outside(path)[0]
