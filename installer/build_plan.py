"""What build.spec builds on each platform, as plain data: build.spec follows it, tests/test_packaging.py
checks it for darwin, win32 and linux from any machine. No PyInstaller import here.

One analysis, two executables in one folder: the windowed app "Salon Desk" and the console `salon-desk`
CLI for owners' scripts. On macOS the folder becomes "Salon Desk.app" (BUNDLE).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from desktop import __version__
from desktop.updates import CLI_EXECUTABLE

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
PRODUCT = "Salon Desk"
COMPANY = "Salon Desk"
BUNDLE_IDENTIFIER = "fr.salondesk.SalonDesk"
COPYRIGHT = f"© 2024-{date.today().year} {COMPANY} contributors"
CLI_NAME = CLI_EXECUTABLE
# The app's executable: a space is fine on Windows and inside a .app; on Linux a command-line-friendly name.
GUI_NAMES = {"win32": PRODUCT, "darwin": PRODUCT, "linux": "salon-desk-gui"}
RUNTIME_HOOK = ROOT / "installer" / "pyi_rth_updates.py"
# Packages whose metadata (licence, version) the About dialog reads in the frozen app (ui/about.LIBRARIES).
METADATA = ("PySide6-Essentials", "shiboken6", "sqlcipher3", "reportlab", "argon2-cffi", "keyring", "phonenumbers",
            "holidays", "cryptography", "email-validator", "platformdirs", "tzdata", "APScheduler", "tufup", "tuf")


@dataclass(frozen=True)
class Executable:
    name: str
    console: bool
    icon: Path | None
    version_info: str | None  # Windows VERSIONINFO resource, as the text PyInstaller reads


@dataclass(frozen=True)
class Plan:
    platform: str
    version: str
    folder: str               # dist/<folder>
    gui: Executable
    cli: Executable
    bundle: dict | None       # BUNDLE(...) keyword arguments on macOS
    datas: list[tuple[str, str]]
    runtime_hooks: list[str]
    excludes: list[str]
    metadata: tuple[str, ...] = METADATA


def platform_family(platform: str) -> str:
    return "win32" if platform.startswith("win") else "darwin" if platform == "darwin" else "linux"


def version_tuple(version: str) -> tuple[int, int, int, int]:
    """Windows wants four numbers: 1.12.3rc1 -> (1, 12, 3, 0)."""
    numbers = [int(re.match(r"\d*", part).group() or 0) for part in version.split(".")[:4]]
    return tuple((numbers + [0, 0, 0, 0])[:4])  # type: ignore[return-value]


def windows_version_info(version: str, filename: str, description: str) -> str:
    """VERSIONINFO (product, company, version, copyright) in PyInstaller's version-file syntax."""
    numbers = version_tuple(version)
    strings = {
        "CompanyName": COMPANY,
        "FileDescription": description,
        "FileVersion": version,
        "InternalName": Path(filename).stem,
        "LegalCopyright": COPYRIGHT,
        "OriginalFilename": filename,
        "ProductName": PRODUCT,
        "ProductVersion": version,
    }
    table = ",\n          ".join(f"StringStruct({key!r}, {value!r})" for key, value in strings.items())
    return f"""VSVersionInfo(
  ffi=FixedFileInfo(filevers={numbers}, prodvers={numbers}, mask=0x3f, flags=0x0, OS=0x40004,
                    fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([StringTable('040C04B0', [
          {table}])]),
    VarFileInfo([VarStruct('Translation', [0x040C, 1200, 0x0409, 1200])]),
  ]
)
"""


def info_plist(version: str) -> dict:
    return {
        "CFBundleName": PRODUCT,
        "CFBundleDisplayName": PRODUCT,
        "CFBundleShortVersionString": version,
        "CFBundleVersion": version,
        "CFBundleDevelopmentRegion": "fr",
        "CFBundleLocalizations": ["fr", "en"],
        "NSHighResolutionCapable": True,
        # COLLECT takes `console` from its last EXE (the CLI); a console BUNDLE would be LSBackgroundOnly,
        # with no Dock icon and no menu bar.
        "LSBackgroundOnly": False,
        "LSMinimumSystemVersion": "11.0",
        "LSApplicationCategoryType": "public.app-category.business",
        "NSHumanReadableCopyright": COPYRIGHT,
    }


def datas(root: Path = ROOT) -> list[tuple[str, str]]:
    found = [
        (root / "resources" / "fonts", "resources/fonts"),
        (root / "resources" / "translations" / "salon_desk_fr.qm", "resources/translations"),
        (root / "resources" / "translations" / "salon_desk_en.qm", "resources/translations"),
        (root / "resources" / "passwords", "resources/passwords"),
        (root / "resources" / "consent", "resources/consent"),
        (root / "resources" / "icons" / "salon-desk-256.png", "resources/icons"),
        (root / "storage" / "migrations", "storage/migrations"),
    ]
    updates = root / "resources" / "updates"  # a release build's trusted root and repository URL
    if updates.is_dir() and any(updates.glob("root-*.json")):
        found.append((updates, "resources/updates"))
    return [(str(source), target) for source, target in found]


def plan(platform: str, version: str = __version__, root: Path = ROOT) -> Plan:
    family = platform_family(platform)
    icon = {"win32": ICONS / "salon-desk.ico", "darwin": ICONS / "salon-desk.icns"}.get(family)
    gui_name = GUI_NAMES[family]
    on_windows = family == "win32"
    gui = Executable(gui_name, console=False, icon=icon,
                     version_info=windows_version_info(version, f"{gui_name}.exe", PRODUCT) if on_windows else None)
    cli = Executable(CLI_NAME, console=True, icon=icon,
                     version_info=windows_version_info(version, f"{CLI_NAME}.exe", f"{PRODUCT} (CLI)")
                     if on_windows else None)
    bundle = None
    if family == "darwin":
        bundle = {"name": f"{PRODUCT}.app", "icon": str(icon), "bundle_identifier": BUNDLE_IDENTIFIER,
                  "version": version, "info_plist": info_plist(version)}
    return Plan(platform=family, version=version, folder=CLI_NAME, gui=gui, cli=cli, bundle=bundle,
                datas=datas(root), runtime_hooks=[str(RUNTIME_HOOK)],
                excludes=["tkinter", "keyrings.alt", "pytest", "hypothesis"])
