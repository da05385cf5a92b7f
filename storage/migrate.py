"""Numbered migrations on PRAGMA user_version, one transaction, backup first.

A step is `NNNN_name.sql`, or `NNNN_name.py` with `upgrade(conn)` where SQL alone cannot do it (hashing): both
run in the same single transaction. A Python step reaches the ledgers' MAC key through the keyed connection.
"""
from __future__ import annotations

import functools
import os
import re
import shutil
from importlib import resources
from pathlib import Path
from typing import Callable, Iterator, Union

import sqlcipher3

from storage.errors import QT_TRANSLATE_NOOP, StorageError

_NAME = re.compile(r"^(\d{4})_[a-z0-9_]+\.(sql|py)$")
Step = Union[str, Callable[[object], None]]  # SQL text, or upgrade(conn)


@functools.cache
def _python_step(name: str, source: str) -> Callable[[object], None]:
    # Read as data, like the .sql files, so the frozen app finds it where it finds them.
    namespace: dict = {"__name__": f"storage.migrations.{name[:-3]}"}
    exec(compile(source, f"storage/migrations/{name}", "exec"), namespace)  # noqa: S102 (our own file)
    return namespace["upgrade"]


def ladder() -> list[tuple[int, str, Step]]:
    """(number, file name, step) for every migration, in order."""
    steps: list[tuple[int, str, Step]] = []
    for entry in resources.files("storage.migrations").iterdir():
        match = _NAME.match(entry.name)
        if match:
            text = entry.read_text(encoding="utf-8")
            steps.append((int(match.group(1)), entry.name,
                          text if match.group(2) == "sql" else _python_step(entry.name, text)))
    steps.sort(key=lambda step: step[0])
    numbers = [n for n, _, _ in steps]
    if numbers != list(range(1, len(steps) + 1)):
        raise RuntimeError(f"migrations must be numbered 1..n without gaps: {numbers}")
    return steps


def latest() -> int:
    return len(ladder())


def backup_path(path: Path, version: int) -> Path:
    return path.with_name(f"{path.name}.v{version}.bak")


def backups(path: Path) -> list[Path]:
    """The copies made before upgrades (backup_path), oldest schema first."""
    pattern = re.compile(re.escape(path.name) + r"\.v(\d+)\.bak$")
    found = [(int(m.group(1)), p) for p in path.parent.glob(f"{path.name}.v*.bak")
             if (m := pattern.match(p.name))]
    return [p for _, p in sorted(found)]


def statements(sql: str) -> Iterator[str]:
    """One statement at a time (executescript would commit the open transaction)."""
    pending = ""
    for part in sql.split(";"):
        pending += part + ";"
        if sqlcipher3.complete_statement(pending):
            yield pending
            pending = ""
    if pending.strip(" \t\r\n;"):
        yield pending


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
    conn.execute("BEGIN EXCLUSIVE")
    try:
        for number, _, step in steps:
            if number <= current:
                continue
            if isinstance(step, str):
                for statement in statements(step):
                    conn.execute(statement)
            else:
                step(conn)
        conn.execute(f"PRAGMA user_version = {newest}")
        conn.execute("COMMIT")
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
    os.chmod(tmp, 0o600)  # as private as the database itself
    with open(tmp, "rb+") as handle:
        os.fsync(handle.fileno())
    os.replace(tmp, target)
