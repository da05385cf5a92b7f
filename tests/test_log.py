"""The log file (desktop/log.py) holds no client data, and the crash dialog (ui/crash.py) says where it is."""
from __future__ import annotations

import logging
import stat
import threading

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel

from desktop import log
from storage.errors import InputError
from tests.test_gui import FakeDialogs
from ui import crash
from ui import dialogs as dialog_module

NAME, EMAIL, PHONE = "Dupontel", "marie.dupontel@exemple.fr", "06 12 34 56 78"


@pytest.fixture
def log_path(layout):
    path = log.setup(layout)
    yield path
    log.close()


@pytest.fixture
def fake(monkeypatch):
    dialogs = FakeDialogs()
    monkeypatch.setattr(dialog_module, "dialogs", dialogs)
    return dialogs


def test_the_log_file_is_private_and_rotates(log_path):
    logging.getLogger("salon_desk").warning("a line")
    assert log_path.name == "salon-desk.log" and log_path.parent.name == "logs"
    assert stat.S_IMODE(log_path.parent.stat().st_mode) == 0o700
    assert stat.S_IMODE(log_path.stat().st_mode) == 0o600
    handler = next(h for h in logging.getLogger().handlers if isinstance(h, log.PrivateFileHandler))
    assert (handler.maxBytes, handler.backupCount) == (1_000_000, 5)
    handler.doRollover()
    logging.getLogger("salon_desk").warning("after the rollover")
    rotated = log_path.with_name("salon-desk.log.1")
    assert "a line" in rotated.read_text(encoding="utf-8")
    assert stat.S_IMODE(rotated.stat().st_mode) == 0o600 and stat.S_IMODE(log_path.stat().st_mode) == 0o600


def test_a_log_left_readable_by_others_is_made_private(layout):
    path = log.log_file(layout)
    path.parent.mkdir(parents=True, mode=0o755)
    path.parent.chmod(0o755)
    path.write_text("older line\n", encoding="utf-8")
    path.chmod(0o644)
    try:
        assert log.setup(layout) == path
    finally:
        log.close()
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700 and stat.S_IMODE(path.stat().st_mode) == 0o600
    assert path.read_text(encoding="utf-8") == "older line\n"


def test_a_client_added_through_the_services_never_reaches_the_log(qtbot, owner, ops, fake, log_path, tmp_path):
    client_id = owner.clients.add(first_name="Marie", last_name=NAME, email=EMAIL, phone=PHONE)
    client = owner.clients.show(client_id)
    runner = ops(owner)

    def bug(desk, progress):  # a bug whose message quotes the client
        raise ValueError(f"cannot handle {client['first_name']} {client['last_name']} <{client['email']}>")

    def user_error(desk, progress):  # an expected error whose parameters name the client
        raise InputError("No client named {name}.", name=client["last_name"])

    def unwritable(desk, progress):  # the file name holds the client's name
        return desk.consent_exports.proof(client_id, tmp_path / "missing" / f"{NAME}.pdf")

    for job in (bug, user_error, unwritable):
        op = runner.run(job)
        qtbot.waitUntil(lambda: op.done, timeout=5000)
    logging.getLogger("salon_desk").warning("client %s %s, %s (%s)", client["last_name"], EMAIL, PHONE, client_id)
    logging.getLogger("salon_desk").info({"client": NAME})
    text = log_path.read_text(encoding="utf-8")
    for secret in (NAME, EMAIL, "Marie", "12 34 56", "+3361234"):
        assert secret not in text
    assert "ValueError" in text and "Traceback" in text and "bug" in text  # the code's own frames stay
    assert "No client named {name}." in text and "FileNotFoundError [errno 2]" in text
    assert client_id in text  # record ids are what the log is for
    assert [error for error, _ in fake.crashes] == ["ValueError"] and len(fake.errors) == 2


def test_an_uncaught_exception_in_any_thread_opens_the_crash_dialog_on_the_gui_thread(qtbot, fake, log_path):
    shown_on = []
    fake.crash = lambda parent, error, path: shown_on.append((error, path, threading.current_thread()))
    crash.install()
    try:
        def fail() -> None:
            raise RuntimeError("from a worker")
        worker = threading.Thread(target=fail)
        worker.start()
        worker.join()
        qtbot.waitUntil(lambda: len(shown_on) == 1, timeout=5000)
        try:
            raise LookupError("on the GUI thread")
        except LookupError as exc:
            crash.excepthook(type(exc), exc, exc.__traceback__)
        qtbot.waitUntil(lambda: len(shown_on) == 2, timeout=5000)
    finally:
        crash.uninstall()
    assert [(error, path) for error, path, _ in shown_on] == [("RuntimeError", log_path), ("LookupError", log_path)]
    assert all(thread is threading.main_thread() for _, _, thread in shown_on)
    assert log_path.read_text(encoding="utf-8").count("Traceback (most recent call last)") == 2


def test_the_crash_dialog_is_plain_and_copies_the_error_type_and_the_log_path(qtbot, log_path):
    dialog = crash.CrashDialog("KeyError", log_path)
    qtbot.addWidget(dialog)
    texts = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "unexpected" in texts and "saved is safe" in texts and str(log_path) in texts
    assert "Traceback" not in texts and "KeyError" not in texts
    dialog.copy_button.click()
    copied = QGuiApplication.clipboard().text()
    assert "KeyError" in copied and str(log_path) in copied
    assert dialog.open_button.isVisibleTo(dialog)
