-- Schema 2: the consent register.
-- consent_text: every wording ever shown, immutable, with its hash. Editing creates a new version.
-- consent_event: append-only ledger, one row per decision and channel, hash-chained.
-- consent_status: the current status per channel, derived from the ledger.
-- consent_prompt: "ask later" answers, so the desk is not nagged about the same client.

CREATE TABLE consent_text (
    id          TEXT PRIMARY KEY,
    purpose     TEXT NOT NULL CHECK (purpose IN ('email_marketing', 'sms_marketing', 'platform_newsletter',
                                                 'health_data')),
    language    TEXT NOT NULL,
    version     INTEGER NOT NULL CHECK (version > 0),
    body        TEXT NOT NULL,
    sha256      TEXT NOT NULL,
    owner       TEXT NOT NULL CHECK (owner IN ('salon', 'platform')),
    created_at  TEXT NOT NULL,
    created_by  TEXT,
    UNIQUE (purpose, language, version)
);
CREATE TRIGGER consent_text_no_update BEFORE UPDATE ON consent_text
BEGIN SELECT RAISE(ABORT, 'consent texts are immutable: create a new version'); END;
CREATE TRIGGER consent_text_no_delete BEFORE DELETE ON consent_text
BEGIN SELECT RAISE(ABORT, 'consent texts are immutable: create a new version'); END;

CREATE TABLE consent_event (
    seq           INTEGER PRIMARY KEY,
    id            TEXT NOT NULL UNIQUE,
    client_id     TEXT NOT NULL,
    channel       TEXT NOT NULL CHECK (channel IN ('email', 'sms', 'platform', 'health')),
    purpose       TEXT NOT NULL CHECK (purpose IN ('email_marketing', 'sms_marketing', 'platform_newsletter',
                                                   'health_data')),
    decision      TEXT NOT NULL CHECK (decision IN ('granted', 'refused', 'withdrawn')),
    occurred_at   TEXT NOT NULL,
    timezone      TEXT NOT NULL,
    recorded_at   TEXT NOT NULL,
    method        TEXT NOT NULL CHECK (method IN ('desk', 'phone', 'paper', 'online', 'marketplace', 'link',
                                                  'sms_stop', 'import')),
    recorded_by   TEXT,
    source        TEXT,
    text_id       TEXT REFERENCES consent_text(id),
    text_version  INTEGER,
    text_sha256   TEXT,
    evidence      TEXT,
    device_id     TEXT NOT NULL,
    device_order  INTEGER NOT NULL,
    observed_seq  INTEGER NOT NULL DEFAULT 0,
    prev_hash     TEXT NOT NULL,
    hash          TEXT NOT NULL
);
CREATE INDEX consent_event_by_client ON consent_event(client_id, channel, seq);
CREATE INDEX consent_event_by_time ON consent_event(occurred_at);
CREATE UNIQUE INDEX consent_event_by_device ON consent_event(device_id, device_order);
CREATE TRIGGER consent_event_no_update BEFORE UPDATE ON consent_event
BEGIN SELECT RAISE(ABORT, 'the consent ledger is append-only'); END;
CREATE TRIGGER consent_event_no_delete BEFORE DELETE ON consent_event
BEGIN SELECT RAISE(ABORT, 'the consent ledger is append-only'); END;

-- Current status per client and channel: derived from the ledger by desktop.consent.fold() in the same
-- transaction as each event, so audiences and registers need no replay. verify checks it against the ledger.
CREATE TABLE consent_status (
    client_id     TEXT NOT NULL,
    channel       TEXT NOT NULL,
    status        TEXT NOT NULL,
    since         TEXT,
    method        TEXT,
    text_version  INTEGER,
    text_sha256   TEXT,
    event_id      TEXT,
    PRIMARY KEY (client_id, channel)
) WITHOUT ROWID;
CREATE INDEX consent_status_by_channel ON consent_status(channel, status);

CREATE TABLE consent_prompt (
    id          TEXT PRIMARY KEY,
    client_id   TEXT NOT NULL,
    answer      TEXT NOT NULL CHECK (answer IN ('later')),
    at          TEXT NOT NULL,
    staff_id    TEXT
);
CREATE INDEX consent_prompt_by_client ON consent_prompt(client_id, at);
