"""The import's batched write path (issue 10's speed targets) keeps every rule of the row-by-row one: the ledgers
verify and still catch a forgery, every synced row has its outbox entry and field clocks, every client and consent
event its audit row, and fields are checked once, in one place."""
from __future__ import annotations

import ast
import json
from datetime import date
from pathlib import Path

import pytest

from desktop.clients import contact
from desktop.imports.plan import Attestation
from storage.errors import InputError
from tests.support.db import conn_of
from tests.support.import_files import french_excel

ROOT = Path(__file__).resolve().parent.parent
ATTEST = Attestation("email", "formulaire papier signé à l'accueil, 2019 à 2024", date(2024, 3, 1), 1)


def _file(tmp_path, rows: int):
    """Clients with an email consent column, and a duplicate of an earlier row every 7 rows (by phone)."""
    lines = []
    for i in range(rows):
        n = i - 3 if i % 7 == 6 else i
        lines.append([f"Nom{n}", "Marie", f"06 10 {n // 10000 % 100:02d} {n // 100 % 100:02d} {n % 100:02d}",
                      f"marie{i}@exemple.fr" if i % 7 != 6 else "", "Oui" if i % 2 else "Non"])
    return french_excel(tmp_path / "clients.csv", ["Nom", "Prénom", "Portable", "E-mail", "Newsletter"], lines)


@pytest.fixture
def imported(owner, tmp_path, monkeypatch):
    from desktop.imports import service

    monkeypatch.setattr(service, "BATCH", 40)  # several batches, and duplicates of rows in a pending batch
    plan = owner.imports.preview(owner.imports.read(_file(tmp_path, 300)))
    return plan, owner.imports.commit(plan, attestations=[ATTEST])


def test_a_batched_import_is_what_row_by_row_operations_would_have_written(owner, imported):
    plan, result = imported
    conn = conn_of(owner)
    ids = [r[0] for r in conn.execute("SELECT id FROM client")]
    assert len(ids) == len(result["imported"]) == 300 - 300 // 7
    assert len(result["merged"]) + len(result["unchanged"]) == 300 // 7
    events = conn.execute("SELECT count(*) FROM consent_event").fetchone()[0]
    assert events == result["consent_events_created"] > 0
    # every synced row has its outbox entry, each with its own clock tick, and every client field its clock
    outbox = conn.execute("SELECT entity, entity_id, op, device_seq, hlc FROM outbox").fetchall()
    assert sum(1 for e, _, op, _, _ in outbox if e == "client" and op == "upsert") == len(ids) + len(result["merged"])
    assert sum(1 for e, _, op, _, _ in outbox if e == "consent_event" and op == "append") == events
    assert len({seq for *_, seq, _ in outbox}) == len({hlc for *_, hlc in outbox}) == len(outbox)
    fields = {"id", "first_name", "last_name", "email", "phone", "birth_date", "notes", "source", "created_at",
              "updated_at"}
    clocks = conn.execute("SELECT entity_id, field FROM field_clock WHERE entity = 'client'").fetchall()
    assert {(i, f) for i in ids for f in fields} <= set(clocks)
    # one audit row per client added and per consent event, and the import's own row with the file's hash
    actions = [r[0] for r in conn.execute("SELECT action FROM audit")]
    assert actions.count("client_added") == len(ids) and actions.count("consent_recorded") == events
    assert actions.count("clients_imported") == 1
    # every stored status is what the ledger says, and both chains verify
    assert not any(owner.verify.run().values())
    for channel_status in (owner.consent.status(i)["email"].status for i in ids[:20]):
        assert channel_status in ("granted", "refused", "unknown")


def test_a_duplicate_of_a_row_in_the_pending_batch_gets_no_second_consent_event(owner, imported):
    plan, result = imported
    conn = conn_of(owner)
    per_client = conn.execute("SELECT client_id, channel, count(*) FROM consent_event GROUP BY client_id, channel "
                              "HAVING count(*) > 1").fetchall()
    assert per_client == []
    evidence = json.loads(conn.execute("SELECT evidence FROM consent_event ORDER BY seq").fetchone()[0])
    assert evidence["file_sha256"] == plan.sha256 and evidence["staff"] == "claire"


def test_a_forged_event_inside_a_batch_turns_verify_red(owner, imported):
    conn = conn_of(owner)
    sql = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'consent_event_no_update'").fetchone()[0]
    middle = conn.execute("SELECT seq FROM consent_event ORDER BY seq LIMIT 1 OFFSET 50").fetchone()[0]
    conn.execute("DROP TRIGGER consent_event_no_update")
    conn.execute("UPDATE consent_event SET decision = CASE decision WHEN 'granted' THEN 'refused' ELSE 'granted' END "
                 "WHERE seq = ?", (middle,))
    conn.execute(sql)
    found = owner.verify.run()
    assert any(f"#{middle})" in line and "changed" in line for lines in found.values() for line in lines), found


def test_checked_fields_are_made_by_normalise_only():
    """contact.CheckedClient tells the client service the costly checks ran already: nothing else may make one."""
    makers = set()
    for path in [*ROOT.glob("desktop/**/*.py"), *ROOT.glob("ui/**/*.py"), *ROOT.glob("sync/**/*.py"),
                 *ROOT.glob("storage/**/*.py")]:
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.Call) and (getattr(node.func, "id", None) == "CheckedClient"
                                               or getattr(node.func, "attr", None) == "CheckedClient"):
                makers.add(path.relative_to(ROOT).as_posix())
    assert makers == {"desktop/imports/normalise.py"}


def test_checked_fields_still_pass_the_notes_guard_and_the_birth_date_check(owner):
    base = contact.CheckedClient("Marie", "Dupont", "marie@exemple.fr", "+33612345678")
    added = owner.clients.add_many([
        {"checked": base, "source": "import"},
        {"checked": contact.CheckedClient("Léa", "Martin", notes="CB 4111 1111 1111 1111 exp 12/27"),
         "source": "import"},
        {"checked": contact.CheckedClient("Zoé", "Roux", birth_date="2999-01-01"), "source": "import"},
        {"checked": contact.CheckedClient("Inès", "Faure", notes="allergie aux sulfites"), "source": "import"}])
    assert isinstance(added[0], str)
    assert all(isinstance(refused, InputError) for refused in added[1:])
    assert owner.clients.count() == 1
    with pytest.raises(TypeError):
        owner.clients.add_many([{"checked": base, "email": "autre@exemple.fr"}])  # the checked fields come whole
    with pytest.raises(TypeError):
        owner.clients.add_many([{"checked": {"first_name": "Marie", "last_name": "Dupont"}}])


def test_an_import_writes_neighbouring_ids_and_gives_the_page_cache_back(owner, imported):
    """Ids that count up keep the 100,000-row commit linear (storage.ids); the smaller cache is the import's only."""
    plan, result = imported
    conn = conn_of(owner)
    clients = [line["client_id"] for line in owner.imports.report(result["report_id"])["lines"]
               if line["outcome"] == "imported"]
    assert clients == sorted(clients) and len({c[:24] for c in clients}) == 1
    events = [r[0] for r in conn.execute("SELECT id FROM consent_event ORDER BY seq")]
    assert events == sorted(events) and {e[:24] for e in events} == {clients[0][:24]}
    assert conn.execute("PRAGMA cache_size").fetchone()[0] == -65536
