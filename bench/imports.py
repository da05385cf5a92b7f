"""Import benchmark: the preview (dry run) and the commit of a French Excel client file, beside bare baselines.

    python -m bench.imports [--rows 10000] [--big 100000] [--runs 3]

Figures (targets from issue 10):
- preview of --rows rows (read, map, normalise, duplicates, card and health checks) <= 2 s, beside the bare
  decode + csv.reader of the same bytes;
- commit of --rows rows (in batches of 500 rows through clients.add_many and consent.record_many, one transaction:
  validation, search index, outbox and field clocks, an audit row per client and per event, a ledger event per
  attested answer) <= 5 s, beside a bare executemany of the same rows into an encrypted client table of the same
  shape, in the same run;
- preview + commit of --big rows <= 60 s, with the peak memory of the process (<= 300 MB).
Each commit runs on a fresh salon (its set-up is not timed).

Measured 2026-12-01 on the 2-core machine, quiet (load average 0.7; this machine's bare executemany took 210 ms for
10,000 rows that day, against 106 ms in an earlier session): preview of 10,000 rows 2.42 s; commit of 10,000 rows
4.69 s, 22x the bare executemany (the row-by-row commit was 169x: 17.9 s against 106 ms); 100,000 rows 30.7 s +
78.6 s = 109 s, 56x the bare executemany for the commit, process peak 309 MB (301 MB in a process that only
imports). The 100,000-row commit writes about 600 MB of encrypted pages (outbox and field clocks for every
client, two chains, the consent ledger) into indexes keyed by random UUIDs, which outgrow SQLite's 64 MiB page
cache: that, not Python, is what grows past linear (with a 16 MiB cache the same commit took 259 s, not 140 s).
"""
from __future__ import annotations

import argparse
import csv
import gc
import io
import json
import os
import resource
import shutil
import subprocess
import sys
import time
import uuid
from datetime import date
from pathlib import Path

from bench.common import PASSWORD, new_salon, report

FIELDS = ("id", "first_name", "last_name", "email", "phone", "birth_date", "notes", "source", "created_at",
          "updated_at")


def make_file(folder: Path, rows: int) -> Path:
    from tests.support.import_files import HEADER_FR, bench_rows, french_excel

    return french_excel(folder / f"clients-{rows}.csv", HEADER_FR, bench_rows(rows))


def bare_parse(path: Path) -> int:
    text = path.read_bytes().decode("cp1252")
    return sum(1 for _ in csv.reader(io.StringIO(text, newline=""), delimiter=";"))


def encrypted_client_table(store, path: Path):
    """An encrypted database with the client table as the salon's has it (same CREATE, same pragmas)."""
    import sqlcipher3

    from storage.db import PRAGMAS

    conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
    conn.execute(f"PRAGMA key = \"x'{store.key}'\"")
    for pragma in PRAGMAS:
        conn.execute(pragma).fetchall()
    sql = store.conn.execute("SELECT sql FROM sqlite_master WHERE name = 'client'").fetchone()[0]
    conn.execute(sql)
    return conn


def bare_executemany(conn, plan) -> None:
    from storage import timeutil

    stamp = timeutil.iso(timeutil.now())
    rows = [(str(uuid.uuid4()), r.values.first_name, r.values.last_name, r.values.email, r.values.phone,
             r.values.birth_date, r.values.notes or "", "import", stamp, stamp, "") for r in plan.rows if not r.reason]
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("DELETE FROM client")
    conn.executemany(f"INSERT INTO client ({', '.join(FIELDS)}, sort_key) VALUES ({', '.join('?' for _ in FIELDS)}, ?)",
                     rows)
    conn.execute("COMMIT")


def attestation():
    from desktop.imports.plan import Attestation

    return Attestation("email", "formulaire papier signé à l'accueil", date(2024, 3, 1), 1)


def preview(desk, path):
    return desk.imports.preview(desk.imports.read(path))


def rss_mb() -> float:
    with open("/proc/self/statm") as handle:
        return int(handle.read().split()[1]) * resource.getpagesize() / 1024 / 1024


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--big", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)

    from storage import recovery

    # The throwaway salons' recovery code is derived with Argon2 at 256 MiB: not what is measured here, and it would
    # be the process's memory peak. Cheap parameters for their set-up, as the tests use.
    recovery.KDF = {"time_cost": 1, "memory_cost": 1024, "parallelism": 1}
    work, layout, store, desk = new_salon("salon-import-bench-")
    path = make_file(work, args.rows)
    print(f"file: {args.rows} rows, {path.stat().st_size / 1024 / 1024:.1f} MB (cp1252, ';', CRLF); "
          f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
    previews, parses = [], []
    for _ in range(args.runs):
        start = time.perf_counter()
        plan = preview(desk, path)
        previews.append(time.perf_counter() - start)
        start = time.perf_counter()
        assert bare_parse(path) == args.rows + 1
        parses.append(time.perf_counter() - start)
    report(f"preview of {args.rows} rows (read, map, normalise, duplicates, cards, health)", previews,
           "decode + csv.reader of the same bytes", parses, "<= 2 s")

    desk.consent.text("email")
    copy = encrypted_client_table(store, work / "bare.db")
    store.close()
    commits, bare = [], []
    for run in range(args.runs):
        folder, _, fresh, salon_desk = new_salon(f"salon-import-bench-{run}-")
        salon_desk.consent.text("email")
        plan = preview(salon_desk, path)
        start = time.perf_counter()
        result = salon_desk.imports.commit(plan, attestations=[attestation()])
        commits.append(time.perf_counter() - start)
        assert len(result["imported"]) == sum(1 for r in plan.rows if not r.reason and not r.duplicate_of)
        start = time.perf_counter()
        bare_executemany(copy, plan)
        bare.append(time.perf_counter() - start)
        fresh.close()
        shutil.rmtree(folder, ignore_errors=True)
    print(f"    ({len(result['imported'])} clients and {result['consent_events_created']} consent events per commit)")
    report(f"commit of {args.rows} rows through the services, one transaction", commits,
           "bare executemany of the same rows into an encrypted client table", bare, "<= 5 s")

    del plan, result  # the 10,000-row runs' plans are not part of the big import's memory
    gc.collect()
    big_folder, _, big_store, big_desk = new_salon("salon-import-bench-big-")
    big_desk.consent.text("email")
    big_path = make_file(work, args.big)
    before = rss_mb()
    start = time.perf_counter()
    plan = preview(big_desk, big_path)
    middle = time.perf_counter()
    result = big_desk.imports.commit(plan, attestations=[attestation()])
    end = time.perf_counter()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    start_bare = time.perf_counter()
    bare_executemany(copy, plan)
    bare_big = time.perf_counter() - start_bare
    print(f"{args.big} rows: preview {middle - start:.1f} s + commit {end - middle:.1f} s = {end - start:.1f} s "
          f"(target <= 60 s); {len(result['imported'])} clients, {result['consent_events_created']} consent events")
    print(f"    baseline, bare executemany of the same rows: {bare_big:.2f} s  ratio: {(end - middle) / bare_big:.1f}x "
          "(commit)")
    print(f"    memory: {before:.0f} MB resident before, process peak {peak:.0f} MB (target <= 300 MB); "
          f"load average {os.getloadavg()[0]:.1f}")
    copy.close()
    big_store.close()
    shutil.rmtree(big_folder, ignore_errors=True)
    cli_import(big_path, args.big)
    shutil.rmtree(work, ignore_errors=True)


def cli_import(path: Path, rows: int) -> None:
    """The same file through the CLI, as an owner's script runs it: one process signs in, reads, previews and
    commits; its peak memory is the kernel's count for the child."""
    folder, layout, store, desk = new_salon("salon-import-bench-cli-")
    desk.consent.text("email")
    store.close()
    command = [sys.executable, "-m", "desktop", "--user", "claire", "--password-stdin", "import", "clients", str(path),
               "--commit", "--attest-consent", "email", "--evidence", attestation().evidence,
               "--obtained-on", "2024-03-01", "--text-version", "1"]
    start = time.perf_counter()
    done = subprocess.run(command, input=PASSWORD + "\n", capture_output=True, text=True,
                          env=dict(os.environ, SALON_DESK_HOME=str(layout.home)))
    took = time.perf_counter() - start
    assert done.returncode == 0, done.stderr
    imported = json.loads(done.stdout)["imported"]
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"CLI `import clients FILE --commit` of {rows} rows in its own process: {took:.1f} s (sign-in included), "
          f"{len(imported)} clients; process peak {peak:.0f} MB (target <= 300 MB)")
    shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
