"""Packaging: what build.spec decides on each platform (run with recording stand-ins for PyInstaller's
classes), the icons, the Inno Setup script, and one real one-folder build (slow: about a minute; CI runs it)."""
from __future__ import annotations

import importlib.util
import json
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop import __version__
from installer import build_plan

ROOT = Path(__file__).resolve().parent.parent
ISS = ROOT / "installer" / "salon-desk.iss"
INFO_PLIST_KEYS = {"CFBundleIdentifier", "CFBundleShortVersionString", "CFBundleVersion", "NSHighResolutionCapable",
                   "CFBundleLocalizations"}


class Recorder:
    """Stands in for one PyInstaller build class and remembers how build.spec called it."""

    def __init__(self, kind: str, calls: list) -> None:
        self.kind, self.calls = kind, calls

    def __call__(self, *args, **kwargs):
        call = {"kind": self.kind, "args": args, "kwargs": kwargs, "scripts": [], "pure": [], "binaries": [],
                "datas": []}
        self.calls.append(call)
        return type(self.kind, (), call)()


def run_spec(platform: str, tmp_path: Path, monkeypatch) -> list[dict]:
    """Execute build.spec as PyInstaller would on `platform`, recording Analysis/EXE/COLLECT/BUNDLE calls."""
    import PyInstaller.utils.hooks as hooks

    monkeypatch.setattr(hooks, "collect_submodules", lambda package: [package])
    monkeypatch.setattr(hooks, "copy_metadata", lambda name: [(f"/site-packages/{name}.dist-info", ".")])
    monkeypatch.setattr(sys, "platform", platform)
    calls: list[dict] = []
    namespace = {name: Recorder(name, calls) for name in ("Analysis", "PYZ", "EXE", "COLLECT", "BUNDLE")}
    namespace.update(SPECPATH=str(ROOT), workpath=str(tmp_path), __file__=str(ROOT / "build.spec"))
    exec(compile((ROOT / "build.spec").read_text(encoding="utf-8"), "build.spec", "exec"), namespace)
    return calls


def of(calls: list[dict], kind: str) -> list[dict]:
    return [call for call in calls if call["kind"] == kind]


@pytest.mark.parametrize("platform", ["darwin", "win32", "linux"])
def test_spec_builds_a_windowed_app_and_a_console_cli(platform, tmp_path, monkeypatch):
    calls = run_spec(platform, tmp_path, monkeypatch)
    analysis, = of(calls, "Analysis")
    gui, cli = of(calls, "EXE")  # one analysis, two executables
    assert gui["kwargs"]["console"] is False and cli["kwargs"]["console"] is True
    assert gui["kwargs"]["name"] == build_plan.GUI_NAMES[platform] and cli["kwargs"]["name"] == "salon-desk"
    assert gui["args"][0] is cli["args"][0]  # the same PYZ
    collect, = of(calls, "COLLECT")
    assert collect["args"][0].kwargs["name"] == gui["kwargs"]["name"]  # the app first: a BUNDLE runs it
    assert collect["kwargs"]["name"] == "salon-desk"
    assert analysis["kwargs"]["runtime_hooks"] == [str(ROOT / "installer" / "pyi_rth_updates.py")]
    for source, _target in analysis["kwargs"]["datas"]:
        assert source.startswith("/site-packages/") or Path(source).exists(), source
    assert "tufup" in analysis["kwargs"]["datas"][-2][0]  # About's licences come from package metadata

    bundles = of(calls, "BUNDLE")
    if platform == "darwin":
        bundle, = bundles
        kwargs = bundle["kwargs"]
        assert kwargs["name"] == "Salon Desk.app" and kwargs["bundle_identifier"] == "fr.salondesk.SalonDesk"
        assert kwargs["version"] == __version__ and Path(kwargs["icon"]).suffix == ".icns"
        plist = dict(kwargs["info_plist"], CFBundleIdentifier=kwargs["bundle_identifier"])
        assert INFO_PLIST_KEYS <= set(plist)
        assert plist["CFBundleLocalizations"] == ["fr", "en"] and plist["NSHighResolutionCapable"] is True
        assert plist["LSBackgroundOnly"] is False  # else the app would have no Dock icon or menu bar
        assert plist["CFBundleShortVersionString"] == __version__
    else:
        assert bundles == []
    icons = {call["kwargs"]["icon"] for call in (gui, cli)}
    if platform == "linux":
        assert icons == {None}
    else:
        icon, = icons
        assert Path(icon).is_file() and Path(icon).suffix == (".ico" if platform == "win32" else ".icns")


def test_windows_executables_carry_version_information(tmp_path, monkeypatch):
    import types

    import PyInstaller.compat

    if sys.platform != "win32":  # PyInstaller's reader imports Windows-only helpers it does not use here
        monkeypatch.setitem(sys.modules, "pefile", types.ModuleType("pefile"))
        monkeypatch.setattr(PyInstaller.compat, "win32api", None, raising=False)
        monkeypatch.delitem(sys.modules, "PyInstaller.utils.win32.versioninfo", raising=False)
    from PyInstaller.utils.win32.versioninfo import load_version_info_from_text_file

    calls = run_spec("win32", tmp_path, monkeypatch)
    for exe in of(calls, "EXE"):
        info = load_version_info_from_text_file(exe["kwargs"]["version"])
        strings = {s.name: s.val for s in info.kids[0].kids[0].kids}
        assert strings["ProductName"] == "Salon Desk" and strings["CompanyName"] == "Salon Desk"
        assert strings["ProductVersion"] == __version__ and strings["FileVersion"] == __version__
        assert "©" in strings["LegalCopyright"]
        assert strings["OriginalFilename"] == exe["kwargs"]["name"] + ".exe"
        assert info.ffi.fileVersionMS >> 16 == build_plan.version_tuple(__version__)[0]
        assert info.toRaw()  # what PyInstaller writes into the executable
    assert build_plan.version_tuple("1.12.3rc1") == (1, 12, 3, 0)


def test_icon_set_comes_from_one_svg():
    from PIL import Image

    icons = ROOT / "resources" / "icons"
    assert (icons / "salon-desk.svg").read_text().lstrip().startswith("<?xml")
    for size in (16, 24, 32, 48, 64, 128, 256, 512, 1024):
        assert Image.open(icons / f"salon-desk-{size}.png").size == (size, size)
    assert {(s, s) for s in (16, 32, 48, 256)} <= Image.open(icons / "salon-desk.ico").info["sizes"]
    assert Image.open(icons / "salon-desk.icns").size == (1024, 1024)


def iss_entries() -> tuple[dict[str, str], list[str]]:
    """The script's #defines and every file it names (Source:, icons, licence), defines expanded."""
    text = ISS.read_text(encoding="utf-8-sig")
    defines = dict(re.findall(r'^\s*#define\s+(\w+)\s+"([^"]*)"', text, re.M))
    named = re.findall(r'(?:Source|IconFilename|Filename):\s*"([^"]+)"', text)
    named += re.findall(r"^(?:SetupIconFile|LicenseFile|UninstallDisplayIcon|InfoBeforeFile)=(.+)$", text, re.M)
    expand = lambda value: re.sub(r"\{#(\w+)\}", lambda m: defines[m.group(1)], value)  # noqa: E731
    return defines, [expand(value.strip()) for value in named]


def test_inno_setup_script_installs_per_user_in_french_and_english_and_keeps_the_data():
    assert ISS.read_bytes().startswith(b"\xef\xbb\xbf")  # Inno Setup reads UTF-8 (the French accents) with a BOM
    text = ISS.read_text(encoding="utf-8-sig")
    assert "PrivilegesRequired=lowest" in text
    assert r"DefaultDirName={localappdata}\Programs" in text
    assert 'MessagesFile: "compiler:Languages\\French.isl"' in text and 'MessagesFile: "compiler:Default.isl"' in text
    assert "{autoprograms}" in text and "{autodesktop}" in text
    defines, _ = iss_entries()
    assert defines["DataFolder"] == r"{localappdata}\SalonDesk"  # desktop/paths.py: %LOCALAPPDATA%\SalonDesk
    uninstall_delete = text.split("[UninstallDelete]")[1].split("[")[0]
    assert "SalonDesk\"" not in uninstall_delete and "{#DataFolder}" not in uninstall_delete
    assert "fr.DataKept=" in text and "en.DataKept=" in text
    assert defines["AppExe"] == build_plan.GUI_NAMES["win32"] + ".exe"
    assert defines["CliExe"] == build_plan.CLI_NAME + ".exe"
    assert defines["Dist"] == r"..\dist\salon-desk" and build_plan.plan("win32").folder == "salon-desk"


def test_inno_setup_repository_files_exist():
    _, named = iss_entries()
    repository_files = [name for name in named if not name.startswith(("{", "..\\dist"))]
    assert repository_files, named
    for name in repository_files:
        assert (ISS.parent / name.replace("\\", "/")).is_file(), name


def test_third_party_notices_name_every_bundled_library():
    from ui.about import FONTS, LIBRARIES

    notices = (ROOT / "installer" / "THIRD-PARTY-NOTICES.txt").read_text(encoding="utf-8")
    for _distribution, name, _licence in LIBRARIES:
        assert name in notices
    for name, _file, _licence in FONTS:
        assert name in notices
    assert {distribution for distribution, _n, _l in LIBRARIES} == set(build_plan.METADATA)


def frozen_dist_files_named_by_iss(dist: Path) -> list[Path]:
    """The .iss's dist\\ and {app}\\ files, mapped to this platform's names in a build's output folder."""
    _, named = iss_entries()
    chosen = build_plan.plan(sys.platform)
    suffix = ".exe" if chosen.platform == "win32" else ""
    renames = {build_plan.GUI_NAMES["win32"] + ".exe": chosen.gui.name + suffix,
               build_plan.CLI_NAME + ".exe": chosen.cli.name + suffix}
    paths = []
    for name in named:
        if name.startswith("..\\dist\\salon-desk"):
            paths.append(dist / "salon-desk" / name[len("..\\dist\\salon-desk"):].strip("\\").replace("*", ""))
        elif name.startswith("{app}\\"):
            tail = name[len("{app}\\"):]
            paths.append(dist / "salon-desk" / renames.get(tail, tail))
    return paths


def load_smoke():
    spec = importlib.util.spec_from_file_location("smoke_frozen", ROOT / "scripts" / "smoke_frozen.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.slow
def test_frozen_app_reports_its_version_and_creates_a_salon(tmp_path):
    pyinstaller = Path(sys.executable).with_name("pyinstaller")
    subprocess.run([str(pyinstaller if pyinstaller.exists() else shutil.which("pyinstaller")), "--noconfirm",
                    "--log-level", "WARN", "--distpath", str(tmp_path / "dist"), "--workpath", str(tmp_path / "build"),
                    str(ROOT / "build.spec")], check=True, cwd=tmp_path, timeout=900)
    smoke = load_smoke()
    app, binary = smoke.executables(tmp_path / "dist")
    version = subprocess.run([str(binary), "--version"], capture_output=True, text=True, timeout=60)
    assert version.returncode == 0 and version.stdout.strip() == f"salon-desk {__version__}"

    # Every dist file the Inno Setup script names is there (with this platform's executable names).
    for path in frozen_dist_files_named_by_iss(tmp_path / "dist"):
        assert path.exists(), path

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

    # Backups work frozen too: a verified backup, then a restore into a new folder with the recovery code.
    code = init.stdout.strip().splitlines()[-1]
    usb = tmp_path / "usb"
    usb.mkdir()
    made = subprocess.run([str(binary), "--home", str(tmp_path / "home"), "--user", "claire", "--json", "backup", "now",
                           "--to", str(usb)], input="velours et ciseaux dorés\n", capture_output=True, text=True,
                          env=env, timeout=120)
    assert made.returncode == 0, made.stderr
    path = json.loads(made.stdout)["path"]
    restored = subprocess.run([str(binary), "--home", str(tmp_path / "new-pc"), "--json", "backup", "restore", path],
                              input=code + "\n", capture_output=True, text=True, env=env, timeout=120)
    assert restored.returncode == 0, restored.stderr
    assert json.loads(restored.stdout)["salon"] == "Atelier"

    # The release workflow's smoke test (version, init, client add, verify) passes on this build.
    steps = smoke.smoke(tmp_path / "dist", tmp_path / "smoke-home", env)
    assert "Toutes les vérifications sont bonnes." in steps[-1]

    # The windowed app starts with no console or terminal (stdin closed, own session) and keeps running:
    # with an empty home it shows the set-up wizard.
    gui_env = dict(env, QT_QPA_PLATFORM="offscreen", SALON_DESK_UPDATES="off")
    process = subprocess.Popen([str(app), "--home", str(tmp_path / "new-home")], stdin=subprocess.DEVNULL,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=gui_env,
                               start_new_session=sys.platform != "win32")
    time.sleep(6)
    running = process.poll() is None
    process.kill()
    _out, err = process.communicate(timeout=30)
    assert running, err.decode(errors="replace")
