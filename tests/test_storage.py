"""The encrypted store: no plaintext on disk, keys checked, migrations, unit of work and outbox."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
import sqlcipher3

from desktop import store as stores
from storage import db, keystore, migrate
from storage.errors import StorageError
from storage.uow import UnitOfWork


def test_no_plaintext_anywhere_under_home(salon, owner):
    layout, store, _ = salon
    owner.clients.add(first_name="Zéphyrine", last_name="Quatremains", email="zephyrine.q@exemple.fr",
                      phone="06 12 34 56 78", notes="balayage caramel secret-note-42")
    # WAL still holds the latest pages: read before and after a checkpoint.
    secrets = [b"Quatremains", b"zephyrine.q@exemple.fr", b"secret-note-42", "Zéphyrine".encode()]
    files = [p for p in layout.home.rglob("*") if p.is_file()]
    assert layout.database.with_name("salon.db-wal") in files
    for path in files:
        raw = path.read_bytes()
        for secret in secrets:
            assert secret not in raw, f"{secret!r} found in {path.name}"
    assert not layout.database.read_bytes().startswith(b"SQLite format 3")
    db.checkpoint(store.conn)
    raw = layout.database.read_bytes()
    assert all(secret not in raw for secret in secrets)


def test_key_from_keyring_opens_and_other_keys_do_not(salon, owner):
    layout, store, _ = salon
    owner.clients.add(first_name="Marie", last_name="Dupont")
    store.close()
    before = {path.name: path.read_bytes() for path in layout.database_files() if path.exists()}
    info = stores.read_keyinfo(layout)
    stranger = keystore.new_key()
    with pytest.raises(StorageError, match="cannot be read with this key"):
        db.connect(layout.database, stranger)
    keystore.save(info["key_id"], stranger)
    with pytest.raises(keystore.KeyMismatch, match="key mismatch"):
        stores.open_store(layout)
    after = {path.name: path.read_bytes() for path in layout.database_files() if path.exists()}
    assert after == before  # never re-created, never touched


@pytest.mark.parametrize("bad", ["", " " + "a" * 64, "A" * 64, "a" * 63, "a" * 65, "g" * 64, "a" * 63 + "\n"])
def test_damaged_key_text_is_refused(salon, bad):
    layout, _, _ = salon
    keystore.save(stores.read_keyinfo(layout)["key_id"], bad)
    with pytest.raises(StorageError, match="damaged"):
        stores.open_store(layout)


def test_cipher_version_is_checked(salon, monkeypatch):
    layout, store, _ = salon
    assert store.conn.execute("PRAGMA cipher_version").fetchone()[0]

    class Stock:
        def __init__(self, conn):
            self.conn = conn

        def execute(self, sql, *args):
            if "cipher_version" in sql:
                return self.conn.execute("SELECT NULL")
            return self.conn.execute(sql, *args)

        def close(self):
            self.conn.close()

    real = sqlcipher3.connect
    monkeypatch.setattr(sqlcipher3, "connect", lambda *a, **k: Stock(real(*a, **k)))
    key = keystore.load(stores.read_keyinfo(layout)["key_id"])
    with pytest.raises(StorageError, match="not linked with SQLCipher"):
        db.connect(layout.database, key)


def test_pragmas(store):
    conn = store.conn
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("PRAGMA secure_delete").fetchone()[0] == 1
    assert conn.execute("PRAGMA temp_store").fetchone()[0] == 2  # MEMORY
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL


def test_newer_database_is_refused_and_left_alone(salon):
    layout, store, _ = salon
    store.conn.execute(f"PRAGMA user_version = {migrate.latest() + 1}")
    store.close()
    before = layout.database.read_bytes()
    with pytest.raises(StorageError, match="newer Salon Desk"):
        stores.open_store(layout)
    assert layout.database.read_bytes() == before


def test_upgrade_copies_the_file_first_and_runs_in_one_transaction(salon, monkeypatch):
    layout, store, _ = salon
    store.close()
    steps = migrate.ladder()
    extra = (len(steps) + 1, "9999_test.sql", "CREATE TABLE upgraded (x);")
    monkeypatch.setattr(migrate, "ladder", lambda: [*steps, extra])
    reopened = stores.open_store(layout)
    backup = migrate.backup_path(layout.database, len(steps))
    assert backup.is_file() and not backup.read_bytes().startswith(b"SQLite format 3")
    assert reopened.conn.execute("PRAGMA user_version").fetchone()[0] == len(steps) + 1
    reopened.close()

    broken = (len(steps) + 2, "9998_broken.sql", "CREATE TABLE half (x); THIS IS NOT SQL;")
    monkeypatch.setattr(migrate, "ladder", lambda: [*steps, extra, broken])
    with pytest.raises(sqlcipher3.OperationalError):
        stores.open_store(layout)
    monkeypatch.setattr(migrate, "ladder", lambda: [*steps, extra])
    again = stores.open_store(layout)
    tables = {r[0] for r in again.conn.execute("SELECT name FROM sqlite_master")}
    assert "half" not in tables and "upgraded" in tables
    assert again.conn.execute("PRAGMA user_version").fetchone()[0] == len(steps) + 1
    again.close()


def test_python_steps_run_in_the_same_transaction(salon, monkeypatch):
    """A NNNN_name.py step (upgrade(conn)) runs between the .sql ones, inside the one transaction."""
    layout, store, _ = salon
    store.close()
    steps = migrate.ladder()
    n = len(steps)

    def fill(conn):
        conn.execute("CREATE TABLE filled (version INTEGER)")
        conn.execute("INSERT INTO filled VALUES (?)", (conn.execute("PRAGMA user_version").fetchone()[0],))

    def crash(conn):
        conn.execute("CREATE TABLE half (x)")
        raise RuntimeError("crash mid-upgrade")

    monkeypatch.setattr(migrate, "ladder", lambda: [*steps, (n + 1, "9997_fill.py", fill),
                                                    (n + 2, "9998_crash.py", crash)])
    with pytest.raises(RuntimeError, match="crash mid-upgrade"):
        stores.open_store(layout)
    monkeypatch.setattr(migrate, "ladder", lambda: [*steps, (n + 1, "9997_fill.py", fill),
                                                    (n + 2, "9998_more.sql", "CREATE TABLE more (x);")])
    again = stores.open_store(layout)
    tables = {r[0] for r in again.conn.execute("SELECT name FROM sqlite_master")}
    assert "half" not in tables and {"filled", "more"} <= tables
    assert again.conn.execute("SELECT version FROM filled").fetchall() == [(n,)]  # ran before the version moved
    assert again.conn.execute("PRAGMA user_version").fetchone()[0] == n + 2
    again.close()


def test_migration_0001(tmp_path, monkeypatch):
    first = migrate.ladder()[:1]
    monkeypatch.setattr(migrate, "ladder", lambda: first)
    conn = db.connect(tmp_path / "new.db", keystore.new_key(), create=True)
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"salon", "staff", "client", "service", "appointment", "setting", "audit", "device", "outbox",
            "field_clock", "tombstone", "login_throttle"} <= tables
    assert "payment" not in tables  # no payments: not cash-register software
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    conn.close()


FIXTURE_KEY = "5a1d" * 16  # test fixture only


def test_migration_0002(tmp_path):
    """A real schema-1 file (tests/fixtures/db_v1.sqlcipher) upgrades in place, after an encrypted backup."""
    import shutil

    path = tmp_path / "salon.db"
    shutil.copyfile(Path(__file__).parent / "fixtures" / "db_v1.sqlcipher", path)
    conn = db.connect(path, FIXTURE_KEY)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == migrate.latest()
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"consent_text", "consent_event", "consent_prompt", "consent_status", "health_note"} <= tables
    assert conn.execute("SELECT first_name FROM client").fetchone()[0] == "Éloïse"
    backup = migrate.backup_path(path, 1)
    assert backup.is_file() and not backup.read_bytes().startswith(b"SQLite format 3")
    conn.close()


def test_migration_0003(store):
    tables = {r[0] for r in store.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"health_note", "patch_test", "staff_acknowledgement"} <= tables
    channels = store.conn.execute("SELECT sql FROM sqlite_master WHERE name = 'consent_event'").fetchone()[0]
    assert "'health'" in channels


def _fixture(tmp_path, version: int) -> Path:
    import shutil

    path = tmp_path / f"v{version}" / "salon.db"
    path.parent.mkdir()
    shutil.copyfile(Path(__file__).parent / "fixtures" / f"db_v{version}.sqlcipher", path)
    return path


@pytest.mark.parametrize("version", [1, 2, 3])
def test_migration_0004(tmp_path, version):
    """Real files of every released schema upgrade: appointments can be detached from an erased client, and
    per-staff settings are keyed by staff id. Every check of verify still holds afterwards."""
    from desktop.verify import problems

    conn = db.connect(_fixture(tmp_path, version), FIXTURE_KEY)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == migrate.latest()
    notnull = {r[1]: r[3] for r in conn.execute("PRAGMA table_info(appointment)")}
    assert notnull["client_id"] == 0 and notnull["staff_id"] == 1
    if version >= 2:
        assert conn.execute("SELECT count(*) FROM appointment").fetchone()[0] == 1
        assert conn.execute("SELECT count(*) FROM consent_event").fetchone()[0] == (5 if version == 3 else 4)
    if version == 3:
        lea = conn.execute("SELECT id FROM staff WHERE login = 'lea'").fetchone()[0]
        keys = {r[0] for r in conn.execute("SELECT key FROM setting WHERE key LIKE 'working_hours.%'")}
        assert keys == {f"working_hours.{lea}"}
    assert not any(problems(conn).values()), problems(conn)
    conn.close()


@pytest.mark.parametrize("version", [1, 3])
def test_migration_0006(tmp_path, version):
    """The request register's tables arrive on real old files."""
    conn = db.connect(_fixture(tmp_path, version), FIXTURE_KEY)
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"privacy_request", "privacy_document", "privacy_notice", "erasure", "suppression"} <= tables
    assert "restricted_by" in {r[1] for r in conn.execute("PRAGMA table_info(client)")}
    conn.close()


@pytest.mark.parametrize("version", [1, 3])
def test_migration_0007(tmp_path, version):
    """The import reports' tables arrive on real old files, empty, and verify stays green."""
    from desktop.verify import problems

    conn = db.connect(_fixture(tmp_path, version), FIXTURE_KEY)
    columns = {r[1] for r in conn.execute("PRAGMA table_info(import_row)")}
    assert {"report_id", "row", "outcome", "reason", "notes", "consent", "client_id"} == columns
    assert conn.execute("SELECT count(*) FROM import_report").fetchone()[0] == 0
    assert not any(problems(conn).values()), problems(conn)
    conn.close()


@pytest.mark.parametrize("version", [1, 2, 3])
def test_migration_0009(tmp_path, version):
    """The index the audience export reads instead of the events' rows arrives on real old files, and the export
    uses it (no event row read); verify still holds."""
    from desktop.verify import problems
    from storage import clients, consent

    conn = db.connect(_fixture(tmp_path, version), FIXTURE_KEY)
    assert "consent_event_by_decision" in {r[0] for r in conn.execute("SELECT name FROM sqlite_master "
                                                                         "WHERE type = 'index'")}
    query = (f"SELECT {', '.join('c.' + c for c in clients.COLUMNS)} FROM consent_status s JOIN client c ON "
             f"c.id = s.client_id {consent.SUPPORTED_GRANT} AND s.channel = ?")
    plan = " ".join(row[3] for row in conn.execute(f"EXPLAIN QUERY PLAN {query}", ("email",)))
    assert "COVERING INDEX consent_event_by_decision" in plan and "consent_event USING INTEGER" not in plan
    assert len(conn.execute(query, ("email",)).fetchall()) <= 1
    assert not any(problems(conn).values()), problems(conn)
    conn.close()


@pytest.mark.parametrize("version", [1, 3])
def test_migration_0010(tmp_path, version):
    """Real old files gain the front desk: service details, appointment notes, closures and absences; hours written in the old single-range form still read (a person's range: every day)."""
    from desktop.settings import WORKING_HOURS
    from desktop.verify import problems

    conn = db.connect(_fixture(tmp_path, version), FIXTURE_KEY)
    columns = lambda table: {r[1] for r in conn.execute(f"PRAGMA table_info({table})")}  # noqa: E731
    assert {"category", "processing_minutes", "colour"} <= columns("service")
    assert "note" in columns("appointment")
    assert "time_off" in {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if version == 3:
        assert conn.execute("SELECT category, processing_minutes, colour FROM service").fetchone() == ("", 0, "")
        assert conn.execute("SELECT note FROM appointment").fetchone() == (None,)
        value = conn.execute("SELECT value FROM setting WHERE key LIKE 'working_hours.%'").fetchone()[0]
        assert WORKING_HOURS.parse(value) == (((600, 960),),) * 7
    assert not any(problems(conn).values()), problems(conn)
    conn.close()


def _old_heads(path: Path) -> dict[str, tuple[int, str]]:
    """Last (seq, hash) of each schema-4-or-older chain, read without upgrading."""
    conn = sqlcipher3.connect(str(path))
    conn.execute(f"PRAGMA key = \"x'{FIXTURE_KEY}'\"")
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    heads = {table: conn.execute(f"SELECT seq, hash FROM {table} ORDER BY seq DESC LIMIT 1").fetchone()
             for table in ("audit", "consent_event") if table in tables}
    conn.close()
    return {table: tuple(head) for table, head in heads.items() if head}


@pytest.mark.parametrize("version", [1, 2, 3])
def test_migration_0005(tmp_path, version):
    """Real files of every released schema: both ledgers checked with their old hashes, then re-anchored on
    commitments with a MACed head; the data stays, verify is green, and the old heads are kept in the audit log."""
    from desktop.verify import problems
    from storage import audit, chain, consent

    path = _fixture(tmp_path, version)
    old = _old_heads(path)
    conn = db.connect(path, FIXTURE_KEY)
    assert not any(problems(conn).values()), problems(conn)
    clients = {r[0] for r in conn.execute("SELECT first_name FROM client")}
    assert "Éloïse" in clients if version == 1 else len(clients) == 2
    events = conn.execute("SELECT count(*) FROM consent_event").fetchone()[0]
    assert events == {1: 0, 2: 4, 3: 5}[version]
    for ledger in (audit.CHAIN, consent.CHAIN):
        rows = conn.execute(f"SELECT seq, salt, commitments, prev_hash, hash FROM {ledger.table} ORDER BY seq").fetchall()
        assert all(salt and set(json.loads(c)) == set(ledger.personal) for _, salt, c, _, _ in rows)
        assert not rows or rows[0][3] == chain.GENESIS
        assert chain.head(conn, ledger) == ((rows[-1][0], rows[-1][4]) if rows else (0, chain.GENESIS))
    reanchored = conn.execute("SELECT details FROM audit WHERE action = 'chains_reanchored'").fetchall()
    if version == 1:
        assert old == {} and reanchored == []
    else:
        details = json.loads(reanchored[0][0])
        assert (details["audit_rows"], details["audit_old_head"]) == old["audit"]
        assert (details["consent_event_rows"], details["consent_event_old_head"]) == old["consent_event"]
        assert conn.execute("SELECT count(*) FROM audit").fetchone()[0] == old["audit"][0] + 1
        assert conn.execute("SELECT hash FROM audit WHERE seq = ?", (old["audit"][0],)).fetchone()[0] != \
            old["audit"][1]
    with UnitOfWork(conn) as uow:  # the chains go on from the new heads
        audit.append(uow, "probe")
    assert not any(problems(conn).values())
    conn.close()


def test_migration_0005_refuses_to_reseal_a_broken_chain(tmp_path):
    path = _fixture(tmp_path, 3)
    conn = sqlcipher3.connect(str(path), isolation_level=None)
    conn.execute(f"PRAGMA key = \"x'{FIXTURE_KEY}'\"")
    conn.execute("DROP TRIGGER audit_no_update")
    conn.execute("UPDATE audit SET action = 'nothing_to_see' WHERE seq = 4")
    conn.close()
    with pytest.raises(StorageError, match="audit log fails its check at row 4"):
        db.connect(path, FIXTURE_KEY)
    conn = sqlcipher3.connect(str(path))
    conn.execute(f"PRAGMA key = \"x'{FIXTURE_KEY}'\"")
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 3
    conn.close()


def test_every_table_is_in_the_registry_and_every_entry_is_a_table(store):
    from storage import registry

    tables = dict(store.conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table'"))
    virtual = [name for name, sql in tables.items() if sql.upper().startswith("CREATE VIRTUAL TABLE")]
    shadow = {name for name in tables for v in virtual if name.startswith(f"{v}_")}  # FTS5's own tables
    assert set(tables) - shadow - {n for n in tables if n.startswith("sqlite_")} == set(registry.ENTITIES)


def test_upgrade_backups_go_after_a_week_once_verify_passes(salon):
    import os
    import shutil
    import time

    layout, store, _ = salon
    store.close()
    backup = migrate.backup_path(layout.database, 4)
    unrelated = layout.database.with_name("other.db.v4.bak")
    for path in (backup, unrelated):
        shutil.copyfile(layout.database, path)
        os.utime(path, (time.time() - 6 * 86400,) * 2)
    stores.open_store(layout).close()
    assert backup.exists()  # six days: kept

    for path in (backup, unrelated):
        os.utime(path, (time.time() - 8 * 86400,) * 2)
    conn = db.connect(layout.database, keystore.load(stores.read_keyinfo(layout)["key_id"]))
    conn.execute("DROP TRIGGER audit_no_update")
    conn.execute("UPDATE audit SET action = 'nothing_to_see' WHERE seq = 1")
    conn.close()
    stores.open_store(layout).close()
    assert backup.exists()  # verify fails: the copy is what the salon may need


def test_an_old_backup_of_a_healthy_salon_is_deleted_and_logged(salon):
    import os
    import shutil
    import time

    layout, store, _ = salon
    store.close()
    backup = migrate.backup_path(layout.database, 4)
    unrelated = layout.database.with_name("other.db.v4.bak")
    for path in (backup, unrelated):
        shutil.copyfile(layout.database, path)
        os.utime(path, (time.time() - 8 * 86400,) * 2)
    reopened = stores.open_store(layout)
    assert not backup.exists() and unrelated.exists()
    details = reopened.conn.execute("SELECT details FROM audit WHERE action = 'upgrade_backup_deleted'").fetchone()
    assert json.loads(details[0]) == {"files": [backup.name]}
    reopened.close()


def test_every_migration_has_a_test():
    names = {name for name in globals() if name.startswith("test_migration_")}
    for number, _, _ in migrate.ladder():
        assert f"test_migration_{number:04d}" in names


def test_writes_and_outbox_commit_together(owner, store):
    before = store.conn.execute("SELECT count(*) FROM outbox").fetchone()[0]
    client_id = owner.clients.add(first_name="Ana", last_name="Silva")
    entry = store.conn.execute("SELECT entity, entity_id, op, fields, hlc FROM outbox ORDER BY device_seq DESC"
                               " LIMIT 1").fetchone()
    assert entry[:3] == ("client", client_id, "upsert")
    assert json.loads(entry[3])["first_name"] == "Ana"
    assert store.conn.execute("SELECT count(*) FROM outbox").fetchone()[0] == before + 1

    with pytest.raises(RuntimeError):
        with UnitOfWork(store.conn) as uow:
            uow.update("client", client_id, {"first_name": "Anabela"})
            raise RuntimeError("crash mid-write")
    assert store.conn.execute("SELECT first_name FROM client WHERE id = ?", (client_id,)).fetchone()[0] == "Ana"
    assert store.conn.execute("SELECT count(*) FROM outbox").fetchone()[0] == before + 1


def test_outbox_stamps_increase_even_when_the_clock_goes_back(store):
    times = iter([5_000, 4_000, 4_000, 6_000])
    stamps = []
    for _ in range(4):
        with UnitOfWork(store.conn, clock=lambda: next(times)) as uow:
            uow.upsert("setting", {"key": "probe", "value": str(len(stamps)), "updated_at": "2026-01-01T00:00:00.000Z"})
        stamps.append(store.conn.execute("SELECT hlc FROM outbox ORDER BY device_seq DESC LIMIT 1").fetchone()[0])
    assert stamps == sorted(stamps) and len(set(stamps)) == 4


@pytest.mark.parametrize("version", [1, 3])
def test_migration_0008(tmp_path, version):
    """Real old files: consent texts can name their source, failed sign-ins are kept a day, passwords know when
    they were changed; every check of verify still holds."""
    from desktop.verify import problems

    conn = db.connect(_fixture(tmp_path, version), FIXTURE_KEY)
    assert "source" in {r[1] for r in conn.execute("PRAGMA table_info(consent_text)")}
    assert "held" in {r[1] for r in conn.execute("PRAGMA table_info(login_throttle)")}
    assert conn.execute("SELECT count(*) FROM login_failure").fetchone()[0] == 0
    changed = conn.execute("SELECT password_changed_at, updated_at FROM staff").fetchall()
    assert all(at == updated for at, updated in changed) and (changed or version == 1)
    assert not any(problems(conn).values()), problems(conn)
    conn.close()


def test_migration_0008_takes_patch_test_results_out_of_the_audit_log(tmp_path, monkeypatch):
    """A schema-7 salon whose audit log holds patch-test results: they go, the chain is resealed from the first
    of them with every salt and commitment kept, verify stays green, and an audit row keeps the old head."""
    from desktop.verify import problems
    from storage import audit, chain

    seven = migrate.ladder()[:7]
    key = keystore.new_key()
    monkeypatch.setattr(migrate, "ladder", lambda: seven)
    path = tmp_path / "seven.db"
    conn = db.connect(path, key, create=True)
    with UnitOfWork(conn) as uow:
        audit.append(uow, "login_ok", staff_id="s1")
        audit.append(uow, "patch_test_added", staff_id="s1", object_type="client", object_id="c1",
                     details={"result": "positive"})
        audit.append(uow, "client_viewed", staff_id="s1", object_type="client", object_id="c1")
        audit.append(uow, "patch_test_added", staff_id="s1", object_type="client", object_id="c2",
                     details={"result": "negative"})
    audit.forget(conn, "c2")  # an erased client's row: no salt, its commitment kept
    before = {r[0]: r[1:] for r in conn.execute("SELECT seq, salt, commitments, hash FROM audit")}
    old_head = chain.head(conn, audit.CHAIN)
    conn.close()
    monkeypatch.undo()
    conn = db.connect(path, key)
    rows = {r[0]: r[1:] for r in conn.execute("SELECT seq, action, details, salt, commitments, hash FROM audit")}
    assert [rows[seq][1] for seq in (2, 4)] == ["{}", "{}"]
    assert all(rows[seq][2:4] == before[seq][:2] for seq in before)  # salts and commitments kept
    assert rows[1][4] == before[1][2] and rows[2][4] != before[2][2]  # resealed from the first changed row
    last = max(rows)
    assert rows[last][0] == "health_values_removed"
    assert json.loads(rows[last][1]) == {"schema": 8, "by": "migration", "rows": 2, "old_head": old_head[1]}
    assert not any(problems(conn).values()), problems(conn)
    assert "result" not in " ".join(r[0] for r in conn.execute("SELECT details FROM audit"))
    conn.close()
