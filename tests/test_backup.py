"""The backup itself: a consistent copy while other connections read and write, verified on the bytes the drive
gives back, never made from a database that fails verify, rotation, and the journal that outlives the database."""
from __future__ import annotations

import hashlib
import json
import threading
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from desktop.backup import check, config as configs, files, make
from desktop.backup.files import to_keep
from desktop.timefmt import SALON_ZONE
from storage import backup_file, db, timeutil
from storage.errors import InputError, StorageError
from tests.conftest import OWNER_PASSWORD
from tests.support.db import conn_of, store_of

PW = OWNER_PASSWORD + "\n"


def backed_up_clients(path: Path, key: str, tmp_path: Path) -> set[str]:
    header = backup_file.read_header(path)
    body = tmp_path / f"{path.name}.db"
    body.write_bytes(path.read_bytes()[header.offset:header.offset + header.size])
    conn = check.open_copy(body, key)
    try:
        return {row[0] for row in conn.execute("SELECT last_name FROM client")}
    finally:
        conn.close()


def test_a_long_reader_elsewhere_makes_the_backup_fall_back_to_the_online_backup_api(owner, tmp_path):
    """The WAL cannot be emptied while another connection reads an older moment: the raw copy would miss the
    commits still in the WAL, so the online backup API copies the snapshot instead, and nothing is missed."""
    store = store_of(owner)
    owner.clients.add(first_name="Marie", last_name="Avant")
    reader = db.connect(store.layout.database, store.key)
    try:
        reader.execute("BEGIN")
        reader.execute("SELECT count(*) FROM client").fetchone()  # an old moment, held
        owner.clients.add(first_name="Inès", last_name="Pendant")  # committed into the WAL
        made = owner.backups.create(to=tmp_path)
    finally:
        reader.execute("COMMIT")
        reader.close()
    assert made["method"] == "online-backup" and made["verified"]
    assert backed_up_clients(Path(made["path"]), store.key, tmp_path) == {"Avant", "Pendant"}
    (tmp_path / "quiet").mkdir()
    assert owner.backups.create(to=tmp_path / "quiet")["method"] == "snapshot"  # the reader gone: the raw copy


def test_writes_during_the_backup_neither_wait_for_it_nor_tear_it(owner, tmp_path, monkeypatch):
    """While the snapshot streams into the file, the desk keeps booking: those writes land at once, and the
    backup holds the database exactly as it was when it began."""
    store = store_of(owner)
    for n in range(30):
        owner.clients.add(first_name="Marie", last_name=f"Avant{n}", notes="Couleur 6.34 " * 20)
    monkeypatch.setattr(backup_file, "CHUNK", 4096)
    written, waits = [], []
    real_write = backup_file.write

    def write(out, header, body, size, key, on_chunk=None, **more):
        def chunk(done: int) -> None:
            if not written:  # half-way through the file, another connection writes
                other = db.connect(store.layout.database, store.key)
                try:
                    started = timeutil.now()
                    from desktop import salon as salons
                    desk = salons.login(type(store)(store.layout, other, store.key_id, store.key), "claire",
                                        OWNER_PASSWORD)
                    desk.clients.add(first_name="Inès", last_name="Pendant")
                    waits.append(timeutil.now() - started)
                    written.append(True)
                finally:
                    other.close()
            if on_chunk:
                on_chunk(done)
        return real_write(out, header, body, size, key, on_chunk=chunk, **more)

    monkeypatch.setattr(backup_file, "write", write)
    made = owner.backups.create(to=tmp_path)
    assert written and waits[0] < timedelta(seconds=2)
    names = backed_up_clients(Path(made["path"]), store.key, tmp_path)
    assert "Pendant" not in names and len(names) == 30
    assert "Pendant" in {r[0] for r in conn_of(owner).execute("SELECT last_name FROM client")}
    assert not any(owner.verify.run().values())


def test_a_drive_that_corrupts_what_it_is_given_leaves_no_backup(owner, tmp_path, monkeypatch):
    """What is verified is what the drive gives back: one flipped bit on the way is caught, and nothing is left
    under a backup name."""
    owner.clients.add(first_name="Marie", last_name="Dupont")
    real_write = backup_file.write

    class Flaky:
        def __init__(self, inner) -> None:
            self.inner, self.count = inner, 0

        def write(self, data: bytes) -> int:
            self.count += 1
            if self.count == 3:  # inside the database's pages
                data = bytes([data[0] ^ 0x10]) + data[1:]
            return self.inner.write(data)

    monkeypatch.setattr(backup_file, "write", lambda out, *a, **k: real_write(Flaky(out), *a, **k))
    usb = tmp_path / "usb"
    usb.mkdir()
    with pytest.raises(StorageError, match="could not be written to .* does not match its checksum"):
        owner.backups.create(to=usb)
    assert list(usb.iterdir()) == []


def test_a_database_that_fails_verify_is_not_backed_up_and_older_backups_stay(owner, store, tmp_path,
                                                                             monkeypatch):
    owner.clients.add(first_name="Marie", last_name="Dupont")
    usb = tmp_path / "usb"
    usb.mkdir()
    today = timeutil.now()
    monkeypatch.setattr(timeutil, "now", lambda: today - timedelta(days=1))
    good = Path(owner.backups.create(to=usb)["path"])
    monkeypatch.setattr(timeutil, "now", lambda: today)
    store.conn.execute("DROP TRIGGER audit_no_update")  # someone edits the audit log behind the app's back
    store.conn.execute("UPDATE audit SET action = 'nothing_to_see' WHERE seq = 2")
    with pytest.raises(StorageError, match="The copy of the database fails its check \\(audit_chain: "):
        owner.backups.create(to=usb)
    assert [p.name for p in usb.iterdir()] == [good.name]  # not rotated out by a backup that failed


def test_the_database_file_lost_but_the_journal_beside_it_survives(owner, salon, tmp_path, run_cli):
    """The disk loses salon.db (not the whole folder): the older backup restored into the same folder erases
    again the client erased since, from the journal written beside the database when the erasure committed."""
    layout, store, code = salon
    gone = owner.clients.add(first_name="Éloïse", last_name="Quatremains", email="eloise.q@exemple.fr")
    owner.clients.add(first_name="Inès", last_name="Roux")
    backup = owner.backups.create(to=tmp_path)["path"]
    owner.privacy.erase(gone)
    store.close()
    for path in layout.database_files():
        path.unlink(missing_ok=True)
    result = run_cli("--json", "backup", "restore", backup, stdin=code + "\n")
    assert result.code == 0, result.err
    assert json.loads(result.out)["erasures_reapplied"] == 1
    shown = run_cli("--user", "claire", "--password-stdin", "--json", "client", "find", "Quatremains", stdin=PW)
    assert json.loads(shown.out)["clients"] == []


def test_the_journal_is_sealed_and_skips_a_torn_line(owner, tmp_path):
    from storage import erasure_journal

    store = store_of(owner)
    first = owner.clients.add(first_name="Marie", last_name="Dupont", email="marie@exemple.fr")
    owner.privacy.erase(first)
    journal = store.layout.home / erasure_journal.FILE_NAME
    with open(journal, "ab") as handle:
        handle.write(b"torn-by-a-crash AAAA")  # no newline: a write cut short
    second = owner.clients.add(first_name="Inès", last_name="Roux", phone="06 12 34 56 78")
    owner.privacy.erase(second)
    records, bad = erasure_journal.read(journal, store.key)
    assert [r["erasure"]["client_id"] for r in records] == [first, second] and bad == 1
    assert records[0]["suppression"] and records[0]["suppression_key"]
    assert b"marie@exemple.fr" not in journal.read_bytes()
    assert erasure_journal.read(journal, "0" * 64) == ([], 3)  # another key opens nothing


# -- rotation -----------------------------------------------------------------------------------------------------

def test_rotation_keeps_the_newest_of_each_day_week_and_month():
    start = datetime(2026, 1, 1, 18, 0, tzinfo=SALON_ZONE)
    moments = [start + timedelta(days=d, hours=h) for d in range(400) for h in (0, 1)]  # two a day, 400 days
    kept = sorted(to_keep(moments, 7, 4, 12), reverse=True)
    newest = max(moments)
    days = {m.astimezone(SALON_ZONE).date() for m in kept}
    assert newest in kept
    assert [newest - timedelta(days=d) for d in range(7)] == kept[:7]  # the evening backup of the last 7 days
    assert len({m.isocalendar()[:2] for m in kept}) >= 4
    assert len({(m.year, m.month) for m in kept}) == 12 and len(kept) <= 7 + 4 + 12
    assert all(kept.count(m) == 1 for m in kept) and len(days) == len(kept)  # one per day at most
    assert to_keep(moments, 1, 0, 0) == {newest}


def test_rotation_deletes_only_this_salons_backups(owner, tmp_path, monkeypatch):
    today = timeutil.now()
    for days in range(10, 0, -1):
        monkeypatch.setattr(timeutil, "now", lambda d=days: today - timedelta(days=d))
        owner.backups.create(to=tmp_path)
    foreign = tmp_path / "autre-salon_2020-01-01_10-00-00.salondesk"
    foreign.write_bytes(b"SALON-DESK-BACKUP 1\n" + json.dumps({
        "bytes": 0, "schema": 6, "key_id": "someone-else", "fingerprint": "0", "recovery": {},
        "created_at": "2020-01-01T09:00:00.000Z"}).encode() + b"\n\n{}\n")
    stranger = tmp_path / "notes.txt"
    stranger.write_text("a file that is not a backup")
    owner.backups.configure(daily=3, weekly=0, monthly=0)
    monkeypatch.setattr(timeutil, "now", lambda: today)
    owner.backups.create(to=tmp_path)
    ours = [e for e in files.listing(tmp_path) if e.header and e.header["key_id"] != "someone-else"]
    assert len(ours) == 3 and foreign.exists() and stranger.exists()


def test_names_never_overwrite_an_existing_backup(tmp_path):
    moment = datetime(2026, 3, 6, 18, 30, 12, tzinfo=timezone.utc)
    first = files.free_name(tmp_path, "Atelier Lumière", moment)
    assert first.name == "atelier-lumiere_2026-03-06_19-30-12.salondesk"
    first.write_bytes(b"")
    second = files.free_name(tmp_path, "Atelier Lumière", moment)
    assert second != first and second.name.endswith(".salondesk")
    assert files.slug("  «Chez Zoé & Cie»  ") == "chez-zoe-cie" and files.slug("???") == "salon"


def test_settings_live_beside_the_database_and_not_in_a_synced_setting(owner, tmp_path):
    store = store_of(owner)
    owner.backups.configure(tmp_path / "usb", daily=5, weekly=2, monthly=6)
    saved = json.loads((store.layout.home / configs.CONFIG_FILE).read_text())
    assert saved == {"folder": str((tmp_path / "usb").resolve()), "daily": 5, "weekly": 2, "monthly": 6}
    assert conn_of(owner).execute("SELECT count(*) FROM setting WHERE key LIKE '%backup%'").fetchone()[0] == 0
    assert conn_of(owner).execute("SELECT count(*) FROM outbox WHERE entity = 'setting' AND fields LIKE "
                                  "'%usb%'").fetchone()[0] == 0
    with pytest.raises(InputError):
        owner.backups.configure(monthly=25)


def test_the_recorded_fingerprint_is_the_files_sha256_before_its_trailer(owner, tmp_path):
    made = owner.backups.create(to=tmp_path)
    data = Path(made["path"]).read_bytes()
    body_end = data.rindex(b"\n{")
    assert hashlib.sha256(data[:body_end]).hexdigest() == made["fingerprint"]
    assert backup_file.recorded_fingerprint(Path(made["path"])) == made["fingerprint"]


def test_a_cancelled_backup_leaves_nothing(owner, tmp_path):
    from desktop.kernel.progress import Cancelled, Progress

    class CancelWhileWriting(Progress):
        def update(self, done, total=0, label=None):
            super().update(done, total, label)
            if label == make.LABEL_WRITE and done:
                self.cancel()

    usb = tmp_path / "usb"
    usb.mkdir()
    with pytest.raises(Cancelled):
        owner.backups.create(to=usb, progress=CancelWhileWriting())
    assert list(usb.iterdir()) == []
    assert not list(store_of(owner).layout.home.glob(".backup-scratch-*"))


def test_a_backup_cancelled_while_it_is_checked_leaves_nothing(owner, tmp_path, monkeypatch):
    """Cancel reaches the checks running on their own threads and connections."""
    from desktop.kernel.progress import Cancelled, Progress

    for n in range(30):
        owner.clients.add(first_name="Marie", last_name=f"Dupont{n}")
    real = check._pages_and_ledgers  # noqa: SLF001
    progress = Progress()

    def cancelled_meanwhile(conn, count):
        progress.cancel()  # the other connection's quick_check is interrupted; this one stops after its check
        return real(conn, count)

    monkeypatch.setattr(check, "_pages_and_ledgers", cancelled_meanwhile)
    usb = tmp_path / "usb"
    usb.mkdir()
    with pytest.raises(Cancelled):
        owner.backups.create(to=usb, progress=progress)
    assert list(usb.iterdir()) == []
    assert not list(store_of(owner).layout.home.glob(".backup-scratch-*"))


def test_the_scratch_copy_failing_is_said_of_the_salon_folder_not_the_backup_folder(owner, tmp_path, monkeypatch):
    import errno

    owner.clients.add(first_name="Marie", last_name="Dupont")

    class Full:
        def write(self, _data):
            raise OSError(errno.ENOSPC, "No space left on device")

    real_init = make._ScratchCopy.__init__  # noqa: SLF001
    monkeypatch.setattr(make._ScratchCopy, "__init__", lambda self, handle: real_init(self, Full()))  # noqa: SLF001
    usb = tmp_path / "usb"
    usb.mkdir()
    with pytest.raises(StorageError) as failed:
        owner.backups.create(to=usb)
    assert failed.value.message() == ("The temporary copy in the salon folder could not be written (No space left "
                                      "on device); no backup was written.")
    assert list(usb.iterdir()) == []
    assert not list(store_of(owner).layout.home.glob(".backup-scratch-*"))


def test_a_new_backup_gets_quick_check_and_backup_verify_the_full_integrity_check(owner, tmp_path, monkeypatch):
    """A byte copy just made: pages, structure and ledgers; index-against-table matching (O(N log N)) is left to
    `backup verify`, to `verify` on the live database and to every restore (see desktop/backup/make.py)."""
    owner.clients.add(first_name="Marie", last_name="Dupont")
    asked = []
    real = check._structure  # noqa: SLF001
    monkeypatch.setattr(check, "_structure", lambda conn, thorough: asked.append(thorough) or real(conn, thorough))
    made = owner.backups.create(to=tmp_path)
    assert asked == [False]
    assert owner.backups.verify(made["path"])["verified"]
    assert asked == [False, True]


def test_the_scheduler_runs_one_backup_at_a_time(owner, store, salon, tmp_path):
    from desktop.backup.scheduler import BackupScheduler
    from desktop.salon import Salon

    layout = salon[0]
    configs.save(layout, configs.Config(tmp_path))
    events = []
    scheduler = BackupScheduler(lambda: Salon(store).system_worker("backup"), layout,
                                lambda kind, payload: events.append(kind), first_check=timedelta(hours=1))
    scheduler.start()
    try:
        done = [scheduler.run_now() for _ in range(3)]
        assert all(event.wait(20) for event in done)
    finally:
        scheduler.shutdown()
    assert 1 <= events.count("done") <= 3 and events.count("started") == events.count("done")
    assert "failed" not in events and threading.main_thread().is_alive()
