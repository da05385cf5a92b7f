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
    return owner.clients.add(first_name="Marie", last_name="Dupont")


def grant_health(desk, client_id):
    return desk.consent.record(client_id, "health", "granted", "desk",
                               text_version=desk.consent.text("health")["version"])


def test_health_needs_its_own_explicit_consent(owner, client_id):
    owner.consent.record(client_id, "email", "granted", "desk", text_version=1)  # marketing consent is not it
    with pytest.raises(InputError, match="explicit consent"):
        owner.health.save_note(client_id, "allergie au latex", True)
    with pytest.raises(InputError, match="explicit"):
        owner.consent.record(client_id, "health", "granted", "phone", text_version=1)
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


def test_patch_tests_are_structured_and_valid_six_months(owner, client_id):
    grant_health(owner, client_id)
    tested = timeutil.now().date() - timedelta(days=10)
    owner.health.add_patch_test(client_id, tested, "Coloration Inoa 6.34", "negative")
    summary = owner.health.summary(client_id)
    assert summary["patch_test_valid_until"] == add_months(tested, 6).isoformat()
    later = owner.health.summary(client_id, on=tested + timedelta(days=200))
    assert later["patch_test_valid_until"] is None and later["patch_test_expired_on"]
    owner.health.add_patch_test(client_id, tested, "Décoloration", "positive")
    assert owner.health.summary(client_id)["allergy_alert"] is True
    with pytest.raises(InputError):
        owner.health.add_patch_test(client_id, tested, "", "negative")


def test_withdrawing_health_consent_deletes_the_health_data(owner, client_id):
    grant_health(owner, client_id)
    owner.health.save_note(client_id, "enceinte de 5 mois", False)
    owner.health.add_patch_test(client_id, timeutil.now().date(), "Coloration", "negative")
    owner.consent.withdraw(client_id, "health")
    assert conn_of(owner).execute("SELECT count(*) FROM health_note").fetchone()[0] == 0
    assert conn_of(owner).execute("SELECT count(*) FROM patch_test").fetchone()[0] == 0
    assert [e["decision"] for e in owner.consent.history(client_id)] == ["withdrawn", "granted"]  # proof stays


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
    owner.booking.book(seen, "Coupe", "claire", timeutil.now() - timedelta(days=30))
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
