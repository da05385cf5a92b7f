"""Numbered migrations on PRAGMA user_version, one transaction, backup first."""
from __future__ import annotations

import os
import re
import shutil
from importlib import resources
from pathlib import Path

from storage.errors import QT_TRANSLATE_NOOP, StorageError

_NAME = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")


def ladder() -> list[tuple[int, str, str]]:
    """(number, file name, sql) for every migration, in order."""
    steps = []
    for entry in resources.files("storage.migrations").iterdir():
        match = _NAME.match(entry.name)
        if match:
            steps.append((int(match.group(1)), entry.name, entry.read_text(encoding="utf-8")))
    steps.sort()
    numbers = [n for n, _, _ in steps]
    if numbers != list(range(1, len(steps) + 1)):
        raise RuntimeError(f"migrations must be numbered 1..n without gaps: {numbers}")
    return steps


def latest() -> int:
    return len(ladder())


def backup_path(path: Path, version: int) -> Path:
    return path.with_name(f"{path.name}.v{version}.bak")


def upgrade(conn, path: Path) -> None:
    current = conn.execute("PRAGMA user_version").fetchone()[0]
    steps = ladder()
    newest = len(steps)
    if current > newest:
        raise StorageError(QT_TRANSLATE_NOOP(
            "Messages",
            "This database was written by a newer Salon Desk (schema {found}; this version reads up to {newest}). "
            "Install the newer version; nothing was changed."), found=current, newest=newest)
    if current == newest:
        return
    if current > 0:
        _backup(conn, Path(path), current)
    script = ["BEGIN EXCLUSIVE;"]
    script += [sql for number, _, sql in steps if number > current]
    script.append(f"PRAGMA user_version = {newest};")
    script.append("COMMIT;")
    try:
        conn.executescript("\n".join(script))
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise


def _backup(conn, path: Path, version: int) -> None:
    """Copy the (still encrypted) file before touching its schema."""
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    target = backup_path(path, version)
    tmp = target.with_name(target.name + ".tmp")
    shutil.copyfile(path, tmp)
    with open(tmp, "rb+") as handle:
        os.fsync(handle.fileno())
    os.replace(tmp, target)
