"""Every write a service makes to a synced table leaves its sync bookkeeping: outbox entries and field clocks.

A state machine runs random sequences of service operations on a fresh salon and checks, after each one, for
every synced table in storage/registry.py:

- merged rows: each has outbox upserts; for every field they carry, a field clock holding the HLC of the last
  upsert that carried it, and the row's value equal to that upsert's; no clock for anything else; a field never
  logged still holds its schema default (so no write slipped past the outbox);
- removed merged rows: a delete entry, a tombstone, and no clocks left;
- appended rows: exactly one append entry carrying the row; no clocks;
- every row that changed in this step has an outbox entry from this step; local and derived tables never reach
  the outbox.

The outbox is shadowed as it grows, since the sync acknowledgement (one of the operations) empties it.
"""
from __future__ import annotations

import json
from datetime import datetime, timedelta

from hypothesis import HealthCheck, settings, strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule, run_state_machine_as_test

from desktop import salon as salons
from desktop.kernel.permissions import VISIBILITY, Role
from desktop.timefmt import SALON_ZONE
from storage import registry, timeutil
from storage.errors import InputError
from storage.registry import Kind
from tests.support.salons import fresh_salon

NEW_PASSWORD = "un peigne rouge sous la pluie"
MERGED = [e for e in registry.ENTITIES.values() if e.kind is Kind.MERGED]
APPEND = [e for e in registry.ENTITIES.values() if e.kind is Kind.APPEND]
# Columns stored beside a synced row but never synced (a sort key, the ledger's own chain).
LOCAL_COLUMNS = {"client": {"rowid", "sort_key"},
                 "consent_event": {"seq", "prev_hash", "hash", "salt", "commitments", "server_seq"}}
FIRST = st.sampled_from(["Marie", "Éloïse", "Hugo", "Zoé", "Jean-Pierre"])
LAST = st.sampled_from(["Dupont", "N'Diaye", "Martin", "Lefèvre", "Quatremains"])
DAY0 = datetime(2024, 3, 4, 9, 0, tzinfo=SALON_ZONE)  # past visits: done and no-show apply


def columns(conn, table: str) -> dict[str, object]:
    """Column -> its default value (None when the schema gives none)."""
    found = {}
    for _, name, _, _, default, _ in conn.execute(f"PRAGMA table_info({table})"):
        found[name] = conn.execute(f"SELECT {default}").fetchone()[0] if default is not None else None
    return found


def rows_of(conn, entity: registry.Entity) -> dict[str, dict]:
    names = list(columns(conn, entity.name))
    select = ", ".join(names)
    return {entity.entity_id(row): row for row in
            (dict(zip(names, values)) for values in conn.execute(f"SELECT {select} FROM {entity.name}"))}


def synced_view(entity: registry.Entity, row: dict) -> dict:
    return {k: v for k, v in row.items() if k not in LOCAL_COLUMNS.get(entity.name, set())}


class Bookkeeping(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self._salon = fresh_salon()
        self.store, self.owner = self._salon.__enter__()
        self.conn = self.store.conn
        self.staff: dict[str, object] = {"claire": self.owner}  # login -> Desk
        # Something to edit, book and move from the first step (these writes are checked like the others).
        self.clients = [self.owner.clients.add(first_name="Marie", last_name="Dupont")]
        self.services = ["Coupe"]
        self.owner.booking.add_service("Coupe", 45)
        self.appointments = [self.owner.booking.book(self.clients[0], "Coupe", "claire", DAY0, allow_past=True)]
        self.shadow: list[dict] = []  # every outbox entry ever written, in device order
        self.last_seq = 0
        self.before = {e.name: {} for e in MERGED + APPEND}  # the first check sees the set-up as one change

    def teardown(self) -> None:
        self._salon.__exit__(None, None, None)

    # -- operations ------------------------------------------------------------------------------------------
    @rule(first=FIRST, last=LAST, email=st.booleans(), phone=st.booleans(), notes=st.booleans())
    def add_client(self, first, last, email, phone, notes):
        n = len(self.clients)
        self.clients.append(self.owner.clients.add(
            first_name=first, last_name=last, email=f"client{n}@exemple.fr" if email else None,
            phone=f"06 12 34 56 {n % 100:02d}" if phone else None, notes="frange courte" if notes else None))

    @rule(pick=st.integers(0, 99), field=st.sampled_from(["first_name", "last_name", "email", "phone", "notes",
                                                          "birth_date"]), n=st.integers(0, 99))
    def edit_client(self, pick, field, n):
        value = {"first_name": f"Anna{n}", "last_name": f"Silva{n}", "email": f"edit{n}@exemple.fr",
                 "phone": f"07 61 22 33 {n:02d}", "notes": f"note {n}", "birth_date": f"{1 + n % 28:02d}/03/1990"}
        self.owner.clients.edit(self.clients[pick % len(self.clients)], **{field: value[field]})

    @rule(minutes=st.sampled_from([15, 30, 45, 90]), price=st.none() | st.integers(0, 20000).map(lambda cents: cents / 100))
    def add_service(self, minutes, price):
        name = f"Service {len(self.services)}"
        self.services.append(name)
        self.owner.booking.add_service(name, minutes, price)

    @rule(client=st.integers(0, 99), service=st.integers(0, 99), staff=st.integers(0, 9), slot=st.integers(0, 200))
    def book(self, client, service, staff, slot):
        logins = self._active_logins()
        start = DAY0 + timedelta(minutes=15 * slot)
        self.appointments.append(self.owner.booking.book(
            self.clients[client % len(self.clients)], self.services[service % len(self.services)],
            logins[staff % len(logins)], start, allow_overlap=True, allow_outside_hours=True,
            allow_past=True))

    @rule(pick=st.integers(0, 99), slot=st.integers(0, 200), minutes=st.sampled_from([30, 60]))
    def move(self, pick, slot, minutes):
        start = DAY0 + timedelta(minutes=15 * slot)
        self.owner.booking.move(self.appointments[pick % len(self.appointments)], "claire", start,
                                start + timedelta(minutes=minutes), allow_overlap=True, allow_outside_hours=True,
                                allow_past=True)

    @rule(pick=st.integers(0, 99), status=st.sampled_from(["booked", "done", "cancelled", "no-show"]))
    def set_status(self, pick, status):
        self.owner.booking.set_status(self.appointments[pick % len(self.appointments)], status)

    @rule(pick=st.integers(0, 99), channel=st.sampled_from(["email", "sms"]),
          decision=st.sampled_from(["granted", "refused", "withdrawn"]))
    def record_consent(self, pick, channel, decision):
        try:
            self.owner.consent.record(self.clients[pick % len(self.clients)], channel, decision, "desk",
                                      text_version=None if decision == "withdrawn" else 1)
        except InputError:  # no address or number for that channel: refused, and nothing written (checked after)
            pass

    @rule(pick=st.integers(0, 99))
    def ask_later(self, pick):
        self.owner.consent.ask_later(self.clients[pick % len(self.clients)])

    @rule(n=st.integers(0, 99))
    def edit_consent_text(self, n):
        self.owner.consent.edit_text("sms", f"J’accepte de recevoir les SMS du salon, version numéro {n}.")

    @rule(which=st.sampled_from(["idle", "opening", "quiet", "visibility", "working", "retention"]),
          n=st.integers(0, 99), role=st.sampled_from([Role.EMPLOYEE, Role.MANAGER]),
          perm=st.sampled_from(VISIBILITY))
    def change_settings(self, which, n, role, perm):
        s = self.owner.settings
        if which == "idle":
            s.set_idle_lock_minutes(1 + n % 15)
        elif which == "opening":
            s.set_opening_week([f"{7 + n % 3:02d}:00-{18 + n % 4:02d}:00"] * 6 + [""])
        elif which == "quiet":
            s.set_consent_quiet_days(180 + n)
        elif which == "visibility":
            s.set_visibility(role, perm, bool(n % 2))
        elif which == "working":
            s.set_working_week(self._active_logins()[n % len(self._active_logins())],
                               [f"{9 + n % 3:02d}:00-17:00"] * 5 + ["", ""])
        else:
            from desktop.settings import HEALTH_RETENTION_MONTHS
            s.set(HEALTH_RETENTION_MONTHS, 1 + n % 120)

    def _with_health_consent(self, pick: int) -> str:
        client = self.clients[pick % len(self.clients)]
        if not self.owner.health.summary(client)["consent"]:
            self.owner.consent.record(client, "health", "granted", "desk", text_version=1)
        return client

    @rule(pick=st.integers(0, 99), alert=st.booleans())
    def health_note(self, pick, alert):
        self.owner.health.save_note(self._with_health_consent(pick), "allergie au latex", alert)

    @rule(pick=st.integers(0, 99), days=st.sampled_from([3, 900]),
          result=st.sampled_from(["negative", "positive", "doubtful"]))
    def patch_test(self, pick, days, result):
        tested = timeutil.now().date() - timedelta(days=days)
        self.owner.health.add_patch_test(self._with_health_consent(pick), tested, "Coloration", result)

    @rule(pick=st.integers(0, 99))
    def withdraw_health(self, pick):
        """The health data goes with the consent (deletes, with tombstones)."""
        self.owner.consent.withdraw(self.clients[pick % len(self.clients)], "health", "desk")

    @rule()
    def purge_health(self):
        self.owner.health.purge_expired()

    @rule(role=st.sampled_from(["employee", "manager"]))
    def add_staff(self, role):
        login = f"staff{len(self.staff)}"
        _, otp = self.owner.staff.add(login, role)
        first = salons.login(self.store, login, otp)
        first.staff.set_own_password(otp, NEW_PASSWORD)
        self.staff[login] = salons.login(self.store, login, NEW_PASSWORD)

    @precondition(lambda self: len(self.staff) > 1)
    @rule(pick=st.integers(0, 99), role=st.sampled_from(["employee", "manager", "owner"]),
          deactivate=st.booleans())
    def change_staff(self, pick, role, deactivate):
        login = sorted(self.staff)[1:][pick % (len(self.staff) - 1)]  # never claire, the last owner
        if deactivate:
            self.owner.staff.deactivate(login)
        else:
            self.owner.staff.set_role(login, role)

    @rule(pick=st.integers(0, 99))
    def acknowledge(self, pick):
        login = sorted(self.staff)[pick % len(self.staff)]
        desk = self.staff[login]
        if desk.principal.staff_id and self._active(login):
            desk.staff.acknowledge()

    @rule(share=st.integers(0, 100))
    def sync_acknowledges(self, share):
        """The server has taken some entries: they leave the outbox; the clocks stay."""
        pending = [r[0] for r in self.conn.execute("SELECT mutation_id FROM outbox ORDER BY device_seq")]
        taken = pending[:len(pending) * share // 100]
        system = salons.system_desk(self.store, "sync")
        with system._kernel.unit_of_work() as uow:  # noqa: SLF001
            assert uow.acknowledged(taken) == len(taken)

    # -- checks ------------------------------------------------------------------------------------------------
    def _active(self, login: str) -> bool:
        return bool(self.conn.execute("SELECT active FROM staff WHERE login = ?", (login,)).fetchone()[0])

    def _active_logins(self) -> list[str]:
        return [r[0] for r in self.conn.execute("SELECT login FROM staff WHERE active = 1 ORDER BY login")]

    def _synced_rows(self) -> dict[str, dict[str, dict]]:
        return {e.name: {k: synced_view(e, r) for k, r in rows_of(self.conn, e).items()} for e in MERGED + APPEND}

    def _read_outbox(self) -> list[dict]:
        names = ("mutation_id", "device_seq", "entity", "entity_id", "op", "fields", "hlc")
        new = [dict(zip(names, r)) for r in self.conn.execute(
            f"SELECT {', '.join(names)} FROM outbox WHERE device_seq > ? ORDER BY device_seq", (self.last_seq,))]
        for entry in new:
            entry["fields"] = json.loads(entry["fields"])
        if new:
            self.last_seq = new[-1]["device_seq"]
        self.shadow += new
        return new

    @invariant()
    def every_change_is_in_the_outbox_with_its_clocks(self):
        new = self._read_outbox()
        after = self._synced_rows()
        changed = {(table, key) for table in after for key in set(after[table]) | set(self.before[table])
                   if after[table].get(key) != self.before[table].get(key)}
        logged = {(e["entity"], e["entity_id"]) for e in new}
        assert changed <= logged, f"changed without an outbox entry: {sorted(changed - logged)}"
        self.before = after
        synced = {e.name for e in MERGED + APPEND}
        assert {e["entity"] for e in self.shadow} <= synced, "a local or derived table reached the outbox"
        clocks: dict[tuple[str, str], dict[str, str]] = {}
        for entity, entity_id, field, stamp in self.conn.execute(
                "SELECT entity, entity_id, field, hlc FROM field_clock"):
            clocks.setdefault((entity, entity_id), {})[field] = stamp
        for entity in MERGED:
            self._check_merged(entity, after[entity.name], clocks)
        for entity in APPEND:
            self._check_appended(entity, after[entity.name], clocks)

    def _history(self, entity: str, entity_id: str) -> list[dict]:
        """This row's outbox entries since it was last removed (a natural key may come back)."""
        entries = [e for e in self.shadow if e["entity"] == entity and e["entity_id"] == entity_id]
        removed = [i for i, e in enumerate(entries) if e["op"] in ("delete", "erase")]
        return entries[removed[-1] + 1:] if removed else entries

    def _check_merged(self, entity: registry.Entity, rows: dict[str, dict], clocks) -> None:
        defaults = columns(self.conn, entity.name)
        for entity_id, row in rows.items():
            upserts = self._history(entity.name, entity_id)
            assert upserts and all(e["op"] == "upsert" for e in upserts), (entity.name, entity_id, upserts)
            last: dict[str, dict] = {}
            for entry in upserts:
                for field in entry["fields"]:
                    last[field] = entry
            assert clocks.get((entity.name, entity_id), {}) == {f: e["hlc"] for f, e in last.items()}, \
                f"{entity.name} {entity_id}: field clocks differ from the last upserts"
            for field, value in row.items():
                if field in last:
                    assert value == last[field]["fields"][field], (entity.name, entity_id, field)
                else:
                    assert value == defaults[field], f"{entity.name}.{field} changed without an outbox entry"
        gone = {(e["entity_id"]) for e in self.shadow if e["entity"] == entity.name} - set(rows)
        for entity_id in gone:
            entries = [e for e in self.shadow if e["entity"] == entity.name and e["entity_id"] == entity_id]
            assert entries[-1]["op"] in ("delete", "erase"), (entity.name, entity_id, "vanished without a delete")
            assert (entity.name, entity_id) not in clocks, (entity.name, entity_id, "clocks outlive the row")
            assert self.conn.execute("SELECT 1 FROM tombstone WHERE entity = ? AND entity_id = ?",
                                     (entity.name, entity_id)).fetchone(), (entity.name, entity_id, "no tombstone")
        stray = {eid for (name, eid) in clocks if name == entity.name} - set(rows)
        assert not stray, f"field clocks for {entity.name} rows that do not exist: {stray}"

    def _check_appended(self, entity: registry.Entity, rows: dict[str, dict], clocks) -> None:
        assert not [key for key in clocks if key[0] == entity.name], f"{entity.name} rows never change: no clocks"
        for entity_id, row in rows.items():
            entries = [e for e in self.shadow if e["entity"] == entity.name and e["entity_id"] == entity_id]
            assert [e["op"] for e in entries] == ["append"], (entity.name, entity_id, entries)
            assert entries[0]["fields"] == row, (entity.name, entity_id)


def test_every_service_write_leaves_outbox_entries_and_field_clocks():
    run_state_machine_as_test(Bookkeeping, settings=settings(
        max_examples=20, stateful_step_count=20, deadline=None,
        suppress_health_check=[HealthCheck.too_slow]))
