"""Help › About: the version, the update status, the bundled libraries' licences (from package metadata),
all in French on a French system; the owner, and only the owner, is told when an update is ready."""
from __future__ import annotations

import pytest

from desktop import __version__, i18n, updates
from ui import about


@pytest.fixture
def french(monkeypatch, qapp):
    monkeypatch.setenv("SALON_DESK_LANG", "fr")
    yield i18n.install()
    i18n.uninstall()


@pytest.fixture
def hub(monkeypatch, qapp):
    """A fresh notifier (running from source: no channel)."""
    fresh = about.UpdateNotifier()
    monkeypatch.setattr(about, "_notifier", fresh)
    return fresh


def test_licences_come_from_the_installed_packages_metadata():
    from importlib import metadata

    assert about.licence_of("keyring", "?") == (metadata.version("keyring"), "MIT")
    assert about.licence_of("phonenumbers", "?")[1] == "Apache-2.0"
    assert "LGPL-3.0" in about.licence_of("PySide6-Essentials", "?")[1]
    assert about.licence_of("not-a-package", "fallback") == ("", "fallback")


def test_about_dialog_in_french_shows_version_updates_and_licences(french, hub, qtbot):
    dialog = about.AboutDialog(hub)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "À propos de Salon Desk"
    assert __version__ in dialog.version_label.text()
    assert "depuis le code source" in dialog.updates_label.text()
    text = dialog.licences.toPlainText()
    for expected in ("Composant", "Licence", "Qt 6 / Qt for Python (PySide6)", "LGPL-3.0", "SQLCipher",
                     "Type BSD (SQLCipher)", "ReportLab", "BSD", "argon2-cffi", "keyring", "MIT", "phonenumbers",
                     "Apache-2.0", "holidays", "DejaVu Sans", "Symbola", "George Douros", "Bitstream Vera", "tufup"):
        assert expected in text, expected


def test_a_ready_update_shows_its_notes_in_the_dialog(french, hub, qtbot):
    hub.latest = updates.Ready("1.1", {"fr": "Agenda plus rapide.", "en": "Faster book."})
    dialog = about.AboutDialog(hub)
    qtbot.addWidget(dialog)
    assert "La version 1.1 est prête" in dialog.updates_label.text()
    assert "Agenda plus rapide." in dialog.updates_label.text()


def test_help_menu_and_owner_notice(hub, qtbot, owner, employee, monkeypatch):
    from ui.main_window import MainWindow

    opened = []
    monkeypatch.setattr(about.AboutDialog, "exec", lambda self: opened.append(self) or 0)
    window = MainWindow(owner, "Atelier Lumière")
    qtbot.addWidget(window)
    notice = window.findChild(about.UpdateNotice, "updateNotice")
    assert window.about_action.text() == "About Salon Desk…" and notice.isHidden()
    window.about_action.trigger()
    assert len(opened) == 1
    hub.ready.emit(updates.Ready("1.1", {"en": "Faster book."}))  # as the background check does
    assert not notice.isHidden() and "1.1 is ready" in notice.text()
    notice.linkActivated.emit("about")
    assert len(opened) == 2 and "Faster book." in opened[-1].updates_label.text()

    staff_window = MainWindow(employee, "Atelier Lumière")
    qtbot.addWidget(staff_window)
    assert staff_window.findChild(about.UpdateNotice) is None and staff_window.about_action is not None


def test_a_refused_update_is_explained(french, hub, qtbot):
    hub.refused.emit("BadVersionNumberError: ...")
    dialog = about.AboutDialog(hub)
    qtbot.addWidget(dialog)
    assert "a été refusée" in dialog.updates_label.text() and "reste en place" in dialog.updates_label.text()
