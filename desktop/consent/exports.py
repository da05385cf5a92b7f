"""Consent register, marketing audience, suppression list and the per-client proof PDF.

Every export follows role permissions (contact details masked for roles that may not see them)
and is written to the audit log with what was exported and how many rows.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

from desktop import csv_export

from desktop.clients import masking
from desktop.consent.rules import CHANNELS, derived, reachable
from desktop.kernel.operation import Service, requires
from desktop.kernel.permissions import Perm
from storage import clients, consent as ledger
from storage.errors import QT_TRANSLATE_NOOP, InputError

REGISTER_HEADER = ("event_id", "client_id", "first_name", "last_name", "channel", "decision", "occurred_at",
                   "timezone", "recorded_at", "method", "recorded_by", "source", "text_version", "text_sha256",
                   "evidence", "device_id", "hash")
AUDIENCE_HEADER = ("client_id", "first_name", "last_name", "contact", "granted_at", "text_version")
SUPPRESSION_HEADER = ("client_id", "first_name", "last_name", "channel", "status", "since", "email", "phone")


class ConsentExports(Service):
    def _clients(self, ids) -> dict[str, dict[str, Any]]:
        """Rows for these ids, masked for this role."""
        sees = self.desk.can(Perm.CLIENT_CONTACT)
        return {row["id"]: masking.view(row, contact=sees, notes=False, display=False)
                for row in clients.rows(self._db, ids)}

    def _log(self, kind: str, rows: int, **details) -> None:
        with self.unit_of_work() as uow:
            self.desk.log(uow, "export", "export", kind, rows=rows, **details)

    @requires(Perm.CONSENT_EXPORT)
    def register_rows(self, *, client_ids: list[str] | None = None, channel: str | None = None,
                      since: str | None = None, until: str | None = None) -> list[tuple]:
        """The register, filtered by clients, channel and period (dates YYYY-MM-DD, until exclusive)."""
        events = ledger.events(self._db, client_ids=client_ids, channel=channel, since=since, until=until)
        people = self._clients({e["client_id"] for e in events})
        logins = dict(self._db.execute("SELECT id, login FROM staff"))
        return [(e["id"], e["client_id"], people.get(e["client_id"], {}).get("first_name", ""),
                 people.get(e["client_id"], {}).get("last_name", ""), e["channel"], e["decision"], e["occurred_at"],
                 e["timezone"], e["recorded_at"], e["method"], logins.get(e["recorded_by"], ""), e["source"],
                 e["text_version"], e["text_sha256"], e["evidence"], e["device_id"], e["hash"]) for e in events]

    @requires(Perm.CONSENT_EXPORT)
    def register(self, path: Path | str, *, client_id: str | None = None, client_ids: list[str] | None = None,
                 channel: str | None = None, since: str | None = None, until: str | None = None) -> int:
        ids = [client_id] if client_id else client_ids
        count = csv_export.write(path, REGISTER_HEADER, self.register_rows(client_ids=ids, channel=channel,
                                                                           since=since, until=until))
        self._log("consent_register", count, channel=channel, clients=len(ids) if ids is not None else "all")
        return count

    def _person(self, values, sees: bool) -> dict[str, Any]:
        return masking.view(dict(zip(clients.COLUMNS, values[:len(clients.COLUMNS)])), contact=sees, notes=False,
                            display=False)

    def _granted(self, channel: str):
        """(client row masked for this role, its grant) in name order, in one query: only grants the ledger supports
        (storage/consent.py SUPPORTED_GRANT), never a stored status alone. Restricted clients are left out
        (GDPR Art. 18)."""
        sees = self.desk.can(Perm.CLIENT_CONTACT)
        cols = ", ".join(f"c.{c}" for c in clients.COLUMNS)
        query = (f"SELECT {cols}, s.since, s.text_version FROM consent_status s JOIN client c ON c.id = s.client_id "
                 f"{ledger.SUPPORTED_GRANT} AND s.channel = ? AND c.restricted_by IS NULL ORDER BY c.sort_key")
        for values in self._db.execute(query, (channel,)):
            raw = dict(zip(clients.COLUMNS, values[:len(clients.COLUMNS)]))
            yield self._person(values, sees), dict(zip(("since", "text_version"), values[len(clients.COLUMNS):])), raw

    def _refusing(self):
        """(client row masked for this role, derived status) for every channel whose events end in a refusal or a
        withdrawal, in name order: derived from the ledger, whatever consent_status holds."""
        sees = self.desk.can(Perm.CLIENT_CONTACT)
        states = derived(self._db, CHANNELS, refused_or_withdrawn=True)
        cols = ", ".join(f"c.{c}" for c in clients.COLUMNS)
        marks = ", ".join("?" for _ in CHANNELS)
        query = (f"SELECT {cols} FROM client c WHERE c.id IN (SELECT client_id FROM consent_event WHERE decision != "
                 f"'granted' AND channel IN ({marks})) ORDER BY c.sort_key")
        for values in self._db.execute(query, CHANNELS):
            person = self._person(values, sees)
            for channel in CHANNELS:
                state = states.get((person["id"], channel))
                if state is not None and state.status in ("withdrawn", "refused"):
                    yield person, {"channel": channel, "status": state.status, "since": state.since}

    @requires(Perm.CONSENT_EXPORT)
    def audience_rows(self, channel: str) -> list[tuple]:
        """Clients with a current grant on this channel who can receive it (an email address; a number that takes
        SMS, never a landline). Erased clients have no row; no soft opt-in is assumed: only grants count."""
        if channel not in CHANNELS:
            raise InputError(QT_TRANSLATE_NOOP("Messages", "Consent is recorded for one channel at a time: email or sms."))
        field = "email" if channel == "email" else "phone"
        checked = csv_export.email if channel == "email" else csv_export.phone
        sees = self.desk.can(Perm.CLIENT_CONTACT)
        return [(person["id"], person["first_name"], person["last_name"],
                 checked(person[field]) if sees else person[field], state["since"], state["text_version"])
                for person, state, raw in self._granted(channel)
                if reachable(channel, email=raw["email"], phone=raw["phone"])]

    @requires(Perm.CONSENT_EXPORT)
    def audience(self, channel: str, path: Path | str) -> int:
        count = csv_export.write(path, AUDIENCE_HEADER, self.audience_rows(channel))
        self._log("consent_audience", count, channel=channel)
        return count

    @requires(Perm.CONSENT_EXPORT)
    def suppression(self, path: Path | str) -> int:
        """Everyone who withdrew or refused, per channel, as the ledger says: never to be contacted for marketing
        there."""
        sees = self.desk.can(Perm.CLIENT_CONTACT)
        rows = [(p["id"], p["first_name"], p["last_name"], s["channel"], s["status"], s["since"],
                 csv_export.email(p["email"]) if sees else p["email"],
                 csv_export.phone(p["phone"]) if sees else p["phone"]) for p, s in self._refusing()]
        count = csv_export.write(path, SUPPRESSION_HEADER, rows)
        self._log("consent_suppression", count)
        return count

    @requires(Perm.CONSENT_EXPORT)
    def proof(self, client_id: str, path: Path | str) -> int:
        from desktop.consent import proof as consent_proof

        client = self.desk.clients.show(client_id, purpose="consent_proof")
        history = self.desk.consent.history(client_id)
        salon = self._db.execute("SELECT name FROM salon").fetchone()[0]
        consent_proof.save(path, salon=salon, client=client, events=history)
        with self.unit_of_work() as uow:  # about this client: an erasure clears the id, the access report lists it
            self.log(uow, "export", "client", client_id, purpose="consent_proof", rows=len(history))
        return len(history)
