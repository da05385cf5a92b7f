"""Publish Salon Desk versions to the static update repository (tufup over TUF metadata).

One-time set-up (creates the signing keys outside the repository folder, the three platform repositories,
and the trusted roots the app ships with, in resources/updates/):

    .venv/bin/python scripts/publish_update.py init --repo ~/salon-desk-updates --keys ~/salon-desk-keys \\
        --url https://updates.example.fr/salon-desk

Each release, once per platform, from that platform's frozen folder (dist/salon-desk, or the .app on macOS):

    .venv/bin/python scripts/publish_update.py add --repo ~/salon-desk-updates --keys ~/salon-desk-keys \\
        --platform windows --bundle dist/salon-desk --version 1.1 \\
        --notes-fr "Nouveautés : …" --notes-en "What's new: …"

Then copy the repository folder to any web server (rsync, an S3 bucket, a shared host): it is static files.
Signed metadata expires (timestamp 7 days, snapshot 30, targets 90, root 365): run `refresh` weekly, e.g.
from cron on the machine that holds the snapshot and timestamp keys, and `refresh --targets` (asks for the
targets key's password) at least every 90 days if no version was published meanwhile. Keys for root and
targets are password-protected unless --no-passwords (tests); keep them offline.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from desktop.updates import PLATFORMS  # noqa: E402

PLATFORM_NAMES = tuple(PLATFORMS.values())  # windows, macos, linux
ROLES = ("root", "targets", "snapshot", "timestamp")
OFFLINE_ROLES = ["root", "targets"]  # password-protected; snapshot and timestamp sign unattended
SHIPPED = ROOT / "resources" / "updates"
# The app refuses expired metadata (a frozen or replayed repository): `refresh` weekly keeps it fresh.
EXPIRY_DAYS = {"root": 365, "targets": 90, "snapshot": 30, "timestamp": 7}


@contextmanager
def _in(folder: Path):
    """tufup writes its .tufup-repo-config into the current folder: keep it with the keys, not here."""
    before = Path.cwd()
    os.chdir(folder)
    try:
        yield
    finally:
        os.chdir(before)


def _repository(repo_dir: Path, keys_dir: Path, platform: str, passwords: bool):
    from tufup.repo import Repository

    folder = repo_dir / platform
    for path in (keys_dir, folder / "metadata", folder / "targets"):
        path.mkdir(parents=True, exist_ok=True)
    return Repository(app_name=f"salon-desk-{platform}", repo_dir=folder, keys_dir=keys_dir,
                      encrypted_keys=OFFLINE_ROLES if passwords else [],
                      expiration_days=EXPIRY_DAYS)


def init(repo_dir: Path, keys_dir: Path, url: str, passwords: bool = True, shipped: Path = SHIPPED) -> None:
    """Keys (once), then root metadata for each platform, copied to `shipped` with the repository URL."""
    with _in(keys_dir.parent if keys_dir.parent.exists() else Path.cwd()):
        for platform in PLATFORM_NAMES:
            repository = _repository(repo_dir, keys_dir, platform, passwords)
            have_keys = all((keys_dir / f"{role}.pub").exists() for role in ROLES)
            repository._load_keys_and_roles(create_keys=not have_keys)
            root = repository.metadata_dir / "root.json"
            if not root.exists():
                repository.publish_changes(private_key_dirs=[keys_dir])
    shipped.mkdir(parents=True, exist_ok=True)
    for platform in PLATFORM_NAMES:
        shutil.copyfile(repo_dir / platform / "metadata" / "root.json", shipped / f"root-{platform}.json")
    (shipped / "channel.json").write_text(json.dumps({"url": url}, indent=2) + "\n", encoding="utf-8")


def add(repo_dir: Path, keys_dir: Path, platform: str, bundle: Path, version: str,
        notes: dict[str, str], passwords: bool = True, patch: bool = True) -> Path:
    """Archive `bundle` as `version` (plus a binary patch from the previous one, unless `patch` is False:
    bsdiff on two 110 MB archives takes minutes), sign, and publish."""
    if platform not in PLATFORM_NAMES:
        raise SystemExit(f"platform must be one of {', '.join(PLATFORM_NAMES)}")
    if not all((keys_dir / f"{role}.pub").exists() for role in ROLES):
        raise SystemExit(f"no keys in {keys_dir}: run `init` first")
    with _in(keys_dir.parent):
        repository = _repository(repo_dir, keys_dir, platform, passwords)
        repository._load_keys_and_roles(create_keys=False)
        repository.add_bundle(new_bundle_dir=bundle, new_version=version, skip_patch=not patch,
                              custom_metadata={"notes": {k: v for k, v in notes.items() if v}})
        repository.publish_changes(private_key_dirs=[keys_dir])
    return repo_dir / platform / "targets" / f"salon-desk-{platform}-{version}.tar.gz"


def refresh(repo_dir: Path, keys_dir: Path, passwords: bool = True, targets: bool = False) -> None:
    """Re-sign snapshot and timestamp (and targets if asked) with fresh expiry dates."""
    with _in(keys_dir.parent):
        for platform in PLATFORM_NAMES:
            if not (repo_dir / platform / "metadata" / "timestamp.json").exists():
                continue
            repository = _repository(repo_dir, keys_dir, platform, passwords)
            repository._load_keys_and_roles(create_keys=False)
            if targets:
                repository.refresh_expiration_date("targets")
            repository.refresh_expiration_date("snapshot")
            repository.refresh_expiration_date("timestamp")
            repository.publish_changes(private_key_dirs=[keys_dir])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    for name in ("init", "add", "refresh"):
        command = commands.add_parser(name)
        command.add_argument("--repo", type=Path, required=True, help="the static folder to publish")
        command.add_argument("--keys", type=Path, required=True, help="the signing keys (never in git)")
        command.add_argument("--no-passwords", action="store_true", help="unencrypted keys (tests only)")
        if name == "init":
            command.add_argument("--url", required=True, help="where the folder will be served")
        if name == "add":
            command.add_argument("--platform", choices=PLATFORM_NAMES, required=True)
            command.add_argument("--bundle", type=Path, required=True)
            command.add_argument("--version", required=True)
            command.add_argument("--notes-fr", default="")
            command.add_argument("--notes-en", default="")
            command.add_argument("--no-patch", action="store_true",
                                 help="full archive only (the patch saves salons' downloads but takes minutes)")
        if name == "refresh":
            command.add_argument("--targets", action="store_true", help="re-sign targets too (offline key)")
    args = parser.parse_args(argv)
    repo, keys, passwords = args.repo.resolve(), args.keys.resolve(), not args.no_passwords
    if args.command == "init":
        init(repo, keys, args.url, passwords)
        print(f"Repository ready in {repo}; trusted roots and URL written to {SHIPPED}: commit them.")
    elif args.command == "add":
        archive = add(repo, keys, args.platform, args.bundle.resolve(), args.version,
                      {"fr": args.notes_fr, "en": args.notes_en}, passwords, patch=not args.no_patch)
        print(f"Published {archive.name}; now copy {repo} to the web server.")
    else:
        refresh(repo, keys, passwords, args.targets)
        print("Metadata re-signed; now copy the repository to the web server.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
