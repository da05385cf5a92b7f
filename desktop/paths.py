"""Where a salon's files live. One place, with overrides (--home, SALON_DESK_HOME)."""
from __future__ import annotations

import os
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
