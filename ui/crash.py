"""Bugs: logged with their traceback, then shown as a plain dialog that says where the log file is.

install() routes sys.excepthook and threading.excepthook here; report() serves the operation runner. The
dialog goes through the dialog service (tests replace it) and never shows a traceback: the log has it.
"""
from __future__ import annotations

import logging
import sys
import threading
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop import __version__, faults, log
from desktop.kernel.errors import SalonError
from ui import dialogs as dialog_module
from ui.dialogs import message_of

logger = logging.getLogger("salon_desk.crash")
_showing = False


def report(exc: BaseException, parent: QWidget | None = None) -> None:
    """Log `exc` with its traceback and show the crash dialog (GUI thread; one dialog at a time). A fault of the
    disk or of the database file (a full disk, a damaged page) is no bug: it is one plain line instead."""
    global _showing
    plain = faults.expected(exc)
    if isinstance(plain, SalonError):
        logger.warning("Stopped by a fault", exc_info=(type(exc), exc, exc.__traceback__))
        dialog_module.dialogs.error(parent, message_of(plain))
        return
    logger.error("Unexpected error", exc_info=(type(exc), exc, exc.__traceback__))
    if _showing:
        return
    _showing = True
    try:
        dialog_module.dialogs.crash(parent, log.describe(exc), log.current_file())
    finally:
        _showing = False


class _Relay(QObject):
    """Carries an exception from any thread to the GUI thread, after the failing call has unwound."""

    raised = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.raised.connect(self._report, Qt.ConnectionType.QueuedConnection)

    def _report(self, exc: BaseException) -> None:
        report(exc)


_relay: _Relay | None = None


def _post(exc: BaseException) -> None:
    if _relay is None:
        logger.error("Unexpected error", exc_info=(type(exc), exc, exc.__traceback__))
        return
    _relay.raised.emit(exc)


def excepthook(kind, exc, tb) -> None:
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, exc, tb)
        return
    _post(exc if exc.__traceback__ is not None else exc.with_traceback(tb))


def thread_excepthook(args: threading.ExceptHookArgs) -> None:
    if args.exc_value is not None and not issubclass(args.exc_type, SystemExit):
        _post(args.exc_value)


_previous: tuple = ()


def install() -> None:
    """Route uncaught exceptions, from any thread, to report(). Call on the GUI thread, once the app exists."""
    global _relay, _previous
    _relay = _Relay()
    _previous = (sys.excepthook, threading.excepthook)
    sys.excepthook = excepthook
    threading.excepthook = thread_excepthook


def uninstall() -> None:
    """Put back the hooks install() replaced."""
    global _relay
    if _previous:
        sys.excepthook, threading.excepthook = _previous
    _relay = None


class CrashDialog(QDialog):
    def __init__(self, error: str, log_path: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.error, self.log_path = error, log_path
        self.setWindowTitle(self.tr("Salon Desk: something unexpected happened"))
        self.setMinimumWidth(520)
        heading = QLabel(self.tr("Something unexpected happened."))
        heading.setObjectName("clientName")
        body = QLabel(self.tr("Salon Desk ran into a problem it did not expect. Everything that was saved is safe; "
                              "what was being typed or done at that moment may need doing again."))
        body.setWordWrap(True)
        where = QLabel(self.tr("The details are written in the log file (it holds no client data):")
                       if log_path else self.tr("No log file is kept on this computer."))
        where.setWordWrap(True)
        self.path_label = QLabel(str(log_path) if log_path else "")
        self.path_label.setObjectName("logPath")
        self.path_label.setWordWrap(True)
        self.path_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.path_label.setVisible(log_path is not None)
        hint = QLabel(self.tr("If it happens again, send this file to whoever looks after your Salon Desk."))
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.copy_button = QPushButton(self.tr("Copy details"))
        self.copy_button.clicked.connect(self.copy_details)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        if log_path is not None:
            self.open_button = QPushButton(self.tr("Open folder"))
            self.open_button.clicked.connect(self.open_folder)
            buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        for widget in (heading, body, where, self.path_label, hint):
            layout.addWidget(widget)
        layout.addWidget(buttons)

    def details(self) -> str:
        """What "Copy details" copies: version, error type, the log file, the time. No client data."""
        return "\n".join((f"Salon Desk {__version__}", self.error,
                          QCoreApplication.translate("CrashDialog", "Log file: {path}").format(
                              path=self.log_path or "—"),
                          datetime.now().astimezone().isoformat(timespec="seconds")))

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details())

    def open_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.log_path.parent)))
