"""The unit of work is the only write road to synced tables: `execute` refuses raw writes to them, however the
statement is spelled, and serves local and derived tables and every read."""
from __future__ import annotations

import pytest

from storage import registry
from storage.errors import RawWriteRefused
from storage.uow import UnitOfWork, written_table
from tests.support.salons import database_state

SYNCED = sorted(name for name, e in registry.ENTITIES.items() if e.synced)
NOT_SYNCED = sorted(name for name, e in registry.ENTITIES.items() if not e.synced)

# Each would change the database if it ran (the test checks that it does not).
RAW_WRITES = [
    "INSERT INTO setting (key, value, updated_at) VALUES ('raw', '1', 'now')",
    "insert into SETTING (key, value, updated_at) values ('raw', '1', 'now')",
    "  \n\tInSeRt   InTo \"setting\" (key, value, updated_at) VALUES ('raw', '1', 'now')",
    "INSERT OR REPLACE INTO setting (key, value, updated_at) VALUES ('raw', '1', 'now')",
    "insert or ignore into `setting` (key, value, updated_at) values ('raw', '1', 'now')",
    "REPLACE INTO [setting] (key, value, updated_at) VALUES ('raw', '1', 'now')",
    "replace into 'setting' (key, value, updated_at) values ('raw', '1', 'now')",
    "INSERT INTO\"setting\"(key, value, updated_at) VALUES ('raw', '1', 'now')",
    "UPDATE client SET notes = 'raw'",
    "update \"Client\" set notes = 'raw'",
    "UPDATE OR IGNORE appointment SET status = 'done'",
    "uPdAtE [staff] SET display_name = 'raw'",
    "DELETE FROM consent_prompt",
    "delete from`consent_prompt`",
    "DELETE FROM main.consent_prompt",
    "INSERT INTO main.\"setting\" (key, value, updated_at) VALUES ('raw', '1', 'now')",
    "UPDATE \"main\".\"client\" SET notes = 'raw'",
    "/* a comment first */ DELETE FROM consent_prompt",
    "-- a comment first\nUPDATE client SET notes = 'raw'",
    "WITH raw(k) AS (SELECT 'raw') INSERT INTO setting (key, value, updated_at) SELECT k, '1', 'now' FROM raw",
    "with recursive n(i) as (select 1) update client set notes = 'raw' where rowid in (select i from n)",
    "WITH p AS (SELECT id FROM consent_prompt) DELETE FROM consent_prompt WHERE id IN p",
]


@pytest.fixture
def world(owner, store):
    client_id = owner.clients.add(first_name="Marie", last_name="Dupont", notes="frange")
    owner.booking.add_service("Coupe", 45)
    owner.booking.book(client_id, "Coupe", "claire", "2030-01-07T10:00")
    owner.consent.ask_later(client_id)
    return store


@pytest.mark.parametrize("sql", RAW_WRITES)
def test_raw_writes_to_synced_tables_are_refused_and_do_nothing(world, sql):
    conn = world.conn
    before = database_state(conn)
    with pytest.raises(RawWriteRefused):
        with UnitOfWork(conn) as uow:
            uow.execute(sql)
    assert database_state(conn) == before
    # The statement is a real write: run straight on the connection, it changes something.
    conn.execute("BEGIN")
    try:
        changes = conn.total_changes
        conn.execute(sql)
        assert conn.total_changes > changes, sql
    finally:
        conn.execute("ROLLBACK")


@pytest.mark.parametrize("table", SYNCED)
def test_every_synced_table_is_refused(table):
    for sql in (f"INSERT INTO {table} DEFAULT VALUES", f"UPDATE {table} SET x = 1", f"DELETE FROM {table}",
                f"REPLACE INTO \"{table}\" DEFAULT VALUES", f"delete from main.{table.upper()}"):
        assert written_table(sql) == table, sql


@pytest.mark.parametrize("table", NOT_SYNCED)
def test_local_and_derived_tables_are_named_but_allowed(table):
    assert written_table(f"INSERT INTO {table} DEFAULT VALUES") == table
    assert not registry.entity(table).synced


def test_local_and_derived_writes_and_every_read_go_through(world):
    conn = world.conn
    staff_id = conn.execute("SELECT id FROM staff WHERE login = 'claire'").fetchone()[0]
    with UnitOfWork(conn) as uow:
        uow.execute("INSERT OR REPLACE INTO login_throttle (staff_id, failures) VALUES (?, 3)", (staff_id,))
        uow.execute("update LOGIN_THROTTLE set failures = 4 where staff_id = ?", (staff_id,))
        uow.execute("INSERT INTO tombstone (entity, entity_id, kind, at) VALUES ('service', 'gone', 'deleted', 'now')")
        uow.execute("DELETE FROM \"tombstone\" WHERE entity_id = 'gone'")
        uow.execute("UPDATE consent_status SET since = since")
        uow.execute("DELETE FROM client_search WHERE rowid = -1")
        assert uow.execute("SELECT count(*) FROM client").fetchone()[0] == 1
        assert uow.execute("WITH c AS (SELECT id FROM client) SELECT count(*) FROM c").fetchone()[0] == 1
        assert uow.execute("select notes from client where notes like '%UPDATE client%'").fetchall() == []
    assert conn.execute("SELECT failures FROM login_throttle WHERE staff_id = ?", (staff_id,)).fetchone()[0] == 4
    for sql in ("SELECT * FROM client", "  select 1", "WITH x AS (SELECT 1) SELECT * FROM x",
                "SELECT 'DELETE FROM client'", "PRAGMA table_info(client)", "EXPLAIN SELECT 1"):
        assert written_table(sql) is None, sql


def test_the_write_methods_remain_the_way_in(world):
    conn = world.conn
    with UnitOfWork(conn) as uow:
        uow.upsert("setting", {"key": "probe", "value": "1", "updated_at": "now"})
    assert conn.execute("SELECT value FROM setting WHERE key = 'probe'").fetchone()[0] == "1"
    assert conn.execute("SELECT count(*) FROM outbox WHERE entity = 'setting' AND entity_id = 'probe'"
                        ).fetchone()[0] == 1
