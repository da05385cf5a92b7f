"""The entity registry: for every table, its key, how it syncs, its personal-data fields and its retention.

One declaration drives the unit of work (which tables only its own methods may write), sync (what goes in
the outbox), erasure (what is deleted, detached or redacted for a client) and the access report (what is
listed). Adding a synced table means a migration, one entry here and a repository.
"""
from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from storage.errors import QT_TRANSLATE_NOOP


class Kind(StrEnum):
    MERGED = "merged"    # mutable rows, merged field by field (last writer wins by HLC)
    APPEND = "append"    # immutable rows, synced as appends (consent texts and events)
    LOCAL = "local"      # this PC's own (login counters, audit log, sync bookkeeping)
    DERIVED = "derived"  # recomputed from other tables (search index, current consent status)


class OnErase(StrEnum):
    DELETE = "delete"    # the row goes
    DETACH = "detach"    # the row stays without its link to the client or its other personal fields (statistics)
    REDACT = "redact"    # the personal fields are cleared, the rest (and the chain over it) stays
    KEEP = "keep"        # not about a client


@dataclass(frozen=True)
class Entity:
    name: str
    key: tuple[str, ...]
    kind: Kind
    personal: tuple[str, ...] = ()
    client_link: str | None = None   # the column naming the client a row is about
    on_erase: OnErase = OnErase.KEEP
    natural_key: bool = False        # a key that may come back (a setting), so no tombstone blocks it
    retention: str = ""              # in plain words, for the access report and README
    chained: bool = False            # hash-chained (storage/chain.py): redaction clears every personal field
                                     # and the row's salt at once, and keeps the commitments; changing which
                                     # fields are personal then needs a migration that re-anchors the chain

    @property
    def synced(self) -> bool:
        return self.kind in (Kind.MERGED, Kind.APPEND)

    def entity_id(self, values: dict) -> str:
        return "/".join(str(values[column]) for column in self.key)


_CLIENT_FILE = QT_TRANSLATE_NOOP("Retention", "3 years after the client's last visit or contact, then deleted or anonymised")
# Not a table: what the access report says about copies of all the above inside backups (desktop/backup/).
BACKUPS = QT_TRANSLATE_NOOP("Retention", "a copy stays inside the salon's encrypted backups until they rotate out: 12 "
                            "months at most with the standard rotation (7 daily, 4 weekly, 12 monthly). Erased data "
                            "stays there too until then; if such a backup is ever restored, the erasure is applied "
                            "again before anyone can open a file")

ENTITIES: dict[str, Entity] = {e.name: e for e in (
    Entity("salon", ("id",), Kind.MERGED, retention=QT_TRANSLATE_NOOP("Retention", "while the salon uses Salon Desk")),
    Entity("staff", ("id",), Kind.MERGED, personal=("login", "display_name", "password_hash"),
           retention=QT_TRANSLATE_NOOP("Retention", "while the person works at the salon, then deactivated")),
    Entity("client", ("id",), Kind.MERGED,
           personal=("first_name", "last_name", "email", "phone", "birth_date", "notes"),
           client_link="id", on_erase=OnErase.DELETE, retention=_CLIENT_FILE),
    Entity("service", ("id",), Kind.MERGED, retention=QT_TRANSLATE_NOOP("Retention", "while the salon offers it")),
    Entity("appointment", ("id",), Kind.MERGED, personal=("client_id", "note"), client_link="client_id",
           on_erase=OnErase.DETACH, retention=_CLIENT_FILE),
    Entity("time_off", ("id",), Kind.MERGED, personal=("staff_id",),
           retention=QT_TRANSLATE_NOOP("Retention", "while the person works at the salon")),
    Entity("setting", ("key",), Kind.MERGED, natural_key=True),
    Entity("consent_text", ("id",), Kind.APPEND, retention=QT_TRANSLATE_NOOP("Retention", "kept: every wording ever shown is proof")),
    Entity("consent_event", ("id",), Kind.APPEND, personal=("client_id", "source", "evidence"),
           client_link="client_id", on_erase=OnErase.REDACT, chained=True,
           retention=QT_TRANSLATE_NOOP("Retention", "while the consent is used, then 5 years as proof")),
    Entity("consent_prompt", ("id",), Kind.APPEND, client_link="client_id", on_erase=OnErase.DELETE,
           retention=QT_TRANSLATE_NOOP("Retention", "the consent memo's quiet period")),
    Entity("health_note", ("client_id",), Kind.MERGED, personal=("note", "allergy_alert"),
           client_link="client_id", on_erase=OnErase.DELETE, natural_key=True,
           retention=QT_TRANSLATE_NOOP("Retention", "until the health consent is withdrawn, or 24 months without a visit")),
    Entity("patch_test", ("id",), Kind.MERGED, personal=("tested_on", "product", "result", "valid_until"),
           client_link="client_id", on_erase=OnErase.DELETE,
           retention=QT_TRANSLATE_NOOP("Retention", "24 months, or until the health consent is withdrawn")),
    Entity("staff_acknowledgement", ("staff_id", "version"), Kind.APPEND, natural_key=True,
           retention=QT_TRANSLATE_NOOP("Retention", "while the person works at the salon")),
    Entity("privacy_request", ("id",), Kind.MERGED, personal=("identity_note",), client_link="client_id",
           on_erase=OnErase.REDACT, retention=QT_TRANSLATE_NOOP("Retention", "3 years after the request is closed")),
    Entity("privacy_document", ("id",), Kind.APPEND, retention=QT_TRANSLATE_NOOP("Retention", "3 years after the request is closed")),
    Entity("privacy_notice", ("id",), Kind.MERGED, retention=QT_TRANSLATE_NOOP("Retention", "3 years after the request is closed")),
    Entity("erasure", ("id",), Kind.APPEND, retention=QT_TRANSLATE_NOOP("Retention", "kept: proof that the erasure was done")),
    Entity("suppression", ("id",), Kind.APPEND, retention=QT_TRANSLATE_NOOP("Retention", "kept while the salon uses Salon Desk")),
    Entity("import_report", ("id",), Kind.LOCAL,
           retention=QT_TRANSLATE_NOOP("Retention", "kept: what each import did, and from which file (by its hash)")),
    Entity("import_row", ("report_id", "row"), Kind.LOCAL, personal=("client_id",), client_link="client_id",
           on_erase=OnErase.DETACH, retention=QT_TRANSLATE_NOOP("Retention", "kept with its import report; the link "
                                                               "to the client goes with an erasure")),
    Entity("consent_status", ("client_id", "channel"), Kind.DERIVED, client_link="client_id",
           on_erase=OnErase.DELETE),
    Entity("client_search", ("rowid",), Kind.DERIVED),
    Entity("audit", ("seq",), Kind.LOCAL, personal=("object_id",), chained=True,
           retention=QT_TRANSLATE_NOOP("Retention", "12 months (the owner sets 6 to 24)")),
    Entity("chain_head", ("chain",), Kind.LOCAL, retention=QT_TRANSLATE_NOOP("Retention", "kept: one row per ledger, moved by every append")),
    Entity("chain_checkpoint", ("chain", "seq"), Kind.LOCAL,
           retention=QT_TRANSLATE_NOOP("Retention", "kept: each marks where the audit log was pruned")),
    Entity("login_throttle", ("staff_id",), Kind.LOCAL),
    Entity("login_failure", ("staff_id", "at"), Kind.LOCAL,
           retention=QT_TRANSLATE_NOOP("Retention", "24 hours: failed sign-ins keep counting across locks")),
    Entity("device", ("id",), Kind.LOCAL),
    Entity("outbox", ("mutation_id",), Kind.LOCAL),
    Entity("field_clock", ("entity", "entity_id", "field"), Kind.LOCAL),
    Entity("tombstone", ("entity", "entity_id"), Kind.LOCAL),
)}


def entity(name: str) -> Entity:
    try:
        return ENTITIES[name]
    except KeyError:
        raise KeyError(f"table {name} is not in storage/registry.py") from None


def about_clients() -> list[Entity]:
    """Every table that holds rows about a client, the client table first."""
    return sorted((e for e in ENTITIES.values() if e.client_link), key=lambda e: e.name != "client")
