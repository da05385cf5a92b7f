"""Seeding helpers shared by GUI tests and the benchmark (kept tiny and tested)."""
from __future__ import annotations

from bench.seed import client_rows, seed_clients  # noqa: F401  (re-exported for tests)


def test_seed_is_deterministic_and_searchable(owner):
    rows = list(client_rows(30))
    again = list(client_rows(30))
    assert [{**r, "created_at": "", "updated_at": ""} for r in rows] == \
        [{**r, "created_at": "", "updated_at": ""} for r in again], "the same seed gives the same clients"
    seed_clients(owner, 30)
    assert owner.clients.count() == 30
    first = rows[0]
    wanted = sum(1 for r in rows if r["last_name"].split()[0].split("-")[0] == first["last_name"].split()[0].split("-")[0]
                 and r["first_name"] == first["first_name"])
    found = owner.clients.rows(owner.clients.search(f"{first['first_name']} {first['last_name']}"))
    assert found and len(found) <= wanted
    assert all(r["first_name"] == first["first_name"] for r in found)
