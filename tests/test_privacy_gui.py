"""The owner answers a data-protection request from the client file, through real widgets."""
from __future__ import annotations

from datetime import timedelta

from pypdf import PdfReader

from storage import timeutil
from tests.conftest import OWNER_PASSWORD
from tests.support.db import conn_of
from tests.test_gui import FakeDialogs


def test_owner_logs_a_request_answers_it_and_erases_with_a_certificate(qtbot, owner, monkeypatch, tmp_path):
    from ui import dialogs as dialog_module
    from ui.main_window import MainWindow
    from ui.privacy.erase_dialog import EraseDialog
    from ui.privacy.open_dialog import OpenRequestDialog

    owner.clients.add(first_name="Éloïse", last_name="Vasseur", email="eloise.v@exemple.fr",
                                  phone="06 11 22 33 44")
    fake = FakeDialogs(save_path=str(tmp_path / "report.pdf"), password=OWNER_PASSWORD)
    monkeypatch.setattr(dialog_module, "dialogs", fake)
    window = MainWindow(owner, "Atelier Lumière")
    qtbot.addWidget(window)
    window.table.selectRow(0)
    window.table.selectRow(0)
    panel = window.detail.requests
    window.detail.tabs.setCurrentWidget(panel)
    assert window.requests_memo.isHidden()

    def log_request(dialog):
        assert dialog.kind_combo.currentData() is None  # nothing preselected
        dialog.save()
        assert "Choose what the client asked for" in dialog.error_label.text()
        dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("erasure"))
        assert "Answer due by" in dialog.due_label.text()
        dialog.save()
        return 1

    monkeypatch.setattr(OpenRequestDialog, "exec", log_request)
    panel.new_button.click()
    assert panel.table.rowCount() == 1 and "Erasure" in panel.table.item(0, 0).text()
    assert "days" in panel.table.item(0, 2).text()

    owner.principal.reauth_at = timeutil.now() - timedelta(minutes=10)  # the report asks for the password again
    panel.report_button.click()
    qtbot.waitUntil(lambda: "Report saved" in panel.status_label.text() or bool(fake.errors), timeout=10000)
    assert not fake.errors, fake.errors
    assert "Vasseur" in "".join(page.extract_text() for page in PdfReader(str(tmp_path / "report.pdf")).pages)
    assert panel.table.item(0, 4).text()  # the document is listed against the request

    def erase(dialog):
        assert not dialog.erase_button.isEnabled()
        dialog.confirm_box.setChecked(True)
        fake.save_path = str(tmp_path / "certificate.pdf")
        dialog.erase()  # the erasure runs on the database worker
        qtbot.waitUntil(lambda: dialog.result_data is not None or bool(fake.errors), timeout=10000)
        return 1

    monkeypatch.setattr(EraseDialog, "exec", erase)
    panel.erase_button.click()
    assert not fake.errors, fake.errors
    assert window.detail.client_id is None
    assert conn_of(owner).execute("SELECT count(*) FROM client").fetchone()[0] == 0
    certificate = "".join(page.extract_text() for page in PdfReader(str(tmp_path / "certificate.pdf")).pages)
    assert "Attestation d’effacement" in certificate and "Vasseur" not in certificate


def test_rectification_and_the_platform_notice_from_the_requests_tab(qtbot, owner, monkeypatch, tmp_path):
    from ui import dialogs as dialog_module
    from ui.clients.editor import ClientDialog
    from ui.main_window import MainWindow

    client_id = owner.clients.add(first_name="Inès", last_name="Roux", source="marketplace")
    owner.requests.open(client_id, "restriction")
    monkeypatch.setattr(dialog_module, "dialogs", FakeDialogs(password=OWNER_PASSWORD))
    window = MainWindow(owner, "Atelier Lumière")
    qtbot.addWidget(window)
    window.table.selectRow(0)
    panel = window.detail.requests
    assert not window.detail.restricted_notice.isHidden()
    assert "forward the request" in panel.notice_label.text() and not panel.told_button.isHidden()
    panel.told_button.click()
    assert "was told on" in panel.notice_label.text() and panel.told_button.isHidden()

    def correct(dialog):
        dialog.last_edit.setText("Roux-Martin")
        dialog.save()
        return 1

    monkeypatch.setattr(ClientDialog, "exec", correct)
    assert not panel.edit_button.isHidden()
    panel.edit_button.click()
    assert owner.clients.show(client_id)["last_name"] == "Roux-Martin"  # recorded against the request
