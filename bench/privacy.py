"""Data-subject requests: the access report, the portability export and erasure of a client with about 1,000
appointments, among many clients (targets: report <= 1.5 s, export <= 0.5 s, erasure <= 0.5 s).

Baselines do the same work by hand on the same encrypted database: the same rows read with plain SQL and laid
out by reportlab in one table; the same rows dumped with json; the same deletes and updates in one transaction.

    python -m bench.privacy [--clients N] [--subjects K] [--appointments A]
"""
from __future__ import annotations

import argparse
import json
import shutil
import tempfile
import time
from datetime import datetime, timedelta
from io import BytesIO
from pathlib import Path

from bench.common import new_salon, report, seed
from tests.support.db import conn_of


def _subject(desk, index: int, appointments: int) -> str:
    from desktop.timefmt import SALON_ZONE

    client_id = desk.clients.add(first_name="Éloïse", last_name=f"N'Diaye {index}", email=f"eloise{index}@exemple.fr",
                                 phone="06 12 34 56 78", notes="Coloration 6.34, préfère le matin. " * 20)
    start = datetime(2020, 1, 6, 9, 0, tzinfo=SALON_ZONE)
    with desk.transaction():
        for day in range(appointments):
            desk.booking.book(client_id, "Coupe femme", "claire", start + timedelta(days=day, minutes=15 * index),
                              allow_overlap=True, allow_outside_hours=True, allow_past=True)  # years of history
    first = desk.consent.text("email")["version"]
    desk.consent.record(client_id, "email", "granted", "desk", text_version=first)
    desk.consent.record(client_id, "sms", "granted", "desk", text_version=desk.consent.text("sms")["version"])
    desk.consent.withdraw(client_id, "sms", "desk")
    return client_id


def _raw_rows(conn, client_id: str):
    client = conn.execute("SELECT * FROM client WHERE id = ?", (client_id,)).fetchone()
    appointments = conn.execute(
        "SELECT a.starts_at, s.name, st.login, a.status FROM appointment a JOIN service s ON s.id = a.service_id "
        "JOIN staff st ON st.id = a.staff_id WHERE a.client_id = ? ORDER BY a.starts_at", (client_id,)).fetchall()
    events = conn.execute("SELECT e.*, t.body FROM consent_event e LEFT JOIN consent_text t ON t.id = e.text_id "
                          "WHERE e.client_id = ?", (client_id,)).fetchall()
    return client, appointments, events


def _raw_report(conn, client_id: str) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table
    from reportlab.lib.styles import getSampleStyleSheet

    from desktop.pdf_text import register_fonts

    register_fonts()
    client, appointments, events = _raw_rows(conn, client_id)
    style = getSampleStyleSheet()["BodyText"]
    story = [Paragraph(" ".join(str(v) for v in client), style),
             Table([list(map(str, row)) for row in appointments], repeatRows=1)]
    story += [Paragraph(str(event[-1] or ""), style) for event in events]
    buffer = BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4).build(story)
    return buffer.getvalue()


def _raw_erase(conn, client_id: str) -> None:
    conn.execute("BEGIN IMMEDIATE")
    rowid = conn.execute("SELECT rowid FROM client WHERE id = ?", (client_id,)).fetchone()[0]
    conn.execute("DELETE FROM client_search WHERE rowid = ?", (rowid,))
    conn.execute("INSERT INTO client_search (client_search) VALUES ('optimize')")
    conn.execute("UPDATE appointment SET client_id = NULL WHERE client_id = ?", (client_id,))
    conn.execute("DELETE FROM consent_status WHERE client_id = ?", (client_id,))
    conn.execute("UPDATE consent_event SET client_id = NULL, source = NULL, evidence = NULL, salt = NULL "
                 "WHERE client_id = ?", (client_id,))
    conn.execute("UPDATE audit SET object_id = NULL, salt = NULL WHERE object_id = ?", (client_id,))
    conn.execute("DELETE FROM client WHERE id = ?", (client_id,))
    conn.execute("INSERT INTO tombstone (entity, entity_id, kind, at) VALUES ('client', ?, 'erased', 'now')",
                 (client_id,))
    conn.execute("COMMIT")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=100_000)
    parser.add_argument("--subjects", type=int, default=6, help="clients with many appointments (each erased once)")
    parser.add_argument("--appointments", type=int, default=1000)
    args = parser.parse_args(argv)
    work, _, store, desk = new_salon("salon-privacy-bench-")
    try:
        seed(desk, args.clients)
        desk.booking.add_service("Coupe femme", 45, 42.5)
        subjects = [_subject(desk, i, args.appointments) for i in range(2 * args.subjects)]
        conn = conn_of(desk)
        out = Path(tempfile.mkdtemp(prefix="privacy-out-", dir=work))
        ours, theirs = [], []
        for client_id in subjects[:args.subjects]:
            start = time.perf_counter()
            desk.privacy.report(client_id, out / "report.pdf")
            ours.append(time.perf_counter() - start)
            start = time.perf_counter()
            (out / "raw.pdf").write_bytes(_raw_report(conn, client_id))
            theirs.append(time.perf_counter() - start)
        report(f"access report, {args.appointments} appointments, {args.clients} clients", ours,
               "the same rows by plain SQL into one reportlab table", theirs, "<= 1.5 s")
        ours, theirs = [], []
        for client_id in subjects[:args.subjects]:
            start = time.perf_counter()
            desk.privacy.portability(client_id, out / "export.json")
            ours.append(time.perf_counter() - start)
            start = time.perf_counter()
            client, appointments, events = _raw_rows(conn, client_id)
            (out / "raw.json").write_text(json.dumps([client, appointments, events], default=str))
            theirs.append(time.perf_counter() - start)
        report("portability export (JSON)", ours, "the same rows by plain SQL into json.dumps", theirs, "<= 0.5 s")
        ours, theirs = [], []
        for mine, other in zip(subjects[:args.subjects], subjects[args.subjects:]):
            start = time.perf_counter()
            desk.privacy.erase(mine)
            ours.append(time.perf_counter() - start)
            start = time.perf_counter()
            _raw_erase(conn, other)
            theirs.append(time.perf_counter() - start)
        report(f"erasure of a client with {args.appointments} appointments", ours,
               "the same deletes and updates by plain SQL in one transaction, index rewrite and checkpoint",
               theirs, "<= 0.5 s")
    finally:
        store.close()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
