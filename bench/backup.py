"""Backup benchmark: a backup of a big salon beside a plain file copy of the same database, the three ways of
taking a consistent copy, the GUI thread while a backup runs, and the restore.

    python -m bench.backup [--clients 100000] [--appointments 1000000] [--runs 3]

Prints figures; asserts only that every backup verified and the restore holds every row. Baselines in the same
run, interleaved:
- backup: a plain file copy of the same database file, fsynced (shutil.copyfile + fsync): target <= 3x. Printed
  in all (verified), and split: the backup file written (the snapshot streamed into it, hashed on the way, fsynced,
  renamed) and its verification (read back from the drive into the scratch copy, which is opened with the key:
  cipher_integrity_check then the ledgers and row counts, beside quick_check), with the phases' medians;
- the verification floor: each check alone (cipher_integrity_check, quick_check, the audit chain), beside the same
  plain copy. Verification cannot take less than their sum shared by the two cores (the backup runs them at once),
  which is several times the copy: a verified backup cannot be within 3x here; the backup written is;
- the consistent copy alone, three ways (the raw copy under a read snapshot that Salon Desk uses, SQLite's online
  backup API between identically keyed connections, sqlcipher_export into an attached database with the same
  key): the same plain file copy;
- GUI thread: the largest gap between ticks of a 10 ms timer while the scheduled backup runs on its own thread
  (target <= 50 ms), beside the same timer on an idle event loop;
- restore into a new folder with the recovery code (Argon2 at its production cost, the copy, erasures applied
  again, verify), beside a plain file copy of the backup file.
Bulk appointments are seeded with executemany (bench data only: the app itself writes through the unit of work).
"""
from __future__ import annotations

import argparse
import os
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from bench.common import PASSWORD, interleaved, keyring_config, ms, percentile, report, seed

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QApplication


def new_salon():
    """A new salon behind a file keyring: (work folder, layout, store, owner's desk, recovery code)."""
    import keyring

    from desktop import salon as salons, setup
    from desktop.paths import Layout
    from tests.support.keyrings import FileKeyring

    work = Path(tempfile.mkdtemp(prefix="salon-backup-bench-"))
    os.environ.update(keyring_config(work))
    os.environ.pop("PYTHON_KEYRING_BACKEND", None)
    keyring.set_keyring(FileKeyring())
    layout = Layout(work / "home")
    store, code = setup.init_salon(layout, salon_name="Atelier Bench", owner_login="claire", owner_password=PASSWORD)
    return work, layout, store, salons.login(store, "claire", PASSWORD), code


def plain_copy(source: Path, target: Path) -> None:
    shutil.copyfile(source, target)
    with open(target, "rb+") as handle:
        os.fsync(handle.fileno())
    target.unlink()


def backups(desk, folder: Path, plain_target: Path, database: Path, runs: int) -> None:
    results = []

    def one() -> None:
        results.append(desk.backups.create(to=folder))

    ours, theirs = interleaved(one, lambda: plain_copy(database, plain_target), runs)
    assert all(r["verified"] for r in results)
    size = database.stat().st_size
    plain = statistics.median(theirs)
    report(f"verified backup of a {size / 1e6:.0f} MB database (snapshot streamed into the file, fsynced, read back "
           "from the drive, its database opened with the key and checked: pages, SQLite quick_check, ledgers, row "
           "counts; renamed)", ours, "plain file copy of the same database, fsynced", theirs)
    phases = {name: statistics.median(r["seconds"][name] for r in results) for name in results[0]["seconds"]}
    print("    phases (median): " + ", ".join(f"{name} {ms(value)}" for name, value in phases.items()))
    verifying = [r["seconds"]["read_back"] + r["seconds"]["check"] for r in results]
    written = statistics.median(r["seconds"]["total"] - v for r, v in zip(results, verifying))
    print(f"    backup file written, without its verification (snapshot streamed into the file, hashed on the way, "
          f"fsynced, renamed; rotation): median {ms(written)}, ratio {written / plain:.2f}x  (target <= 3x)")
    print(f"    its verification (read back from the drive into the scratch copy, which is opened with the key: "
          f"cipher_integrity_check, then the ledgers and row counts, beside quick_check): median "
          f"{ms(statistics.median(verifying))}, ratio {statistics.median(verifying) / plain:.2f}x")
    ratio = statistics.median(ours) / plain
    print(f"    verified backup in all: median {ms(statistics.median(ours))}, ratio {ratio:.2f}x  (target <= 3x: "
          f"{'met' if ratio <= 3 else 'not met, see the floor of the checks below'})")


def check_floor(key: str, database: Path, plain_target: Path, runs: int) -> None:
    """Why a verified backup cannot be within 3x a plain copy: each check the issue asks for, alone, on one core,
    beside the same plain copy (the backup runs the first two at once, the ledgers after the page check)."""
    from desktop.backup import check
    from storage import audit

    def pragma(sql: str):
        def run() -> None:
            conn = check.open_copy(database, key)
            try:
                assert [row[0] for row in conn.execute(sql)] in ([], ["ok"])
            finally:
                conn.close()
        return run

    def ledgers() -> None:
        conn = check.open_copy(database, key)
        try:
            assert not audit.verify(conn)
        finally:
            conn.close()

    for name, run in (("SQLCipher page check (PRAGMA cipher_integrity_check: every page's HMAC)",
                       pragma("PRAGMA cipher_integrity_check")),
                      ("SQLite structure check (PRAGMA quick_check: every page decrypted, every b-tree and record)",
                       pragma("PRAGMA quick_check")),
                      ("the audit chain (every row hashed again)", ledgers)):
        ours, theirs = interleaved(run, lambda: plain_copy(database, plain_target), runs)
        report(f"verification floor, alone: {name}", ours, "plain file copy, fsynced", theirs)


def copy_methods(store, scratch: Path, plain_target: Path, runs: int) -> None:
    from desktop.backup import make

    conn, key = store.conn, store.key
    database = store.layout.database
    size = database.stat().st_size

    def fresh(name: str) -> Path:
        target = scratch / name
        target.unlink(missing_ok=True)
        return target

    def snapshot() -> None:
        target = fresh("snapshot.db")
        with make.snapshot(conn, database, key, scratch, lambda done: None) as (_facts, body):
            shutil.copyfile(body, target)
        with open(target, "rb+") as handle:  # the other two commit, hence fsync, their copy
            os.fsync(handle.fileno())

    def online_backup() -> None:
        conn.execute("BEGIN")
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            make._online_backup(conn, fresh("online.db"), key, lambda done: None, size)  # noqa: SLF001
        finally:
            conn.execute("COMMIT")

    def export() -> None:
        target = fresh("export.db")
        conn.execute(f"ATTACH DATABASE ? AS copy KEY \"x'{key}'\"", (str(target),))
        try:
            conn.execute("SELECT sqlcipher_export('copy')").fetchall()
        finally:
            conn.execute("DETACH DATABASE copy")

    for name, method in (("raw copy under a read snapshot (what Salon Desk does)", snapshot),
                         ("SQLite online backup API, identically keyed (the fallback)", online_backup),
                         ("sqlcipher_export into an attached database with the same key", export)):
        ours, theirs = interleaved(method, lambda: plain_copy(database, plain_target), runs)
        report(f"consistent copy: {name}", ours, "plain file copy, fsynced", theirs)


def gui_thread(store) -> None:
    """The scheduled backup on its own thread while a 10 ms timer ticks on the GUI thread."""
    from datetime import timedelta

    from desktop.salon import Salon
    from ui.backup.runner import BackupRunner

    runner = BackupRunner(Salon(store), first_check=timedelta(hours=1))
    runner.start()

    def ticking(seconds: float | None) -> tuple[list[float], float]:
        ticks: list[float] = []
        timer = QTimer()
        timer.setTimerType(Qt.TimerType.PreciseTimer)
        timer.setInterval(10)
        timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
        loop = QEventLoop()
        begin = time.perf_counter()
        if seconds is None:
            runner.finished.connect(loop.quit)
            runner.failed.connect(loop.quit)
            QTimer.singleShot(20, runner.back_up_now)
        else:
            QTimer.singleShot(int(seconds * 1000), loop.quit)
        timer.start()
        loop.exec()
        timer.stop()
        return [b - a for a, b in zip(ticks, ticks[1:])], time.perf_counter() - begin

    try:
        gaps, took = ticking(None)  # the runner backs up into this PC's backup folder (`folder`)
        idle, _ = ticking(took)
    finally:
        runner.shutdown()
    print(f"GUI thread while the scheduled backup runs ({ms(took)}): largest gap between ticks of a 10 ms timer "
          f"{ms(max(gaps))}  (target <= 50 ms); p95 {ms(percentile(gaps, .95))}; median "
          f"{ms(statistics.median(gaps))} ({len(gaps)} gaps)")
    print(f"    baseline, the same timer on an idle event loop: largest gap {ms(max(idle))}; "
          f"p95 {ms(percentile(idle, .95))}; median {ms(statistics.median(idle))}")
    print(f"    ratio: largest {max(gaps) / max(idle):.2f}x")


def restores(layout, store, code: str, backup: Path, work: Path, runs: int) -> None:
    from desktop.backup import restore
    from desktop.paths import Layout

    expected = store.conn.execute("SELECT count(*) FROM appointment").fetchone()[0]
    homes = []

    def one() -> None:
        home = Layout(work / f"restored-{len(homes)}")
        homes.append(home)
        restored, _ = restore.commit_new_home(restore.stage(home, backup, code=code, new_home=True))
        try:
            assert restored.conn.execute("SELECT count(*) FROM appointment").fetchone()[0] == expected
        finally:
            restored.close()
        shutil.rmtree(home.home)

    ours, theirs = interleaved(one, lambda: plain_copy(backup, work / "plain-backup-copy"), runs)
    report(f"restore into a new folder with the recovery code (Argon2 256 MiB, copy, erasures, verify) of a "
           f"{backup.stat().st_size / 1e6:.0f} MB backup", ours, "plain file copy of the backup, fsynced", theirs)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--clients", type=int, default=100_000)
    parser.add_argument("--appointments", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=3, help="runs per figure")
    args = parser.parse_args(argv)

    from bench.frontdesk import seed_appointments

    QApplication.instance() or QApplication([])
    work, layout, store, desk, code = new_salon()
    try:
        client_ids = seed(desk, args.clients)
        for i in range(9):
            desk.staff.add(f"staff{i}", "employee", f"Coiffeur {i + 1}")
        desk.booking.add_service("Coupe", 30)
        service_id = store.conn.execute("SELECT id FROM service").fetchone()[0]
        staff_ids = [r[0] for r in store.conn.execute("SELECT id FROM staff ORDER BY login")]
        begin = time.perf_counter()
        seed_appointments(store.conn, args.appointments, client_ids, staff_ids, service_id)
        total = store.conn.execute("SELECT count(*) FROM appointment").fetchone()[0]
        print(f"seeded {total} appointments (executemany) in {time.perf_counter() - begin:.1f} s")
        folder, scratch = work / "usb", work / "scratch"
        folder.mkdir()
        scratch.mkdir()
        desk.backups.configure(folder)
        backups(desk, folder, work / "plain.db", layout.database, args.runs)
        check_floor(store.key, layout.database, work / "plain.db", max(1, min(args.runs, 3)))
        copy_methods(store, scratch, work / "plain.db", args.runs)
        gui_thread(store)
        newest = max(folder.glob("*.salondesk"), key=lambda p: p.stat().st_mtime)
        restores(layout, store, code, newest, work, max(1, min(args.runs, 3)))
    finally:
        store.close()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
