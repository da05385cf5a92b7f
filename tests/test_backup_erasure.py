"""Erasures stay erased: a client erased after a backup is still erased once that backup is restored, in place or
on a new PC, in the decrypted pages of the database files (after checkpoint), and before anyone can open a file."""
from __future__ import annotations

import json
import shutil
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from desktop import salon as salons
from desktop.backup import check, restore
from desktop.clients.service import ReturningClient
from desktop.paths import Layout
from desktop.timefmt import SALON_ZONE
from storage import backup_file, timeutil
from tests.conftest import OWNER_PASSWORD
from tests.support.db import conn_of, store_of
from tests.support.pages import plaintext

PW = OWNER_PASSWORD + "\n"
ERASED = ("Éloïse", "N'Diaye-Lefèvre", "eloise.ndiaye@exemple.fr", "+33612345678", "Coloration 6.34 cuivrée")
KEPT = ("Inès", "Roux-Garnier", "ines.roux@exemple.fr", "+33698765432", "Balayage miel")
LATE = ("Zoé", "Chevalier-Morin", "zoe.chevalier@exemple.fr", "+33687654321", "Frange à recouper")


def add(owner, person) -> str:
    first, last, email, phone, notes = person
    client_id = owner.clients.add(first_name=first, last_name=last, email=email, phone=phone, notes=notes)
    start = datetime(2030, 1, 7, 9, 0, tzinfo=SALON_ZONE)
    for week in range(3):
        owner.booking.book(client_id, "Coupe femme", "claire", start + timedelta(days=7 * week, minutes=15 * len(last)),
                           allow_overlap=True)
    owner.consent.record(client_id, "email", "granted", "desk", text_version=owner.consent.text("email")["version"])
    return client_id


def traces(person) -> list[bytes]:
    first, last, email, phone, notes = person
    return [last.encode(), email.encode(), phone.encode(), notes.encode(), phone[3:].encode()]


def files_hold(database: Path, key: str, person) -> bool:
    raw = plaintext(database, key)
    return any(needle in raw for needle in traces(person))


@pytest.fixture
def history(owner, tmp_path, monkeypatch):
    """A backup made yesterday holding ERASED and KEPT; then ERASED is erased, and LATE is added and erased."""
    owner.booking.add_service("Coupe femme", 45)
    erased, kept = add(owner, ERASED), add(owner, KEPT)
    folder = tmp_path / "usb"
    folder.mkdir()
    today = timeutil.now()
    monkeypatch.setattr(timeutil, "now", lambda: today - timedelta(days=1))
    backup = Path(owner.backups.create(to=folder)["path"])
    monkeypatch.setattr(timeutil, "now", lambda: today)
    first = owner.privacy.erase(erased)["erasure_id"]
    late = add(owner, LATE)
    second = owner.privacy.erase(late)["erasure_id"]
    return {"backup": backup, "folder": folder, "erased": erased, "kept": kept, "late": late,
            "erasure_ids": {first, second}}


def test_the_backup_still_holds_the_client_until_it_rotates_out(owner, history):
    """What README and the access report say: an erased client stays inside older backups (encrypted) until
    rotation deletes them. This also shows that the greps below can see a client when there is one."""
    store = store_of(owner)
    header = backup_file.read_header(history["backup"])
    body = history["backup"].parent / "body.db"
    body.write_bytes(history["backup"].read_bytes()[header.offset:header.offset + header.size])
    assert files_hold(body, store.key, ERASED) and files_hold(body, store.key, KEPT)
    body.unlink()


def test_in_place_restore_erases_again_before_anyone_can_open_a_file(owner, salon, history):
    layout, store, code = salon
    staged = owner.backups.prepare_restore(history["backup"])
    # Staged, not yet in place: already erased there.
    staged_conn = check.open_copy(staged.database, store.key)
    try:
        ids = {row[0] for row in staged_conn.execute("SELECT id FROM client")}
        erasures = {row[0] for row in staged_conn.execute("SELECT id FROM erasure")}
    finally:
        staged_conn.close()
    assert history["erased"] not in ids and history["kept"] in ids and erasures == history["erasure_ids"]
    assert staged.reapplied == 2
    assert not files_hold(staged.database, store.key, ERASED)
    store.close()
    aside, saved = restore.commit_in_place(staged)
    assert saved and aside and not staged.folder.exists()

    reopened = salons.Salon.open(layout)
    try:
        desk = reopened.sign_in("claire", OWNER_PASSWORD)
        conn = conn_of(desk)
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        for path in (layout.database, *[p for p in aside if p.name.startswith("salon.db.")]):
            assert not files_hold(path, store.key, ERASED), path
            assert not files_hold(path, store.key, LATE), path
        assert files_hold(layout.database, store.key, KEPT)
        assert not any(desk.verify.run().values())
        assert {row[0] for row in conn.execute("SELECT id FROM erasure")} == history["erasure_ids"]
        assert desk.clients.search("N'Diaye") == [] and desk.clients.search("Roux") == [history["kept"]]
        assert conn.execute("SELECT count(*) FROM appointment WHERE client_id IS NULL").fetchone()[0] == 3
        # A returning person is still flagged, for the erased client and for the one the backup never held.
        for person in (ERASED, LATE):
            with pytest.raises(ReturningClient):
                desk.clients.add(first_name=person[0], last_name="Autre", email=person[2])
        actions = [row[0] for row in conn.execute("SELECT action FROM audit ORDER BY seq")]
        assert actions.count("erasure_reapplied") == 2 and "backup_restored" in actions
    finally:
        reopened.close()


def test_new_pc_restore_takes_later_erasures_from_later_backups(owner, salon, history, run_cli, memory_keyring,
                                                               tmp_path):
    layout, store, code = salon
    owner.backups.create(to=history["folder"])  # today's backup carries both erasures
    store.close()
    shutil.rmtree(layout.home)
    memory_keyring.secrets.clear()
    new_home = tmp_path / "new-pc"
    result = run_cli("--json", "backup", "restore", str(history["backup"]), "--home", str(new_home),
                     stdin=code + "\n")
    assert result.code == 0, result.err
    assert json.loads(result.out)["erasures_reapplied"] == 2
    restored = salons.Salon.open(Layout(new_home))
    try:
        desk = restored.sign_in("claire", OWNER_PASSWORD)
        conn_of(desk).execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        database = Layout(new_home).database
        assert not files_hold(database, store.key, ERASED) and not files_hold(database, store.key, LATE)
        assert files_hold(database, store.key, KEPT)
        assert not any(desk.verify.run().values())
        assert desk.clients.search("eloise") == []
    finally:
        restored.close()
    # The restored salon keeps the journal beside its database: a second restore of the old backup erases too.
    assert (new_home / "erasures.journal").stat().st_size > 0


def test_in_place_restore_through_the_cli(owner, salon, history, run_cli):
    layout, store, code = salon
    store.close()
    result = run_cli("--user", "claire", "--json", "backup", "restore", str(history["backup"]),
                     stdin=f"{PW}{code}\n")
    assert result.code == 0, result.err
    data = json.loads(result.out)
    assert data["erasures_reapplied"] == 2 and data["set_aside"]
    again = salons.Salon.open(layout)
    try:
        desk = again.sign_in("claire", OWNER_PASSWORD)
        conn_of(desk).execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        assert not files_hold(layout.database, store.key, ERASED)
        assert desk.clients.search("Roux") == [history["kept"]]
    finally:
        again.close()


def test_in_place_restore_refuses_while_the_salon_is_open_elsewhere(owner, salon, history):
    layout, store, _ = salon
    staged = owner.backups.prepare_restore(history["backup"])
    before = layout.database.read_bytes()
    with pytest.raises(Exception, match="open in another window or command"):
        restore.commit_in_place(staged)  # the fixture's own connection is still open
    assert layout.database.read_bytes() == before and not staged.folder.exists()
    assert owner.clients.search("Roux") == [history["kept"]]


def test_in_place_restore_needs_the_password_again(owner, history):
    from desktop.kernel.principal import ReauthRequired

    owner.principal.reauth_at = timeutil.now() - timedelta(minutes=10)
    with pytest.raises(ReauthRequired):
        owner.backups.prepare_restore(history["backup"])
    owner.reauthenticate(OWNER_PASSWORD)
    owner.backups.prepare_restore(history["backup"]).discard()


@pytest.mark.parametrize("language, expected", [
    ("en", ("Backups", "until they rotate out: 12 months at most", "the erasure is applied again")),
    ("fr", ("Sauvegardes", "jusqu’à leur renouvellement : 12 mois au plus", "l’effacement est appliqué de nouveau")),
])
def test_the_access_report_says_how_long_data_stays_in_backups(owner, tmp_path, language, expected):
    from pypdf import PdfReader

    client_id = owner.clients.add(first_name="Inès", last_name="Roux", email="ines.roux@exemple.fr")
    owner.privacy.report(client_id, tmp_path / "report.pdf", json_path=tmp_path / "report.json", language=language)
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(str(tmp_path / "report.pdf")).pages).split())
    for needle in expected:
        assert needle in text, needle
    assert "backups" in json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))["retention"]
