-- Schema 4: the core seam.
-- An appointment can outlive an erased client: it stays, detached (client_id NULL), for the salon's statistics.
-- Per-staff settings are keyed by staff id, not login (a login can be renamed; an id never is).
CREATE TABLE appointment_v4 (
    id          TEXT PRIMARY KEY,
    client_id   TEXT REFERENCES client(id),
    staff_id    TEXT NOT NULL REFERENCES staff(id),
    service_id  TEXT NOT NULL REFERENCES service(id),
    starts_at   TEXT NOT NULL,
    ends_at     TEXT NOT NULL,
    status      TEXT NOT NULL DEFAULT 'booked' CHECK (status IN ('booked', 'done', 'cancelled', 'no_show')),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    CHECK (ends_at > starts_at)
);
INSERT INTO appointment_v4 (id, client_id, staff_id, service_id, starts_at, ends_at, status, created_at, updated_at)
    SELECT id, client_id, staff_id, service_id, starts_at, ends_at, status, created_at, updated_at FROM appointment;
DROP TABLE appointment;
ALTER TABLE appointment_v4 RENAME TO appointment;
CREATE INDEX appointment_by_client ON appointment(client_id, starts_at);
CREATE INDEX appointment_by_start ON appointment(starts_at);

UPDATE setting
   SET key = 'working_hours.' || (SELECT s.id FROM staff s WHERE s.login = substr(setting.key, 15) COLLATE NOCASE)
 WHERE key LIKE 'working_hours.%'
   AND EXISTS (SELECT 1 FROM staff s WHERE s.login = substr(setting.key, 15) COLLATE NOCASE);
