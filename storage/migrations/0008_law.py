"""Schema 8: law corrections.

- Consent texts name their source: NULL for the salon's own wording (desk, phone, paper), else the online form or
  platform that showed it, so an online grant can only point to the text that client really saw.
- Sign-in failures are kept 24 hours (they keep counting across locks), and an account can be held until a
  manager or the owner unlocks it.
- When each password was last changed, and when its owner was last reminded to renew it.
- Patch-test results leave the audit log: older versions wrote {"result": ...} there, a health value that a log
  can never forget. Those rows lose the result and the chain is resealed from the first of them (every salt and
  commitment kept); an audit row keeps the old head. A chain that fails its check stops the upgrade.
"""
from __future__ import annotations

import json

from storage import audit, chain, migrate
from storage.errors import QT_TRANSLATE_NOOP, StorageError, Term

SCHEMA = """
ALTER TABLE consent_text ADD COLUMN source TEXT;

CREATE TABLE login_failure (
    staff_id  TEXT NOT NULL,
    at        TEXT NOT NULL
);
CREATE INDEX login_failure_by_staff ON login_failure(staff_id, at);
ALTER TABLE login_throttle ADD COLUMN held INTEGER NOT NULL DEFAULT 0;

ALTER TABLE staff ADD COLUMN password_changed_at TEXT;
ALTER TABLE staff ADD COLUMN password_reminded_at TEXT;
UPDATE staff SET password_changed_at = updated_at;
"""
HEALTH_KEYS = ("result",)  # what older patch_test_added rows held


def _trigger(conn, name: str) -> str:
    return conn.execute("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?", (name,)).fetchone()[0]


def _drop_health_values(conn) -> None:
    rows = []
    for seq, details in conn.execute("SELECT seq, details FROM audit WHERE action = 'patch_test_added' ORDER BY seq"):
        values = json.loads(details or "{}")
        if any(key in values for key in HEALTH_KEYS):
            rows.append((seq, {k: v for k, v in values.items() if k not in HEALTH_KEYS}))
    if not rows:
        return
    if chain.verify(conn, audit.CHAIN):
        raise StorageError(QT_TRANSLATE_NOOP(
            "Messages", "The upgrade stopped: the {ledger} fails its check, and re-sealing it would hide that. "
            "Nothing was changed; restore a backup or keep using the previous version."),
            ledger=Term(audit.CHAIN.title))
    old_head = chain.head(conn, audit.CHAIN)
    guards = {name: _trigger(conn, name) for name in ("audit_no_update", "chain_head_no_rewind")}
    for name in guards:
        conn.execute(f"DROP TRIGGER {name}")
    for seq, values in rows:
        conn.execute("UPDATE audit SET details = ? WHERE seq = ?",
                     (json.dumps(values, ensure_ascii=False, sort_keys=True, separators=(",", ":")), seq))
    chain.reseal(conn, audit.CHAIN, rows[0][0])
    for sql in guards.values():
        conn.execute(sql)
    audit.append(conn, "health_values_removed", details={"schema": 8, "by": "migration", "rows": len(rows),
                                                         "old_head": old_head[1]})


def upgrade(conn) -> None:
    for statement in migrate.statements(SCHEMA):
        conn.execute(statement)
    _drop_health_values(conn)
