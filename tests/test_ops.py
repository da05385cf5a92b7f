"""The operation runner (ui/ops.py): jobs on the database worker, results on the GUI thread, progress, cancel,
and the two kinds of errors."""
from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtWidgets import QPushButton

from desktop import i18n, log
from storage.errors import InputError
from tests.test_gui import FakeDialogs
from ui import dialogs as dialog_module
from ui.ops import Cancelled


@pytest.fixture
def fake(monkeypatch):
    dialogs = FakeDialogs()
    monkeypatch.setattr(dialog_module, "dialogs", dialogs)
    return dialogs


def wait(qtbot, runner, op) -> None:
    qtbot.waitUntil(lambda: op.done, timeout=5000)


def test_a_job_runs_on_the_worker_and_its_result_comes_back_on_the_gui_thread(qtbot, owner, ops, fake, monkeypatch):
    owner.clients.add(first_name="Marie", last_name="Dupont")
    runner = ops(owner)
    seen, dialogs = {}, []
    show_progress = runner._progress_dialog
    monkeypatch.setattr(runner, "_progress_dialog", lambda op: dialogs.append(op) or show_progress(op))

    def job(desk, progress):
        seen["job"] = threading.current_thread()
        seen["desk"] = desk
        time.sleep(0.15)  # past the first progress poll, short of the 0.3 s before a dialog shows
        return desk.clients.count()

    op = runner.run(job, success=lambda result: seen.update(result=result, success=threading.current_thread()),
                    progress_label="Counting…")
    wait(qtbot, runner, op)
    assert seen["job"] is not threading.main_thread()
    assert seen["success"] is threading.main_thread()
    assert seen["result"] == 1
    assert seen["desk"] is not owner and seen["desk"].principal is owner.principal  # its own connection, same person
    assert dialogs == []  # a quick job never flashes a progress dialog
    assert fake.errors == [] and fake.crashes == []


def test_jobs_run_one_at_a_time_in_the_order_they_came(qtbot, owner, ops):
    runner = ops(owner)
    events, running = [], []

    def job(number):
        def run(desk, progress):
            running.append(number)
            assert len(running) == 1  # nothing else runs meanwhile
            events.append(number)
            time.sleep(0.02)
            running.remove(number)
            return number
        return run
    operations = [runner.run(job(number)) for number in range(5)]
    qtbot.waitUntil(lambda: all(op.done for op in operations), timeout=5000)
    assert events == [0, 1, 2, 3, 4]


def test_progress_is_shown_and_cancel_rolls_the_job_back(qtbot, owner, ops, fake):
    owner.clients.add(first_name="Marie", last_name="Dupont")
    runner = ops(owner)
    results = []

    def job(desk, progress):
        with desk.transaction():
            desk.clients.add(first_name="Zoe", last_name="Annulee")
            for step in range(500):
                progress.update(step, 500, "Step {}".format(step))
                progress.check()  # raises Cancelled: the transaction rolls back
                time.sleep(0.01)
        return "finished"

    op = runner.run(job, success=results.append, failure=results.append, progress_label="Working…",
                    cancellable=True)
    qtbot.waitUntil(lambda: op.dialog is not None and op.dialog.isVisible() and op.dialog.value() > 0, timeout=5000)
    dialog = op.dialog
    assert dialog.maximum() == 500 and dialog.labelText().startswith("Step ")
    cancel = next(button for button in dialog.findChildren(QPushButton) if button.isVisible())
    cancel.click()
    wait(qtbot, runner, op)
    assert results == [] and fake.errors == [] and fake.crashes == []  # cancelling is not an error
    assert owner.clients.search("Annulee") == [] and owner.clients.count() == 1
    assert op.dialog is None


def test_a_newer_job_with_the_same_key_supersedes_the_older(qtbot, owner, ops):
    runner = ops(owner)
    release, delivered, ran = threading.Event(), [], []

    def slow(desk, progress):
        release.wait(5)
        return "old"

    def skipped(desk, progress):
        ran.append("middle")
        return "middle"
    first = runner.run(slow, success=delivered.append, key="book")
    middle = runner.run(skipped, success=delivered.append, key="book")
    newest = runner.run(lambda desk, progress: "new", success=delivered.append, key="book")
    release.set()
    qtbot.waitUntil(lambda: first.done and middle.done and newest.done, timeout=5000)
    assert delivered == ["new"] and ran == []  # the old result is dropped; the waiting one never ran


def test_a_salon_error_shows_exactly_one_translated_line(qtbot, owner, ops, fake):
    runner = ops(owner)
    i18n.install("fr")
    try:
        op = runner.run(lambda desk, progress: desk.clients.show("no-such-client"))
        wait(qtbot, runner, op)
    finally:
        i18n.uninstall()
    assert fake.errors == ["Aucune fiche client avec l’identifiant no-such-client."]
    assert fake.crashes == []


def test_a_failure_callback_replaces_the_message_for_user_errors_only(qtbot, owner, ops, fake, layout):
    runner = ops(owner)
    got = []
    op = runner.run(lambda desk, progress: desk.clients.show("no-such-client"), failure=got.append)
    wait(qtbot, runner, op)
    assert isinstance(got[0], InputError) and fake.errors == []
    bug = runner.run(lambda desk, progress: 1 / 0, failure=got.append)
    wait(qtbot, runner, bug)
    assert len(got) == 1 and [error for error, _ in fake.crashes] == ["ZeroDivisionError"]


def test_a_bug_goes_to_the_log_and_the_crash_dialog(qtbot, owner, ops, fake, layout):
    path = log.setup(layout)
    try:
        runner = ops(owner)

        def broken_job(desk, progress):
            return {}["missing"]
        op = runner.run(broken_job)
        wait(qtbot, runner, op)
    finally:
        log.close()
    assert fake.crashes == [("KeyError", path)] and fake.errors == []
    text = path.read_text(encoding="utf-8")
    assert "Traceback (most recent call last)" in text and "broken_job" in text and "KeyError" in text


def test_a_session_ended_on_the_worker_signs_out(qtbot, owner, employee, ops, fake):
    runner = ops(employee)
    owner.staff.deactivate("lea")
    with qtbot.waitSignal(runner.session_ended, timeout=5000) as ended:
        runner.run(lambda desk, progress: desk.clients.search(""))
    assert "sign in again" in ended.args[0] and fake.errors == []


def test_changes_written_on_the_worker_refresh_screens_on_the_gui_thread(qtbot, owner, fake):
    from ui.main_window import MainWindow

    client_id = owner.clients.add(first_name="Marie", last_name="Dupont", notes="couleur 5.3")
    window = MainWindow(owner, "Atelier Lumière")
    qtbot.addWidget(window)
    window.table.selectRow(0)
    assert window.detail.notes_view.toPlainText() == "couleur 5.3"
    refreshed = []
    show_client = window.detail.show_client
    window.detail.show_client = lambda cid: refreshed.append(threading.current_thread()) or show_client(cid)
    window.ops.run(lambda desk, progress: desk.clients.edit(client_id, notes="couleur 6.1"))
    qtbot.waitUntil(lambda: window.detail.notes_view.toPlainText() == "couleur 6.1", timeout=5000)
    assert refreshed and all(thread is threading.main_thread() for thread in refreshed)


def test_a_job_for_a_closed_screen_is_not_delivered(qtbot, owner, ops, fake):
    from PySide6.QtWidgets import QWidget
    import shiboken6

    runner = ops(owner)
    release, delivered = threading.Event(), []
    screen = QWidget()
    op = runner.run(lambda desk, progress: release.wait(5), success=delivered.append, parent=screen)
    shiboken6.delete(screen)
    release.set()
    wait(qtbot, runner, op)
    assert delivered == []


def test_cancelled_is_raised_by_check_only_once_cancelled():
    from desktop.kernel.progress import Progress

    progress = Progress()
    progress.check()
    progress.update(3, 10, "three")
    assert progress.snapshot() == (3, 10, "three")
    progress.cancel()
    with pytest.raises(Cancelled):
        progress.check()
    assert not issubclass(Cancelled, InputError)  # never shown as an error
