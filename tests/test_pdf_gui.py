"""PDFs made from the screens (booking confirmation, consent proof) are written on the database worker,
after the file dialog on the GUI thread."""
from __future__ import annotations

import threading

import pytest

from tests.test_gui import FakeDialogs
from ui import dialogs as dialog_module


@pytest.fixture
def fake(monkeypatch, tmp_path):
    dialogs = FakeDialogs(save_path=str(tmp_path / "out.pdf"))
    monkeypatch.setattr(dialog_module, "dialogs", dialogs)
    return dialogs


@pytest.fixture
def client_id(owner):
    owner.booking.add_service("Coupe femme", 45)
    return owner.clients.add(first_name="Marie", last_name="Dupont", email="marie@exemple.fr")


def spy(monkeypatch, cls, name):
    """Record the thread each call of cls.name runs on."""
    threads, method = [], getattr(cls, name)
    monkeypatch.setattr(cls, name, lambda self, *a, **kw: threads.append(threading.current_thread())
                        or method(self, *a, **kw))
    return threads


def test_the_booking_confirmation_is_written_on_the_worker(qtbot, owner, client_id, ops, fake, tmp_path, monkeypatch):
    from desktop.booking.service import BookingService
    from ui.book.appointment import AppointmentDialog

    appointment_id = owner.booking.book(client_id, "Coupe femme", "claire", "2037-12-01T10:00")
    runner = ops(owner)
    dialog = AppointmentDialog(owner, owner.booking.appointment(appointment_id), runner)
    qtbot.addWidget(dialog)
    threads = spy(monkeypatch, BookingService, "confirmation")
    with qtbot.waitSignal(runner.finished, timeout=5000):
        dialog.save_confirmation()
    assert (tmp_path / "out.pdf").read_bytes().startswith(b"%PDF")
    assert threads and threads[0] is not threading.main_thread() and dialog.error_label.text() == ""
    fake.save_path = str(tmp_path / "no-such-folder" / "out.pdf")
    with qtbot.waitSignal(runner.finished, timeout=5000):
        dialog.save_confirmation()
    assert dialog.error_label.text().startswith("The file could not be saved: ")  # in the dialog, as before
    assert fake.errors == [] and fake.crashes == []


def test_the_consent_proof_is_offered_to_managers_and_written_on_the_worker(qtbot, owner, employee, client_id, fake,
                                                                            tmp_path, monkeypatch):
    from desktop.consent.exports import ConsentExports
    from ui.main_window import MainWindow

    owner.consent.record(client_id, "email", "granted", "desk", text_version=1)
    staff_window = MainWindow(employee, "Atelier Lumière")
    qtbot.addWidget(staff_window)
    staff_window.table.selectRow(0)
    assert not staff_window.detail.consent_panel.proof_button.isVisibleTo(staff_window)
    window = MainWindow(owner, "Atelier Lumière")
    qtbot.addWidget(window)
    window.table.selectRow(0)
    panel = window.detail.consent_panel
    assert panel.proof_button.isVisibleTo(window)
    threads = spy(monkeypatch, ConsentExports, "proof")
    with qtbot.waitSignal(window.ops.finished, timeout=5000, check_params_cb=lambda op: op.label is not None):
        panel.proof_button.click()  # the book's own reads share the worker: wait for the proof's job
    assert (tmp_path / "out.pdf").read_bytes().startswith(b"%PDF")
    assert threads and threads[0] is not threading.main_thread()
    assert fake.errors == [] and fake.crashes == []
