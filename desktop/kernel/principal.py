"""Who an operation acts for: a signed-in staff member (Session), or the system (sync, scheduled jobs).

The system principal has no password and no role; its narrow permissions are the `system` column of
desktop.kernel.permissions.TABLE.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from desktop.kernel.permissions import Role
from storage.errors import QT_TRANSLATE_NOOP, AuthError

SESSION_LENGTH = timedelta(hours=12)
REAUTH_WINDOW = timedelta(minutes=5)


class SessionEnded(AuthError):
    """Deactivated, password reset, or signed in too long ago: sign in again."""


class ReauthRequired(AuthError):
    """A sensitive action needs the password typed again."""


class PasswordChangeRequired(AuthError):
    """Signed in with a one-time password that must be changed first."""


@dataclass
class Session:
    staff_id: str
    login: str
    role: Role
    epoch: int
    started_at: datetime
    reauth_at: datetime
    must_change: bool = False
    is_system = False

    @property
    def actor(self) -> str:
        return f"staff:{self.staff_id}"


@dataclass(frozen=True)
class SystemPrincipal:
    """Sync or a scheduled job: acts under the system column of the permission table, never as a person."""

    job: str  # "sync", "scheduler", ...
    is_system = True
    staff_id = None
    login = "system"
    role = None
    must_change = False

    @property
    def actor(self) -> str:
        return f"system:{self.job}"


Principal = Session | SystemPrincipal


SESSION_ENDED = QT_TRANSLATE_NOOP("Messages", "Your session has ended. Please sign in again.")
REAUTH_NEEDED = QT_TRANSLATE_NOOP("Messages", "Please type your password again to confirm this action.")
CHANGE_FIRST = QT_TRANSLATE_NOOP(
    "Messages", "You signed in with a one-time password: choose your own password first "
    "(salon-desk staff set-password).")
