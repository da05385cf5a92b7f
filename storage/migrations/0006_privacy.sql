-- Schema 6: data-subject requests (GDPR Art. 12 to 21): the register with its legal clock, the documents
-- produced (by hash), the recipients told (Art. 19), and erasures. Erasure records and suppression entries
-- hold no readable personal data and are never deleted.
CREATE TABLE privacy_request (
    id                TEXT PRIMARY KEY,
    client_id         TEXT NOT NULL,  -- kept after an erasure: a random id then linked to no one
    kind              TEXT NOT NULL CHECK (kind IN ('access', 'portability', 'erasure', 'rectification',
                                                    'restriction', 'objection')),
    received_on       TEXT NOT NULL,  -- YYYY-MM-DD, the salon's calendar
    channel           TEXT NOT NULL CHECK (channel IN ('desk', 'phone', 'email', 'letter', 'platform')),
    due_on            TEXT NOT NULL,
    extended_due_on   TEXT,
    extension_reason  TEXT,
    extended_at       TEXT,
    identity_note     TEXT,           -- only when there was reasonable doubt about who asked
    status            TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
    outcome           TEXT,
    received_by       TEXT,
    handled_by        TEXT,
    closed_on         TEXT,
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL
);
CREATE INDEX privacy_request_by_client ON privacy_request(client_id, received_on);
CREATE INDEX privacy_request_by_due ON privacy_request(status, due_on);

CREATE TABLE privacy_document (
    id           TEXT PRIMARY KEY,
    request_id   TEXT REFERENCES privacy_request(id),
    client_id    TEXT NOT NULL,
    kind         TEXT NOT NULL CHECK (kind IN ('access_report', 'portability', 'erasure_certificate')),
    fingerprint  TEXT NOT NULL,   -- printed on every page of the document
    sha256       TEXT NOT NULL,   -- of the file written
    language     TEXT,
    created_at   TEXT NOT NULL,
    created_by   TEXT
);
CREATE INDEX privacy_document_by_request ON privacy_document(request_id);

CREATE TABLE privacy_notice (
    id          TEXT PRIMARY KEY,
    request_id  TEXT NOT NULL REFERENCES privacy_request(id),
    recipient   TEXT NOT NULL CHECK (recipient IN ('cloud', 'platform')),
    told_at     TEXT,
    created_at  TEXT NOT NULL,
    UNIQUE (request_id, recipient)
);

CREATE TABLE erasure (
    id          TEXT PRIMARY KEY,
    client_id   TEXT NOT NULL UNIQUE,
    request_id  TEXT,
    erased_at   TEXT NOT NULL,
    erased_by   TEXT,
    summary     TEXT NOT NULL     -- counts per table: what was erased, detached, redacted or kept
);

CREATE TABLE suppression (
    id          TEXT PRIMARY KEY,
    kind        TEXT NOT NULL CHECK (kind IN ('email', 'phone')),
    digest      TEXT NOT NULL,    -- HMAC-SHA256 of the normalised address under the salon's suppression key
    erasure_id  TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    UNIQUE (kind, digest)
);

-- Art. 18: a restricted client is left out of marketing and edited only against the restricting request.
ALTER TABLE client ADD COLUMN restricted_by TEXT;

-- Erasure redacts the pending outbox copies of each erased row: find them without reading the whole outbox.
CREATE INDEX outbox_by_entity ON outbox(entity, entity_id);
