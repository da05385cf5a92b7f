"""Foundation benchmark on 100,000 clients. Prints figures; asserts nothing.

    python -m bench.foundation [--clients 100000]

Baselines are measured in the same run: the same queries on a plain (unencrypted) SQLite copy
of the same database, made with sqlcipher_export.
"""
from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
PAGE = 50  # the client list's page (ui/clients/model.py)
PASSWORD = "velours et ciseaux dorés"
QUERIES = ["d", "du", "dup", "dupo", "dupon", "dupont", "m", "ma", "mar", "mart", "marti", "martin",
           "elo", "éloï", "n'd", "ndia", "06", "06 1", "06 12", "06 12 3", "+336", "fra", "franç", "le", "lef",
           "lefè", "gar", "garc", "claire", "zo", "zoé mo"]


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.2f} ms"


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


def timed(fn, repeat: int) -> list[float]:
    out = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        out.append(time.perf_counter() - start)
    return out


def keyring_config(folder: Path) -> dict[str, str]:
    """A file keyring for the child processes (no OS keyring on a headless machine)."""
    config = folder / "config" / "python_keyring"
    config.mkdir(parents=True, exist_ok=True)
    (config / "keyringrc.cfg").write_text(
        f"[backend]\ndefault-keyring = tests.support.keyrings.FileKeyring\nkeyring-path = {ROOT}\n")
    return {"XDG_CONFIG_HOME": str(folder / "config"), "SALON_DESK_TEST_KEYRING": str(folder / "keyring.json")}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--clients", type=int, default=100_000)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="salon-bench-"))
    os.environ.update(keyring_config(work))
    os.environ.pop("PYTHON_KEYRING_BACKEND", None)
    sys.path.insert(0, str(ROOT))

    import sqlcipher3

    from bench.seed import seed_clients
    from desktop import setup
    from desktop import salon as salons
    from desktop import store as stores
    from desktop.paths import Layout
    from storage import clients, db, keystore

    layout = Layout(work / "home")
    store, _ = setup.init_salon(layout, salon_name="Atelier Bench", owner_login="claire", owner_password=PASSWORD)
    desk = salons.login(store, "claire", PASSWORD)
    start = time.perf_counter()
    seed_clients(desk, args.clients)
    print(f"seeded {args.clients} clients (with outbox and search index) in {time.perf_counter() - start:.1f} s")
    store.close()

    key = keystore.load(stores.read_keyinfo(layout)["key_id"])
    opens = timed(lambda: db.connect(layout.database, key).close(), 15)
    print(f"open database with key: median {ms(statistics.median(opens))}  (target <= 20 ms)")

    store = stores.open_store(layout)
    logins = timed(lambda: salons.login(store, "claire", PASSWORD), 5)
    print(f"login (Argon2id m=64 MiB, t=3, p=4): median {ms(statistics.median(logins))}")
    desk = salons.login(store, "claire", PASSWORD)

    plain_path = work / "plain.db"
    store.conn.execute(f"ATTACH DATABASE '{plain_path}' AS plain KEY ''")
    store.conn.execute("SELECT sqlcipher_export('plain')").fetchall()
    store.conn.execute("DETACH DATABASE plain")
    plain = sqlcipher3.connect(str(plain_path), isolation_level=None)
    plain.execute("PRAGMA cache_size = -65536")
    assert plain_path.read_bytes()[:15] == b"SQLite format 3"

    def search(conn, text):
        """What the client list does per keystroke: count the matches, read the first page."""
        total = clients.count_matching(conn, text)
        clients.rows(conn, clients.page_ids(conn, text, 0, PAGE, total=total))
        return total

    def through_service(text):
        total = desk.clients.count_matching(text)
        return desk.clients.page(text, 0, PAGE, total=total)

    enc, raw, service = [], [], []
    for _ in range(3):  # warm and repeated, interleaved
        for text in QUERIES:
            enc += timed(lambda: search(store.conn, text), 1)
            raw += timed(lambda: search(plain, text), 1)
            service += timed(lambda: through_service(text), 1)
    p50e, p95e, p50r, p95r = (statistics.median(enc), percentile(enc, .95), statistics.median(raw), percentile(raw, .95))
    print(f"search-as-you-type ({len(QUERIES)} prefixes x3, match count + first page of {PAGE} rows):")
    print(f"  SQLCipher     p50 {ms(p50e)}  p95 {ms(p95e)}  (target p95 <= 20 ms)")
    print(f"  plain SQLite  p50 {ms(p50r)}  p95 {ms(p95r)}")
    print(f"  ratio         p50 {p50e / p50r:.2f}x  p95 {p95e / p95r:.2f}x  (target <= 2x)")
    print(f"  through the service layer (role check, masking): p50 {ms(statistics.median(service))}  "
          f"p95 {ms(percentile(service, .95))}")
    everyone = timed(lambda: search(store.conn, ""), 5)
    everyone_raw = timed(lambda: search(plain, ""), 5)
    print(f"  empty search (count + first page of everyone): median {ms(statistics.median(everyone))}, "
          f"plain {ms(statistics.median(everyone_raw))}")

    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    from ui.main_window import MainWindow

    start = time.perf_counter()
    window = MainWindow(desk, "Atelier Bench")
    window.show()
    app.processEvents()
    print(f"main window with {window.model.rowCount()} clients, built and painted: "
          f"{ms(time.perf_counter() - start)}")
    window.close()
    store.close()

    env = {**os.environ, "SALON_DESK_STARTUP_PROBE": "1", "PYTHONPATH": str(ROOT)}
    starts, child_peaks = [], []
    for _ in range(5):
        begin = time.perf_counter()
        child = subprocess.run([sys.executable, "-m", "desktop", "--home", str(layout.home)], env=env,
                               capture_output=True, text=True, timeout=60)
        assert "login-window-shown" in child.stdout, child.stderr
        starts.append(time.perf_counter() - begin)
        child_peaks.append(float(child.stdout.split("peak_rss_mib=")[1].split()[0]))
    print(f"process start to login window: median {ms(statistics.median(starts))}  (target <= 1.5 s)")
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory: this process (100k clients, searches, main window) {own:.0f} MiB; "
          f"app process at the login window {max(child_peaks):.0f} MiB")


if __name__ == "__main__":
    main()
