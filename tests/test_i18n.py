"""Every string is translatable, French is complete, and French is chosen on a French system."""
from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from desktop.salon import Salon
from desktop import i18n

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "translations"
PLACEHOLDER = re.compile(r"\{[a-z_]+\}|%n")


def messages(path: Path):
    for context in ET.parse(path).getroot().iter("context"):
        for message in context.iter("message"):
            yield context.findtext("name"), message


def tool(name: str) -> str:
    found = Path(sys.executable).with_name(name)
    return str(found) if found.exists() else shutil.which(name)


def test_french_is_complete_and_keeps_placeholders():
    count = 0
    for context, message in messages(TS / "salon_desk_fr.ts"):
        translation = message.find("translation")
        assert translation.get("type") is None, f"unfinished: [{context}] {message.findtext('source')}"
        forms = [f.text for f in translation.iter("numerusform")] or [translation.text]
        for form in forms:
            assert form and sorted(PLACEHOLDER.findall(form)) == sorted(PLACEHOLDER.findall(message.findtext("source"))), \
                f"[{context}] {message.findtext('source')!r} -> {form!r}"
        count += 1
    assert count > 150


def test_catalogue_is_up_to_date_with_the_code(tmp_path):
    lupdate = tool("pyside6-lupdate")
    sources = sorted(str(p) for d in ("desktop", "ui", "storage") for p in (ROOT / d).rglob("*.py"))
    fresh = tmp_path / "fresh.ts"
    subprocess.run([lupdate, "-no-obsolete", "-locations", "none", *sources, "-ts", str(fresh)], check=True,
                   capture_output=True)
    in_code = {(c, m.findtext("source")) for c, m in messages(fresh)}
    in_catalogue = {(c, m.findtext("source")) for c, m in messages(TS / "salon_desk_fr.ts")}
    assert in_code - in_catalogue == set(), "run scripts/update_translations.sh"
    assert in_catalogue - in_code == set(), "run scripts/update_translations.sh"


def test_compiled_catalogue_matches_the_ts(tmp_path):
    lrelease = tool("pyside6-lrelease")
    for name in ("salon_desk_fr", "salon_desk_en"):
        out = tmp_path / f"{name}.qm"
        subprocess.run([lrelease, str(TS / f"{name}.ts"), "-qm", str(out)], check=True, capture_output=True)
        assert out.read_bytes() == (TS / f"{name}.qm").read_bytes(), "run scripts/update_translations.sh"


@pytest.fixture
def french(monkeypatch, qapp):
    monkeypatch.delenv("SALON_DESK_LANG", raising=False)
    monkeypatch.setenv("LC_ALL", "fr_FR.UTF-8")
    yield i18n.install()
    i18n.uninstall()


def test_french_system_gets_french(french):
    assert french == "fr"
    assert i18n.translate("Messages", "Wrong login or password.") == "Identifiant ou mot de passe incorrect."


def test_cli_speaks_french_on_a_french_system(french, run_cli):
    result = run_cli("client", "find", "x")
    assert result.code == 2 and "Cette commande demande --user" in result.err


def test_login_window_in_french(french, qtbot, store):
    from ui.login import LoginWindow

    window = LoginWindow(Salon(store), "Atelier")
    qtbot.addWidget(window)
    assert window.sign_in_button.text() == "Se connecter"


def test_other_systems_get_english(monkeypatch, qapp):
    monkeypatch.setenv("SALON_DESK_LANG", "de")
    try:
        assert i18n.install() == "en"
        assert i18n.translate("Messages", "Wrong login or password.") == "Wrong login or password."
    finally:
        i18n.uninstall()


def test_the_app_starts_from_the_command_on_a_french_system(tmp_path):
    """`salon-desk` without a command starts the app: the CLI's French words (a bare QCoreApplication) must not
    stop the app from making its own QApplication."""
    import os
    import time

    env = {key: value for key, value in os.environ.items()
           if key not in ("PYTHON_KEYRING_BACKEND", "SALON_DESK_INSECURE_KEYRING", "SALON_DESK_TEST_KEYRING")}
    env.update(SALON_DESK_LANG="fr", QT_QPA_PLATFORM="offscreen", SALON_DESK_UPDATES="off",
               XDG_CONFIG_HOME=str(tmp_path / "config"))  # no keyring: the wizard's first page says so
    process = subprocess.Popen([sys.executable, "-m", "desktop", "--home", str(tmp_path / "home")],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    deadline = time.monotonic() + 6
    while time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.2)
    running = process.poll() is None
    process.kill()
    _out, err = process.communicate(timeout=30)
    assert running, err.decode(errors="replace")
    assert not (tmp_path / "home").exists()  # a first start writes nothing before the salon exists (no log either)
