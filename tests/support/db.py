"""Tests look at the database behind a Desk directly (screens never can: see tests/test_layering.py)."""
from __future__ import annotations


def store_of(desk):
    return desk._kernel.store  # noqa: SLF001


def conn_of(desk):
    return desk._kernel.conn  # noqa: SLF001
