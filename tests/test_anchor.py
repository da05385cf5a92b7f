"""The chains' anchor in the keyring (storage/anchor.py): written after commits at most once a second and at close,
checked at opening and by verify, raised before a prune, accepted again only by the owner."""
from __future__ import annotations

import json
from datetime import timedelta

import keyring
import pytest

from desktop import salon as salons, store as stores
from desktop.verify import problems
from storage import anchor as anchors, audit, keystore, timeutil
from storage.errors import PermissionDenied
from tests.conftest import OWNER_PASSWORD, make_staff
from tests.support.keyrings import MemoryKeyring, NoKeyring


def anchored(layout, memory_keyring) -> dict:
    key_id = stores.read_keyinfo(layout)["key_id"]
    return json.loads(memory_keyring.secrets[(keystore.SERVICE, anchors.entry(key_id))])["chains"]


def heads(store) -> dict:
    return {name: seq for name, seq in store.conn.execute("SELECT chain, seq FROM chain_head")}


def test_a_new_salon_is_anchored_and_the_anchor_follows_at_most_once_a_second(salon, owner, memory_keyring,
                                                                              monkeypatch):
    layout, store, _ = salon
    assert anchored(layout, memory_keyring)["audit"]["seq"] == heads(store)["audit"] - 1  # the sign-in's row
    clock = [1000.0]
    monkeypatch.setattr(store.anchor, "_clock", lambda: clock[0])
    store.anchor._last = clock[0]  # noqa: SLF001 (just written)
    writes = store.anchor.writes
    for _ in range(5):
        owner.clients.add(first_name="Marie", last_name="Dupont")
    assert store.anchor.writes == writes and store.anchor.pending  # within the second: not yet
    clock[0] += 1.0
    owner.clients.add(first_name="Ana", last_name="Silva")
    assert store.anchor.writes == writes + 1 and not store.anchor.pending
    assert anchored(layout, memory_keyring)["audit"]["seq"] == heads(store)["audit"]
    owner.clients.add(first_name="Léa", last_name="Morel")
    store.close()  # and at close
    reopened = stores.open_store(layout)
    assert anchored(layout, memory_keyring)["audit"]["seq"] == heads(reopened)["audit"]
    reopened.close()


def test_a_file_ahead_of_its_anchor_opens(salon, owner, memory_keyring):
    """A crash before the anchor caught up leaves the file ahead: that is normal, and the anchor moves on."""
    layout, store, _ = salon
    store.anchor.held = True  # as if the process died before writing it
    owner.clients.add(first_name="Marie", last_name="Dupont")
    store.conn.close()
    store.closed = True
    reopened = stores.open_store(layout)
    assert not reopened.mismatch and not any(problems(reopened.conn).values())
    reopened.close()
    assert anchored(layout, memory_keyring)["audit"]["seq"] > 0


def test_the_anchor_is_macced_and_a_forged_one_is_named(salon, memory_keyring):
    layout, store, _ = salon
    store.close()
    key_id = stores.read_keyinfo(layout)["key_id"]
    entry = (keystore.SERVICE, anchors.entry(key_id))
    data = json.loads(memory_keyring.secrets[entry])
    data["chains"]["audit"]["seq"] = 1
    memory_keyring.secrets[entry] = json.dumps(data)
    with pytest.raises(salons.AnchorMismatch):
        stores.open_store(layout)
    held = stores.open_store(layout, hold=True)
    assert held.mismatch == ["the chains' anchor in the keyring was changed outside Salon Desk (bad MAC)"]
    assert "the chains' anchor in the keyring was changed outside Salon Desk (bad MAC)" in problems(held.conn)["anchor"]
    held.close()


def test_a_salon_from_before_anchors_gets_one_and_the_audit_log_says_so(salon, memory_keyring):
    layout, store, _ = salon
    store.close()
    key_id = stores.read_keyinfo(layout)["key_id"]
    del memory_keyring.secrets[(keystore.SERVICE, anchors.entry(key_id))]
    reopened = stores.open_store(layout)
    assert reopened.conn.execute("SELECT action FROM audit ORDER BY seq DESC LIMIT 1").fetchone()[0] == \
        "chain_anchor_created"
    assert not any(problems(reopened.conn).values())
    reopened.close()


def test_without_a_keyring_verify_says_the_anchor_was_not_checked(salon):
    layout, store, code = salon
    store.close()
    keyring.set_keyring(NoKeyring())
    reopened, saved = stores.open_with_recovery_code(layout, code)
    assert not saved and reopened.anchor is None
    assert problems(reopened.conn)["anchor"] == [
        "not checked: this PC's keyring cannot be used, so the chains' anchor cannot be read"]
    reopened.close()


def test_a_new_pc_gets_the_key_and_an_anchor_from_the_recovery_code(salon):
    layout, store, code = salon
    store.close()
    keyring.set_keyring(MemoryKeyring())
    reopened, saved = stores.open_with_recovery_code(layout, code)
    assert saved and reopened.anchor is not None and reopened.anchor.created
    reopened.close()
    stores.open_store(layout).close()


def test_a_prune_raises_the_anchors_bound_first_and_a_prune_behind_its_back_is_named(salon, owner, memory_keyring):
    layout, store, _ = salon
    done = owner.audit.prune(now=timeutil.now() + timedelta(days=400))
    assert done["rows"] > 0 and anchored(layout, memory_keyring)["audit"]["pruned"] == done["through"]
    store.close()
    reopened = stores.open_store(layout)
    assert not any(problems(reopened.conn).values())
    # with the key, someone prunes further behind a checkpoint they MAC themselves: the anchor never allowed it
    reopened.anchor = reopened.conn.anchor = None
    with reopened.unit_of_work() as uow:
        audit.prune(uow, before=timeutil.iso(timeutil.now() + timedelta(days=1)), at=timeutil.iso(timeutil.now()))
    reopened.close()
    with pytest.raises(salons.AnchorMismatch):
        stores.open_store(layout)
    held = stores.open_store(layout, hold=True)
    assert any("beyond what its anchor in the keyring allows" in line for line in held.mismatch), held.mismatch
    held.close()


@pytest.fixture
def rolled_back(salon, owner, tmp_path):
    """A copy of the file taken before a client was added, put back (no key used). Returns the layout."""
    import shutil

    layout, store, _ = salon
    make_staff(owner, "marc", "manager")
    store.close()
    shutil.copy(layout.database, tmp_path / "before.db")
    again = stores.open_store(layout)
    salons.login(again, "claire", OWNER_PASSWORD).clients.add(first_name="Marie", last_name="Dupont")
    again.close()
    for path in layout.database_files():
        path.unlink(missing_ok=True)
    shutil.copy(tmp_path / "before.db", layout.database)
    return layout


def test_only_the_owner_acknowledges_a_mismatch_and_it_is_logged(rolled_back):
    from tests.conftest import NEW_PASSWORD

    with pytest.raises(salons.AnchorMismatch, match="older than the one Salon Desk last saved"):
        salons.Salon.open(rolled_back)
    held = salons.Salon.open(rolled_back, hold=True)
    assert held.mismatch
    with pytest.raises(PermissionDenied):
        held.sign_in("marc", NEW_PASSWORD).verify.acknowledge()
    accepted = held.sign_in("claire", OWNER_PASSWORD).verify.acknowledge()
    assert accepted and any("audit: " in line for line in accepted)
    held.close()
    salon = salons.Salon.open(rolled_back)
    desk = salon.sign_in("claire", OWNER_PASSWORD)
    rows = desk.audit.entries(action="chain_anchor_acknowledged")
    assert len(rows) == 1 and json.loads(rows[0]["details"])["problems"] == accepted
    assert not any(desk.verify.run().values())
    salon.close()


def test_the_cli_acknowledges_for_the_owner_only(rolled_back, run_cli):
    from tests.conftest import NEW_PASSWORD

    refused = run_cli("--user", "claire", "--password-stdin", "staff", "list", stdin=OWNER_PASSWORD + "\n")
    assert refused.code == 1 and "salon-desk acknowledge --user LOGIN" in refused.err
    assert run_cli("--user", "marc", "--password-stdin", "acknowledge", stdin=NEW_PASSWORD + "\n").code == 4
    done = run_cli("--user", "claire", "--password-stdin", "acknowledge", stdin=OWNER_PASSWORD + "\n")
    assert done.code == 0 and "Accepted" in done.out
    assert run_cli("--user", "claire", "--password-stdin", "verify", stdin=OWNER_PASSWORD + "\n").code == 0
    again = run_cli("--user", "claire", "--password-stdin", "acknowledge", stdin=OWNER_PASSWORD + "\n")
    assert again.code == 1 and "nothing to acknowledge" in again.err


def test_an_anchor_write_that_fails_after_a_commit_is_logged_not_raised(salon, owner, monkeypatch, caplog):
    layout, store, _ = salon

    def broken(*args, **kwargs):
        raise keystore.KeyringUnavailable("down")

    monkeypatch.setattr(keystore, "save_entry", broken)
    monkeypatch.setattr(store.anchor, "_last", float("-inf"))
    client_id = owner.clients.add(first_name="Marie", last_name="Dupont")  # committed: no error
    assert owner.clients.show(client_id)["first_name"] == "Marie"
    assert "the chains' anchor could not be updated after a commit" in caplog.text


def test_the_app_lets_only_the_owner_accept_a_rolled_back_file(rolled_back, qtbot):
    from tests.conftest import NEW_PASSWORD
    from ui.integrity import AcknowledgeDialog

    with pytest.raises(salons.AnchorMismatch) as refused:
        salons.Salon.open(rolled_back)
    dialog = AcknowledgeDialog(rolled_back, refused.value.message())
    qtbot.addWidget(dialog)
    dialog.login_edit.setText("marc")
    dialog.password_edit.setText(NEW_PASSWORD)
    dialog.acknowledge()
    assert dialog.salon is None and "does not allow this action" in dialog.error_label.text()
    dialog.login_edit.setText("claire")
    dialog.password_edit.setText(OWNER_PASSWORD)
    dialog.acknowledge()
    assert dialog.salon is not None and not dialog.salon.mismatch
    dialog.salon.close()
    salons.Salon.open(rolled_back).close()


def test_the_app_says_what_happened_without_a_command_line_to_type(rolled_back, qtbot, qapp, monkeypatch):
    """The screen offers its own way to accept the file: its text must not send the owner to the CLI."""
    from ui import integrity
    from ui.app import Controller

    seen = []

    class Dialog:
        def __init__(self, layout, reason, parent=None):
            seen.append(reason)
            self.salon = None

        def exec(self):
            return False

    monkeypatch.setattr(integrity, "AcknowledgeDialog", Dialog)
    try:
        assert Controller(rolled_back)._unlock() is None
    finally:
        qapp.setStyleSheet("")
        qapp.setQuitOnLastWindowClosed(True)
    assert len(seen) == 1 and "salon-desk" not in seen[0] and "database file" in seen[0]
