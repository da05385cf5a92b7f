"""Row ids: random UUIDs (version 4), and neighbouring ones for a bulk write.

An import adds 100,000 clients, each with outbox entries, field clocks and consent events, in one transaction.
With fully random ids every insert lands on a random page of each index, and once those indexes outgrow the page
cache the commit grows faster than linear. Inside `neighbours()` the ids of this thread share a random prefix and
count up in their last 48 bits, so a bulk write only ever touches the right-hand edge of each index. They stay
valid version-4 UUIDs, as unique as random ones across writes (74 random bits a block) and reveal nothing but
their order within the block.
"""
from __future__ import annotations

import itertools
import threading
import uuid
from contextlib import contextmanager
from typing import Iterator

_COUNTER_BITS = 48
_local = threading.local()


def new() -> str:
    block = getattr(_local, "block", None)
    if block is None:
        return str(uuid.uuid4())
    prefix, counter = block
    return str(uuid.UUID(int=prefix | next(counter)))


@contextmanager
def neighbours() -> Iterator[None]:
    """Within the block, this thread's new ids are neighbours (nested blocks keep the outer one)."""
    if getattr(_local, "block", None) is not None:
        yield
        return
    prefix = uuid.uuid4().int >> _COUNTER_BITS << _COUNTER_BITS  # keeps the version and variant bits
    _local.block = (prefix, itertools.count())
    try:
        yield
    finally:
        _local.block = None
