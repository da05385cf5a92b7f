"""Operations: a permission check, then a body that writes through the unit of work.

Every public service method is an operation (@requires). The check runs before the body, whoever calls:
the app, the CLI, sync or a scheduled job. Bodies open `self.unit_of_work()`, which joins the transaction
already open on this connection, so several operations compose into one all-or-nothing step:

    with desk.transaction():
        client_id = desk.clients.add(...)
        desk.consent.record(client_id, ...)
"""
from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Callable, TypeVar

from desktop.kernel.permissions import Perm

if TYPE_CHECKING:
    from desktop.desk import Desk

F = TypeVar("F", bound=Callable)


def requires(perm: Perm, *, reauth: bool = False) -> Callable[[F], F]:
    """Declare an operation's permission (and whether the password must have been typed recently)."""
    def decorate(method: F) -> F:
        @functools.wraps(method)
        def checked(self, *args, **kwargs):
            self.desk.authorize(perm, reauth=reauth)
            return method(self, *args, **kwargs)
        checked.permission = perm  # type: ignore[attr-defined]
        checked.reauth = reauth  # type: ignore[attr-defined]
        return checked  # type: ignore[return-value]
    return decorate


def public(method: F) -> F:
    """Mark a service method that needs no permission: it reveals nothing about clients (salon settings read
    by every permission check, for instance). tests/test_service_permissions.py fails on a public method with neither
    mark."""
    method.permission = None  # type: ignore[attr-defined]
    return method


class Service:
    """Base of the application services: reach the database through `_db` (reads) and `unit_of_work()`."""

    def __init__(self, desk: "Desk") -> None:
        self.desk = desk

    @property
    def _db(self):
        return self.desk._kernel.conn  # noqa: SLF001 (services are the kernel's own)

    def unit_of_work(self):
        return self.desk._kernel.unit_of_work()  # noqa: SLF001 (services are the kernel's own)

    def log(self, uow, action: str, object_type: str | None = None, object_id: str | None = None,
            **details) -> None:
        self.desk.log(uow, action, object_type, object_id, **details)

    def log_many(self, uow, entries: list[tuple[str, str | None, str | None, dict]]) -> None:
        """One audit row per (action, object_type, object_id, details), appended at once (see Desk.log_many)."""
        self.desk.log_many(uow, entries)

    def changed(self, kind: str) -> None:
        self.desk.notify(kind)
