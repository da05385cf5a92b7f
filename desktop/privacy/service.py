"""The request register: who asked what and when, the legal clock, the documents produced, who was told.

Employees log that a request was received; managers and the owner handle it. Rectification is an ordinary
edit of the client file recorded against the request; restriction marks the client until the request closes;
objection withdraws marketing consent on every channel.
"""
from __future__ import annotations

from datetime import date
from typing import Any

from desktop.kernel.operation import Service, requires
from desktop.kernel.permissions import Perm
from desktop.privacy.deadlines import SOON_DAYS, due_date, may_extend
from desktop.timefmt import salon_today
from storage import clients, ids, timeutil
from storage.errors import QT_TRANSLATE_NOOP, Conflict, InputError, NotFound

KINDS = ("access", "portability", "erasure", "rectification", "restriction", "objection")
CHANNELS = ("desk", "phone", "email", "letter", "platform")
# Art. 19: recipients to tell when a request ends in rectification, erasure or restriction.
TELL_RECIPIENTS = ("rectification", "erasure", "restriction")
SHARED_SOURCES = ("widget", "marketplace")  # the booking platform holds these clients' data too

KIND_LABELS = {
    "access": QT_TRANSLATE_NOOP("Privacy", "Access (a copy of the data)"),
    "portability": QT_TRANSLATE_NOOP("Privacy", "Portability (data in a reusable file)"),
    "erasure": QT_TRANSLATE_NOOP("Privacy", "Erasure"),
    "rectification": QT_TRANSLATE_NOOP("Privacy", "Rectification"),
    "restriction": QT_TRANSLATE_NOOP("Privacy", "Restriction"),
    "objection": QT_TRANSLATE_NOOP("Privacy", "Objection to marketing"),
}
CHANNEL_LABELS = {
    "desk": QT_TRANSLATE_NOOP("Privacy", "at the desk"),
    "phone": QT_TRANSLATE_NOOP("Privacy", "by phone"),
    "email": QT_TRANSLATE_NOOP("Privacy", "by email"),
    "letter": QT_TRANSLATE_NOOP("Privacy", "by letter"),
    "platform": QT_TRANSLATE_NOOP("Privacy", "through the booking platform"),
}
COLUMNS = ("id", "client_id", "kind", "received_on", "channel", "due_on", "extended_due_on", "extension_reason",
           "extended_at", "identity_note", "status", "outcome", "received_by", "handled_by", "closed_on",
           "created_at", "updated_at")


def parse_day(text: str | date | None, *, default: date) -> date:
    if text is None or text == "":
        return default
    if isinstance(text, date):
        return text
    try:
        day = date.fromisoformat(str(text))
    except ValueError:
        raise InputError(QT_TRANSLATE_NOOP("Messages", "Write the date as YYYY-MM-DD.")) from None
    if not 1900 <= day.year <= 2100:
        raise InputError(QT_TRANSLATE_NOOP("Messages", "Write the date as YYYY-MM-DD."))
    return day


class RequestService(Service):
    # -- reading -----------------------------------------------------------------------------------------
    def _row(self, request_id: str) -> dict[str, Any]:
        row = self._db.execute(f"SELECT {', '.join(COLUMNS)} FROM privacy_request WHERE id = ?",
                               (request_id,)).fetchone()
        if row is None:
            raise NotFound(QT_TRANSLATE_NOOP("Messages", "No request with id {id}."), id=request_id)
        return dict(zip(COLUMNS, row))

    def _described(self, rows: list[dict[str, Any]], today: date) -> list[dict[str, Any]]:
        names = self.desk.clients.names(r["client_id"] for r in rows)
        erased = {r[0] for r in self._db.execute("SELECT client_id FROM erasure")}
        for row in rows:
            due = date.fromisoformat(row["extended_due_on"] or row["due_on"])
            row["due"] = due.isoformat()
            row["days_left"] = (due - today).days
            row["overdue"] = row["status"] == "open" and due < today
            row["client"] = names.get(row["client_id"], "")
            row["client_erased"] = row["client_id"] in erased
            row["documents"] = self._documents(row["id"])
            row["notices"] = self._notices(row["id"])
        return rows

    def _documents(self, request_id: str) -> list[dict[str, Any]]:
        cols = ("id", "kind", "fingerprint", "sha256", "language", "created_at")
        return [dict(zip(cols, r)) for r in self._db.execute(
            f"SELECT {', '.join(cols)} FROM privacy_document WHERE request_id = ? ORDER BY created_at", (request_id,))]

    def _notices(self, request_id: str) -> list[dict[str, Any]]:
        cols = ("id", "recipient", "told_at")
        return [dict(zip(cols, r)) for r in self._db.execute(
            f"SELECT {', '.join(cols)} FROM privacy_notice WHERE request_id = ? ORDER BY recipient", (request_id,))]

    @requires(Perm.REQUEST_MANAGE)
    def get(self, request_id: str, *, today: date | None = None) -> dict[str, Any]:
        return self._described([self._row(request_id)], today or salon_today())[0]

    @requires(Perm.REQUEST_MANAGE)
    def list(self, *, client_id: str | None = None, due_within: int | None = None, include_closed: bool = False,
             today: date | None = None) -> list[dict[str, Any]]:
        """Requests by due date (soonest first); `due_within` keeps open ones due within that many days
        (overdue included)."""
        today = today or salon_today()
        where, params = [], []
        if client_id:
            where.append("client_id = ?")
            params.append(client_id)
        if not include_closed or due_within is not None:
            where.append("status = 'open'")
        sql = f"SELECT {', '.join(COLUMNS)} FROM privacy_request {'WHERE ' + ' AND '.join(where) if where else ''}"
        rows = self._described([dict(zip(COLUMNS, r)) for r in self._db.execute(sql, params)], today)
        if due_within is not None:
            rows = [r for r in rows if r["days_left"] <= int(due_within)]
        return sorted(rows, key=lambda r: (r["status"] != "open", r["due"], r["received_on"]))

    @requires(Perm.REQUEST_MANAGE)
    def memos(self, *, today: date | None = None) -> list[dict[str, Any]]:
        """What the main window reminds of: open requests overdue or due within a week."""
        return self.list(due_within=SOON_DAYS, today=today)

    # -- writing -----------------------------------------------------------------------------------------
    @requires(Perm.REQUEST_LOG)
    def open(self, client_id: str, kind: str, *, received_on: str | date | None = None, channel: str = "desk",
             identity_note: str | None = None, today: date | None = None) -> str:
        """Log a request. Its due date follows the legal clock; a restriction marks the client at once and an
        objection withdraws marketing consent on every channel, recorded against the request."""
        today = today or salon_today()
        if kind not in KINDS:
            raise InputError(QT_TRANSLATE_NOOP("Messages", "Unknown kind of request {kind}."), kind=kind)
        if channel not in CHANNELS:
            raise InputError(QT_TRANSLATE_NOOP("Messages", "Unknown request channel {channel}."), channel=channel)
        received = parse_day(received_on, default=today)
        if received > today:
            raise InputError(QT_TRANSLATE_NOOP("Messages", "A request cannot be received in the future."))
        client = clients.get(self._db, client_id)
        if client is None:
            raise NotFound(QT_TRANSLATE_NOOP("Messages", "No client with id {id}."), id=client_id)
        request_id, stamp = ids.new(), timeutil.iso(timeutil.now())
        with self.unit_of_work() as uow:
            uow.insert("privacy_request", {
                "id": request_id, "client_id": client_id, "kind": kind, "received_on": received.isoformat(),
                "channel": channel, "due_on": due_date(received).isoformat(),
                "identity_note": (identity_note or "").strip() or None, "status": "open",
                "received_by": self.desk.principal.staff_id, "created_at": stamp, "updated_at": stamp})
            recipients = []
            if client["source"] in SHARED_SOURCES:
                recipients.append("platform")  # the platform is controller too: forward the request to it
            for recipient in recipients:
                uow.insert("privacy_notice", {"id": ids.new(), "request_id": request_id,
                                              "recipient": recipient, "created_at": stamp})
            if kind == "restriction":
                uow.update("client", client_id, {"restricted_by": request_id, "updated_at": stamp})
            self.log(uow, "request_opened", "client", client_id, kind=kind, request=request_id)
            if kind == "objection":
                for channel_name in ("email", "sms"):
                    self.desk.consent.withdraw(client_id, channel_name, method="request", evidence=request_id)
        self.changed("request")
        return request_id

    def _open_row(self, request_id: str) -> dict[str, Any]:
        row = self._row(request_id)
        if row["status"] != "open":
            raise Conflict(QT_TRANSLATE_NOOP("Messages", "This request is already closed."))
        return row

    @requires(Perm.REQUEST_MANAGE)
    def extend(self, request_id: str, reason: str, *, today: date | None = None) -> str:
        """Two more months, only with a reason and only within the first month. Returns the new due date."""
        today = today or salon_today()
        row = self._open_row(request_id)
        reason = " ".join((reason or "").split())
        if len(reason) < 10:
            raise InputError(QT_TRANSLATE_NOOP(
                "Messages", "Say why the request needs more time (the client must be told the reason)."))
        if row["extended_due_on"]:
            raise Conflict(QT_TRANSLATE_NOOP("Messages", "This request was already extended."))
        received = date.fromisoformat(row["received_on"])
        if not may_extend(received, today):
            raise Conflict(QT_TRANSLATE_NOOP(
                "Messages", "Too late to extend: the extension must be decided before the first due date ({due})."),
                due=row["due_on"])
        new_due = due_date(received, extended=True).isoformat()
        stamp = timeutil.iso(timeutil.now())
        with self.unit_of_work() as uow:
            uow.update("privacy_request", request_id, {"extended_due_on": new_due, "extension_reason": reason,
                                                       "extended_at": stamp, "updated_at": stamp})
            self.log(uow, "request_extended", "privacy_request", request_id, due=new_due)
        self.changed("request")
        return new_due

    @requires(Perm.REQUEST_MANAGE)
    def set_identity_note(self, request_id: str, note: str) -> None:
        """Only when there is reasonable doubt about who is asking (what was checked, not a copy of an ID)."""
        self._open_row(request_id)
        with self.unit_of_work() as uow:
            uow.update("privacy_request", request_id, {"identity_note": " ".join((note or "").split()) or None,
                                                       "updated_at": timeutil.iso(timeutil.now())})
            self.log(uow, "request_identity_note", "privacy_request", request_id)

    @requires(Perm.REQUEST_MANAGE)
    def mark_told(self, request_id: str, recipient: str) -> None:
        """Art. 19: this recipient (the cloud service, the platform) was told of the outcome."""
        found = self._db.execute("SELECT id FROM privacy_notice WHERE request_id = ? AND recipient = ?",
                                 (request_id, recipient)).fetchone()
        if found is None:
            raise NotFound(QT_TRANSLATE_NOOP("Messages", "No recipient {recipient} to tell for this request."),
                           recipient=recipient)
        with self.unit_of_work() as uow:
            uow.update("privacy_notice", found[0], {"told_at": timeutil.iso(timeutil.now())})
            self.log(uow, "request_recipient_told", "privacy_request", request_id, recipient=recipient)

    @requires(Perm.REQUEST_MANAGE)
    def close(self, request_id: str, outcome: str | None = None, *, today: date | None = None) -> None:
        row = self._open_row(request_id)
        today = today or salon_today()
        stamp = timeutil.iso(timeutil.now())
        with self.unit_of_work() as uow:
            uow.update("privacy_request", request_id, {
                "status": "closed", "closed_on": today.isoformat(), "outcome": (outcome or "").strip() or None,
                "handled_by": self.desk.principal.staff_id, "updated_at": stamp})
            if row["kind"] == "restriction" and clients.get(uow, row["client_id"]):
                uow.update("client", row["client_id"], {"restricted_by": None, "updated_at": stamp})
            self.log(uow, "request_closed", "privacy_request", request_id, kind=row["kind"])
        self.changed("request")

    @requires(Perm.REQUEST_MANAGE)
    def record_document(self, uow, *, client_id: str, request_id: str | None, kind: str, fingerprint: str,
                        sha256: str, language: str | None) -> None:
        """Inside the operation that wrote the document (report, export, certificate)."""
        if request_id is not None:
            self._row(request_id)
        uow.append("privacy_document", {
            "id": ids.new(), "request_id": request_id, "client_id": client_id, "kind": kind,
            "fingerprint": fingerprint, "sha256": sha256, "language": language,
            "created_at": timeutil.iso(timeutil.now()), "created_by": self.desk.principal.staff_id})
