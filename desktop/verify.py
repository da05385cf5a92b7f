"""`verify`: SQLCipher page integrity, SQLite integrity, the audit chain (from its last checkpoint to its head)
and the consent ledger (chain, head, texts, stored statuses)."""
from __future__ import annotations

from desktop.consent.rules import stale_statuses
from desktop.kernel.operation import Service, requires
from desktop.kernel.permissions import Perm
from storage import audit, consent


def problems(conn) -> dict[str, list[str]]:
    """Each check's findings (English, naming what fails); all lists empty means everything holds."""
    cipher = [row[0] for row in conn.execute("PRAGMA cipher_integrity_check")]
    integrity = [row[0] for row in conn.execute("PRAGMA integrity_check")]
    return {
        "cipher_integrity": cipher,
        "integrity": [] if integrity == ["ok"] else integrity,
        "audit_chain": audit.verify(conn),
        "consent_ledger": consent.verify(conn) + stale_statuses(conn),
    }


class VerifyService(Service):
    @requires(Perm.VERIFY)
    def run(self) -> dict[str, list[str]]:
        found = problems(self._db)
        with self.unit_of_work() as uow:
            self.desk.log(uow, "verify_run", ok=not any(found.values()))
        return found
