-- Schema 10: a front desk a salon can run its day on.
-- Services: a category, an optional processing time (the client waits while a colour develops; it is part of
-- the appointment's length) and a colour for the book. Archiving is active = 0: past appointments keep it.
ALTER TABLE service ADD COLUMN category TEXT NOT NULL DEFAULT '';
ALTER TABLE service ADD COLUMN processing_minutes INTEGER NOT NULL DEFAULT 0 CHECK (processing_minutes >= 0);
ALTER TABLE service ADD COLUMN colour TEXT NOT NULL DEFAULT '';

-- A short note on an appointment (the notes guard applies, as for client notes).
ALTER TABLE appointment ADD COLUMN note TEXT;  -- NULL: none (erasure clears it with the client link)

-- Exceptional closures of the salon (staff_id NULL) and staff absences (holiday, sick leave, training).
-- Whole days first_day..last_day in the salon's calendar, or part of one day (start_minute..end_minute).
-- Opening hours and weekly schedules are settings (desktop/booking/hours.py); public holidays are computed.
CREATE TABLE time_off (
    id            TEXT PRIMARY KEY,
    staff_id      TEXT REFERENCES staff(id),
    kind          TEXT NOT NULL CHECK (kind IN ('closure', 'holiday', 'sick', 'training', 'other')),
    first_day     TEXT NOT NULL,
    last_day      TEXT NOT NULL,
    start_minute  INTEGER,
    end_minute    INTEGER,
    label         TEXT NOT NULL DEFAULT '',  -- a closure's reason ("Travaux"); never filled for a person
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    CHECK (last_day >= first_day),
    CHECK ((staff_id IS NULL) = (kind = 'closure')),
    CHECK ((start_minute IS NULL) = (end_minute IS NULL)),
    CHECK (start_minute IS NULL OR (first_day = last_day AND start_minute >= 0 AND end_minute > start_minute
                                    AND end_minute <= 1440))
);
CREATE INDEX time_off_by_day ON time_off(last_day, first_day);
