"""The app shell driven through real widgets (pytest-qt, offscreen)."""
from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from desktop.salon import Salon
from desktop import store as stores
from tests.conftest import OWNER_PASSWORD
from ui import dialogs as dialog_module


class FakeDialogs:
    def __init__(self, save_path=None, password=None):
        self.errors, self.infos, self.crashes = [], [], []
        self.save_path, self.password = save_path, password

    def error(self, parent, text):
        self.errors.append(text)

    def info(self, parent, title, text):
        self.infos.append(text)

    def confirm(self, parent, text):
        return True

    def ask_password(self, parent, prompt):
        return self.password

    def ask_text(self, parent, prompt):
        return "The history spans many years of appointments"

    def save_file(self, parent, title, suggested, pattern):
        return self.save_path

    def crash(self, parent, error, log_path):
        self.crashes.append((error, log_path))


@pytest.fixture
def fake_dialogs(monkeypatch, tmp_path):
    from ui.acknowledgement import AcknowledgementDialog

    fake = FakeDialogs(save_path=str(tmp_path / "sheet.pdf"), password=OWNER_PASSWORD)
    monkeypatch.setattr(dialog_module, "dialogs", fake)
    # First sign-in shows the GDPR page; tests about other things read it and accept.
    monkeypatch.setattr(AcknowledgementDialog, "exec", lambda d: d.read_box.setChecked(True) or d.confirm() or 1)
    return fake


def test_first_run_wizard_end_to_end(qtbot, layout, fake_dialogs, tmp_path):
    from ui.first_run import FirstRunWizard

    wizard = FirstRunWizard(layout)
    qtbot.addWidget(wizard)
    wizard.show()
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    assert not next_button.isEnabled()  # salon name required
    qtbot.keyClicks(wizard.salon_page.name_edit, "Atelier Lumi")  # QTest types ASCII only
    wizard.salon_page.name_edit.setText("Atelier Lumière")
    qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)
    page = wizard.owner_page
    qtbot.keyClicks(page.login_edit, "claire")
    qtbot.keyClicks(page.password_edit, "coiffure2026")
    qtbot.keyClicks(page.again_edit, "coiffure2027")
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.CommitButton), Qt.MouseButton.LeftButton)
    assert wizard.currentPage() is page  # every mistake at once, each under its field
    assert "too easy to guess" in page.errors.labels["owner_password"].text()
    assert "differ" in page.errors.labels["again"].text() and "name" in page.errors.labels["owner_name"].text()
    assert not layout.database.exists()
    qtbot.keyClicks(page.name_edit, "Claire Martin")
    page.password_edit.setText(OWNER_PASSWORD)
    page.again_edit.setText(OWNER_PASSWORD)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.CommitButton), Qt.MouseButton.LeftButton)
    assert wizard.currentPage() is wizard.recovery_page
    code = wizard.recovery_page.code_label.text()
    assert len(code) == 23
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert not finish.isEnabled()  # must confirm the code was kept
    qtbot.mouseClick(wizard.recovery_page.print_button, Qt.MouseButton.LeftButton)
    assert (tmp_path / "sheet.pdf").read_bytes().startswith(b"%PDF")
    wizard.recovery_page.confirm.setChecked(True)
    with qtbot.waitSignal(wizard.created) as created:
        qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)
    store, login = created.args
    assert login == "claire" and stores.is_set_up(layout)
    store.close()


def test_login_and_wrong_password_message(qtbot, store):
    from ui.login import LoginWindow

    window = LoginWindow(Salon(store), "Atelier Lumière")
    qtbot.addWidget(window)
    window.show()
    qtbot.keyClicks(window.login_edit, "claire")
    qtbot.keyClicks(window.password_edit, "not my password")
    qtbot.mouseClick(window.sign_in_button, Qt.MouseButton.LeftButton)
    assert window.error_label.isVisible() and window.error_label.text() == "Wrong login or password."
    assert window.password_edit.text() == ""
    window.password_edit.setText(OWNER_PASSWORD)  # QTest types ASCII only
    with qtbot.waitSignal(window.signed_in) as signed:
        qtbot.keyClick(window.password_edit, Qt.Key.Key_Return)
    assert signed.args[0].session.login == "claire"


def test_idle_lock_returns_to_sign_in_and_hides_client_data(qtbot, salon, fake_dialogs):
    from ui.app import Controller

    layout, store, _ = salon
    store.close()
    controller = Controller(layout)
    controller.idle_timeout_ms = 400
    controller.start()
    login = controller.login_window
    qtbot.keyClicks(login.login_edit, "claire")
    login.password_edit.setText(OWNER_PASSWORD)
    qtbot.mouseClick(login.sign_in_button, Qt.MouseButton.LeftButton)
    window = controller.main_window
    assert window is not None and window.isVisible()
    qtbot.wait(250)
    qtbot.keyClicks(window.search_edit, "ab")  # activity restarts the timer
    qtbot.wait(250)
    assert controller.main_window is window
    qtbot.waitUntil(lambda: controller.main_window is None, timeout=3000)
    assert not shiboken6.isValid(window) or not window.isVisible()  # the window with client data is gone
    assert controller.login_window.isVisible() and controller.login_window.login_edit.text() == "claire"
    controller.shutdown()


def test_employee_sees_masked_contact_details(qtbot, owner, employee):
    from ui.main_window import MainWindow

    owner.clients.add(first_name="Marie", last_name="Dupont", phone="06 12 34 56 78",
                      email="marie.dupont@exemple.fr", birth_date="12/03/1990")
    window = MainWindow(employee, "Atelier Lumière")
    qtbot.addWidget(window)
    window.show()
    model = window.model
    assert model.rowCount() == 1
    cells = [model.data(model.index(0, c)) for c in range(model.columnCount())]
    assert cells[0] == "D." and cells[1] == "Marie"
    assert cells[2].endswith("56 78") and "12 34" not in cells[2]
    assert cells[3].startswith("mari") and "dupont" not in cells[3]
    window.table.selectRow(0)
    detail = window.detail
    assert detail.mask_notice.isVisible()
    assert detail.name_label.text() == "Marie D."
    assert "12 34" not in detail.fields["phone"].text() and detail.fields["birth_date"].text() == "—"
    assert not hasattr(window, "staff_action") and not hasattr(window, "settings_action")


def test_search_as_you_type_and_new_client(qtbot, owner, fake_dialogs, monkeypatch):
    from ui.clients.editor import ClientDialog
    from ui.main_window import MainWindow

    for first, last in (("Marie", "Dupont"), ("Éloïse", "Durand"), ("Hugo", "Martin")):
        owner.clients.add(first_name=first, last_name=last)
    window = MainWindow(owner, "Atelier Lumière")
    qtbot.addWidget(window)
    window.show()
    assert window.model.rowCount() == 3
    qtbot.keyClicks(window.search_edit, "du")  # Dupont and Durand: no file opens by itself
    qtbot.waitUntil(lambda: window.model.rowCount() == 2, timeout=2000)
    assert window.detail.client_id is None
    window.search_edit.clear()
    qtbot.keyClicks(window.search_edit, "elo")
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=2000)
    assert window.detail.name_label.text() == "Éloïse Durand"

    def fill_and_save(dialog):
        dialog.first_edit.setText("Zoé")
        dialog.last_edit.setText("Lefèvre")
        dialog.phone_edit.setText("06 98 76 54 3")  # too short: an error, nothing saved
        dialog.save()
        assert "not valid" in dialog.error_label.text() and dialog.client_id is None
        dialog.phone_edit.setText("06 18 76 54 32")
        dialog.save()
        return 1

    monkeypatch.setattr(ClientDialog, "exec", fill_and_save)
    from ui.consent.dialog import ConsentDialog
    memo = []
    monkeypatch.setattr(ConsentDialog, "exec", lambda dialog: memo.append(dialog) or dialog.ask_later())
    window.search_edit.clear()
    window.edit_client(None)
    assert memo and set(memo[0].groups) == {"sms"}  # the consent memo follows a new client (no email: no email question)
    assert owner.clients.search("lefevre")
    assert window.detail.name_label.text() == "Zoé Lefèvre"


def test_client_model_passes_qtmodeltester(qtmodeltester, owner):
    from ui.clients.model import ClientTableModel

    from tests.test_bench_helpers import seed_clients
    seed_clients(owner, 450)
    model = ClientTableModel(owner.clients)
    model.set_search("")
    assert model.rowCount() == 450
    qtmodeltester.check(model)


def test_staff_dialog_adds_with_a_one_time_password(qtbot, owner, fake_dialogs, monkeypatch):
    from ui.staff.dialog import AddStaffDialog, StaffDialog

    dialog = StaffDialog(owner)
    qtbot.addWidget(dialog)

    def fill(add_dialog):
        add_dialog.login_edit.setText("lea")
        return 1

    monkeypatch.setattr(AddStaffDialog, "exec", fill)
    dialog.add()
    assert fake_dialogs.infos and "lea" in fake_dialogs.infos[0]
    assert [dialog.table.item(r, 1).text() for r in range(dialog.table.rowCount())] == ["claire", "lea"]


def test_lost_keyring_asks_for_the_recovery_code_at_start(qtbot, salon, fake_dialogs, monkeypatch):
    import keyring

    from tests.support.keyrings import MemoryKeyring
    from ui.app import Controller
    from ui.recovery import RecoveryDialog

    layout, store, code = salon
    store.close()
    keyring.set_keyring(MemoryKeyring())  # as on a new PC
    seen = {}

    def answer(dialog):
        seen["reason"] = dialog.findChildren(type(dialog.error_label))[0].text()
        dialog.code_edit.setText("AAAAA-AAAAA-AAAAA-AAAAA")
        dialog.unlock()
        seen["wrong"] = dialog.error_label.text()
        dialog.code_edit.setText(code)
        dialog.unlock()
        return dialog.result()

    monkeypatch.setattr(RecoveryDialog, "exec", answer)
    controller = Controller(layout)
    controller.start()
    assert "no key for this salon" in seen["reason"]
    assert "does not open this salon" in seen["wrong"]
    assert controller.login_window is not None and controller.login_window.isVisible()
    controller.shutdown()


def test_one_time_password_leads_to_choosing_a_password(qtbot, salon, owner, fake_dialogs, monkeypatch):
    from ui.app import Controller
    from ui.password_change import PasswordChangeDialog

    layout, store, _ = salon
    _, otp = owner.staff.add("lea", "employee")

    def choose(dialog):
        assert dialog.current_edit.text() == otp  # no need to retype it
        dialog.new_edit.setText("un peigne rouge sous la pluie")
        dialog.again_edit.setText("un peigne rouge sous la pluie")
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(PasswordChangeDialog, "exec", choose)
    controller = Controller(layout)
    controller.salon = Salon(store)
    controller.show_login("lea")
    controller.login_window.password_edit.setText(otp)
    qtbot.mouseClick(controller.login_window.sign_in_button, Qt.MouseButton.LeftButton)
    assert controller.main_window is not None
    assert controller.desk.session.must_change is False
    controller.idle.stop()
    controller.main_window.close()


def test_first_sign_in_asks_for_the_gdpr_acknowledgement_once(qtbot, salon, owner, fake_dialogs, monkeypatch):
    from ui.acknowledgement import AcknowledgementDialog
    from ui.app import Controller

    layout, store, _ = salon
    shown = []

    def read_and_accept(dialog):
        shown.append(dialog)
        assert not dialog.ok_button.isEnabled()
        dialog.read_box.setChecked(True)
        dialog.ok_button.click()
        return dialog.result()

    monkeypatch.setattr(AcknowledgementDialog, "exec", read_and_accept)
    controller = Controller(layout)
    controller.salon = Salon(store)
    for _ in range(2):
        controller.show_login("claire")
        controller.login_window.password_edit.setText(OWNER_PASSWORD)
        qtbot.mouseClick(controller.login_window.sign_in_button, Qt.MouseButton.LeftButton)
        assert controller.main_window is not None
        controller.lock()
    assert len(shown) == 1
    actions = [r[0] for r in store.conn.execute("SELECT action FROM audit")]
    assert actions.count("gdpr_acknowledged") == 1
    controller.idle.stop()
