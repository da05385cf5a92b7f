"""Foundation benchmark on 100,000 clients: opening, signing in, searching, the main window, start-up. Prints
figures; asserts nothing about time.

    python -m bench.foundation [--clients 100000] [--starts 5]

Baselines, measured in the same run and interleaved: the same work on a plain (unencrypted) SQLite copy of the
same database made with sqlcipher_export and opened with the same pragmas; Argon2id alone for the login; bare Qt
for the window and the process start.
"""
from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys

from bench.common import PASSWORD, ROOT, interleaved, new_salon, open_plain, plain_copy, report, seed, timed

PAGE = 50  # the client list's page (ui/clients/model.py)
QUERIES = ["d", "du", "dup", "dupo", "dupon", "dupont", "m", "ma", "mar", "mart", "marti", "martin",
           "elo", "éloï", "n'd", "ndia", "06", "06 1", "06 12", "06 12 3", "+336", "fra", "franç", "le", "lef",
           "lefè", "gar", "garc", "claire", "zo", "zoé mo"]
# The same shape as the app's start-up probe (ui/app.py): show a window, report after one event-loop turn.
BARE_QT = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication(sys.argv)
window = QWidget()
window.show()
def report():
    with open("/proc/self/status", encoding="ascii") as status:
        peak = next(int(line.split()[1]) for line in status if line.startswith("VmHWM")) / 1024
    print(f"window-shown peak_rss_mib={peak:.0f}", flush=True)
    app.quit()
QTimer.singleShot(0, report)
app.exec()
"""


def search(conn, text: str) -> int:
    """What the client list does per keystroke, straight on a connection: count the matches, read the first page."""
    from storage import clients

    total = clients.count_matching(conn, text)
    clients.rows(conn, clients.page_ids(conn, text, 0, PAGE, total=total))
    return total


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--clients", type=int, default=100_000)
    parser.add_argument("--starts", type=int, default=5, help="process starts to time (each also for bare Qt)")
    args = parser.parse_args(argv)

    from desktop import salon as salons
    from desktop import store as stores
    from storage import db, staff as staff_rows
    from desktop.staff import passwords

    work, layout, store, desk = new_salon("salon-bench-")
    seed(desk, args.clients)
    plain_path = work / "plain.db"
    plain_copy(store.conn, plain_path).close()
    store.close()

    key = store.key

    def open_plain_file() -> None:
        conn = open_plain(plain_path)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        conn.close()

    opens, plain_opens = interleaved(lambda: db.connect(layout.database, key).close(), open_plain_file, 15)
    report("open the database with its key (key, pragmas, schema check)", opens,
           "open the plain copy with the same pragmas", plain_opens, "<= 20 ms")

    store = stores.open_store(layout)
    stored_hash = staff_rows.by_login(store.conn, "claire")["password_hash"]
    logins, hashes = interleaved(lambda: salons.login(store, "claire", PASSWORD),
                                 lambda: passwords.verify(stored_hash, PASSWORD), 5)
    report("sign in (Argon2id, counters, audit)", logins, "Argon2id verify alone, same parameters", hashes)
    desk = salons.login(store, "claire", PASSWORD)
    plain = open_plain(plain_path)

    def through_service(text: str) -> None:
        desk.clients.page(text, 0, PAGE, total=desk.clients.count_matching(text))

    enc, raw, service = [], [], []
    for _ in range(3):  # warm and repeated, interleaved
        for text in QUERIES:
            enc += timed(lambda: search(store.conn, text), 1)
            raw += timed(lambda: search(plain, text), 1)
            service += timed(lambda: through_service(text), 1)
    what = f"search-as-you-type ({len(QUERIES)} prefixes x3, match count + first page of {PAGE} rows)"
    report(f"{what}, SQLCipher", enc, "the same SQL on the plain copy", raw, "p95 <= 20 ms, ratio <= 2x")
    report(f"{what}, through the service (role check, masking)", service, "the same SQL on the plain copy", raw)
    everyone, everyone_raw = interleaved(lambda: search(store.conn, ""), lambda: search(plain, ""), 5)
    report("empty search (count + first page of everyone), SQLCipher", everyone, "the plain copy", everyone_raw)

    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

    from ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])

    def main_window() -> None:
        window = MainWindow(desk, "Atelier Bench")
        window.show()
        app.processEvents()
        window.close()

    def bare_window() -> None:
        from storage import clients

        model = QStandardItemModel()
        total = clients.count_matching(plain, "")
        for row in clients.rows(plain, clients.page_ids(plain, "", 0, PAGE, total=total)):
            model.appendRow([QStandardItem(str(row[name] or "")) for name in ("last_name", "first_name", "phone")])
        window = QMainWindow()
        view = QTableView()
        view.setModel(model)
        window.setCentralWidget(view)
        window.show()
        app.processEvents()
        window.close()

    main_window()  # the first build loads fonts and styles: not what a sign-in costs
    bare_window()
    windows, bare = interleaved(main_window, bare_window, 5)
    report(f"main window on {args.clients} clients, built and painted", windows,
           f"bare QMainWindow with a QTableView of the first {PAGE} rows read from the plain copy", bare)
    store.close()
    plain.close()

    env = {**os.environ, "SALON_DESK_STARTUP_PROBE": "1", "PYTHONPATH": str(ROOT)}
    peaks: dict[str, list[float]] = {"app": [], "bare": []}

    def start(command: list[str], marker: str, name: str) -> None:
        child = subprocess.run([sys.executable, *command], env=env, capture_output=True, text=True, timeout=120)
        assert marker in child.stdout, child.stderr
        peaks[name].append(float(child.stdout.split("peak_rss_mib=")[1].split()[0]))

    starts, bare_starts = interleaved(
        lambda: start(["-m", "desktop", "--home", str(layout.home)], "login-window-shown", "app"),
        lambda: start(["-c", BARE_QT], "window-shown", "bare"), args.starts)
    report("process start to the login window", starts, "bare PySide6 process showing an empty window",
           bare_starts, "<= 1.5 s")
    app_peak, bare_peak = statistics.median(peaks["app"]), statistics.median(peaks["bare"])
    print(f"peak memory of the app process at the login window: median {app_peak:.0f} MiB; bare PySide6 window "
          f"{bare_peak:.0f} MiB; ratio {app_peak / bare_peak:.2f}x")
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory of this process ({args.clients} clients, searches, main windows): {own:.0f} MiB")
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
