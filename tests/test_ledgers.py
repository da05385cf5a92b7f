"""The ledgers forget and still prove (storage/chain.py).

Erasing a consent event's or an audit row's personal fields keeps verify green; editing anything else turns it
red and names the row. Triggers refuse every other UPDATE and every DELETE. A MACed head shows a cut tail, and the
audit log is pruned behind a MACed checkpoint that verify starts from.
"""
from __future__ import annotations

import json
import uuid
from datetime import timedelta

import pytest

from desktop import salon as salons, store as stores
from desktop.consent.rules import refresh_status
from desktop.verify import problems
from storage import audit, chain, consent as ledger, db, keystore, timeutil
from storage.errors import InputError, PermissionDenied, StorageError
from storage.uow import RawWriteRefused


def raw(layout):
    """A keyed connection of its own, as someone with the key and an SQL shell would have."""
    return db.connect(layout.database, keystore.load(stores.read_keyinfo(layout)["key_id"]))


def red(conn, check: str) -> list[str]:
    found = problems(conn)
    assert all(not items for name, items in found.items() if name != check), found
    return found[check]


def green(conn) -> None:
    found = problems(conn)
    assert not any(found.values()), found


# -- consent events: erase, then edit --------------------------------------------------------------------------

@pytest.fixture
def erased(salon, owner):
    """Marie's consent events erased the way the registry says (events redacted, derived statuses deleted);
    another client's event after them. Returns (layout, the erased event imported with evidence)."""
    layout, store, _ = salon
    marie = owner.clients.add(first_name="Marie", last_name="Dupont", email="marie@exemple.fr", phone="06 12 34 56 78")
    owner.consent.record(marie, "email", "granted", "desk", text_version=1)
    imported = owner.consent.record(marie, "sms", "granted", "import", text_version=1,
                                    evidence="clients.csv sha256=ab12 row 7")
    other = owner.clients.add(first_name="Ana", last_name="Silva", email="ana@exemple.fr", phone="07 61 22 33 44")
    owner.consent.record(other, "sms", "refused", "desk", text_version=1)
    with store.unit_of_work() as uow:
        for (event_id,) in uow.execute("SELECT id FROM consent_event WHERE client_id = ?", (marie,)).fetchall():
            uow.redact("consent_event", event_id)
        uow.execute("DELETE FROM consent_status WHERE client_id = ?", (marie,))
    store.close()
    return layout, {**imported, "client_id": marie}


def test_erasing_consent_events_keeps_verify_green_and_forgets_the_values(erased):
    layout, event = erased
    conn = raw(layout)
    row = conn.execute("SELECT client_id, source, evidence, salt, commitments, decision FROM consent_event "
                       "WHERE id = ?", (event["id"],)).fetchone()
    assert row[:4] == (None, None, None, None) and row[5] == "granted"
    assert set(json.loads(row[4])) == {"client_id", "source", "evidence"}
    assert conn.execute("SELECT count(*) FROM consent_event WHERE client_id = ?",
                        (event["client_id"],)).fetchone()[0] == 0
    pending = [json.loads(f) for (f,) in conn.execute("SELECT fields FROM outbox WHERE entity_id = ?", (event["id"],))]
    assert pending and all(p["client_id"] is None and p["evidence"] is None for p in pending)
    green(conn)
    conn.close()


@pytest.mark.parametrize("column, value", [
    ("decision", "'withdrawn'"),
    ("occurred_at", "'2020-01-01T00:00:00.000Z'"),
    ("method", "'paper'"),
    ("commitments", "replace(commitments, substr(commitments, 16, 1), 'x')"),
    ("hash", "'" + "f" * 64 + "'"),
    ("prev_hash", "'" + "0" * 64 + "'"),
    ("seq", "seq + 1000"),
    ("salt", "'" + "ab" * 16 + "'"),        # a salt put back cannot open the commitments
    ("client_id", "'someone-else'"),        # an erased row holding a value again
])
def test_editing_what_remains_of_an_erased_event_turns_verify_red(erased, column, value):
    layout, event = erased
    conn = raw(layout)
    conn.execute("DROP TRIGGER consent_event_no_update")
    conn.execute(f"UPDATE consent_event SET {column} = {value} WHERE id = ?", (event["id"],))
    found = red(conn, "consent_ledger")
    assert any(f"consent event {event['id']}" in line for line in found), found
    conn.close()


def test_a_salt_that_no_longer_opens_its_commitments_is_named(owner, store):
    client_id = owner.clients.add(first_name="Marie", last_name="Dupont", email="marie@exemple.fr", phone="06 12 34 56 78")
    event = owner.consent.record(client_id, "email", "refused", "desk", text_version=1)
    store.conn.execute("DROP TRIGGER consent_event_no_update")
    store.conn.execute("UPDATE consent_event SET salt = ? WHERE id = ?", ("cd" * 16, event["id"]))
    found = ledger.verify(store.conn)
    assert f"consent event {event['id']} (#1): client_id does not match its commitment" in found


def test_an_event_naming_another_text_version_is_named(owner, store):
    client_id = owner.clients.add(first_name="Marie", last_name="Dupont", email="marie@exemple.fr", phone="06 12 34 56 78")
    owner.consent.edit_text("email", "J’accepte de recevoir la lettre du salon par e-mail, une fois par mois.")
    event = owner.consent.record(client_id, "email", "granted", "desk", text_version=1)
    store.conn.execute("DROP TRIGGER consent_event_no_update")
    store.conn.execute("UPDATE consent_event SET text_version = 2 WHERE id = ?", (event["id"],))
    assert any(line.startswith(f"consent event {event['id']} (#1) names text version 1")
               for line in ledger.verify(store.conn))


def test_a_chained_row_is_erased_whole_or_not_at_all(owner, store):
    client_id = owner.clients.add(first_name="Marie", last_name="Dupont", email="marie@exemple.fr", phone="06 12 34 56 78")
    event = owner.consent.record(client_id, "email", "refused", "desk", text_version=1)
    with pytest.raises(RawWriteRefused, match="all at once"):
        with store.unit_of_work() as uow:
            uow.redact("consent_event", event["id"], ["evidence"])


# -- triggers --------------------------------------------------------------------------------------------------

def changed(column: str, kind: str) -> str:
    return f"coalesce({column} + 1, 1)" if kind == "INTEGER" else f"coalesce({column} || 'x', 'x')"


def test_every_consent_event_column_is_guarded(owner, store):
    """Each column changed on its own is refused; only the erasure and sync's server seq (once) pass."""
    client_id = owner.clients.add(first_name="Marie", last_name="Dupont", email="marie@exemple.fr", phone="06 12 34 56 78")
    event = owner.consent.record(client_id, "sms", "granted", "import", text_version=1, evidence="row 7")
    columns = [(r[1], r[2]) for r in store.conn.execute("PRAGMA table_info(consent_event)")]
    assert len(columns) == len(ledger.CHAIN.columns) + 1  # + server_seq
    for column, kind in columns:
        if column == "server_seq":
            continue
        with pytest.raises(db.IntegrityError, match="append-only"):
            store.conn.execute(f"UPDATE consent_event SET {column} = {changed(column, kind)} WHERE id = ?",
                               (event["id"],))
    with pytest.raises(db.IntegrityError, match="append-only"):
        store.conn.execute("DELETE FROM consent_event WHERE id = ?", (event["id"],))
    with pytest.raises(db.IntegrityError, match="append-only"):  # a redaction that leaves the salt
        store.conn.execute("UPDATE consent_event SET client_id = NULL, source = NULL, evidence = NULL WHERE id = ?",
                           (event["id"],))
    store.conn.execute("UPDATE consent_event SET server_seq = 500 WHERE id = ?", (event["id"],))
    with pytest.raises(db.IntegrityError, match="append-only"):
        store.conn.execute("UPDATE consent_event SET server_seq = 1 WHERE id = ?", (event["id"],))
    assert not any(problems(store.conn).values())  # the server seq is not part of the chain


def test_every_audit_column_is_guarded(owner, store):
    seq = store.conn.execute("SELECT max(seq) FROM audit WHERE object_id IS NOT NULL").fetchone()[0]
    for column, kind in [(r[1], r[2]) for r in store.conn.execute("PRAGMA table_info(audit)")]:
        with pytest.raises(db.IntegrityError, match="append-only"):
            store.conn.execute(f"UPDATE audit SET {column} = {changed(column, kind)} WHERE seq = ?", (seq,))
    with pytest.raises(db.IntegrityError, match="append-only"):
        store.conn.execute("UPDATE audit SET object_id = NULL WHERE seq = ?", (seq,))  # the salt must go too
    with pytest.raises(db.IntegrityError, match="append-only"):
        store.conn.execute("DELETE FROM audit WHERE seq = ?", (seq,))


def test_heads_and_checkpoints_are_guarded(owner, store):
    system = salons.system_desk(store, "scheduler")
    system.audit.prune(now=timeutil.now() + timedelta(days=400))
    with pytest.raises(db.IntegrityError, match="never removed"):
        store.conn.execute("DELETE FROM chain_head WHERE chain = 'audit'")
    with pytest.raises(db.IntegrityError, match="only moves forward"):
        store.conn.execute("UPDATE chain_head SET seq = seq - 1 WHERE chain = 'audit'")
    with pytest.raises(db.IntegrityError, match="kept as written"):
        store.conn.execute("UPDATE chain_checkpoint SET pruned = pruned + 1")
    with pytest.raises(db.IntegrityError, match="kept as written"):
        store.conn.execute("DELETE FROM chain_checkpoint")


# -- audit erasure ---------------------------------------------------------------------------------------------

def test_forgetting_a_client_in_the_audit_log_keeps_verify_green(salon, owner):
    layout, store, _ = salon
    client_id = owner.clients.add(first_name="Marie", last_name="Dupont", email="marie@exemple.fr", phone="06 12 34 56 78")
    owner.clients.show(client_id)
    with store.unit_of_work() as uow:
        assert audit.forget(uow, client_id) == 2  # added, viewed
    assert store.conn.execute("SELECT count(*) FROM audit WHERE object_id = ?", (client_id,)).fetchone()[0] == 0
    assert store.conn.execute("SELECT count(*) FROM audit WHERE action IN ('client_added', 'client_viewed') "
                              "AND object_id IS NULL AND salt IS NULL").fetchone()[0] == 2
    green(store.conn)
    seq = store.conn.execute("SELECT seq FROM audit WHERE action = 'client_added'").fetchone()[0]
    store.conn.execute("DROP TRIGGER audit_no_update")
    store.conn.execute("UPDATE audit SET action = 'client_viewed' WHERE seq = ?", (seq,))
    assert f"audit row {seq} was changed after it was written" in red(store.conn, "audit_chain")


# -- the head: a cut tail --------------------------------------------------------------------------------------

@pytest.fixture
def busy(salon, owner):
    """Sixty more audit rows and three consent events, then the store closed."""
    layout, store, _ = salon
    client_id = owner.clients.add(first_name="Marie", last_name="Dupont", email="marie@exemple.fr", phone="06 12 34 56 78")
    for decision in ("granted", "withdrawn", "refused"):
        owner.consent.record(client_id, "email", decision, "desk", text_version=1)
    with store.unit_of_work() as uow:
        for i in range(60):
            audit.append(uow, "probe", details={"i": i})
    store.close()
    return layout


@pytest.mark.parametrize("cut", [1, 50, "all"])
def test_a_cut_audit_tail_turns_verify_red(busy, cut):
    conn = raw(busy)
    green(conn)
    conn.execute("DROP TRIGGER audit_no_delete")
    last = conn.execute("SELECT max(seq) FROM audit").fetchone()[0]
    conn.execute("DELETE FROM audit WHERE seq > ?", (0 if cut == "all" else last - cut,))
    found = red(conn, "audit_chain")
    assert f"audit: the newest rows are missing (the head records #{last}" in found[-1], found
    conn.close()


def test_a_cut_consent_tail_turns_verify_red(busy):
    conn = raw(busy)
    conn.execute("DROP TRIGGER consent_event_no_delete")
    conn.execute("DELETE FROM consent_event WHERE seq = 3")
    assert any("consent_event: the newest rows are missing" in line for line in problems(conn)["consent_ledger"])
    conn.close()


def test_a_head_rolled_back_or_forged_turns_verify_red(busy):
    conn = raw(busy)
    last, before = conn.execute("SELECT seq, prev_hash FROM audit ORDER BY seq DESC LIMIT 1").fetchone()
    conn.execute("DROP TRIGGER chain_head_no_rewind")
    conn.execute("UPDATE chain_head SET seq = ?, hash = ?, mac = ? WHERE chain = 'audit'",
                 (last - 1, before, chain._mac(conn, "head", "audit", last - 1, before)))  # noqa: SLF001
    assert f"audit: rows after the recorded head #{last - 1} (the last row is #{last})" in red(conn, "audit_chain")
    conn.execute("UPDATE chain_head SET seq = ?, hash = ? WHERE chain = 'audit'", (last, before))
    assert "audit chain head was changed outside Salon Desk (bad MAC)" in red(conn, "audit_chain")
    conn.close()


def test_appending_reads_the_head_not_the_chain(store):
    """O(1) per append: the row and the head, never a scan of the ledger."""
    seen: list[str] = []
    with store.unit_of_work() as uow:
        store.conn.set_trace_callback(seen.append)
        audit.append(uow, "probe")
        store.conn.set_trace_callback(None)
    reads = [sql for sql in seen if sql.lstrip().upper().startswith("SELECT")]
    assert reads == ["SELECT seq, hash FROM chain_head WHERE chain = 'audit'"], seen


def test_a_missing_head_stops_appends_with_a_plain_message(store):
    store.conn.execute("DROP TRIGGER chain_head_no_delete")
    store.conn.execute("DELETE FROM chain_head WHERE chain = 'audit'")
    with pytest.raises(StorageError, match="audit log has lost its head record"):
        with store.unit_of_work() as uow:
            audit.append(uow, "probe")
    assert "audit chain head is missing" in problems(store.conn)["audit_chain"]


# -- pruning behind a checkpoint -------------------------------------------------------------------------------

@pytest.fixture
def pruned(salon, owner, monkeypatch):
    """Rows written today, then rows two months later; pruning 13 months later keeps only the later ones.
    Returns (layout, the checkpoint)."""
    layout, store, _ = salon
    owner.clients.add(first_name="Marie", last_name="Dupont", email="marie@exemple.fr", phone="06 12 34 56 78")
    real = timeutil.now()
    monkeypatch.setattr(timeutil, "now", lambda: real + timedelta(days=61))
    with store.unit_of_work() as uow:
        for i in range(55):
            audit.append(uow, "probe", details={"i": i})
    done = salons.system_desk(store, "scheduler").audit.prune(now=real + timedelta(days=61 + 365))
    assert done["rows"] > 0 and done["months"] == 12
    mark = chain.checkpoints(store.conn, audit.CHAIN)[-1]
    assert (mark["seq"], mark["pruned"]) == (done["through"], done["rows"])
    store.close()
    return layout, mark


def test_verify_starts_from_the_checkpoint_after_pruning(pruned):
    layout, mark = pruned
    conn = raw(layout)
    green(conn)
    first, prev = conn.execute("SELECT seq, prev_hash FROM audit ORDER BY seq LIMIT 1").fetchone()
    assert (first, prev) == (mark["seq"] + 1, mark["hash"])
    assert conn.execute("SELECT count(*) FROM audit WHERE action = 'probe'").fetchone()[0] == 55
    assert conn.execute("SELECT action FROM audit ORDER BY seq DESC LIMIT 1").fetchone()[0] == "audit_pruned"
    conn.close()


def test_rows_missing_right_after_the_checkpoint_turn_verify_red(pruned):
    layout, mark = pruned
    conn = raw(layout)
    conn.execute("DROP TRIGGER audit_no_delete")
    conn.execute("DELETE FROM audit WHERE seq <= ?", (mark["seq"] + 2,))
    assert f"audit row {mark['seq'] + 1} is missing (next is audit row {mark['seq'] + 3})" in \
        red(conn, "audit_chain")
    conn.close()


@pytest.mark.parametrize("cut", [1, 50, "all"])
def test_a_cut_tail_after_pruning_turns_verify_red(pruned, cut):
    layout, _ = pruned
    conn = raw(layout)
    conn.execute("DROP TRIGGER audit_no_delete")
    last = conn.execute("SELECT max(seq) FROM audit").fetchone()[0]
    conn.execute("DELETE FROM audit WHERE seq > ?", (0 if cut == "all" else last - cut,))
    assert any(f"the newest rows are missing (the head records #{last}" in line for line in red(conn, "audit_chain"))
    conn.close()


@pytest.mark.parametrize("edit", ["seq = seq + 5", "hash = '" + "e" * 64 + "'", "pruned = pruned - 1",
                                  "at = '2020-01-01T00:00:00.000Z'"])
def test_an_edited_checkpoint_turns_verify_red(pruned, edit):
    layout, mark = pruned
    conn = raw(layout)
    conn.execute("DROP TRIGGER chain_checkpoint_no_update")
    conn.execute(f"UPDATE chain_checkpoint SET {edit}")
    assert any(line.startswith("audit checkpoint #") and "bad MAC" in line for line in red(conn, "audit_chain"))
    conn.close()


def test_ordinary_deletes_stay_refused_after_a_checkpoint(pruned):
    layout, mark = pruned
    conn = raw(layout)
    with pytest.raises(db.IntegrityError, match="append-only"):
        conn.execute("DELETE FROM audit WHERE seq = ?", (mark["seq"] + 1,))
    conn.close()


def test_a_second_prune_adds_a_checkpoint(salon, owner):
    layout, store, _ = salon
    system = salons.system_desk(store, "scheduler")
    first = system.audit.prune(now=timeutil.now() + timedelta(days=400))
    owner.clients.add(first_name="Marie", last_name="Dupont", email="marie@exemple.fr", phone="06 12 34 56 78")
    second = system.audit.prune(now=timeutil.now() + timedelta(days=400))
    assert second["through"] > first["through"]
    assert [m["seq"] for m in chain.checkpoints(store.conn, audit.CHAIN)] == [first["through"], second["through"]]
    green(store.conn)
    assert system.audit.prune()["rows"] == 0  # nothing older than a year: no checkpoint, the run is logged
    assert len(chain.checkpoints(store.conn, audit.CHAIN)) == 2


def test_a_broken_chain_is_never_pruned(owner, store):
    store.conn.execute("DROP TRIGGER audit_no_update")
    store.conn.execute("UPDATE audit SET action = 'nothing_to_see' WHERE seq = 2")
    count = store.conn.execute("SELECT count(*) FROM audit").fetchone()[0]
    with pytest.raises(StorageError, match="nothing was pruned"):
        owner.audit.prune(now=timeutil.now() + timedelta(days=400))
    assert store.conn.execute("SELECT count(*) FROM audit").fetchone()[0] == count


def test_only_the_owner_or_a_scheduled_job_prunes_and_the_owner_sets_the_retention(owner, manager, employee):
    for desk in (manager, employee):
        with pytest.raises(PermissionDenied):
            desk.audit.prune()
    owner.settings.set_audit_retention_months(6)
    assert owner.audit.prune()["months"] == 6
    for months in (5, 25):
        with pytest.raises(InputError, match="between 6 and 24 months"):
            owner.settings.set_audit_retention_months(months)
    with pytest.raises(PermissionDenied):
        manager.settings.set_audit_retention_months(12)


def test_cli_prunes_the_audit_log(run_cli, salon):
    from tests.conftest import OWNER_PASSWORD

    result = run_cli("--user", "claire", "--password-stdin", "--json", "audit", "prune", stdin=OWNER_PASSWORD + "\n")
    assert result.code == 0 and json.loads(result.out) == {"ok": True, "rows": 0, "through": 0, "months": 12}


# -- sync's server seq -----------------------------------------------------------------------------------------

def test_a_grant_from_a_pc_that_had_not_seen_the_withdrawal_never_overrides_it(owner, store):
    client_id = owner.clients.add(first_name="Marie", last_name="Dupont", email="marie@exemple.fr", phone="06 12 34 56 78")
    withdrawal = owner.consent.withdraw(client_id, "email", "desk")
    store.conn.execute("UPDATE consent_event SET server_seq = 500 WHERE id = ?", (withdrawal["id"],))
    text = owner.consent.text("email")
    stamp = timeutil.iso(timeutil.now() + timedelta(seconds=1))

    def grant_from_pc_b(observed: int):
        with store.unit_of_work() as uow:
            ledger.append_event(uow, {
                "id": str(uuid.uuid4()), "client_id": client_id, "channel": "email", "purpose": "email_marketing",
                "decision": "granted", "occurred_at": stamp, "timezone": "Europe/Paris", "recorded_at": stamp,
                "method": "desk", "recorded_by": owner.session.staff_id, "source": None, "text_id": text["id"],
                "text_version": text["version"], "text_sha256": text["sha256"], "evidence": None,
                "device_id": "pc-b", "observed_seq": observed})
            return refresh_status(uow, client_id, "email")

    stale = grant_from_pc_b(400)
    assert stale.status == "withdrawn" and len(stale.superseded) == 1
    assert grant_from_pc_b(500).status == "granted"
    green(store.conn)
