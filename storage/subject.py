"""Everything stored about one client, found through the entity registry (no table list of its own).

The access report, the portability export and erasure all start here, so a table added to the registry with
a client link is reported and erased without anyone remembering to.
"""
from __future__ import annotations

from typing import Any

from storage import registry


def rows_about(db, client_id: str) -> dict[str, list[dict[str, Any]]]:
    """entity name -> its rows about this client (all columns), the client row first."""
    found: dict[str, list[dict[str, Any]]] = {}
    for entity in registry.about_clients():
        cursor = db.execute(f"SELECT * FROM {entity.name} WHERE {entity.client_link} = ?", (client_id,))
        names = [d[0] for d in cursor.description]
        found[entity.name] = [dict(zip(names, row)) for row in cursor]
    return found


def consultations(db, client_id: str) -> list[dict[str, Any]]:
    """When the client's file was opened or exported, and why (the audit log; CJEU C-579/21)."""
    return [{"at": at, "action": action, "details": details} for at, action, details in db.execute(
        "SELECT at, action, details FROM audit WHERE object_type = 'client' AND object_id = ? ORDER BY seq",
        (client_id,))]
