"""Lockout (issue 12, item 6): the lock message says truthfully who can unlock, and the owner can always unlock
their own account with the recovery code; that is logged."""
from __future__ import annotations

import json

import pytest

from tests.conftest import NEW_PASSWORD, OWNER_PASSWORD

PW = OWNER_PASSWORD + "\n"


@pytest.fixture
def team(run_cli):
    init = run_cli("--json", "init", "--salon", "Atelier", "--owner", "claire", stdin=PW)
    code = json.loads(init.out)["recovery_code"]
    for login, role in (("marc", "manager"), ("lea", "employee")):
        otp = run_cli("--user", "claire", "--password-stdin", "staff", "add", login, "--role", role,
                      stdin=PW).out.split()[-1]
        run_cli("--user", login, "--password-stdin", "staff", "set-password", stdin=f"{otp}\n{NEW_PASSWORD}\n")
    return code


def lock(run_cli, login: str) -> str:
    for _ in range(10):
        run_cli("--user", login, "--password-stdin", "staff", "list", stdin="not the password at all\n")
    result = run_cli("--user", login, "--password-stdin", "staff", "list", stdin="not the password at all\n")
    assert result.code == 3
    return result.err


@pytest.mark.parametrize("login, who", [
    ("lea", "ask a manager or the owner to unlock it"),
    ("marc", "ask the owner to unlock it"),
    ("claire", "unlock it now with the salon's recovery code: salon-desk recover --unlock claire"),
])
def test_the_lock_message_says_who_can_unlock(run_cli, team, login, who):
    assert who in lock(run_cli, login)


def test_the_owner_unlocks_their_own_account_with_the_recovery_code_and_it_is_logged(run_cli, team):
    lock(run_cli, "claire")
    assert run_cli("--user", "marc", "--password-stdin", "staff", "unlock", "claire",
                   stdin=NEW_PASSWORD + "\n").code == 4  # a manager cannot, as the message no longer claims
    unlocked = run_cli("recover", "--unlock", "claire", stdin=team + "\n")
    assert unlocked.code == 0 and "The account claire is unlocked." in unlocked.out
    entries = run_cli("--user", "claire", "--password-stdin", "--json", "audit", "list", "--action",
                      "account_unlocked", stdin=PW)
    assert entries.code == 0
    assert [json.loads(e["details"]) for e in json.loads(entries.out)["entries"]] == [{"by": "recovery_code"}]


def test_the_recovery_code_unlocks_owners_only(run_cli, team):
    lock(run_cli, "lea")
    refused = run_cli("recover", "--unlock", "lea", stdin=team + "\n")
    assert refused.code == 4 and "owner accounts only" in refused.err
    assert run_cli("recover", "--unlock", "nobody", stdin=team + "\n").code == 1
    assert run_cli("recover", "--unlock", "claire", stdin="ABCDE-12345-FGHJK-67890\n").code == 1
