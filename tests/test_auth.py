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
