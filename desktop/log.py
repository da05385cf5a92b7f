"""The app's log file, in the salon's folder: what went wrong and where in our code, never client data.

`<home>/logs/salon-desk.log`, rotated at 1 MB with 5 old files kept, readable by this user only. Messages
keep numbers and record ids and lose every other argument; tracebacks keep the frames and the exception's
type but not its message, since a message can quote what was typed (a name, an email, a note). SQLCipher's own
log (page numbers and error codes) is routed into the same file. A log that cannot be written (a full disk) is
skipped silently: it never turns into an error of its own.
Qt-free: the app sets it up at start (desktop/gui.py); the CLI too (desktop/cli/__init__.py).
"""
from __future__ import annotations

import logging
import os
import re
import traceback
from enum import Enum
from logging.handlers import RotatingFileHandler
from pathlib import Path

from desktop.paths import Layout
from storage import db
from storage.errors import SalonError

MAX_BYTES = 1_000_000
BACKUPS = 5
FORMAT = "%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s"
REDACTED = "[redacted]"
_ID = re.compile(r"^(?:[0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}|[0-9a-f]{64})$")  # uuid, sha-256

_handler: RotatingFileHandler | None = None
_previous_level: int | None = None


class Plain(str):
    """A log argument known to hold no personal data (a version, an action code): kept as it is."""


def describe(exc: BaseException) -> str:
    """An exception's type, and for our own errors the untranslated template without its values."""
    kind = type(exc)
    name = kind.__qualname__ if kind.__module__ == "builtins" else f"{kind.__module__}.{kind.__qualname__}"
    if isinstance(exc, SalonError):
        return f"{name}: {exc.template}"
    if isinstance(exc, OSError) and exc.errno:
        return f"{name} [errno {exc.errno}]"
    return name


def format_exception(exc: BaseException) -> str:
    """Like traceback.format_exception, with each message replaced by describe() (file names included)."""
    chain, seen = [], set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        chain.append(exc)
        exc = exc.__cause__ or (None if exc.__suppress_context__ else exc.__context__)
    parts = []
    for index, item in enumerate(reversed(chain)):
        if index:
            parts.append("\nThe above exception led to the following one:\n\n")
        parts.append("Traceback (most recent call last):\n")
        parts.extend(traceback.format_list(traceback.extract_tb(item.__traceback__)))
        parts.append(describe(item) + " (message withheld)\n")
    return "".join(parts).rstrip("\n")


def _safe(value: object) -> object:
    if value is None or isinstance(value, (bool, int, float, Plain, Enum)):
        return value
    if isinstance(value, str) and _ID.match(value):
        return value
    if isinstance(value, BaseException):
        return describe(value)
    return REDACTED


class RedactArgs(logging.Filter):
    """Keep a record's format string (our code) and drop any argument that could be client data."""

    def filter(self, record: logging.LogRecord) -> bool:
        if not isinstance(record.msg, str):
            record.msg, record.args = f"{REDACTED} {type(record.msg).__name__}", ()
        elif isinstance(record.args, dict):
            record.args = {key: _safe(value) for key, value in record.args.items()}
        elif record.args:
            record.args = tuple(_safe(value) for value in record.args)
        return True


class SafeFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        record.exc_text = None  # never reuse a traceback another handler formatted with its messages
        return super().format(record)

    def formatException(self, ei) -> str:  # noqa: N802 (logging API)
        return format_exception(ei[1]) if ei and ei[1] is not None else ""


class PrivateFileHandler(RotatingFileHandler):
    """Every file it opens, rotated ones included, is created readable and writable by this user only."""

    def _open(self):
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        os.chmod(self.baseFilename, 0o600)
        return open(fd, self.mode, encoding=self.encoding, errors=self.errors)  # noqa: SIM115 (the handler closes it)

    def close(self) -> None:
        """Close even when what is buffered cannot be written (a full disk): those lines are lost, the file is
        closed all the same (else its folder's disk could not be unmounted, and the error would surface later)."""
        stream = self.stream
        try:
            super().close()
        except OSError:
            raw = getattr(getattr(stream, "buffer", None), "raw", None)
            if raw is not None:
                raw.close()
            self.stream = None

    def doRollover(self) -> None:  # noqa: N802 (logging API)
        super().doRollover()
        db.route_cipher_log(Path(self.baseFilename))  # SQLCipher follows the new file, not the renamed one


def log_file(layout: Layout) -> Path:
    return layout.home / "logs" / "salon-desk.log"


def setup(layout: Layout, level: int = logging.INFO) -> Path:
    """Send the root logger's records to the salon's log file (again: replaces the previous file)."""
    global _handler, _previous_level
    path = log_file(layout)
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    os.chmod(path.parent, 0o700)
    handler = PrivateFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8")
    handler.addFilter(RedactArgs())
    handler.setFormatter(SafeFormatter(FORMAT))
    root = logging.getLogger()
    close()
    _previous_level = root.level
    root.setLevel(level)
    root.addHandler(handler)
    _handler = handler
    logging.raiseExceptions = False  # a full disk must not print logging's own traceback to the terminal
    db.route_cipher_log(path)
    return path


def flush_cipher_log() -> None:
    """Write out what SQLCipher logged so far (it buffers): after verify, after a fault."""
    if _handler is not None:
        db.route_cipher_log(Path(_handler.baseFilename))


def current_file() -> Path | None:
    """The file set up by setup(), if any."""
    return Path(_handler.baseFilename) if _handler is not None else None


def close() -> None:
    global _handler
    if _handler is None:
        return
    root = logging.getLogger()
    root.removeHandler(_handler)
    _handler.close()
    db.route_cipher_log(None)
    if _previous_level is not None:
        root.setLevel(_previous_level)
    _handler = None
