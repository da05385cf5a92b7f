"""Seeding helpers shared by GUI tests and the benchmark (kept tiny and tested)."""
from __future__ import annotations

from bench.seed import seed_clients  # noqa: F401  (re-exported for tests)


def test_seed_is_deterministic_and_searchable(owner):
    seed_clients(owner, 30)
    assert owner.clients.count() == 30
    assert owner.clients.search("dup") or owner.clients.search("mar")
