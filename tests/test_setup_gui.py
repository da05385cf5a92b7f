"""Setting up in the app: the keyring checked before anything is asked, and a sign-in window that keeps its
fields whole after a refusal."""
from __future__ import annotations

from pathlib import Path

import keyring
from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtWidgets import QWizard

from desktop import i18n
from tests.support.keyrings import MemoryKeyring, NoKeyring


def test_without_a_keyring_the_first_page_says_what_to_install_in_french(qtbot, layout, monkeypatch):
    from ui.first_run import FirstRunWizard

    monkeypatch.setenv("SALON_DESK_LANG", "fr")
    i18n.install("fr")
    keyring.set_keyring(NoKeyring())
    try:
        wizard = FirstRunWizard(layout)
        qtbot.addWidget(wizard)
        wizard.show()
        page = wizard.salon_page
        assert page.keyring_label.isVisible() and not page.form.isVisible()  # nothing is asked
        text = page.keyring_label.text()
        assert "trousseau" in text and "GNOME Keyring" in text and "KWallet" in text
        assert "Error" not in text and "Keyring" + "Error" not in text  # never an exception's name
        assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
        assert not layout.home.exists()  # nothing written
        keyring.set_keyring(MemoryKeyring())  # the person installs one, then checks again
        qtbot.mouseClick(page.retry_button, Qt.MouseButton.LeftButton)
        assert not page.keyring_label.isVisible() and page.form.isVisible()
    finally:
        i18n.uninstall()


def test_the_wizard_asks_the_salon_s_identity_and_stores_it(qtbot, layout, monkeypatch):
    from tests.conftest import OWNER_PASSWORD
    from ui.first_run import FirstRunWizard

    monkeypatch.setattr("ui.dialogs.dialogs.save_file", lambda *args: None)
    wizard = FirstRunWizard(layout)
    qtbot.addWidget(wizard)
    wizard.show()
    page = wizard.salon_page
    for name, value in (("trade_name", "Atelier Lumière"), ("legal_name", "SARL Lumière"), ("phone", "0142"),
                        ("email", "contact@"), ("address", "3 rue des Lilas, 75011 Paris")):
        page.form.edits[name].setText(value)
    wizard.next()
    assert wizard.currentPage() is page  # the phone and the email, both under their fields
    assert set(name for name, label in page.form.errors.labels.items() if label.text()) == {"phone", "email"}
    page.form.edits["phone"].setText("01 42 00 00 00")
    page.form.edits["email"].setText("contact@lumiere.fr")
    wizard.next()
    owner = wizard.owner_page
    owner.name_edit.setText("Claire Martin")
    owner.login_edit.setText("claire")
    owner.password_edit.setText(OWNER_PASSWORD)
    owner.again_edit.setText(OWNER_PASSWORD)
    wizard.next()
    assert wizard.currentPage() is wizard.recovery_page
    identity = wizard.salon.sign_in("claire", OWNER_PASSWORD).identity.get()
    assert (identity["trade_name"], identity["legal_name"], identity["address"], identity["phone"],
            identity["email"]) == ("Atelier Lumière", "SARL Lumière", "3 rue des Lilas, 75011 Paris", "+33142000000",
                                   "contact@lumiere.fr")
    wizard.salon.close()


def test_the_recovery_sheet_is_offered_in_documents_with_a_french_name(qtbot, layout, monkeypatch):
    from ui import dialogs as dialog_module
    from ui.first_run import FirstRunWizard, RecoveryPage

    monkeypatch.setenv("SALON_DESK_LANG", "fr")
    i18n.install("fr")
    asked = []
    monkeypatch.setattr(dialog_module.QFileDialog, "getSaveFileName",
                        staticmethod(lambda parent, title, path, pattern: asked.append((title, path)) or ("", "")))
    try:
        wizard = FirstRunWizard(layout)
        qtbot.addWidget(wizard)
        wizard.salon_name, wizard.recovery_code = "Atelier Lumière", "ABCDE-FGHJK-LMNPQ-RSTUV"
        RecoveryPage.save_sheet(wizard.recovery_page)
        title, path = asked[0]
        documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        folder = documents if Path(documents).is_dir() else str(Path.home())  # never the program's folder
        assert path == str(Path(folder) / "code-de-secours-atelier-lumiere.pdf")
        assert title == "Enregistrer la fiche de secours"
    finally:
        i18n.uninstall()


def test_a_refused_sign_in_keeps_the_fields_whole(qtbot, store):
    from desktop.salon import Salon
    from ui.login import LoginWindow

    window = LoginWindow(Salon(store), "Atelier Lumière", "claire")
    qtbot.addWidget(window)
    window.show()
    height = window.login_edit.height()
    window.password_edit.setText("not my password")
    qtbot.mouseClick(window.sign_in_button, Qt.MouseButton.LeftButton)
    qtbot.wait(50)
    assert window.error_label.isVisible()
    assert window.login_edit.height() >= min(height, window.login_edit.sizeHint().height())
    assert window.height() >= window.minimumSizeHint().height()
