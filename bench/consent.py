"""Consent benchmark: recording an event, status for 100,000 clients, the audience export. Prints figures.

    python -m bench.consent [--clients 100000]

Baselines in the same run: a raw INSERT + COMMIT into plain SQLite for recording; a raw SELECT over the
same events in a plain SQLite copy, and csv.writer over raw rows, for status and export.
"""
from __future__ import annotations

import argparse
import csv
import io
import os
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.foundation import PASSWORD, keyring_config, ms  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--clients", type=int, default=100_000)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="salon-consent-bench-"))
    os.environ.update(keyring_config(work))
    os.environ.pop("PYTHON_KEYRING_BACKEND", None)

    import sqlcipher3

    from bench.seed import seed_clients
    from desktop import setup
    from desktop import salon as salons
    from desktop.consent.rules import PURPOSE, refresh_status
    from desktop.paths import Layout
    from storage import consent as ledger, timeutil

    store, _ = setup.init_salon(Layout(work / "home"), salon_name="Atelier Bench", owner_login="claire",
                                owner_password=PASSWORD)
    desk = salons.login(store, "claire", PASSWORD)
    seed_clients(desk, args.clients)
    ids = desk.clients.search("")
    texts = {channel: desk.consent.text(channel) for channel in ("email", "sms")}

    start = time.perf_counter()
    stamp = timeutil.iso(timeutil.now())
    for first in range(0, len(ids), 5000):
        with store.unit_of_work() as uow:
            for i, client_id in enumerate(ids[first:first + 5000], start=first):
                for channel, decision in (("email", "granted" if i % 3 else "refused"),
                                          ("sms", "granted" if i % 2 else "withdrawn")):
                    text = texts[channel] if decision != "withdrawn" else None
                    ledger.append_event(uow, {
                        "id": str(uuid.uuid4()), "client_id": client_id, "channel": channel,
                        "purpose": PURPOSE[channel], "decision": decision, "occurred_at": stamp,
                        "timezone": "Europe/Paris", "recorded_at": stamp, "method": "desk",
                        "recorded_by": desk.session.staff_id, "source": None,
                        "text_id": text and text["id"], "text_version": text and text["version"],
                        "text_sha256": text and text["sha256"], "evidence": None, "device_id": uow.device_id,
                        "observed_seq": 0})
                    refresh_status(uow, client_id, channel)
    events = store.conn.execute("SELECT count(*) FROM consent_event").fetchone()[0]
    print(f"seeded {args.clients} clients and {events} consent events in {time.perf_counter() - start:.1f} s")

    # Recording one event through the service (role check, rules, chain, outbox, audit), one transaction each.
    record = []
    for i in range(200):
        begin = time.perf_counter()
        desk.consent.record(ids[i], "email", "granted", "desk", text_version=texts["email"]["version"])
        record.append(time.perf_counter() - begin)
    plain = sqlcipher3.connect(str(work / "plain.db"), isolation_level=None)
    plain.execute("PRAGMA journal_mode = WAL").fetchall()
    plain.execute("PRAGMA synchronous = FULL")
    plain.execute("CREATE TABLE consent_event (id TEXT PRIMARY KEY, client_id TEXT, channel TEXT, decision TEXT, "
                  "occurred_at TEXT, text_sha256 TEXT)")
    raw = []
    for i in range(200):
        begin = time.perf_counter()
        plain.execute("BEGIN")
        plain.execute("INSERT INTO consent_event VALUES (?, ?, 'email', 'granted', ?, ?)",
                      (str(uuid.uuid4()), ids[i], stamp, texts["email"]["sha256"]))
        plain.execute("COMMIT")
        raw.append(time.perf_counter() - begin)
    rec, base = statistics.median(record), statistics.median(raw)
    print(f"record a consent event: median {ms(rec)}  (target <= 5 ms); raw INSERT+COMMIT on plain SQLite "
          f"{ms(base)}; ratio {rec / base:.1f}x")

    store.conn.execute(f"ATTACH DATABASE '{work / 'copy.db'}' AS plain KEY ''")
    store.conn.execute("SELECT sqlcipher_export('plain')").fetchall()
    store.conn.execute("DETACH DATABASE plain")
    copy = sqlcipher3.connect(str(work / "copy.db"))
    copy.execute("PRAGMA cache_size = -65536")

    begin = time.perf_counter()
    statuses = desk.consent.summary()
    status_time = time.perf_counter() - begin
    begin = time.perf_counter()
    rows = copy.execute("SELECT client_id, channel, status, since FROM consent_status").fetchall()
    raw_scan = time.perf_counter() - begin
    print(f"status for {len(statuses)} clients ({events} events, {len(rows)} client-channel statuses): "
          f"{status_time * 1000:.0f} ms  (target <= 2 s); raw SELECT of the same status rows on plain SQLite "
          f"{raw_scan * 1000:.0f} ms; ratio {status_time / raw_scan:.1f}x")

    for channel in ("email", "sms"):
        begin = time.perf_counter()
        count = desk.consent_exports.audience(channel, work / f"audience-{channel}.csv")
        export_time = time.perf_counter() - begin
        begin = time.perf_counter()
        buffer = io.StringIO()
        writer = csv.writer(buffer, delimiter=";")
        for row in copy.execute("SELECT c.id, c.first_name, c.last_name, c.email FROM client c JOIN consent_event e "
                                "ON e.client_id = c.id WHERE e.channel = ? AND e.decision = 'granted'", (channel,)):
            writer.writerow(row)
        (work / "raw.csv").write_text(buffer.getvalue(), encoding="utf-8")
        raw_export = time.perf_counter() - begin
        print(f"audience export ({channel}, {count} rows of {args.clients} clients): {export_time * 1000:.0f} ms  "
              f"(target <= 2 s); raw join + csv.writer on plain SQLite {raw_export * 1000:.0f} ms; "
              f"ratio {export_time / raw_export:.1f}x")
    store.close()


if __name__ == "__main__":
    main()
