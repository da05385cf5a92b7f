"""The audit log is append-only and hash-chained; verify names the row that was touched."""
from __future__ import annotations

import pytest

from desktop import store as stores
from storage import audit, db, keystore
from tests.conftest import OWNER_PASSWORD


def raw_connection(layout):
    key = keystore.load(stores.read_keyinfo(layout)["key_id"])
    return db.connect(layout.database, key)


def test_triggers_refuse_update_and_delete(store):
    with pytest.raises(db.IntegrityError):
        store.conn.execute("UPDATE audit SET action = 'x' WHERE seq = 1")
    with pytest.raises(db.IntegrityError):
        store.conn.execute("DELETE FROM audit WHERE seq = 1")


def test_editing_a_row_with_the_key_makes_verify_fail_and_name_it(salon, owner, run_cli):
    layout, store, _ = salon
    owner.clients.add(first_name="Marie", last_name="Dupont")
    store.close()
    conn = raw_connection(layout)
    conn.execute("DROP TRIGGER audit_no_update")
    conn.execute("UPDATE audit SET action = 'nothing_to_see' WHERE seq = 3")
    conn.close()
    result = run_cli("--user", "claire", "--password-stdin", "verify", stdin=OWNER_PASSWORD + "\n")
    assert result.code == 1
    assert "audit row 3 was changed after it was written" in result.err
    assert "audit_no_update is missing" in result.err


def test_deleted_and_reordered_rows_are_caught(salon, owner):
    import re

    layout, store, _ = salon
    owner.clients.add(first_name="Marie", last_name="Dupont")
    store.close()
    conn = raw_connection(layout)
    assert audit.verify(conn) == []
    conn.execute("DROP TRIGGER audit_no_update")  # swap rows 3 and 4
    for old, new in ((3, -3), (4, 3), (-3, 4)):
        conn.execute("UPDATE audit SET seq = ? WHERE seq = ?", (new, old))
    reordered = audit.verify(conn)
    assert any(re.search(r"audit row [34]\b", p) for p in reordered), reordered
    conn.execute("DROP TRIGGER audit_no_delete")
    conn.execute("DELETE FROM audit WHERE seq = 2")
    assert any("audit row 2 is missing" in p for p in audit.verify(conn))
    conn.close()
