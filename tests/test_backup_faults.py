"""Backup faults, each with one clear line and nothing lost: a full, removed or read-only destination, a process
killed mid-backup, a truncated or altered file, a wrong recovery code, a backup from a newer Salon Desk.

"Nothing lost" is checked the same way each time: the earlier backup is byte for byte as it was and still
verifies, no file sits under a backup name unless it is complete, and the live salon still passes verify."""
from __future__ import annotations

import contextlib
import errno
import hashlib
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop.backup import check, config as configs, files, make
from desktop.kernel.progress import Progress
from storage import backup_file, migrate
from storage.errors import StorageError
from tests.conftest import OWNER_PASSWORD, ROOT
from tests.support.db import store_of

PW = OWNER_PASSWORD + "\n"


def sha(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def backup_names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if files.is_backup_name(p.name))


@pytest.fixture
def busy_salon(owner, tmp_path):
    """A salon with some clients, its backup folder and one good backup in it."""
    for n in range(40):
        owner.clients.add(first_name="Marie", last_name=f"Dupont{n}", email=f"marie{n}@exemple.fr",
                          notes="Balayage caramel, racines tous les deux mois. " * 5)
    folder = tmp_path / "usb"
    folder.mkdir()
    first = owner.backups.create(to=folder)
    return owner, folder, Path(first["path"]), sha(first["path"])


def nothing_lost(owner, folder: Path, first: Path, first_sha: str) -> None:
    assert backup_names(folder) == [first.name]
    assert sha(first) == first_sha
    assert check.verify_file(first, store_of(owner).key)["verified"]
    assert not any(owner.verify.run().values())
    assert owner.clients.count() == 40


# -- the destination ---------------------------------------------------------------------------------------

def test_destination_full_simulated(busy_salon, monkeypatch):
    """ENOSPC from the drive, simulated by a file object that refuses past 100 kB (the tmpfs test below does it
    for real when it may mount one)."""
    owner, folder, first, first_sha = busy_salon
    real = backup_file.write

    class FullDrive:
        def __init__(self, inner) -> None:
            self.inner, self.written = inner, 0

        def write(self, data: bytes) -> int:
            if self.written + len(data) > 100_000:
                raise OSError(errno.ENOSPC, "No space left on device")
            self.written += len(data)
            return self.inner.write(data)

    monkeypatch.setattr(backup_file, "write", lambda out, *a, **k: real(FullDrive(out), *a, **k))
    with pytest.raises(StorageError) as failed:
        owner.backups.create(to=folder)
    assert failed.value.message() == (f"The backup folder {folder} is full: no backup was written, earlier backups "
                                      "are intact. Free some space or choose another folder.")
    assert sorted(p.name for p in folder.iterdir()) == [first.name]  # no temporary file left either
    nothing_lost(owner, folder, first, first_sha)
    status = configs.status(store_of(owner).layout)
    assert "is full" in status.last_error.message()


@contextlib.contextmanager
def tmpfs(path: Path, options: str):
    """Mount a small tmpfs (root only, and where the kernel allows it); skip the test otherwise."""
    path.mkdir(exist_ok=True)
    if os.geteuid() != 0:
        pytest.skip("mounting a tmpfs needs root; test_destination_full_simulated covers ENOSPC")
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(path)], capture_output=True)
    if done.returncode:
        pytest.skip(f"cannot mount a tmpfs here ({done.stderr.decode().strip()}); the simulated test covers it")
    try:
        yield path
    finally:
        subprocess.run(["umount", str(path)], check=True)


def test_destination_full_on_a_real_small_tmpfs(owner, tmp_path):
    for n in range(10):
        owner.clients.add(first_name="Marie", last_name=f"Dupont{n}", email=f"marie{n}@exemple.fr")
    with tmpfs(tmp_path / "small-drive", "size=700k") as folder:
        first = Path(owner.backups.create(to=folder)["path"])
        first_sha = sha(first)
        for n in range(10, 400):  # the next backup no longer fits beside the first
            owner.clients.add(first_name="Marie", last_name=f"Dupont{n}", email=f"marie{n}@exemple.fr",
                              notes="Balayage caramel, racines tous les deux mois. " * 3)
        with pytest.raises(StorageError, match="is full: no backup was written, earlier backups are intact"):
            owner.backups.create(to=folder)
        assert sorted(p.name for p in folder.iterdir()) == [first.name]
        assert sha(first) == first_sha and check.verify_file(first, store_of(owner).key)["verified"]
        assert not any(owner.verify.run().values())


class Pulling(Progress):
    """Removes the destination folder once the backup has started writing into it (a USB drive pulled out)."""

    def __init__(self, folder: Path) -> None:
        super().__init__()
        self.folder, self.pulled = folder, False

    def update(self, done, total=0, label=None) -> None:
        super().update(done, total, label)
        if label == make.LABEL_WRITE and done > total // 6 and not self.pulled:  # half the write phase
            self.pulled = True
            for path in self.folder.iterdir():
                path.unlink()
            self.folder.rmdir()


def test_destination_removed_during_the_backup(busy_salon, tmp_path, monkeypatch):
    owner, folder, first, first_sha = busy_salon
    monkeypatch.setattr(backup_file, "CHUNK", 16 * 1024)  # several chunks, so the drive goes mid-file
    pulled = tmp_path / "pulled"
    pulled.mkdir()
    progress = Pulling(pulled)
    with pytest.raises(StorageError) as failed:
        owner.backups.create(to=pulled, progress=progress)
    assert progress.pulled and not pulled.exists()
    assert failed.value.message() == (f"The backup folder {pulled} disappeared during the backup (a removed USB "
                                      "drive?): no backup was written, nothing was lost. Plug it back in and try "
                                      "again.")
    nothing_lost(owner, folder, first, first_sha)


def test_a_missing_destination_is_said_before_anything_is_written(busy_salon, tmp_path):
    owner, folder, first, first_sha = busy_salon
    with pytest.raises(StorageError, match="cannot be found \\(an unplugged USB drive\\?\\)"):
        owner.backups.create(to=tmp_path / "unplugged")
    assert not (tmp_path / "unplugged").exists()  # never created on the PC's own disk in the drive's place
    nothing_lost(owner, folder, first, first_sha)


@contextlib.contextmanager
def read_only(folder: Path, monkeypatch):
    """A folder this process cannot write into: its mode (a normal user), or a read-only tmpfs (root ignores
    modes), or, where root may not mount, os.open refusing with EROFS inside it (said by the test's id)."""
    os.chmod(folder, 0o555)
    try:
        probe = folder / ".probe"
        try:
            probe.write_bytes(b"")
            probe.unlink()
        except PermissionError:
            yield "mode 555"
            return
        if os.geteuid() == 0:
            done = subprocess.run(["mount", "-t", "tmpfs", "-o", "ro,size=64k", "tmpfs", str(folder)],
                                  capture_output=True)
            if done.returncode == 0:
                try:
                    yield "read-only tmpfs"
                finally:
                    subprocess.run(["umount", str(folder)], check=True)
                return
        real = os.open

        def refuse(path, flags, *args, **kwargs):
            if Path(path).parent == folder and flags & os.O_CREAT:
                raise OSError(errno.EROFS, "Read-only file system", str(path))
            return real(path, flags, *args, **kwargs)
        monkeypatch.setattr(os, "open", refuse)
        yield "simulated EROFS"
    finally:
        os.chmod(folder, 0o755)


def test_read_only_destination(busy_salon, tmp_path, monkeypatch):
    owner, folder, first, first_sha = busy_salon
    locked = tmp_path / "locked"
    locked.mkdir()
    with read_only(locked, monkeypatch) as how:
        with pytest.raises(StorageError) as failed:
            owner.backups.create(to=locked)
        assert failed.value.message() == (f"The backup folder {locked} is read-only: no backup was written. Choose "
                                          "a folder you can write to."), how
        assert backup_names(locked) == []
        with pytest.raises(StorageError, match="is read-only"):  # the owner is told when choosing it already
            owner.backups.configure(locked)
    nothing_lost(owner, folder, first, first_sha)


def test_cli_says_one_line(run_cli, tmp_path):
    assert run_cli("init", "--salon", "Atelier", "--owner", "claire", stdin=PW).code == 0
    result = run_cli("--user", "claire", "--password-stdin", "backup", "now", "--to", str(tmp_path / "gone"), stdin=PW)
    assert result.code == 1 and result.err.count("\n") == 1 and "cannot be found" in result.err


# -- a process killed mid-backup -------------------------------------------------------------------------------

CHILD = r"""
import os, sys, time
sys.path.insert(0, sys.argv[1])
import keyring
from tests.support.keyrings import FileKeyring
keyring.set_keyring(FileKeyring())
from desktop.paths import Layout
from desktop.salon import Salon
from storage import backup_file

home, folder, ready, phase = sys.argv[2:6]

def hang():
    open(ready, "w").close()
    time.sleep(120)

if phase == "write":
    backup_file.CHUNK = 4096
    real = backup_file.write
    def write(out, header, body, size, key, on_chunk=None, **more):
        def chunk(done):
            if done >= size // 2:
                out.flush()
                hang()
        return real(out, header, body, size, key, on_chunk=chunk, **more)
    backup_file.write = write
else:  # verifying: the file written and fsynced, its database in the scratch folder, read back half-way
    real_check = backup_file.check
    def check(path, key_hex=None, *, copy_to=None, on_chunk=None):
        def chunk(done):
            if on_chunk:
                on_chunk(done)
            hang()
        return real_check(path, key_hex, copy_to=copy_to, on_chunk=chunk)
    backup_file.check = check
salon = Salon.open(Layout(__import__("pathlib").Path(home)))
salon.system("backup").backups.create(to=folder)
"""


@pytest.mark.parametrize("phase", ["write", "read back"])
def test_process_killed_during_a_backup(busy_salon, tmp_path, phase):
    owner, folder, first, first_sha = busy_salon
    store = store_of(owner)
    keyring_file = tmp_path / "keyring.json"
    keyring_file.write_text(json.dumps({f"Salon Desk/database-key:{store.key_id}": store.key}))
    ready = tmp_path / "ready"
    env = {**os.environ, "SALON_DESK_TEST_KEYRING": str(keyring_file), "QT_QPA_PLATFORM": "offscreen",
           "SALON_DESK_INSECURE_KEYRING": "1"}  # the test FileKeyring is a plain file: allowed only so
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(ROOT), str(store.layout.home), str(folder),
                              str(ready), phase], env=env, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 60
        while not ready.exists():
            assert child.poll() is None, child.stderr.read().decode()
            assert time.monotonic() < deadline, "the child never reached the kill point"
            time.sleep(0.05)
        os.kill(child.pid, signal.SIGKILL)
    finally:
        child.wait(30)
    leftovers = [p for p in [*folder.iterdir(), *store.layout.home.iterdir()] if p.name.startswith(".")]
    assert leftovers, "the kill left its temporary file or scratch folder (hidden, never under a backup name)"
    assert all(not files.is_backup_name(p.name) for p in leftovers)
    nothing_lost(owner, folder, first, first_sha)
    # The next backup works beside the leftovers, and clears them once they are an hour old.
    for path in leftovers:
        os.utime(path, (time.time() - 7200, time.time() - 7200))
    owner.backups.create(to=folder)
    assert not [p for p in [*folder.iterdir(), *store.layout.home.iterdir()] if p in leftovers and p.exists()]


# -- damaged files -------------------------------------------------------------------------------------------------

@pytest.fixture
def cli_backup(run_cli, tmp_path):
    """A CLI salon with a client and one backup: (path, recovery code)."""
    init = run_cli("--json", "init", "--salon", "Atelier Lumière", "--owner", "claire", stdin=PW)
    code = json.loads(init.out)["recovery_code"]
    assert run_cli("--user", "claire", "--password-stdin", "client", "add", "--first-name", "Inès", "--last-name",
                   "Roux", stdin=PW).code == 0
    made = run_cli("--user", "claire", "--password-stdin", "--json", "backup", "now", "--to", str(tmp_path), stdin=PW)
    return Path(json.loads(made.out)["path"]), code


def altered(path: Path, tmp_path: Path, name: str, change) -> Path:
    data = bytearray(path.read_bytes())
    change(data)
    copy = tmp_path / "damaged" / name
    copy.parent.mkdir(exist_ok=True)
    copy.write_bytes(bytes(data))
    return copy


def one_line(result) -> str:
    assert result.code == 1, (result.out, result.err)
    assert result.err.count("\n") == 1, result.err
    return result.err.strip()


def test_verify_names_a_truncated_backup(cli_backup, run_cli, tmp_path):
    path, _ = cli_backup
    half = altered(path, tmp_path, "half.salondesk", lambda d: d.__delitem__(slice(len(d) // 2, None)))
    line = one_line(run_cli("backup", "verify", str(half)))
    assert "half.salondesk is truncated:" in line and "of the database's" in line
    cut = altered(path, tmp_path, "cut.salondesk", lambda d: d.__delitem__(slice(len(d) - 20, None)))
    assert "cut.salondesk is truncated or damaged at its end" in one_line(run_cli("backup", "verify", str(cut)))
    head = altered(path, tmp_path, "head.salondesk", lambda d: d.__delitem__(slice(40, None)))
    assert "head.salondesk is truncated: it ends inside its header" in one_line(run_cli("backup", "verify",
                                                                                     str(head)))


def test_verify_names_a_flipped_byte_and_its_page(cli_backup, run_cli, tmp_path, memory_keyring):
    path, _ = cli_backup
    offset = backup_file.read_header(path).offset

    def flip(at: int):
        def change(data: bytearray) -> None:
            data[at] ^= 0x01
        return change

    body = altered(path, tmp_path, "page3.salondesk", flip(offset + 2 * 4096 + 100))
    assert one_line(run_cli("backup", "verify", str(body))) == (
        "salon-desk: page3.salondesk is damaged: cipher_integrity: HMAC verification failed for page 3. "
        "Use another backup.")
    header = altered(path, tmp_path, "header.salondesk", flip(offset - 30))
    assert "header.salondesk is damaged" in one_line(run_cli("backup", "verify", str(header)))
    # Without any key (another PC, no code typed) the checksum alone still names it.
    memory_keyring.secrets.clear()
    line = one_line(run_cli("--home", str(tmp_path / "elsewhere"), "backup", "verify", str(body)))
    assert line == ("salon-desk: page3.salondesk is damaged: its content does not match its checksum. "
                    "Use another backup.")


def test_restore_refuses_a_damaged_backup_and_writes_nothing(cli_backup, run_cli, tmp_path):
    path, code = cli_backup
    body = altered(path, tmp_path, "bad.salondesk", lambda d: d.__setitem__(len(d) // 2, d[len(d) // 2] ^ 0xFF))
    target = tmp_path / "new-pc"
    line = one_line(run_cli("backup", "restore", str(body), "--home", str(target), stdin=code + "\n"))
    assert "bad.salondesk is damaged" in line
    assert not target.exists() or not any(target.iterdir())


def test_wrong_recovery_code(cli_backup, run_cli, tmp_path):
    path, code = cli_backup
    target = tmp_path / "new-pc"
    wrong = "ABCDE-12345-FGHJK-67890" if code != "ABCDE-12345-FGHJK-67890" else "ZZZZZ-12345-FGHJK-67890"
    assert one_line(run_cli("backup", "restore", str(path), "--home", str(target), stdin=wrong + "\n")) == \
        "salon-desk: This recovery code does not open this salon database."
    assert not target.exists()
    typo = one_line(run_cli("backup", "restore", str(path), "--home", str(target), stdin="ABC\n"))
    assert "20 letters and digits" in typo and not target.exists()


def newer(path: Path, tmp_path: Path, *, schema: int | None = None, version: int | None = None) -> Path:
    data = path.read_bytes()
    first, rest = data.split(b"\n", 1)
    line, body = rest.split(b"\n", 1)
    header = json.loads(line)
    if schema is not None:
        header.update(schema=schema, app_version="2.3.0")
    if version is not None:
        first = b"SALON-DESK-BACKUP " + str(version).encode()
    copy = tmp_path / "future" / f"future-{schema}-{version}.salondesk"
    copy.parent.mkdir(exist_ok=True)
    copy.write_bytes(first + b"\n" + json.dumps(header).encode() + b"\n" + body)
    return copy


def test_a_backup_from_a_newer_salon_desk_is_refused_naming_the_version(cli_backup, run_cli, tmp_path):
    path, code = cli_backup
    newest = migrate.latest()
    future = newer(path, tmp_path, schema=newest + 1)
    target = tmp_path / "new-pc"
    line = one_line(run_cli("backup", "restore", str(future), "--home", str(target), stdin=code + "\n"))
    assert line == (f"salon-desk: {future.name} was made by Salon Desk 2.3.0 (database schema {newest + 1}); this "
                    f"version reads up to schema {newest}. Install Salon Desk 2.3.0 or newer to restore it.")
    assert not target.exists()
    assert "Salon Desk 2.3.0" in one_line(run_cli("backup", "verify", str(future)))
    format_two = newer(path, tmp_path, version=2)
    assert "newer Salon Desk (backup format 2; this version reads format 1)" in one_line(
        run_cli("backup", "restore", str(format_two), "--home", str(target), stdin=code + "\n"))


def test_not_a_backup(run_cli, tmp_path):
    stranger = tmp_path / "holiday.salondesk"
    stranger.write_bytes(b"\x89PNG\r\n\x1a\n" + os.urandom(200))
    assert one_line(run_cli("backup", "verify", str(stranger))) == \
        "salon-desk: holiday.salondesk is not a Salon Desk backup."


# -- nothing readable ---------------------------------------------------------------------------------------------

def test_no_plaintext_client_data_in_any_backup_file(owner, tmp_path):
    from tests.support.pages import plaintext

    people = [("Éloïse", "N'Diaye-Lefèvre", "eloise.ndiaye@exemple.fr", "+33612345678", "Coloration 6.34 cuivrée"),
              ("Inès", "Roux", "ines.roux@exemple.fr", "+33698765432", "Balayage caramel signalé")]
    for first, last, email, phone, notes in people:
        client_id = owner.clients.add(first_name=first, last_name=last, email=email, phone=phone, notes=notes)
    owner.privacy.erase(client_id)  # so that the erasure journal travels in the backup too
    made = owner.backups.create(to=tmp_path)
    raw = Path(made["path"]).read_bytes()
    needles = [text for person in people for text in person]
    for needle in needles:
        for encoding in ("utf-8", "utf-16-le"):
            assert needle.encode(encoding) not in raw, needle
    journal = (store_of(owner).layout.home / "erasures.journal").read_bytes()
    for needle in needles:
        assert needle.encode() not in journal
    # The grep means something: the same bytes, decrypted, hold the client who was kept (and not the erased one).
    header = backup_file.read_header(Path(made["path"]))
    body = tmp_path / "body.db"
    body.write_bytes(raw[header.offset:header.offset + header.size])
    decrypted = plaintext(body, store_of(owner).key)
    assert "N'Diaye-Lefèvre".encode() in decrypted and b"eloise.ndiaye@exemple.fr" in decrypted
    assert b"ines.roux@exemple.fr" not in decrypted
