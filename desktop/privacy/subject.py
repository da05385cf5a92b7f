"""One client's data, gathered for an access report or a portability export (Qt-free, no permission checks:
the calling operation has made them)."""
from __future__ import annotations

import hashlib
import json
from typing import Any

from desktop.consent.rules import PURPOSE
from storage import consent as ledger, registry, subject

# How the client's data reached the salon, and who else is controller of it, by client source.
SHARED_WITH_PLATFORM = ("widget", "marketplace")


def gather(db, client_id: str) -> dict[str, Any]:
    """Everything about this client, ready to print or export: the registry's rows plus what they point to
    (service and staff names, the exact consent texts shown)."""
    rows = subject.rows_about(db, client_id)
    services = dict(db.execute("SELECT id, name FROM service"))
    staff = {sid: name or login for sid, login, name in db.execute("SELECT id, login, display_name FROM staff")}
    client = rows.pop("client")[0]
    appointments = sorted(rows.pop("appointment"), key=lambda r: r["starts_at"])
    for row in appointments:
        row["service"] = services.get(row["service_id"], "")
        row["staff"] = staff.get(row["staff_id"], "")
    texts: dict[str, dict] = {}
    events = sorted(rows.pop("consent_event"), key=lambda e: (e["occurred_at"], e["seq"]))
    for event in events:
        if event["text_id"] and event["text_id"] not in texts:
            texts[event["text_id"]] = ledger.text_by_id(db, event["text_id"]) or {}
        event["text"] = texts.get(event["text_id"], {}).get("body") if event["text_id"] else None
        event["recorded_by_name"] = staff.get(event["recorded_by"], "")
    health = rows.pop("health_note")
    patch_tests = sorted(rows.pop("patch_test"), key=lambda r: r["tested_on"])
    for test in patch_tests:
        test["staff"] = staff.get(test["staff_id"], "")
    salon = db.execute("SELECT name, address, phone, email FROM salon").fetchone()
    return {
        "salon": dict(zip(("name", "address", "phone", "email"), salon)),
        "client": client,
        "appointments": appointments,
        "consents": events,
        "health": health[0] if health else None,
        "patch_tests": patch_tests,
        "requests": sorted(rows.pop("privacy_request"), key=lambda r: r["received_on"]),
        "consultations": subject.consultations(db, client_id),
        "retention": {**{e.name: e.retention for e in registry.about_clients() if e.retention},
                      "backups": registry.BACKUPS},
        # Tables added to the registry later are listed as they are, until someone gives them a section.
        "other": {name: found for name, found in rows.items()
                  if found and registry.entity(name).kind is not registry.Kind.DERIVED
                  and name not in ("consent_prompt",)},
        "shared_with_platform": client["source"] in SHARED_WITH_PLATFORM,
        "purposes": sorted({e["purpose"] for e in events} | ({PURPOSE["health"]} if health or patch_tests else set())),
    }


def fingerprint(data: dict[str, Any]) -> str:
    """SHA-256 of the document's content, printed on every page and kept in the register."""
    return hashlib.sha256(json.dumps(data, sort_keys=True, ensure_ascii=False, default=str).encode()).hexdigest()


def short(digest: str) -> str:
    """The first 16 hexadecimal characters in groups of four, for reading aloud or comparing on paper."""
    return "-".join(digest[i:i + 4] for i in range(0, 16, 4)).upper()
