"""Run a service call that may ask for the password again (re-authentication before sensitive actions)."""
from __future__ import annotations

from typing import Callable, TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from desktop.desk import Desk
from desktop.kernel.principal import ReauthRequired
from desktop.kernel.errors import SalonError
from ui import dialogs as dialog_module
from ui.dialogs import message_of

T = TypeVar("T")
_NOT_DONE = object()


def run(parent: QWidget | None, desk: Desk, action: Callable[[], T]):
    """Call `action`; on ReauthRequired ask for the password once and retry. Errors are shown, not raised.

    Returns the action's result, or None when it did not happen.
    """
    dialogs = dialog_module.dialogs
    try:
        return action()
    except ReauthRequired:
        password = dialogs.ask_password(parent, QCoreApplication.translate(
            "Sensitive", "This action needs your password again."))
        if password is None:
            return None
        try:
            desk.reauthenticate(password)
            return action()
        except SalonError as exc:
            dialogs.error(parent, message_of(exc))
    except SalonError as exc:
        dialogs.error(parent, message_of(exc))
    return None


def confirmed(parent: QWidget | None, desk: Desk, perm) -> bool:
    """Before a sensitive job goes to the worker thread: the permission holds and, if the password was typed
    more than a few minutes ago, it is asked for again here, on the GUI thread."""
    return run(parent, desk, lambda: desk.authorize(perm, reauth=True) or True) is True
