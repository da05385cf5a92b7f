"""Signed automatic updates for the installed (frozen) app, with tufup over TUF metadata. Qt-free.

A background check, at most once a day, looks at a static update repository, downloads a newer version,
verifies it against signed metadata (a tampered file or a rolled-back repository is refused) and stages it
beside the installed app; nothing changes while the app runs. At the app's next start `install_pending`
copies the salon's database, swaps the staged folder in and restarts into it. Any failure keeps the
version that was running.

One update repository per platform (`<url>/windows/`, `<url>/macos/`, `<url>/linux/`), each a static
folder with `metadata/` and `targets/` (scripts/publish_update.py writes them).
"""
from __future__ import annotations

import json
import logging
import os
import shutil
import subprocess
import sys
import tempfile
import threading
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from importlib import resources
from pathlib import Path
from typing import Callable

import platformdirs

from desktop import __version__

log = logging.getLogger(__name__)

PLATFORMS = {"win32": "windows", "darwin": "macos", "linux": "linux"}
CHECK_EVERY = timedelta(days=1)
STATE_FOLDER = "SalonDesk Updates"  # not the salon's data folder: uninstalling may remove it
CLI_EXECUTABLE = "salon-desk"  # the console CLI never installs updates: owners' scripts may run it any time
PREVIOUS_SUFFIX = ".previous"
INCOMING_SUFFIX = ".incoming"


def platform_key(platform: str = sys.platform) -> str:
    return PLATFORMS.get(platform, "linux")


def app_name(platform: str = sys.platform) -> str:
    """The archive name in the update repository: salon-desk-windows-1.1.tar.gz and so on."""
    return f"salon-desk-{platform_key(platform)}"


class Refused(Exception):
    """The repository's metadata or a downloaded file failed verification (tampering, rollback, expiry)."""


@dataclass(frozen=True)
class Ready:
    """A verified version staged for the next start."""
    version: str
    notes: dict[str, str] = field(default_factory=dict)  # language -> text

    def notes_in(self, language: str) -> str:
        return self.notes.get(language) or self.notes.get("en") or next(iter(self.notes.values()), "")


@dataclass(frozen=True)
class Channel:
    """Where one installed copy gets its updates from, and where it keeps what it needs for them."""
    install_dir: Path        # the app folder (the .app bundle on macOS) that an update replaces
    state_dir: Path          # trusted metadata, downloads, the staged version, the daily stamp
    repository_url: str      # this platform's folder: <url>/metadata/ and <url>/targets/
    trusted_root: Path       # root.json shipped with the app: the keys every update must be signed with
    current_version: str = __version__
    app_name: str = field(default_factory=app_name)

    @property
    def metadata_dir(self) -> Path:
        return self.state_dir / "metadata"

    @property
    def targets_dir(self) -> Path:
        return self.state_dir / "targets"

    @property
    def pending_file(self) -> Path:
        return self.state_dir / "pending.json"

    @property
    def stamp_file(self) -> Path:
        return self.state_dir / "last-check"

    @property
    def staged_dir(self) -> Path:
        """The extracted new version, next to the app so that it can be renamed into place."""
        return self.install_dir.with_name(self.install_dir.name + INCOMING_SUFFIX)

    @property
    def previous_dir(self) -> Path:
        return self.install_dir.with_name(self.install_dir.name + PREVIOUS_SUFFIX)


# --- which copy is this ------------------------------------------------------------------------------

def installed_dir() -> Path | None:
    """The folder a frozen build runs from (the .app bundle on macOS); None when running from source."""
    if not getattr(sys, "frozen", False):
        return None
    exe = Path(sys.executable).resolve()
    if exe.parent.name == "MacOS" and exe.parents[2].suffix == ".app":
        return exe.parents[2]
    return exe.parent


def bundled_settings() -> tuple[Path | None, str]:
    """The trusted root and the repository URL a release build carries (resources/updates/)."""
    folder = Path(str(resources.files("resources").joinpath("updates")))
    root = folder / f"root-{platform_key()}.json"
    url = ""
    settings = folder / "channel.json"
    if settings.is_file():
        url = json.loads(settings.read_text(encoding="utf-8")).get("url", "")
    return (root if root.is_file() else None), url


OFF, FROM_SOURCE, NOT_SET_UP = "off", "source", "not-set-up"


def channel_for_this_copy() -> tuple[Channel | None, str]:
    """This copy's channel, or None and why: OFF (SALON_DESK_UPDATES=off), FROM_SOURCE (update with git
    and pip), NOT_SET_UP (a build made without resources/updates/)."""
    if os.environ.get("SALON_DESK_UPDATES", "").lower() == "off":
        return None, OFF
    install = installed_dir()
    if install is None:
        return None, FROM_SOURCE
    root, url = bundled_settings()
    url = os.environ.get("SALON_DESK_UPDATE_URL", url)
    if root is None or not url:
        return None, NOT_SET_UP
    state = Path(os.environ.get("SALON_DESK_UPDATE_STATE") or platformdirs.user_data_path(STATE_FOLDER, appauthor=False))
    return Channel(install_dir=install, state_dir=state, repository_url=f"{url.rstrip('/')}/{platform_key()}",
                   trusted_root=root), ""


# --- check, download, verify, stage (background) ------------------------------------------------------

def pending(channel: Channel) -> Ready | None:
    try:
        data = json.loads(channel.pending_file.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not (channel.staged_dir / ".complete").is_file():
        return None
    return Ready(data["version"], data.get("notes") or {})


def due(channel: Channel, now: datetime | None = None) -> bool:
    now = now or datetime.now(timezone.utc)
    try:
        last = datetime.fromisoformat(channel.stamp_file.read_text(encoding="ascii").strip())
    except (OSError, ValueError):
        return True
    return not (timedelta(0) <= now - last < CHECK_EVERY)


def check(channel: Channel, now: datetime | None = None, force: bool = False) -> Ready | None:
    """Find, download, verify and stage a newer version; return it (or one staged earlier). Network I/O:
    call it off the GUI thread. Raises Refused when verification fails; OSError/DownloadError pass through."""
    already = pending(channel)
    if already is not None or not (force or due(channel, now)):
        return already
    channel.state_dir.mkdir(parents=True, exist_ok=True)
    channel.stamp_file.write_text((now or datetime.now(timezone.utc)).isoformat(), encoding="ascii")
    channel.metadata_dir.mkdir(exist_ok=True)
    channel.targets_dir.mkdir(exist_ok=True)
    if not (channel.metadata_dir / "root.json").exists():
        shutil.copyfile(channel.trusted_root, channel.metadata_dir / "root.json")

    from tuf.api.exceptions import RepositoryError

    client = _client(channel)
    try:
        client.refresh()  # root -> timestamp -> snapshot -> targets, each checked for signatures and rollback
        newest = client.check_for_updates()
        if newest is None:
            return None
        staged: list[Ready] = []
        client.download_and_apply_update(
            skip_confirmation=True,
            install=lambda src_dir, dst_dir, **_: staged.append(_stage(channel, Path(src_dir), newest)))
    except RepositoryError as exc:
        raise Refused(f"{type(exc).__name__}: {exc}") from exc
    finally:
        shutil.rmtree(channel.state_dir / "extract", ignore_errors=True)
    if not staged:  # tufup logs and drops an update whose patch or archive fails to apply
        raise Refused(f"version {newest.version} could not be applied")
    return staged[0]


def _client(channel: Channel):
    from tufup.client import Client

    class OnceClient(Client):
        """tufup refreshes inside check_for_updates and hides verification errors there; refresh once, loudly."""
        refreshed = False

        def refresh(self) -> None:
            if not self.refreshed:
                super().refresh()
                self.refreshed = True

    extract = channel.state_dir / "extract"
    shutil.rmtree(extract, ignore_errors=True)
    extract.mkdir(parents=True)
    base = channel.repository_url.rstrip("/")
    return OnceClient(app_name=channel.app_name, app_install_dir=channel.install_dir,
                      current_version=channel.current_version, metadata_dir=channel.metadata_dir,
                      metadata_base_url=f"{base}/metadata/", target_dir=channel.targets_dir,
                      target_base_url=f"{base}/targets/", extract_dir=extract, refresh_required=False)


def _stage(channel: Channel, extracted: Path, newest) -> Ready:
    """Move the verified, extracted version next to the app, then record it as pending (atomically)."""
    notes = (newest.custom or {}).get("notes") or {}
    staged = channel.staged_dir
    shutil.rmtree(staged, ignore_errors=True)
    try:
        extracted.rename(staged)
    except OSError:  # another volume: copy
        shutil.copytree(extracted, staged, symlinks=True)
    (staged / ".complete").write_text(str(newest.version), encoding="ascii")
    # Keep only the newest archive (the base for the next patch): each full one is over 100 MB.
    for old in channel.targets_dir.iterdir():
        if old.name != newest.path.name:
            old.unlink()
    ready = Ready(str(newest.version), {str(k): str(v) for k, v in notes.items()})
    _write_atomic(channel.pending_file, json.dumps({"version": ready.version, "notes": ready.notes}))
    return ready


def _write_atomic(path: Path, text: str) -> None:
    handle, temp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
    with os.fdopen(handle, "w", encoding="utf-8") as out:
        out.write(text)
        out.flush()
        os.fsync(out.fileno())
    os.replace(temp, path)


class UpdateService:
    """Checks at most once a day on a daemon thread, and never installs while the app runs.

    `on_ready(Ready)` and `on_refused(str)` are called from that thread: hop to the GUI thread before
    touching widgets.
    """

    def __init__(self, channel: Channel, on_ready: Callable[[Ready], None],
                 on_refused: Callable[[str], None] = lambda reason: None,
                 first_delay: float = 120.0, poll: float = 3600.0) -> None:
        self.channel, self.on_ready, self.on_refused = channel, on_ready, on_refused
        self.first_delay, self.poll = first_delay, poll
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="salon-desk-updates", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()

    def _run(self) -> None:
        delay = self.first_delay  # let the morning's start-up and first bookings go first
        while not self._stop.wait(delay):
            delay = self.poll
            try:
                ready = check(self.channel)
            except Refused as exc:
                log.warning("update refused: %s", exc)
                self.on_refused(str(exc))
                continue
            except Exception:  # noqa: BLE001 (offline, server down, disk full: try again tomorrow)
                log.info("update check failed", exc_info=True)
                continue
            if ready is not None:
                self.on_ready(ready)
                return  # one notice per run; the update installs at the next start


# --- install at the next start -----------------------------------------------------------------------

@dataclass(frozen=True)
class Installed:
    version: str
    backup: Path | None


def backup_database(home: Path, version: str) -> Path | None:
    """A plain copy of the encrypted database (and its WAL) beside it, before the app changes version."""
    database = home / "salon.db"
    if not database.exists():
        return None
    backup = database.with_name(f"salon.db.before-{version}.bak")
    shutil.copy2(database, backup)
    wal = database.with_name("salon.db-wal")
    if wal.exists():
        shutil.copy2(wal, backup.with_name(backup.name + "-wal"))  # SQLite finds it beside the copy
    return backup


def swap(install_dir: Path, staged_dir: Path) -> None:
    """Rename the staged version into place, keeping the running one as `.previous`; undo on failure."""
    previous = install_dir.with_name(install_dir.name + PREVIOUS_SUFFIX)
    shutil.rmtree(previous, ignore_errors=True)
    (staged_dir / ".complete").unlink()
    install_dir.rename(previous)
    try:
        staged_dir.rename(install_dir)
    except OSError:
        previous.rename(install_dir)
        raise


def clean_leftovers(channel: Channel) -> None:
    """After a successful start: the kept previous version and any half-staged folder go."""
    shutil.rmtree(channel.previous_dir, ignore_errors=True)
    if not (channel.staged_dir / ".complete").exists():
        shutil.rmtree(channel.staged_dir, ignore_errors=True)


def install_pending(channel: Channel, home: Path) -> Installed | None:
    """Install a staged update now: back up the database, swap folders. On any failure the staged copy is
    dropped (the next daily check fetches it again) and the running version stays. The caller restarts."""
    ready = pending(channel)
    if ready is None:
        clean_leftovers(channel)
        return None
    channel.pending_file.unlink()
    try:
        backup = backup_database(home, ready.version)
        swap(channel.install_dir, channel.staged_dir)
    except OSError:
        log.exception("update to %s failed; keeping %s", ready.version, channel.current_version)
        shutil.rmtree(channel.staged_dir, ignore_errors=True)
        return None
    return Installed(ready.version, backup)


def home_from_argv(argv: list[str]) -> Path:
    from desktop.paths import home_dir

    explicit = None
    for index, arg in enumerate(argv):
        if arg == "--home" and index + 1 < len(argv):
            explicit = argv[index + 1]
        elif arg.startswith("--home="):
            explicit = arg.split("=", 1)[1]
    return home_dir(explicit)


def at_start(argv: list[str]) -> None:
    """Run by the frozen app's runtime hook before anything else: install a staged update and restart
    into it. Never raises: whatever happens, the app goes on starting."""
    try:
        channel, _ = channel_for_this_copy()
        if channel is None or pending(channel) is None:
            if channel is not None:
                clean_leftovers(channel)
            return
        home = home_from_argv(argv[1:])
        if sys.platform == "win32":  # a running program's folder cannot be renamed on Windows
            ready = pending(channel)
            channel.pending_file.unlink()
            backup_database(home, ready.version)
            _hand_over_to_script(channel, argv[1:])
            return
        if install_pending(channel, home) is not None:
            env = dict(os.environ, PYINSTALLER_RESET_ENVIRONMENT="1")
            os.execve(sys.executable, [sys.executable, *argv[1:]], env)
    except Exception:  # noqa: BLE001 (never stop the app from starting)
        log.exception("installing the staged update failed; starting the current version")


WINDOWS_SCRIPT = r"""@echo off
rem Salon Desk update: wait for the app to close, swap folders (undo on failure), start the app again.
set "APP={app}"
set "NEW={new}"
set "OLD={old}"
set tries=0
:wait
tasklist /FI "PID eq {pid}" 2>NUL | find "{pid}" >NUL
if errorlevel 1 goto swap
set /a tries+=1
if %tries% GEQ 60 goto start
ping -n 2 127.0.0.1 >NUL
goto wait
:swap
if exist "%OLD%" rmdir /s /q "%OLD%"
del "%NEW%\.complete" >NUL 2>&1
move "%APP%" "%OLD%" >NUL || goto start
move "%NEW%" "%APP%" >NUL || move "%OLD%" "%APP%" >NUL
:start
start "" "%APP%\{exe}" {args}
(goto) 2>nul & del "%~f0"
"""


def windows_script(channel: Channel, pid: int, exe_name: str, args: list[str]) -> str:
    quoted = subprocess.list2cmdline(args).replace("%", "%%")
    return WINDOWS_SCRIPT.format(app=channel.install_dir, new=channel.staged_dir, old=channel.previous_dir,
                                 pid=pid, exe=exe_name, args=quoted)


def _hand_over_to_script(channel: Channel, args: list[str]) -> None:
    handle, name = tempfile.mkstemp(prefix="salon-desk-update-", suffix=".cmd")
    os.close(handle)
    script = Path(name)
    # cmd.exe reads a script in the console's OEM code page (cp850 in France): paths with accents stay right.
    script.write_text(windows_script(channel, os.getpid(), Path(sys.executable).name, args), encoding="oem")
    env = dict(os.environ, PYINSTALLER_RESET_ENVIRONMENT="1")
    subprocess.Popen(["cmd.exe", "/c", str(script)], env=env, close_fds=True,
                     creationflags=subprocess.CREATE_NO_WINDOW | subprocess.DETACHED_PROCESS)
    sys.exit(0)
