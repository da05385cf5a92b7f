"""Health information and patch tests (GDPR Art. 9): apart from ordinary notes, behind the client's explicit
consent (its own text and ledger event) and a role gate. Roles without it see only "allergy alert: yes"."""
from __future__ import annotations

from datetime import date
from typing import Any

from desktop.clients import notes_guard
from desktop.consent.rules import fold
from desktop.kernel.operation import Service, requires
from desktop.kernel.permissions import Perm
from storage import consent as ledger, ids, timeutil
from storage.timeutil import add_months
from desktop.settings import HEALTH_RETENTION_MONTHS
from storage.errors import QT_TRANSLATE_NOOP, InputError

RESULTS = ("negative", "positive", "doubtful")
NO_CONSENT = QT_TRANSLATE_NOOP(
    "Messages", "Ask the client for explicit consent to keep health information first (Health & patch tests).")


class HealthService(Service):
    def _consented(self, client_id: str) -> bool:
        return fold("health", ledger.events(self._db, client_ids=[client_id], channel="health")).status == "granted"

    @requires(Perm.CONSENT_RECORD)
    def erase_health_data(self, uow, client_id: str) -> None:
        """Inside the withdrawal of the health consent (or an erasure): the data goes, the proof of consent
        stays. Called by the consent service within its own unit of work, never on its own. Whoever may
        withdraw a consent (any role, one click) may make its data go, hence the withdrawal's permission."""
        for (test_id,) in uow.execute("SELECT id FROM patch_test WHERE client_id = ?", (client_id,)).fetchall():
            uow.erase("patch_test", test_id)  # erase, not delete: pending outbox copies lose their values too
        if uow.execute("SELECT 1 FROM health_note WHERE client_id = ?", (client_id,)).fetchone():
            uow.erase("health_note", client_id)

    @requires(Perm.CLIENT_READ)
    def summary(self, client_id: str, *, on: date | None = None) -> dict[str, Any]:
        """What every role may know: is there an allergy alert, and the last patch test without reaction (its day
        and product) with whether it still counts for that product (the owner sets each product's validity;
        0 months: a test before every colouring)."""
        row = self._db.execute("SELECT allergy_alert FROM health_note WHERE client_id = ?", (client_id,)).fetchone()
        on = on or timeutil.now().date()
        last = self._db.execute("SELECT tested_on, product FROM patch_test WHERE client_id = ? AND result = 'negative' "
                                "ORDER BY tested_on DESC, created_at DESC LIMIT 1", (client_id,)).fetchone()
        test = None
        if last:
            months = self.desk.settings.patch_test_months(last[1])
            until = add_months(date.fromisoformat(last[0]), months) if months else None
            test = {"tested_on": last[0], "product": last[1], "months": months,
                    "counts_until": until.isoformat() if until else None,
                    "due": until is None or until < on}
        return {"allergy_alert": bool(row and row[0]), "consent": self._consented(client_id), "last_test": test}

    @requires(Perm.HEALTH)
    def details(self, client_id: str) -> dict[str, Any]:
        row = self._db.execute("SELECT note, allergy_alert, updated_at FROM health_note WHERE client_id = ?",
                                (client_id,)).fetchone()
        tests = [dict(zip(("id", "tested_on", "product", "result", "staff_id", "valid_until"), r)) for r in
                 self._db.execute("SELECT id, tested_on, product, result, staff_id, valid_until FROM patch_test "
                                   "WHERE client_id = ? ORDER BY tested_on DESC", (client_id,))]
        with self.unit_of_work() as uow:
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
        with self.unit_of_work() as uow:
            uow.upsert("health_note", {"client_id": client_id, "note": note or "",
                                       "allergy_alert": int(bool(allergy_alert)), "updated_at": stamp,
                                       "updated_by": self.desk.principal.staff_id})
            self.desk.log(uow, "health_note_saved", "client", client_id)

    @requires(Perm.HEALTH, reauth=True)
    def add_to_note(self, client_id: str, text: str, *, allergy_alert: bool = False) -> bool:
        """Add to the client's health note (an import's note held back from the ordinary notes): only with the
        client's explicit consent on record, and within the note's limits (save_note's rules). False when it cannot
        go there."""
        row = self._db.execute("SELECT note, allergy_alert FROM health_note WHERE client_id = ?",
                               (client_id,)).fetchone()
        if row and text.strip() in (row[0] or ""):
            return True  # already there (the same file imported again)
        try:
            self.save_note(client_id, f"{row[0]}\n{text}" if row and row[0] else text,
                           bool(row and row[1]) or allergy_alert)
        except InputError:  # no consent, too long once added, or a card security code: it stays out
            return False
        return True

    @requires(Perm.RETENTION)
    def purge_expired(self, *, now: date | None = None) -> dict[str, int]:
        """Health data's own retention: patch tests older than the retention period, and health notes of clients
        not seen (no appointment, no update) within it, are deleted. The owner, or a scheduled job as the system principal, runs it."""
        months = self.desk.settings.get(HEALTH_RETENTION_MONTHS)
        cutoff = add_months(now or timeutil.now().date(), -months).isoformat()
        with self.unit_of_work() as uow:
            tests = [r[0] for r in uow.execute("SELECT id FROM patch_test WHERE tested_on < ?", (cutoff,))]
            notes = [r[0] for r in uow.execute(
                "SELECT client_id FROM health_note WHERE updated_at < ? AND client_id NOT IN "
                "(SELECT client_id FROM appointment WHERE starts_at >= ? AND client_id IS NOT NULL)",
                (cutoff, cutoff))]
            for test_id in tests:
                uow.delete("patch_test", test_id)
            for client_id in notes:
                uow.delete("health_note", client_id)
            self.desk.log(uow, "health_purged", patch_tests=len(tests), notes=len(notes), months=months)
        return {"patch_tests": len(tests), "notes": len(notes)}

    @requires(Perm.HEALTH)
    def add_patch_test(self, client_id: str, tested_on: date, product: str, result: str) -> str:
        """A structured patch test. The audit log records that one was added, never its product or result."""
        if not self._consented(client_id):
            raise InputError(NO_CONSENT)
        product = " ".join((product or "").split())
        if not product or len(product) > 100 or result not in RESULTS:
            raise InputError(QT_TRANSLATE_NOOP(
                "Messages", "A patch test needs the product and a result (no reaction, reaction or doubtful)."))
        if tested_on > timeutil.now().date():
            raise InputError(QT_TRANSLATE_NOOP("Messages", "A patch test cannot be dated in the future."))
        months = self.desk.settings.patch_test_months(product)
        test_id = ids.new()
        with self.unit_of_work() as uow:
            uow.insert("patch_test", {"id": test_id, "client_id": client_id, "tested_on": tested_on.isoformat(),
                                      "product": product, "result": result, "staff_id": self.desk.principal.staff_id,
                                      "valid_until": add_months(tested_on, months).isoformat(),
                                      "created_at": timeutil.iso(timeutil.now())})
            if result != "negative":
                uow.upsert("health_note", {"client_id": client_id, "allergy_alert": 1,
                                           "updated_at": timeutil.iso(timeutil.now()),
                                           "updated_by": self.desk.principal.staff_id})
            self.desk.log(uow, "patch_test_added", "client", client_id)
        return test_id
