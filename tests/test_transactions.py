"""Composed operations are one transaction: all or nothing under a crash, and listeners hear of changes only
after the outer commit (never of a rollback)."""
from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from hypothesis import given, settings, strategies as st

import desktop.consent.service as consent_service
import storage.audit
import storage.consent
from desktop.timefmt import SALON_ZONE
from storage.uow import UnitOfWork
from tests.support.salons import database_state, fresh_salon


class Crash(Exception):
    """Stands for anything that stops the program half-way: a bug, a full disk, a power cut."""


def import_one(desk, *, email="zephyrine@exemple.fr") -> str:
    """What an importer does per row: a client with notes, then the consent the file proves, as one step."""
    with desk.transaction():
        client_id = desk.clients.add(first_name="Zéphyrine", last_name="Quatremains", email=email,
                                     phone="06 47 83 29 15", notes="balayage miel")
        desk.consent.record(client_id, "email", "granted", "desk", text_version=1)
    return client_id


def traces(conn, client_id: str) -> dict[str, int]:
    """Everything the composite leaves about this client, table by table."""
    one = lambda sql, *args: conn.execute(sql, args).fetchone()[0]  # noqa: E731
    event_ids = [r[0] for r in conn.execute("SELECT id FROM consent_event WHERE client_id = ?", (client_id,))]
    marks = ", ".join("?" for _ in event_ids) or "NULL"
    return {
        "client": one("SELECT count(*) FROM client WHERE id = ?", client_id),
        "consent event": len(event_ids),
        "consent status": one("SELECT count(*) FROM consent_status WHERE client_id = ?", client_id),
        "outbox": one(f"SELECT count(*) FROM outbox WHERE entity_id IN (?, {marks})", client_id, *event_ids),
        "field clocks": one("SELECT count(*) FROM field_clock WHERE entity_id = ?", client_id),
        "audit": one("SELECT count(*) FROM audit WHERE object_id = ?", client_id),
        "search index": one("SELECT count(*) FROM client_search WHERE client_search MATCH 'quatremains'"),
    }


def test_without_a_crash_the_composite_leaves_everything(owner, store):
    client_id = import_one(owner)
    found = traces(store.conn, client_id)
    assert found["client"] == found["consent event"] == found["consent status"] == found["search index"] == 1
    assert found["outbox"] == 2  # the client's upsert, the event's append
    assert found["field clocks"] >= 7  # every synced field of the client
    assert found["audit"] == 2  # client_added, consent_recorded
    assert owner.clients.search("quatremains") == [client_id]
    assert owner.consent.status(client_id)["email"].status == "granted"


def _after(real, when=lambda *a, **k: True):
    """`real`, then a crash: the damage is done before the exception, deep inside the second operation."""
    def crashing(*args, **kwargs):
        result = real(*args, **kwargs)
        if when(*args, **kwargs):
            raise Crash("power cut")
        return result
    return crashing


CRASH_POINTS = {  # the single operations are their batch operations of one (consent.record is record_many)
    "after the ledger append": lambda mp: mp.setattr(storage.consent, "append_events",
                                                     _after(storage.consent.append_events)),
    "after the status refresh": lambda mp: mp.setattr(consent_service, "refresh_statuses",
                                                      _after(consent_service.refresh_statuses)),
    "after the second audit row": lambda mp: mp.setattr(storage.audit, "append_many", _after(
        storage.audit.append_many, lambda db, rows: rows[0]["action"] == "consent_recorded")),
}


@pytest.mark.parametrize("point", CRASH_POINTS)
def test_a_crash_inside_the_second_operation_leaves_nothing(owner, store, monkeypatch, point):
    owner.clients.add(first_name="Hugo", last_name="Martin")  # something already there stays
    conn = store.conn
    before = database_state(conn)
    heard = []
    owner.subscribe(heard.append)
    with monkeypatch.context() as patched:
        CRASH_POINTS[point](patched)
        with pytest.raises(Crash):
            import_one(owner)
    assert database_state(conn) == before
    assert owner.clients.search("quatremains") == []
    assert heard == []
    # The connection is usable again and the same import now goes through whole.
    client_id = import_one(owner)
    assert traces(conn, client_id)["consent event"] == 1 and heard == ["client", "consent"]


# -- a crash at a random step of a random composite -------------------------------------------------------------

KINDS = {"client": "client", "edit": "client", "consent": "consent", "book": "appointment",
         "status": "appointment"}  # what each step tells listeners (the others tell nothing, or it depends)
STEPS = st.lists(st.sampled_from(["client", "edit", "consent", "book", "service", "later", "status", "setting",
                                  "health"]), min_size=1, max_size=6)


def run_composite(desk, steps: list[str], base: dict) -> list[tuple[str, str]]:
    """Run these operations as one transaction; returns what each created (table, id)."""
    created: list[tuple[str, str]] = []
    clients = [base["client"]]
    appointments = [base["appointment"]]
    with desk.transaction():
        for n, step in enumerate(steps):
            if step == "client":
                clients.append(desk.clients.add(first_name="Anna", last_name=f"Composite{n}", notes="frange",
                                                phone=f"06 98 76 54 {n:02d}"))
                created.append(("client", clients[-1]))
            elif step == "edit":
                desk.clients.edit(clients[-1], notes=f"note {base['serial']}-{n}", phone=f"06 12 34 56 {n:02d}")
            elif step == "consent":
                created.append(("consent_event", desk.consent.record(clients[-1], "sms", "refused", "desk",
                                                                     text_version=1)["id"]))
            elif step == "book":
                start = datetime(2030, 1, 7, 9, tzinfo=SALON_ZONE) + timedelta(minutes=15 * n)
                appointments.append(desk.booking.book(clients[-1], "Coupe", "claire", start, allow_overlap=True,
                                                        allow_outside_hours=True))
                created.append(("appointment", appointments[-1]))
            elif step == "service":
                name = f"Soin {base['serial']}-{n}"
                created.append(("service", desk.booking.add_service(name, 30)))
            elif step == "later":
                desk.consent.ask_later(clients[-1])
            elif step == "status":
                desk.booking.set_status(appointments[-1], "cancelled" if n % 2 else "booked")
            elif step == "setting":
                desk.settings.set_idle_lock_minutes(1 + (base["serial"] + n) % 15)
            else:
                if not desk.health.summary(clients[-1])["consent"]:
                    desk.consent.record(clients[-1], "health", "granted", "desk", text_version=1)
                desk.health.save_note(clients[-1], f"allergie {n}", bool(n % 2))
    return created


def test_a_crash_at_any_step_of_any_composite_leaves_nothing():
    with fresh_salon() as (store, owner):
        owner.booking.add_service("Coupe", 45)
        first = owner.clients.add(first_name="Marie", last_name="Dupont", phone="06 11 22 33 44")
        base = {"client": first, "appointment": owner.booking.book(first, "Coupe", "claire", "2030-01-08T10:00"),
                "serial": 0}
        heard: list[str] = []
        owner.subscribe(heard.append)
        conn = store.conn
        outcomes = set()

        @settings(max_examples=40, deadline=None)
        @given(steps=STEPS, crash_at=st.integers(1, 60))
        def composite(steps, crash_at):
            base["serial"] += 1
            before = database_state(conn)
            heard.clear()
            points = {"count": 0, "logged": 0}

            def countdown(real, logs=False):
                def step(*args, **kwargs):
                    result = real(*args, **kwargs)
                    points["count"] += 1
                    points["logged"] += len(args[2]) if logs else 0  # _log_many(self, entity, changes)
                    if points["count"] == crash_at:
                        raise Crash(f"crash at write point {crash_at}")
                    return result
                return step

            with pytest.MonkeyPatch.context() as patched:
                patched.setattr(UnitOfWork, "_log_many", countdown(UnitOfWork._log_many, logs=True))
                patched.setattr(UnitOfWork, "execute", countdown(UnitOfWork.execute))
                patched.setattr(UnitOfWork, "executemany", countdown(UnitOfWork.executemany))
                patched.setattr(storage.audit, "append_many", countdown(storage.audit.append_many))
                try:
                    created = run_composite(owner, steps, base)
                except Crash:
                    outcomes.add("crashed")
                    assert database_state(conn) == before, f"{steps} left something after {crash_at} points"
                    assert heard == []
                    return
            outcomes.add("committed")
            assert len(database_state(conn)["outbox"]) == len(before["outbox"]) + points["logged"]
            for table, row_id in created:
                assert conn.execute(f"SELECT count(*) FROM {table} WHERE id = ?", (row_id,)).fetchone()[0] == 1
            assert len(heard) == len(set(heard)), heard  # once each, after the commit
            assert {KINDS[step] for step in steps if step in KINDS} <= set(heard)

        composite()
        assert outcomes == {"crashed", "committed"}
        assert owner.clients.count() >= 1  # still usable


# -- the change hub ---------------------------------------------------------------------------------------------

def test_nested_transactions_notify_after_the_outer_commit_and_never_on_rollback(owner):
    owner.booking.add_service("Coupe", 45)
    heard: list[tuple[str, int]] = []
    with owner.on_own_connection() as reader:
        # Each listener call records what another connection can see: only committed data.
        owner.subscribe(lambda kind: heard.append((kind, reader.clients.count())))
        with owner.transaction():
            client_id = owner.clients.add(first_name="Marie", last_name="Dupont", email="marie@exemple.fr")
            assert heard == []
            with owner.transaction():
                owner.booking.book(client_id, "Coupe", "claire", "2030-01-07T10:00")
                owner.consent.record(client_id, "email", "granted", "desk", text_version=1)
            assert heard == []  # the inner block's end is not a commit
            owner.clients.edit(client_id, notes="frange")
            assert heard == []
        assert heard == [("client", 1), ("appointment", 1), ("consent", 1)]  # once each, after COMMIT

        heard.clear()
        owner.clients.edit(client_id, notes="frange courte")  # no transaction open: at once
        assert heard == [("client", 1)]

        heard.clear()
        with pytest.raises(Crash):
            with owner.transaction():
                owner.clients.add(first_name="Hugo", last_name="Martin")
                with owner.transaction():
                    owner.booking.book(client_id, "Coupe", "claire", "2030-01-07T14:00")
                raise Crash("after both")
        assert heard == []
        assert owner.clients.count() == 1
        owner.consent.ask_later(client_id)  # writes, notifies nothing
        owner.clients.edit(client_id, notes="frange longue")
        assert heard == [("client", 1)]  # nothing of the rolled-back transaction leaks into the next



def test_a_caught_inner_failure_keeps_none_of_its_writes(owner):
    """Composed operations run as savepoints: a caller that catches one operation's failure keeps the others and
    nothing of the failed one."""
    from storage import consent as ledger
    from tests.support.db import conn_of

    conn = conn_of(owner)
    with owner.transaction():
        kept = owner.clients.add(first_name="Inès", last_name="Roux", email="ines@exemple.fr")
        version = owner.consent.text("email")["version"]  # the first use writes the default texts
        before = conn.execute("SELECT count(*) FROM outbox").fetchone()[0], \
            conn.execute("SELECT count(*) FROM audit").fetchone()[0]
        real_append = ledger.append_events

        def append_then_fail(uow, events):
            real_append(uow, events)
            raise RuntimeError("injected after the ledger write")

        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(ledger, "append_events", append_then_fail)
            with pytest.raises(RuntimeError):
                owner.consent.record(kept, "email", "granted", "desk", text_version=version)
        assert (conn.execute("SELECT count(*) FROM outbox").fetchone()[0],
                conn.execute("SELECT count(*) FROM audit").fetchone()[0]) == before
    assert owner.clients.show(kept)["first_name"] == "Inès"
    assert conn.execute("SELECT count(*) FROM consent_event").fetchone()[0] == 0
    assert not any(owner.verify.run().values())


def test_a_transaction_hands_out_no_unit_of_work(owner):
    with owner.transaction() as handle:
        assert handle is None
