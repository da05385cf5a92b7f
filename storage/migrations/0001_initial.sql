-- Schema 1: salon, staff, clients, services, appointments, settings,
-- the audit log, and the sync bookkeeping (device clock, outbox, field clocks, tombstones).
-- Ids are UUID strings minted by the device that creates the row and never reused.
-- There is deliberately no payment table: see README ("Out of scope").

CREATE TABLE salon (
    id          TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    address     TEXT NOT NULL DEFAULT '',
    phone       TEXT,
    email       TEXT,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);

CREATE TABLE staff (
    id                    TEXT PRIMARY KEY,
    login                 TEXT NOT NULL UNIQUE COLLATE NOCASE,
    display_name          TEXT NOT NULL DEFAULT '',
    role                  TEXT NOT NULL CHECK (role IN ('owner', 'manager', 'employee')),
    password_hash         TEXT NOT NULL,
    must_change_password  INTEGER NOT NULL DEFAULT 0,
    active                INTEGER NOT NULL DEFAULT 1,
    session_epoch         INTEGER NOT NULL DEFAULT 0,
    created_at            TEXT NOT NULL,
    updated_at            TEXT NOT NULL
);

-- Failed-login counters are local to this PC and never synced.
CREATE TABLE login_throttle (
    staff_id         TEXT PRIMARY KEY REFERENCES staff(id),
    failures         INTEGER NOT NULL DEFAULT 0,
    last_failure_at  TEXT,
    locked_until     TEXT
);

CREATE TABLE client (
    rowid       INTEGER PRIMARY KEY,
    id          TEXT NOT NULL UNIQUE,
    first_name  TEXT NOT NULL,
    last_name   TEXT NOT NULL,
    email       TEXT,
    phone       TEXT,
    birth_date  TEXT,
    notes       TEXT NOT NULL DEFAULT '',
    source      TEXT NOT NULL CHECK (source IN ('direct', 'widget', 'marketplace', 'import')),
    sort_key    TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
CREATE INDEX client_by_sort_key ON client(sort_key);

-- Search tokens only (no content copy); rowid = client.rowid.
CREATE VIRTUAL TABLE client_search USING fts5(
    name, contact,
    content = '', contentless_delete = 1,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '1 2 3'
);

CREATE TABLE service (
    id           TEXT PRIMARY KEY,
    name         TEXT NOT NULL UNIQUE COLLATE NOCASE,
    minutes      INTEGER NOT NULL CHECK (minutes > 0),
    price_cents  INTEGER CHECK (price_cents IS NULL OR price_cents >= 0),
    active       INTEGER NOT NULL DEFAULT 1,
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL
);

CREATE TABLE appointment (
    id          TEXT PRIMARY KEY,
    client_id   TEXT NOT NULL REFERENCES client(id),
    staff_id    TEXT NOT NULL REFERENCES staff(id),
    service_id  TEXT NOT NULL REFERENCES service(id),
    starts_at   TEXT NOT NULL,
    ends_at     TEXT NOT NULL,
    status      TEXT NOT NULL DEFAULT 'booked' CHECK (status IN ('booked', 'done', 'cancelled', 'no_show')),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    CHECK (ends_at > starts_at)
);
CREATE INDEX appointment_by_client ON appointment(client_id, starts_at);
CREATE INDEX appointment_by_start ON appointment(starts_at);

CREATE TABLE setting (
    key         TEXT PRIMARY KEY,
    value       TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);

-- Append-only, hash-chained staff-action log. Holds record ids, never client contact data.
CREATE TABLE audit (
    seq          INTEGER PRIMARY KEY,
    at           TEXT NOT NULL,
    staff_id     TEXT,
    action       TEXT NOT NULL,
    object_type  TEXT,
    object_id    TEXT,
    details      TEXT NOT NULL DEFAULT '{}',
    prev_hash    TEXT NOT NULL,
    hash         TEXT NOT NULL
);
CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;

-- This PC's identity and hybrid logical clock (one row).
CREATE TABLE device (
    id          TEXT PRIMARY KEY,
    last_hlc    TEXT NOT NULL DEFAULT '',
    device_seq  INTEGER NOT NULL DEFAULT 0
);

-- Change log written in the same transaction as each domain write (see shared/design/sync-protocol.md).
CREATE TABLE outbox (
    mutation_id  TEXT PRIMARY KEY,
    device_seq   INTEGER NOT NULL UNIQUE,
    entity       TEXT NOT NULL,
    entity_id    TEXT NOT NULL,
    op           TEXT NOT NULL CHECK (op IN ('upsert', 'delete', 'append', 'erase')),
    fields       TEXT NOT NULL,
    hlc          TEXT NOT NULL,
    attempts     INTEGER NOT NULL DEFAULT 0,
    last_error   TEXT,
    state        TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'sent'))
);

CREATE TABLE field_clock (
    entity     TEXT NOT NULL,
    entity_id  TEXT NOT NULL,
    field      TEXT NOT NULL,
    hlc        TEXT NOT NULL,
    PRIMARY KEY (entity, entity_id, field)
) WITHOUT ROWID;

CREATE TABLE tombstone (
    entity     TEXT NOT NULL,
    entity_id  TEXT NOT NULL,
    kind       TEXT NOT NULL CHECK (kind IN ('deleted', 'erased')),
    at         TEXT NOT NULL,
    PRIMARY KEY (entity, entity_id)
) WITHOUT ROWID;
