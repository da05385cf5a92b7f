"""Consent texts and the append-only, hash-chained consent ledger (rows only; the rules live in
desktop/consent/rules.py, the chain in storage/chain.py)."""
from __future__ import annotations

import hashlib
import unicodedata
from typing import Any, Iterable

from storage import chain, ids
from storage.errors import QT_TRANSLATE_NOOP

GUARDS = ("consent_event_no_update", "consent_event_no_delete", "consent_text_no_update", "consent_text_no_delete")
TEXT_COLUMNS = ("id", "purpose", "language", "version", "body", "sha256", "owner", "created_at", "created_by",
                "source")
# Every column the hash covers, in order (the synced payload); seq, salt, commitments, prev_hash and hash are
# the chain itself, and server_seq arrives later from sync, so neither is synced nor hashed.
EVENT_FIELDS = ("id", "client_id", "channel", "purpose", "decision", "occurred_at", "timezone", "recorded_at",
                "method", "recorded_by", "source", "text_id", "text_version", "text_sha256", "evidence",
                "device_id", "device_order", "observed_seq")
EVENT_COLUMNS = ("seq", *EVENT_FIELDS, "server_seq", "prev_hash", "hash")


def _label(row: dict[str, Any]) -> str:
    return f"consent event {row['id']} (#{row['seq']})" if row.get("id") else f"consent event #{row['seq']}"


CHAIN = chain.Chain("consent_event", QT_TRANSLATE_NOOP("Messages", "consent ledger"), EVENT_FIELDS, label=_label,
                    verb="recorded", guards=())  # its triggers are in GUARDS, checked by verify() below


def text_hash(body: str) -> str:
    return hashlib.sha256(unicodedata.normalize("NFC", body).encode("utf-8")).hexdigest()


def add_text(uow, *, purpose: str, language: str, body: str, owner: str, created_at: str,
             created_by: str | None, source: str | None = None) -> dict[str, Any]:
    """A new version of the wording for (purpose, language); `source` names the online form or platform that
    shows it (None: the salon's own wording, shown at the desk, by phone or on paper)."""
    body = unicodedata.normalize("NFC", body)
    last = uow.execute("SELECT max(version) FROM consent_text WHERE purpose = ? AND language = ?",
                       (purpose, language)).fetchone()[0]
    row = {"id": ids.new(), "purpose": purpose, "language": language, "version": (last or 0) + 1,
           "body": body, "sha256": text_hash(body), "owner": owner, "created_at": created_at,
           "created_by": created_by, "source": source}
    uow.append("consent_text", row)
    return row


def text(db, purpose: str, language: str, version: int | None = None,
         source: str | None = None) -> dict[str, Any] | None:
    """One version, or the newest one of the salon's own wording (`source` None) or of one online source."""
    if version is None:
        row = db.execute(f"SELECT {', '.join(TEXT_COLUMNS)} FROM consent_text WHERE purpose = ? AND language = ? "
                         "AND source IS ? ORDER BY version DESC LIMIT 1", (purpose, language, source)).fetchone()
    else:
        row = db.execute(f"SELECT {', '.join(TEXT_COLUMNS)} FROM consent_text WHERE purpose = ? AND language = ? "
                         "AND version = ?", (purpose, language, version)).fetchone()
    return dict(zip(TEXT_COLUMNS, row)) if row else None


def text_by_id(db, text_id: str) -> dict[str, Any] | None:
    row = db.execute(f"SELECT {', '.join(TEXT_COLUMNS)} FROM consent_text WHERE id = ?", (text_id,)).fetchone()
    return dict(zip(TEXT_COLUMNS, row)) if row else None


def append_event(uow, event: dict[str, Any]) -> dict[str, Any]:
    """Append one event to the chain; `event` holds EVENT_FIELDS except device_order."""
    return append_events(uow, [event])[0]


def append_events(uow, events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Append events to the chain, in order (each event as append_event takes it), in one statement."""
    if not events:
        return []
    orders: dict[str, int] = {}
    rows = []
    for event in events:
        device = event["device_id"]
        if device not in orders:
            orders[device] = uow.execute("SELECT max(device_order) FROM consent_event WHERE device_id = ?",
                                         (device,)).fetchone()[0] or 0
        orders[device] += 1
        rows.append({**event, "device_order": orders[device]})
    sealed = chain.seal_many(uow, CHAIN, rows)
    uow.append_many("consent_event", [{name: row[name] for name in EVENT_FIELDS} for row in rows], sealed)
    return [{**row, "server_seq": None, **{k: seal[k] for k in ("seq", "prev_hash", "hash")}}
            for row, seal in zip(rows, sealed)]


def events(db, *, client_ids: Iterable[str] | None = None, channel: str | None = None,
           since: str | None = None, until: str | None = None) -> list[dict[str, Any]]:
    """Ledger rows in chain order, optionally filtered."""
    where, params = [], []
    if client_ids is not None:
        ids = list(client_ids)
        where.append(f"client_id IN ({', '.join('?' for _ in ids)})")
        params += ids
    if channel:
        where.append("channel = ?")
        params.append(channel)
    if since:
        where.append("occurred_at >= ?")
        params.append(since)
    if until:
        where.append("occurred_at < ?")
        params.append(until)
    clause = f"WHERE {' AND '.join(where)}" if where else ""
    return [dict(zip(EVENT_COLUMNS, r)) for r in
            db.execute(f"SELECT {', '.join(EVENT_COLUMNS)} FROM consent_event {clause} ORDER BY seq", params)]


STATUS_COLUMNS = ("client_id", "channel", "status", "since", "method", "text_version", "text_sha256", "event_id")


def save_status(uow, row: dict[str, Any]) -> None:
    save_statuses(uow, [row])


def save_statuses(uow, rows: list[dict[str, Any]]) -> None:
    uow.executemany(f"INSERT OR REPLACE INTO consent_status ({', '.join(STATUS_COLUMNS)}) "
                    f"VALUES ({', '.join('?' for _ in STATUS_COLUMNS)})",
                    [[row[c] for c in STATUS_COLUMNS] for row in rows])


def statuses(db, *, channel: str | None = None, status: Iterable[str] | None = None) -> list[dict[str, Any]]:
    where, params = [], []
    if channel:
        where.append("channel = ?")
        params.append(channel)
    if status:
        wanted = list(status)
        where.append(f"status IN ({', '.join('?' for _ in wanted)})")
        params += wanted
    clause = f"WHERE {' AND '.join(where)}" if where else ""
    return [dict(zip(STATUS_COLUMNS, r)) for r in
            db.execute(f"SELECT {', '.join(STATUS_COLUMNS)} FROM consent_status {clause}", params)]


# A stored grant counts only when the ledger supports it: the event it names is a grant of that client on that
# channel, at that time and text version; no refusal or withdrawal came after it; and, if a withdrawal came
# before, it had seen the newest one (sync's rule, desktop/consent/rules.py: fold). For a status stored by
# refresh_status this is exactly fold's answer; a forged or stale row is left out. Every lookup is in the
# consent_event_by_decision index (migration 0007), never in the events' rows.
_BY_DECISION = "consent_event {} INDEXED BY consent_event_by_decision"
SUPPORTED_GRANT = f"""
    JOIN {_BY_DECISION.format("e")} ON e.client_id = s.client_id AND e.channel = s.channel
        AND e.occurred_at = s.since AND e.id = s.event_id AND e.decision = 'granted'
        AND e.text_version IS s.text_version
    WHERE s.status = 'granted'
      AND NOT EXISTS (SELECT 1 FROM {_BY_DECISION.format("n")} WHERE n.client_id = e.client_id
                      AND n.channel = e.channel AND n.decision != 'granted'
                      AND (n.occurred_at, n.seq) > (e.occurred_at, e.seq))
      AND (NOT EXISTS (SELECT 1 FROM {_BY_DECISION.format("w")} WHERE w.client_id = e.client_id
                       AND w.channel = e.channel AND w.decision = 'withdrawn')
           OR (SELECT CASE WHEN w.device_id = e.device_id THEN e.device_order > w.device_order
                           ELSE w.server_seq IS NOT NULL AND e.observed_seq >= w.server_seq END
               FROM {_BY_DECISION.format("w")} WHERE w.client_id = e.client_id AND w.channel = e.channel
               AND w.decision = 'withdrawn' ORDER BY w.occurred_at DESC, w.seq DESC LIMIT 1))"""


def events_by_pair(db, channels: Iterable[str], *, refused_or_withdrawn: bool = False):
    """((client, channel), events) for every client with events on these channels, grouped, in client order;
    `refused_or_withdrawn`: only pairs with at least one such decision (the others can only be granted)."""
    wanted = list(channels)
    marks = ", ".join("?" for _ in wanted)
    only = (f"AND (client_id, channel) IN (SELECT client_id, channel FROM consent_event "
            f"WHERE decision != 'granted' AND channel IN ({marks}))") if refused_or_withdrawn else ""
    rows = db.execute(f"SELECT {', '.join(EVENT_COLUMNS)} FROM consent_event WHERE client_id IS NOT NULL "
                      f"AND channel IN ({marks}) {only} ORDER BY client_id, channel, seq",
                      (*wanted, *(wanted if refused_or_withdrawn else ())))
    pair, group = None, []
    for values in rows:
        event = dict(zip(EVENT_COLUMNS, values))
        key = (event["client_id"], event["channel"])
        if key != pair and group:
            yield pair, group
            group = []
        pair = key
        group.append(event)
    if group:
        yield pair, group


def orphan_statuses(db) -> list[tuple[str, str, str]]:
    """Stored statuses (client, channel, status) with no event of that client on that channel behind them."""
    return db.execute("SELECT client_id, channel, status FROM consent_status s WHERE NOT EXISTS "
                      "(SELECT 1 FROM consent_event e WHERE e.client_id = s.client_id AND e.channel = s.channel)"
                      ).fetchall()


def status_summary(db) -> Iterable[tuple[str, str, str, str | None]]:
    return db.execute("SELECT client_id, channel, status, since FROM consent_status")


def pairs(db) -> Iterable[tuple[str, str]]:
    """(client, channel) pairs with events; erased events name no client."""
    return db.execute("SELECT DISTINCT client_id, channel FROM consent_event WHERE client_id IS NOT NULL")


def verify(conn) -> list[str]:
    """Problems in the ledger chain and the texts, each naming the event or text; empty when they hold."""
    names = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    problems = [f"consent guard trigger {name} is missing" for name in GUARDS if name not in names]
    problems += chain.verify(conn, CHAIN)
    for text_row in conn.execute("SELECT id, purpose, version, body, sha256 FROM consent_text"):
        if text_hash(text_row[3]) != text_row[4]:
            problems.append(f"consent text {text_row[1]} v{text_row[2]} ({text_row[0]}) no longer matches its hash")
    for event_id, seq, version, digest in conn.execute(
            "SELECT e.id, e.seq, t.version, t.sha256 FROM consent_event e JOIN consent_text t ON t.id = e.text_id "
            "WHERE e.text_sha256 IS NOT t.sha256 OR e.text_version IS NOT t.version"):
        problems.append(f"{_label({'id': event_id, 'seq': seq})} names text version {version} ({digest}) "
                        "with another version or hash")
    for event_id, seq, text_id in conn.execute(
            "SELECT e.id, e.seq, e.text_id FROM consent_event e LEFT JOIN consent_text t ON t.id = e.text_id "
            "WHERE (e.text_id IS NOT NULL AND t.id IS NULL) OR (e.decision = 'granted' AND e.text_id IS NULL)"):
        problems.append(f"{_label({'id': event_id, 'seq': seq})} names text {text_id}, which is missing"
                        if text_id else f"{_label({'id': event_id, 'seq': seq})} is a grant with no text")
    return problems


def last_prompt(db, client_id: str) -> str | None:
    row = db.execute("SELECT max(at) FROM consent_prompt WHERE client_id = ?", (client_id,)).fetchone()
    return row[0] if row else None
