-- Schema 7: client-file imports. A report per committed import (the file's name and SHA-256, never its
-- content) and one line per row of the file: what became of it and why. No card number, no note, no contact
-- detail: row numbers, outcomes and reason codes. This PC's own bookkeeping (not synced).
CREATE TABLE import_report (
    id             TEXT PRIMARY KEY,
    file_name      TEXT NOT NULL,
    file_sha256    TEXT NOT NULL,
    file_size      INTEGER NOT NULL,
    file_format    TEXT NOT NULL,     -- how it was read: "csv utf-8-sig ;" or "xlsx Clients"
    rows           INTEGER NOT NULL,
    imported       INTEGER NOT NULL,
    merged         INTEGER NOT NULL,
    unchanged      INTEGER NOT NULL,
    skipped        INTEGER NOT NULL,
    consent_events INTEGER NOT NULL,
    attestations   TEXT NOT NULL,     -- JSON: per channel, how and when consent was obtained, the text version
    mapping        TEXT NOT NULL,     -- JSON: column header -> field
    created_at     TEXT NOT NULL,
    created_by     TEXT
);
CREATE INDEX import_report_by_hash ON import_report(file_sha256);

CREATE TABLE import_row (
    report_id   TEXT NOT NULL REFERENCES import_report(id),
    row         INTEGER NOT NULL,  -- as a spreadsheet shows it: the header is row 1
    outcome     TEXT NOT NULL CHECK (outcome IN ('imported', 'merged', 'unchanged', 'skipped')),
    reason      TEXT,              -- a code, never a value from the file
    notes       TEXT,              -- what happened to the row's notes: a code (card_dropped, health_held, ...)
    consent     INTEGER NOT NULL DEFAULT 0,  -- consent events created for this row
    client_id   TEXT,              -- cleared when the client is erased
    PRIMARY KEY (report_id, row)
);
CREATE INDEX import_row_by_client ON import_row(client_id);
