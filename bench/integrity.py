"""Integrity benchmark: what the chains' anchor costs a write, and the fault runs' figures. Prints figures; asserts
nothing about time.

    python -m bench.integrity [--records 300] [--kills 176] [--disk-full 48]

Timed, interleaved in the same run, on the same connection (only the anchor differs):
- a consent decision recorded through the service (it extends both chains), with the anchor as the app keeps it
  (written to the keyring at most once a second), against the same write with no anchor;
- the same, with the anchor written to the keyring after every write (its worst case: writes a second apart).
The keyring is the benchmarks' file keyring (tests/support/keyrings.py): an OS keyring is slower per write, which
is why the anchor is written at most once a second.

Counted: `--kills` writers killed with SIGKILL at random moments (acknowledged writes lost, verify failures);
`--disk-full` CLI runs at random free-space sizes on a small tmpfs (exit codes that disagree with the database,
tracebacks), when this machine lets a process mount one in a namespace of its own.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from bench.common import ROOT, interleaved, keyring_config, new_salon, report


def anchor_cost(records: int) -> None:
    from desktop.store import Store

    work, layout, store, desk = new_salon("salon-integrity-bench-")
    client_id = desk.clients.add(first_name="Marie", last_name="Dupont", email="marie@exemple.fr",
                                 phone="06 12 34 56 78")
    store: Store
    anchor = store.anchor
    decisions = iter(["granted", "withdrawn"] * (2 * records + 2))

    def write() -> None:
        decision = next(decisions)
        desk.consent.record(client_id, "email", decision, "desk", text_version=1 if decision == "granted" else None)

    def anchored() -> None:
        store.conn.anchor = anchor
        write()

    def bare() -> None:
        store.conn.anchor = None
        write()

    def every_time() -> None:
        store.conn.anchor = anchor
        anchor._last = float("-inf")  # noqa: SLF001 (as if a second had passed since the last write)
        write()

    writes = anchor.writes
    ours, theirs = interleaved(anchored, bare, records)
    kept = anchor.writes - writes
    report(f"record a consent decision with the chains' anchor ({kept} keyring writes in {records} records: at most "
           "one a second)", ours, "the same write on the same connection, no anchor", theirs)
    ours, theirs = interleaved(every_time, bare, records)
    report("record a consent decision, the anchor written to the keyring after every write (its worst case)", ours,
           "the same write on the same connection, no anchor", theirs)
    store.conn.anchor = anchor
    store.close()
    shutil.rmtree(work, ignore_errors=True)


def kills(count: int) -> None:
    folder = Path(tempfile.mkdtemp(prefix="salon-kill-bench-"))
    env = {**os.environ, **keyring_config(folder), "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-m", "tests.support.crashes", "--kills", str(count), str(folder)],
                          capture_output=True, text=True, cwd=ROOT, env=env, timeout=3600)
    shutil.rmtree(folder, ignore_errors=True)
    if done.returncode:
        print(f"kill -9 during writes: could not run ({done.stderr.strip()[-300:]})")
        return
    found = json.loads(done.stdout.strip().splitlines()[-1])
    print(f"kill -9 during writes: {found['kills']} kills, {found['acknowledged']} acknowledged writes, "
          f"{found['lost']} lost; the salon failed to open {found['open_failures']} times and verify failed "
          f"{found['verify_failures']} times ({found['seconds']} s)")


def disk_full(runs: int) -> None:
    from tests.test_disk_full import namespace

    command = namespace()
    if command is None:
        print("disk full: not run (this machine lets no process mount a tmpfs of its own)")
        return
    folder = Path(tempfile.mkdtemp(prefix="salon-diskfull-bench-"))
    (folder / "small").mkdir()
    done = subprocess.run([*command, sys.executable, "-m", "tests.support.diskfull", "--runs", str(runs),
                           str(folder / "small")], capture_output=True, text=True, cwd=ROOT, timeout=3600,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})
    shutil.rmtree(folder, ignore_errors=True)
    if done.returncode:
        print(f"disk full: could not run ({done.stderr.strip()[-300:]})")
        return
    found = json.loads(done.stdout.strip().splitlines()[-1])
    print(f"disk full through the CLI: {found['runs']} runs with {found['free_bytes']['min']} B to "
          f"{found['free_bytes']['max']} B free, {found['written']} writes made it; exit code disagreeing with the "
          f"database: {found['disagreements']}; tracebacks: {found['tracebacks']}; verify problems afterwards: "
          f"{found['verify_problems']}; read-only media: {found['read_only']['stderr']!r}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--records", type=int, default=300, help="consent decisions timed per figure")
    parser.add_argument("--kills", type=int, default=176, help="writers killed (0: skip)")
    parser.add_argument("--disk-full", type=int, default=48, help="CLI runs on a full tmpfs (0: skip)")
    args = parser.parse_args(argv)
    anchor_cost(args.records)
    if args.kills:
        kills(args.kills)
    if args.disk_full:
        disk_full(args.disk_full)


if __name__ == "__main__":
    main()
