"""Where a salon's files live. One place, with overrides (--home, SALON_DESK_HOME)."""
from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "SalonDesk"


def home_dir(explicit: str | os.PathLike | None = None) -> Path:
    if explicit:
        return Path(explicit).expanduser().resolve()
    env = os.environ.get("SALON_DESK_HOME")
    if env:
        return Path(env).expanduser().resolve()
    return platformdirs.user_data_path(APP_NAME, appauthor=False)


@dataclass(frozen=True)
class Layout:
    home: Path

    @property
    def database(self) -> Path:
        return self.home / "salon.db"

    @property
    def keyinfo(self) -> Path:
        """Key id, key fingerprint and the key wrapped under the recovery code (no secret in clear)."""
        return self.home / "salon-desk.json"

    def database_files(self) -> list[Path]:
        db = self.database
        return [db, db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm")]


def make_private(layout: Layout) -> None:
    """The data folder readable by this user only (0700), and the database files and key information too (0600).
    POSIX only: on Windows the user's profile folder already is."""
    if os.name != "posix" or not layout.home.is_dir():
        return
    if stat.S_IMODE(layout.home.stat().st_mode) != 0o700:
        os.chmod(layout.home, 0o700)
    for path in (*layout.database_files(), layout.keyinfo, *layout.home.glob(f"{layout.database.name}.v*.bak")):
        try:
            if stat.S_IMODE(path.stat().st_mode) != 0o600:
                os.chmod(path, 0o600)
        except FileNotFoundError:
            continue
