"""Client files as other salon software and French Excel write them, made by the tests (and the benchmark)."""
from __future__ import annotations

import csv
import io
import random
from pathlib import Path

HEADER_FR = ["Nom", "Prénom", "Portable", "E-mail", "Date de naissance", "Remarques", "Newsletter", "SMS"]
VISA = "4111 1111 1111 1111"           # a brand-valid test number (Luhn ok), never a real card
CARDS = ("4111 1111 1111 1111", "5555-5555-5555-4444", "378282246310005")  # spaced, hyphenated, plain (Amex)

FIRST = ["Marie", "Éloïse", "Camille", "Léa", "Chloé", "Inès", "Manon", "Zoé", "Hélène", "Gaëlle", "Noémie", "Anaïs"]
LAST = ["Dupont", "Martin", "N'Diaye", "Lefèvre", "Roux", "Girard", "Bonnet", "Faure", "Mercier", "Guérin"]


def csv_text(header: list[str], rows: list[list[str]], delimiter: str = ";") -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(header)
    writer.writerows(rows)
    return buffer.getvalue()


def french_excel(path: Path, header: list[str], rows: list[list[str]]) -> Path:
    """What "CSV (séparateur : point-virgule)" in French Excel writes: Windows-1252, `;`, CRLF."""
    path.write_bytes(csv_text(header, rows, ";").encode("cp1252"))
    return path


def utf8_bom_comma(path: Path, header: list[str], rows: list[list[str]]) -> Path:
    path.write_bytes(b"\xef\xbb\xbf" + csv_text(header, rows, ",").replace("\r\n", "\n").encode("utf-8"))
    return path


def xlsx(path: Path, header: list[str], rows: list[list[object]], *, sheet: str = "Clients",
         other_sheet: str | None = None) -> Path:
    import openpyxl

    book = openpyxl.Workbook()
    first = book.active
    first.title = sheet
    first.append(header)
    for row in rows:
        first.append(row)
    if other_sheet:
        other = book.create_sheet(other_sheet)
        other.append(["Autre", "chose"])
        other.append(["a", "b"])
    book.save(path)
    return path


def bench_rows(count: int, seed: int = 7) -> list[list[str]]:
    """`count` plausible rows (distinct emails and phones), a few notes, consent answers."""
    rng = random.Random(seed)
    rows = []
    for i in range(count):
        first, last = rng.choice(FIRST), rng.choice(LAST)
        rows.append([last, first, f"06 {i // 1000000 % 100:02d} {i // 10000 % 100:02d} {i // 100 % 100:02d} {i % 100:02d}",
                     f"{first[:3].lower()}.{i}@exemple.fr", f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/"
                     f"{rng.randint(1950, 2005)}", rng.choice(["", "", "Couleur 6.34", "Préfère le matin"]),
                     rng.choice(["Oui", "Non", ""]), rng.choice(["Oui", "Non", ""])])
    return rows
