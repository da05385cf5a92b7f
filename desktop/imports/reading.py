"""Reading a client file from other salon software: CSV (encoding and delimiter found, not asked) or XLSX.

Qt-free. Whatever the bytes, the outcome is a Table or one ImportFileError with one plain message: an empty
file, a header without rows, a binary or an old-format file, a file past the size limits, unbalanced quotes,
an XLSX that is not a workbook or unpacks too large (a zip bomb). Row numbers are those a spreadsheet shows:
the header is row 1 when it is on the first line.
"""
from __future__ import annotations

import csv
import hashlib
import io
import re
import unicodedata
import warnings
import zipfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time
from itertools import islice
from pathlib import Path

from desktop.clients import notes_guard
from storage.errors import QT_TRANSLATE_NOOP, InputError

MAX_BYTES = 30 * 1024 * 1024       # about 200,000 clients as other salon software exports them
MAX_ROWS = 200_000
MAX_COLUMNS = 500
MAX_CELL = 100_000                 # characters in one cell (csv's own limit is 131,072)
MAX_UNPACKED = 400 * 1024 * 1024   # XLSX: all its parts unpacked
MAX_RATIO = 200                    # XLSX: unpacked / packed size of one part, past 1 MB unpacked
DELIMITERS = (";", ",", "\t", "|")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_FORMULA = re.compile(r"^(=.|[+\-@]\s*[A-Za-z_][A-Za-z0-9_.]*\s*\()", re.DOTALL)


class ImportFileError(InputError):
    """The file cannot be read as a client table: nothing was read into the salon, nothing was written."""


@dataclass
class Table:
    """What a file holds: its header cells, then (spreadsheet row number, cells) for each non-empty row."""

    file_name: str
    sha256: str
    size: int
    kind: str                           # "csv" or "xlsx"
    header: list[str]
    rows: "list[tuple[int, list[str]]] | CsvRows"
    encoding: str | None = None         # csv: utf-8, utf-8-sig, utf-16, cp1252 or latin-1
    delimiter: str | None = None        # csv
    sheet: str | None = None            # xlsx: the sheet read
    sheets: list[str] = field(default_factory=list)
    formulas: set[tuple[int, int]] = field(default_factory=set)  # (row, column) of cells that were formulas


def column_letter(index: int) -> str:
    """0 -> A, 25 -> Z, 26 -> AA: the letters a spreadsheet shows above each column."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def looks_like_formula(value: str) -> bool:
    """A cell a spreadsheet would run: "=…", or "+NAME(", "-NAME(", "@NAME(" (never a phone like "+33 6…")."""
    return bool(_FORMULA.match(value))


def read(path: Path | str, *, sheet: str | None = None) -> Table:
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise ImportFileError(QT_TRANSLATE_NOOP("Messages", "The file {name} cannot be opened."),
                              name=path.name) from exc
    if size == 0:
        raise ImportFileError(QT_TRANSLATE_NOOP("Messages", "The file {name} is empty."), name=path.name)
    if size > MAX_BYTES:
        raise ImportFileError(QT_TRANSLATE_NOOP(
            "Messages", "The file {name} is too large ({size} MB; the limit is {limit} MB, about 200,000 clients). "
            "Split it into smaller files and import them one after the other."),
            name=path.name, size=round(size / 1024 / 1024), limit=MAX_BYTES // 1024 // 1024)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ImportFileError(QT_TRANSLATE_NOOP("Messages", "The file {name} cannot be opened."),
                              name=path.name) from exc
    return read_bytes(data, path.name, sheet=sheet)


def read_bytes(data: bytes, name: str, *, sheet: str | None = None) -> Table:
    digest = hashlib.sha256(data).hexdigest()
    if not data:
        raise ImportFileError(QT_TRANSLATE_NOOP("Messages", "The file {name} is empty."), name=name)
    if data.startswith(b"PK\x03\x04"):
        header, rows, formulas, chosen, sheets = _read_xlsx(data, name, sheet)
        table = Table(name, digest, len(data), "xlsx", header, rows, sheet=chosen, sheets=sheets, formulas=formulas)
    else:
        _refuse_other_formats(data, name)
        text, encoding = decode(data, name)
        if sheet is not None:  # never silently ignored: the user meant another file, or the workbook itself
            raise ImportFileError(QT_TRANSLATE_NOOP(
                "Messages", "{name} is a text file (CSV): it has no sheets, so there is no sheet {sheet} to read. "
                "Import it without naming a sheet."), name=name, sheet=sheet)
        delimiter = sniff(text)
        header, rows, formulas = _records(text, delimiter, name)
        table = Table(name, digest, len(data), "csv", header, rows, encoding=encoding, delimiter=delimiter,
                      formulas=formulas)
    if not any(table.header):
        raise ImportFileError(QT_TRANSLATE_NOOP("Messages", "The file {name} has no header row."), name=name)
    if any(_client_detail(cell) for cell in table.header):  # a client's details would be shown and kept as names
        raise ImportFileError(QT_TRANSLATE_NOOP(
            "Messages", "The first row of {name} holds client details (an email address or a long number), not "
            "column names. Add a row of column names at the top (Nom, Prénom, E-mail…), then import again."),
            name=name)
    if not table.rows:
        raise ImportFileError(QT_TRANSLATE_NOOP(
            "Messages", "The file {name} has a header but no client rows."), name=name)
    return table


_EMAIL_LIKE = re.compile(r"[^\s@]+@[^\s@]+\.[^\s@]+")


def _client_detail(cell: str) -> bool:
    """Data, never a column's name: a cell that is an email address, a number of nine digits or more with no word
    (a phone), or that holds a card number. "E-mail (ex. nom@exemple.fr)" or "SMS du 25/05/2018" are names."""
    cell = cell.strip()
    return (bool(_EMAIL_LIKE.fullmatch(cell)) or (sum(ch.isdigit() for ch in cell) >= 9 and
                                                   not any(ch.isalpha() for ch in cell))
            or any(hit.confident for hit in notes_guard.find_cards(cell)))


# -- CSV ---------------------------------------------------------------------------------------------------

def _refuse_other_formats(data: bytes, name: str) -> None:
    if data.startswith(b"\xd0\xcf\x11\xe0") and "EncryptionInfo".encode("utf-16-le") in data:
        # an .xlsx with a password is stored in the old container format, encrypted
        raise ImportFileError(QT_TRANSLATE_NOOP(
            "Messages", "{name} is protected by a password. Open it in Excel or LibreOffice, save a copy without "
            "the password, then import that copy."), name=name)
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        raise ImportFileError(QT_TRANSLATE_NOOP(
            "Messages", "{name} is in the old Excel format (.xls). Open it in Excel or LibreOffice and save it as "
            ".xlsx or as CSV, then import that file."), name=name)
    if data.startswith(b"%PDF"):
        raise ImportFileError(QT_TRANSLATE_NOOP(
            "Messages", "{name} is a PDF document, not a table. Export the clients from the old software as CSV "
            "or Excel instead."), name=name)


def decode(data: bytes, name: str) -> tuple[str, str]:
    """The text and the encoding it was in: a BOM says it; else UTF-8 if it decodes, else Windows-1252 (French
    Excel), else Latin-1. Refuses what is not text."""
    text, encoding = None, None
    if data.startswith(b"\xef\xbb\xbf"):
        text, encoding = _try(data[3:], "utf-8"), "utf-8-sig"
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text, encoding = _try(data, "utf-16"), "utf-16"
    elif b"\x00" in data[:4096] and _looks_utf16le(data):
        text, encoding = _try(data, "utf-16-le"), "utf-16"
    else:
        for candidate in ("utf-8", "cp1252", "latin-1"):
            text = _try(data, candidate)
            if text is not None:
                encoding = candidate
                break
    if text is None or _binary(text):
        raise ImportFileError(QT_TRANSLATE_NOOP(
            "Messages", "{name} is not a text table (CSV) nor an Excel workbook (.xlsx). Export the clients from "
            "the old software as CSV or Excel."), name=name)
    return text, encoding


def _try(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return None


def _looks_utf16le(data: bytes) -> bool:
    sample = data[:4096]
    return sample[1::2].count(0) > 0.4 * len(sample[1::2]) and sample[0::2].count(0) < 0.1 * len(sample[0::2])


def _binary(text: str) -> bool:
    sample = text[:65536]
    controls = len(_CONTROL.findall(sample))
    return "\x00" in sample or controls > max(2, len(sample) // 200) or any(
        unicodedata.category(ch) == "Cs" for ch in sample[:4096])


def sniff(text: str) -> str:
    """The delimiter that splits the first rows into the most columns, the same number on most rows."""
    sample = text[:65536]
    if len(text) > len(sample) and "\n" in sample:
        sample = sample[:sample.rindex("\n")]
    best, best_score = ";", (False, 1, 0.0)
    for delimiter in DELIMITERS:
        try:
            records = [r for r in _reader(sample, delimiter, strict=False) if any(c.strip() for c in r)][:50]
        except csv.Error:
            continue
        if not records or len(records[0]) < 2:
            continue
        width = len(records[0])
        share = sum(len(r) == width for r in records) / len(records)
        score = (share >= 0.8, width, share)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _reader(text: str, delimiter: str, *, strict: bool):
    return csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, quotechar='"', doublequote=True,
                      skipinitialspace=False, strict=strict)


class CsvRows(Sequence):
    """A CSV file's rows, (spreadsheet row number, cells), read again from the decoded text each time they are
    walked: the cells of 100,000 rows never sit in memory all at once (the text alone is a few megabytes). The
    file was read through once already, so walking it again cannot fail."""

    def __init__(self, text: str, delimiter: str, count: int) -> None:
        self._text, self._delimiter, self._count = text, delimiter, count

    def __len__(self) -> int:
        return self._count

    def __iter__(self) -> Iterator[tuple[int, list[str]]]:
        # no field size limit to set (a global, and the worker walks while the screen samples): every cell
        # passed MAX_CELL, below csv's own limit, on the first reading
        rows = _walk(_reader(self._text, self._delimiter, strict=True))
        next(rows, None)  # the header
        yield from rows

    def __getitem__(self, index):
        if isinstance(index, slice):
            return list(islice(self, *index.indices(self._count)))
        return next(islice(self, index if index >= 0 else self._count + index, None))

    def __eq__(self, other) -> bool:
        return list(self) == list(other)


def _walk(reader, read: list[int] | None = None) -> Iterator[tuple[int, list[str]]]:
    """The non-empty records, with the row number a spreadsheet shows for each (`read` ends on the last row
    read, empty or not)."""
    for number, cells in enumerate(reader, start=1):
        if read is not None:
            read[0] = number
        if any(cell.strip() for cell in cells):
            yield number, cells


def _records(text: str, delimiter: str, name: str) -> tuple[list[str], CsvRows, set[tuple[int, int]]]:
    """The header, the rows (read through once: any error is found now) and where the formula cells are."""
    limit = csv.field_size_limit()
    csv.field_size_limit(MAX_CELL)
    header: list[str] | None = None
    count, formulas = 0, set()
    reader = _reader(text, delimiter, strict=True)
    read = [0]
    try:
        for number, cells in _walk(reader, read):
            if header is None:
                header = [cell.strip() for cell in cells]
                _check_width(header, name)
                continue
            count += 1
            formulas.update((number, i) for i, cell in enumerate(cells) if cell and looks_like_formula(cell))
            if count > MAX_ROWS:
                _too_many_rows(name)
    except csv.Error as exc:  # the record after the last one read: where the unclosed quote or long cell starts
        raise ImportFileError(QT_TRANSLATE_NOOP(
            "Messages", "{name} cannot be read from row {row} on: a quote is not closed, or a cell is too long. "
            "Open it in Excel or LibreOffice, check that row, and save it again."),
            name=name, row=read[0] + 1) from exc
    finally:
        csv.field_size_limit(limit)
    return header or [], CsvRows(text, delimiter, count), formulas


def _check_width(header: list[str], name: str) -> None:
    if len(header) > MAX_COLUMNS:
        raise ImportFileError(QT_TRANSLATE_NOOP(
            "Messages", "{name} has {count} columns; Salon Desk reads at most {limit}. Remove the columns you do "
            "not need and try again."), name=name, count=len(header), limit=MAX_COLUMNS)


def _too_many_rows(name: str) -> None:
    raise ImportFileError(QT_TRANSLATE_NOOP(
        "Messages", "{name} has more than {limit} rows. Split it into smaller files and import them one after "
        "the other."), name=name, limit=MAX_ROWS)


# -- XLSX --------------------------------------------------------------------------------------------------

def _read_xlsx(data: bytes, name: str, sheet: str | None):
    not_workbook = ImportFileError(QT_TRANSLATE_NOOP(
        "Messages", "{name} is a compressed file but not an Excel workbook (.xlsx). Export the clients from the "
        "old software as CSV or Excel."), name=name)
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        parts = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise not_workbook from exc
    names = {part.filename for part in parts}
    if "content.xml" in names and "xl/workbook.xml" not in names:
        raise ImportFileError(QT_TRANSLATE_NOOP(
            "Messages", "{name} is an OpenDocument spreadsheet. Save it as .xlsx or CSV, then import that file."),
            name=name)
    if "xl/workbook.xml" not in names:
        raise not_workbook
    unpacked = sum(part.file_size for part in parts)
    if unpacked > MAX_UNPACKED or any(part.file_size > 1024 * 1024 and part.file_size > MAX_RATIO * max(
            1, part.compress_size) for part in parts):
        raise ImportFileError(QT_TRANSLATE_NOOP(
            "Messages", "{name} unpacks to far more data than a client list holds: it was refused for safety."),
            name=name)
    try:
        import openpyxl  # defusedxml, when installed (it is a dependency), guards its XML parsing

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=False)
    except Exception as exc:  # noqa: BLE001 (openpyxl raises many types on a damaged file; each means the same)
        raise not_workbook from exc
    try:
        sheets = list(book.sheetnames)
        if sheet is not None and sheet not in sheets:
            raise ImportFileError(QT_TRANSLATE_NOOP(
                "Messages", "{name} has no sheet named {sheet}. Its sheets: {sheets}."),
                name=name, sheet=sheet, sheets=", ".join(sheets))
        chosen = sheet or sheets[0]
        header: list[str] | None = None
        rows: list[tuple[int, list[str]]] = []
        formulas: set[tuple[int, int]] = set()
        try:
            for number, cells in enumerate(book[chosen].iter_rows(), start=1):
                values = []
                for index, cell in enumerate(cells):
                    text = _cell_text(cell.value)
                    if getattr(cell, "data_type", None) == "f" or looks_like_formula(text):
                        formulas.add((number, index))
                    values.append(text)
                if not any(v.strip() for v in values):
                    continue
                if header is None:
                    header = [v.strip() for v in values]
                    while header and not header[-1]:
                        header.pop()
                    _check_width(header, name)
                    continue
                rows.append((number, values))
                if len(rows) > MAX_ROWS:
                    _too_many_rows(name)
        except ImportFileError:
            raise
        except Exception as exc:  # noqa: BLE001 (a damaged sheet part)
            raise not_workbook from exc
        return header or [], rows, formulas, chosen, sheets
    finally:
        book.close()


def _cell_text(value) -> str:
    """An XLSX cell as the text a CSV export would hold: dates as ISO, whole numbers without ".0"; an array or
    data-table formula (Excel 365's dynamic arrays, What-If tables) as its formula text, like any other formula."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time(0) else value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, (int, float)):
        return str(value)
    from openpyxl.worksheet.formula import ArrayFormula, DataTableFormula

    if isinstance(value, ArrayFormula):
        return value.text or ""
    if isinstance(value, DataTableFormula):  # no text in the file: Excel shows it as {=TABLE(row input, column input)}
        row_input, column_input = (value.r1, value.r2) if _flag(value.dt2D) else (
            (value.r1, None) if _flag(value.dtr) else (None, value.r1))
        return f"=TABLE({row_input or ''},{column_input or ''})"
    return str(value)


def _flag(value) -> bool:
    """An XML boolean attribute as openpyxl passes it through: "1" or "true" (a string), or a bool."""
    return value is True or str(value).lower() in ("1", "true")
