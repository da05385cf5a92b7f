"""The consent memo and the client file's consent panel, driven through real widgets."""
from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QRadioButton

from desktop.timefmt import SALON_ZONE

from storage import consent as ledger
from ui.consent.dialog import NO, YES, ConsentDialog


@pytest.fixture
def client_id(owner):
    owner.booking.add_service("Coupe femme", 45)
    return owner.clients.add(first_name="Marie", last_name="Dupont", email="marie@exemple.fr",
                             phone="06 12 34 56 78")


@pytest.fixture
def memos(monkeypatch):
    """Replaces the modal exec() of the consent memo with scripted answers."""
    shown, script = [], []

    def run(dialog):
        shown.append(dialog)
        return script.pop(0)(dialog) if script else 0
    monkeypatch.setattr(ConsentDialog, "exec", run)
    return shown, script


def book(qtbot, desk, client_id, hour):
    from ui.booking import BookingDialog

    dialog = BookingDialog(desk, client_id)
    qtbot.addWidget(dialog)
    dialog.set_slot(datetime(2037, 12, hour % 5 + 1, hour, 0, tzinfo=SALON_ZONE), service="Coupe femme")
    dialog.book()
    return dialog


def test_booking_an_unknown_client_opens_the_memo_with_nothing_preselected(qtbot, owner, client_id, memos):
    shown, script = memos

    def look(dialog):
        assert set(dialog.groups) == {"email", "sms"}
        assert all(group.checkedButton() is None for group in dialog.groups.values())
        assert not dialog.record_button.isEnabled()
        from PySide6.QtWidgets import QTextBrowser
        assert "m’envoie par e-mail" in dialog.findChild(QTextBrowser, "consentText").toPlainText()
        return 0
    script.append(look)
    dialog = book(qtbot, owner, client_id, 10)
    assert dialog.appointment_id and len(shown) == 1


def test_ask_later_books_and_is_not_asked_again_within_the_quiet_period(qtbot, owner, client_id, memos):
    shown, script = memos
    script.append(lambda dialog: qtbot.mouseClick(dialog.later_button, Qt.MouseButton.LeftButton) or 0)
    first = book(qtbot, owner, client_id, 10)
    assert first.appointment_id and len(shown) == 1
    second = book(qtbot, owner, client_id, 14)
    assert second.appointment_id and len(shown) == 1  # not asked again
    assert owner.consent.status(client_id)["email"].status == "unknown"  # "later" is not "refused"


def test_granting_email_but_not_sms_records_one_grant_and_one_refusal(qtbot, owner, client_id, store):
    dialog = ConsentDialog(owner, client_id, ["email", "sms"])
    qtbot.addWidget(dialog)
    dialog.groups["email"].button(YES).click()
    assert not dialog.record_button.isEnabled()  # every question needs an answer
    dialog.groups["sms"].button(NO).click()
    qtbot.mouseClick(dialog.record_button, Qt.MouseButton.LeftButton)
    events = ledger.events(store.conn, client_ids=[client_id])
    assert [(e["channel"], e["decision"]) for e in events] == [("email", "granted"), ("sms", "refused")]
    for event in events:
        body = ledger.text_by_id(store.conn, event["text_id"])["body"]
        assert event["text_sha256"] == ledger.text_hash(body) and event["recorded_by"] == owner.session.staff_id


def answer_withdrawal(monkeypatch, method, seen):
    """Replaces the withdrawal dialog's exec(): nothing is preselected; pick `method`, then confirm."""
    from ui.consent.withdraw import WithdrawDialog

    def run(dialog):
        seen.append((dialog.confirm_button.isEnabled(), dialog.methods.checkedButton(),
                     dialog.findChild(QLabel, "withdrawMessage").text()))
        dialog.findChild(QRadioButton, f"via_{method}").click()
        dialog.confirm_button.click()
        return dialog.result()
    monkeypatch.setattr(WithdrawDialog, "exec", run)


def test_withdrawing_from_the_client_file_leaves_the_audience(qtbot, owner, employee, client_id, tmp_path,
                                                              monkeypatch):
    from ui.main_window import MainWindow

    seen = []
    answer_withdrawal(monkeypatch, "phone", seen)
    owner.consent.record(client_id, "email", "granted", "desk", text_version=1)
    assert [row[0] for row in owner.consent_exports.audience_rows("email")] == [client_id]
    window = MainWindow(employee, "Atelier Lumière")
    qtbot.addWidget(window)
    window.table.selectRow(0)
    panel = window.detail.consent_panel
    assert "agreed on" in panel.lines["email"].text()
    button = panel.withdraw_buttons["email"]
    assert not button.isHidden()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert [s[:2] for s in seen] == [(False, None)]  # asked how it came, nothing preselected
    assert owner.consent.status(client_id)["email"].status == "withdrawn"
    assert owner.consent.status(client_id)["email"].method == "phone"
    assert panel.lines["email"].text().startswith("Unsubscribed from Email on")
    assert "by phone" in panel.lines["email"].text()
    assert owner.consent_exports.audience_rows("email") == []
    owner.consent_exports.audience("email", tmp_path / "audience.csv")
    assert client_id not in (tmp_path / "audience.csv").read_text(encoding="utf-8-sig")


def test_consent_register_screen_filters_and_exports_on_the_worker(qtbot, owner, client_id, monkeypatch, tmp_path,
                                                                   ops):
    import threading

    from tests.test_gui import FakeDialogs
    from ui import dialogs as dialog_module
    from ui.consent.register import ConsentRegisterDialog

    other = owner.clients.add(first_name="Hugo", last_name="Martin")
    owner.consent.record(client_id, "email", "granted", "desk", text_version=1)
    owner.consent.record(other, "sms", "refused", "phone", text_version=1)
    monkeypatch.setattr(dialog_module, "dialogs", FakeDialogs(save_path=str(tmp_path / "register.csv")))
    runner = ops(owner)
    dialog = ConsentRegisterDialog(owner, runner)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 2
    dialog.client_edit.setText("dupont")
    dialog.reload()
    assert dialog.table.rowCount() == 1 and dialog.table.item(0, 1).text() == "Marie Dupont"
    threads = []
    real_register = type(owner.consent_exports).register
    monkeypatch.setattr(type(owner.consent_exports), "register",
                        lambda self, *a, **kw: threads.append(threading.current_thread()) or real_register(self, *a, **kw))
    with qtbot.waitSignal(runner.finished, timeout=5000):
        dialog.export()
    assert threads and threads[0] is not threading.main_thread()  # written by the worker, not the GUI thread
    assert (tmp_path / "register.csv").read_text(encoding="utf-8-sig").count("\n") == 2
    assert dialog.status_label.text().startswith("1 row") and "register.csv" in dialog.status_label.text()


def test_audience_and_suppression_exports_from_the_register_screen(qtbot, owner, client_id, monkeypatch, tmp_path, ops):
    from tests.test_gui import FakeDialogs
    from ui import dialogs as dialog_module
    from ui.consent.register import ConsentRegisterDialog

    owner.consent.record(client_id, "email", "granted", "desk", text_version=1)
    owner.consent.record(client_id, "sms", "refused", "desk", text_version=1)
    fake = FakeDialogs(save_path=str(tmp_path / "audience.csv"))
    monkeypatch.setattr(dialog_module, "dialogs", fake)
    runner = ops(owner)
    dialog = ConsentRegisterDialog(owner, runner)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(runner.finished, timeout=5000):
        dialog.export_audience("email")
    assert "marie@exemple.fr" in (tmp_path / "audience.csv").read_text(encoding="utf-8-sig")
    fake.save_path = str(tmp_path / "suppression.csv")
    with qtbot.waitSignal(runner.finished, timeout=5000):
        dialog.export_suppression()
    lines = (tmp_path / "suppression.csv").read_text(encoding="utf-8-sig").splitlines()
    assert len(lines) == 2 and ";sms;refused;" in lines[1]
    assert fake.errors == []


def test_the_proof_shows_each_events_own_text_marketplace_and_desk(owner, client_id, tmp_path):
    from pypdf import PdfReader

    platform = owner.consent.register_source_text(
        "email", "Bella", "Je souhaite recevoir les offres du salon par e-mail (case cochée sur Bella).")
    owner.consent.record(client_id, "email", "granted", "marketplace", source="Bella",
                         text_version=platform["version"])
    desk = owner.consent.text("sms")
    owner.consent.record(client_id, "sms", "granted", "desk", text_version=desk["version"])
    owner.consent.record(client_id, "health", "granted", "paper", evidence="classeur santé n° 12",
                         text_version=owner.consent.text("health")["version"])
    owner.consent_exports.proof(client_id, tmp_path / "proof.pdf")
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(tmp_path / "proof.pdf").pages)
    sms_part = text[text.index("SMS granted"):text.index("Email granted")]  # newest first: health, SMS, email
    email_part = text[text.index("Email granted"):]
    assert "Text shown by the salon" in sms_part and "m’envoie par SMS" in sms_part
    assert "Text shown by Bella" in email_part and "case cochée sur Bella" in email_part
    assert "m’envoie par e-mail" not in text  # the desk's email wording, which this client never saw
    assert "signed paper form, filed under: classeur santé n° 12" in text
