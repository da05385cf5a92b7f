"""The notes guard and the health section through real widgets."""
from __future__ import annotations

import pytest

from tests.test_notes_guard import card, hyphenated, spaced


@pytest.mark.parametrize("shape", [spaced, hyphenated, lambda n: n])
def test_a_card_number_in_a_note_is_refused_and_nothing_is_stored(qtbot, owner, shape):
    from ui.clients.editor import ClientDialog

    dialog = ClientDialog(owner)
    qtbot.addWidget(dialog)
    dialog.first_edit.setText("Marie")
    dialog.last_edit.setText("Dupont")
    number = shape(card("51", 16))
    dialog.notes_edit.setPlainText(f"payé par carte {number}")
    dialog.save()
    assert "card number" in dialog.error_label.text() and number not in dialog.error_label.text()
    assert dialog.client_id is None and owner.clients.count() == 0


def test_a_health_note_is_steered_into_the_health_section_which_asks_for_consent(qtbot, owner, monkeypatch):
    from ui.clients.editor import ClientDialog
    from ui.health.dialog import HealthDialog

    seen = {}

    def health_exec(dialog):
        seen["consent_asked"] = not dialog.consent_box.isHidden()
        seen["details_locked"] = not dialog.details_box.isEnabled()
        dialog.agree_button.click()
        seen["unlocked"] = dialog.details_box.isEnabled()
        dialog.save_note()
        return 0

    monkeypatch.setattr(HealthDialog, "exec", health_exec)
    dialog = ClientDialog(owner)
    qtbot.addWidget(dialog)
    dialog.first_edit.setText("Marie")
    dialog.last_edit.setText("Dupont")
    dialog.notes_edit.setPlainText("allergie au latex")
    assert not dialog.health_warning.isHidden() and "allergie" in dialog.health_warning.text()
    dialog.move_to_health.click()
    assert dialog.notes_edit.toPlainText() == ""
    dialog.save()
    assert seen == {"consent_asked": True, "details_locked": True, "unlocked": True}
    client_id = dialog.client_id
    assert owner.clients.show(client_id)["notes"] == ""
    assert owner.health.details(client_id)["note"] == "allergie au latex"
    assert owner.consent.history(client_id)[0]["channel"] == "health"


def test_employee_sees_masked_contacts_and_only_the_allergy_alert(qtbot, owner, employee):
    from ui.main_window import MainWindow

    client_id = owner.clients.add(first_name="Marie", last_name="Dupont", phone="06 12 34 56 78")
    owner.consent.record(client_id, "health", "granted", "desk", text_version=1)
    owner.health.save_note(client_id, "allergie au latex, eczéma", True)
    window = MainWindow(employee, "Atelier Lumière")
    qtbot.addWidget(window)
    window.table.selectRow(0)
    detail = window.detail
    assert detail.name_label.text() == "Marie D." and not detail.mask_notice.isHidden()
    assert detail.health_line.text().startswith("Allergy alert: yes")
    assert "latex" not in detail.health_line.text() and detail.health_button.isHidden()
    assert "12 34" not in detail.fields["phone"].text()


def test_an_employees_health_note_is_kept_and_a_manager_is_asked(qtbot, employee):
    from ui.clients.editor import ClientDialog

    dialog = ClientDialog(employee)
    qtbot.addWidget(dialog)
    dialog.first_edit.setText("Inès")
    dialog.last_edit.setText("Roux")
    note = "enceinte de 3 mois, allergique à la PPD"
    dialog.notes_edit.setPlainText(note)
    assert dialog.move_to_health.isHidden()  # the button that lost the note for roles without Health
    assert "tell a manager" in dialog.health_warning.text() and not dialog.health_warning.isHidden()
    dialog.save()
    assert "look like health information" in dialog.error_label.text()
    assert dialog.notes_edit.toPlainText() == note and dialog.client_id is None
    assert employee.clients.count() == 0


def test_notes_confirmed_not_health_are_saved_and_the_confirmation_is_logged(qtbot, owner, employee):
    from tests.support.db import conn_of
    from ui.clients.editor import ClientDialog

    dialog = ClientDialog(employee)
    qtbot.addWidget(dialog)
    dialog.first_edit.setText("Inès")
    dialog.last_edit.setText("Roux")
    dialog.notes_edit.setPlainText("traitement du cuir chevelu : lotion anti-poux offerte à sa fille")
    assert not dialog.not_health_box.isHidden()
    dialog.not_health_box.setChecked(True)
    dialog.save()
    assert dialog.client_id and dialog.result() == dialog.DialogCode.Accepted
    rows = conn_of(owner).execute("SELECT staff_id, object_id, details FROM audit WHERE action = "
                                  "'notes_confirmed_not_health'").fetchall()
    assert rows == [(employee.session.staff_id, dialog.client_id, "{}")]


def test_the_health_consent_is_withdrawn_from_the_client_file_with_its_confirmation(qtbot, owner, employee,
                                                                                     monkeypatch):
    from PySide6.QtWidgets import QLabel, QRadioButton

    from ui.consent.withdraw import WithdrawDialog
    from ui.main_window import MainWindow

    client_id = owner.clients.add(first_name="Marie", last_name="Dupont", phone="06 12 34 56 78")
    owner.consent.record(client_id, "health", "granted", "desk", text_version=1)
    owner.health.save_note(client_id, "allergie au latex", True)
    seen = {}

    def answer(dialog):
        seen["message"] = dialog.findChild(QLabel, "withdrawMessage").text()
        seen["enabled_before"] = dialog.confirm_button.isEnabled()
        seen["button"] = dialog.confirm_button.text()
        dialog.findChild(QRadioButton, "via_phone").click()
        dialog.confirm_button.click()
        return dialog.result()
    monkeypatch.setattr(WithdrawDialog, "exec", answer)
    window = MainWindow(employee, "Atelier Lumière")  # an employee: no access to the health details
    qtbot.addWidget(window)
    window.table.selectRow(0)
    detail = window.detail
    assert detail.health_button.isHidden() and not detail.withdraw_health_button.isHidden()
    detail.withdraw_health_button.click()
    assert "will be deleted" in seen["message"] and seen["enabled_before"] is False
    assert seen["button"] == "Delete the health information"
    assert owner.health.details(client_id)["note"] == "" and not owner.health.summary(client_id)["allergy_alert"]
    assert owner.consent.history(client_id)[0]["method"] == "phone"
    assert detail.withdraw_health_button.isHidden()
    assert detail.health_line.text().startswith("Allergy alert: no")
