"""Consent benchmark: recording a decision, the status of 100,000 clients, the audience export. Prints figures;
asserts only that the baselines produce what the app produces.

    python -m bench.consent [--clients 100000] [--records 200]

Baselines in the same run, interleaved:
- recording: a raw INSERT + COMMIT of one event into an encrypted database holding consent_event as the
  salon's has it (same columns, indexes, triggers and rows), keyed and set up as storage/db.py does;
- status: the same SELECT and dictionary on a plain SQLite copy;
- audience: the same current grants (the stored status, derived from the newest decision) with the same contact
  filter and order, read from the plain copy and written with csv.writer; checked to hold the same clients.
"""
from __future__ import annotations

import argparse
import csv
import os
import shutil
import time
import uuid

from bench.common import interleaved, new_salon, plain_copy, report, seed

AUDIENCE_SQL = (
    "SELECT c.id, c.first_name, c.last_name, c.{field}, s.since, s.text_version FROM consent_status s "
    "JOIN client c ON c.id = s.client_id WHERE s.channel = ? AND s.status = 'granted' "
    "AND coalesce(c.{field}, '') != '' ORDER BY c.sort_key")
# Independent of consent_status: clients whose newest decision on the channel is a grant, with that contact.
CURRENT_GRANTS_SQL = (
    "SELECT e.client_id FROM (SELECT client_id, decision, row_number() OVER (PARTITION BY client_id "
    "ORDER BY occurred_at DESC, seq DESC) AS newest FROM consent_event WHERE channel = ?) e "
    "JOIN client c ON c.id = e.client_id WHERE e.newest = 1 AND e.decision = 'granted' "
    "AND coalesce(c.{field}, '') != ''")
# Per client, by position: every case the audience must get right (withdrawn after a grant, a grant repeated,
# a grant after a withdrawal, no decision at all).
EMAIL_STORIES = (("refused",), ("granted",), ("granted", "withdrawn"), ("granted", "granted"),
                 ("granted", "withdrawn", "granted"), ())
SMS_STORIES = (("withdrawn",), ("granted",), ("granted", "withdrawn"), ("granted", "granted"))


def drop_some_contacts(desk, ids: list[str]) -> None:
    """Every 10th client has no email and every 15th no phone (through the client service): the audience
    leaves out who cannot be reached on the channel."""
    begin = time.perf_counter()
    with desk.transaction():
        for i, client_id in enumerate(ids):
            if i % 10 == 4:
                desk.clients.edit(client_id, email=None)
            elif i % 15 == 7:
                desk.clients.edit(client_id, phone=None)
    print(f"removed the email of every 10th client and the phone of every 15th in {time.perf_counter() - begin:.1f} s")


def seed_events(store, desk, ids: list[str]) -> None:
    """The decisions of EMAIL_STORIES and SMS_STORIES, appended to the ledger with the stored status refreshed,
    5,000 clients per transaction (bench data: no audit row per event)."""
    from desktop.consent.rules import PURPOSE, refresh_status
    from storage import consent as ledger, timeutil

    texts = {channel: desk.consent.text(channel) for channel in ("email", "sms")}
    stamp = timeutil.iso(timeutil.now())
    begin = time.perf_counter()
    for first in range(0, len(ids), 5000):
        with store.unit_of_work() as uow:
            for i, client_id in enumerate(ids[first:first + 5000], start=first):
                for channel, story in (("email", EMAIL_STORIES[i % len(EMAIL_STORIES)]),
                                       ("sms", SMS_STORIES[i % len(SMS_STORIES)])):
                    for decision in story:
                        text = texts[channel] if decision == "granted" else None
                        ledger.append_event(uow, {
                            "id": str(uuid.uuid4()), "client_id": client_id, "channel": channel,
                            "purpose": PURPOSE[channel], "decision": decision, "occurred_at": stamp,
                            "timezone": "Europe/Paris", "recorded_at": stamp, "method": "desk",
                            "recorded_by": desk.session.staff_id, "source": None,
                            "text_id": text and text["id"], "text_version": text and text["version"],
                            "text_sha256": text and text["sha256"], "evidence": None, "device_id": uow.device_id,
                            "observed_seq": 0})
                    if story:
                        refresh_status(uow, client_id, channel)
    events = store.conn.execute("SELECT count(*) FROM consent_event").fetchone()[0]
    print(f"seeded {events} consent events for {len(ids)} clients in {time.perf_counter() - begin:.1f} s")


def encrypted_ledger_copy(store, path):
    """A second encrypted database with consent_event as the salon's has it (the same CREATE statements for the
    table, its indexes and triggers, and the same rows) and the consent_text rows it refers to, keyed with a raw
    key and set up with the same pragmas as storage/db.py."""
    import sqlcipher3

    from storage.db import PRAGMAS

    conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
    conn.execute(f"PRAGMA key = \"x'{store.key}'\"")
    for pragma in PRAGMAS:
        conn.execute(pragma).fetchall()
    conn.execute(f"ATTACH DATABASE ? AS salon KEY \"x'{store.key}'\"", (str(store.layout.database),))
    schema = conn.execute("SELECT sql FROM salon.sqlite_master WHERE tbl_name IN ('consent_text', 'consent_event') "
                          "AND sql IS NOT NULL ORDER BY rowid").fetchall()
    for (sql,) in schema:
        conn.execute(sql)
    conn.execute("INSERT INTO consent_text SELECT * FROM salon.consent_text")
    conn.execute("INSERT INTO consent_event SELECT * FROM salon.consent_event")
    conn.execute("DETACH DATABASE salon")
    assert path.read_bytes()[:15] != b"SQLite format 3"
    return conn


def summary_of(conn) -> dict:
    """What ConsentService.summary builds, straight from a connection."""
    from storage import consent as ledger

    result: dict = {}
    for client_id, channel, status, since in ledger.status_summary(conn):
        result.setdefault(client_id, {})[channel] = (status, since)
    return result


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--clients", type=int, default=100_000)
    parser.add_argument("--records", type=int, default=200, help="consent decisions recorded one by one")
    args = parser.parse_args(argv)

    from desktop.consent.exports import AUDIENCE_HEADER
    from storage import consent as ledger

    work, layout, store, desk = new_salon("salon-consent-bench-")
    ids = seed(desk, args.clients)
    drop_some_contacts(desk, ids)
    seed_events(store, desk, ids)

    # Recording: through the service (role check, rules, chain, stored status, outbox, audit; one transaction)
    # against a raw INSERT + COMMIT of the same kind of row into an encrypted consent_event of the same shape.
    version = desk.consent.text("email")["version"]
    copy = encrypted_ledger_copy(store, work / "ledger-copy.db")
    template = dict(zip(ledger.EVENT_COLUMNS, copy.execute(
        f"SELECT {', '.join(ledger.EVENT_COLUMNS)} FROM consent_event WHERE decision = 'granted' "
        "ORDER BY seq DESC LIMIT 1").fetchone()))
    insert = (f"INSERT INTO consent_event ({', '.join(ledger.EVENT_COLUMNS)}) "
              f"VALUES ({', '.join('?' for _ in ledger.EVENT_COLUMNS)})")
    with_email = [r[0] for r in store.conn.execute("SELECT id FROM client WHERE email IS NOT NULL")]  # grants need one
    clients = iter(with_email * (args.records // max(1, len(with_email)) + 1))
    counter = iter(range(template["seq"] + 1, 10 ** 12))

    def raw_insert() -> None:
        number = next(counter)
        row = {**template, "id": str(uuid.uuid4()), "seq": number, "device_order": number}
        copy.execute("BEGIN IMMEDIATE")
        copy.execute(insert, [row[name] for name in ledger.EVENT_COLUMNS])
        copy.execute("COMMIT")

    records, raw = interleaved(lambda: desk.consent.record(next(clients), "email", "granted", "desk",
                                                           text_version=version), raw_insert, args.records)
    report("record a consent decision through the service", records,
           "raw INSERT + COMMIT into an encrypted consent_event of the same shape", raw, "<= 5 ms")
    copy.close()

    plain = plain_copy(store.conn, work / "plain.db")
    statuses, raw_statuses = interleaved(desk.consent.summary, lambda: summary_of(plain), 5)
    total = store.conn.execute("SELECT count(*) FROM consent_status").fetchone()[0]
    report(f"status of every client ({len(desk.consent.summary())} clients, {total} client-channel statuses)",
           statuses, "the same SELECT and dictionary on the plain copy", raw_statuses, "<= 2 s")

    for channel in ("email", "sms"):
        field = "email" if channel == "email" else "phone"

        def raw_audience() -> list[tuple]:
            rows = plain.execute(AUDIENCE_SQL.format(field=field), (channel,)).fetchall()
            with open(work / f"raw-{channel}.csv", "w", encoding="utf-8-sig", newline="") as handle:
                writer = csv.writer(handle, delimiter=";", lineterminator="\r\n")
                writer.writerow(AUDIENCE_HEADER)
                writer.writerows(rows)
                handle.flush()
                os.fsync(handle.fileno())  # the app's export is written atomically, synced to disk
            return rows

        ours = [row[0] for row in desk.consent_exports.audience_rows(channel)]
        theirs = [row[0] for row in raw_audience()]
        expected = {row[0] for row in store.conn.execute(CURRENT_GRANTS_SQL.format(field=field), (channel,))}
        assert len(ours) == len(set(ours)), f"the {channel} audience lists a client twice"
        assert set(ours) == expected, f"the {channel} audience is not the clients whose newest decision is a grant"
        assert set(theirs) == set(ours), f"the {channel} baseline does not hold the same clients as the audience"
        exports, raw_exports = interleaved(lambda: desk.consent_exports.audience(channel, work / f"{channel}.csv"),
                                           raw_audience, 5)
        report(f"audience export ({channel}, {len(ours)} current grants among {args.clients} clients, CSV)", exports,
               "the same current grants and contact filter on the plain copy, csv.writer", raw_exports, "<= 2 s")
    plain.close()
    store.close()
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
