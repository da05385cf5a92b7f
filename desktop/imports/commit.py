"""One commit of an import plan, in batches: each row's outcome is decided in file order, and the new clients and
their consent events are written through the services' batch operations (clients.add_many, consent.record_many)
every BATCH rows, inside the import's one transaction.

The same rules hold as when each row was its own clients.add and consent.record: those are add_many and
record_many of one. A row that needs the database as the rows before it left it (a duplicate of a client added
or given consent in the pending batch) writes the batch first.
"""
from __future__ import annotations

import json
from dataclasses import replace
from typing import TYPE_CHECKING

from desktop.clients import contact
from desktop.clients.service import ReturningClient
from desktop.consent.rules import Decision, reachable
from desktop.imports.normalise import as_datetime
from desktop.imports.plan import Attestation, Decisions, Matcher, Plan, RowPlan, name_key
from desktop.kernel.permissions import Perm
from storage import imports
from storage.errors import InputError

if TYPE_CHECKING:
    from desktop.imports.service import ImportService

BATCH = 500  # rows whose new clients are written together (a few hundred kB of SQL parameters)


def records(row: RowPlan, attestation: Attestation, fields: dict, *, new: bool, status) -> bool:
    """Whether the row's answer for the attested channel becomes a consent event for the client it became (its
    fields once merged): the one rule for the commit and for the dry run's count. `status()` is the client's
    current status on that channel (only asked for an existing client)."""
    if row.consent.get(attestation.channel) is None or (attestation.rows is not None and
                                                        row.row not in attestation.rows):
        return False
    if not new and (fields.get("restricted_by") or status() != "unknown"):
        return False  # the client's own decision in Salon Desk stands; a restricted client gets no marketing
    # no address or mobile number for that channel: nothing to consent to there
    return reachable(attestation.channel, email=fields.get("email"), phone=fields.get("phone"))


class Run:
    """One commit in progress: the outcome of each row (`lines`), and the client each row became."""

    def __init__(self, service: "ImportService", plan: Plan, decisions: Decisions,
                 checked: dict[str, tuple[Attestation, dict]]) -> None:
        self.service, self.desk, self.plan = service, service.desk, plan
        self.decisions, self.checked = decisions, checked
        self.existing = Matcher()
        self.erased = service._erased_check()  # noqa: SLF001 (read inside the commit's transaction)
        self.clients: dict[int, str] = {}
        self.lines: list[tuple | None] = []
        self.consent_events = 0
        self.staff = self.desk.session.login
        self._new: list[tuple[int, RowPlan, contact.CheckedClient, str | None]] = []  # (line, row, values, notes)
        self._decisions: list[tuple[int, Decision]] = []             # (line index, decision) to record
        self._pending: set[str] = set()                               # clients with writes in the batch

    @property
    def waiting(self) -> int:
        return len(self._new)

    def apply(self, row: RowPlan) -> None:
        """Decide one row; its line is final now, or once its batch is written (flush)."""
        if row.reason:
            return self._line(row.row, "skipped", row.reason, None, 0, None)
        if row.erased or self.erased(row.values.get("email"), row.phones):
            return self._line(row.row, "skipped", "erased", None, 0, None)
        if row.cards and self.decisions.card(row.row) == "skip":
            return self._line(row.row, "skipped", "card_row_skipped", None, 0, None)
        values: contact.CheckedClient = row.values
        notes = None
        if row.cards:
            values, notes = replace(values, notes=None), "card_dropped"
        elif row.health:
            if self.decisions.health_note(row.row) == "hold":
                values, notes = replace(values, notes=None), "health_held"
            else:
                notes = "health_kept"
        keys = Matcher.keys_of(values, row.phones)
        target = self._target(row, keys)
        if target in self._pending:  # it needs the database as the rows before it left it
            self.flush()
            target = self._target(row, keys)
        if target == "skip":
            return self._line(row.row, "skipped", "duplicate_skipped", notes, 0, None)
        if target is None:
            self._new.append((len(self.lines), row, values, notes))
            self.lines.append(None)
            self.clients[row.row] = marker = f"pending:{row.row}"  # the client, until the batch is written
            self._pending.add(marker)
            self.existing.remember(keys, row.row, name_key(values["first_name"], values["last_name"]))
            return None
        outcome, notes = self._merge(target, values, notes)
        if outcome == "skipped":
            return self._line(row.row, "skipped", "restricted", notes, 0, target)
        if notes == "health_held" and self._to_health_section(target, row):
            notes = "health_section"
        self.existing.remember(keys, target, name_key(values["first_name"], values["last_name"]))
        self.clients[row.row] = target
        self.lines.append((row.row, outcome, None, notes, 0, target))
        fields = imports.client_fields(self.service._db, target)  # noqa: SLF001
        self._consent(len(self.lines) - 1, row, target, fields, new=False)
        return None

    def flush(self) -> None:
        """Write the pending new clients, then the pending consent decisions, through the services."""
        if self._new:
            added = self.desk.clients.add_many([
                {"checked": values, "source": "import", "not_health": notes == "health_kept"}
                for _, _, values, notes in self._new])
            ids = [client_id for client_id in added if isinstance(client_id, str)]
            fields = imports.clients_fields(self.service._db, ids)  # noqa: SLF001
            for (index, row, values, notes), client_id in zip(self._new, added):
                if isinstance(client_id, str):
                    self.lines[index] = (row.row, "imported", None, notes, 0, client_id)
                    self.clients[row.row] = client_id
                    self._consent(index, row, client_id, fields[client_id], new=True)
                else:  # refused by the client service after all: nobody stands for the row any more
                    reason = "erased" if isinstance(client_id, ReturningClient) else "refused"
                    self.lines[index] = (row.row, "skipped", reason, notes, 0, None)
                    del self.clients[row.row]  # a later duplicate of this row becomes a new client
            self._new = []
        if self._decisions:
            self.desk.consent.record_many([decision for _, decision in self._decisions])
            for index, _ in self._decisions:
                row, outcome, reason, notes, events, client_id = self.lines[index]
                self.lines[index] = (row, outcome, reason, notes, events + 1, client_id)
            self.consent_events += len(self._decisions)
            self._decisions = []
        self._pending.clear()

    # -- one row ---------------------------------------------------------------------------------------------
    def _line(self, *line) -> None:
        self.lines.append(line)

    def _target(self, row: RowPlan, keys: list[tuple[str, bytes]]) -> str | None:
        """The client this row merges into, None for a new client, or "skip"."""
        if row.duplicate_of is not None:
            action = self.decisions.duplicate(row)
            if action == "skip":
                return "skip"
            if action == "keep":
                return None
            kind, value = row.duplicate_of
            found = self.clients.get(value) if kind == "row" else value
            if found is not None and (found in self._pending or
                                      imports.client_fields(self.service._db, found) is not None):  # noqa: SLF001
                return found
        target, _, someone_else = self.existing.find(  # added meanwhile
            keys, name_key(row.values["first_name"], row.values["last_name"]))
        if target is None or someone_else:
            return None
        return self.clients.get(target[1]) if target[0] == "row" else target[1]

    def _merge(self, client_id: str, values: contact.CheckedClient, notes: str | None) -> tuple[str, str | None]:
        """Fill what the client file lacks (email, phone, birth date) and add the note if it is new; never
        overwrite. "merged", "unchanged" or "skipped" (restricted)."""
        current = imports.client_fields(self.service._db, client_id)  # noqa: SLF001
        changes = {name: values[name] for name in ("email", "phone", "birth_date")
                   if values.get(name) and not current[name]}
        note = values.get("notes")
        if note and note.strip() not in (current["notes"] or ""):
            merged = f"{current['notes']}\n{note}" if current["notes"] else note
            if len(merged) > contact.MAX_NOTES:
                notes = "too_long"
            else:
                changes["notes"] = merged
        if not changes:
            return "unchanged", notes
        if current["restricted_by"]:
            return "skipped", "restricted" if "notes" in changes else notes
        try:
            self.desk.clients.edit(client_id, not_health=notes == "health_kept", **changes)
        except InputError:
            # the notes with this one added are refused (health words the desk confirmed for the older part, say):
            # one row never stops the import; the note stays out and the rest is merged
            if "notes" not in changes:
                raise
            del changes["notes"]
            notes = "note_refused"
            if not changes:
                return "unchanged", notes
            self.desk.clients.edit(client_id, **changes)
        return "merged", notes

    def _to_health_section(self, client_id: str, row: RowPlan) -> bool:
        """A held-back health note goes to the health section of a client who consented to it (an existing
        client: nobody new has); never without that consent, to a restricted client, nor for someone who may not
        see health data."""
        if client_id in self._pending or not self.desk.can(Perm.HEALTH):
            return False
        if imports.client_fields(self.service._db, client_id)["restricted_by"]:  # noqa: SLF001
            return False  # restricted (Art. 18): nothing is added to the file but against the request
        allergy = any(word.startswith("allerg") or word == "latex" for word in row.health)
        return self.desk.health.add_to_note(client_id, row.values["notes"], allergy_alert=allergy)

    def _consent(self, index: int, row: RowPlan, client_id: str, fields: dict, *, new: bool) -> None:
        """Queue the row's attested answers as consent decisions (recorded at the next flush)."""
        for channel, (attestation, _text) in self.checked.items():
            answer = row.consent.get(channel)
            if not records(row, attestation, fields, new=new,
                           status=lambda channel=channel: self.service._status(client_id, channel)):  # noqa: SLF001
                continue
            evidence = json.dumps({"attestation": attestation.evidence,
                                   "obtained_on": attestation.obtained_on.isoformat(), "file_sha256": self.plan.sha256,
                                   "file_name": self.plan.file_name, "row": row.row, "staff": self.staff},
                                  ensure_ascii=False, sort_keys=True)
            self._decisions.append((index, Decision(
                client_id, channel, "granted" if answer == "yes" else "refused", "import",
                text_version=attestation.text_version, evidence=evidence,
                occurred_at=as_datetime(attestation.obtained_on))))
            self._pending.add(client_id)

