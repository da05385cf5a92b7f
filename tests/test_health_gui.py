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
