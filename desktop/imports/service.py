"""The import service: read a client file, preview what importing it would do, then commit it all or nothing.

The commit composes the services' own operations (clients.add_many and clients.edit, consent.record_many: see
commit.py) inside one transaction, so every rule holds as at the desk (validation, the notes guard, erased people,
the consent rules, the audit log) and a cancel or a crash leaves the database as it was. Nobody is imported as
consenting unless the user attested, per channel, how and when consent was obtained and which text was shown.
"""
from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any, Iterable

from desktop import csv_export
from desktop.consent.rules import CHANNELS
from desktop.imports import mapping as mappings, reading
from desktop.imports.commit import BATCH, Run, records
from desktop.imports.plan import Attestation, Decisions, Matcher, Plan, RowPlan, build
from desktop.imports.report import CSV_HEADER, committed, csv_rows, dry_run, file_format
from desktop.kernel.operation import Service, requires
from desktop.kernel.permissions import Perm
from desktop.kernel.progress import Progress
from storage import ids, imports, suppression, timeutil
from storage.errors import QT_TRANSLATE_NOOP, InputError, NotFound

MIN_EVIDENCE = 10  # characters: "paper form" says little; "signed paper form at the desk, 2019-2024" says how
COMMITTING = QT_TRANSLATE_NOOP("Import", "Importing the clients…")


class ImportService(Service):
    @requires(Perm.IMPORT)
    def read(self, path: Path | str, *, sheet: str | None = None) -> reading.Table:
        """The file's header and rows (nothing is written). ImportFileError, one plain line, if it is unusable."""
        self.desk.authorize(Perm.CLIENT_CONTACT)
        return reading.read(path, sheet=sheet)

    @requires(Perm.IMPORT)
    def preview(self, table: reading.Table, mapping: list[str] | None = None, *, overrides: Iterable[str] = (),
                progress: Progress | None = None) -> Plan:
        """The dry run: each row checked and compared with the salon's clients and the rows above it."""
        self.desk.authorize(Perm.CLIENT_CONTACT)
        chosen = list(mapping) if mapping is not None else mappings.auto_map(table.header)
        if len(chosen) != len(table.header):
            raise InputError(QT_TRANSLATE_NOOP("Messages", "The mapping does not match the file's columns."))
        chosen = mappings.apply_overrides(table.header, chosen, list(overrides))
        mappings.check(chosen)
        return build(table, chosen, existing=self._existing(), erased=self._erased_check(),
                     imported_before=imports.imported_before(self._db, table.sha256), progress=progress)

    @requires(Perm.IMPORT)
    def dry_run(self, plan: Plan, decisions: Decisions | None = None,
                attestations: Iterable[Attestation] = ()) -> dict[str, Any]:
        """The preview as a report (the CLI's JSON without --commit): nothing is written."""
        from desktop import i18n

        decisions = decisions or Decisions()
        checked = self._check_attestations(plan, list(attestations))
        planned = self._planned_events(plan, decisions, [attestation for attestation, _ in checked.values()])
        return dry_run(plan, decisions, consent_planned=planned, translate=i18n.translate)

    @requires(Perm.IMPORT)
    def check_attestations(self, plan: Plan, attestations: Iterable[Attestation]) -> None:
        """InputError (one plain line) if an attestation would be refused at the commit: the wizard asks before
        it commits, so the user can still correct it."""
        self._check_attestations(plan, list(attestations))

    @requires(Perm.IMPORT, reauth=True)
    def commit(self, plan: Plan, decisions: Decisions | None = None, attestations: Iterable[Attestation] = (), *,
               progress: Progress | None = None) -> dict[str, Any]:
        """Import the plan in one transaction; returns the report (also kept, see reports()). A cancel through
        `progress` (Cancelled) or any failure rolls everything back."""
        from desktop import i18n

        self.desk.authorize(Perm.CLIENT_CONTACT)
        decisions = decisions or Decisions()
        progress = progress or Progress()
        total = len(plan.rows)
        label = i18n.translate("Import", COMMITTING)
        # joins the caller's transaction, if any: still all or nothing
        with ids.neighbours(), imports.small_cache(self._db), self.unit_of_work() as uow:
            checked = self._check_attestations(plan, list(attestations))
            run = Run(self, plan, decisions, checked)
            run.existing = self._existing()
            for done, row in enumerate(plan.rows):
                if done % 50 == 0:
                    progress.check()
                    progress.update(done, total, label)
                run.apply(row)
                if run.waiting >= BATCH:
                    run.flush()
            run.flush()
            progress.check()
            report_id = ids.new()
            counts = {outcome: sum(1 for line in run.lines if line[1] == outcome)
                      for outcome in ("imported", "merged", "unchanged", "skipped")}
            imports.save(uow, {
                "id": report_id, "file_name": plan.file_name, "file_sha256": plan.sha256, "file_size": plan.size,
                "file_format": file_format(plan), "rows": total, **counts, "consent_events": run.consent_events,
                "attestations": [{"channel": a.channel, "evidence": a.evidence, "obtained_on": a.obtained_on.isoformat(),
                                  "text_version": a.text_version, "text_sha256": text["sha256"],
                                  "rows": sorted(a.rows) if a.rows is not None else None}
                                 for a, text in checked.values()],
                "mapping": [[name, field] for name, field in zip(plan.header, plan.mapping)],
                "created_at": timeutil.iso(timeutil.now()), "created_by": self.desk.session.staff_id}, run.lines)
            self.log(uow, "clients_imported", "import", report_id, file_sha256=plan.sha256, rows=total,
                     consent_events=run.consent_events, **counts)
            progress.update(total, total, label)
        self.changed("client")
        return committed(plan, run.lines, run.consent_events, report_id, translate=i18n.translate)

    # -- kept reports ------------------------------------------------------------------------------------
    @requires(Perm.IMPORT)
    def reports(self) -> list[dict[str, Any]]:
        return imports.reports(self._db)

    @requires(Perm.IMPORT)
    def report(self, report_id: str, *, lines: int | None = None) -> dict[str, Any]:
        """One kept report with its rows (row, outcome, reason, notes, consent, client_id): all of them, or the
        first `lines` (what a screen shows of a 100,000-row import)."""
        found = imports.report(self._db, report_id)
        if found is None:
            raise NotFound(QT_TRANSLATE_NOOP("Messages", "No import report with id {id}."), id=report_id)
        return {**found, "lines": imports.rows(self._db, report_id, lines)}

    @requires(Perm.IMPORT)
    def export_report(self, report_id: str, path: Path | str) -> int:
        """The report as CSV for French Excel (no card number, no note: row numbers, outcomes and reasons)."""
        from desktop import i18n

        found = self.report(report_id)
        count = csv_export.write(path, [i18n.translate("Import", h) for h in CSV_HEADER],
                                 csv_rows(found["lines"], i18n.translate))
        with self.unit_of_work() as uow:
            self.log(uow, "export", "export", "import_report", report=report_id, rows=count)
        return count

    # -- helpers -------------------------------------------------------------------------------------------
    def _planned_events(self, plan: Plan, decisions: Decisions, attestations: list[Attestation]) -> int:
        """The consent events the commit would record, by the commit's own rule (commit.records), following each
        row to the client it would become: a new one, an existing client or an earlier row's (merged)."""
        planned = 0
        clients: dict[tuple, dict] = {}  # ("row", n) or ("client", id) -> its fields and the channels recorded
        became: dict[int, tuple] = {}    # row -> the key of the client it became (new, or merged into)
        for row in plan.rows:
            if row.status not in ("new", "duplicate") or (row.cards and decisions.card(row.row) == "skip"):
                continue
            action = decisions.duplicate(row) if row.duplicate_of else "keep"
            if action == "skip":
                continue
            key = row.duplicate_of if action == "merge" else ("row", row.row)
            if key[0] == "row" and key[1] != row.row:  # an earlier row's client, whichever it became
                key = became.get(key[1], ("row", row.row))
            client = clients.get(key)
            new = client is None and key[0] == "row"
            if client is None and key[0] == "client":
                client = {**(imports.client_fields(self._db, key[1]) or {}), "recorded": set()}
            elif client is None:  # new, or the earlier row it repeats was skipped: the commit adds it
                key, client = ("row", row.row), {"recorded": set()}
            clients[key], became[row.row] = client, key
            client.update({name: client.get(name) or row.values.get(name) for name in ("email", "phone")})
            for attestation in attestations:
                channel = attestation.channel
                status = (lambda channel=channel, key=key, client=client: "granted" if channel in client["recorded"]
                          else self._status(key[1], channel) if key[0] == "client" else "unknown")
                if records(row, attestation, client, new=new, status=status):
                    planned += 1
                    client["recorded"].add(channel)
        return planned

    def _existing(self) -> Matcher:
        matcher = Matcher()
        for client_id, email, phone, first, last, birth in imports.client_keys(self._db):
            matcher.add_client(client_id, email, phone, first, last, birth)
        return matcher

    def _erased_check(self):
        """erased(email, phones): whether a suppression entry flags the person (no look-up when nobody was erased)."""
        if not imports.anyone_erased(self._db):
            return lambda email, phones: False
        return lambda email, phones: any(suppression.matches(self._db, email=email, phone=phone)
                                         for phone in (phones or [None]))

    def _status(self, client_id: str, channel: str) -> str:
        return self.desk.consent.status(client_id)[channel].status

    @staticmethod
    def _attested(row: RowPlan, attestation: Attestation) -> bool:
        return row.consent.get(attestation.channel) is not None and (
            attestation.rows is None or row.row in attestation.rows)

    def _check_attestations(self, plan: Plan, attestations: list[Attestation]) -> dict[str, tuple[Attestation, dict]]:
        checked: dict[str, tuple[Attestation, dict]] = {}
        for attestation in attestations:
            if attestation.channel not in CHANNELS or attestation.channel in checked:
                raise InputError(QT_TRANSLATE_NOOP("Messages", "Attest consent once per channel: email or sms."))
            if attestation.channel not in plan.consent_columns:
                raise InputError(QT_TRANSLATE_NOOP(
                    "Messages", "The file has no {channel} consent column to attest: map one first."),
                    channel=attestation.channel)
            if len((attestation.evidence or "").strip()) < MIN_EVIDENCE:
                raise InputError(QT_TRANSLATE_NOOP(
                    "Messages", "Say how the clients gave their consent (for instance: signed paper form at the "
                    "desk, 2019 to 2024)."))
            if not isinstance(attestation.obtained_on, date) or attestation.obtained_on > timeutil.now().date() \
                    or attestation.obtained_on.year < 1990:
                raise InputError(QT_TRANSLATE_NOOP(
                    "Messages", "Give the date the consent was obtained (not in the future)."))
            text = self.desk.consent.text(attestation.channel, version=int(attestation.text_version))
            checked[attestation.channel] = (attestation, text)
        return checked
