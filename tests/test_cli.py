"""The `salon-desk` contract: commands, options, exit codes, JSON."""
from __future__ import annotations

import json

import pytest

from desktop import __version__
from tests.conftest import NEW_PASSWORD, OWNER_PASSWORD

PW = OWNER_PASSWORD + "\n"


@pytest.fixture
def cli_salon(run_cli, tmp_path):
    sheet = tmp_path / "sheet.pdf"
    result = run_cli("--json", "init", "--salon", "Atelier Lumière", "--owner", "claire",
                     "--recovery-sheet", str(sheet), stdin=PW)
    assert result.code == 0, result.err
    return json.loads(result.out), sheet


def as_owner(run_cli, *args, stdin=PW):
    return run_cli("--user", "claire", "--password-stdin", *args, stdin=stdin)


def test_version(run_cli):
    result = run_cli("--version")
    assert result.code == 0 and __version__ in result.out


def test_init_prints_the_recovery_code_once_and_writes_the_sheet(run_cli, cli_salon):
    data, sheet = cli_salon
    assert data["ok"] and len(data["recovery_code"].replace("-", "")) == 20
    assert sheet.read_bytes().startswith(b"%PDF")
    again = run_cli("init", "--salon", "X", "--owner", "claire", stdin=PW)
    assert again.code == 1 and "already set up" in again.err


def test_init_with_a_weak_password_writes_nothing(run_cli, layout):
    result = run_cli("init", "--salon", "Atelier", "--owner", "claire", stdin="coiffure2026\n")
    assert result.code == 1 and result.err.count("\n") == 1
    assert not layout.database.exists() and not layout.keyinfo.exists()


def test_wrong_password_exits_3_and_ten_lock(run_cli, cli_salon):
    for _ in range(10):
        assert as_owner(run_cli, "staff", "list", stdin="wrong password here\n").code == 3
    locked = as_owner(run_cli, "staff", "list")
    assert locked.code == 3 and "locked" in locked.err


def test_staff_add_prints_the_one_time_password_last_and_it_must_be_changed(run_cli, cli_salon):
    added = as_owner(run_cli, "staff", "add", "lea", "--role", "employee")
    assert added.code == 0
    otp = added.out.split()[-1]
    blocked = run_cli("--user", "lea", "--password-stdin", "client", "find", "x", stdin=otp + "\n")
    assert blocked.code == 3 and "one-time password" in blocked.err
    changed = run_cli("--user", "lea", "--password-stdin", "staff", "set-password", stdin=f"{otp}\n{NEW_PASSWORD}\n")
    assert changed.code == 0, changed.err
    assert run_cli("--user", "lea", "--password-stdin", "client", "find", "x", stdin=NEW_PASSWORD + "\n").code == 0


def test_employee_gets_exit_4_for_manager_services(run_cli, cli_salon):
    otp = as_owner(run_cli, "staff", "add", "lea", "--role", "employee").out.split()[-1]
    run_cli("--user", "lea", "--password-stdin", "staff", "set-password", stdin=f"{otp}\n{NEW_PASSWORD}\n")
    client_id = as_owner(run_cli, "client", "add", "--first-name", "Marie", "--last-name", "Dupont",
                         "--phone", "06 12 34 56 78").out.strip()
    lea = lambda *args: run_cli("--user", "lea", "--password-stdin", *args, stdin=NEW_PASSWORD + "\n")  # noqa: E731
    assert lea("staff", "add", "bob", "--role", "employee").code == 4
    assert lea("client", "show", client_id, "--unmasked").code == 4
    masked = lea("--json", "client", "show", client_id)
    assert masked.code == 0
    client = json.loads(masked.out)["client"]
    assert client["last_name"] == "D." and client["phone"].endswith("56 78") and client["masked"]


def test_client_commands_and_json(run_cli, cli_salon):
    added = as_owner(run_cli, "--json", "client", "add", "--first-name", "Éloïse", "--last-name", "N'Diaye",
                     "--email", "eloise@exemple.fr", "--phone", "+33 6 12 34 56 78", "--notes", "frange courte")
    client_id = json.loads(added.out)["id"]
    assert as_owner(run_cli, "client", "edit", client_id, "--phone", "07 61 22 33 44").code == 0
    shown = json.loads(as_owner(run_cli, "--json", "client", "show", client_id).out)["client"]
    assert shown["phone"] == "+33761223344" and shown["last_name"] == "N'Diaye"
    for text in ("eloi", "ndiaye", "07 61 22", "+33761", "0761223344"):
        found = json.loads(as_owner(run_cli, "--json", "client", "find", text).out)["clients"]
        assert [c["id"] for c in found] == [client_id], text


@pytest.mark.parametrize("args", [
    ("--email", "not-an-email"), ("--phone", "12"), ("--birth-date", "31/02/1990"), ("--first-name", "  "),
])
def test_bad_client_input_exits_1_with_one_line_and_writes_nothing(run_cli, cli_salon, args):
    fields = {"--first-name": "Marie", "--last-name": "Dupont"}
    fields.update(dict([args]))
    flat = [item for pair in fields.items() for item in pair]
    result = as_owner(run_cli, "client", "add", *flat)
    assert result.code == 1 and result.err.count("\n") == 1
    assert json.loads(as_owner(run_cli, "--json", "client", "find", "").out)["clients"] == []


def test_usage_errors_exit_2(run_cli, cli_salon):
    assert run_cli("client", "find", "x").code == 2  # no --user
    assert as_owner(run_cli, "staff", "add", "x", "--role", "king").code == 2
    assert run_cli("frobnicate").code == 2


def test_json_error_is_one_object(run_cli, cli_salon):
    result = as_owner(run_cli, "--json", "client", "show", "nope")
    assert result.code == 1
    assert json.loads(result.out) == {"ok": False, "error": "No client with id nope.", "exit_code": 1}


def test_global_options_after_the_command_too(run_cli, cli_salon):
    result = run_cli("staff", "list", "--user", "claire", "--password-stdin", "--json", stdin=PW)
    assert result.code == 0 and json.loads(result.out)["staff"][0]["login"] == "claire"


def test_verify_passes_on_a_healthy_salon(run_cli, cli_salon):
    result = as_owner(run_cli, "--json", "verify")
    assert result.code == 0 and json.loads(result.out)["ok"] is True
