"""Marketing consent: the rules, in one place, and the service that enforces them.

A grant is valid only when it is free (never a condition of booking: nothing here is called by booking),
specific (one channel per event), informed (the exact text version shown is stored with its hash),
unambiguous and given by a positive act (a grant method and a staff member or an online source).
"Not asked yet" is not "refused", and no soft opt-in is ever assumed.
"""
from __future__ import annotations

import uuid
from datetime import datetime, timedelta
from importlib import resources
from typing import Any, Iterable, NamedTuple

from desktop.desk import Service, requires
from desktop.permissions import Perm
from storage import consent as ledger, timeutil
from storage.errors import QT_TRANSLATE_NOOP, InputError, PermissionDenied

CHANNELS = ("email", "sms")
PURPOSE = {"email": "email_marketing", "sms": "sms_marketing", "health": "health_data"}
HEALTH_GRANT_METHODS = {"desk", "paper"}  # explicit consent (Art. 9(2)(a)): given in person or signed
DECISIONS = ("granted", "refused", "withdrawn")
METHODS = ("desk", "phone", "paper", "online", "marketplace", "link", "sms_stop", "import")
GRANT_METHODS = {"desk", "phone", "paper", "online", "marketplace", "import"}  # positive acts
ONLINE_METHODS = {"online", "marketplace", "link", "sms_stop"}  # decided by the client online, not at the desk
LANGUAGES = ("fr", "en")
QUIET_DAYS_KEY, QUIET_DAYS_DEFAULT = "consent_quiet_days", 180
TIMEZONE = "Europe/Paris"

CHANNEL_LABELS = {"email": QT_TRANSLATE_NOOP("Consent", "Email"), "sms": QT_TRANSLATE_NOOP("Consent", "SMS"),
                  "platform": QT_TRANSLATE_NOOP("Consent", "Platform newsletter"),
                  "health": QT_TRANSLATE_NOOP("Consent", "Health information")}
STATUS_LABELS = {
    "unknown": QT_TRANSLATE_NOOP("Consent", "not asked yet"),
    "granted": QT_TRANSLATE_NOOP("Consent", "granted"),
    "refused": QT_TRANSLATE_NOOP("Consent", "refused"),
    "withdrawn": QT_TRANSLATE_NOOP("Consent", "withdrawn"),
}
METHOD_LABELS = {
    "desk": QT_TRANSLATE_NOOP("Consent", "at the desk"),
    "phone": QT_TRANSLATE_NOOP("Consent", "by phone"),
    "paper": QT_TRANSLATE_NOOP("Consent", "on a paper form"),
    "online": QT_TRANSLATE_NOOP("Consent", "online booking"),
    "marketplace": QT_TRANSLATE_NOOP("Consent", "marketplace"),
    "link": QT_TRANSLATE_NOOP("Consent", "unsubscribe link"),
    "sms_stop": QT_TRANSLATE_NOOP("Consent", "SMS STOP"),
    "import": QT_TRANSLATE_NOOP("Consent", "import with evidence"),
}


class Status(NamedTuple):
    channel: str
    status: str = "unknown"  # unknown / granted / refused / withdrawn
    since: str | None = None
    method: str | None = None
    text_version: int | None = None
    text_sha256: str | None = None
    event_id: str | None = None
    superseded: tuple[str, ...] = ()  # grants that never saw a withdrawal

    def as_dict(self) -> dict[str, Any]:
        return {"status": self.status, "since": self.since, "method": self.method,
                "text_version": self.text_version, "text_sha256": self.text_sha256, "event_id": self.event_id,
                "superseded_unseen": list(self.superseded)}


def check_event(*, channel: str, decision: str, method: str, text: dict | None, recorded_by: str | None,
                source: str | None, evidence: str | None) -> None:
    """Raise InputError unless this event may enter the ledger."""
    if channel not in PURPOSE:
        raise InputError(QT_TRANSLATE_NOOP("Messages", "Consent is recorded for one channel at a time: email or sms."))
    if decision not in DECISIONS:
        raise InputError(QT_TRANSLATE_NOOP("Messages", "A consent decision is granted, refused or withdrawn."))
    if method not in METHODS:
        raise InputError(QT_TRANSLATE_NOOP("Messages", "Unknown consent method {method}."), method=method)
    if not recorded_by and not source:
        raise InputError(QT_TRANSLATE_NOOP(
            "Messages", "A consent event needs the staff member who recorded it, or the online source."))
    if decision != "granted":
        return
    if method not in GRANT_METHODS:
        raise InputError(QT_TRANSLATE_NOOP(
            "Messages", "A grant needs a positive act by the client (at the desk, by phone, on paper, online, "
            "on the marketplace, or an import with evidence)."))
    if text is None:
        raise InputError(QT_TRANSLATE_NOOP(
            "Messages", "A grant needs the exact text version the client was shown."))
    if channel == "health" and method not in HEALTH_GRANT_METHODS:
        raise InputError(QT_TRANSLATE_NOOP(
            "Messages", "Consent to keep health information must be explicit: given at the desk or on a signed form."))
    if text["purpose"] != PURPOSE[channel]:
        raise InputError(QT_TRANSLATE_NOOP("Messages", "This text is not the {channel} consent text."),
                         channel=channel)
    if method in ONLINE_METHODS and not source:
        raise InputError(QT_TRANSLATE_NOOP("Messages", "An online grant needs its source (which site or form)."))
    if method == "import" and not evidence:
        raise InputError(QT_TRANSLATE_NOOP(
            "Messages", "An imported grant needs evidence: the file's hash and row, from a client who gave it."))


def _saw(grant: dict, withdrawal: dict, server_seqs: dict[str, int]) -> bool:
    """Whether the device that recorded `grant` had seen `withdrawal` at the time."""
    if grant["device_id"] == withdrawal["device_id"]:
        return grant["device_order"] > withdrawal["device_order"]
    seq = server_seqs.get(withdrawal["id"])
    return seq is not None and grant["observed_seq"] >= seq


def fold(channel: str, events: Iterable[dict], server_seqs: dict[str, int] | None = None) -> Status:
    """Current status from the events of one client and channel: the newest event decides, except that a
    grant recorded on a device that had not seen a withdrawal never overrides it (sync relies on this)."""
    server_seqs = server_seqs or {}
    current, withdrawal, superseded = None, None, []
    for event in sorted(events, key=lambda e: (e["occurred_at"], e["seq"])):
        if event["decision"] == "granted" and withdrawal is not None and not _saw(event, withdrawal, server_seqs):
            superseded.append(event["id"])
            continue
        current = event
        if event["decision"] == "withdrawn":
            withdrawal = event
    if current is None:
        return Status(channel, superseded=tuple(superseded))
    return Status(channel, current["decision"], current["occurred_at"], current["method"], current["text_version"],
                  current["text_sha256"], current["id"], tuple(superseded))


def default_text(purpose: str, language: str, salon_name: str) -> str:
    body = resources.files("resources").joinpath(f"consent/{language}/{purpose}.txt").read_text(encoding="utf-8")
    return body.strip().replace("{salon}", salon_name)


class ConsentService(Service):
    # -- texts ---------------------------------------------------------------------------------------------
    def _ensure_texts(self) -> None:
        """Version 1 of each wording, naming the salon, the first time a purpose is used."""
        wanted = {(language, purpose) for language in LANGUAGES for purpose in PURPOSE.values()}
        have = set(self.conn.execute("SELECT DISTINCT language, purpose FROM consent_text WHERE owner = 'salon'"))
        if wanted <= have:
            return
        salon = self.conn.execute("SELECT name FROM salon").fetchone()[0]
        stamp = timeutil.iso(timeutil.now())
        with self.desk.store.unit_of_work() as uow:
            have = set(uow.execute("SELECT DISTINCT language, purpose FROM consent_text WHERE owner = 'salon'"))
            for language, purpose in sorted(wanted - have):
                ledger.add_text(uow, purpose=purpose, language=language, owner="salon", created_at=stamp,
                                created_by=None, body=default_text(purpose, language, salon))

    @requires(Perm.CLIENT_READ)
    def text(self, channel: str, language: str = "fr", version: int | None = None) -> dict[str, Any]:
        self._ensure_texts()
        found = ledger.text(self.conn, PURPOSE.get(channel, ""), language, version)
        if found is None:
            raise InputError(QT_TRANSLATE_NOOP("Messages", "There is no {channel} consent text version {version}."),
                             channel=channel, version=version or "")
        return found

    @requires(Perm.CONSENT_TEXT, reauth=True)
    def edit_text(self, channel: str, body: str, language: str = "fr") -> dict[str, Any]:
        """A new version; events keep pointing to the version the client actually saw."""
        body = (body or "").strip()
        if len(body) < 20:
            raise InputError(QT_TRANSLATE_NOOP("Messages", "A consent text must say plainly what the client agrees to."))
        current = self.text(channel, language)
        if ledger.text_hash(body) == current["sha256"]:
            return current
        with self.desk.store.unit_of_work() as uow:
            row = ledger.add_text(uow, purpose=PURPOSE[channel], language=language, body=body, owner="salon",
                                  created_at=timeutil.iso(timeutil.now()), created_by=self.desk.session.staff_id)
            self.desk.log(uow, "consent_text_edited", "consent_text", row["id"], version=row["version"])
        return row

    # -- recording -----------------------------------------------------------------------------------------
    @requires(Perm.CONSENT_RECORD)
    def record(self, client_id: str, channel: str, decision: str, method: str, *, text_version: int | None = None,
               language: str = "fr", source: str | None = None, evidence: str | None = None,
               occurred_at: datetime | None = None, observed_seq: int = 0) -> dict[str, Any]:
        """Append one decision for one channel. A grant without the text version shown is refused."""
        if channel == "platform":
            raise PermissionDenied(QT_TRANSLATE_NOOP(
                "Messages", "The platform's newsletter is managed by the platform and arrives through sync."))
        if not self.conn.execute("SELECT 1 FROM client WHERE id = ?", (client_id,)).fetchone():
            raise InputError(QT_TRANSLATE_NOOP("Messages", "No client with id {id}."), id=client_id)
        text = None
        if text_version is not None and channel in PURPOSE:
            text = self.text(channel, language, int(text_version))
        check_event(channel=channel, decision=decision, method=method, text=text,
                    recorded_by=self.desk.session.staff_id, source=source, evidence=evidence)
        now = timeutil.now()
        when = occurred_at or now
        if when > now + timedelta(minutes=5):
            raise InputError(QT_TRANSLATE_NOOP("Messages", "A consent decision cannot be dated in the future."))
        with self.desk.store.unit_of_work() as uow:
            event = ledger.append_event(uow, {
                "id": str(uuid.uuid4()), "client_id": client_id, "channel": channel, "purpose": PURPOSE[channel],
                "decision": decision, "occurred_at": timeutil.iso(when), "timezone": TIMEZONE,
                "recorded_at": timeutil.iso(now), "method": method, "recorded_by": self.desk.session.staff_id,
                "source": source, "text_id": text["id"] if text else None,
                "text_version": text["version"] if text else None, "text_sha256": text["sha256"] if text else None,
                "evidence": evidence, "device_id": uow.device_id, "observed_seq": int(observed_seq)})
            refresh_status(uow, client_id, channel)
            if channel == "health" and decision == "withdrawn":  # the health data goes with the consent
                from desktop.health import erase_health_data
                erase_health_data(uow, client_id)
            self.desk.log(uow, "consent_recorded", "client", client_id, channel=channel, decision=decision,
                          event=event["id"])
        self.desk.notify("consent")
        return event

    @requires(Perm.CONSENT_RECORD)
    def withdraw(self, client_id: str, channel: str, method: str = "desk") -> dict[str, Any]:
        """One call, any role: honoured at once everywhere the status is read."""
        return self.record(client_id, channel, "withdrawn", method)

    @requires(Perm.CONSENT_RECORD)
    def ask_later(self, client_id: str) -> None:
        with self.desk.store.unit_of_work() as uow:
            uow.append("consent_prompt", {"id": str(uuid.uuid4()), "client_id": client_id, "answer": "later",
                                          "at": timeutil.iso(timeutil.now()), "staff_id": self.desk.session.staff_id})

    # -- reading -------------------------------------------------------------------------------------------
    @requires(Perm.CLIENT_READ)
    def status(self, client_id: str) -> dict[str, Status]:
        events = ledger.events(self.conn, client_ids=[client_id])
        return {channel: fold(channel, [e for e in events if e["channel"] == channel]) for channel in CHANNELS}

    @requires(Perm.CLIENT_READ)
    def platform_newsletter(self, client_id: str) -> Status | None:
        """The platform's own newsletter, shown read-only; None when the platform never sent a decision."""
        events = ledger.events(self.conn, client_ids=[client_id], channel="platform")
        return fold("platform", events) if events else None

    @requires(Perm.CLIENT_READ)
    def history(self, client_id: str) -> list[dict[str, Any]]:
        """Every event for this client, newest first, each with the exact wording it points to."""
        events = ledger.events(self.conn, client_ids=[client_id])
        texts: dict[str, dict] = {}
        for event in events:
            if event["text_id"] and event["text_id"] not in texts:
                texts[event["text_id"]] = ledger.text_by_id(self.conn, event["text_id"])
            event["text"] = texts.get(event["text_id"], {}).get("body") if event["text_id"] else None
            event["recorded_by_login"] = self._login(event["recorded_by"])
        return sorted(events, key=lambda e: (e["occurred_at"], e["seq"]), reverse=True)

    def _login(self, staff_id: str | None) -> str | None:
        row = self.conn.execute("SELECT login FROM staff WHERE id = ?", (staff_id,)).fetchone() if staff_id else None
        return row[0] if row else None

    def quiet_days(self) -> int:
        value = self.desk.settings.values().get(QUIET_DAYS_KEY)
        return int(value) if value else QUIET_DAYS_DEFAULT

    @requires(Perm.CLIENT_READ)
    def needs_prompt(self, client_id: str, *, now: datetime | None = None) -> list[str]:
        """Channels to ask about now: unknown ones, or refusals older than the quiet period, unless the desk
        chose "ask later" within it. A withdrawal is never re-asked by the app."""
        now = now or timeutil.now()
        quiet = timedelta(days=self.quiet_days())
        later = ledger.last_prompt(self.conn, client_id)
        if later and now - timeutil.parse(later) < quiet:
            return []
        channels = []
        for channel, state in self.status(client_id).items():
            if state.status == "unknown" or (state.status == "refused" and now - timeutil.parse(state.since) >= quiet):
                channels.append(channel)
        return channels

    @requires(Perm.CLIENT_READ)
    def summary(self) -> dict[str, dict[str, tuple[str, str | None]]]:
        """client id -> channel -> (status, since) for every client with at least one decision."""
        result: dict[str, dict[str, tuple[str, str | None]]] = {}
        for client_id, channel, status, since in ledger.status_summary(self.conn):
            result.setdefault(client_id, {})[channel] = (status, since)
        return result


def accept_platform_event(uow, event: dict[str, Any]) -> dict[str, Any]:
    """Store a newsletter decision made on the platform (the sync client calls this; staff never can).

    The platform is the controller of its own newsletter: the salon keeps its decisions to show them,
    with the platform's wording, and never records or changes them itself.
    """
    text = ledger.text_by_id(uow, event["text_id"]) if event.get("text_id") else None
    if event.get("decision") == "granted" and (text is None or text["owner"] != "platform"
                                               or text["purpose"] != "platform_newsletter"):
        raise InputError(QT_TRANSLATE_NOOP("Messages", "A platform newsletter grant needs the platform's text."))
    if event.get("method") not in ONLINE_METHODS or not event.get("source"):
        raise InputError(QT_TRANSLATE_NOOP("Messages", "A platform decision comes from an online source."))
    row = ledger.append_event(uow, {**event, "channel": "platform", "purpose": "platform_newsletter",
                                    "recorded_by": None})
    refresh_status(uow, event["client_id"], "platform")
    return row


def _status_of(row: dict[str, Any]) -> Status:
    return Status(row["channel"], row["status"], row["since"], row["method"], row["text_version"],
                  row["text_sha256"], row["event_id"])


def refresh_status(db, client_id: str, channel: str) -> Status:
    """Recompute one stored status from the ledger with fold(); call in the transaction that appends."""
    state = fold(channel, ledger.events(db, client_ids=[client_id], channel=channel))
    ledger.save_status(db, {"client_id": client_id, "channel": channel, "status": state.status,
                            "since": state.since, "method": state.method, "text_version": state.text_version,
                            "text_sha256": state.text_sha256, "event_id": state.event_id})
    return state


def stale_statuses(conn) -> list[str]:
    """verify(): stored statuses that differ from a fresh fold of the ledger."""
    stored = {(r["client_id"], r["channel"]): _status_of(r) for r in ledger.statuses(conn)}
    problems = []
    for client_id, channel in ledger.pairs(conn):
        fresh = fold(channel, ledger.events(conn, client_ids=[client_id], channel=channel))
        if stored.get((client_id, channel)) != Status(channel, fresh.status, fresh.since, fresh.method,
                                                      fresh.text_version, fresh.text_sha256, fresh.event_id):
            problems.append(f"stored consent status of client {client_id} ({channel}) differs from the ledger")
    return problems
