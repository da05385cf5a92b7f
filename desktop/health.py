"""Health information and patch tests (GDPR Art. 9): apart from ordinary notes, behind the client's explicit
consent (its own text and ledger event) and a role gate. Roles without it see only "allergy alert: yes"."""
from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from desktop import notes_guard
from desktop.consent import fold
from desktop.desk import Service, requires
from desktop.permissions import Perm
from storage import consent as ledger, timeutil
from storage.errors import QT_TRANSLATE_NOOP, InputError

PATCH_TEST_VALID_MONTHS = 6
RETENTION_KEY, RETENTION_DEFAULT_MONTHS = "health_retention_months", 24
RESULTS = ("negative", "positive", "doubtful")
NO_CONSENT = QT_TRANSLATE_NOOP(
    "Messages", "Ask the client for explicit consent to keep health information first (Health & patch tests).")


def add_months(day: date, months: int) -> date:
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    for last in (31, 30, 29, 28):
        try:
            return date(year, month, min(day.day, last))
        except ValueError:
            continue
    raise ValueError(day)


def erase_health_data(uow, client_id: str) -> None:
    """On withdrawal of the health consent (and, later, erasure): the data goes, the proof of consent stays."""
    uow.execute("DELETE FROM health_note WHERE client_id = ?", (client_id,))
    uow.execute("DELETE FROM patch_test WHERE client_id = ?", (client_id,))


class HealthService(Service):
    def _consented(self, client_id: str) -> bool:
        return fold("health", ledger.events(self.conn, client_ids=[client_id], channel="health")).status == "granted"

    @requires(Perm.CLIENT_READ)
    def summary(self, client_id: str, *, on: date | None = None) -> dict[str, Any]:
        """What every role may know: is there an allergy alert, and is a patch test valid on that day."""
        row = self.conn.execute("SELECT allergy_alert FROM health_note WHERE client_id = ?", (client_id,)).fetchone()
        on = on or timeutil.now().date()
        valid = self.conn.execute(
            "SELECT max(valid_until) FROM patch_test WHERE client_id = ? AND result = 'negative'",
            (client_id,)).fetchone()[0]
        return {"allergy_alert": bool(row and row[0]), "consent": self._consented(client_id),
                "patch_test_valid_until": valid if valid and valid >= on.isoformat() else None,
                "patch_test_expired_on": valid if valid and valid < on.isoformat() else None}

    @requires(Perm.HEALTH)
    def details(self, client_id: str) -> dict[str, Any]:
        row = self.conn.execute("SELECT note, allergy_alert, updated_at FROM health_note WHERE client_id = ?",
                                (client_id,)).fetchone()
        tests = [dict(zip(("id", "tested_on", "product", "result", "staff_id", "valid_until"), r)) for r in
                 self.conn.execute("SELECT id, tested_on, product, result, staff_id, valid_until FROM patch_test "
                                   "WHERE client_id = ? ORDER BY tested_on DESC", (client_id,))]
        with self.desk.store.unit_of_work() as uow:
            self.desk.log(uow, "health_viewed", "client", client_id)
        return {"note": row[0] if row else "", "allergy_alert": bool(row and row[1]),
                "updated_at": row[2] if row else None, "patch_tests": tests, "consent": self._consented(client_id)}

    @requires(Perm.HEALTH, reauth=True)
    def save_note(self, client_id: str, note: str, allergy_alert: bool) -> None:
        if not self._consented(client_id):
            raise InputError(NO_CONSENT)
        notes_guard.check_notes(note)
        if len(note or "") > 5000:
            raise InputError(QT_TRANSLATE_NOOP("Messages", "Health notes are limited to 5,000 characters."))
        stamp = timeutil.iso(timeutil.now())
        with self.desk.store.unit_of_work() as uow:
            uow.execute("INSERT INTO health_note (client_id, note, allergy_alert, updated_at, updated_by) "
                        "VALUES (?, ?, ?, ?, ?) ON CONFLICT(client_id) DO UPDATE SET note = excluded.note, "
                        "allergy_alert = excluded.allergy_alert, updated_at = excluded.updated_at, "
                        "updated_by = excluded.updated_by",
                        (client_id, note or "", int(bool(allergy_alert)), stamp, self.desk.session.staff_id))
            self.desk.log(uow, "health_note_saved", "client", client_id)

    @requires(Perm.SETTINGS)
    def purge_expired(self, *, now: date | None = None) -> dict[str, int]:
        """Health data's own retention: patch tests older than the retention period, and health notes of clients
        not seen (no appointment, no update) within it, are deleted. The owner runs it (scheduling comes later)."""
        months = int(self.desk.settings.values().get(RETENTION_KEY) or RETENTION_DEFAULT_MONTHS)
        cutoff = add_months(now or timeutil.now().date(), -months).isoformat()
        with self.desk.store.unit_of_work() as uow:
            tests = uow.execute("DELETE FROM patch_test WHERE tested_on < ?", (cutoff,)).rowcount
            notes = uow.execute(
                "DELETE FROM health_note WHERE updated_at < ? AND client_id NOT IN "
                "(SELECT client_id FROM appointment WHERE starts_at >= ?)", (cutoff, cutoff)).rowcount
            self.desk.log(uow, "health_purged", patch_tests=tests, notes=notes, months=months)
        return {"patch_tests": tests, "notes": notes}

    @requires(Perm.HEALTH)
    def add_patch_test(self, client_id: str, tested_on: date, product: str, result: str,
                       valid_months: int = PATCH_TEST_VALID_MONTHS) -> str:
        if not self._consented(client_id):
            raise InputError(NO_CONSENT)
        product = " ".join((product or "").split())
        if not product or result not in RESULTS or not 1 <= int(valid_months) <= 24:
            raise InputError(QT_TRANSLATE_NOOP(
                "Messages", "A patch test needs the product, a result (negative, positive or doubtful) and a "
                "validity of 1 to 24 months."))
        if tested_on > timeutil.now().date():
            raise InputError(QT_TRANSLATE_NOOP("Messages", "A patch test cannot be dated in the future."))
        test_id = str(uuid.uuid4())
        with self.desk.store.unit_of_work() as uow:
            uow.execute("INSERT INTO patch_test (id, client_id, tested_on, product, result, staff_id, valid_until, "
                        "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                        (test_id, client_id, tested_on.isoformat(), product, result, self.desk.session.staff_id,
                         add_months(tested_on, int(valid_months)).isoformat(), timeutil.iso(timeutil.now())))
            if result != "negative":
                uow.execute("INSERT INTO health_note (client_id, allergy_alert, updated_at, updated_by) "
                            "VALUES (?, 1, ?, ?) ON CONFLICT(client_id) DO UPDATE SET allergy_alert = 1",
                            (client_id, timeutil.iso(timeutil.now()), self.desk.session.staff_id))
            self.desk.log(uow, "patch_test_added", "client", client_id, result=result)
        return test_id
