"""Faults answered with one line, and told truthfully: what committed is never reported as failed, what failed
leaves nothing, each fault of the disk has its own message, and nothing reaches the terminal as a traceback."""
from __future__ import annotations

import errno
import io
import json
import subprocess
import sys

import keyring
import pytest
import sqlcipher3

from desktop import store as stores
from storage import db, faults, keystore
from storage.errors import StorageError
from tests.conftest import OWNER_PASSWORD, ROOT
from tests.support.keyrings import FileKeyring

PW = OWNER_PASSWORD + "\n"


@pytest.fixture
def cli_salon(run_cli):
    assert run_cli("init", "--salon", "Atelier", "--owner", "claire", stdin=PW).code == 0
    return lambda *args, stdin=PW: run_cli("--user", "claire", "--password-stdin", *args, stdin=stdin)


def one_line(result, code: int = 1) -> str:
    assert result.code == code, (result.code, result.err)
    assert result.err.count("\n") == 1 and "Traceback" not in result.err, result.err
    return result.err


@pytest.mark.parametrize("sqlite_message, expected", [
    ("database or disk is full", "The disk is full: nothing was changed."),
    ("attempt to write a readonly database", "read-only"),
    ("disk I/O error", "input/output error"),
    ("database disk image is malformed", "The database file is damaged"),
    ("file is not a database", "The database file is damaged"),
    ("unable to open database file", "cannot be opened"),
    ("database is locked", "busy"),
])
def test_each_fault_of_the_database_has_its_own_message(sqlite_message, expected):
    assert expected in faults.sqlite_error(sqlcipher3.OperationalError(sqlite_message)).message()


@pytest.mark.parametrize("code, expected", [
    (errno.ENOSPC, "The disk is full: /x/y.csv was not written"),
    (errno.EROFS, "/x/y.csv is on read-only media"),
    (errno.EIO, "input/output error) at /x/y.csv"),
    (errno.EACCES, "may not use /x/y.csv"),
    (errno.ENOENT, "/x/y.csv cannot be used: its folder does not exist"),
])
def test_each_fault_of_a_file_has_its_own_message(code, expected):
    assert expected in faults.os_error(OSError(code, "whatever"), "/x/y.csv").message()


def test_a_commit_then_a_failing_checkpoint_is_reported_as_done(cli_salon, layout, monkeypatch, caplog):
    """The disk-full case of issue 12: the write committed, then the checkpoint at close failed."""
    def full(conn):
        raise sqlcipher3.OperationalError("database or disk is full")

    monkeypatch.setattr(db, "checkpoint", full)
    added = cli_salon("client", "add", "--first-name", "Marie", "--last-name", "Dupont")
    assert added.code == 0 and added.err == ""
    monkeypatch.undo()
    found = json.loads(cli_salon("--json", "client", "find", "Marie").out)["clients"]
    assert [c["id"] for c in found] == [added.out.strip()]
    assert "checkpoint at close failed (full)" in caplog.text


def test_a_failed_commit_leaves_nothing_and_says_the_disk_is_full(salon, owner):
    layout, store, _ = salon
    real = store.conn.execute

    def full_at_commit(sql, *args):
        if sql == "COMMIT":
            raise sqlcipher3.OperationalError("database or disk is full")
        return real(sql, *args)

    store.conn.execute = full_at_commit
    with pytest.raises(StorageError, match="The disk is full: nothing was changed"):
        owner.clients.add(first_name="Marie", last_name="Dupont")
    store.conn.execute = real
    assert not store.conn.in_transaction
    assert store.conn.execute("SELECT count(*) FROM client").fetchone()[0] == 0


def test_a_listener_that_fails_after_a_commit_does_not_fail_the_write(owner, caplog):
    def broken(kind):
        raise RuntimeError("a screen's bug")

    owner.subscribe(broken)
    client_id = owner.clients.add(first_name="Marie", last_name="Dupont")
    assert owner.clients.show(client_id)["first_name"] == "Marie"
    assert "a change listener failed after a commit" in caplog.text


def test_an_unexpected_error_is_one_line_and_its_details_go_to_the_log(cli_salon, layout, monkeypatch):
    from desktop.cli import clients

    def bug(desk, args, out, stdin):
        raise ZeroDivisionError(args.text)  # a message that quotes what was typed

    monkeypatch.setattr(clients, "_client_find", bug)
    result = cli_salon("client", "find", "secret client name")
    err = one_line(result)
    assert "Something unexpected went wrong (ZeroDivisionError)" in err and "salon-desk.log" in err
    logged = (layout.home / "logs" / "salon-desk.log").read_text()
    assert "Traceback" in logged and "ZeroDivisionError" in logged and "secret client name" not in logged


def test_a_closed_pipe_is_one_line(cli_salon, layout, monkeypatch):
    from desktop import cli

    client_id = cli_salon("client", "add", "--first-name", "Marie", "--last-name", "Dupont").out.strip()

    class ClosedPipe(io.StringIO):
        def write(self, text):
            raise BrokenPipeError(errno.EPIPE, "Broken pipe")

    err = io.StringIO()
    monkeypatch.setattr(sys, "stdin", io.StringIO(PW))
    monkeypatch.setattr(sys, "stdout", ClosedPipe())
    monkeypatch.setattr(sys, "stderr", err)
    code = cli.main(["--home", str(layout.home), "--user", "claire", "--password-stdin", "client", "show", client_id])
    assert code == 1 and err.getvalue() == "salon-desk: The output was closed before everything was written.\n"


def test_a_real_closed_pipe_and_bytes_that_are_not_utf8_are_one_line_each(tmp_path):
    """Through a real process: `client find … | head -c 1`, and a password that is not UTF-8."""
    env = {"PYTHONPATH": str(ROOT), "SALON_DESK_LANG": "en", "PATH": "/usr/bin:/bin"}
    script = (
        "import sys, keyring\n"
        "from tests.support.keyrings import MemoryKeyring\n"
        "keyring.set_keyring(MemoryKeyring())\n"
        "from desktop import cli, setup\n"
        "from desktop.paths import Layout\n"
        "from pathlib import Path\n"
        "from argon2 import PasswordHasher\n"
        "from desktop.staff import passwords\n"
        "from storage import recovery\n"
        "passwords.hasher = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)\n"
        "recovery.KDF = {'time_cost': 1, 'memory_cost': 1024, 'parallelism': 1}\n"
        "home = Path(sys.argv[1])\n"
        "store, _ = setup.init_salon(Layout(home), salon_name='Atelier', owner_login='claire', "
        "owner_password='velours et ciseaux dorés')\n"
        "from desktop import salon\n"
        "desk = salon.login(store, 'claire', 'velours et ciseaux dorés')\n"
        "with desk.transaction():\n"
        "    [desk.clients.add(first_name=f'Marie{i}', last_name='Dupont') for i in range(300)]\n"
        "store.close()\n"
        "sys.stdin = open(0, encoding='utf-8', errors='strict')\n"
        "sys.exit(cli.main(['--home', str(home), '--user', 'claire', '--password-stdin', *sys.argv[2:]]))\n")
    piped = subprocess.run(f"{sys.executable} -c \"$SCRIPT\" {tmp_path / 'a'} client find Marie --limit 300 "
                           "| head -c 10 >/dev/null; exit ${PIPESTATUS[0]}",
                           shell=True, executable="/bin/bash", input=PW.encode(), capture_output=True,
                           env={**env, "SCRIPT": script}, timeout=120, cwd=ROOT)
    err = piped.stderr.decode()
    assert piped.returncode == 1 and err.count("\n") == 1, err
    assert "The output was closed before everything was written." in err
    bad = subprocess.run([sys.executable, "-c", script, str(tmp_path / "b"), "staff", "list"],
                         input=b"\xff\xfe velours\n", capture_output=True, env=env, timeout=120, cwd=ROOT)
    err = bad.stderr.decode()
    assert bad.returncode == 1 and err.count("\n") == 1 and "not valid UTF-8" in err, err


def test_a_corrupted_keyring_file_is_one_line(cli_salon, monkeypatch, tmp_path):
    monkeypatch.setenv("SALON_DESK_TEST_KEYRING", str(tmp_path / "keyring.json"))
    monkeypatch.setenv(keystore.INSECURE_VARIABLE, "1")
    monkeypatch.setattr(keystore, "_warned", True)
    (tmp_path / "keyring.json").write_text("{not json", encoding="utf-8")
    keyring.set_keyring(FileKeyring())
    err = one_line(cli_salon("staff", "list"))
    assert "The system keyring cannot be used (JSONDecodeError)" in err and "recovery code" in err


@pytest.mark.parametrize("args", [
    ("consent", "register", "--csv", "/nonexistent/folder/r.csv"),
    ("consent", "proof", "CLIENT", "--pdf", "/nonexistent/folder/p.pdf"),
    ("audit", "export", "--csv", "/nonexistent/folder/a.csv"),
])
def test_a_file_into_a_folder_that_does_not_exist_is_one_line_and_nothing_is_done(cli_salon, args, layout):
    client_id = cli_salon("client", "add", "--first-name", "Marie", "--last-name", "Dupont").out.strip()
    before = stores.open_store(layout)
    count = before.conn.execute("SELECT count(*) FROM audit WHERE action = 'export'").fetchone()[0]
    before.close()
    err = one_line(cli_salon(*[client_id if a == "CLIENT" else a for a in args]))
    assert "the folder /nonexistent/folder does not exist" in err
    after = stores.open_store(layout)
    assert after.conn.execute("SELECT count(*) FROM audit WHERE action = 'export'").fetchone()[0] == count
    after.close()


def test_a_recovery_sheet_that_cannot_be_written_never_hides_the_code(run_cli, tmp_path, monkeypatch):
    from desktop import recovery_sheet

    def full(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(recovery_sheet, "save", full)
    result = run_cli("init", "--salon", "Atelier", "--owner", "claire", "--recovery-sheet",
                     str(tmp_path / "sheet.pdf"), stdin=PW)
    assert result.code == 0 and "The disk is full" in result.out
    assert len(result.out.splitlines()[-1].replace("-", "")) == 20  # the code, shown once all the same


def test_sqlcipher_never_writes_to_the_terminal(salon, capfd):
    layout, store, _ = salon
    key = store.key
    store.close()
    with open(layout.database, "r+b") as handle:
        handle.seek(4096 + 700)
        byte = handle.read(1)
        handle.seek(4096 + 700)
        handle.write(bytes([byte[0] ^ 1]))
    conn = sqlcipher3.connect(str(layout.database))
    conn.execute(f"PRAGMA key = \"x'{key}'\"")
    with pytest.raises(sqlcipher3.DatabaseError):
        conn.execute("PRAGMA integrity_check").fetchall()
    conn.close()
    assert "ERROR CORE" not in capfd.readouterr().err


def test_a_damaged_last_page_at_sign_in_is_one_line(salon, run_cli):
    layout, store, _ = salon
    store.close()
    pages = layout.database.stat().st_size // 4096
    with open(layout.database, "r+b") as handle:
        handle.seek((pages - 1) * 4096 + 300)
        byte = handle.read(1)
        handle.seek((pages - 1) * 4096 + 300)
        handle.write(bytes([byte[0] ^ 1]))
    result = run_cli("--user", "claire", "--password-stdin", "staff", "list", stdin=PW)
    assert result.code in (0, 1) and result.err.count("\n") <= 1 and "Traceback" not in result.err
    if result.code:
        assert "The database file is damaged" in result.err


def test_the_app_shows_a_fault_of_the_database_as_one_plain_line_not_a_crash(qapp, monkeypatch):
    from tests.test_gui import FakeDialogs
    from ui import crash, dialogs as dialog_module

    fake = FakeDialogs()
    monkeypatch.setattr(dialog_module, "dialogs", fake)
    crash.report(sqlcipher3.DatabaseError("database disk image is malformed"))
    assert fake.crashes == [] and fake.errors and "The database file is damaged" in fake.errors[0]
    crash.report(RuntimeError("a bug"))
    assert [error for error, _ in fake.crashes] == ["RuntimeError"]


def test_a_time_picked_on_a_screen_that_does_not_exist_is_refused(owner):
    from datetime import datetime

    from desktop.timefmt import SALON_ZONE
    from storage.errors import InputError

    owner.booking.add_service("Brushing", 30)
    client = owner.clients.add(first_name="Marie", last_name="Dupont")
    with pytest.raises(InputError, match="The next valid time is 03:00"):
        owner.booking.book(client, "Brushing", "claire", datetime(2026, 3, 29, 2, 30, tzinfo=SALON_ZONE))


def test_a_full_disk_inside_a_joined_operation_says_the_disk_is_full(salon, owner):
    """SQLite may roll the whole transaction back itself on a full disk: the joined part then has no savepoint
    left to undo, and the message must be the disk's, not "no such savepoint" (an import of 20,000 rows on a small
    tmpfs said that)."""
    layout, store, _ = salon
    real, real_many = store.conn.execute, store.conn.executemany

    def full_inside(sql, *args):
        store.conn.execute = real
        real("ROLLBACK")  # as SQLite does when it cannot grow the file
        raise sqlcipher3.OperationalError("database or disk is full")

    with pytest.raises(StorageError, match="The disk is full: nothing was changed"):
        with owner.transaction():
            store.conn.executemany = full_inside  # the client's row, written inside the joined operation
            owner.clients.add(first_name="Marie", last_name="Dupont")
    store.conn.execute, store.conn.executemany = real, real_many
    assert not store.conn.in_transaction
    assert store.conn.execute("SELECT count(*) FROM client").fetchone()[0] == 0
