"""The release workflow (.github/workflows/release.yml) cannot run here: actionlint (with shellcheck for its
shell steps, both from the dev extras) must find nothing in it, and it must do what issue 13 asks."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORKFLOW = ROOT / ".github" / "workflows" / "release.yml"


def tool(name: str) -> str:
    found = Path(sys.executable).with_name(name)
    return str(found) if found.exists() else shutil.which(name)


def test_actionlint_finds_no_error():
    actionlint, shellcheck = tool("actionlint"), tool("shellcheck")
    assert actionlint and shellcheck, "pip install -e '.[dev]'"
    env = dict(os.environ, PATH=os.pathsep.join([str(Path(shellcheck).parent), os.environ.get("PATH", "")]))
    result = subprocess.run([actionlint, "-shellcheck", shellcheck, str(WORKFLOW)], capture_output=True, text=True,
                            cwd=ROOT, env=env, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr


def test_actionlint_would_catch_a_broken_workflow(tmp_path):
    broken = tmp_path / ".github" / "workflows" / "broken.yml"
    broken.parent.mkdir(parents=True)
    broken.write_text(WORKFLOW.read_text().replace("runs-on: ${{ matrix.os }}", "runs-on: ${{ matrix.system }}"))
    result = subprocess.run([tool("actionlint"), "-shellcheck=", str(broken)], capture_output=True, text=True,
                            cwd=tmp_path, timeout=120)
    assert result.returncode == 1 and "matrix.system" in result.stdout


def test_each_platform_builds_tests_smoke_tests_and_uploads():
    text = WORKFLOW.read_text()
    assert "os: [windows-latest, macos-latest, ubuntu-latest]" in text
    assert "python -m pytest" in text and "pyinstaller --noconfirm build.spec" in text
    assert text.count("python scripts/smoke_frozen.py dist") == 3  # one per platform's keyring
    for keychain_step in ("security create-keychain", "security unlock-keychain", "security default-keychain"):
        assert keychain_step in text
    assert "dbus-run-session" in text and "gnome-keyring-daemon --unlock" in text
    assert "installer\\salon-desk.iss" in text and "installer/make_dmg.sh" in text
    assert "actions/upload-artifact@" in text and "if-no-files-found: error" in text
