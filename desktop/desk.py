"""The service layer for one signed-in staff member.

Every service method declares its permission with @requires; one check (Desk.authorize)
runs before any service body, whether the call comes from the UI, the CLI or sync.
"""
from __future__ import annotations

import functools
from typing import Callable, TypeVar

from desktop import passwords
from desktop.permissions import ROLE_LABELS, Perm, Role, allows
from desktop.session import (CHANGE_FIRST, REAUTH_NEEDED, SESSION_ENDED, SESSION_LENGTH, REAUTH_WINDOW,
                             PasswordChangeRequired, ReauthRequired, Session, SessionEnded)
from desktop.store import Store
from storage import audit, staff as staff_rows, timeutil
from storage.errors import QT_TRANSLATE_NOOP, AuthError, PermissionDenied, Term

F = TypeVar("F", bound=Callable)


def requires(perm: Perm, *, reauth: bool = False) -> Callable[[F], F]:
    def decorate(method: F) -> F:
        @functools.wraps(method)
        def checked(self, *args, **kwargs):
            self.desk.authorize(perm, reauth=reauth)
            return method(self, *args, **kwargs)
        checked.permission = perm  # type: ignore[attr-defined]
        return checked  # type: ignore[return-value]
    return decorate


class Service:
    def __init__(self, desk: "Desk") -> None:
        self.desk = desk
        self.conn = desk.store.conn


class Desk:
    def __init__(self, store: Store, session: Session) -> None:
        from desktop.booking import BookingService
        from desktop.client_service import ClientService
        from desktop.consent import ConsentService
        from desktop.consent_exports import ConsentExports
        from desktop.health import HealthService
        from desktop.settings import SettingsService
        from desktop.staff_service import StaffService
        from desktop.verify import VerifyService

        self.store = store
        self.session = session
        self._listeners: list[Callable[[str], None]] = []
        self.clients = ClientService(self)
        self.staff = StaffService(self)
        self.settings = SettingsService(self)
        self.verify = VerifyService(self)
        self.booking = BookingService(self)
        self.consent = ConsentService(self)
        self.consent_exports = ConsentExports(self)
        self.health = HealthService(self)

    @property
    def role(self) -> Role:
        return self.session.role

    def authorize(self, perm: Perm, *, reauth: bool = False) -> None:
        """Raise unless this session is alive and its current role allows `perm`."""
        row = staff_rows.by_id(self.store.conn, self.session.staff_id)
        now = timeutil.now()
        if (row is None or not row["active"] or row["session_epoch"] != self.session.epoch
                or now - self.session.started_at > SESSION_LENGTH):
            raise SessionEnded(SESSION_ENDED)
        self.session.role = Role(row["role"])  # a role change counts at once
        if self.session.must_change and perm is not Perm.OWN_PASSWORD:
            raise PasswordChangeRequired(CHANGE_FIRST)
        if not allows(self.session.role, perm, self.settings.values()):
            raise PermissionDenied(QT_TRANSLATE_NOOP(
                "Messages", "Your role ({role}) does not allow this action ({permission})."),
                role=Term(ROLE_LABELS[self.session.role], "Roles"), permission=perm.value)
        if reauth and now - self.session.reauth_at > REAUTH_WINDOW:
            raise ReauthRequired(REAUTH_NEEDED)

    def subscribe(self, listener: Callable[[str], None]) -> None:
        """Called with "client", "appointment", "consent" or "staff" after each committed change.

        Listeners run on the caller's thread; Qt screens re-post to the GUI thread themselves.
        """
        self._listeners.append(listener)

    def unsubscribe(self, listener: Callable[[str], None]) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def notify(self, kind: str) -> None:
        for listener in list(self._listeners):
            listener(kind)

    def can(self, perm: Perm) -> bool:
        return allows(self.session.role, perm, self.settings.values())

    def reauthenticate(self, password: str) -> None:
        row = staff_rows.by_id(self.store.conn, self.session.staff_id)
        if row is None or not row["active"]:
            raise SessionEnded(SESSION_ENDED)
        if not passwords.verify(row["password_hash"], password):
            with self.store.unit_of_work() as uow:
                audit.append(uow, "reauth_failed", staff_id=self.session.staff_id)
            raise AuthError(QT_TRANSLATE_NOOP("Messages", "Wrong password."))
        self.session.reauth_at = timeutil.now()

    def log(self, uow, action: str, object_type: str | None = None, object_id: str | None = None,
            **details) -> None:
        audit.append(uow, action, staff_id=self.session.staff_id, object_type=object_type,
                     object_id=object_id, details=details or None)
