"""Client-file import (issue 10): reading French Excel files, the preview, the consent attestation, the commit."""
from __future__ import annotations

import json
import os
from datetime import date

import pytest

from desktop.imports.plan import Attestation, Decisions
from desktop.imports.reading import ImportFileError, MAX_BYTES
from desktop.kernel.progress import Cancelled, Progress
from storage.errors import InputError
from tests.support.db import conn_of
from tests.support.import_files import CARDS, HEADER_FR, VISA, french_excel, utf8_bom_comma, xlsx
from tests.support.pages import plaintext
from tests.support.salons import database_state

ATTEST = Attestation("email", "formulaire papier signé à l'accueil, 2019 à 2024", date(2024, 3, 1), 1)


def run(desk, path, *, decisions=None, attestations=(), overrides=(), sheet=None, commit=True):
    table = desk.imports.read(path, sheet=sheet)
    plan = desk.imports.preview(table, overrides=overrides)
    if commit:
        return plan, desk.imports.commit(plan, decisions, attestations)
    return plan, desk.imports.dry_run(plan, decisions, attestations)


def clients(desk):
    return {(r[0], r[1]): r for r in conn_of(desk).execute(
        "SELECT first_name, last_name, email, phone, birth_date, notes, source FROM client")}


# -- reading ---------------------------------------------------------------------------------------------------

def test_french_excel_cp1252_semicolon_crlf_with_a_multiline_note(owner, tmp_path):
    path = french_excel(tmp_path / "clients.csv", HEADER_FR, [
        ["Lefèvre", "Éloïse", "06 12 34 56 78", "eloise@exemple.fr", "03/04/1990", "Couleur 6.34;\r\ncoupe dégradée", "Oui", ""],
        ["N'Diaye", "Aïcha", "+33 6 98 76 54 32", "", "15/03/1985", "", "", "Non"],
    ])
    assert b"\xc9lo\xefse" in path.read_bytes() and b"\r\n" in path.read_bytes()
    table = owner.imports.read(path)
    assert (table.encoding, table.delimiter, table.kind) == ("cp1252", ";", "csv")
    assert table.header == HEADER_FR and [n for n, _ in table.rows] == [2, 3]
    _, result = run(owner, path)
    assert result["imported"] == [2, 3] and result["rows"] == 2
    found = clients(owner)
    eloise = found[("Éloïse", "Lefèvre")]
    assert eloise[2:] == ("eloise@exemple.fr", "+33612345678", "1990-04-03", "Couleur 6.34;\ncoupe dégradée", "import")  # Windows line ends become newlines
    assert found[("Aïcha", "N'Diaye")][3:5] == ("+33698765432", "1985-03-15")


def test_utf8_with_bom_and_commas(owner, tmp_path):
    path = utf8_bom_comma(tmp_path / "export.csv", ["Last name", "First name", "Mobile", "Email", "Notes"], [
        ["Roux", "Zoé", "0033 6 11 22 33 44", "ZOE@Exemple.FR", "likes coffee, no sugar"],
        ["Faure", "Inès", "06.55.44.33.22", "ines@exemple.fr", ""]])
    table = owner.imports.read(path)
    assert (table.encoding, table.delimiter) == ("utf-8-sig", ",")
    assert table.header[0] == "Last name"  # no BOM left in the first header
    _, result = run(owner, path)
    assert result["imported"] == [2, 3]
    assert clients(owner)[("Zoé", "Roux")][2:4] == ("ZOE@exemple.fr", "+33611223344")


def test_xlsx_first_sheet_or_the_one_named_with_dates_numbers_and_a_formula(owner, tmp_path):
    from datetime import datetime

    path = xlsx(tmp_path / "clients.xlsx", ["Nom", "Prénom", "Téléphone", "Date de naissance", "Notes"], [
        ["Girard", "Léa", 612345678, datetime(1988, 7, 14), "=HYPERLINK(\"http://exemple.invalid\",\"clic\")"],
        ["Bonnet", "Manon", "06 22 33 44 55", 32874, "RAS"]], other_sheet="Archives")
    table = owner.imports.read(path)
    assert (table.kind, table.sheet, table.sheets) == ("xlsx", "Clients", ["Clients", "Archives"])
    assert owner.imports.read(path, sheet="Archives").header == ["Autre", "chose"]
    with pytest.raises(ImportFileError, match="no sheet named Nope.*Clients, Archives"):
        owner.imports.read(path, sheet="Nope")
    plan, result = run(owner, path)
    assert result["formula_cells"] == [{"row": 2, "columns": ["E"]}]
    lea = clients(owner)[("Léa", "Girard")]
    assert lea[3:5] == ("+33612345678", "1988-07-14")  # Excel's lost leading zero comes back
    assert lea[5] == "=HYPERLINK(\"http://exemple.invalid\",\"clic\")"  # stored as text, never run
    assert clients(owner)[("Manon", "Bonnet")][4] == "1990-01-01"  # an Excel serial date
    from desktop import csv_export
    assert csv_export.neutralize(lea[5]).startswith("'=")  # and neutralised on every CSV export


def test_xlsx_array_and_data_table_formulas_are_read_as_their_text_and_flagged(owner, tmp_path):
    import openpyxl
    from openpyxl.worksheet.formula import ArrayFormula, DataTableFormula

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Remarques", "Nom", "Prénom", "Observations"])
    sheet.append([None, "Girard", "Léa", None])
    sheet["A2"] = ArrayFormula("A2:A2", "=SUM(B2:C2)")  # what Excel 365 writes for a dynamic-array formula
    sheet["D2"] = DataTableFormula(ref="D2:D3", dt2D="1", r1="B1", r2="C1")  # a What-If data table
    path = tmp_path / "tableau.xlsx"
    book.save(path)
    table = owner.imports.read(path)
    assert table.rows == [(2, ["=SUM(B2:C2)", "Girard", "Léa", "=TABLE(B1,C1)"])]
    _, result = run(owner, path)
    assert result["formula_cells"] == [{"row": 2, "columns": ["A", "D"]}] and result["imported"] == [2]
    assert clients(owner)[("Léa", "Girard")][5] == "=SUM(B2:C2)\n=TABLE(B1,C1)"  # stored as text, never run


def test_dates_are_day_first_never_month_first(owner, tmp_path):
    path = french_excel(tmp_path / "dates.csv", ["Nom", "Prénom", "Date de naissance"], [
        ["A", "Un", "03/04/1990"], ["B", "Deux", "12/31/1990"], ["C", "Trois", "1990-12-31"], ["D", "Quatre", "5.6.85"],
        ["E", "Cinq", "31/12/2999"], ["F", "Six", "1985"], ["G", "Sept", "32874"]])
    plan = owner.imports.preview(owner.imports.read(path))
    assert [r.values.get("birth_date") for r in plan.rows[:1]] == ["1990-04-03"]
    assert {r.row: r.reason for r in plan.rows} == {2: None, 3: "birth_date_invalid", 4: None, 5: None,
                                                    6: "birth_date_implausible", 7: None, 8: None}
    assert plan.rows[5].values["birth_date"] is None  # a year alone: no birth date, the client still comes in
    assert plan.rows[6].values["birth_date"] == "1990-01-01"  # five digits: Excel's day number of a date
    assert plan.rows[3].values["birth_date"] == "1985-06-05"


def test_placeholders_in_optional_cells_read_as_empty_but_never_in_names(owner, tmp_path):
    path = french_excel(tmp_path / "vides.csv", ["Nom", "Prénom", "Téléphone", "Portable", "E-mail",
                                                 "Date de naissance", "Date de création"], [
        ["Dupont", "Marie", "-", "n/a", "aucun", "00/00/0000", "0000-00-00"],
        ["Martin", "Léa", "0", "N/A", "Néant", "?", "--"],
        ["Roux", "Zoé", "NC", "—", "aucune", "n.c.", "none"],
        ["Faure", "Inès", "na", " n.a. ", "None", "0", "00/00/0000"],
        ["Néant", "Chloé", "", "", "", "", ""],                   # a name gets no such leniency: kept as written
        ["Girard", "n/a", "", "", "", "", ""]])
    plan = owner.imports.preview(owner.imports.read(path))
    assert {r.row: r.reason for r in plan.rows} == {2: None, 3: None, 4: None, 5: None, 6: None, 7: None}
    for row in plan.rows[:4]:
        assert (row.values["email"], row.values["phone"], row.values["birth_date"]) == (None, None, None)
    assert (plan.rows[4].values["last_name"], plan.rows[5].values["first_name"]) == ("Néant", "n/a")


def test_formula_cells_in_a_csv_are_flagged_and_kept_as_text(owner, tmp_path):
    path = french_excel(tmp_path / "f.csv", ["Nom", "Prénom", "Remarques", "Téléphone"], [
        ["Dupont", "Marie", "=1+1", "+33 6 12 34 56 78"], ["Martin", "Léa", "@SUM(A1:A2)", ""],
        ["Roux", "Zoé", "- coupe courte", ""]])
    _, result = run(owner, path)
    assert result["formula_cells"] == [{"row": 2, "columns": ["C"]}, {"row": 3, "columns": ["C"]}]  # not a phone
    assert clients(owner)[("Marie", "Dupont")][5] == "=1+1"


# -- bad files: one clear message each, nothing changed --------------------------------------------------------

def _fifty_megabytes(path):
    line = ("Dupont;Marie;06 12 34 56 78;marie@exemple.fr;01/01/1990;" + "x" * 60 + "\r\n").encode()
    with open(path, "wb") as handle:
        handle.write("Nom;Prénom;Portable;E-mail;Date de naissance;Remarques\r\n".encode())
        block = line * 8192
        while handle.tell() < 50 * 1024 * 1024:
            handle.write(block)
        handle.truncate(50 * 1024 * 1024)
    return path


@pytest.mark.parametrize("kind, message", [
    ("empty", "is empty"), ("header only", "has a header but no client rows"),
    ("binary", "is not a text table"), ("png", "is not a text table"), ("xls", "old Excel format"),
    ("zip", "not an Excel workbook"), ("fifty megabytes", "is too large (50 MB"), ("quotes", "a quote is not closed"),
    ("no header", "holds client details"), ("password", "is protected by a password"),
])
def test_each_bad_file_gets_one_clear_message_and_changes_nothing(owner, tmp_path, run_cli, kind, message):
    import zipfile

    path = tmp_path / "clients.csv"
    if kind == "empty":
        path.write_bytes(b"")
    elif kind == "header only":
        path.write_bytes("Nom;Prénom;Téléphone\r\n".encode("cp1252"))
    elif kind == "binary":
        path.write_bytes(os.urandom(4096))
    elif kind == "png":
        path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    elif kind == "xls":
        path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    elif kind == "zip":
        with zipfile.ZipFile(path, "w") as archive:
            archive.writestr("readme.txt", "hello")
    elif kind == "fifty megabytes":
        _fifty_megabytes(path)
        assert path.stat().st_size > MAX_BYTES
    elif kind == "quotes":
        path.write_bytes(b'Nom;Pr\xe9nom;Remarques\r\nDupont;Marie;"pas ferm\xe9e\r\nMartin;L\xe9a;ok\r\n')
    elif kind == "password":  # what Excel writes for an .xlsx with a password: an encrypted container
        path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600 + "EncryptionInfo".encode("utf-16-le")
                         + b"\x00" * 100)
    elif kind == "no header":  # a client's details, card number included, must not become column names
        path.write_bytes(b"Dupont;Marie;0612345678;marie@exemple.fr;CB 4111 1111 1111 1111 exp 12/27\r\n"
                         b"Martin;L\xe9a;0698765432;lea@exemple.fr;\r\n")
    before = database_state(conn_of(owner))
    with pytest.raises(ImportFileError) as caught:
        owner.imports.read(path)
    text = caught.value.message()
    assert message in text and "\n" not in text
    result = run_cli("--user", "claire", "--password-stdin", "import", "clients", str(path), "--commit",
                     "--map", "A=last_name", "B=first_name", "E=notes", stdin="velours et ciseaux dorés\n")
    assert result.code == 1 and result.out == "" and result.err.count("\n") == 1 and message in result.err
    assert "4111" not in result.err and "marie@" not in result.err
    after = database_state(conn_of(owner))
    assert {t: rows for t, rows in after.items() if t != "audit" and not t.startswith("chain")} == \
        {t: rows for t, rows in before.items() if t != "audit" and not t.startswith("chain")}
    assert [r for r in after["audit"] if r not in before["audit"]] == [
        r for r in after["audit"] if r not in before["audit"] and "login_ok" in r]  # the CLI's sign-in only


def test_an_unclosed_quote_is_reported_at_the_row_where_it_opens(owner, tmp_path):
    lines = ["Nom;Prénom;Remarques", "Dupont;Marie;ok", 'Martin;Léa;"deux\r\nlignes"', "Roux;Zoé;ok",
             'Faure;Inès;"pas fermée']  # row 5 (the note of row 3 spans two lines: rows, not lines, are counted)
    lines += [f"Client{i};Marie;ok" for i in range(6, 506)]
    path = tmp_path / "guillemet.csv"
    path.write_bytes("\r\n".join(lines).encode("cp1252") + b"\r\n")
    with pytest.raises(ImportFileError) as caught:
        owner.imports.read(path)
    text = caught.value.message()
    assert "from row 5 on" in text and "505" not in text and "506" not in text


def test_an_xlsx_zip_bomb_is_refused_before_it_is_unpacked(owner, tmp_path):
    import zipfile

    path = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/workbook.xml", "<workbook/>")
        archive.writestr("xl/worksheets/sheet1.xml", b"\x00" * (60 * 1024 * 1024))
    assert path.stat().st_size < 1024 * 1024
    with pytest.raises(ImportFileError, match="refused for safety"):
        owner.imports.read(path)


def test_xml_entities_in_an_xlsx_are_not_expanded(owner, tmp_path):
    import zipfile

    path = xlsx(tmp_path / "clients.xlsx", ["Nom", "Prénom"], [["Dupont", "Marie"]])
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    sheet = parts["xl/worksheets/sheet1.xml"].decode()
    if sheet.startswith("<?xml"):
        sheet = sheet[sheet.index("?>") + 2:]
    doctype = '<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;">]>'
    parts["xl/worksheets/sheet1.xml"] = (doctype + sheet.replace("Marie", "&lol2;")).encode()
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    with pytest.raises(ImportFileError, match="not an Excel workbook"):
        owner.imports.read(path)


# -- the preview ---------------------------------------------------------------------------------------------

def test_duplicates_across_phone_formats_and_email_case(owner, tmp_path):
    existing = owner.clients.add(first_name="Marie", last_name="Dupont", email="marie.dupont@exemple.fr",
                                 phone="+33 6 12 34 56 78")
    path = french_excel(tmp_path / "doublons.csv", ["Nom", "Prénom", "Téléphone", "E-mail", "Date de naissance"], [
        ["DUPONT", "Marie", "06.12.34.56.78", "", ""],                      # the same phone, written otherwise
        ["Dupont", "Marie", "", "MARIE.DUPONT@EXEMPLE.FR", ""],            # the same email, in capitals
        ["Martin", "Léa", "0033 6 98 76 54 32", "lea@exemple.fr", ""],     # new
        ["Martin", "Léa", "+33698765432", "", ""],                         # row 4 again
        ["Roux", "Zoé", "", "", "01/02/1980"],
        ["ROUX", "Zoé", "", "", "1980-02-01"],                             # name and birth date
    ])
    plan, report = run(owner, path, commit=False)
    assert report["duplicates"] == [2, 3, 5, 7]
    assert {d["row"]: (d["of"], d["on"]) for d in report["duplicate_of"]} == {
        2: ({"client": existing}, "phone"), 3: ({"client": existing}, "email"), 5: ({"row": 4}, "phone"),
        7: ({"row": 6}, "name_birth")}
    _, result = run(owner, path, decisions=Decisions(duplicates={7: "keep"}))
    assert result["imported"] == [4, 6, 7] and result["unchanged"] == [2, 3, 5]
    assert owner.clients.count() == 4
    _, again = run(owner, path)
    assert again["imported"] == [] and owner.clients.count() == 4  # the same file twice adds nobody twice


def test_merge_fills_what_is_missing_and_never_overwrites(owner, tmp_path):
    existing = owner.clients.add(first_name="Marie", last_name="Dupont", email="marie@exemple.fr", notes="frange")
    path = french_excel(tmp_path / "f.csv", ["Nom", "Prénom", "E-mail", "Téléphone", "Remarques"], [
        ["DUPONT", "marie", "marie@exemple.fr", "06 12 34 56 78", "balayage"]])
    _, result = run(owner, path)
    assert result["merged"] == [2]
    row = owner.clients.show(existing)
    assert (row["first_name"], row["phone"], row["notes"]) == ("Marie", "+33612345678", "frange\nbalayage")
    _, skipped = run(owner, path, decisions=Decisions(duplicates={2: "skip"}))
    assert skipped["skipped"][0]["reason"] == "duplicate_skipped"


def test_family_members_sharing_a_phone_or_an_email_are_kept_apart_unless_merged(owner, tmp_path, run_cli):
    existing = owner.clients.add(first_name="Anne", last_name="Dupont", phone="01 45 67 89 10")
    path = french_excel(tmp_path / "famille.csv", ["Nom", "Prénom", "Téléphone", "E-mail"], [
        ["Dupont", "Marie", "01 45 67 89 10", "famille.dupont@exemple.fr"],
        ["Dupont", "Léa", "01 45 67 89 10", "famille.dupont@exemple.fr"],
        ["Dupont", "Hugo", "01 45 67 89 10", ""], ["Dupont", "Léa", "", "famille.dupont@exemple.fr"],
        ["DUPONT", "anne", "01.45.67.89.10", "anne@exemple.fr"]])
    plan = owner.imports.preview(owner.imports.read(path))
    assert [(r.row, r.duplicate_of[0], r.matched_on, r.proposed) for r in plan.rows] == [
        (2, "client", "phone", "keep"), (3, "client", "phone", "keep"), (4, "client", "phone", "keep"),
        (5, "row", "email", "merge"), (6, "client", "phone", "merge")]
    assert plan.rows[3].duplicate_of == ("row", 3)  # Léa again: Léa's row, not her mother's
    result = owner.imports.commit(plan)
    assert (result["imported"], result["merged"], result["unchanged"]) == ([2, 3, 4], [6], [5])
    assert sorted(first for first, last in clients(owner)) == ["Anne", "Hugo", "Léa", "Marie"]
    assert owner.clients.show(existing)["email"] == "anne@exemple.fr"
    again = owner.imports.commit(owner.imports.preview(owner.imports.read(path)))
    assert again["imported"] == [] and len(clients(owner)) == 4  # the same file twice adds nobody twice
    # the CLI can make one choice for every duplicate, as the wizard's "apply to all"
    other = french_excel(tmp_path / "autre.csv", ["Nom", "Prénom", "Téléphone"], [["Dupont", "Paul", "01 45 67 89 10"]])
    login = ("--user", "claire", "--password-stdin")
    done = run_cli(*login, "--json", "import", "clients", str(other), "--duplicates", "merge", "--commit",
                   stdin="velours et ciseaux dorés\n")
    assert done.code == 0, done.err
    assert json.loads(done.out)["unchanged"] == [2] and len(clients(owner)) == 4  # Paul: merged, nothing new
    refused = run_cli(*login, "import", "clients", str(other), "--duplicates", "maybe", stdin="velours et ciseaux dorés\n")
    assert refused.code == 2


def test_two_people_on_one_phone_are_told_apart_by_their_whole_name_however_it_is_written(owner, tmp_path):
    owner.clients.add(first_name="Jean-Pierre", last_name="Dupont", phone="06 12 34 56 78")
    path = french_excel(tmp_path / "noms.csv", ["Nom", "Prénom", "Téléphone", "Date de naissance"], [
        ["DUPONT", "Jean Pierre", "0612345678", ""], ["Dupont", "Marie", "01 45 67 89 10", "01/02/1960"],
        ["Martin", "Marie", "01 45 67 89 10", "03/04/1990"], ["MARTIN", "marie", "01.45.67.89.10", ""]])
    plan = owner.imports.preview(owner.imports.read(path))
    assert [(r.duplicate_of, r.proposed) for r in plan.rows][1:] == [(None, "merge"), (("row", 3), "keep"),
                                                                     (("row", 4), "merge")]
    assert plan.rows[0].duplicate_of[0] == "client" and plan.rows[0].proposed == "merge"
    result = owner.imports.commit(plan)
    assert (result["imported"], result["unchanged"]) == ([3, 4], [2, 5])
    assert sorted(clients(owner)) == [("Jean-Pierre", "Dupont"), ("Marie", "Dupont"), ("Marie", "Martin")]


def test_family_members_named_in_any_script_are_kept_apart(owner, tmp_path):
    owner.clients.add(first_name="Анна", last_name="Иванова", phone="06 12 34 56 78")
    path = utf8_bom_comma(tmp_path / "familles.csv", ["Nom", "Prénom", "Téléphone"], [
        ["Иванова", "Мария", "0612345678"], ["王", "芳", "06 98 76 54 32"], ["王", "伟", "06 98 76 54 32"],
        ["ИВАНОВА", "анна", "06.12.34.56.78"]])
    plan = owner.imports.preview(owner.imports.read(path))
    assert [r.proposed for r in plan.rows if r.duplicate_of] == ["keep", "keep", "merge"]
    owner.imports.commit(plan)
    assert len(clients(owner)) == 4


@pytest.mark.parametrize("version", ["99999999999999999999", "0", "-3"])
def test_a_text_version_that_does_not_exist_is_bad_input_however_large(owner, tmp_path, run_cli, version):
    path = _newsletter_file(tmp_path)
    before = database_state(conn_of(owner))
    done = run_cli("--user", "claire", "--password-stdin", "import", "clients", str(path), "--commit",
                   "--attest-consent", "email", "--evidence", "formulaire papier signé", "--obtained-on", "2024-03-01",
                   "--text-version", version, stdin="velours et ciseaux dorés\n")
    assert done.code == 1 and done.err.count("\n") == 1 and "consent text version" in done.err, done.err
    assert owner.clients.count() == 0 and database_state(conn_of(owner))["client"] == before["client"]


def test_card_numbers_in_three_formats_are_never_stored_shown_or_reported(owner, salon, tmp_path):
    path = french_excel(tmp_path / "cartes.csv", ["Nom", "Prénom", "Remarques"], [
        ["Dupont", "Marie", f"paie par CB {CARDS[0]} exp 12/27"],
        ["Martin", "Léa", f"carte {CARDS[1]}"],
        ["Roux", "Zoé", f"Amex {CARDS[2]}"],
        ["Faure", "Inès", "SIRET 732 829 320 00074, rien d'autre"]])
    plan = owner.imports.preview(owner.imports.read(path))
    assert [r.cards for r in plan.rows[:3]] == [["visa •••• 1111"], ["mastercard •••• 4444"], ["amex •••• 0005"]]
    assert not plan.rows[3].cards and "732 829" not in repr(plan.rows[3])
    result = owner.imports.commit(plan, Decisions(cards={3: "skip"}))
    assert result["card_numbers_blocked"] == [2, 3, 4] and result["imported"] == [2, 4, 5]
    assert result["skipped"] == [{"row": 3, "reason": "card_row_skipped", "message": "skipped: a payment card number in the notes"}]
    assert clients(owner)[("Marie", "Dupont")][5] == "" and ("Léa", "Martin") not in clients(owner)
    report = owner.imports.report(result["report_id"])
    assert [line["notes"] for line in report["lines"]] == ["card_dropped", None, "card_dropped", None]
    owner.imports.export_report(result["report_id"], tmp_path / "report.csv")
    layout, store, _ = salon
    store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    pages = plaintext(layout.database, store.key)
    for card in CARDS:
        for form in (card, card.replace(" ", "").replace("-", "")):
            assert form.encode() not in pages
            assert form not in json.dumps(result) and form not in (tmp_path / "report.csv").read_text("utf-8-sig")


def test_column_names_with_examples_dates_or_years_are_not_taken_for_a_client(owner, tmp_path):
    header = ["Nom", "Prénom", "Téléphone (format 06 12 34 56 78)", "E-mail (ex. nom@exemple.fr)",
              "Newsletter 2019 2020 2021", "Consentement SMS du 25/05/2018 au 31/12/2024"]
    path = french_excel(tmp_path / "entetes.csv", header, [["Dupont", "Marie", "06 12 34 56 78", "marie@exemple.fr",
                                                           "Oui", "Non"]])
    assert owner.imports.read(path).header == header
    for data in (["Dupont", "Marie", "marie@exemple.fr"], ["Dupont", "Marie", "06 12 34 56 78"],
                 ["Dupont", "Marie", "payé CB 4111 1111 1111 1111"]):
        with pytest.raises(ImportFileError, match="holds client details"):
            owner.imports.read(french_excel(tmp_path / "sans-entete.csv", data, [data]))


def test_card_numbers_with_dots_slashes_or_double_spaces_are_blocked_too(owner, tmp_path):
    path = french_excel(tmp_path / "cartes.csv", ["Nom", "Prénom", "Remarques"], [
        ["Dupont", "Marie", "CB 4111.1111.1111.1111"], ["Martin", "Léa", "carte 4111/1111/1111/1111 exp 12/27"],
        ["Roux", "Zoé", "4111  1111  1111  1111"], ["Faure", "Inès", "RDV 12.03.2025, tél. 06.12.34.56.78"]])
    _, result = run(owner, path)
    assert result["card_numbers_blocked"] == [2, 3, 4] and result["imported"] == [2, 3, 4, 5]
    notes = [row[5] for row in clients(owner).values()]
    assert "RDV 12.03.2025, tél. 06.12.34.56.78" in notes and not any("1111" in note for note in notes)
    # a card then its expiry date: the preview shows the card's own last four digits, not "1109"
    plan = owner.imports.preview(owner.imports.read(french_excel(tmp_path / "exp.csv", ["Nom", "Prénom", "Remarques"], [
        ["Faure", "Inès", "Visa 4111 1111 1111 1111 09 28"], ["Blanc", "Léo", "Amex 3782.822463.10005.09.28"]])))
    assert [r.cards for r in plan.rows] == [["visa •••• 1111"], ["amex •••• 0005"]]


def test_a_card_security_code_in_the_notes_is_dropped_like_a_card_in_the_dry_run_and_the_commit(owner, tmp_path):
    owner.clients.add(first_name="Marie", last_name="Dupont", email="marie@exemple.fr")
    path = french_excel(tmp_path / "codes.csv", ["Nom", "Prénom", "E-mail", "Newsletter", "Remarques"], [
        ["Dupont", "Marie", "marie@exemple.fr", "Oui", "cryptogramme 123"],
        ["Durand", "Léa", "lea@exemple.fr", "Oui", "CVV 456 au dos"], ["Roux", "Zoé", "zoe@exemple.fr", "Oui", ""]])
    plan = owner.imports.preview(owner.imports.read(path))
    assert [r.cards for r in plan.rows] == [["CVV •••"], ["CVV •••"], ()]
    dry = owner.imports.dry_run(plan, attestations=[ATTEST])
    result = owner.imports.commit(plan, attestations=[ATTEST])
    assert dry["card_numbers_blocked"] == result["card_numbers_blocked"] == [2, 3]
    assert (dry["imported"], dry["merged"]) == ([3, 4], [2]) and result["imported"] == [3, 4]
    assert dry["consent_events_planned"] == result["consent_events_created"] == 3
    assert not any("123" in (row[5] or "") or "456" in (row[5] or "") for row in clients(owner).values())


def test_a_card_number_in_another_cell_skips_the_row(owner, tmp_path):
    path = french_excel(tmp_path / "f.csv", ["Nom", "Prénom", "Téléphone"], [["Dupont", "Marie", VISA]])
    _, result = run(owner, path)
    assert result["card_numbers_blocked"] == [2] and result["invalid"][0]["reason"] == "card_elsewhere"
    assert VISA not in json.dumps(result) and owner.clients.count() == 0


def test_health_notes_are_held_back_unless_checked_as_not_health(owner, tmp_path):
    path = french_excel(tmp_path / "sante.csv", ["Nom", "Prénom", "Remarques"], [
        ["Dupont", "Marie", "Allergie au PPD, réaction en 2021"], ["Martin", "Léa", "Suivi dermato, eczéma"],
        ["Roux", "Zoé", "Traitement kératine, cheveux fins"]])
    plan = owner.imports.preview(owner.imports.read(path))
    assert owner.imports.dry_run(plan)["health_flagged"] == [2, 3]  # a salon treatment is not health data
    result = owner.imports.commit(plan, Decisions(health={3: "keep"}))
    assert result["imported"] == [2, 3, 4]
    found = clients(owner)
    assert found[("Marie", "Dupont")][5] == ""  # never into ordinary notes
    assert found[("Léa", "Martin")][5] == "Suivi dermato, eczéma"  # checked by staff as not health data
    assert found[("Zoé", "Roux")][5] == "Traitement kératine, cheveux fins"
    assert owner.health.summary(owner.clients.search("Dupont")[0])["allergy_alert"] is False  # nor into health


def test_a_held_health_note_goes_to_the_health_section_only_of_a_client_who_consented(owner, tmp_path):
    from tests.test_health import grant_health

    consented = owner.clients.add(first_name="Marie", last_name="Dupont", email="marie@exemple.fr")
    grant_health(owner, consented)
    owner.health.save_note(consented, "Cuir chevelu sensible", False)
    not_asked = owner.clients.add(first_name="Léa", last_name="Martin", email="lea@exemple.fr")
    path = french_excel(tmp_path / "sante.csv", ["Nom", "Prénom", "E-mail", "Remarques"], [
        ["Dupont", "Marie", "marie@exemple.fr", "Allergie au latex, réaction en 2021"],
        ["Martin", "Léa", "lea@exemple.fr", "Eczéma sur les mains"], ["Roux", "Zoé", "", "Enceinte, pas de décoloration"]])
    result = owner.imports.commit(owner.imports.preview(owner.imports.read(path)))
    lines = {line["row"]: line["notes"] for line in owner.imports.report(result["report_id"])["lines"]}
    assert lines == {2: "health_section", 3: "health_held", 4: "health_held"}
    details = owner.health.details(consented)
    assert details["note"] == "Cuir chevelu sensible\nAllergie au latex, réaction en 2021" and details["allergy_alert"]
    assert owner.health.summary(not_asked)["allergy_alert"] is False
    assert all("Eczéma" not in (row[5] or "") and "Enceinte" not in (row[5] or "") for row in clients(owner).values())
    again = owner.imports.commit(owner.imports.preview(owner.imports.read(path)))  # the same file again
    assert owner.health.details(consented)["note"].count("Allergie au latex") == 1 and again["imported"] == []


def test_a_merge_the_client_service_refuses_keeps_the_import_going_and_a_restricted_client_gets_no_health_note(
        owner, tmp_path):
    from tests.test_health import grant_health

    confirmed = owner.clients.add(first_name="Marie", last_name="Dupont", email="marie@exemple.fr",
                                  notes="Traitement anti-poux fait en 2022", not_health=True)
    restricted = owner.clients.add(first_name="Léa", last_name="Martin", email="lea@exemple.fr")
    grant_health(owner, restricted)
    owner.requests.open(restricted, "restriction")
    path = french_excel(tmp_path / "fusion.csv", ["Nom", "Prénom", "E-mail", "Téléphone", "Remarques"], [
        ["Dupont", "Marie", "marie@exemple.fr", "06 12 34 56 78", "Préfère le samedi matin"],
        ["Martin", "Léa", "lea@exemple.fr", "", "Allergie au latex"], ["Roux", "Zoé", "zoe@exemple.fr", "", ""]])
    result = owner.imports.commit(owner.imports.preview(owner.imports.read(path)))
    lines = {line["row"]: (line["outcome"], line["notes"]) for line in owner.imports.report(result["report_id"])["lines"]}
    assert lines == {2: ("merged", "note_refused"), 3: ("unchanged", "health_held"), 4: ("imported", None)}
    marie = owner.clients.show(confirmed)
    assert (marie["phone"], marie["notes"]) == ("+33612345678", "Traitement anti-poux fait en 2022")
    assert owner.health.summary(restricted)["allergy_alert"] is False


# -- consent ---------------------------------------------------------------------------------------------------

def _newsletter_file(tmp_path, rows=3):
    return french_excel(tmp_path / "newsletter.csv", ["Nom", "Prénom", "E-mail", "Newsletter", "SMS"], [
        [f"Client{i}", "Marie", f"marie{i}@exemple.fr", "Oui", "Oui"] for i in range(rows)])


def test_without_an_attestation_a_newsletter_column_all_oui_creates_zero_grants(owner, tmp_path):
    _, result = run(owner, _newsletter_file(tmp_path))
    assert result["consent_answers"] == {"email": {"yes": 3, "no": 0}, "sms": {"yes": 3, "no": 0}}
    assert result["consent_events_created"] == 0
    assert conn_of(owner).execute("SELECT count(*) FROM consent_event").fetchone()[0] == 0
    for client_id in owner.clients.search("Marie"):
        assert {c: s.status for c, s in owner.consent.status(client_id).items()} == {"email": "unknown", "sms": "unknown"}


def test_an_attestation_per_channel_makes_events_with_the_evidence(owner, tmp_path):
    path = _newsletter_file(tmp_path)
    plan, result = run(owner, path, attestations=[ATTEST])
    assert result["consent_events_created"] == 3
    events = conn_of(owner).execute("SELECT channel, decision, method, evidence, recorded_by, text_version, "
                                    "occurred_at FROM consent_event ORDER BY seq").fetchall()
    assert {e[:3] for e in events} == {("email", "granted", "import")} and all(e[5] == 1 for e in events)
    evidence = json.loads(events[0][3])
    assert evidence == {"attestation": ATTEST.evidence, "obtained_on": "2024-03-01", "file_sha256": plan.sha256,
                        "file_name": "newsletter.csv", "row": 2, "staff": "claire"}
    assert events[0][4] == owner.session.staff_id and events[0][6].startswith("2024-03-01")
    sms = {s.status for cid in owner.clients.search("Marie") for c, s in owner.consent.status(cid).items() if c == "sms"}
    assert sms == {"unknown"}  # the SMS column was not attested
    _, again = run(owner, path, attestations=[ATTEST])
    assert again["consent_events_created"] == 0 and again["imported"] == []


def test_attestation_client_by_client_and_its_checks(owner, tmp_path):
    path = _newsletter_file(tmp_path)
    plan = owner.imports.preview(owner.imports.read(path))
    picked = Attestation("email", ATTEST.evidence, ATTEST.obtained_on, 1, rows=frozenset({3}))
    assert owner.imports.dry_run(plan, attestations=[picked])["consent_events_planned"] == 1
    for bad, message in ((Attestation("email", "oui", ATTEST.obtained_on, 1), "how the clients gave"),
                         (Attestation("email", ATTEST.evidence, date(2999, 1, 1), 1), "not in the future"),
                         (Attestation("email", ATTEST.evidence, ATTEST.obtained_on, 9), "no email consent text version 9")):
        with pytest.raises(InputError, match=message):
            owner.imports.commit(plan, attestations=[bad])
    assert owner.clients.count() == 0
    result = owner.imports.commit(plan, attestations=[picked])
    assert result["consent_events_created"] == 1


def test_an_erased_person_is_flagged_not_re_added(owner, tmp_path):
    client_id = owner.clients.add(first_name="Marie", last_name="Dupont", email="marie@exemple.fr")
    owner.privacy.erase(client_id)
    path = french_excel(tmp_path / "f.csv", ["Nom", "Prénom", "E-mail"], [["Dupont", "Marie", "MARIE@exemple.fr"],
                                                                          ["Martin", "Léa", "lea@exemple.fr"]])
    _, result = run(owner, path)
    assert result["erased_flagged"] == [2] and result["imported"] == [3]
    assert result["skipped"][0]["reason"] == "erased" and owner.clients.search("Dupont") == []


# -- the commit: all or nothing ------------------------------------------------------------------------------

def test_a_cancel_or_a_crash_during_the_commit_leaves_the_database_as_it_was(owner, tmp_path, monkeypatch):
    from desktop.imports import service

    monkeypatch.setattr(service, "BATCH", 20)  # several batches written before the cancel
    path = _newsletter_file(tmp_path, rows=120)
    plan = owner.imports.preview(owner.imports.read(path))
    before = database_state(conn_of(owner))
    progress = Progress()
    added = []
    real_add_many = owner.clients.add_many

    caches = []

    def add_then_cancel(files):
        ids = real_add_many(files)
        added.extend(ids)
        caches.append(conn_of(owner).execute("PRAGMA cache_size").fetchone()[0])
        if len(added) >= 60:
            progress.cancel()
        return ids
    monkeypatch.setattr(owner.clients, "add_many", add_then_cancel)
    with pytest.raises(Cancelled):
        owner.imports.commit(plan, attestations=[ATTEST], progress=progress)
    assert 60 <= len(added) < 120 and database_state(conn_of(owner)) == before
    # the import's smaller page cache (storage.imports.small_cache) is given back, cancelled or not
    assert set(caches) == {-16 * 1024} and conn_of(owner).execute("PRAGMA cache_size").fetchone()[0] == -65536

    def record_then_crash(*args, **kwargs):
        raise RuntimeError("power cut")
    monkeypatch.setattr(owner.clients, "add_many", real_add_many)
    monkeypatch.setattr(owner.consent, "record_many", record_then_crash)
    with pytest.raises(RuntimeError):
        owner.imports.commit(plan, attestations=[ATTEST])
    assert database_state(conn_of(owner)) == before
    assert conn_of(owner).execute("PRAGMA cache_size").fetchone()[0] == -65536


def test_the_report_is_kept_viewable_exportable_and_audited_and_the_file_is_not_copied(owner, salon, tmp_path):
    layout = salon[0]
    path = french_excel(tmp_path / "clients-2024.csv", ["Nom", "Prénom", "E-mail"], [
        ["Dupont", "Marie", "marie@exemple.fr"], ["Martin", "Léa", "pas un email"]])
    files_before = sorted(p.relative_to(layout.home) for p in layout.home.rglob("*"))
    plan, result = run(owner, path)
    report = owner.imports.report(result["report_id"])
    assert (report["file_name"], report["file_sha256"], report["imported"], report["skipped"]) == \
        ("clients-2024.csv", plan.sha256, 1, 1)
    assert [(l["row"], l["outcome"], l["reason"]) for l in report["lines"]] == [
        (2, "imported", None), (3, "skipped", "email_invalid")]
    assert owner.imports.reports()[0]["id"] == result["report_id"]
    assert owner.imports.export_report(result["report_id"], tmp_path / "r.csv") == 2
    text = (tmp_path / "r.csv").read_text("utf-8-sig")
    assert "the email address is not valid" in text and "pas un email" not in text
    logged = owner.audit.entries(action="clients_imported")
    assert len(logged) == 1 and json.loads(logged[0]["details"])["file_sha256"] == plan.sha256
    assert sorted(p.relative_to(layout.home) for p in layout.home.rglob("*")) == files_before  # nothing copied in


def test_an_erased_client_leaves_the_report_without_a_link(owner, tmp_path):
    path = french_excel(tmp_path / "f.csv", ["Nom", "Prénom", "E-mail"], [["Dupont", "Marie", "marie@exemple.fr"]])
    _, result = run(owner, path)
    client_id = owner.clients.search("Dupont")[0]
    assert owner.imports.report(result["report_id"])["lines"][0]["client_id"] == client_id
    owner.privacy.erase(client_id)
    assert owner.imports.report(result["report_id"])["lines"][0]["client_id"] is None


def test_roles_employees_cannot_import(employee, tmp_path):
    from storage.errors import PermissionDenied

    path = _newsletter_file(tmp_path)
    with pytest.raises(PermissionDenied):
        employee.imports.read(path)


# -- the CLI ---------------------------------------------------------------------------------------------------

def test_cli_dry_run_then_commit_with_map_and_attestation(owner, tmp_path, run_cli):
    path = french_excel(tmp_path / "f.csv", ["Famille", "Prénom", "Courriel", "Lettre", "Remarques"], [
        ["Dupont", "Marie", "marie@exemple.fr", "Oui", f"CB {VISA}"], ["Martin", "Léa", "lea@exemple.fr", "Non", "enceinte"],
        ["", "Zoé", "zoe@exemple.fr", "Oui", ""]])
    login = ("--user", "claire", "--password-stdin")
    dry = run_cli(*login, "import", "clients", str(path), "--map", "Famille=last_name", "Lettre=email_consent",
                  stdin="velours et ciseaux dorés\n")
    assert dry.code == 0, dry.err
    report = json.loads(dry.out)
    assert report["dry_run"] is True and owner.clients.count() == 0
    assert (report["rows"], report["imported"], report["card_numbers_blocked"], report["health_flagged"]) == \
        (3, [2, 3], [2], [3])
    assert report["invalid"] == [{"row": 4, "reason": "last_name_missing", "message": "no last name"}]
    assert report["consent_events_created"] == 0 and VISA not in dry.out
    done = run_cli(*login, "--json", "import", "clients", str(path), "--commit", "--map", "Famille=last_name",
                   "--map", "Lettre=email_consent", "--attest-consent", "email", "--evidence", ATTEST.evidence,
                   "--obtained-on", "2024-03-01", "--text-version", "1", stdin="velours et ciseaux dorés\n")
    assert done.code == 0, done.err
    result = json.loads(done.out)
    assert result["imported"] == [2, 3] and result["consent_events_created"] == 2 and owner.clients.count() == 2
    shown = run_cli(*login, "import", "report", result["report_id"], "--csv", str(tmp_path / "r.csv"),
                    stdin="velours et ciseaux dorés\n")
    assert shown.code == 0 and (tmp_path / "r.csv").exists()
    bad = run_cli(*login, "import", "clients", str(path), "--attest-consent", "email", stdin="velours et ciseaux dorés\n")
    assert bad.code == 2 and "--evidence" in bad.err


@pytest.mark.parametrize("obtained", ["2024-13-01", "2024-02-30", "03/04/2024", "45000", "24-03-01", "01/03/24",
                                      "2024-3-1", "20240301", ""])
def test_cli_obtained_on_is_strictly_an_iso_date_or_bad_input(owner, tmp_path, run_cli, obtained):
    path = _newsletter_file(tmp_path)
    result = run_cli("--user", "claire", "--password-stdin", "import", "clients", str(path), "--commit",
                     "--attest-consent", "email", "--evidence", ATTEST.evidence, "--obtained-on", obtained,
                     "--text-version", "1", stdin="velours et ciseaux dorés\n")
    assert result.code == 1 and result.out == "" and result.err.count("\n") == 1
    assert "is not a date: write YYYY-MM-DD" in result.err
    assert owner.clients.count() == 0
    assert conn_of(owner).execute("SELECT count(*) FROM consent_event").fetchone()[0] == 0


def test_cli_sheet_on_a_csv_file_is_refused_not_ignored(owner, tmp_path, run_cli):
    path = _newsletter_file(tmp_path)
    result = run_cli("--user", "claire", "--password-stdin", "import", "clients", str(path), "--commit", "--sheet",
                     "Foo", stdin="velours et ciseaux dorés\n")
    assert result.code == 1 and result.out == "" and result.err.count("\n") == 1
    assert "newsletter.csv is a text file (CSV): it has no sheets, so there is no sheet Foo to read" in result.err
    assert owner.clients.count() == 0


def test_cli_report_export_to_an_unusable_path_names_the_path_typed_not_a_temp_file(owner, tmp_path, run_cli):
    _, result = run(owner, french_excel(tmp_path / "f.csv", ["Nom", "Prénom"], [["Dupont", "Marie"]]))
    (tmp_path / "dossier").mkdir()
    for target, says in ((tmp_path / "absent" / "x.csv", "cannot be used: its folder does not exist"),
                         (tmp_path / "dossier", "is a folder, not a file")):
        shown = run_cli("--user", "claire", "--password-stdin", "import", "report", result["report_id"], "--csv",
                        str(target), stdin="velours et ciseaux dorés\n")
        assert shown.code == 1 and shown.out == "" and shown.err.count("\n") == 1
        assert f"{target} {says}" in shown.err and ".tmp" not in shown.err
    assert [p.name for p in tmp_path.rglob(".*")] == []  # no temp file left behind


def test_cli_map_a_column_whose_header_holds_an_equals_sign(owner, tmp_path, run_cli):
    path = french_excel(tmp_path / "f.csv", ["Nom", "Prénom", "Fidélité=oui", "Courriel"], [
        ["Dupont", "Marie", "Oui", "marie@exemple.fr"]])
    dry = run_cli("--user", "claire", "--password-stdin", "import", "clients", str(path), "--map",
                  "Fidélité=oui=email_consent", stdin="velours et ciseaux dorés\n")
    assert dry.code == 0, dry.err
    assert json.loads(dry.out)["consent_answers"]["email"] == {"yes": 1, "no": 0}
