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
            owner.booking.book(client_id, "Coupe femme", "claire", start + timedelta(days=7 * i), allow_overlap=True)
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
