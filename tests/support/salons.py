"""Helpers for property tests: a fresh salon per example, and the whole database as comparable data."""
from __future__ import annotations

import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from desktop import salon as salons, setup
from desktop.desk import Desk
from desktop.paths import Layout
from desktop.store import Store

OWNER_PASSWORD = "velours et ciseaux dorés"  # the same as tests/conftest.py


@contextmanager
def fresh_salon() -> Iterator[tuple[Store, Desk]]:
    """A new salon in its own folder, and its owner 'claire' signed in. Hypothesis examples cannot share
    pytest's function-scoped fixtures, so each example makes its own (Argon2 is cheap under conftest)."""
    with tempfile.TemporaryDirectory(prefix="salon-") as home:
        store, _ = setup.init_salon(Layout(Path(home) / "home"), salon_name="Atelier Lumière", owner_login="claire",
                                    owner_password=OWNER_PASSWORD, owner_name="Claire Martin")
        try:
            yield store, salons.login(store, "claire", OWNER_PASSWORD)
        finally:
            store.close()


def tables(conn) -> list[str]:
    """Every table, the search index and its shadow tables included."""
    return [row[0] for row in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]


def database_state(conn) -> dict[str, list[tuple]]:
    """Every row of every table (rowids too), sorted: equal states mean nothing was written."""
    state = {}
    for table in tables(conn):
        if table == "client_search":  # contentless: only its rowids are readable; its shadow tables hold the rest
            rows = conn.execute("SELECT rowid FROM client_search").fetchall()
        else:
            try:
                rows = conn.execute(f"SELECT rowid, * FROM {table}").fetchall()
            except Exception:  # noqa: BLE001 (WITHOUT ROWID tables)
                rows = conn.execute(f"SELECT * FROM {table}").fetchall()
        state[table] = sorted(rows, key=repr)
    return state
