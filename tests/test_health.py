"""Health information (Art. 9): its own consent, a role gate, patch tests, and deletion on withdrawal."""
from __future__ import annotations

from datetime import date, timedelta

import pytest

from storage.timeutil import add_months
from storage import timeutil
from storage.errors import InputError, PermissionDenied
from tests.support.db import conn_of


@pytest.fixture
def client_id(owner):
    return owner.clients.add(first_name="Marie", last_name="Dupont", email="marie@exemple.fr")


def grant_health(desk, client_id):
    return desk.consent.record(client_id, "health", "granted", "desk",
                               text_version=desk.consent.text("health")["version"])


def test_health_needs_its_own_explicit_consent(owner, client_id):
    owner.consent.record(client_id, "email", "granted", "desk", text_version=1)  # marketing consent is not it
    with pytest.raises(InputError, match="explicit consent"):
        owner.health.save_note(client_id, "allergie au latex", True)
    with pytest.raises(InputError, match="explicit"):
        owner.consent.record(client_id, "health", "granted", "phone", text_version=1)
    with pytest.raises(InputError, match="reference"):
        owner.consent.record(client_id, "health", "granted", "paper", text_version=1)
    event = grant_health(owner, client_id)
    assert "santé" in owner.consent.text("health")["body"] and event["text_sha256"]
    owner.health.save_note(client_id, "allergie au latex", True)
    assert owner.health.details(client_id)["note"] == "allergie au latex"


def test_employee_sees_only_the_allergy_alert(owner, employee, client_id):
    grant_health(owner, client_id)
    owner.health.save_note(client_id, "allergie au latex", True)
    assert employee.health.summary(client_id)["allergy_alert"] is True
    with pytest.raises(PermissionDenied):
        employee.health.details(client_id)
    with pytest.raises(PermissionDenied):
        employee.health.save_note(client_id, "autre", False)
    from desktop.kernel.permissions import Perm, Role
    owner.settings.set_visibility(Role.EMPLOYEE, Perm.HEALTH, True)
    assert employee.health.details(client_id)["note"] == "allergie au latex"


def test_patch_tests_show_the_last_test_and_the_owner_sets_each_products_validity(owner, employee, client_id):
    grant_health(owner, client_id)
    tested = timeutil.now().date() - timedelta(days=10)
    owner.health.add_patch_test(client_id, tested, "Majirel 6.34", "negative")
    last = employee.health.summary(client_id)["last_test"]
    assert (last["tested_on"], last["product"], last["months"], last["due"]) == (tested.isoformat(), "Majirel 6.34",
                                                                                 0, True)  # before every colouring
    owner.settings.set_patch_test_months("majirel  6.34", 6)
    last = owner.health.summary(client_id)["last_test"]
    assert (last["months"], last["counts_until"], last["due"]) == (6, add_months(tested, 6).isoformat(), False)
    assert owner.health.summary(client_id, on=tested + timedelta(days=200))["last_test"]["due"] is True
    owner.health.add_patch_test(client_id, tested, "Décoloration", "positive")
    summary = owner.health.summary(client_id)
    assert summary["allergy_alert"] is True and summary["last_test"]["product"] == "Majirel 6.34"
    with pytest.raises(InputError):
        owner.health.add_patch_test(client_id, tested, "", "negative")
    with pytest.raises(InputError):
        owner.settings.set_patch_test_months("Inoa", 25)
    with pytest.raises(PermissionDenied):
        employee.settings.set_patch_test_months("Inoa", 3)


def test_the_audit_log_records_a_patch_test_never_its_result_or_product(owner, client_id):
    grant_health(owner, client_id)
    owner.health.add_patch_test(client_id, timeutil.now().date(), "Inoa 5.1", "positive")
    owner.health.save_note(client_id, "allergique à la PPD", True)
    rows = conn_of(owner).execute("SELECT action, details FROM audit WHERE action IN "
                                  "('patch_test_added', 'health_note_saved')").fetchall()
    assert [r[0] for r in rows] == ["patch_test_added", "health_note_saved"]
    assert all(r[1] == "{}" for r in rows)


NOTE, PRODUCT = "enceinte de 5 mois, allergique à la PPD", "Koleston 7/43 test"


def health_values_anywhere(conn) -> list[str]:
    """Every table and column, the audit log and the outbox included, that still holds a health value."""
    found = []
    for (table,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall():
        if table.startswith("client_search_"):
            continue
        columns = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]
        for column in columns:
            for (value,) in conn.execute(f"SELECT {column} FROM {table}").fetchall():
                text = str(value)
                if any(mark in text for mark in (NOTE[:12], "PPD", PRODUCT, '"result": "', '"result":"')):
                    found.append(f"{table}.{column}")
    return found


@pytest.mark.parametrize("who", ["owner", "employee"])
def test_withdrawing_health_consent_leaves_no_health_value_in_any_table(owner, employee, client_id, who):
    grant_health(owner, client_id)
    owner.health.save_note(client_id, NOTE, True)
    owner.health.add_patch_test(client_id, timeutil.now().date(), PRODUCT, "positive")
    assert health_values_anywhere(conn_of(owner))  # the probe finds them while they are kept
    desk = {"owner": owner, "employee": employee}[who]
    desk.consent.withdraw(client_id, "health", "letter")  # any role, with how it came
    assert health_values_anywhere(conn_of(owner)) == []
    assert conn_of(owner).execute("SELECT count(*) FROM health_note").fetchone()[0] == 0
    assert conn_of(owner).execute("SELECT count(*) FROM patch_test").fetchone()[0] == 0
    history = owner.consent.history(client_id)
    assert [(e["decision"], e["method"]) for e in history] == [("withdrawn", "letter"), ("granted", "desk")]
    assert employee.health.summary(client_id) == {"allergy_alert": False, "consent": False, "last_test": None}


def test_health_consent_withdrawn_from_the_cli(run_cli, layout):
    import json

    from desktop import salon as salons
    from tests.conftest import OWNER_PASSWORD
    from tests.support.db import store_of
    assert run_cli("init", "--salon", "Atelier", "--owner", "claire", stdin=OWNER_PASSWORD + "\n").code == 0
    user = ("--user", "claire", "--password-stdin", "--json")
    client_id = json.loads(run_cli(*user, "client", "add", "--first-name", "Inès", "--last-name", "Roux",
                                   stdin=OWNER_PASSWORD + "\n").out)["id"]
    granted = run_cli(*user, "consent", "record", client_id, "--channel", "health", "--decision", "granted",
                      "--method", "paper", stdin=OWNER_PASSWORD + "\n")
    assert granted.code == 1 and "reference" in granted.err  # a signed form needs where it is filed
    granted = run_cli(*user, "consent", "record", client_id, "--channel", "health", "--decision", "granted",
                      "--method", "paper", "--evidence", "classeur santé n° 12", stdin=OWNER_PASSWORD + "\n")
    assert granted.code == 0, granted.err
    withdrawn = run_cli(*user, "consent", "record", client_id, "--channel", "health", "--decision", "withdrawn",
                        "--method", "email", stdin=OWNER_PASSWORD + "\n")
    assert withdrawn.code == 0, withdrawn.err
    status = json.loads(run_cli(*user, "consent", "status", client_id, stdin=OWNER_PASSWORD + "\n").out)
    assert set(status["channels"]) == {"email", "sms"}
    desk = salons.Salon.open(layout).sign_in("claire", OWNER_PASSWORD)
    events = desk.consent.history(client_id)
    assert [(e["channel"], e["decision"], e["method"], e["evidence"]) for e in events] == [
        ("health", "withdrawn", "email", None), ("health", "granted", "paper", "classeur santé n° 12")]
    store_of(desk).close()


def test_no_card_numbers_in_health_notes_either(owner, client_id):
    grant_health(owner, client_id)
    with pytest.raises(InputError, match="card number"):
        owner.health.save_note(client_id, "CB 4111 1111 1111 1111", False)


def test_month_arithmetic():
    assert add_months(date(2026, 8, 31), 6) == date(2027, 2, 28)
    assert add_months(date(2027, 8, 31), 6) == date(2028, 2, 29)
    assert add_months(date(2026, 1, 15), 12) == date(2027, 1, 15)


def remaining(desk, table: str) -> set[str]:
    column = "id" if table == "patch_test" else "client_id"
    return {r[0] for r in conn_of(desk).execute(f"SELECT {column} FROM {table}")}


def test_health_data_has_its_own_retention(owner, employee, client_id):
    grant_health(owner, client_id)
    owner.health.save_note(client_id, "allergie au latex", True)
    old = timeutil.now().date() - timedelta(days=800)
    old_test = owner.health.add_patch_test(client_id, old, "Coloration", "negative")
    new_test = owner.health.add_patch_test(client_id, timeutil.now().date(), "Coloration", "negative")
    assert remaining(owner, "patch_test") == {old_test, new_test}
    assert owner.health.purge_expired() == {"patch_tests": 1, "notes": 0}  # the note was updated today
    assert remaining(owner, "patch_test") == {new_test} and remaining(owner, "health_note") == {client_id}
    later = timeutil.now().date() + timedelta(days=800)
    assert owner.health.purge_expired(now=later) == {"patch_tests": 1, "notes": 1}
    assert remaining(owner, "patch_test") == set() and remaining(owner, "health_note") == set()
    assert owner.health.summary(client_id)["consent"]  # the consent (and its proof) stays
    with pytest.raises(PermissionDenied):
        employee.health.purge_expired()


def test_health_purge_from_the_cli_deletes_exactly_what_is_past_retention(owner, run_cli, monkeypatch):
    """Old data goes; recent data stays, and so does an old note of a client seen within the period."""
    import json

    from tests.conftest import OWNER_PASSWORD

    today = timeutil.now().date()
    long_ago = timeutil.now() - timedelta(days=800)
    gone, recent, seen = (owner.clients.add(first_name=name, last_name="Dupont") for name in ("Ana", "Bea", "Cleo"))
    for client in (gone, recent, seen):
        grant_health(owner, client)
    with monkeypatch.context() as patched:  # notes last written 800 days ago
        patched.setattr(timeutil, "now", lambda: long_ago)
        owner.health.save_note(gone, "allergie au latex", True)
        owner.health.save_note(seen, "eczéma", False)
    owner.health.save_note(recent, "enceinte", False)
    old_test = owner.health.add_patch_test(gone, today - timedelta(days=800), "Coloration", "negative")
    kept_tests = {owner.health.add_patch_test(c, today - timedelta(days=20), "Coloration", "negative")
                  for c in (recent, seen)}
    owner.booking.add_service("Coupe", 45)
    owner.booking.book(seen, "Coupe", "claire", timeutil.now() - timedelta(days=30), allow_past=True,
                       allow_outside_hours=True)
    assert remaining(owner, "patch_test") == kept_tests | {old_test}
    assert remaining(owner, "health_note") == {gone, recent, seen}

    purge = lambda: run_cli("--user", "claire", "--password-stdin", "--json", "health", "purge",  # noqa: E731
                            stdin=OWNER_PASSWORD + "\n")
    result = purge()
    assert result.code == 0, result.err
    assert json.loads(result.out) == {"ok": True, "patch_tests": 1, "notes": 1}
    assert remaining(owner, "patch_test") == kept_tests
    assert remaining(owner, "health_note") == {recent, seen}
    assert json.loads(purge().out) == {"ok": True, "patch_tests": 0, "notes": 0}  # nothing more is old
