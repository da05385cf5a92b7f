"""Backups on screen (pytest-qt): the memo for a missing backup, "Back up now" with its progress in the status bar,
a restore from the first-run wizard, the owner's in-place restore, the backup at close, and an erased client
nowhere on screen after restoring an older backup."""
from __future__ import annotations

import json
import threading
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from desktop.backup import config as configs, make, scheduler
from desktop.salon import Salon
from desktop.timefmt import SALON_ZONE
from storage import backup_file, timeutil
from tests.conftest import NEW_PASSWORD, OWNER_PASSWORD, make_staff
from tests.test_gui import FakeDialogs
from tests.test_masking_surfaces import widget_texts
from ui import dialogs as dialog_module


class Dialogs(FakeDialogs):
    def __init__(self, *, open_path=None, folder=None, password=OWNER_PASSWORD) -> None:
        super().__init__(password=password)
        self.open_path, self.folder = open_path, folder

    def open_file(self, parent, title, pattern):
        return self.open_path

    def choose_folder(self, parent, title, start):
        return self.folder


@pytest.fixture
def runner(qtbot, store):
    from ui.backup.runner import BackupRunner

    backups = BackupRunner(Salon(store), first_check=timedelta(hours=1))  # only what a test asks for
    backups.start()
    yield backups
    backups.shutdown()


@pytest.fixture
def window(qtbot, owner, runner, request):
    from ui.main_window import MainWindow

    win = MainWindow(owner, "Atelier Lumière", backups=runner)
    qtbot.addWidget(win)
    request.addfinalizer(win.shutdown)
    win.show()
    qtbot.waitExposed(win)
    return win


def memo_text(window) -> str:
    return window.backup_memo.text.text() if not window.backup_memo.isHidden() else ""


def test_the_memo_for_a_missing_backup(qtbot, window, owner, runner, tmp_path):
    qtbot.waitUntil(lambda: "never been backed up" in memo_text(window))
    assert window.backup_memo.button.isVisible() and window.backup_memo.button.text() == "Back up now"
    usb = tmp_path / "usb"
    usb.mkdir()
    owner.backups.configure(usb)
    owner.backups.create()
    runner.refresh()
    qtbot.waitUntil(lambda: window.backup_memo.isHidden())
    usb.rename(tmp_path / "usb-unplugged")  # the drive is unplugged
    runner.refresh()
    qtbot.waitUntil(lambda: "cannot be found (an unplugged USB drive?)" in memo_text(window))
    assert str(usb) in memo_text(window) and window.backup_memo.button.isVisible()
    (tmp_path / "usb-unplugged").rename(usb)
    state = configs.read_state(owner.backups._store.layout)  # noqa: SLF001 (a backup made five days ago)
    state["last_ok"]["at"] = timeutil.iso(timeutil.now() - timedelta(days=5, hours=1))
    (owner.backups._store.layout.home / configs.STATE_FILE).write_text(json.dumps(state))  # noqa: SLF001
    runner.refresh()
    qtbot.waitUntil(lambda: "The last good backup is 5 day" in memo_text(window))  # "5 days" with the catalogue


def test_back_up_now_with_progress_in_the_status_bar(qtbot, window, owner, runner, tmp_path, monkeypatch):
    for n in range(150):
        owner.clients.add(first_name="Marie", last_name=f"Dupont{n}", notes="Balayage caramel tous les 3 mois. " * 4)
    owner.backups.configure(tmp_path / "nas")
    monkeypatch.setattr(backup_file, "CHUNK", 8192)
    monkeypatch.setattr(scheduler, "PROGRESS_EVERY", 0)
    threads, seen = [], []
    real_make = make.make
    monkeypatch.setattr(make, "make", lambda *a, **k: threads.append(threading.current_thread()) or real_make(*a, **k))
    runner.progress.connect(lambda value, label: seen.append(
        (value, label, window.backup_status.bar.isVisible(), window.backup_status.label.text())))
    qtbot.waitUntil(lambda: "never been backed up" in memo_text(window))
    with qtbot.waitSignal(runner.finished, timeout=30000) as done:
        qtbot.mouseClick(window.backup_memo.button, Qt.MouseButton.LeftButton)
        assert not window.backup_memo.button.isEnabled()
    assert threads and threads[0] is not threading.main_thread()  # never on the GUI thread
    assert len(seen) > 10 and all(bar for _, _, bar, _ in seen)
    values = [value for value, *_ in seen]
    assert values == sorted(values) and values[-1] == 1000
    labels = {label for _, label, _, _ in seen}
    assert {"Writing the backup…", "Reading the backup back…", "Checking the backup with the key…"} <= labels
    assert any(text == "Writing the backup…" for *_, text in seen)  # what the status bar said meanwhile
    result = done.args[0]
    assert Path(result["path"]).parent == tmp_path / "nas" and result["verified"]
    assert window.backup_status.label.text() == f"Backup done and verified: {Path(result['path']).name}"
    assert window.backup_status.bar.isHidden()
    qtbot.waitUntil(lambda: window.backup_memo.isHidden())


def test_a_failed_backup_says_why_in_the_memo(qtbot, window, owner, runner, tmp_path):
    owner.backups.configure(tmp_path / "usb")
    (tmp_path / "usb").rmdir()
    with qtbot.waitSignal(runner.failed, timeout=10000) as failed:
        window.backup_memo.back_up_now()
    assert "cannot be found" in failed.args[0]
    assert window.backup_status.label.text() == "Backup failed" and "cannot be found" in \
        window.backup_status.label.toolTip()
    qtbot.waitUntil(lambda: "The last attempt failed. The backup folder" in memo_text(window))


def test_the_scheduled_job_backs_up_once_a_day_as_the_system(qtbot, store, salon, tmp_path):
    from ui.backup.runner import BackupRunner

    layout = salon[0]
    configs.save(layout, configs.Config(tmp_path / "usb"))
    (tmp_path / "usb").mkdir()
    backups = BackupRunner(Salon(store), check_every=timedelta(seconds=0.3), first_check=timedelta(seconds=0.1))
    finished = []
    backups.finished.connect(finished.append)
    backups.start()
    try:
        qtbot.waitUntil(lambda: bool(finished), timeout=10000)
        qtbot.wait(1200)  # several more checks: today's backup is there, nothing more is made
    finally:
        backups.shutdown()
    assert len(finished) == 1 and len(list((tmp_path / "usb").glob("*.salondesk"))) == 1
    row = store.conn.execute("SELECT staff_id, details FROM audit WHERE action = 'backup_made'").fetchone()
    assert row[0] is None and json.loads(row[1])["by"] == "system:backup"


# -- restore from the first-run wizard ----------------------------------------------------------------------------

@pytest.fixture
def lost_pc(owner, salon, tmp_path, memory_keyring):
    """A salon backed up onto a USB drive, then the PC lost: (the backup, the recovery code)."""
    import shutil

    layout, store, code = salon
    make_staff(owner, "lea", "employee")
    owner.clients.add(first_name="Inès", last_name="Roux", email="ines.roux@exemple.fr")
    usb = tmp_path / "usb"
    usb.mkdir()
    path = owner.backups.create(to=usb)["path"]
    store.close()
    shutil.rmtree(layout.home)
    memory_keyring.secrets.clear()
    return path, code


def test_restore_from_the_first_run_wizard(qtbot, lost_pc, tmp_path, monkeypatch):
    from ui.backup.restore_dialog import RestoreDialog
    from ui.first_run import FirstRunWizard
    from desktop.paths import Layout

    path, code = lost_pc
    monkeypatch.setattr(dialog_module, "dialogs", Dialogs(open_path=path))
    attempts = []

    def fill_in(dialog):
        qtbot.mouseClick(dialog.findChild(type(dialog.restore_button), "chooseBackup"), Qt.MouseButton.LeftButton)
        assert dialog.file_edit.text() == path and "Backup of Atelier Lumière made on" in dialog.about.text()
        for typed in ("ZZZZZ-ZZZZZ-ZZZZZ-ZZZZZ", code):  # a wrong code first: one line, and try again
            dialog.code_edit.setText(typed)
            qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
            qtbot.waitUntil(lambda: dialog.restore_button.isEnabled(), timeout=20000)
            attempts.append(dialog.error_label.text())
            if dialog.salon is not None:
                break
        return dialog.result()

    monkeypatch.setattr(RestoreDialog, "exec", fill_in)
    layout = Layout(tmp_path / "new-pc")
    wizard = FirstRunWizard(layout)
    qtbot.addWidget(wizard)
    wizard.show()
    with qtbot.waitSignal(wizard.created, timeout=20000) as created:
        qtbot.mouseClick(wizard.findChild(type(wizard.button(wizard.WizardButton.NextButton)), "restoreBackup"),
                         Qt.MouseButton.LeftButton)
    assert attempts == ["This recovery code does not open this salon database.", ""]
    salon, login = created.args
    try:
        assert login == "" and salon.name() == "Atelier Lumière"
        owner = salon.sign_in("claire", OWNER_PASSWORD)  # staff sign in with their usual passwords
        salon.sign_in("lea", NEW_PASSWORD)
        assert owner.clients.search("Roux") and not any(owner.verify.run().values())
    finally:
        salon.close()
    reopened = Salon.open(layout)  # the key went into this PC's keyring
    reopened.close()


# -- the owner's in-place restore, through the controller -------------------------------------------------------

def test_owner_restores_in_place_after_typing_the_password_again(qtbot, salon, owner, tmp_path, monkeypatch):
    from ui.app import Controller
    from ui.backup.dialog import BackupsDialog

    layout, store, code = salon
    kept = owner.clients.add(first_name="Inès", last_name="Roux", email="ines.roux@exemple.fr")
    erased = owner.clients.add(first_name="Éloïse", last_name="N'Diaye", email="eloise.ndiaye@exemple.fr")
    owner.backups.configure(tmp_path / "usb")
    owner.backups.create()
    owner.privacy.erase(erased)
    owner.clients.add(first_name="Zoé", last_name="Après", email="zoe.apres@exemple.fr")  # after the backup
    store.close()
    fake = Dialogs()
    monkeypatch.setattr(dialog_module, "dialogs", fake)
    monkeypatch.setattr("ui.acknowledgement.AcknowledgementDialog.exec",
                        lambda d: d.read_box.setChecked(True) or d.confirm() or 1)

    def restore_first(dialog):
        qtbot.waitUntil(lambda: dialog.table.rowCount() == 1)
        assert dialog.table.item(0, 1).text().endswith("B") and len(dialog.table.item(0, 2).text()) == 19
        dialog.table.selectRow(0)
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.result() == 1, timeout=20000)
        return 1

    monkeypatch.setattr(BackupsDialog, "exec", restore_first)
    controller = Controller(layout)
    controller.start()
    try:
        controller.login_window.login_edit.setText("claire")
        controller.login_window.password_edit.setText(OWNER_PASSWORD)
        qtbot.mouseClick(controller.login_window.sign_in_button, Qt.MouseButton.LeftButton)
        controller.main_window.backups_action.trigger()
        qtbot.waitUntil(lambda: controller.main_window is None and controller.login_window is not None
                        and "is restored" in controller.login_window.error_label.text(), timeout=20000)
        message = controller.login_window.error_label.text()
        assert "1 later erasure" in message and ".before-restore-" in message
        controller.login_window.password_edit.setText(OWNER_PASSWORD)
        qtbot.mouseClick(controller.login_window.sign_in_button, Qt.MouseButton.LeftButton)
        desk = controller.desk
        assert desk.clients.search("Roux") == [kept] and desk.clients.search("Diaye") == []
        assert desk.clients.search("Après") == []  # what came after the backup is replaced by it
        assert list(layout.home.glob("salon.db.before-restore-*"))
    finally:
        controller.lock()  # no window left painting from a closed salon
        controller.shutdown()


def test_the_backup_at_close_when_the_day_has_none(qtbot, salon, tmp_path):
    from ui.app import Controller

    layout, store, _ = salon
    configs.save(layout, configs.Config(tmp_path / "usb"))
    (tmp_path / "usb").mkdir()
    store.close()
    controller = Controller(layout)
    controller.start()
    qtbot.waitUntil(lambda: controller.backups.status is not None and controller.backups.status.due)
    controller.shutdown()
    assert len(list((tmp_path / "usb").glob("*.salondesk"))) == 1
    again = Controller(layout)  # the day has its backup now: closing makes no other
    again.start()
    qtbot.waitUntil(lambda: again.backups.status is not None)
    again.shutdown()
    assert len(list((tmp_path / "usb").glob("*.salondesk"))) == 1


# -- an erased client, nowhere on screen after restoring an older backup ------------------------------------------

def test_an_erased_client_is_on_no_screen_after_the_restore(qtbot, salon, owner, tmp_path, ops, request):
    from desktop.backup import restore
    from ui.book.widget import BookWidget
    from ui.consent.register import ConsentRegisterDialog
    from ui.main_window import MainWindow

    layout, store, _ = salon
    owner.booking.add_service("Coupe femme", 45)
    day = datetime(2030, 3, 11, 10, 0, tzinfo=SALON_ZONE)
    people = {}
    for first, last, email in (("Éloïse", "Quatremains", "eloise.q@exemple.fr"), ("Inès", "Roux", "ines@exemple.fr")):
        client_id = owner.clients.add(first_name=first, last_name=last, email=email, phone="06 47 83 29 15"
                                      if first == "Éloïse" else None)
        owner.booking.book(client_id, "Coupe femme", "claire", day + timedelta(hours=len(people)))
        owner.consent.record(client_id, "email", "granted", "desk", text_version=1)
        people[first] = client_id
    owner.requests.open(people["Éloïse"], "access")
    backup = owner.backups.create(to=tmp_path)["path"]
    owner.privacy.erase(people["Éloïse"])
    staged = owner.backups.prepare_restore(backup)
    store.close()
    restore.commit_in_place(staged)
    salon_again = Salon.open(layout)
    request.addfinalizer(salon_again.close)
    desk = salon_again.sign_in("claire", OWNER_PASSWORD)
    gone = ("Quatremains", "Éloïse", "eloise.q", "47 83 29 15", "2915")

    window = MainWindow(desk, "Atelier Lumière")
    qtbot.addWidget(window)
    request.addfinalizer(window.shutdown)
    window.show()
    screens = {"client list": widget_texts(window)}
    for text in ("Quatremains", "eloise.q@exemple.fr", "0647832915"):
        window.search_edit.setText(text)
        window.apply_search()
        assert window.model.rowCount() == 0, text
    window.search_edit.setText("Roux")
    window.apply_search()
    window.table.selectRow(0)
    screens["client file of the kept client"] = widget_texts(window)
    book = BookWidget(desk, ops(desk))
    qtbot.addWidget(book)
    request.addfinalizer(book.shutdown)
    with qtbot.waitSignal(book.loaded, timeout=5000):
        book.go_to(day.date())
    assert len(book.view.items_by_id) == 2  # both appointments stay (statistics), one without a client
    screens["appointment book"] = widget_texts(book)
    register = ConsentRegisterDialog(desk, ops(desk))
    qtbot.addWidget(register)
    screens["consent register"] = widget_texts(register)
    screens["request memo"] = window.requests_memo.text()
    for name, text in screens.items():
        for needle in gone:
            assert needle not in text, (name, needle)
    assert "Roux" in screens["client list"] and "Roux" in screens["appointment book"]


def test_a_one_shot_job_finishing_while_the_scheduler_shuts_down_kills_no_thread():
    """APScheduler empties its job stores at shutdown; the scheduler's thread removing a one-shot job that just
    ran must not die of it (that reached the crash dialog when the app closed)."""
    from apscheduler.jobstores.base import JobLookupError
    from apscheduler.schedulers.base import STATE_STOPPED

    from desktop.backup.scheduler import _Scheduler

    scheduler = _Scheduler()
    scheduler.state = STATE_STOPPED
    scheduler.remove_job("gone")  # forgiven while stopping
    scheduler.state = 1  # running: a missing job is still an error
    with pytest.raises(JobLookupError):
        scheduler.remove_job("gone")
