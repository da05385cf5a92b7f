"""Staff accounts and roles in use: sessions, role changes, the last owner, re-authentication, audit.

The permission table itself is checked cell by cell in tests/test_role_matrix.py; every service method's
declaration in tests/test_service_permissions.py."""
from __future__ import annotations

import pytest

from desktop import salon as salons
from desktop.kernel.permissions import Perm, Role
from desktop.kernel.principal import ReauthRequired, SessionEnded
from storage import timeutil
from storage.errors import AuthError, InputError, PermissionDenied
from tests.conftest import NEW_PASSWORD, OWNER_PASSWORD, make_staff
from tests.support.db import store_of


def test_employee_cannot_add_staff_or_read_unmasked_contacts(owner, employee):
    client_id = owner.clients.add(first_name="Marie", last_name="Dupont", phone="06 12 34 56 78",
                                  email="marie.dupont@exemple.fr")
    with pytest.raises(PermissionError):
        employee.staff.add("intruder", "employee")
    with pytest.raises(PermissionDenied):
        employee.clients.show(client_id, unmasked=True)


def test_employee_sees_masked_contacts_everywhere(owner, employee):
    client_id = owner.clients.add(first_name="Marie", last_name="Dupont", phone="06 12 34 56 78",
                                  email="marie.dupont@exemple.fr", birth_date="12/03/1990", notes="couleur 5.3")
    shown = employee.clients.show(client_id)
    assert (shown["first_name"], shown["last_name"]) == ("Marie", "D.")
    assert shown["phone"].endswith("56 78") and "12 34" not in shown["phone"]
    assert shown["email"].startswith("mari") and "dupont" not in shown["email"]
    assert shown["birth_date"] is None and shown["masked"]
    assert shown["notes"] == "couleur 5.3"  # notes are open to employees by default
    listed = employee.clients.rows(employee.clients.search("dupont"))
    assert listed and listed[0]["last_name"] == "D." and "dupont" not in str(listed[0]["email"])
    assert employee.clients.search("exemple.fr") == []  # no search through hidden contact fields
    assert owner.clients.search("exemple.fr") == [client_id]
    assert employee.clients.search("0612") == []
    full = owner.clients.show(client_id)
    assert full["last_name"] == "Dupont" and full["phone"] == "+33612345678"


def test_owner_opens_and_closes_fields_per_role(owner, employee):
    client_id = owner.clients.add(first_name="Marie", last_name="Dupont", phone="0612345678", notes="secret")
    owner.settings.set_visibility(Role.EMPLOYEE, Perm.CLIENT_CONTACT, True)
    assert employee.clients.show(client_id, unmasked=True)["last_name"] == "Dupont"
    owner.settings.set_visibility(Role.EMPLOYEE, Perm.CLIENT_NOTES, False)
    assert employee.clients.show(client_id)["notes"] is None
    with pytest.raises(PermissionDenied):
        employee.clients.edit(client_id, notes="overwritten")
    with pytest.raises(PermissionDenied):
        employee.settings.set_visibility(Role.EMPLOYEE, Perm.CLIENT_NOTES, True)


def test_deactivation_ends_sessions_at_once(owner, employee):
    owner.staff.deactivate("lea")
    with pytest.raises(SessionEnded):
        employee.clients.search("")
    with pytest.raises(Exception, match="deactivated"):
        salons.login(store_of(owner), "lea", NEW_PASSWORD)


def test_role_change_counts_at_once(owner, manager):
    assert manager.staff.list()
    owner.staff.set_role("marc", "employee")
    with pytest.raises(PermissionDenied):
        manager.staff.list()


def test_last_owner_cannot_be_removed_or_demoted(owner, store):
    with pytest.raises(InputError, match="at least one active owner"):
        owner.staff.set_role("claire", "manager")
    second = make_staff(owner, "sophie", "owner")
    with pytest.raises(InputError, match="your own account"):
        owner.staff.deactivate("claire")
    second.staff.deactivate("claire")
    with pytest.raises(InputError, match="at least one active owner"):
        second.staff.set_role("sophie", "employee")


def test_managers_cannot_create_or_handle_owners(owner, manager):
    with pytest.raises(PermissionDenied):
        manager.staff.add("boss2", "owner")
    with pytest.raises(PermissionDenied):
        manager.staff.deactivate("claire")
    make_staff(owner, "tom", "employee")
    manager.staff.deactivate("tom")


def test_sensitive_actions_need_a_recent_password(owner, employee, monkeypatch):
    owner.session.reauth_at = timeutil.now().replace(year=2000)
    with pytest.raises(ReauthRequired):
        owner.staff.deactivate("lea")
    owner.reauthenticate(OWNER_PASSWORD)
    owner.staff.deactivate("lea")


def test_a_wrong_password_when_asked_again_is_refused_and_logged(owner, store):
    owner.session.reauth_at = timeutil.now().replace(year=2000)
    with pytest.raises(AuthError):
        owner.reauthenticate("pas le bon mot de passe")
    assert store.conn.execute("SELECT count(*) FROM audit WHERE action = 'reauth_failed'").fetchone()[0] == 1
    with pytest.raises(ReauthRequired):  # still not re-authenticated
        owner.staff.set_role("claire", "owner")


def test_login_and_staff_changes_are_audited_without_contact_data(owner, employee, store):
    client_id = owner.clients.add(first_name="Marie", last_name="Dupont", email="marie.dupont@exemple.fr")
    employee.clients.show(client_id)
    actions = [r[0] for r in store.conn.execute("SELECT action FROM audit ORDER BY seq")]
    for expected in ("salon_created", "login_ok", "staff_added", "password_changed", "client_added",
                     "client_viewed"):
        assert expected in actions
    dump = " ".join(str(r) for r in store.conn.execute("SELECT * FROM audit"))
    assert "Dupont" not in dump and "marie.dupont" not in dump


def test_a_view_is_logged_once_not_at_every_refresh(owner, employee, store, monkeypatch):
    from datetime import timedelta

    from desktop.clients import service as client_service
    client_id = owner.clients.add(first_name="Marie", last_name="Dupont")
    for _ in range(3):
        employee.clients.show(client_id)
    views = lambda: store.conn.execute(  # noqa: E731
        "SELECT count(*) FROM audit WHERE action = 'client_viewed' AND object_id = ?", (client_id,)).fetchone()[0]
    assert views() == 1
    employee.clients.show(client_id, purpose="booking")  # another purpose is another entry
    assert views() == 2
    later = timeutil.now() + client_service.VIEW_LOG_WINDOW + timedelta(seconds=1)
    monkeypatch.setattr(timeutil, "now", lambda: later)
    employee.clients.show(client_id)
    assert views() == 3


def test_a_staff_member_is_renamed_and_the_name_is_checked(owner, manager, employee):
    owner.staff.rename("lea", "  Léa   Bernard ")
    assert next(p for p in owner.staff.list() if p["login"] == "lea")["display_name"] == "Léa Bernard"
    assert ("lea", "Léa Bernard") in owner.booking.staff_choices()
    with pytest.raises(InputError):
        owner.staff.rename("lea", "Léa\x07")
    with pytest.raises(PermissionDenied):
        employee.staff.rename("lea", "Léa B.")
    with pytest.raises(PermissionDenied):  # a manager manages only those below them
        manager.staff.rename("claire", "Claire")
    owner.staff.rename("lea", "")
    assert ("lea", "lea") in owner.booking.staff_choices()
