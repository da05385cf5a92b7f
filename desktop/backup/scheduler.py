"""The daily backup while the app is open, and "back up now".

An APScheduler BackgroundScheduler looks every 15 minutes (the first time a minute after start) whether today's
backup is missing, and if so backs up as the system principal on a connection of its own, on the scheduler's
thread: never the GUI thread. One backup runs at a time; asking while one runs waits for that one. Everything the
GUI needs comes through one callback, `on_event(kind, payload)`, called on the scheduler's thread (the GUI re-posts
it to its own thread: ui/backup/runner.py):

    "status"    config.Status (after start, after each backup, and at each check)
    "started"   None
    "progress"  (done, total, label): label is a source string in the "Backup" context; at most every 100 ms
    "done"      the backup's result (path, bytes, fingerprint, verified, ...)
    "failed"    the error (a SalonError is one plain line; anything else is a bug, logged with its traceback)
    "cancelled" None

Qt-free.
"""
from __future__ import annotations

import logging
import threading
import time
from datetime import datetime, timedelta, timezone
from typing import Any, Callable

from apscheduler.jobstores.base import JobLookupError
from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.schedulers.base import STATE_STOPPED
from apscheduler.triggers.date import DateTrigger
from apscheduler.triggers.interval import IntervalTrigger

from desktop.backup import config as configs
from desktop.kernel.progress import Cancelled, Progress
from desktop.paths import Layout
from storage.errors import SalonError

logger = logging.getLogger("salon_desk.backup")
CHECK_EVERY = timedelta(minutes=15)
FIRST_CHECK = timedelta(minutes=1)
PROGRESS_EVERY = 0.1  # seconds between two progress events

OnEvent = Callable[[str, Any], None]



class _Scheduler(BackgroundScheduler):
    """APScheduler 3 empties its job stores when it shuts down; a one-shot job that just ran is then missing when
    the scheduler's own thread removes it, and that thread died with JobLookupError (a crash report at closing).
    Only that race is forgiven."""

    def remove_job(self, job_id, jobstore=None):
        try:
            super().remove_job(job_id, jobstore)
        except JobLookupError:
            if self.state != STATE_STOPPED:
                raise

class _Reporting(Progress):
    def __init__(self, on_event: OnEvent) -> None:
        super().__init__()
        self._on_event = on_event
        self._last = 0.0
        self._label: str | None = None

    def update(self, done: int, total: int = 0, label: str | None = None) -> None:
        super().update(done, total, label)
        now = time.monotonic()
        if label != self._label or now - self._last >= PROGRESS_EVERY or (total and done >= total):
            self._last, self._label = now, label
            self._on_event("progress", self.snapshot())


class BackupScheduler:
    def __init__(self, open_desk: Callable[[], Any], layout: Layout, on_event: OnEvent, *,
                 check_every: timedelta = CHECK_EVERY, first_check: timedelta = FIRST_CHECK) -> None:
        """`open_desk()` gives a system Desk on its own connection (Salon.system_worker), closed after each use."""
        self._open_desk, self._layout, self._on_event = open_desk, layout, on_event
        self._check_every, self._first_check = check_every, first_check
        self._scheduler = _Scheduler(timezone=timezone.utc, job_defaults={
            "coalesce": True, "max_instances": 1, "misfire_grace_time": None})
        self._lock = threading.Lock()
        self._running: _Reporting | None = None
        self._waiting: list[threading.Event] = []

    # -- what the app calls ---------------------------------------------------------------------------------
    def start(self) -> None:
        now = datetime.now(timezone.utc)
        # Trigger objects, not names: names are looked up in package metadata a frozen build may not carry.
        self._scheduler.add_job(self._check, IntervalTrigger(seconds=self._check_every.total_seconds()),
                                next_run_time=now + self._first_check, id="daily-backup")
        self._scheduler.start()
        self.refresh()

    def refresh(self) -> None:
        """Report the status soon (it may look at a network folder: never on the caller's thread)."""
        self._scheduler.add_job(self._report_status, DateTrigger(datetime.now(timezone.utc)))

    def run_now(self) -> threading.Event:
        """Back up at once (or join the backup already running); the event is set when it is over."""
        finished = threading.Event()
        with self._lock:
            self._waiting.append(finished)
        self._scheduler.add_job(self._backup, DateTrigger(datetime.now(timezone.utc)))
        return finished

    def due(self) -> bool:
        """Today's backup is missing and the folder is there (the check done before closing)."""
        return configs.status(self._layout).due

    @property
    def running(self) -> bool:
        return self._running is not None

    def cancel(self) -> None:
        running = self._running
        if running is not None:
            running.cancel()

    def shutdown(self) -> None:
        """Stop: a running backup is asked to cancel (no half file is ever left under a backup name)."""
        self.cancel()
        if self._scheduler.running:
            self._scheduler.shutdown(wait=True)
        with self._lock:
            waiting, self._waiting = self._waiting, []
        for event in waiting:
            event.set()

    # -- on the scheduler's thread ------------------------------------------------------------------------------
    def _report_status(self) -> None:
        try:
            self._on_event("status", configs.status(self._layout))
        except Exception:  # noqa: BLE001 (a status that cannot be read must not stop the scheduler)
            logger.exception("backup status")

    def _check(self) -> None:
        if not self.running and configs.status(self._layout).due:
            self._backup()
        else:
            self._report_status()

    def _backup(self) -> None:
        with self._lock:
            if self._running is not None:
                return  # the backup already running sets this request's event when it ends
            progress = self._running = _Reporting(self._on_event)
        try:
            self._on_event("started", None)
            desk = self._open_desk()
            try:
                result = desk.backups.create(progress=progress)
            finally:
                desk.close()
            self._on_event("done", result)
        except Cancelled:
            self._on_event("cancelled", None)
        except SalonError as exc:
            logger.info("Backup failed: %s", exc)
            self._on_event("failed", exc)
        except Exception as exc:  # noqa: BLE001 (a bug: logged with its traceback, shown as the crash dialog)
            logger.exception("backup")
            self._on_event("failed", exc)
        finally:
            with self._lock:
                self._running = None
                waiting, self._waiting = self._waiting, []
            self._report_status()
            for event in waiting:
                event.set()
