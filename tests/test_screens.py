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


def test_the_screenshot_script_runs_its_screens_offscreen(qapp, tmp_path):
    """scripts/screens.py compiles, and its child (the part that runs under Xvfb) works on any Qt platform:
    here the offscreen one, for two screens."""
    import os
    import py_compile
    import subprocess
    import sys
    from pathlib import Path

    script = Path(__file__).resolve().parent.parent / "scripts" / "screens.py"
    py_compile.compile(str(script), doraise=True)
    done = subprocess.run([sys.executable, str(script), "--out", str(tmp_path), "--only", "login,services",
                           "--child", "1366x768"], capture_output=True, text=True, timeout=300,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stderr
    assert sorted(p.name for p in tmp_path.glob("*.png")) == ["fr-1366x768-login.png", "fr-1366x768-services.png"]
