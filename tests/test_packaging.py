"""The PyInstaller one-folder build starts (slow: about a minute; CI runs it)."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from desktop import __version__

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.slow
def test_frozen_app_reports_its_version_and_creates_a_salon(tmp_path):
    pyinstaller = Path(sys.executable).with_name("pyinstaller")
    subprocess.run([str(pyinstaller if pyinstaller.exists() else shutil.which("pyinstaller")), "--noconfirm",
                    "--log-level", "WARN", "--distpath", str(tmp_path / "dist"), "--workpath", str(tmp_path / "build"),
                    str(ROOT / "build.spec")], check=True, cwd=tmp_path, timeout=900)
    binary = tmp_path / "dist" / "salon-desk" / "salon-desk"
    version = subprocess.run([str(binary), "--version"], capture_output=True, text=True, timeout=60)
    assert version.returncode == 0 and version.stdout.strip() == f"salon-desk {__version__}"

    # The frozen app finds its migrations, fonts and translations: set up a salon with a file keyring,
    # chosen through keyring's own config file (a frozen app ignores PYTHONPATH; keyring-path is honoured).
    config = tmp_path / "config" / "python_keyring"
    config.mkdir(parents=True)
    (config / "keyringrc.cfg").write_text(
        f"[backend]\ndefault-keyring = tests.support.keyrings.FileKeyring\nkeyring-path = {ROOT}\n")
    env = {key: value for key, value in os.environ.items() if key != "PYTHON_KEYRING_BACKEND"}
    env.update({"XDG_CONFIG_HOME": str(tmp_path / "config"), "SALON_DESK_TEST_KEYRING": str(tmp_path / "keyring.json"),
                "SALON_DESK_INSECURE_KEYRING": "1", "SALON_DESK_LANG": "fr"})  # a plain-file keyring: tests only
    init = subprocess.run([str(binary), "--home", str(tmp_path / "home"), "init", "--salon", "Atelier",
                           "--owner", "claire", "--recovery-sheet", str(tmp_path / "sheet.pdf")],
                          input="velours et ciseaux dorés\n", capture_output=True, text=True, env=env, timeout=120)
    assert init.returncode == 0, init.stderr
    assert "Code de secours" in init.stdout
    assert (tmp_path / "sheet.pdf").read_bytes().startswith(b"%PDF")
