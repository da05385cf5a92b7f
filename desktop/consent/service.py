"""The consent service: texts, recording decisions, reading statuses. The rules live in rules.py."""
from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from desktop.consent.rules import (CHANNELS, LANGUAGES, PURPOSE, TIMEZONE, Decision, Status, check_event,
                                   check_reachable, channels_to_ask, check_source_name, default_text, fold,
                                   identity, refresh_statuses)
from desktop.kernel.operation import Service, public, requires
from desktop.kernel.permissions import Perm
from desktop.settings import CONSENT_QUIET_DAYS, HEALTH_RETENTION_MONTHS
from storage import consent as ledger, controls, ids, timeutil
from storage.errors import QT_TRANSLATE_NOOP, InputError, NotFound, PermissionDenied


def _checked_body(body: str) -> str:
    body = controls.lines(body or "").strip()  # no control characters; Windows line ends become newlines
    if len(body) < 20:
        raise InputError(QT_TRANSLATE_NOOP("Messages", "A consent text must say plainly what the client agrees to."))
    return body


def visited_since(db, client_id: str, answered_at: str, now: datetime) -> bool:
    """Whether the client came back after "ask later": an appointment (not cancelled, not missed) on a later day
    than the answer, up to today."""
    row = db.execute("SELECT 1 FROM appointment WHERE client_id = ? AND status IN ('booked', 'done') "
                     "AND substr(starts_at, 1, 10) > substr(?, 1, 10) AND substr(starts_at, 1, 10) <= substr(?, 1, 10) "
                     "LIMIT 1",
                     (client_id, answered_at, timeutil.iso(now))).fetchone()
    return row is not None


class ConsentService(Service):
    # -- texts ---------------------------------------------------------------------------------------------
    def _fills(self, language: str) -> dict[str, str]:
        salon = dict(zip(("name", "address", "phone", "email"),
                         self._db.execute("SELECT name, address, phone, email FROM salon").fetchone()))
        settings = {**self.desk.settings.values(),
                    "health_retention_months": str(self.desk.settings.get(HEALTH_RETENTION_MONTHS))}
        return identity(language, salon, settings)

    def _ensure_texts(self) -> None:
        """The salon's own wording for each purpose and language, from resources/consent/, naming the salon as
        the owner set it. A new version follows when the owner changes how the salon is named (or an upgrade
        brings better wording), unless the owner wrote that wording themselves."""
        wanted = {}
        for language in LANGUAGES:
            fills = self._fills(language)
            for purpose in PURPOSE.values():
                wanted[(language, purpose)] = default_text(purpose, language, fills)
        stale = [key for key, body in wanted.items() if self._stale(self._db, *key, body)]
        if not stale:
            return
        stamp = timeutil.iso(timeutil.now())
        with self.unit_of_work() as uow:
            for language, purpose in stale:
                if self._stale(uow, language, purpose, wanted[(language, purpose)]):
                    ledger.add_text(uow, purpose=purpose, language=language, owner="salon", created_at=stamp,
                                    created_by=None, body=wanted[(language, purpose)])

    @staticmethod
    def _stale(db, language: str, purpose: str, body: str) -> bool:
        current = ledger.text(db, purpose, language)
        return current is None or (current["created_by"] is None and current["sha256"] != ledger.text_hash(body))

    @requires(Perm.CLIENT_READ)
    def text(self, channel: str, language: str = "fr", version: int | None = None,
             source: str | None = None) -> dict[str, Any]:
        """One version, or the newest of the salon's own wording (or of the text registered for `source`)."""
        self._ensure_texts()
        # a version past SQLite's integers (typed on the command line) is one that does not exist
        found = (None if version is not None and not 0 < int(version) < 2 ** 31
                 else ledger.text(self._db, PURPOSE.get(channel, ""), language, version, source))
        if found is None:
            if source is not None and version is None:
                raise InputError(QT_TRANSLATE_NOOP(
                    "Messages", "No {channel} consent text is registered for {source}."), channel=channel,
                    source=source)
            raise InputError(QT_TRANSLATE_NOOP("Messages", "There is no {channel} consent text version {version}."),
                             channel=channel, version=version or "")
        return found

    @requires(Perm.CONSENT_TEXT, reauth=True)
    def edit_text(self, channel: str, body: str, language: str = "fr") -> dict[str, Any]:
        """A new version; events keep pointing to the version the client actually saw."""
        body = _checked_body(body)
        current = self.text(channel, language)
        if ledger.text_hash(body) == current["sha256"]:
            return current
        with self.unit_of_work() as uow:
            row = ledger.add_text(uow, purpose=PURPOSE[channel], language=language, body=body, owner="salon",
                                  created_at=timeutil.iso(timeutil.now()), created_by=self.desk.session.staff_id)
            self.desk.log(uow, "consent_text_edited", "consent_text", row["id"], version=row["version"])
        return row

    @requires(Perm.CONSENT_TEXT, reauth=True)
    def register_source_text(self, channel: str, source: str, body: str, language: str = "fr") -> dict[str, Any]:
        """The wording an online form or platform shows (copied from it by the owner, or brought by sync), so
        the grants made there point to what those clients really read."""
        if channel not in CHANNELS:
            raise InputError(QT_TRANSLATE_NOOP("Messages", "Consent is recorded for one channel at a time: email or sms."))
        source, body = check_source_name(source), _checked_body(body)
        self._ensure_texts()
        current = ledger.text(self._db, PURPOSE[channel], language, None, source)
        if current and current["sha256"] == ledger.text_hash(body):
            return current
        with self.unit_of_work() as uow:
            row = ledger.add_text(uow, purpose=PURPOSE[channel], language=language, body=body, owner="salon",
                                  created_at=timeutil.iso(timeutil.now()), created_by=self.desk.session.staff_id,
                                  source=source)
            self.desk.log(uow, "consent_text_registered", "consent_text", row["id"], version=row["version"],
                          source=source)
        return row

    # -- recording -----------------------------------------------------------------------------------------
    @requires(Perm.CONSENT_RECORD)
    def record(self, client_id: str, channel: str, decision: str, method: str, *, text_version: int | None = None,
               language: str = "fr", source: str | None = None, evidence: str | None = None,
               occurred_at: datetime | None = None, observed_seq: int = 0) -> dict[str, Any]:
        """Append one decision for one channel. A grant without the text version shown is refused, and so is a
        grant on a channel the client cannot receive."""
        return self.record_many([Decision(client_id, channel, decision, method, text_version, language, source,
                                          evidence, occurred_at, observed_seq)])[0]

    @requires(Perm.CONSENT_RECORD)
    def record_many(self, decisions: list[Decision]) -> list[dict[str, Any]]:
        """Append decisions (an import's attested answers), each checked as record() checks it, each its own
        ledger event with its audit row; the statuses are refreshed once per client and channel. One refused
        decision refuses them all, before anything is written."""
        now = timeutil.now()
        staff_id = self.desk.session.staff_id
        people = self._people([d.client_id for d in decisions])
        texts: dict[tuple, dict] = {}
        checked = []
        for d in decisions:
            if d.channel == "platform":
                raise PermissionDenied(QT_TRANSLATE_NOOP(
                    "Messages", "The platform's newsletter is managed by the platform and arrives through sync."))
            person = people.get(d.client_id)
            if person is None:
                raise NotFound(QT_TRANSLATE_NOOP("Messages", "No client with id {id}."), id=d.client_id)
            source = check_source_name(d.source) if d.source is not None else None
            text = None
            if d.text_version is not None and d.channel in PURPOSE:
                wanted = (d.channel, d.language, int(d.text_version))
                if wanted not in texts:
                    texts[wanted] = self.text(*wanted)
                text = texts[wanted]
            check_event(channel=d.channel, decision=d.decision, method=d.method, text=text, recorded_by=staff_id,
                        source=source, evidence=d.evidence)
            if d.decision == "granted":
                check_reachable(d.channel, email=person[0], phone=person[1])
            when = d.occurred_at or now
            if when > now + timedelta(minutes=5):
                raise InputError(QT_TRANSLATE_NOOP("Messages", "A consent decision cannot be dated in the future."))
            checked.append((d, source, text, when))
        if not checked:
            return []
        with self.unit_of_work() as uow:
            events = ledger.append_events(uow, [{
                "id": ids.new(), "client_id": d.client_id, "channel": d.channel, "purpose": PURPOSE[d.channel],
                "decision": d.decision, "occurred_at": timeutil.iso(when), "timezone": TIMEZONE,
                "recorded_at": timeutil.iso(now), "method": d.method, "recorded_by": staff_id,
                "source": source, "text_id": text["id"] if text else None,
                "text_version": text["version"] if text else None, "text_sha256": text["sha256"] if text else None,
                "evidence": d.evidence, "device_id": uow.device_id, "observed_seq": int(d.observed_seq)}
                for d, source, text, when in checked])
            refresh_statuses(uow, [(d.client_id, d.channel) for d in decisions])
            for d in decisions:
                if d.channel == "health" and d.decision == "withdrawn":  # the health data goes with the consent
                    self.desk.health.erase_health_data(uow, d.client_id)
            self.log_many(uow, [("consent_recorded", "client", d.client_id,
                                 {"channel": d.channel, "decision": d.decision, "event": event["id"]})
                                for d, event in zip(decisions, events)])
        self.desk.notify("consent")
        return events

    def _people(self, client_ids: list[str]) -> dict[str, tuple[str | None, str | None]]:
        """client id -> (email, phone), for those that exist."""
        ids = list(dict.fromkeys(client_ids))
        found = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            found.update((row[0], (row[1], row[2])) for row in self._db.execute(
                f"SELECT id, email, phone FROM client WHERE id IN ({', '.join('?' for _ in chunk)})", chunk))
        return found

    @requires(Perm.CONSENT_RECORD)
    def withdraw(self, client_id: str, channel: str, method: str, *,
                 evidence: str | None = None) -> dict[str, Any]:
        """One call, any role, on every channel (health included): honoured at once everywhere the status is
        read. `method` says how the withdrawal reached the salon (desk, phone, email, letter...)."""
        return self.record(client_id, channel, "withdrawn", method, evidence=evidence)

    @requires(Perm.CONSENT_RECORD)
    def ask_later(self, client_id: str) -> None:
        """The desk will ask again at the client's next visit."""
        with self.unit_of_work() as uow:
            uow.append("consent_prompt", {"id": ids.new(), "client_id": client_id, "answer": "later",
                                          "at": timeutil.iso(timeutil.now()), "staff_id": self.desk.session.staff_id})

    # -- reading -------------------------------------------------------------------------------------------
    @requires(Perm.CLIENT_READ)
    def status(self, client_id: str) -> dict[str, Status]:
        events = ledger.events(self._db, client_ids=[client_id])
        return {channel: fold(channel, [e for e in events if e["channel"] == channel]) for channel in CHANNELS}

    @requires(Perm.CLIENT_READ)
    def platform_newsletter(self, client_id: str) -> Status | None:
        """The platform's own newsletter, shown read-only; None when the platform never sent a decision."""
        events = ledger.events(self._db, client_ids=[client_id], channel="platform")
        return fold("platform", events) if events else None

    @requires(Perm.CLIENT_READ)
    def history(self, client_id: str) -> list[dict[str, Any]]:
        """Every event for this client, newest first, each with the exact wording it points to: only wording whose
        hash is the one the event recorded (else `text_altered`, and no text)."""
        events = ledger.events(self._db, client_ids=[client_id])
        texts: dict[str, dict] = {}
        for event in events:
            if event["text_id"] and event["text_id"] not in texts:
                texts[event["text_id"]] = ledger.text_by_id(self._db, event["text_id"]) or {}
            shown = texts.get(event["text_id"], {}) if event["text_id"] else {}
            body = shown.get("body")
            event["text_altered"] = body is not None and ledger.text_hash(body) != event["text_sha256"]
            event["text"] = None if event["text_altered"] else body  # never print wording the event did not record
            event["text_source"] = shown.get("source")
            event["recorded_by_login"] = self._login(event["recorded_by"])
        return sorted(events, key=lambda e: (e["occurred_at"], e["seq"]), reverse=True)

    def _login(self, staff_id: str | None) -> str | None:
        row = self._db.execute("SELECT login FROM staff WHERE id = ?", (staff_id,)).fetchone() if staff_id else None
        return row[0] if row else None

    @public
    def quiet_days(self) -> int:
        return self.desk.settings.get(CONSENT_QUIET_DAYS)

    @requires(Perm.CLIENT_READ)
    def needs_prompt(self, client_id: str, *, now: datetime | None = None) -> list[str]:
        """Channels to ask about now. "Ask later" waits for the client's next visit; a refusal waits the quiet
        period (180 days at least); a withdrawal is never asked again by the app; and a channel the client
        cannot receive (no email address, no mobile number) is not asked about."""
        now = now or timeutil.now()
        later = ledger.last_prompt(self._db, client_id)
        person = self._db.execute("SELECT email, phone FROM client WHERE id = ?", (client_id,)).fetchone()
        return channels_to_ask(self.status(client_id), email=person[0], phone=person[1], now=now,
                               quiet_days=self.quiet_days(),
                               waiting_for_visit=bool(later) and not visited_since(self._db, client_id, later, now))

    @requires(Perm.CLIENT_READ)
    def summary(self) -> dict[str, dict[str, tuple[str, str | None]]]:
        """client id -> channel -> (status, since) for every client with at least one decision."""
        result: dict[str, dict[str, tuple[str, str | None]]] = {}
        for client_id, channel, status, since in ledger.status_summary(self._db):
            result.setdefault(client_id, {})[channel] = (status, since)
        return result

