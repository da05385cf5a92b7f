"""The composition root: the services for one principal on one connection, and the one permission check.

Desk builds the services; the services import only desktop.kernel (never desk.py), so there is no cycle.
Screens, the CLI, sync and scheduled jobs all act through a Desk.
"""
from __future__ import annotations

from contextlib import contextmanager
from typing import Callable, Iterator

from desktop.booking.availability import AvailabilityService
from desktop.booking.catalogue import CatalogueService
from desktop.booking.changes import AppointmentChanges
from desktop.booking.day_sheet import DaySheets
from desktop.booking.service import BookingService
from desktop.booking.time_off import TimeOffService
from desktop.clients.service import ClientService
from desktop.consent.exports import ConsentExports
from desktop.consent.service import ConsentService
from desktop.health.service import HealthService
from desktop.identity import IdentityService
from desktop.imports.service import ImportService
from desktop.kernel.context import Hub, Kernel
from desktop.kernel.permissions import ROLE_LABELS, Perm, Role, SYSTEM, allows
from desktop.kernel.principal import (CHANGE_FIRST, REAUTH_NEEDED, REAUTH_WINDOW, SESSION_ENDED, SESSION_LENGTH,
                                      PasswordChangeRequired, Principal, ReauthRequired, SessionEnded)
from desktop.audit_log import AuditLogService
from desktop.backup.service import BackupService
from desktop.privacy.service import RequestService
from desktop.privacy.documents import PrivacyService
from desktop.settings import SettingsService
from desktop.staff.service import StaffService
from desktop.verify import VerifyService
from storage import audit, staff as staff_rows, timeutil
from storage.errors import QT_TRANSLATE_NOOP, AuthError, PermissionDenied, Term
from storage.uow import UnitOfWork


class Desk:
    def __init__(self, store, principal: Principal, hub: Hub | None = None) -> None:
        self._kernel = Kernel(store, hub)
        self.principal = principal
        self.clients = ClientService(self)
        self.staff = StaffService(self)
        self.settings = SettingsService(self)
        self.verify = VerifyService(self)
        self.booking = BookingService(self)
        self.catalogue = CatalogueService(self)
        self.availability = AvailabilityService(self)
        self.time_off = TimeOffService(self)
        self.appointments = AppointmentChanges(self)
        self.day_sheets = DaySheets(self)
        self.identity = IdentityService(self)
        self.consent = ConsentService(self)
        self.consent_exports = ConsentExports(self)
        self.health = HealthService(self)
        self.audit = AuditLogService(self)
        self.requests = RequestService(self)
        self.privacy = PrivacyService(self)
        self.imports = ImportService(self)
        self.backups = BackupService(self)

    # -- who ---------------------------------------------------------------------------------------------
    @property
    def session(self) -> Principal:
        return self.principal

    @property
    def role(self) -> Role | None:
        return self.principal.role

    def authorize(self, perm: Perm, *, reauth: bool = False) -> None:
        """Raise unless this principal may do `perm` now: a live session whose current role allows it, or
        the system principal for a permission the table gives it."""
        if self.principal.is_system:
            if perm not in SYSTEM:
                raise PermissionDenied(QT_TRANSLATE_NOOP(
                    "Messages", "Background jobs may not do this action ({permission})."), permission=perm.value)
            return
        session = self.principal
        row = self._kernel.cached(f"staff:{session.staff_id}", ("staff",),
                                  lambda: staff_rows.by_id(self._kernel.conn, session.staff_id))
        now = timeutil.now()
        if (row is None or not row["active"] or row["session_epoch"] != session.epoch
                or now - session.started_at > SESSION_LENGTH):
            raise SessionEnded(SESSION_ENDED)
        session.role = Role(row["role"])  # a role change counts at once
        if session.must_change and perm is not Perm.OWN_PASSWORD:
            raise PasswordChangeRequired(CHANGE_FIRST)
        if not allows(session.role, perm, self.settings.values()):
            raise PermissionDenied(QT_TRANSLATE_NOOP(
                "Messages", "Your role ({role}) does not allow this action ({permission})."),
                role=Term(ROLE_LABELS[session.role], "Roles"), permission=perm.value)
        if reauth and now - session.reauth_at > REAUTH_WINDOW:
            raise ReauthRequired(REAUTH_NEEDED)

    def can(self, perm: Perm) -> bool:
        if self.principal.is_system:
            return perm in SYSTEM
        return allows(self.principal.role, perm, self.settings.values())

    def reauthenticate(self, password: str) -> None:
        from desktop.staff import passwords

        if self.principal.is_system:
            raise AuthError(SESSION_ENDED)
        row = staff_rows.by_id(self._kernel.conn, self.principal.staff_id)
        if row is None or not row["active"]:
            raise SessionEnded(SESSION_ENDED)
        if not passwords.verify(row["password_hash"], password):
            with self._kernel.unit_of_work() as uow:
                audit.append(uow, "reauth_failed", staff_id=self.principal.staff_id)
            raise AuthError(QT_TRANSLATE_NOOP("Messages", "Wrong password."))
        self.principal.reauth_at = timeutil.now()

    # -- transactions and changes -----------------------------------------------------------------------
    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One all-or-nothing step: service calls made inside it join it (see desktop/kernel/operation.py).
        It hands out no unit of work: outside the services, nothing writes past their permission checks."""
        with self._kernel.unit_of_work():
            yield

    def subscribe(self, listener: Callable[[str], None]) -> None:
        """Called with "client", "appointment", "consent", "staff", ... after each committed change."""
        self._kernel.hub.subscribe(listener)

    def unsubscribe(self, listener: Callable[[str], None]) -> None:
        self._kernel.hub.unsubscribe(listener)

    def notify(self, kind: str) -> None:
        self._kernel.notify(kind)

    def log(self, uow: UnitOfWork, action: str, object_type: str | None = None, object_id: str | None = None,
            **details) -> None:
        self.log_many(uow, [(action, object_type, object_id, details)])

    def log_many(self, uow: UnitOfWork, entries: list[tuple[str, str | None, str | None, dict]]) -> None:
        """One audit row per (action, object_type, object_id, details), appended at once (the chain's head moves
        once); a background job is named in the details."""
        by = {"by": self.principal.actor} if self.principal.is_system else {}
        at = timeutil.iso(timeutil.now())
        audit.append_many(uow, [audit.entry(action, staff_id=self.principal.staff_id, object_type=object_type,
                                            object_id=object_id, details={**details, **by} or None, at=at)
                                for action, object_type, object_id, details in entries])

    # -- threads -----------------------------------------------------------------------------------------
    @contextmanager
    def on_own_connection(self) -> Iterator["Desk"]:
        """The same principal on a second connection, for a worker thread (WAL lets it read while this one
        writes; its writes wait for this one's). Closed at the end."""
        store = self._kernel.store.reader()
        try:
            yield Desk(store, self.principal, self._kernel.hub)
        finally:
            store.close()

    def open_worker(self) -> "Desk":
        """Like on_own_connection, for a long-lived worker: call close() when done."""
        return Desk(self._kernel.store.reader(), self.principal, self._kernel.hub)

    def close(self) -> None:
        """Close this Desk's connection (worker desks only; the app's own store is closed by its Salon)."""
        self._kernel.store.close()
