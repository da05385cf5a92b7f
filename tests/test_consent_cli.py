"""The consent CLI contract, exports and the proof PDF."""
from __future__ import annotations

import csv
import io
import json

import pytest
from pypdf import PdfReader

from tests.conftest import OWNER_PASSWORD

PW = OWNER_PASSWORD + "\n"


@pytest.fixture
def cli(run_cli):
    assert run_cli("init", "--salon", "Atelier Lumière", "--owner", "claire", stdin=PW).code == 0

    def as_owner(*args):
        return run_cli("--user", "claire", "--password-stdin", *args, stdin=PW)
    return as_owner


def add_client(cli, first, last, email, phone):
    return cli("client", "add", "--first-name", first, "--last-name", last, "--email", email,
               "--phone", phone).out.strip()


def read_csv(path):
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # BOM for French Excel
    return list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))


def test_record_status_and_exports(cli, tmp_path):
    marie = add_client(cli, "Marie", "Dupont", "marie@exemple.fr", "06 12 34 56 78")
    hugo = add_client(cli, "=HYPERLINK(\"x\")", "@Martin", "hugo@exemple.fr", "06 22 33 44 55")
    assert cli("consent", "record", marie, "--channel", "email", "--decision", "granted", "--method", "desk").code == 0
    assert cli("consent", "record", hugo, "--channel", "email", "--decision", "granted", "--method", "paper").code == 0
    assert cli("consent", "record", hugo, "--channel", "email", "--decision", "withdrawn",
               "--method", "link").code == 0
    status = json.loads(cli("--json", "consent", "status", marie).out)
    assert status["channels"]["email"]["status"] == "granted" and status["channels"]["email"]["text_version"] == 1
    assert status["channels"]["sms"]["status"] == "unknown"

    assert cli("consent", "audience", "--channel", "email", "--csv", str(tmp_path / "aud.csv")).code == 0
    audience = read_csv(tmp_path / "aud.csv")
    assert [row[0] for row in audience[1:]] == [marie]
    assert cli("consent", "suppression", "--csv", str(tmp_path / "sup.csv")).code == 0
    suppression = read_csv(tmp_path / "sup.csv")
    assert suppression[1][0] == hugo and suppression[1][1].startswith("'=") and suppression[1][2] == "'@Martin"
    assert cli("consent", "register", "--csv", str(tmp_path / "reg.csv")).code == 0
    register = read_csv(tmp_path / "reg.csv")
    assert len(register) == 4 and register[0][0] == "event_id"


def test_grant_needs_a_positive_act_through_the_cli_too(cli):
    marie = add_client(cli, "Marie", "Dupont", "marie@exemple.fr", "06 12 34 56 78")
    result = cli("consent", "record", marie, "--channel", "sms", "--decision", "granted", "--method", "sms-stop")
    assert result.code == 1 and "positive act" in result.err
    assert cli("consent", "record", marie, "--channel", "sms", "--decision", "granted", "--method", "desk",
               "--text-version", "9").code == 1


def test_proof_pdf_shows_the_wording_each_event_was_given_with(cli, tmp_path):
    marie = add_client(cli, "Éloïse", "N'Diaye", "eloise@exemple.fr", "06 12 34 56 78")
    cli("consent", "record", marie, "--channel", "email", "--decision", "granted", "--method", "desk")
    new_text = tmp_path / "v2.txt"
    new_text.write_text("J’accepte de recevoir « La lettre de l’Atelier » par e-mail, une fois par mois. "
                        "Désinscription à tout moment.", encoding="utf-8")
    edited = json.loads(cli("--json", "consent", "text", "--channel", "email", "--set-from", str(new_text)).out)
    assert edited["version"] == 2
    cli("consent", "record", marie, "--channel", "sms", "--decision", "refused", "--method", "phone")
    cli("consent", "record", marie, "--channel", "email", "--decision", "withdrawn", "--method", "desk")
    pdf = tmp_path / "proof.pdf"
    assert cli("consent", "proof", marie, "--pdf", str(pdf)).code == 0
    text = " ".join(page.extract_text() for page in PdfReader(pdf).pages)
    flat = " ".join(text.split())
    assert "Éloïse N'Diaye" in flat
    assert "m’envoie par e-mail ses actualités" in flat  # version 1's wording, for the grant
    assert "La lettre de l’Atelier" not in flat  # version 2 was never shown to her
    assert "version 1" in flat


def test_verify_names_a_tampered_consent_event(cli, layout, tmp_path):
    from desktop import store as stores
    from storage import db, keystore

    marie = add_client(cli, "Marie", "Dupont", "marie@exemple.fr", "06 12 34 56 78")
    event_id = cli("consent", "record", marie, "--channel", "email", "--decision", "refused",
                   "--method", "desk").out.strip()
    key = keystore.load(stores.read_keyinfo(layout)["key_id"])
    conn = db.connect(layout.database, key)
    conn.execute("DROP TRIGGER consent_event_no_update")
    conn.execute("UPDATE consent_event SET decision = 'granted' WHERE id = ?", (event_id,))
    conn.close()
    result = cli("verify")
    assert result.code == 1
    assert f"consent event {event_id} (#1) was changed after it was recorded" in result.err


def test_appointment_commands(cli):
    marie = add_client(cli, "Marie", "Dupont", "marie@exemple.fr", "06 12 34 56 78")
    assert cli("service", "add", "Coupe femme", "--minutes", "45", "--price", "38.5").code == 0
    booked = cli("appointment", "add", marie, "--service", "Coupe femme", "--staff", "claire",
                 "--start", "2037-12-03T10:00")
    assert booked.code == 0
    clash = cli("appointment", "add", marie, "--service", "Coupe femme", "--staff", "claire",
                "--start", "2037-12-03T10:30")
    assert clash.code == 1 and "already has an appointment" in clash.err
    assert cli("appointment", "status", booked.out.strip(), "done").code == 1  # it has not begun yet
    assert cli("appointment", "status", booked.out.strip(), "cancelled").code == 0
    day = json.loads(cli("--json", "appointment", "list", "--day", "2037-12-03").out)["appointments"]
    assert [(a["client"], a["status"], a["starts_at"]) for a in day] == [("Marie Dupont", "cancelled",
                                                                            "2037-12-03T09:00:00.000Z")]
    past = cli("appointment", "add", marie, "--service", "Coupe femme", "--staff", "claire",
               "--start", "2024-03-05T10:00", "--allow-past")
    assert cli("appointment", "status", past.out.strip(), "done").code == 0


from hypothesis import given, strategies as st  # noqa: E402

from desktop import csv_export  # noqa: E402


@given(st.lists(st.lists(st.text(max_size=20), min_size=1, max_size=4), max_size=5))
def test_csv_cells_never_start_a_formula_and_round_trip(rows):
    raw = csv_export.render(["a"] * 4, rows)
    parsed = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline=""), delimiter=";"))[1:]
    assert len(parsed) == len(rows)
    for original, back in zip(rows, parsed):
        for cell, text in zip(original, back):
            assert not text.startswith(("=", "+", "-", "@", "\t", "\r"))
            dangerous = cell.startswith(("=", "+", "-", "@", "\t", "\r"))
            assert text == ("'" + cell if dangerous else cell)  # an apostrophe exactly when needed


def test_booking_confirmation_is_transactional(cli, tmp_path):
    marie = add_client(cli, "Éloïse", "N'Diaye", "eloise@exemple.fr", "06 12 34 56 78")
    cli("consent", "record", marie, "--channel", "email", "--decision", "refused", "--method", "desk")
    cli("service", "add", "Balayage", "--minutes", "90")
    appointment = cli("appointment", "add", marie, "--service", "Balayage", "--staff", "claire",
                      "--start", "2037-12-03T14:30").out.strip()
    pdf = tmp_path / "confirmation.pdf"
    assert cli("appointment", "confirmation", appointment, "--pdf", str(pdf)).code == 0
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(pdf).pages).split())
    assert "Éloïse N'Diaye" in text and "03/12/2037 at 14:30" in text and "90 minutes" in text
    assert "does not depend on any marketing consent" in text


def test_unreadable_wording_file_is_bad_input(cli, tmp_path):
    missing = cli("consent", "text", "--channel", "email", "--set-from", str(tmp_path / "nope.txt"))
    assert missing.code == 1 and missing.err.count("\n") == 1
    latin = tmp_path / "latin1.txt"
    latin.write_bytes("J'accepte de recevoir la lettre du salon, trés bien.".encode("latin-1"))
    assert cli("consent", "text", "--channel", "email", "--set-from", str(latin)).code == 1
    assert json.loads(cli("--json", "consent", "text", "--channel", "email").out)["version"] == 1
