"""Screens that look finished: at 1366×768 and 1920×1080, in French and in English, every label, button and
check box of every screen has room for its text (scripts/screens.py takes the pictures of the same screens)."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop import i18n
from tests.support.fit import clipped
from tests.support.screens import SCREENS, Studio

SIZES = ((1366, 768), (1920, 1080))


@pytest.fixture(scope="module")
def studios(qapp):
    import keyring

    from tests.support.keyrings import MemoryKeyring
    from ui.style import STYLESHEET

    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    qapp.setStyleSheet(STYLESHEET)
    made: dict[str, Studio] = {}
    yield made
    for studio in made.values():
        studio.close()
    qapp.setStyleSheet("")
    i18n.uninstall()
    keyring.set_keyring(previous)


def show(widgets, size) -> None:
    for index, widget in enumerate(widgets):
        if index == 0 and widget.metaObject().className() == "MainWindow":
            widget.resize(*size)
        widget.show()
        if widget.metaObject().className() != "MainWindow":  # its own size, as Qt opens it on that screen
            hint = widget.sizeHint().expandedTo(widget.minimumSizeHint())
            if widget.testAttribute(Qt.WidgetAttribute.WA_Resized):  # the screen chose a size for itself
                hint = hint.expandedTo(widget.size())
            width = min(hint.width(), size[0])
            height = max(hint.height(), widget.heightForWidth(width)) if widget.hasHeightForWidth() else hint.height()
            widget.resize(width, min(height, size[1]))
    for _ in range(5):
        QApplication.processEvents()


@pytest.mark.parametrize("language", ["fr", "en"])
def test_every_label_fits_at_both_sizes(studios, language, monkeypatch):
    import keyring

    from tests.support.keyrings import MemoryKeyring

    monkeypatch.setenv("SALON_DESK_LANG", language)
    i18n.install(language)
    keyring.set_keyring(MemoryKeyring())
    studio = studios.setdefault(language, Studio(clients=40))
    problems = []
    for size in SIZES:
        for name, build in SCREENS.items():
            widgets = build(studio)
            show(widgets, size)
            problems += [f"{language} {size[0]}x{size[1]} {name}: {problem}" for problem in clipped(widgets[-1])]
            studio.dispose(widgets)
    assert problems == [], "\n".join(problems)


def test_a_clipped_label_is_caught(qapp):
    from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

    window = QWidget()
    label = QLabel("Horaires d’ouverture du salon, le samedi")
    QVBoxLayout(window).addWidget(label)
    window.show()
    label.setFixedWidth(60)
    assert clipped(window) and "Horaires" in clipped(window)[0]
    window.close()
