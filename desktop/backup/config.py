"""Where this PC's backups go and how many are kept, and how the last backup went.

Per-PC configuration: a USB drive or a NAS is mounted on this PC and not on the others, so the folder lives in
a small file beside the database (`backup.json`), never in a synced setting. The last outcome (`backup-state.json`)
feeds the main window's memo without listing a folder that may be a slow network drive. Both files hold paths,
times and counts, never client data, and are written atomically. Qt-free.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from desktop.paths import Layout
from desktop.timefmt import SALON_ZONE
from storage import atomic, timeutil
from storage.errors import QT_TRANSLATE_NOOP, InputError, SalonError

CONFIG_FILE = "backup.json"
STATE_FILE = "backup-state.json"
DEFAULT_FOLDER = "backups"      # inside the salon folder: same PC, so it protects against mistakes only
STALE_DAYS = 3                  # the memo appears when the last good backup is older than this
RETRY_AFTER = timedelta(hours=1)  # the automatic backup waits this long after a failure

KEEP_DEFAULTS = {"daily": 7, "weekly": 4, "monthly": 12}
KEEP_BOUNDS = {"daily": (1, 31), "weekly": (0, 52), "monthly": (0, 24)}
KEEP_MESSAGE = QT_TRANSLATE_NOOP(
    "Messages", "Keep between 1 and 31 daily, 0 and 52 weekly, and 0 and 24 monthly backups.")


@dataclass(frozen=True)
class Config:
    folder: Path | None = None   # None: the default folder on this PC
    daily: int = KEEP_DEFAULTS["daily"]
    weekly: int = KEEP_DEFAULTS["weekly"]
    monthly: int = KEEP_DEFAULTS["monthly"]

    def destination(self, layout: Layout) -> Path:
        return self.folder if self.folder is not None else layout.home / DEFAULT_FOLDER

    def on_this_pc(self, layout: Layout) -> bool:
        """The default folder, or any folder inside the salon's own: lost with the PC."""
        destination = self.destination(layout).resolve()
        return destination == layout.home.resolve() or layout.home.resolve() in destination.parents

    def keep(self) -> dict[str, int]:
        return {"daily": self.daily, "weekly": self.weekly, "monthly": self.monthly}


def check_keep(daily: int, weekly: int, monthly: int) -> None:
    for name, value in (("daily", daily), ("weekly", weekly), ("monthly", monthly)):
        low, high = KEEP_BOUNDS[name]
        if not isinstance(value, int) or not low <= value <= high:
            raise InputError(KEEP_MESSAGE)


def load(layout: Layout) -> Config:
    """This PC's backup configuration (the defaults when there is none, or when the file is unreadable)."""
    try:
        data = json.loads((layout.home / CONFIG_FILE).read_text(encoding="utf-8"))
        folder = Path(data["folder"]) if data.get("folder") else None
        config = Config(folder, *(int(data.get(name, KEEP_DEFAULTS[name])) for name in ("daily", "weekly", "monthly")))
        check_keep(config.daily, config.weekly, config.monthly)
        return config
    except (OSError, ValueError, KeyError, TypeError, InputError):
        return Config()


def save(layout: Layout, config: Config) -> None:
    check_keep(config.daily, config.weekly, config.monthly)
    data = {"folder": str(config.folder) if config.folder is not None else None, **config.keep()}
    atomic.write_text(layout.home / CONFIG_FILE, json.dumps(data, indent=2, ensure_ascii=False))


def with_changes(config: Config, *, folder: Path | None, daily: int | None, weekly: int | None,
                 monthly: int | None) -> Config:
    changes: dict[str, Any] = {"folder": folder}
    for name, value in (("daily", daily), ("weekly", weekly), ("monthly", monthly)):
        if value is not None:
            changes[name] = value
    return replace(config, **changes)


# -- the last outcome ----------------------------------------------------------------------------------------

def read_state(layout: Layout) -> dict[str, Any]:
    try:
        data = json.loads((layout.home / STATE_FILE).read_text(encoding="utf-8"))
        return data if isinstance(data, dict) else {}
    except (OSError, ValueError):
        return {}


def _write_state(layout: Layout, state: dict[str, Any]) -> None:
    try:
        atomic.write_text(layout.home / STATE_FILE, json.dumps(state, indent=2, ensure_ascii=False))
    except OSError:
        pass  # a full or read-only salon folder: the memo then goes by the older state


def record_success(layout: Layout, result: dict[str, Any]) -> None:
    state = read_state(layout)
    state["last_ok"] = {key: result[key] for key in ("at", "path", "bytes", "fingerprint")}
    state.pop("last_error", None)
    _write_state(layout, state)


def record_failure(layout: Layout, error: BaseException) -> None:
    """Keep the failure as its source message and parameters, so the memo can show it in the reader's language."""
    state = read_state(layout)
    if isinstance(error, SalonError):
        failure = {"template": error.template, "params": {k: str(v) for k, v in error.params.items()}}
    else:
        failure = {"template": QT_TRANSLATE_NOOP("Messages", "The backup stopped on an unexpected error ({reason})."),
                   "params": {"reason": type(error).__name__}}
    state["last_error"] = {"at": timeutil.iso(timeutil.now()), **failure}
    _write_state(layout, state)


@dataclass(frozen=True)
class Status:
    """What the memo needs; computed off the GUI thread (the folder may be a slow network drive)."""
    folder: Path
    folder_missing: bool
    on_this_pc: bool
    last_ok_at: datetime | None
    last_error: SalonError | None
    last_error_at: datetime | None
    now: datetime

    @property
    def age_days(self) -> int | None:
        return None if self.last_ok_at is None else (self.now - self.last_ok_at).days

    @property
    def stale(self) -> bool:
        return self.last_ok_at is None or self.now - self.last_ok_at > timedelta(days=STALE_DAYS)

    @property
    def needs_memo(self) -> bool:
        return self.folder_missing or self.stale

    @property
    def done_today(self) -> bool:
        return self.last_ok_at is not None and \
            self.last_ok_at.astimezone(SALON_ZONE).date() == self.now.astimezone(SALON_ZONE).date()

    @property
    def due(self) -> bool:
        """Today's backup is missing, the folder is there, and no attempt failed within the hour."""
        recent_failure = self.last_error_at is not None and self.now - self.last_error_at < RETRY_AFTER
        return not self.done_today and not self.folder_missing and not recent_failure


def status(layout: Layout, now: datetime | None = None) -> Status:
    config, state = load(layout), read_state(layout)
    folder = config.destination(layout)
    ok, failed = state.get("last_ok") or {}, state.get("last_error") or {}
    error = SalonError(failed["template"], **failed.get("params", {})) if failed.get("template") else None
    return Status(
        folder=folder,
        folder_missing=config.folder is not None and not folder.is_dir(),
        on_this_pc=config.on_this_pc(layout),
        last_ok_at=timeutil.parse(ok["at"]) if ok.get("at") else None,
        last_error=error,
        last_error_at=timeutil.parse(failed["at"]) if failed.get("at") else None,
        now=now or timeutil.now(),
    )
