"""Every tamper case of issue 12 turns verify red with a line naming what failed.

An auditor with the database key (an SQL shell: `raw`) forges a consent status, deletes the last consent event,
cuts the audit tail and recomputes the head's MAC, rehashes the chain after an edit, rewrites a consent text with
its hash; with no key at all, copies an old file back; flips a byte. The chains' anchor in the keyring (never
touched here) is what the key cannot fake.
"""
from __future__ import annotations

import json
import shutil
import uuid
from contextlib import contextmanager
from datetime import timedelta

import pytest

from desktop import salon as salons, store as stores
from desktop.consent.rules import refresh_status
from desktop.verify import problems
from storage import audit, chain, consent as ledger, db, keystore, pages, timeutil
from tests.conftest import OWNER_PASSWORD

PW = OWNER_PASSWORD + "\n"


def raw(layout):
    """A keyed connection of its own, as someone with the key and an SQL shell would have (no anchor)."""
    return db.connect(layout.database, keystore.load(stores.read_keyinfo(layout)["key_id"]))


@contextmanager
def without(conn, *triggers: str):
    """Drop these guard triggers for an edit, then put them back as they were (a careful forger)."""
    sql = {name: text for name, text in conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'")}
    for name in triggers:
        conn.execute(f"DROP TRIGGER {name}")
    yield
    for name in triggers:
        conn.execute(sql[name])


def checked(layout) -> dict[str, list[str]]:
    """verify as the app runs it: through the salon, so the anchor in the keyring is checked too."""
    store = stores.open_store(layout, hold=True)
    try:
        return problems(store.conn, store.key)
    finally:
        store.close()


def only(found: dict[str, list[str]], *checks: str) -> list[str]:
    """The lines of these checks, after asserting that every other check passed."""
    assert all(not lines for name, lines in found.items() if name not in checks), found
    lines = [line for name in checks for line in found[name]]
    assert lines, found
    return lines


@pytest.fixture
def marie(salon, owner):
    """Marie granted SMS then withdrew; Ana granted SMS. The salon is closed. Returns (layout, marie, ana)."""
    layout, store, _ = salon
    marie = owner.clients.add(first_name="Marie", last_name="Dupont", phone="06 12 34 56 78")
    ana = owner.clients.add(first_name="Ana", last_name="Silva", phone="06 98 76 54 32")
    owner.consent.record(marie, "sms", "granted", "desk", text_version=1)
    owner.consent.record(marie, "sms", "withdrawn", "desk")
    owner.consent.record(ana, "sms", "granted", "desk", text_version=1)
    store.close()
    return layout, marie, ana


def audience(layout) -> set[str]:
    store = stores.open_store(layout, hold=True)
    try:
        return {row[0] for row in salons.login(store, "claire", OWNER_PASSWORD).consent_exports.audience_rows("sms")}
    finally:
        store.close()


# -- a consent status the ledger does not support ----------------------------------------------------------

def test_a_status_row_without_events_fails_verify_and_never_reaches_the_audience(salon, owner):
    layout, store, _ = salon
    lone = owner.clients.add(first_name="Léa", last_name="Morel", phone="06 11 22 33 44")
    store.conn.execute("INSERT INTO consent_status (client_id, channel, status, since, method, text_version, "
                       "text_sha256, event_id) VALUES (?, 'sms', 'granted', '2026-01-01T10:00:00.000Z', 'desk', 1, "
                       "NULL, 'forged')", (lone,))
    lines = only(problems(store.conn), "consent_ledger")
    assert f"stored consent status of client {lone} (sms: granted) has no event in the ledger" in lines
    assert owner.consent_exports.audience_rows("sms") == []
    assert owner.consent.status(lone)["sms"].status == "unknown"


def test_a_status_row_naming_an_older_grant_is_not_in_the_audience(marie):
    layout, marie_id, ana = marie
    conn = raw(layout)
    grant = conn.execute("SELECT id, occurred_at FROM consent_event WHERE client_id = ? AND decision = 'granted'",
                         (marie_id,)).fetchone()
    conn.execute("UPDATE consent_status SET status = 'granted', event_id = ?, since = ?, text_version = 1 "
                 "WHERE client_id = ?", (grant[0], grant[1], marie_id))
    assert f"stored consent status of client {marie_id} (sms) differs from the ledger" in only(problems(conn),
                                                                                              "consent_ledger")
    conn.close()
    assert audience(layout) == {ana}


def test_a_deleted_status_row_still_puts_the_withdrawal_in_the_suppression_list(marie, tmp_path):
    layout, marie_id, ana = marie
    conn = raw(layout)
    conn.execute("DELETE FROM consent_status WHERE client_id = ?", (marie_id,))
    assert f"stored consent status of client {marie_id} (sms) differs from the ledger" in only(problems(conn),
                                                                                              "consent_ledger")
    conn.close()
    store = stores.open_store(layout)
    salons.login(store, "claire", OWNER_PASSWORD).consent_exports.suppression(tmp_path / "s.csv")
    store.close()
    assert marie_id in (tmp_path / "s.csv").read_text(encoding="utf-8-sig")


# -- the last consent event deleted ----------------------------------------------------------------------------

def test_the_last_consent_event_deleted_fails_verify(marie):
    layout, marie_id, ana = marie
    conn = raw(layout)
    with without(conn, "consent_event_no_delete"):
        conn.execute("DELETE FROM consent_event WHERE seq = (SELECT max(seq) FROM consent_event)")  # Ana's grant
    lines = only(problems(conn), "consent_ledger")
    assert any("consent_event: the newest rows are missing" in line for line in lines), lines
    assert f"stored consent status of client {ana} (sms: granted) has no event in the ledger" in lines
    conn.close()
    assert audience(layout) == set()


def test_the_last_consent_event_deleted_with_its_head_moved_is_caught_by_the_anchor(marie):
    layout, marie_id, _ = marie
    conn = raw(layout)
    withdrawal = conn.execute("SELECT seq, prev_hash FROM consent_event WHERE client_id = ? AND decision = "
                              "'withdrawn'", (marie_id,)).fetchone()
    before = withdrawal[0] - 1
    with without(conn, "consent_event_no_delete", "chain_head_no_rewind"):
        conn.execute("DELETE FROM consent_event WHERE seq >= ?", (withdrawal[0],))  # the withdrawal and after
        mac = chain._mac(conn, "head", "consent_event", before, withdrawal[1])  # noqa: SLF001 (the key holder's)
        conn.execute("UPDATE chain_head SET seq = ?, hash = ?, mac = ? WHERE chain = 'consent_event'",
                     (before, withdrawal[1], mac))
    conn.execute("DELETE FROM consent_status WHERE client_id NOT IN (SELECT client_id FROM consent_event)")
    for client_id, channel in conn.execute("SELECT client_id, channel FROM consent_status").fetchall():
        with conn:  # the statuses re-derived as the app would: verify sees nothing amiss inside the file
            conn.execute("BEGIN")
            refresh_status(conn, client_id, channel)
    assert not any(problems(conn).values())
    conn.close()
    found = checked(layout)
    assert f"consent_event: the file ends at row #{before} but its anchor in the keyring records row #3: the file " \
        "was rolled back to an older copy, or its newest rows were removed" in found["anchor"]
    with pytest.raises(salons.AnchorMismatch, match="ends before the record kept in this PC's keyring"):
        stores.open_store(layout)


# -- the audit tail cut, its head recomputed with the key -------------------------------------------------------

@pytest.fixture
def busy(salon, owner):
    layout, store, _ = salon
    with store.unit_of_work() as uow:
        for i in range(60):
            audit.append(uow, "probe", details={"i": i})
    store.close()
    return layout


@pytest.mark.parametrize("cut", [1, 50, "all"])
def test_a_cut_audit_tail_with_a_recomputed_head_is_caught_by_the_anchor(busy, cut):
    conn = raw(busy)
    last = conn.execute("SELECT max(seq) FROM audit").fetchone()[0]
    keep = 0 if cut == "all" else last - cut
    with without(conn, "audit_no_delete", "chain_head_no_rewind"):
        conn.execute("DELETE FROM audit WHERE seq > ?", (keep,))
        digest = conn.execute("SELECT hash FROM audit WHERE seq = ?", (keep,)).fetchone()
        digest = digest[0] if digest else chain.GENESIS
        conn.execute("UPDATE chain_head SET seq = ?, hash = ?, mac = ? WHERE chain = 'audit'",
                     (keep, digest, chain._mac(conn, "head", "audit", keep, digest)))  # noqa: SLF001
    assert not any(problems(conn).values())  # the key alone makes the file agree with itself
    conn.close()
    found = checked(busy)
    assert f"audit: the file ends at row #{keep} but its anchor in the keyring records row #{last}: the file was " \
        "rolled back to an older copy, or its newest rows were removed" in found["anchor"]


def test_a_rehash_after_an_edit_is_caught_by_the_anchor(busy):
    conn = raw(busy)
    seq = conn.execute("SELECT max(seq) FROM audit WHERE action = 'login_ok'").fetchone()[0]
    with without(conn, "audit_no_update", "chain_head_no_rewind"):
        conn.execute("UPDATE audit SET action = 'nothing_to_see' WHERE seq = ?", (seq,))
        assert f"audit row {seq} was changed after it was written" in problems(conn)["audit_chain"]
        chain.rehash(conn, audit.CHAIN)
    assert not any(problems(conn).values())
    last = conn.execute("SELECT max(seq) FROM audit").fetchone()[0]
    conn.close()
    assert f"audit: row #{last} is not the one its anchor in the keyring records: the ledger was rewritten" in \
        only(checked(busy), "anchor")


# -- a rollback with no key: copy an old file back ------------------------------------------------------------------

def test_a_rollback_by_copying_an_old_file_is_refused_and_named_by_verify(run_cli, layout, tmp_path):
    assert run_cli("init", "--salon", "Atelier", "--owner", "claire", stdin=PW).code == 0
    owner = lambda *args: run_cli("--user", "claire", "--password-stdin", *args, stdin=PW)  # noqa: E731
    client = owner("client", "add", "--first-name", "Marie", "--last-name", "Dupont", "--phone",
                   "0612345678").out.strip()
    assert owner("consent", "record", client, "--channel", "sms", "--decision", "granted", "--method",
                 "desk").code == 0
    shutil.copy(layout.database, tmp_path / "before.db")  # the salon is closed: the file is whole
    assert owner("consent", "record", client, "--channel", "sms", "--decision", "withdrawn", "--method",
                 "desk").code == 0
    for path in layout.database_files():
        path.unlink(missing_ok=True)
    shutil.copy(tmp_path / "before.db", layout.database)

    status = owner("--json", "consent", "status", client)
    assert status.code == 1 and "older than the one Salon Desk last saved" in json.loads(status.out)["error"]
    verify = owner("verify")
    assert verify.code == 1
    assert "anchor: consent_event: the file ends at row #1 but its anchor in the keyring records row #2: the file " \
        "was rolled back to an older copy, or its newest rows were removed" in verify.err.splitlines()


# -- consent wording rewritten together with its hash --------------------------------------------------------------

def test_a_text_body_rewritten_with_its_hash_fails_verify_and_is_not_printed(marie, tmp_path):
    layout, marie_id, _ = marie
    conn = raw(layout)
    forged = "J'accepte de tout recevoir, tout le temps, de tout le monde."
    text_id, version = conn.execute("SELECT id, version FROM consent_text WHERE purpose = 'sms_marketing' AND "
                                    "language = 'fr' AND version = 1").fetchone()
    with without(conn, "consent_text_no_update"):
        conn.execute("UPDATE consent_text SET body = ?, sha256 = ? WHERE id = ?", (forged, ledger.text_hash(forged),
                                                                                   text_id))
    lines = only(problems(conn), "consent_ledger")
    event = conn.execute("SELECT id, seq FROM consent_event WHERE client_id = ? AND decision = 'granted'",
                         (marie_id,)).fetchone()
    assert any(line.startswith(f"consent event {event[0]} (#{event[1]}) names text version {version}")
               for line in lines), lines
    conn.close()
    store = stores.open_store(layout)
    history = salons.login(store, "claire", OWNER_PASSWORD).consent.history(marie_id)
    store.close()
    grant = next(e for e in history if e["decision"] == "granted")
    assert grant["text"] is None and grant["text_altered"]


def test_a_text_row_deleted_under_its_events_fails_verify(marie):
    layout, marie_id, _ = marie
    conn = raw(layout)
    text_id = conn.execute("SELECT text_id FROM consent_event WHERE client_id = ? AND decision = 'granted'",
                           (marie_id,)).fetchone()[0]
    with without(conn, "consent_text_no_delete"):
        conn.execute("PRAGMA foreign_keys = OFF")
        conn.execute("DELETE FROM consent_text WHERE id = ?", (text_id,))
    lines = only(problems(conn), "consent_ledger")
    assert any(line.endswith(f"names text {text_id}, which is missing") for line in lines), lines
    conn.close()


# -- a flipped byte: the page, and its table, named -------------------------------------------------------------

def test_a_flipped_byte_is_named_with_its_page_and_table(run_cli, layout):
    assert run_cli("init", "--salon", "Atelier", "--owner", "claire", stdin=PW).code == 0
    store = stores.open_store(layout)
    owner = salons.login(store, "claire", OWNER_PASSWORD)
    with owner.transaction():
        for i in range(200):
            owner.clients.add(first_name=f"Cliente{i}", last_name="Dupont", notes="coupe courte " * 20)
    key = store.key
    store.close()
    conn = raw(layout)
    roots = {root: name for name, root in conn.execute("SELECT name, rootpage FROM sqlite_master WHERE rootpage > 0")}
    conn.close()
    owner_of = pages.owners(pages.read_pages(layout.database, key), {r: f"table {n}" for r, n in roots.items()})
    page = max(number for number, name in owner_of.items() if name == "table client")
    with open(layout.database, "r+b") as handle:
        handle.seek((page - 1) * pages.PAGE + 900)
        byte = handle.read(1)
        handle.seek((page - 1) * pages.PAGE + 900)
        handle.write(bytes([byte[0] ^ 0x01]))

    result = run_cli("--user", "claire", "--password-stdin", "verify", stdin=PW)
    assert result.code == 1
    assert f"cipher_integrity: HMAC verification failed for page {page} (table client)" in result.err.splitlines()
    assert "Traceback" not in result.err
    shown = run_cli("--user", "claire", "--password-stdin", "client", "find", "Cliente", stdin=PW)
    assert shown.code == 1 and shown.err.count("\n") == 1 and "damaged" in shown.err
    assert "hmac check failed for pgno=" in (layout.home / "logs" / "salon-desk.log").read_text()  # not stderr


def test_a_status_naming_a_grant_that_never_saw_the_withdrawal_is_not_in_the_audience(owner, store):
    """The audience's SQL (storage/consent.py SUPPORTED_GRANT) follows fold()'s sync rule: a grant from a PC that had
    not seen a withdrawal never overrides it, whatever the stored status claims."""
    client_id = owner.clients.add(first_name="Marie", last_name="Dupont", phone="06 12 34 56 78")
    withdrawal = owner.consent.withdraw(client_id, "sms", "desk")
    store.conn.execute("UPDATE consent_event SET server_seq = 500 WHERE id = ?", (withdrawal["id"],))
    text = owner.consent.text("sms")
    stamp = timeutil.iso(timeutil.now() + timedelta(seconds=1))
    with store.unit_of_work() as uow:
        grant = ledger.append_event(uow, {
            "id": str(uuid.uuid4()), "client_id": client_id, "channel": "sms", "purpose": "sms_marketing",
            "decision": "granted", "occurred_at": stamp, "timezone": "Europe/Paris", "recorded_at": stamp,
            "method": "desk", "recorded_by": owner.session.staff_id, "source": None, "text_id": text["id"],
            "text_version": text["version"], "text_sha256": text["sha256"], "evidence": None, "device_id": "pc-b",
            "observed_seq": 400})
        assert refresh_status(uow, client_id, "sms").status == "withdrawn"
    store.conn.execute("UPDATE consent_status SET status = 'granted', since = ?, event_id = ?, text_version = ? "
                       "WHERE client_id = ?", (stamp, grant["id"], text["version"], client_id))
    assert owner.consent_exports.audience_rows("sms") == []
    assert f"stored consent status of client {client_id} (sms) differs from the ledger" in problems(store.conn)[
        "consent_ledger"]
