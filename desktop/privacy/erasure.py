"""Erasure (GDPR Art. 17), driven by the entity registry: each table about a client says what erasure does
to its rows (delete, detach, redact), so a new table is erased without anyone remembering to.

What stays: appointments without a client (the salon's statistics), the skeleton of each consent event (its
decision, date and text version, with the commitments that keep the chain verifiable), the request register
entry (proof the request was answered), the audit rows with the client id removed, and the erasure record
itself. None of them says who the client was.
"""
from __future__ import annotations

import json
from typing import Any

from storage import audit, clients, ids, registry, subject, suppression, timeutil
from storage.registry import Kind, OnErase

def erase_client(uow, client_id: str, *, request_id: str | None, erased_by: str | None,
                 erasure_id: str | None = None, erased_at: str | None = None) -> dict[str, Any]:
    """Erase inside the caller's unit of work; returns the summary (counts per table and what was kept).
    A restore re-applying an erasure made after its backup passes the original id and time."""
    found = subject.rows_about(uow, client_id)
    client = found["client"][0]
    summary: dict[str, dict[str, int]] = {}
    clients.unindex(uow, client_id)
    for entity in reversed(registry.about_clients()):  # the client row last: the others point to it
        rows = found[entity.name]
        if not rows:
            continue
        if entity.kind is Kind.DERIVED:
            uow.execute(f"DELETE FROM {entity.name} WHERE {entity.client_link} = ?", (client_id,))
        elif entity.on_erase is OnErase.DELETE:
            for row in rows:
                uow.erase(entity.name, entity.entity_id(row))
        elif entity.on_erase is OnErase.DETACH:  # the link and every other personal field (a note) go
            for row in rows:
                uow.redact(entity.name, entity.entity_id(row), entity.personal)
        elif entity.on_erase is OnErase.REDACT:
            for row in rows:
                uow.redact(entity.name, entity.entity_id(row))
        summary[entity.name] = {entity.on_erase.value if entity.kind is not Kind.DERIVED else "delete": len(rows)}
    summary["audit"] = {"redact": audit.forget(uow, client_id)}
    erasure_id = erasure_id or ids.new()
    for kind in ("email", "phone"):
        if client.get(kind):
            suppression.add(uow, kind=kind, value=client[kind], erasure_id=erasure_id)
    record = {"id": erasure_id, "client_id": client_id, "request_id": request_id,
              "erased_at": erased_at or timeutil.iso(timeutil.now()), "erased_by": erased_by,
              "summary": json.dumps(summary, sort_keys=True)}
    uow.append("erasure", record)
    return {**record, "summary": summary}
