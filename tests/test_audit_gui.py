"""The audit log viewer (owner only): filters, pages, the CSV export on the worker, and the retention setting."""
from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QDate

from storage.errors import PermissionDenied
from tests.test_gui import FakeDialogs
from ui import dialogs as dialog_module


@pytest.fixture
def fake(monkeypatch, tmp_path):
    dialogs = FakeDialogs(save_path=str(tmp_path / "audit.csv"))
    monkeypatch.setattr(dialog_module, "dialogs", dialogs)
    return dialogs


@pytest.fixture
def history(owner, manager, employee):
    """Claire adds two clients; Marc (manager) opens one of them twice; Léa (employee) opens the other."""
    first = owner.clients.add(first_name="Marie", last_name="Dupont")
    second = owner.clients.add(first_name="Hugo", last_name="Martin")
    manager.clients.show(first)
    manager.clients.show(second)
    employee.clients.show(second)
    return first, second


def open_viewer(qtbot, desk, runner):
    from ui.audit.dialog import AuditLogDialog

    dialog = AuditLogDialog(desk, runner)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.loaded, timeout=5000):
        pass
    return dialog


def column(dialog, index):
    return [dialog.model.index(row, index).data() for row in range(dialog.model.rowCount())]


def choose(qtbot, dialog, combo, data):
    with qtbot.waitSignal(dialog.loaded, timeout=5000):
        combo.setCurrentIndex(combo.findData(data))


def test_the_viewer_lists_newest_first_and_filters_by_staff_and_action(qtbot, owner, history, ops, fake,
                                                                        qtmodeltester):
    dialog = open_viewer(qtbot, owner, ops(owner))
    qtmodeltester.check(dialog.model)
    everything = owner.audit.entries()
    assert [dialog.model.seq(row) for row in range(dialog.model.rowCount())] == [e["seq"] for e in everything]
    assert len(set(column(dialog, 1))) >= 3
    choose(qtbot, dialog, dialog.staff_combo, "marc")
    assert set(column(dialog, 1)) == {"marc"} and dialog.model.rowCount() >= 2
    choose(qtbot, dialog, dialog.action_combo, "client_viewed")
    assert column(dialog, 2) == ["Client file viewed"] * 2
    assert column(dialog, 3) == [f"client file {cid}" for cid in reversed(history)]
    choose(qtbot, dialog, dialog.staff_combo, None)
    assert dialog.model.rowCount() == 3  # Léa's view too
    qtmodeltester.check(dialog.model)


def test_the_viewer_filters_by_period_and_pages(qtbot, owner, history, ops, fake, monkeypatch):
    from ui.audit import dialog as audit_dialog

    monkeypatch.setattr(audit_dialog, "PAGE", 3)
    dialog = open_viewer(qtbot, owner, ops(owner))
    assert dialog.model.rowCount() == 3 and dialog.more_button.isEnabled()
    with qtbot.waitSignal(dialog.loaded, timeout=5000):
        dialog.more_button.click()
    assert dialog.model.rowCount() == 6
    with qtbot.waitSignal(dialog.loaded, timeout=5000):
        dialog.since_edit.setDate(QDate.currentDate().addDays(2))
        dialog.until_edit.setDate(QDate.currentDate().addDays(3))
        dialog.period_box.setChecked(True)
    assert dialog.model.rowCount() == 0 and not dialog.more_button.isEnabled()


def test_the_filtered_csv_export_runs_on_the_worker(qtbot, owner, history, ops, fake, tmp_path, monkeypatch):
    from desktop.audit_log import AuditLogService

    runner = ops(owner)
    dialog = open_viewer(qtbot, owner, runner)
    choose(qtbot, dialog, dialog.staff_combo, "marc")
    choose(qtbot, dialog, dialog.action_combo, "client_viewed")
    threads, export = [], AuditLogService.export
    monkeypatch.setattr(AuditLogService, "export",
                        lambda self, *a, **kw: threads.append(threading.current_thread()) or export(self, *a, **kw))
    with qtbot.waitSignal(runner.finished, timeout=5000):
        dialog.export_button.click()
    assert threads and threads[0] is not threading.main_thread()
    lines = (tmp_path / "audit.csv").read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].startswith("seq;at;staff;action") and len(lines) == 3
    assert all(";marc;client_viewed;client;" in line for line in lines[1:])
    assert "audit.csv" in dialog.status_label.text() and fake.errors == []
    assert owner.audit.entries(action="export", limit=1)[0]["object_id"] == "audit_log"  # the export is logged


def test_only_the_owner_is_offered_the_viewer_and_the_service_refuses_the_others(qtbot, owner, manager, employee,
                                                                               ops, fake, tmp_path):
    from ui.main_window import MainWindow

    for desk, offered in ((owner, True), (manager, False), (employee, False)):
        window = MainWindow(desk, "Atelier Lumière")
        qtbot.addWidget(window)
        menu_texts = [action.text() for action in window.menuBar().actions()[0].menu().actions()]
        assert ("Audit log…" in menu_texts) is offered and hasattr(window, "audit_action") is offered
    for desk in (manager, employee):
        with pytest.raises(PermissionDenied):
            desk.audit.entries()
        with pytest.raises(PermissionDenied):
            desk.audit.export(tmp_path / "audit.csv")
    assert not (tmp_path / "audit.csv").exists()
    from ui.audit.dialog import AuditLogDialog

    dialog = AuditLogDialog(manager, ops(manager))  # even if a screen were opened: nothing shown, one line said
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: len(fake.errors) == 1, timeout=5000)
    assert "does not allow" in fake.errors[0] and dialog.model.rowCount() == 0


def test_the_owner_sets_the_audit_retention_in_settings(qtbot, owner, manager, fake):
    from desktop.settings import AUDIT_RETENTION_MONTHS
    from ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(owner)
    qtbot.addWidget(dialog)
    assert dialog.audit_spin.value() == 12
    assert (dialog.audit_spin.minimum(), dialog.audit_spin.maximum()) == (6, 24)
    dialog.audit_spin.setValue(18)
    dialog.save()
    assert owner.settings.audit_retention_months() == 18 == owner.settings.get(AUDIT_RETENTION_MONTHS)
    assert owner.audit.entries(action="setting_changed", limit=1)[0]["object_id"] == "audit_retention_months"
    with pytest.raises(PermissionDenied):
        manager.settings.set_audit_retention_months(6)
