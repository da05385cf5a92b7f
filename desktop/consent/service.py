"""The consent service: texts, recording decisions, reading statuses. The rules live in rules.py."""
from __future__ import annotations

import uuid
from datetime import datetime, timedelta
from typing import Any

from desktop.consent.rules import (CHANNELS, LANGUAGES, PURPOSE, TIMEZONE, Status, check_event, default_text, fold,
                                   refresh_status)
from desktop.kernel.operation import Service, public, requires
from desktop.kernel.permissions import Perm
from desktop.settings import CONSENT_QUIET_DAYS
from storage import consent as ledger, controls, timeutil
from storage.errors import QT_TRANSLATE_NOOP, InputError, NotFound, PermissionDenied


class ConsentService(Service):
    # -- texts ---------------------------------------------------------------------------------------------
    def _ensure_texts(self) -> None:
        """Version 1 of each wording, naming the salon, the first time a purpose is used."""
        wanted = {(language, purpose) for language in LANGUAGES for purpose in PURPOSE.values()}
        have = set(self._db.execute("SELECT DISTINCT language, purpose FROM consent_text WHERE owner = 'salon'"))
        if wanted <= have:
            return
        salon = self._db.execute("SELECT name FROM salon").fetchone()[0]
        stamp = timeutil.iso(timeutil.now())
        with self.unit_of_work() as uow:
            have = set(uow.execute("SELECT DISTINCT language, purpose FROM consent_text WHERE owner = 'salon'"))
            for language, purpose in sorted(wanted - have):
                ledger.add_text(uow, purpose=purpose, language=language, owner="salon", created_at=stamp,
                                created_by=None, body=default_text(purpose, language, salon))

    @requires(Perm.CLIENT_READ)
    def text(self, channel: str, language: str = "fr", version: int | None = None) -> dict[str, Any]:
        self._ensure_texts()
        found = ledger.text(self._db, PURPOSE.get(channel, ""), language, version)
        if found is None:
            raise InputError(QT_TRANSLATE_NOOP("Messages", "There is no {channel} consent text version {version}."),
                             channel=channel, version=version or "")
        return found

    @requires(Perm.CONSENT_TEXT, reauth=True)
    def edit_text(self, channel: str, body: str, language: str = "fr") -> dict[str, Any]:
        """A new version; events keep pointing to the version the client actually saw."""
        body = controls.lines(body or "").strip()
        if len(body) < 20:
            raise InputError(QT_TRANSLATE_NOOP("Messages", "A consent text must say plainly what the client agrees to."))
        current = self.text(channel, language)
        if ledger.text_hash(body) == current["sha256"]:
            return current
        with self.unit_of_work() as uow:
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
        if not self._db.execute("SELECT 1 FROM client WHERE id = ?", (client_id,)).fetchone():
            raise NotFound(QT_TRANSLATE_NOOP("Messages", "No client with id {id}."), id=client_id)
        text = None
        if text_version is not None and channel in PURPOSE:
            text = self.text(channel, language, int(text_version))
        check_event(channel=channel, decision=decision, method=method, text=text,
                    recorded_by=self.desk.session.staff_id, source=source, evidence=evidence)
        now = timeutil.now()
        when = occurred_at or now
        if when > now + timedelta(minutes=5):
            raise InputError(QT_TRANSLATE_NOOP("Messages", "A consent decision cannot be dated in the future."))
        with self.unit_of_work() as uow:
            event = ledger.append_event(uow, {
                "id": str(uuid.uuid4()), "client_id": client_id, "channel": channel, "purpose": PURPOSE[channel],
                "decision": decision, "occurred_at": timeutil.iso(when), "timezone": TIMEZONE,
                "recorded_at": timeutil.iso(now), "method": method, "recorded_by": self.desk.session.staff_id,
                "source": source, "text_id": text["id"] if text else None,
                "text_version": text["version"] if text else None, "text_sha256": text["sha256"] if text else None,
                "evidence": evidence, "device_id": uow.device_id, "observed_seq": int(observed_seq)})
            refresh_status(uow, client_id, channel)
            if channel == "health" and decision == "withdrawn":  # the health data goes with the consent
                self.desk.health.erase_health_data(uow, client_id)
            self.desk.log(uow, "consent_recorded", "client", client_id, channel=channel, decision=decision,
                          event=event["id"])
        self.desk.notify("consent")
        return event

    @requires(Perm.CONSENT_RECORD)
    def withdraw(self, client_id: str, channel: str, method: str = "desk", *,
                 evidence: str | None = None) -> dict[str, Any]:
        """One call, any role: honoured at once everywhere the status is read."""
        return self.record(client_id, channel, "withdrawn", method, evidence=evidence)

    @requires(Perm.CONSENT_RECORD)
    def ask_later(self, client_id: str) -> None:
        with self.unit_of_work() as uow:
            uow.append("consent_prompt", {"id": str(uuid.uuid4()), "client_id": client_id, "answer": "later",
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
            body = texts.get(event["text_id"], {}).get("body") if event["text_id"] else None
            event["text_altered"] = body is not None and ledger.text_hash(body) != event["text_sha256"]
            event["text"] = None if event["text_altered"] else body
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
        """Channels to ask about now: unknown ones, or refusals older than the quiet period, unless the desk
        chose "ask later" within it. A withdrawal is never re-asked by the app."""
        now = now or timeutil.now()
        quiet = timedelta(days=self.quiet_days())
        later = ledger.last_prompt(self._db, client_id)
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
        for client_id, channel, status, since in ledger.status_summary(self._db):
            result.setdefault(client_id, {})[channel] = (status, since)
        return result

