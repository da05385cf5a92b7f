"""The portability export (GDPR Art. 20): the data the client gave the salon, in a structured, reusable form.

JSON (one file) and a CSV bundle (a zip of `;`-separated UTF-8 files that open in French Excel). Notes the
staff wrote are not "provided by the client" and stay out (they are in the access report).
"""
from __future__ import annotations

import io
import json
import zipfile
from typing import Any

from desktop import csv_export

FORMAT = "salon-desk-portability"
VERSION = 1
CLIENT_FIELDS = ("first_name", "last_name", "email", "phone", "birth_date")


def document(data: dict[str, Any], generated_at: str) -> dict[str, Any]:
    """The export as a JSON-ready dict (documented in README, "Portability export")."""
    health = data["health"] or {}
    return {
        "format": FORMAT, "version": VERSION, "generated_at": generated_at,
        "salon": data["salon"]["name"],
        "client": {field: data["client"].get(field) for field in CLIENT_FIELDS},
        "appointments": [{"starts_at": a["starts_at"], "ends_at": a["ends_at"], "service": a["service"],
                          "with": a["staff"], "status": a["status"]} for a in data["appointments"]],
        "consents": [{"channel": e["channel"], "decision": e["decision"], "occurred_at": e["occurred_at"],
                      "method": e["method"], "text_version": e["text_version"], "text": e["text"]}
                     for e in data["consents"]],
        "health": {"allergy_alert": bool(health.get("allergy_alert")), "note": health.get("note") or "",
                   "patch_tests": [{"tested_on": p["tested_on"], "product": p["product"], "result": p["result"]}
                                   for p in data["patch_tests"]]} if (health or data["patch_tests"]) else None,
    }


def to_json(export: dict[str, Any]) -> bytes:
    return json.dumps(export, ensure_ascii=False, indent=2).encode("utf-8")


def to_csv_bundle(export: dict[str, Any]) -> bytes:
    files = {
        "client.csv": (list(CLIENT_FIELDS), [[export["client"][f] for f in CLIENT_FIELDS]]),
        "appointments.csv": (["starts_at", "ends_at", "service", "with", "status"],
                             [[a[k] for k in ("starts_at", "ends_at", "service", "with", "status")]
                              for a in export["appointments"]]),
        "consents.csv": (["channel", "decision", "occurred_at", "method", "text_version", "text"],
                         [[e[k] for k in ("channel", "decision", "occurred_at", "method", "text_version", "text")]
                          for e in export["consents"]]),
    }
    if export["health"]:
        files["patch_tests.csv"] = (["tested_on", "product", "result"],
                                    [[p["tested_on"], p["product"], p["result"]] for p in export["health"]["patch_tests"]])
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as bundle:
        for name, (header, rows) in files.items():
            bundle.writestr(name, csv_export.render(header, rows))
    return buffer.getvalue()
