"""Backup files in a folder: their names, the listing (size and fingerprint), and rotation (daily, weekly and
monthly backups kept, the rest deleted). Only files under a backup name count: a temporary file being written
has a hidden name ending in .tmp, so a backup cut short never shows up as one. Qt-free."""
from __future__ import annotations

import re
import shutil
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from desktop.timefmt import SALON_ZONE
from storage import backup_file, timeutil
from storage.text import fold

SUFFIX = backup_file.SUFFIX
TEMP_SUFFIX = ".tmp"
STALE_TEMP_SECONDS = 3600  # a temporary file untouched this long belongs to a backup that was killed


def slug(salon: str) -> str:
    """'Atelier Lumière' -> 'atelier-lumiere' (a file name any drive accepts)."""
    text = re.sub(r"[^a-z0-9]+", "-", fold(salon)).strip("-")
    return text[:40].strip("-") or "salon"


def file_name(salon: str, moment: datetime) -> str:
    local = moment.astimezone(SALON_ZONE)
    return f"{slug(salon)}_{local:%Y-%m-%d_%H-%M-%S}{SUFFIX}"


def free_name(folder: Path, salon: str, moment: datetime) -> Path:
    """The backup's name, never one already taken (a backup is never overwritten)."""
    path = folder / file_name(salon, moment)
    n = 2
    while path.exists():
        path = folder / f"{path.name[:-len(SUFFIX)].rsplit('~', 1)[0]}~{n}{SUFFIX}"
        n += 1
    return path


def temp_name(final: Path, token: str) -> Path:
    return final.with_name(f".{final.name}.{token}{TEMP_SUFFIX}")


def is_backup_name(name: str) -> bool:
    return name.endswith(SUFFIX) and not name.startswith(".")


@dataclass(frozen=True)
class Entry:
    path: Path
    bytes: int
    header: backup_file.Header | None   # None: not readable as a backup
    problem: str = ""

    @property
    def created_at(self) -> datetime | None:
        return timeutil.parse(self.header["created_at"]) if self.header else None

    def as_dict(self) -> dict[str, Any]:
        header = self.header
        return {"path": str(self.path), "name": self.path.name, "bytes": self.bytes,
                "created_at": header["created_at"] if header else None,
                "fingerprint": backup_file.recorded_fingerprint(self.path) if header else "",
                "salon": header.get("salon") if header else None,
                "app_version": header.get("app_version") if header else None,
                "schema": header.schema if header else None,
                "key_id": header["key_id"] if header else None,
                "problem": self.problem}


def listing(folder: Path) -> list[Entry]:
    """Every file under a backup name in `folder`, newest first (unreadable ones last, with their problem)."""
    entries = []
    for path in Path(folder).iterdir():
        if not is_backup_name(path.name) or not path.is_file():
            continue
        try:
            header, problem = backup_file.read_header(path), ""
        except backup_file.BackupError as exc:
            header, problem = None, exc.message()
        entries.append(Entry(path, path.stat().st_size, header, problem))
    return sorted(entries, key=lambda e: (e.header is not None, e.header["created_at"] if e.header else "",
                                         e.path.name), reverse=True)


def to_keep(moments: list[datetime], daily: int, weekly: int, monthly: int) -> set[datetime]:
    """Grandfather-father-son: the newest backup of each of the last `daily` days, `weekly` ISO weeks and
    `monthly` months that have a backup (salon time). The newest backup is always kept."""
    ordered = sorted(moments, reverse=True)
    keep: set[datetime] = set(ordered[:1])
    periods = ((daily, lambda d: d.date()), (weekly, lambda d: d.isocalendar()[:2]),
               (monthly, lambda d: (d.year, d.month)))
    for count, period in periods:
        seen: list = []
        for moment in ordered:
            key = period(moment.astimezone(SALON_ZONE))
            if key in seen:
                continue
            if len(seen) == count:
                break
            seen.append(key)
            keep.add(moment)
    return keep


def rotate(folder: Path, key_id: str, *, daily: int, weekly: int, monthly: int, keep_path: Path) -> list[Path]:
    """Delete this salon's backups (same key) that rotation no longer keeps; never `keep_path`, never another
    salon's file, never one that cannot be read. Returns what was deleted."""
    ours = [e for e in listing(folder) if e.header is not None and e.header["key_id"] == key_id]
    kept = to_keep([e.created_at for e in ours], daily, weekly, monthly)
    deleted = []
    for entry in ours:
        if entry.created_at in kept or entry.path == keep_path:
            continue
        try:
            entry.path.unlink()
            deleted.append(entry.path)
        except OSError:
            continue  # tried again after the next backup
    return deleted


def clean_stale(folder: Path, pattern: str) -> None:
    """Remove leftovers (temporary files of a backup that was killed) older than an hour."""
    limit = time.time() - STALE_TEMP_SECONDS
    try:
        found = list(Path(folder).glob(pattern))
    except OSError:
        return
    for path in found:
        try:
            if path.stat().st_mtime < limit:
                if path.is_dir():
                    shutil.rmtree(path, ignore_errors=True)
                else:
                    path.unlink()
        except OSError:
            continue


def describe(path: Path | str) -> tuple[str, str]:
    """The salon's name and the backup's time, from its header (no key needed)."""
    header = backup_file.read_header(Path(path))
    return str(header.get("salon", "")), str(header["created_at"])
