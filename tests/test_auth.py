"""Sign-in, lockout that survives restarts, one-time passwords, Argon2id parameters."""
from __future__ import annotations

from datetime import timedelta

import pytest
from argon2 import PasswordHasher

from desktop import salon as salons

from desktop.staff import passwords
from desktop import store as stores
from desktop.kernel.principal import PasswordChangeRequired
from storage import timeutil
from storage.errors import AuthError
from tests.conftest import OWNER_PASSWORD


def fail(store, times: int, now=None, login="claire"):
    messages = []
    for _ in range(times):
        with pytest.raises(AuthError) as caught:
            salons.login(store, login, "not the password at all", now=now)
        messages.append(str(caught.value))
    return messages


def test_wrong_password_and_unknown_login_say_the_same(store):
    assert fail(store, 1) == fail(store, 1, login="nobody")
    assert fail(store, 1)[0] == "Wrong login or password."


def test_delay_from_the_fifth_failure(store):
    messages = fail(store, 5)
    assert messages[3] == "Wrong login or password."
    assert "Wait 60 seconds" in messages[4]
    with pytest.raises(AuthError, match="Wait"):  # even the right password waits
        salons.login(store, "claire", OWNER_PASSWORD)
    later = timeutil.now() + timedelta(minutes=10)
    assert salons.login(store, "claire", OWNER_PASSWORD, now=later).session.login == "claire"


def test_ten_failures_lock_and_the_lock_survives_a_restart(salon):
    layout, store, _ = salon
    messages = fail(store, 10)
    assert "locked after 10 failed attempts" in messages[-1]
    store.close()
    reopened = stores.open_store(layout)
    try:
        with pytest.raises(AuthError, match="locked"):
            salons.login(reopened, "claire", OWNER_PASSWORD)
        with pytest.raises(AuthError, match="locked"):  # a PC clock set back does not lift it
            salons.login(reopened, "claire", OWNER_PASSWORD, now=timeutil.now() - timedelta(days=1))
        after = timeutil.now() + timedelta(minutes=31)
        assert salons.login(reopened, "claire", OWNER_PASSWORD, now=after)
    finally:
        reopened.close()


def test_manager_unlocks(owner, manager, store):
    from tests.conftest import make_staff
    make_staff(owner, "zoe", "employee")
    fail(store, 10, login="zoe")
    with pytest.raises(AuthError, match="locked"):
        salons.login(store, "zoe", "un peigne rouge sous la pluie")
    manager.staff.unlock("zoe")
    assert salons.login(store, "zoe", "un peigne rouge sous la pluie")


def test_one_time_password_must_be_changed_first(owner, store):
    _, otp = owner.staff.add("ines", "employee")
    desk = salons.login(store, "ines", otp)
    with pytest.raises(PasswordChangeRequired):
        desk.clients.search("")
    desk.staff.set_own_password(otp, "trois mèches et un chignon")
    assert desk.clients.search("") == []
    with pytest.raises(AuthError):
        salons.login(store, "ines", otp)


def test_rehash_at_login_when_parameters_change(owner, store, monkeypatch):
    old = store.conn.execute("SELECT password_hash FROM staff WHERE login = 'claire'").fetchone()[0]
    monkeypatch.setattr(passwords, "hasher", PasswordHasher(time_cost=2, memory_cost=2048, parallelism=1))
    salons.login(store, "claire", OWNER_PASSWORD)
    new = store.conn.execute("SELECT password_hash FROM staff WHERE login = 'claire'").fetchone()[0]
    assert new != old and "m=2048,t=2,p=1" in new
    assert salons.login(store, "claire", OWNER_PASSWORD)


@pytest.mark.real_kdf
def test_production_hash_is_argon2id_at_rfc9106_second_recommendation():
    stored = passwords.hash_password("velours et ciseaux dorés")
    assert stored.startswith("$argon2id$v=19$m=65536,t=3,p=4$")
    assert passwords.verify(stored, "velours et ciseaux dorés")


def test_failures_survive_a_lock(store):
    fail(store, 10)
    after = timeutil.now() + timedelta(minutes=31)
    message = fail(store, 1, now=after)[0]
    assert "Wait 1800 seconds" in message  # the 11th failure, not a fresh first one
    assert store.conn.execute("SELECT failures FROM login_throttle").fetchone()[0] == 11
    assert store.conn.execute("SELECT count(*) FROM login_failure").fetchone()[0] == 11


def test_twenty_failures_in_a_day_hold_the_account_until_a_manager_or_the_owner_unlocks(owner, manager, store):
    from tests.conftest import NEW_PASSWORD, make_staff
    make_staff(owner, "zoe", "employee")
    start = timeutil.now()
    fail(store, 10, login="zoe", now=start)
    messages = [fail(store, 1, login="zoe", now=start + timedelta(minutes=31 * n))[0] for n in range(1, 11)]
    assert "20 failed attempts in 24 hours" in messages[-1]
    much_later = start + timedelta(days=3)
    with pytest.raises(AuthError, match="Only a manager or the owner"):  # no lock that runs out by itself
        salons.login(store, "zoe", NEW_PASSWORD, now=much_later)
    manager.staff.unlock("zoe")
    assert salons.login(store, "zoe", NEW_PASSWORD, now=much_later)
    assert store.conn.execute("SELECT count(*) FROM login_failure").fetchone()[0] == 0


def test_failures_spread_over_days_never_hold(store):
    start = timeutil.now()
    fail(store, 10, now=start)
    for n in range(1, 11):  # ten more two days later: 20 in all, never 20 within 24 hours
        fail(store, 1, now=start + timedelta(days=2, minutes=31 * n))
    assert store.conn.execute("SELECT failures, held FROM login_throttle").fetchone() == (20, 0)


def test_the_owner_is_reminded_once_a_year_to_renew_their_password(owner, employee, store):
    assert not owner.staff.password_renewal_due() and not employee.staff.password_renewal_due()
    next_year = timeutil.now() + timedelta(days=366)
    assert owner.staff.password_renewal_due(now=next_year)
    assert not employee.staff.password_renewal_due(now=next_year)  # no periodic change for other roles
    store.conn.execute("UPDATE staff SET password_changed_at = '2020-01-01T00:00:00.000Z' WHERE login = 'claire'")
    assert owner.staff.password_renewal_due()
    owner.staff.password_reminder_seen()
    assert not owner.staff.password_renewal_due()
    assert owner.staff.password_renewal_due(now=next_year)


def test_acknowledgement_version_2_is_asked_again_of_everyone(owner, store):
    from desktop.staff.service import GDPR_PAGE_VERSION

    assert GDPR_PAGE_VERSION == 2
    store.conn.execute("INSERT INTO staff_acknowledgement (staff_id, version, at) VALUES (?, 1, '2025-01-01')",
                       (owner.session.staff_id,))
    assert owner.staff.acknowledgement_needed()
    owner.staff.acknowledge()
    assert not owner.staff.acknowledgement_needed()
