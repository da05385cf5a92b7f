-- Schema 3: health data (GDPR Art. 9) kept apart from ordinary notes, behind its own consent and role gate.
CREATE TABLE health_note (
    client_id      TEXT PRIMARY KEY REFERENCES client(id),
    note           TEXT NOT NULL DEFAULT '',
    allergy_alert  INTEGER NOT NULL DEFAULT 0,
    updated_at     TEXT NOT NULL,
    updated_by     TEXT
);

CREATE TABLE patch_test (
    id           TEXT PRIMARY KEY,
    client_id    TEXT NOT NULL REFERENCES client(id),
    tested_on    TEXT NOT NULL,
    product      TEXT NOT NULL,
    result       TEXT NOT NULL CHECK (result IN ('negative', 'positive', 'doubtful')),
    staff_id     TEXT,
    valid_until  TEXT NOT NULL,
    created_at   TEXT NOT NULL
);
CREATE INDEX patch_test_by_client ON patch_test(client_id, tested_on);

-- Every staff member reads their GDPR responsibilities at first sign-in; the acknowledgement is kept.
CREATE TABLE staff_acknowledgement (
    staff_id     TEXT NOT NULL REFERENCES staff(id),
    version      INTEGER NOT NULL,
    at           TEXT NOT NULL,
    PRIMARY KEY (staff_id, version)
) WITHOUT ROWID;
