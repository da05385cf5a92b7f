"""What the benchmarks share: a throwaway salon behind a file keyring, timing, and one way to print a figure.

Every figure is printed as its median (and p95, or the max when there are fewer than 20 samples) beside a
named baseline measured in the same run, with the ratio between the two.
"""
from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

PASSWORD = "velours et ciseaux dorés"


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.2f} ms"


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


def timed(fn: Callable[[], object], repeat: int) -> list[float]:
    out = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        out.append(time.perf_counter() - start)
    return out


def interleaved(measured: Callable[[], object], baseline: Callable[[], object],
                repeat: int) -> tuple[list[float], list[float]]:
    """Time both `repeat` times, alternating, so that a disturbance on the machine hits both alike."""
    ours, theirs = [], []
    for _ in range(repeat):
        ours += timed(measured, 1)
        theirs += timed(baseline, 1)
    return ours, theirs


def _spread(values: list[float]) -> str:
    if len(values) >= 20:
        return f"p95 {ms(percentile(values, .95))}"
    return f"max {ms(max(values))}"


def report(what: str, values: list[float], baseline: str, base_values: list[float], target: str = "") -> None:
    """Print one figure: the measured times, the baseline's, and their ratio (medians; p95 when there are
    enough samples)."""
    median, base = statistics.median(values), statistics.median(base_values)
    goal = f"  (target {target})" if target else ""
    print(f"{what} ({len(values)} runs): median {ms(median)}  {_spread(values)}{goal}")
    print(f"    baseline, {baseline}: median {ms(base)}  {_spread(base_values)}")
    ratio = f"    ratio: median {median / base:.2f}x"
    if len(values) >= 20 and len(base_values) >= 20:
        ratio += f"  p95 {percentile(values, .95) / percentile(base_values, .95):.2f}x"
    print(ratio)


def keyring_config(folder: Path) -> dict[str, str]:
    """Environment for a file keyring that child processes share (no OS keyring on a headless machine)."""
    config = folder / "config" / "python_keyring"
    config.mkdir(parents=True, exist_ok=True)
    (config / "keyringrc.cfg").write_text(
        f"[backend]\ndefault-keyring = tests.support.keyrings.FileKeyring\nkeyring-path = {ROOT}\n")
    # A plain-file keyring: the app refuses it unless told it is a test (it then prints a one-line warning).
    return {"XDG_CONFIG_HOME": str(folder / "config"), "SALON_DESK_TEST_KEYRING": str(folder / "keyring.json"),
            "SALON_DESK_INSECURE_KEYRING": "1"}


def new_salon(prefix: str):
    """A new salon in a temporary folder, its key in a file keyring, the owner signed in.
    Returns (work folder, layout, store, owner's desk)."""
    import keyring

    from desktop import salon as salons, setup
    from desktop.paths import Layout
    from tests.support.keyrings import FileKeyring

    work = Path(tempfile.mkdtemp(prefix=prefix))
    os.environ.update(keyring_config(work))
    os.environ.pop("PYTHON_KEYRING_BACKEND", None)
    keyring.set_keyring(FileKeyring())  # also when keyring was already set up in this process (tests)
    layout = Layout(work / "home")
    store, _ = setup.init_salon(layout, salon_name="Atelier Bench", owner_login="claire", owner_password=PASSWORD)
    return work, layout, store, salons.login(store, "claire", PASSWORD)


def seed(desk, count: int) -> list[str]:
    """Add `count` clients through the client service and print how long it took."""
    from bench.seed import seed_clients

    start = time.perf_counter()
    ids = seed_clients(desk, count)
    print(f"seeded {count} clients through the client service (outbox, search index, audit) in "
          f"{time.perf_counter() - start:.1f} s")
    return ids


def plain_copy(conn, path: Path):
    """An unencrypted SQLite copy of the open database (sqlcipher_export), opened with the app's pragmas."""
    conn.execute("ATTACH DATABASE ? AS plain KEY ''", (str(path),))
    conn.execute("SELECT sqlcipher_export('plain')").fetchall()
    conn.execute("DETACH DATABASE plain")
    assert Path(path).read_bytes()[:15] == b"SQLite format 3"
    return open_plain(path)


def open_plain(path: Path):
    """A plain SQLite connection with the same pragmas as the app's (storage/db.py), encryption aside."""
    import sqlcipher3

    from storage.db import PRAGMAS, Connection

    plain = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False, factory=Connection)
    plain.chain_key = b"plain copy"  # so a baseline can append to the audit chain as the app does
    for pragma in PRAGMAS:
        plain.execute(pragma).fetchall()
    return plain
