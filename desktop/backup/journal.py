"""The erasure journal beside the database, kept up to date as erasures happen (the format is
storage/erasure_journal.py). Qt-free."""
from __future__ import annotations

import logging

from storage import erasure_journal

logger = logging.getLogger("salon_desk.backup")


def keep(store) -> int:
    """After an erasure commits, append its record (and any other the journal lacks), fsynced, to the journal
    beside the database. A failure is logged, never raised: the erasure is done, the database holds its record,
    and the next backup catches the journal up. Returns how many records were added."""
    try:
        return erasure_journal.catch_up(store.layout.home / erasure_journal.FILE_NAME, store.key, store.conn)
    except OSError:
        logger.warning("the erasure journal beside the database could not be written; the next backup retries")
        return 0
