"""Schema 5: ledgers that can forget and still prove (storage/chain.py).

The audit log and the consent events get a salt and per-field commitments for their personal fields, a MACed
head each and MACed checkpoints; consent_event.client_id may become NULL (erasure) and gains server_seq (sync).
Both chains are checked with the schema-4 hashes first (frozen here), then re-anchored: every row gets a salt,
commitments and a new hash from the genesis, and an audit row keeps the old heads. A chain that fails its old
check stops the upgrade: re-anchoring it would hide the damage.
"""
from __future__ import annotations

import hashlib
import json

from storage import audit, chain, consent, migrate
from storage.errors import QT_TRANSLATE_NOOP, StorageError, Term

OLD_GENESIS = "0" * 64
OLD_AUDIT = ("seq", "at", "staff_id", "action", "object_type", "object_id", "details")
OLD_EVENT = ("id", "client_id", "channel", "purpose", "decision", "occurred_at", "timezone", "recorded_at",
             "method", "recorded_by", "source", "text_id", "text_version", "text_sha256", "evidence",
             "device_id", "device_order", "observed_seq")

SCHEMA = """
DROP TRIGGER IF EXISTS audit_no_update;
DROP TRIGGER IF EXISTS audit_no_delete;
ALTER TABLE audit ADD COLUMN salt TEXT;
ALTER TABLE audit ADD COLUMN commitments TEXT NOT NULL DEFAULT '{}';
CREATE INDEX audit_by_object ON audit(object_id);

DROP TRIGGER IF EXISTS consent_event_no_update;
DROP TRIGGER IF EXISTS consent_event_no_delete;
CREATE TABLE consent_event_v5 (
    seq           INTEGER PRIMARY KEY,
    id            TEXT NOT NULL UNIQUE,
    client_id     TEXT,
    channel       TEXT NOT NULL CHECK (channel IN ('email', 'sms', 'platform', 'health')),
    purpose       TEXT NOT NULL CHECK (purpose IN ('email_marketing', 'sms_marketing', 'platform_newsletter',
                                                   'health_data')),
    decision      TEXT NOT NULL CHECK (decision IN ('granted', 'refused', 'withdrawn')),
    occurred_at   TEXT NOT NULL,
    timezone      TEXT NOT NULL,
    recorded_at   TEXT NOT NULL,
    method        TEXT NOT NULL CHECK (method IN ('desk', 'phone', 'paper', 'online', 'marketplace', 'link',
                                                  'sms_stop', 'import', 'request', 'email', 'letter')),
    recorded_by   TEXT,
    source        TEXT,
    text_id       TEXT REFERENCES consent_text(id),
    text_version  INTEGER,
    text_sha256   TEXT,
    evidence      TEXT,
    device_id     TEXT NOT NULL,
    device_order  INTEGER NOT NULL,
    observed_seq  INTEGER NOT NULL DEFAULT 0,
    server_seq    INTEGER,
    salt          TEXT,
    commitments   TEXT NOT NULL DEFAULT '{}',
    prev_hash     TEXT NOT NULL,
    hash          TEXT NOT NULL
);
INSERT INTO consent_event_v5 (seq, id, client_id, channel, purpose, decision, occurred_at, timezone, recorded_at,
                              method, recorded_by, source, text_id, text_version, text_sha256, evidence, device_id,
                              device_order, observed_seq, prev_hash, hash)
    SELECT seq, id, client_id, channel, purpose, decision, occurred_at, timezone, recorded_at, method, recorded_by,
           source, text_id, text_version, text_sha256, evidence, device_id, device_order, observed_seq, prev_hash,
           hash FROM consent_event;
DROP TABLE consent_event;
ALTER TABLE consent_event_v5 RENAME TO consent_event;
CREATE INDEX consent_event_by_client ON consent_event(client_id, channel, seq);
CREATE INDEX consent_event_by_time ON consent_event(occurred_at);
CREATE UNIQUE INDEX consent_event_by_device ON consent_event(device_id, device_order);

-- One row per ledger: its last seq and hash, MACed; moved in the same transaction as every append.
CREATE TABLE chain_head (
    chain  TEXT PRIMARY KEY,
    seq    INTEGER NOT NULL,
    hash   TEXT NOT NULL,
    mac    TEXT NOT NULL
) WITHOUT ROWID;

-- Where a ledger was pruned: the last deleted row's seq and hash, when, how many rows, MACed.
CREATE TABLE chain_checkpoint (
    chain   TEXT NOT NULL,
    seq     INTEGER NOT NULL,
    hash    TEXT NOT NULL,
    at      TEXT NOT NULL,
    pruned  INTEGER NOT NULL,
    mac     TEXT NOT NULL,
    PRIMARY KEY (chain, seq)
) WITHOUT ROWID;
"""

# Every column is named: an UPDATE passes only as an erasure (the personal fields and the salt cleared, nothing
# else touched) or, for a consent event, as sync recording the server's seq once.
GUARDS = """
CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
WHEN NOT (NEW.object_id IS NULL AND NEW.salt IS NULL
          AND NEW.seq IS OLD.seq AND NEW.at IS OLD.at AND NEW.staff_id IS OLD.staff_id AND NEW.action IS OLD.action
          AND NEW.object_type IS OLD.object_type AND NEW.details IS OLD.details
          AND NEW.commitments IS OLD.commitments AND NEW.prev_hash IS OLD.prev_hash AND NEW.hash IS OLD.hash)
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
WHEN OLD.seq > coalesce((SELECT max(seq) FROM chain_checkpoint WHERE chain = 'audit'), 0)
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only: only rows behind a checkpoint are pruned'); END;

CREATE TRIGGER consent_event_no_update BEFORE UPDATE ON consent_event
WHEN NOT (NEW.seq IS OLD.seq AND NEW.id IS OLD.id AND NEW.channel IS OLD.channel AND NEW.purpose IS OLD.purpose
          AND NEW.decision IS OLD.decision AND NEW.occurred_at IS OLD.occurred_at AND NEW.timezone IS OLD.timezone
          AND NEW.recorded_at IS OLD.recorded_at AND NEW.method IS OLD.method AND NEW.recorded_by IS OLD.recorded_by
          AND NEW.text_id IS OLD.text_id AND NEW.text_version IS OLD.text_version
          AND NEW.text_sha256 IS OLD.text_sha256 AND NEW.device_id IS OLD.device_id
          AND NEW.device_order IS OLD.device_order AND NEW.observed_seq IS OLD.observed_seq
          AND NEW.commitments IS OLD.commitments AND NEW.prev_hash IS OLD.prev_hash AND NEW.hash IS OLD.hash
          AND ((NEW.client_id IS NULL AND NEW.source IS NULL AND NEW.evidence IS NULL AND NEW.salt IS NULL
                AND NEW.server_seq IS OLD.server_seq)
               OR (OLD.server_seq IS NULL AND NEW.client_id IS OLD.client_id AND NEW.source IS OLD.source
                   AND NEW.evidence IS OLD.evidence AND NEW.salt IS OLD.salt)))
BEGIN SELECT RAISE(ABORT, 'the consent ledger is append-only'); END;
CREATE TRIGGER consent_event_no_delete BEFORE DELETE ON consent_event
BEGIN SELECT RAISE(ABORT, 'the consent ledger is append-only'); END;

CREATE TRIGGER chain_head_no_delete BEFORE DELETE ON chain_head
BEGIN SELECT RAISE(ABORT, 'a ledger head is never removed'); END;
CREATE TRIGGER chain_head_no_rewind BEFORE UPDATE ON chain_head
WHEN NEW.chain IS NOT OLD.chain OR NEW.seq <= OLD.seq
BEGIN SELECT RAISE(ABORT, 'a ledger head only moves forward'); END;
CREATE TRIGGER chain_checkpoint_no_update BEFORE UPDATE ON chain_checkpoint
BEGIN SELECT RAISE(ABORT, 'checkpoints are kept as written'); END;
CREATE TRIGGER chain_checkpoint_no_delete BEFORE DELETE ON chain_checkpoint
BEGIN SELECT RAISE(ABORT, 'checkpoints are kept as written'); END;
"""


def _old_digest(prev_hash: str, values: list) -> str:
    body = json.dumps(values, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256((prev_hash + body).encode("utf-8")).hexdigest()


def _old_head(conn, ledger: chain.Chain, columns: tuple[str, ...], hashed) -> tuple[int, str]:
    """The schema-4 chain's last (seq, hash), or an error naming the first row that does not hold."""
    prev, expected = OLD_GENESIS, 1
    for values in conn.execute(f"SELECT {', '.join(columns)}, prev_hash, hash FROM {ledger.table} ORDER BY seq"):
        row = dict(zip((*columns, "prev_hash", "hash"), values))
        if row["seq"] != expected or row["prev_hash"] != prev or _old_digest(prev, hashed(row)) != row["hash"]:
            raise StorageError(QT_TRANSLATE_NOOP(
                "Messages", "The upgrade stopped: the {ledger} fails its check at row {seq}, and re-sealing it would "
                "hide that. Nothing was changed; restore a backup or keep using the previous version."),
                ledger=Term(ledger.title), seq=row["seq"])
        prev, expected = row["hash"], row["seq"] + 1
    return expected - 1, prev


def upgrade(conn) -> None:
    old = {
        "audit": _old_head(conn, audit.CHAIN, OLD_AUDIT, lambda row: [row[c] for c in OLD_AUDIT]),
        "consent_event": _old_head(conn, consent.CHAIN, ("seq", *OLD_EVENT), lambda row: [row[c] for c in OLD_EVENT]),
    }
    for statement in migrate.statements(SCHEMA):
        conn.execute(statement)
    for ledger in (audit.CHAIN, consent.CHAIN):
        chain.rehash(conn, ledger)
    for statement in migrate.statements(GUARDS):
        conn.execute(statement)
    if any(seq for seq, _ in old.values()):
        audit.append(conn, "chains_reanchored", details={
            "schema": 5, "by": "migration",
            **{f"{table}_rows": seq for table, (seq, _) in old.items()},
            **{f"{table}_old_head": digest for table, (_, digest) in old.items()}})
