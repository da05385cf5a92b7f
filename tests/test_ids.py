"""Row ids: random version-4 UUIDs, and neighbours (one random prefix, counting up) inside a bulk write."""
from __future__ import annotations

import threading
import uuid

from storage import ids


def _v4(value: str) -> uuid.UUID:
    parsed = uuid.UUID(value)
    assert str(parsed) == value and parsed.version == 4 and parsed.variant == uuid.RFC_4122
    return parsed


def test_ids_outside_a_block_are_random():
    made = [_v4(ids.new()) for _ in range(50)]
    assert len({u.int >> 48 for u in made}) == 50


def test_neighbours_share_a_random_prefix_and_count_up_as_valid_v4_uuids():
    with ids.neighbours():
        first = [ids.new() for _ in range(1000)]
    with ids.neighbours():
        second = [ids.new() for _ in range(10)]
    assert first == sorted(first) and len(set(first)) == 1000
    assert len({_v4(i).int >> 48 for i in first}) == 1
    assert _v4(first[0]).int >> 48 != _v4(second[0]).int >> 48  # each block its own prefix
    assert _v4(ids.new()).int >> 48 not in {_v4(first[0]).int >> 48, _v4(second[0]).int >> 48}


def test_a_nested_block_keeps_the_outer_one_and_other_threads_stay_random():
    elsewhere = []
    with ids.neighbours():
        a = ids.new()
        with ids.neighbours():
            b = ids.new()
        c = ids.new()
        worker = threading.Thread(target=lambda: elsewhere.extend(ids.new() for _ in range(3)))
        worker.start()
        worker.join()
    assert a < b < c and len({uuid.UUID(i).int >> 48 for i in (a, b, c)}) == 1
    assert len({uuid.UUID(i).int >> 48 for i in elsewhere + [a]}) == 4
