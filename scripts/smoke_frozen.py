"""Smoke-test a frozen build: `salon-desk --version`, then `init`, `client add` and `verify` in a fresh home.

    python scripts/smoke_frozen.py dist            # the folder PyInstaller wrote into

The keyring is whatever this machine's keyring is (Windows Credential Manager, the login or a temporary
keychain on macOS, a Secret Service on Linux): the release workflow sets one up on each runner;
tests/test_packaging.py points keyring at a file backend through keyring's own config file.
Exits non-zero with the failing command's output.
"""
from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from desktop import __version__  # noqa: E402
from installer.build_plan import PRODUCT, plan  # noqa: E402

PASSWORD = "velours et ciseaux dorés"


def executables(dist: Path, platform: str = sys.platform) -> tuple[Path, Path]:
    """(the app, the CLI) inside a build's dist folder."""
    chosen = plan(platform)
    if chosen.platform == "darwin":
        folder = dist / f"{PRODUCT}.app" / "Contents" / "MacOS"
    else:
        folder = dist / chosen.folder
    suffix = ".exe" if chosen.platform == "win32" else ""
    return folder / f"{chosen.gui.name}{suffix}", folder / f"{chosen.cli.name}{suffix}"


def run(command: list[str], stdin: str = "", env: dict | None = None) -> str:
    result = subprocess.run(command, input=stdin, capture_output=True, text=True, encoding="utf-8", errors="replace",
                            timeout=180, env=env)
    if result.returncode != 0:
        raise SystemExit(f"FAILED ({result.returncode}): {' '.join(command)}\n{result.stdout}\n{result.stderr}")
    return result.stdout


def smoke(dist: Path, home: Path, env: dict | None = None) -> list[str]:
    app, cli = executables(dist)
    for binary in (app, cli):
        if not binary.is_file():
            raise SystemExit(f"missing {binary}")
    steps = []
    version = run([str(cli), "--version"], env=env).strip()
    if version != f"salon-desk {__version__}":
        raise SystemExit(f"--version printed {version!r}")
    steps.append(version)
    base = [str(cli), "--home", str(home)]
    steps.append(run(base + ["init", "--salon", "Atelier Lumière", "--owner", "claire"], PASSWORD + "\n", env))
    signed_in = base + ["--user", "claire", "--password-stdin"]
    client = run(signed_in + ["client", "add", "--first-name", "Inès", "--last-name", "Roux",
                              "--phone", "06 12 34 56 78"], PASSWORD + "\n", env).strip()
    steps.append(client)
    steps.append(run(signed_in + ["verify"], PASSWORD + "\n", env))
    return steps


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("dist", type=Path)
    parser.add_argument("--home", type=Path, help="default: a new temporary folder")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="salon-desk-smoke-") as temporary:
        for line in smoke(args.dist, args.home or Path(temporary) / "home"):
            print(line.strip().splitlines()[-1] if line.strip() else "")
    print("smoke test passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
