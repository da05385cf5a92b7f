"""Data-subject requests: the register, the access report, portability, restriction, objection, erasure."""
from __future__ import annotations

import json
import subprocess
import zipfile
from datetime import date, datetime, timedelta

import pytest
from pypdf import PdfReader

from desktop.kernel.principal import ReauthRequired
from desktop.timefmt import SALON_ZONE
from storage import timeutil
from storage.errors import Conflict, InputError, PermissionDenied
from tests.conftest import NEW_PASSWORD, OWNER_PASSWORD
from tests.support.db import conn_of

NAME = ("Éloïse", "N'Diaye-Lefèvre")
EMAIL, PHONE = "eloise.ndiaye@exemple.fr", "+33612345678"


@pytest.fixture
def client(owner):
    client_id = owner.clients.add(first_name=NAME[0], last_name=NAME[1], email=EMAIL, phone="06 12 34 56 78",
                                  notes="Coloration 6.34, aime les rendez-vous du matin")
    owner.booking.add_service("Coupe femme", 45, 42.5)
    start = datetime(2025, 1, 6, 9, 0, tzinfo=SALON_ZONE)
    with owner.transaction():
        for i in range(12):
            owner.booking.book(client_id, "Coupe femme", "claire", start + timedelta(days=7 * i), allow_overlap=True,
                               allow_past=True)
    first = owner.consent.text("email")["version"]
    owner.consent.record(client_id, "email", "granted", "desk", text_version=first)
    owner.consent.edit_text("email", "Je souhaite recevoir la lettre du salon par email, au plus deux fois par mois.")
    owner.consent.record(client_id, "email", "granted", "paper", text_version=first + 1)
    return client_id


def pdf_text(path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(str(path)).pages)


def test_register_gives_the_legal_due_date_and_memos(owner, client):
    request_id = owner.requests.open(client, "access", received_on="2026-03-06", today=date(2026, 3, 10))
    row = owner.requests.get(request_id, today=date(2026, 3, 10))
    assert row["due"] == "2026-04-07" and row["days_left"] == 28 and not row["overdue"]
    assert owner.requests.memos(today=date(2026, 3, 10)) == []
    assert [r["id"] for r in owner.requests.memos(today=date(2026, 4, 1))] == [request_id]
    late = owner.requests.get(request_id, today=date(2026, 4, 8))
    assert late["overdue"] and late["days_left"] == -1


def test_extension_needs_a_reason_within_the_first_month(owner, client):
    request_id = owner.requests.open(client, "access", received_on="2026-03-06", today=date(2026, 3, 6))
    with pytest.raises(InputError):
        owner.requests.extend(request_id, "busy", today=date(2026, 3, 20))
    with pytest.raises(Conflict):
        owner.requests.extend(request_id, "Many years of history to gather", today=date(2026, 4, 8))
    assert owner.requests.extend(request_id, "Many years of history to gather", today=date(2026, 4, 7)) == "2026-06-08"
    with pytest.raises(Conflict):
        owner.requests.extend(request_id, "Many years of history to gather", today=date(2026, 4, 7))


def test_employee_logs_a_request_but_cannot_answer_it(owner, employee, client):
    request_id = employee.requests.open(client, "access")
    for call in (lambda: employee.requests.list(), lambda: employee.requests.close(request_id),
                 lambda: employee.privacy.report(client, "/tmp/never.pdf"),
                 lambda: employee.privacy.erase(client)):
        with pytest.raises(PermissionDenied):
            call()
    assert owner.requests.get(request_id)["status"] == "open"


def test_employee_cli_report_and_erase_exit_4(run_cli, owner, employee, client, tmp_path):
    for args in (("dsar", "report", client, "--pdf", str(tmp_path / "r.pdf")), ("dsar", "erase", client)):
        result = run_cli("--user", "lea", *args, stdin=NEW_PASSWORD + "\n")
        assert result.code == 4, result.err
    assert not (tmp_path / "r.pdf").exists()
    assert owner.clients.show(client)["last_name"] == NAME[1]


def test_report_needs_the_password_again(owner, client, tmp_path):
    owner.principal.reauth_at = timeutil.now() - timedelta(minutes=10)
    with pytest.raises(ReauthRequired):
        owner.privacy.report(client, tmp_path / "r.pdf")
    owner.reauthenticate(OWNER_PASSWORD)
    owner.privacy.report(client, tmp_path / "r.pdf")


def test_report_holds_everything_article_15_asks(owner, client, tmp_path):
    request_id = owner.requests.open(client, "access")
    result = owner.privacy.report(client, tmp_path / "report.pdf", json_path=tmp_path / "report.json",
                                  language="en", request_id=request_id)
    text = pdf_text(tmp_path / "report.pdf")
    for expected in (NAME[0], NAME[1], EMAIL, PHONE, "Coloration 6.34", "Je souhaite recevoir la lettre du salon",
                     "Article 15", "CNIL", "automatically", "How long your data is kept", "Where your data came from"):
        assert expected in text, expected
    for appointment in owner.booking.history(client):
        assert appointment["starts_at"] and datetime.fromisoformat(
            appointment["starts_at"].replace("Z", "+00:00")).astimezone(SALON_ZONE).strftime("%d/%m/%Y") in text
    short = result["fingerprint"][:16].upper()
    pages = PdfReader(str(tmp_path / "report.pdf")).pages
    for page in pages:
        assert "-".join(short[i:i + 4] for i in range(0, 16, 4)) in page.extract_text()
    documents = owner.requests.get(request_id)["documents"]
    assert [(d["kind"], d["fingerprint"]) for d in documents] == [("access_report", result["fingerprint"])]
    data = json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))
    assert data["client"]["email"] == EMAIL and len(data["appointments"]) == 12


def test_report_refused_to_a_manager_who_may_not_see_contacts(owner, manager, client, tmp_path):
    from desktop.kernel.permissions import Perm, Role

    owner.settings.set_visibility(Role.MANAGER, Perm.CLIENT_CONTACT, False)
    with pytest.raises(PermissionDenied):
        manager.privacy.report(client, tmp_path / "r.pdf")
    assert not (tmp_path / "r.pdf").exists()


def test_portability_exports_what_the_client_gave(owner, client, tmp_path):
    owner.privacy.portability(client, tmp_path / "me.json", csv_path=tmp_path / "me.zip")
    data = json.loads((tmp_path / "me.json").read_text(encoding="utf-8"))
    assert data["format"] == "salon-desk-portability" and data["client"]["email"] == EMAIL
    assert len(data["appointments"]) == 12 and {c["method"] for c in data["consents"]} == {"desk", "paper"}
    assert "notes" not in data["client"]  # written by staff, not provided by the client
    with zipfile.ZipFile(tmp_path / "me.zip") as bundle:
        assert {"client.csv", "appointments.csv", "consents.csv"} <= set(bundle.namelist())
        assert EMAIL in bundle.read("client.csv").decode("utf-8-sig")


def test_restriction_blocks_marketing_and_edits_until_closed(owner, client, tmp_path):
    request_id = owner.requests.open(client, "restriction")
    assert owner.consent_exports.audience_rows("email") == []
    with pytest.raises(Conflict):
        owner.clients.edit(client, notes="autre chose")
    owner.clients.edit(client, request_id=request_id, notes="corrigé à sa demande")
    owner.requests.close(request_id)
    assert [r[0] for r in owner.consent_exports.audience_rows("email")] == [client]
    owner.clients.edit(client, notes="de nouveau libre")


def test_platform_clients_list_the_platform_to_tell(owner):
    client_id = owner.clients.add(first_name="Inès", last_name="Roux", source="marketplace")
    request_id = owner.requests.open(client_id, "erasure")
    assert [n["recipient"] for n in owner.requests.get(request_id)["notices"]] == ["platform"]
    owner.requests.mark_told(request_id, "platform")
    assert owner.requests.get(request_id)["notices"][0]["told_at"]


def test_report_pages_render(owner, client, tmp_path):
    """pdftoppm draws every page (what the owner prints), when poppler is installed."""
    owner.privacy.report(client, tmp_path / "r.pdf")
    try:
        subprocess.run(["pdftoppm", "-r", "30", "-png", str(tmp_path / "r.pdf"), str(tmp_path / "page")],
                       check=True, capture_output=True)
    except FileNotFoundError:
        return
    assert len(list(tmp_path.glob("page-*.png"))) == len(PdfReader(str(tmp_path / "r.pdf")).pages)


def test_open_request_refuses_bad_input_and_changes_nothing(owner, client):
    before = conn_of(owner).execute("SELECT count(*) FROM privacy_request").fetchone()[0]
    for kwargs in ({"kind": "gossip"}, {"kind": "access", "channel": "pigeon"},
                   {"kind": "access", "received_on": "2026-13-01"},
                   {"kind": "access", "received_on": (date.today() + timedelta(days=3)).isoformat()}):
        with pytest.raises(InputError):
            owner.requests.open(client, **kwargs)
    assert conn_of(owner).execute("SELECT count(*) FROM privacy_request").fetchone()[0] == before


def _database_bytes(owner) -> bytes:
    from tests.support.db import store_of
    from tests.support.pages import plaintext

    store = store_of(owner)
    return plaintext(store.layout.database, store.key)


def test_the_page_reader_sees_live_data(owner, client):
    """The grep below means something: before erasure, the decrypted pages do hold the client's data."""
    raw = _database_bytes(owner)
    for needle in (NAME[1], EMAIL, PHONE):
        assert needle.encode() in raw


def test_erasure_leaves_no_trace_and_verify_still_passes(owner, client, tmp_path, run_cli):
    request_id = owner.requests.open(client, "erasure")
    owner.privacy.report(client, tmp_path / "before.pdf", request_id=request_id)
    result = owner.privacy.erase(client, request_id=request_id, certificate_path=tmp_path / "certificate.pdf",
                                 language="en")
    raw = _database_bytes(owner)
    for needle in (NAME[1], "N'Diaye", EMAIL, "0612345678", PHONE, "Coloration 6.34"):
        assert needle.encode() not in raw, needle
    assert not any(owner.verify.run().values()), owner.verify.run()
    conn = conn_of(owner)
    assert conn.execute("SELECT count(*) FROM client").fetchone()[0] == 0
    assert conn.execute("SELECT count(*) FROM appointment WHERE client_id IS NULL").fetchone()[0] == 12
    assert conn.execute("SELECT count(*) FROM consent_event WHERE client_id IS NULL").fetchone()[0] == 2
    assert conn.execute("SELECT count(*) FROM consent_status").fetchone()[0] == 0
    assert conn.execute("SELECT count(*) FROM audit WHERE object_id = ? OR details LIKE ?",
                        (client, f"%{client}%")).fetchone()[0] == 0  # the log no longer says whose file it was
    assert conn.execute("SELECT kind FROM tombstone WHERE entity = 'client' AND entity_id = ?",
                        (client,)).fetchone() == ("erased",)
    assert conn.execute("SELECT op FROM outbox WHERE entity = 'client' AND entity_id = ? ORDER BY device_seq DESC",
                        (client,)).fetchone() == ("erase",)
    assert result["summary"]["appointment"] == {"detach": 12}
    certificate = pdf_text(tmp_path / "certificate.pdf")
    assert "Erasure certificate" in certificate and "Past appointments (12)" in certificate
    assert NAME[1] not in certificate and EMAIL not in certificate
    for export in ("register", "suppression"):
        getattr(owner.consent_exports, export)(tmp_path / f"{export}.csv")
        text = (tmp_path / f"{export}.csv").read_text(encoding="utf-8-sig")
        assert NAME[1] not in text and EMAIL not in text
    assert [d["kind"] for d in owner.requests.get(request_id)["documents"]] == ["access_report",
                                                                                "erasure_certificate"]


def test_an_erased_person_coming_back_is_flagged_not_silently_added(owner, client):
    from desktop.clients.service import ReturningClient

    owner.privacy.erase(client)
    with pytest.raises(ReturningClient):
        owner.clients.add(first_name="Éloïse", last_name="Autre", phone="06 12 34 56 78")
    with pytest.raises(ReturningClient):
        owner.clients.add(first_name="E", last_name="N", email=EMAIL.upper())
    again = owner.clients.add(first_name="Éloïse", last_name="Autre", email=EMAIL, returning=True)
    assert again != client
    assert owner.clients.add(first_name="Zoé", last_name="Neuve", email="zoe@exemple.fr")


def test_erasure_redacts_pending_outbox_copies(owner, client):
    conn = conn_of(owner)
    assert conn.execute("SELECT count(*) FROM outbox WHERE fields LIKE ?", (f"%{EMAIL}%",)).fetchone()[0] > 0
    owner.privacy.erase(client)
    for needle in (EMAIL, NAME[1], PHONE):
        assert conn.execute("SELECT count(*) FROM outbox WHERE fields LIKE ?", (f"%{needle}%",)).fetchone()[0] == 0


def test_objection_withdraws_every_channel_against_the_request(owner, client):
    owner.consent.record(client, "sms", "granted", "desk", text_version=owner.consent.text("sms")["version"])
    request_id = owner.requests.open(client, "objection")
    status = owner.consent.status(client)
    assert status["email"].status == status["sms"].status == "withdrawn"
    events = [e for e in owner.consent.history(client) if e["decision"] == "withdrawn"]
    assert {e["method"] for e in events} == {"request"} and {e["evidence"] for e in events} == {request_id}
    assert owner.consent_exports.audience_rows("email") == []


def test_cli_erase_prints_json_and_writes_the_certificate(run_cli, owner, client, tmp_path):
    result = run_cli("--user", "claire", "--json", "dsar", "erase", client, "--certificate",
                     str(tmp_path / "c.pdf"), stdin=OWNER_PASSWORD + "\n")
    assert result.code == 0, result.err
    data = json.loads(result.out)
    assert data["ok"] and data["erasure_id"] and (tmp_path / "c.pdf").exists()
    again = run_cli("--user", "claire", "dsar", "erase", client, stdin=OWNER_PASSWORD + "\n")
    assert again.code == 1 and again.err.count("\n") == 1


def test_report_of_a_long_history_lists_every_appointment_and_both_wordings(owner, tmp_path):
    """About 1,000 appointments, long notes, two versions of the consent wording, an accented name with an emoji."""
    client_id = owner.clients.add(first_name="Éloïse 🌸", last_name="Ñúñez-Lefèvre", email="eloise.n@exemple.fr",
                                  notes="Balayage caramel, racines tous les deux mois. " * 40, source="widget")
    owner.booking.add_service("Balayage", 90)
    start = datetime(2023, 1, 2, 9, 0, tzinfo=SALON_ZONE)
    with owner.transaction():
        for day in range(1000):
            owner.booking.book(client_id, "Balayage", "claire", start + timedelta(days=day), allow_overlap=True,
                               allow_past=True, allow_outside_hours=True)
    first = owner.consent.text("email")
    owner.consent.record(client_id, "email", "granted", "desk", text_version=first["version"])
    second = owner.consent.edit_text("email", "Je souhaite recevoir la lettre du salon, deux fois par mois au plus.")
    owner.consent.record(client_id, "email", "granted", "paper", text_version=second["version"])
    owner.privacy.report(client_id, tmp_path / "long.pdf", language="fr")
    text = pdf_text(tmp_path / "long.pdf")
    compact = " ".join(text.split())
    assert "Éloïse" in text and "Ñúñez-Lefèvre" in text
    for day in range(1000):
        assert (start + timedelta(days=day)).strftime("%d/%m/%Y") in text
    for wording in (first["body"], second["body"]):
        assert " ".join(wording.split()) in compact
    for expected in ("bouton de réservation", "responsable du traitement", "Combien de temps vos données sont gardées",
                     "Vos droits", "CNIL", "automatiquement"):
        assert expected in compact, expected


def test_cli_list_speaks_words_and_keeps_json_stable(run_cli, owner, client):
    request_id = owner.requests.open(client, "erasure")
    owner.privacy.erase(client, request_id=request_id)
    text = run_cli("--user", "claire", "dsar", "list", stdin=OWNER_PASSWORD + "\n")
    assert text.code == 0 and "Erasure" in text.out and "(erased)" in text.out and " erasure " not in text.out
    data = json.loads(run_cli("--user", "claire", "--json", "dsar", "list", stdin=OWNER_PASSWORD + "\n").out)
    assert [(r["kind"], r["status"], r["client_erased"]) for r in data["requests"]] == [("erasure", "open", True)]
