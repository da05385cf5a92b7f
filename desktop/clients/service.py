"""Client services: add, edit, show, search. Masking per role happens here, once."""
from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from desktop.clients import contact

from desktop.clients import masking

from desktop.clients import notes_guard
from desktop.kernel.forms import collect
from desktop.kernel.operation import Service, requires
from desktop.kernel.permissions import Perm
from storage import clients, ids, suppression, timeutil
from storage.errors import QT_TRANSLATE_NOOP, Conflict, InputError, NotFound, PermissionDenied, SalonError

VIEW_LOG_WINDOW = timedelta(minutes=10)


class ReturningClient(Conflict):
    """The person was erased before: a new file needs the desk to confirm they came back themselves."""


RETURNING = QT_TRANSLATE_NOOP(
    "Messages", "This email or phone belonged to a client whose data was erased at their request. "
    "Create the file again only if the person came back and gave their details themselves.")
ADDED = ("first_name", "last_name", "email", "phone", "birth_date", "notes", "source")
EDITABLE = ("first_name", "last_name", "email", "phone", "birth_date", "notes", "source")


def _clean(fields: dict[str, Any]) -> dict[str, Any]:
    """Validate each given field, reporting every mistake at once; unknown names are a programming error."""
    checks = {
        "first_name": lambda v: contact.name(v, field=contact.FIRST_NAME),
        "last_name": lambda v: contact.name(v, field=contact.LAST_NAME),
        "email": contact.email,
        "phone": contact.phone,
        "birth_date": contact.birth_date,
        "notes": lambda v: notes_guard.check_notes(v) or contact.notes(v),
        "source": contact.source,
    }
    # Every wrong field at once (FieldErrors), so a form can show them all under their fields.
    return collect({name: (lambda name=name, value=value: checks[name](value)) for name, value in fields.items()})


def _new_file(fields: dict[str, Any]) -> dict[str, Any]:
    """A new client's fields, checked, in ADDED order. Fields the import's normalise already checked come as one
    contact.CheckedClient (`checked`): their birth date and notes go through the checks again, not the others."""
    checked = fields.pop("checked", None)
    if checked is None:
        return _clean({name: fields.get(name) for name in ADDED} | fields)
    if not isinstance(checked, contact.CheckedClient) or set(fields) - {"source"}:
        raise TypeError("checked fields come as one contact.CheckedClient, with the source only")
    again = _clean({"birth_date": checked.birth_date, "notes": checked.notes, "source": fields.get("source")})
    return {name: again[name] if name in again else checked[name] for name in ADDED}


def _flagged(notes: str | None, not_health: bool) -> bool:
    """Whether these notes look like health information and the desk confirmed they are not; refused when it
    did not (notes_guard.HealthInNotes)."""
    if not_health:
        return bool(notes_guard.health_terms(notes))
    notes_guard.check_health(notes)
    return False


class ClientService(Service):
    def __init__(self, desk) -> None:
        super().__init__(desk)
        self._logged_views: dict[tuple[str, str], datetime] = {}

    def _sees(self) -> tuple[bool, bool]:
        return self.desk.can(Perm.CLIENT_CONTACT), self.desk.can(Perm.CLIENT_NOTES)

    def _view(self, row: dict[str, Any]) -> dict[str, Any]:
        sees_contact, sees_notes = self._sees()
        return masking.view(row, contact=sees_contact, notes=sees_notes)

    @requires(Perm.CLIENT_WRITE)
    def add(self, *, first_name: str, last_name: str, email: str | None = None, phone: str | None = None,
            birth_date: str | None = None, notes: str | None = None, source: str | None = None,
            returning: bool = False, not_health: bool = False) -> str:
        """A new client file. The email or phone of someone who asked to be erased is flagged (ReturningClient)
        unless `returning` says the person came back and gave their details again themselves. Notes that look
        like health information are refused unless `not_health` says the desk checked they are not."""
        added = self.add_many([{"first_name": first_name, "last_name": last_name, "email": email, "phone": phone,
                                "birth_date": birth_date, "notes": notes, "source": source, "returning": returning,
                                "not_health": not_health}])[0]
        if isinstance(added, SalonError):
            raise added
        return added

    @requires(Perm.CLIENT_WRITE)
    def add_many(self, files: list[dict[str, Any]]) -> list[str | SalonError]:
        """New client files in one go (an import): each dict holds add()'s keywords and is checked as add() checks
        it (or holds `checked`, a contact.CheckedClient, and the source: see _new_file). A refused one gets its
        error (InputError, HealthInNotes, ReturningClient) in place of an id and the others are added, with their
        search tokens, outbox entries and audit rows, a statement per table."""
        returning_client = suppression.matcher(self._db)
        results: list[str | SalonError] = []
        rows, entries = [], []
        stamp = timeutil.iso(timeutil.now())
        for fields in files:
            fields = dict(fields)
            returning, not_health = fields.pop("returning", False), fields.pop("not_health", False)
            try:
                values = _new_file(fields)
                flagged = _flagged(values["notes"], not_health)
                if not returning and returning_client(values["email"], values["phone"]):
                    raise ReturningClient(RETURNING)
            except (InputError, ReturningClient) as refused:
                results.append(refused)
                continue
            client_id = ids.new()
            rows.append({"id": client_id, **values, "created_at": stamp, "updated_at": stamp})
            entries.append(("client_added", "client", client_id, {"source": values["source"]}))
            if flagged:
                entries.append(("notes_confirmed_not_health", "client", client_id, {}))
            results.append(client_id)
        if rows:
            with self.unit_of_work() as uow:
                clients.insert_many(uow, rows)
                self.log_many(uow, entries)
            self.desk.notify("client")
        return results

    @requires(Perm.CLIENT_WRITE)
    def edit(self, client_id: str, *, request_id: str | None = None, not_health: bool = False, **fields: Any) -> None:
        """Change a client file. A rectification request is recorded by passing its id; a restricted client
        (GDPR Art. 18) may be edited only against the request that restricted them. Changed notes that look like
        health information need `not_health` (logged with who confirmed)."""
        unknown = set(fields) - set(EDITABLE)
        if unknown:
            raise InputError(QT_TRANSLATE_NOOP("Messages", "These client fields cannot be edited: {fields}."),
                             fields=", ".join(sorted(unknown)))
        if "notes" in fields and not self.desk.can(Perm.CLIENT_NOTES):
            raise PermissionDenied(QT_TRANSLATE_NOOP("Messages", "Your role does not allow reading or editing notes."))
        current = self._row(client_id)
        if current["restricted_by"] and request_id != current["restricted_by"]:
            raise Conflict(QT_TRANSLATE_NOOP(
                "Messages", "This client asked to restrict the use of their data: change the file only as part "
                "of that request (Requests tab)."))
        changes = {k: v for k, v in _clean(fields).items() if current.get(k) != v}
        if not changes:
            return
        flagged = "notes" in changes and _flagged(changes["notes"], not_health)
        with self.unit_of_work() as uow:
            clients.update(uow, client_id, {**changes, "updated_at": timeutil.iso(timeutil.now())})
            details = {"fields": sorted(changes)}
            if request_id:
                details["request"] = request_id
            self.desk.log(uow, "client_edited", "client", client_id, **details)
            if flagged:
                self.desk.log(uow, "notes_confirmed_not_health", "client", client_id)
        self.desk.notify("client")

    @requires(Perm.CLIENT_READ)
    def show(self, client_id: str, *, unmasked: bool = False, purpose: str = "client_file") -> dict[str, Any]:
        """One client file as this role may see it; the view is logged (access requests ask for it)."""
        if unmasked:
            self.desk.authorize(Perm.CLIENT_CONTACT)
        row = self._row(client_id)
        now = timeutil.now()
        last = self._logged_views.get((client_id, purpose))
        if last is None or now - last > VIEW_LOG_WINDOW:  # a refresh of an open file is not a new view
            with self.unit_of_work() as uow:
                self.desk.log(uow, "client_viewed", "client", client_id, purpose=purpose)
            self._logged_views[(client_id, purpose)] = now
        return self._view(row)

    @requires(Perm.CLIENT_READ)
    def search(self, text: str, *, limit: int | None = None) -> list[str]:
        """Ids of matching clients in name order. Roles without contact access search names only."""
        return clients.search_ids(self._db, text, contact=self.desk.can(Perm.CLIENT_CONTACT), limit=limit)

    @requires(Perm.CLIENT_READ)
    def count_matching(self, text: str) -> int:
        return clients.count_matching(self._db, text, contact=self.desk.can(Perm.CLIENT_CONTACT))

    @requires(Perm.CLIENT_READ)
    def page(self, text: str, offset: int, limit: int, total: int | None = None) -> list[dict[str, Any]]:
        """One page of the name-ordered list for this search, masked for this role."""
        ids = clients.page_ids(self._db, text, offset, limit, contact=self.desk.can(Perm.CLIENT_CONTACT),
                               total=total)
        return self.rows(ids)

    @requires(Perm.CLIENT_READ)
    def position(self, client_id: str) -> int:
        return clients.position(self._db, client_id)

    @requires(Perm.CLIENT_READ)
    def rows(self, ids: list[str]) -> list[dict[str, Any]]:
        """List rows for these ids, masked for this role (no view logging: lists show names only)."""
        sees_contact, sees_notes = self._sees()
        return [masking.view(row, contact=sees_contact, notes=sees_notes) for row in clients.rows(self._db, ids)]

    @requires(Perm.CLIENT_READ)
    def names(self, ids) -> dict[str, str]:
        """id -> display name as this role may see it ("Marie D." when contacts are masked): for the book."""
        sees = self.desk.can(Perm.CLIENT_CONTACT)
        return {cid: masking.display_name(first, last, contact=sees)
                for cid, first, last in clients.names(self._db, ids)}

    @requires(Perm.CLIENT_READ)
    def count(self) -> int:
        return clients.count(self._db)

    def _row(self, client_id: str) -> dict[str, Any]:
        row = clients.get(self._db, client_id)
        if row is None:
            raise NotFound(QT_TRANSLATE_NOOP("Messages", "No client with id {id}."), id=client_id)
        return row
