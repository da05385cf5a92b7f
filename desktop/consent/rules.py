"""Marketing consent: the rules, in one place, and the service that enforces them.

A grant is valid only when it is free (never a condition of booking: nothing here is called by booking),
specific (one channel per event), informed (the exact text version shown is stored with its hash),
unambiguous and given by a positive act (a grant method and a staff member or an online source).
"Not asked yet" is not "refused", and no soft opt-in is ever assumed.
"""
from __future__ import annotations

from datetime import datetime, timedelta
from importlib import resources
from typing import Any, Iterable, NamedTuple

from desktop.clients import contact
from storage import consent as ledger, timeutil
from storage.errors import QT_TRANSLATE_NOOP, InputError

CHANNELS = ("email", "sms")
PURPOSE = {"email": "email_marketing", "sms": "sms_marketing", "health": "health_data"}
HEALTH_GRANT_METHODS = {"desk", "paper"}  # explicit consent (Art. 9(2)(a)): given in person or signed
DECISIONS = ("granted", "refused", "withdrawn")
METHODS = ("desk", "phone", "paper", "online", "marketplace", "link", "sms_stop", "import", "request", "email",
           "letter")
GRANT_METHODS = {"desk", "phone", "paper", "online", "marketplace", "import"}  # positive acts
ONLINE_METHODS = {"online", "marketplace", "link", "sms_stop"}  # decided by the client online, not at the desk
SOURCE_TEXT_METHODS = {"online", "marketplace"}  # grants that carry the text of the form or platform that showed it
WITHDRAWAL_METHODS = ("desk", "phone", "email", "letter")  # how a withdrawal reached the salon (staff ask)
MAX_SOURCE = 60
LANGUAGES = ("fr", "en")
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
    "request": QT_TRANSLATE_NOOP("Consent", "the client's objection (data-protection request)"),
    "email": QT_TRANSLATE_NOOP("Consent", "by email"),
    "letter": QT_TRANSLATE_NOOP("Consent", "by letter"),
}


class Decision(NamedTuple):
    """One decision to record (ConsentService.record's arguments, for record_many)."""
    client_id: str
    channel: str
    decision: str
    method: str
    text_version: int | None = None
    language: str = "fr"
    source: str | None = None
    evidence: str | None = None
    occurred_at: datetime | None = None
    observed_seq: int = 0


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
    if channel == "health" and method == "paper" and not (evidence or "").strip():
        raise InputError(QT_TRANSLATE_NOOP(
            "Messages", "A signed health form needs its reference (where the signed paper is filed)."))
    check_text_source(method=method, source=source, text=text)


def check_text_source(*, method: str, source: str | None, text: dict) -> None:
    """A grant points to the text that client really saw: an online or marketplace grant to the text registered
    for that form or platform, any other grant to the salon's own wording."""
    if method in SOURCE_TEXT_METHODS:
        if text.get("source") != source:
            raise InputError(QT_TRANSLATE_NOOP(
                "Messages", "An online or marketplace grant needs the text that form or platform showed: register "
                "it for {source} (salon-desk consent text --source), then give its version. The salon's own wording "
                "was never shown there."), source=source)
    elif text.get("source") is not None:
        raise InputError(QT_TRANSLATE_NOOP(
            "Messages", "This text version was shown by {source}: a grant at the desk, by phone or on paper uses "
            "the salon's own wording."), source=text["source"])


def check_source_name(source: str | None) -> str:
    """The name of an online form or platform, as events and texts store it."""
    source = " ".join((source or "").split())
    if not source or len(source) > MAX_SOURCE:
        raise InputError(QT_TRANSLATE_NOOP(
            "Messages", "Name the online form or platform in 1 to 60 characters (for example: widget, treatwell)."))
    return source


def reachable(channel: str, *, email: str | None, phone: str | None) -> bool:
    """Whether the client can receive this marketing channel: an email address, or a number that takes SMS."""
    if channel == "email":
        return bool(email)
    if channel == "sms":
        return bool(phone) and contact.takes_sms(phone)
    return True


def check_reachable(channel: str, *, email: str | None, phone: str | None) -> None:
    if not reachable(channel, email=email, phone=phone):
        raise InputError(NO_EMAIL if channel == "email" else NO_MOBILE)


def channels_to_ask(statuses: dict[str, "Status"], *, email: str | None, phone: str | None, now: datetime,
                    quiet_days: int, waiting_for_visit: bool) -> list[str]:
    """The consent memo's channels: none while "ask later" waits for the next visit; a channel not asked yet, or
    refused longer ago than the quiet period; never a withdrawal; never a channel the client cannot receive."""
    if waiting_for_visit:
        return []
    quiet = timedelta(days=quiet_days)
    return [channel for channel, state in statuses.items()
            if reachable(channel, email=email, phone=phone)
            and (state.status == "unknown"
                 or (state.status == "refused" and now - timeutil.parse(state.since) >= quiet))]


NO_EMAIL = QT_TRANSLATE_NOOP("Messages", "This client has no email address: add one before recording email consent.")
NO_MOBILE = QT_TRANSLATE_NOOP(
    "Messages", "This client has no mobile number: SMS consent needs a number that can receive text messages.")


def _saw(grant: dict, withdrawal: dict, server_seqs: dict[str, int]) -> bool:
    """Whether the device that recorded `grant` had seen `withdrawal` at the time."""
    if grant["device_id"] == withdrawal["device_id"]:
        return grant["device_order"] > withdrawal["device_order"]
    seq = server_seqs.get(withdrawal["id"], withdrawal.get("server_seq"))
    return seq is not None and grant["observed_seq"] >= seq


def fold(channel: str, events: Iterable[dict], server_seqs: dict[str, int] | None = None) -> Status:
    """Current status from the events of one client and channel: the newest event decides, except that a
    grant recorded on a device that had not seen a withdrawal never overrides it (sync relies on this).
    A withdrawal's server seq comes from `server_seqs`, else from its stored `server_seq` (NULL until sync)."""
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


# What a consent text says when the owner left a setting empty, per language (like the texts themselves).
DEFAULT_NOTICE = {"fr": "affichée à l’accueil du salon et remise sur simple demande",
                  "en": "displayed at the salon’s front desk and given on request"}
DEFAULT_RIGHTS = {"fr": ("à l’accueil du salon", "à l’accueil du salon ou par e-mail à {email}"),
                  "en": ("at the salon’s front desk", "at the salon’s front desk or by email to {email}")}
_SALON_WORDS = {"salon": "le ", "institut": "l’", "atelier": "l’", "studio": "le ", "espace": "l’", "spa": "le ",
                "barbier": "le ", "maison": "la ", "boutique": "la ", "cabinet": "le ", "centre": "le ",
                "bar": "le ", "barber": "le ", "onglerie": "l’", "l’": "", "l'": "", "le": "", "la": "", "les": ""}


def called_in_french(name: str) -> str:
    """How a French sentence names the salon: "le salon Marie Coiffure", "l’Atelier Lumière", never
    "le salon Salon Marie"."""
    name = " ".join(name.split())
    first = name.split(" ")[0].lower() if name else ""
    for word, article in _SALON_WORDS.items():
        if first == word or (word in ("l’", "l'") and first.startswith(word)):
            return article + name
    return "le salon " + name


def identity(language: str, salon: dict[str, Any], settings: dict[str, str]) -> dict[str, str]:
    """The fill-ins of a consent text: how the salon is named, the controller (legal name, trade name, address
    or contact), where the privacy notice is, and how to exercise one's rights. Empty settings fall back to
    the salon's own details."""
    name = salon["name"]
    legal = settings.get("salon_legal_name") or name
    controller = legal if legal.casefold() == name.casefold() else f"{legal} ({name})"
    where = salon.get("address") or salon.get("email") or salon.get("phone")
    if where:
        controller += f", {where}"
    plain, by_email = DEFAULT_RIGHTS[language]
    rights = settings.get("rights_contact") or (by_email.replace("{email}", salon["email"]) if salon.get("email")
                                                else plain)
    called = (settings.get("salon_called") or called_in_french(name)) if language == "fr" else name
    return {"salon": called, "controller": controller, "rights_contact": rights,
            "privacy_notice": settings.get("privacy_notice") or DEFAULT_NOTICE[language],
            "health_months": settings.get("health_retention_months") or "24"}


def default_text(purpose: str, language: str, fills: dict[str, str]) -> str:
    body = resources.files("resources").joinpath(f"consent/{language}/{purpose}.txt").read_text(encoding="utf-8")
    body = body.strip()
    for key, value in fills.items():
        body = body.replace("{" + key + "}", value)
    return body

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
    return refresh_statuses(db, [(client_id, channel)])[(client_id, channel)]


def refresh_statuses(db, pairs: Iterable[tuple[str, str]]) -> dict[tuple[str, str], Status]:
    """refresh_status for each (client, channel), reading the ledger once per 500 clients."""
    wanted = list(dict.fromkeys(pairs))
    found: dict[tuple[str, str], list[dict]] = {pair: [] for pair in wanted}
    clients = list(dict.fromkeys(client_id for client_id, _ in wanted))
    for start in range(0, len(clients), 500):
        for event in ledger.events(db, client_ids=clients[start:start + 500]):
            events = found.get((event["client_id"], event["channel"]))
            if events is not None:
                events.append(event)
    states = {pair: fold(pair[1], events) for pair, events in found.items()}
    ledger.save_statuses(db, [{"client_id": client_id, "channel": channel, "status": state.status,
                               "since": state.since, "method": state.method, "text_version": state.text_version,
                               "text_sha256": state.text_sha256, "event_id": state.event_id}
                              for (client_id, channel), state in states.items()])
    return states


def stale_statuses(conn) -> list[str]:
    """verify(): stored statuses re-derived from the ledger. Each must be what fold() makes of its events; a
    status with no event behind it (forged, or left by a deleted event) is named too."""
    stored = {(r["client_id"], r["channel"]): _status_of(r) for r in ledger.statuses(conn)}
    problems = [f"stored consent status of client {client_id} ({channel}: {status}) has no event in the ledger"
                for client_id, channel, status in ledger.orphan_statuses(conn)]
    channels = sorted({channel for (_, channel) in ledger.pairs(conn)})
    for (client_id, channel), events in ledger.events_by_pair(conn, channels):
        fresh = fold(channel, events)
        if stored.get((client_id, channel)) != Status(channel, fresh.status, fresh.since, fresh.method,
                                                      fresh.text_version, fresh.text_sha256, fresh.event_id):
            problems.append(f"stored consent status of client {client_id} ({channel}) differs from the ledger")
    return problems


def derived(db, channels: Iterable[str], *, refused_or_withdrawn: bool = False) -> dict[tuple[str, str], Status]:
    """fold() of the events of every (client, channel) on these channels, never the stored status;
    `refused_or_withdrawn`: only pairs where such a decision exists (see storage/consent.py events_by_pair)."""
    return {pair: fold(pair[1], events) for pair, events in
            ledger.events_by_pair(db, channels, refused_or_withdrawn=refused_or_withdrawn)}
