"""Backups through the CLI alone: the round trip to a new PC, listing, verifying, settings, and who may."""
from __future__ import annotations

import json
import shutil
from datetime import timedelta

import pytest

from storage import keystore, timeutil
from tests.conftest import NEW_PASSWORD, OWNER_PASSWORD

PW = OWNER_PASSWORD + "\n"
CLIENTS = [("Éloïse", "N'Diaye-Lefèvre", "eloise.ndiaye@exemple.fr", "06 12 34 56 78"),
           ("Inès", "Roux", "ines.roux@exemple.fr", "06 23 45 67 89"),
           ("Zoé", "Garnier", "zoe.garnier@exemple.fr", "06 98 76 54 32")]


def ok(result) -> dict:
    assert result.code == 0, result.err
    return json.loads(result.out)


@pytest.fixture
def cli(run_cli):
    """A salon made through the CLI: the owner, an employee with her own password, three clients with an
    appointment and an email consent each. Returns (as_owner, recovery code, client ids)."""
    code = ok(run_cli("--json", "init", "--salon", "Atelier Lumière", "--owner", "claire", stdin=PW))["recovery_code"]

    def as_owner(*args, stdin=PW):
        return run_cli("--user", "claire", "--password-stdin", "--json", *args, stdin=stdin)

    otp = as_owner("staff", "add", "lea", "--role", "employee")
    otp = json.loads(otp.out)["one_time_password"] if otp.out.startswith("{") else otp.out.split()[-1]
    assert run_cli("--user", "lea", "--password-stdin", "staff", "set-password",
                   stdin=f"{otp}\n{NEW_PASSWORD}\n").code == 0
    ok(as_owner("service", "add", "Coupe femme", "--minutes", "45", "--price", "42"))
    ids = []
    for n, (first, last, email, phone) in enumerate(CLIENTS):
        client_id = ok(as_owner("client", "add", "--first-name", first, "--last-name", last, "--email", email,
                                "--phone", phone, "--notes", f"Couleur {n}.34"))["id"]
        ok(as_owner("appointment", "add", client_id, "--service", "Coupe femme", "--staff", "claire",
                    "--start", f"2030-03-{11 + n}T10:00"))
        ok(as_owner("consent", "record", client_id, "--channel", "email", "--decision", "granted",
                    "--method", "paper"))
        ids.append(client_id)
    return as_owner, code, ids


def test_round_trip_to_a_new_pc_through_the_cli_alone(cli, run_cli, layout, tmp_path, memory_keyring):
    as_owner, code, ids = cli
    usb = tmp_path / "usb"
    usb.mkdir()
    made = ok(as_owner("backup", "now", "--to", str(usb)))
    assert set(made) >= {"path", "bytes", "fingerprint", "verified"} and made["verified"] is True
    assert made["bytes"] == (usb / made["path"].rsplit("/", 1)[-1]).stat().st_size and len(made["fingerprint"]) == 64

    # The PC is gone: its salon folder and its keyring entry with it.
    shutil.rmtree(layout.home)
    memory_keyring.secrets.clear()
    new_home = tmp_path / "new-pc" / "SalonDesk"
    restored = run_cli("--json", "backup", "restore", made["path"], "--home", str(new_home), stdin=code + "\n")
    data = ok(restored)
    assert data["salon"] == "Atelier Lumière" and data["key_saved_to_keyring"] is True

    def on_new_pc(user, password, *args):
        return run_cli("--home", str(new_home), "--user", user, "--password-stdin", "--json", *args,
                       stdin=password + "\n")

    # Everything is there, staff sign in with their usual passwords, and verify passes.
    assert ok(on_new_pc("claire", OWNER_PASSWORD, "verify"))["ok"] is True
    for client_id, (first, last, email, _) in zip(ids, CLIENTS):
        shown = ok(on_new_pc("claire", OWNER_PASSWORD, "client", "show", client_id))["client"]
        assert (shown["first_name"], shown["last_name"], shown["email"]) == (first, last, email)
        status = ok(on_new_pc("claire", OWNER_PASSWORD, "consent", "status", client_id))
        assert status["channels"]["email"]["status"] == "granted"
    for n in range(3):
        day = ok(on_new_pc("claire", OWNER_PASSWORD, "appointment", "list", "--day", f"2030-03-{11 + n}"))
        assert len(day["appointments"]) == 1
    assert ok(on_new_pc("lea", NEW_PASSWORD, "client", "find", "Roux"))["clients"]
    # The key went into this PC's keyring; the backup still verifies from here with it.
    assert ok(run_cli("--home", str(new_home), "--json", "backup", "verify", made["path"]))["verified"] is True


def test_backup_list_shows_size_and_fingerprint(cli, run_cli, tmp_path, monkeypatch):
    as_owner, _, _ = cli
    assert ok(as_owner("backup", "settings", "--dir", str(tmp_path / "nas"), "--keep-daily", "3"))["daily"] == 3
    today = timeutil.now()
    made = []
    for days_ago in (1, 0):  # two days: rotation keeps one backup a day
        monkeypatch.setattr(timeutil, "now", lambda: today - timedelta(days=days_ago))
        made.append(ok(as_owner("backup", "now")))
    listed = ok(as_owner("backup", "list"))
    assert listed["folder"] == str(tmp_path / "nas") and not listed["missing"]
    assert [(b["path"], b["bytes"], b["fingerprint"]) for b in listed["backups"]] == \
        [(m["path"], m["bytes"], m["fingerprint"]) for m in reversed(made)]
    text = run_cli("--user", "claire", "--password-stdin", "backup", "list", stdin=PW)
    short = made[0]["fingerprint"][:4].upper()
    assert text.code == 0 and "Backups in " in text.out and ": 2" in text.out
    assert short in text.out and str(made[0]["bytes"]) in text.out


def test_the_default_folder_is_on_this_pc_and_says_so(cli, run_cli, layout):
    made = run_cli("--user", "claire", "--password-stdin", "backup", "now", stdin=PW)
    assert made.code == 0, made.err
    assert str(layout.home / "backups") in made.out and "not against a lost or broken PC" in made.out


def test_only_the_owner_backs_up_or_changes_backup_settings(cli, run_cli, tmp_path):
    for args in (("backup", "now", "--to", str(tmp_path)), ("backup", "list"),
                 ("backup", "settings", "--dir", str(tmp_path))):
        refused = run_cli("--user", "lea", "--password-stdin", *args, stdin=NEW_PASSWORD + "\n")
        assert refused.code == 4, (args, refused.err)
    assert not list(tmp_path.glob("*.salondesk"))


def test_settings_refuse_bad_rotation_and_missing_folders(cli, tmp_path):
    as_owner, _, _ = cli
    bad = as_owner("backup", "settings", "--keep-daily", "0")
    assert bad.code == 1 and "between 1 and 31 daily" in bad.err
    missing = as_owner("backup", "settings", "--dir", str(tmp_path / "no" / "such" / "drive"))
    assert missing.code == 1 and "cannot be found" in missing.err


def test_restore_over_an_existing_salon_needs_the_owner(cli, run_cli, tmp_path):
    as_owner, code, _ = cli
    made = ok(as_owner("backup", "now", "--to", str(tmp_path)))
    nobody = run_cli("backup", "restore", made["path"], stdin=code + "\n")
    assert nobody.code == 2 and "needs --user" in nobody.err
    employee = run_cli("--user", "lea", "backup", "restore", made["path"], stdin=f"{NEW_PASSWORD}\n{code}\n")
    assert employee.code == 4, employee.err
    done = ok(run_cli("--user", "claire", "--json", "backup", "restore", made["path"], stdin=f"{PW}{code}\n"))
    assert done["set_aside"] and all(".before-restore-" in path for path in done["set_aside"])


def test_keyring_entry_is_what_the_round_trip_deletes(cli, layout, memory_keyring):
    """The round trip's "delete the keyring entry" is the real entry: the salon cannot open without it."""
    from desktop.store import read_keyinfo

    key_id = read_keyinfo(layout)["key_id"]
    assert keystore.load(key_id)
    memory_keyring.secrets.clear()
    with pytest.raises(keystore.KeyMissing):
        keystore.load(key_id)


def test_backup_lines_speak_french_on_a_french_system(cli, run_cli, tmp_path, monkeypatch, qapp):
    from desktop import i18n

    monkeypatch.delenv("SALON_DESK_LANG", raising=False)
    monkeypatch.setenv("LC_ALL", "fr_FR.UTF-8")
    try:
        missing = run_cli("--user", "claire", "--password-stdin", "backup", "now", "--to", str(tmp_path / "usb"),
                          stdin=PW)
        assert missing.code == 1 and "est introuvable (clé USB débranchée ?)" in missing.err
        done = run_cli("--user", "claire", "--password-stdin", "backup", "now", stdin=PW)
        assert done.code == 0 and "vérifiée" in done.out and "pas de la perte ou de la panne du PC" in done.out
    finally:
        i18n.uninstall()
