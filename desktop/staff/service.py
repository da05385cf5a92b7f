"""Staff accounts: add, list, deactivate, roles, passwords, unlock."""
from __future__ import annotations

import re
from datetime import timedelta
from typing import Any

from desktop.clients import contact
from desktop.staff import passwords
from desktop.kernel.operation import Service, requires
from desktop.kernel.permissions import Perm, Role, may_manage
from storage import ids, staff as staff_rows, timeutil
from storage.errors import QT_TRANSLATE_NOOP, AuthError, InputError, NotFound, PermissionDenied, Term

LOGIN_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{1,39}$")
GDPR_PAGE_VERSION = 2  # bump when ui/acknowledgement.py changes what staff must read
RENEWAL_REMINDER = timedelta(days=365)
LAST_OWNER = QT_TRANSLATE_NOOP("Messages", "The salon must keep at least one active owner.")


def check_login(login: str) -> str:
    if not LOGIN_RE.match(login or ""):
        raise InputError(QT_TRANSLATE_NOOP(
            "Messages", "A login has 2 to 40 letters, digits, dots, dashes or underscores."))
    return login


def _role(value: str) -> Role:
    try:
        return Role(value)
    except ValueError:
        raise InputError(QT_TRANSLATE_NOOP("Messages", "Unknown role {role} (owner, manager or employee)."),
                         role=value) from None


def public(row: dict[str, Any], throttle: dict[str, Any]) -> dict[str, Any]:
    locked = throttle["held"] or (bool(throttle["locked_until"])
                                  and timeutil.parse(throttle["locked_until"]) > timeutil.now())
    return {"id": row["id"], "login": row["login"], "display_name": row["display_name"], "role": row["role"],
            "active": bool(row["active"]), "must_change_password": bool(row["must_change_password"]),
            "locked": locked, "failures": throttle["failures"]}


STAFF_NAME = Term(QT_TRANSLATE_NOOP("Fields", "name"), "Fields")


def display_name_of(value: str | None) -> str:
    """A staff member's name as typed, tidied (may be empty: the login is shown then)."""
    return contact.name(value, field=STAFF_NAME) if (value or "").strip() else ""


class StaffService(Service):
    @requires(Perm.STAFF_READ)
    def list(self) -> list[dict[str, Any]]:
        return [public(row, staff_rows.throttle(self._db, row["id"])) for row in staff_rows.all_staff(self._db)]

    @requires(Perm.OWN_PASSWORD)
    def my_name(self) -> str:
        """The signed-in person's name as others read it (their login when they have none)."""
        row = staff_rows.by_id(self._db, self.desk.session.staff_id)
        return (row["display_name"] or row["login"]) if row else self.desk.session.login

    @requires(Perm.STAFF_MANAGE)
    def add(self, login: str, role: str, display_name: str = "") -> tuple[str, str]:
        """Create an account with a one-time password; returns (staff id, one-time password)."""
        check_login(login)
        role = _role(role)
        if not may_manage(self.desk.role, role):
            raise PermissionDenied(QT_TRANSLATE_NOOP("Messages", "Only the owner can create an account with this role."))
        if staff_rows.by_login(self._db, login):
            raise InputError(QT_TRANSLATE_NOOP("Messages", "The login {login} is already taken."), login=login)
        otp = passwords.one_time_password()
        staff_id, stamp = ids.new(), timeutil.iso(timeutil.now())
        with self.unit_of_work() as uow:
            uow.insert("staff", {"id": staff_id, "login": login, "display_name": display_name_of(display_name),
                                 "role": role.value, "password_hash": passwords.hash_password(otp),
                                 "must_change_password": 1, "active": 1, "session_epoch": 0,
                                 "created_at": stamp, "updated_at": stamp})
            self.desk.log(uow, "staff_added", "staff", staff_id, role=role.value)
            self.changed("staff")  # the book gains or loses a column
        return staff_id, otp

    @requires(Perm.STAFF_MANAGE)
    def rename(self, login: str, display_name: str) -> None:
        """The name others read (the book's columns, sheets, confirmations); empty: the login is shown."""
        row = self._target(login)
        name = display_name_of(display_name)
        if name == row["display_name"]:
            return
        with self.unit_of_work() as uow:
            uow.update("staff", row["id"], {"display_name": name, "updated_at": timeutil.iso(timeutil.now())})
            self.desk.log(uow, "staff_renamed", "staff", row["id"])
        self.changed("staff")

    def _target(self, login: str) -> dict[str, Any]:
        row = staff_rows.by_login(self._db, login)
        if row is None:
            raise NotFound(QT_TRANSLATE_NOOP("Messages", "No staff member with login {login}."), login=login)
        if not may_manage(self.desk.role, Role(row["role"])):
            raise PermissionDenied(QT_TRANSLATE_NOOP("Messages", "Only the owner can manage this account."))
        return row

    @requires(Perm.STAFF_MANAGE, reauth=True)
    def deactivate(self, login: str) -> None:
        """Takes effect at once: the account's sessions end on their next action."""
        row = self._target(login)
        if row["id"] == self.desk.session.staff_id:
            raise InputError(QT_TRANSLATE_NOOP("Messages", "You cannot deactivate your own account."))
        if not row["active"]:
            return
        if row["role"] == Role.OWNER and staff_rows.active_owners(self._db) <= 1:
            raise InputError(LAST_OWNER)
        with self.unit_of_work() as uow:
            uow.update("staff", row["id"], {"active": 0, "session_epoch": row["session_epoch"] + 1,
                                            "updated_at": timeutil.iso(timeutil.now())})
            self.desk.log(uow, "staff_deactivated", "staff", row["id"])
            self.changed("staff")  # the book gains or loses a column

    @requires(Perm.STAFF_MANAGE, reauth=True)
    def reactivate(self, login: str) -> None:
        row = self._target(login)
        if row["active"]:
            return
        with self.unit_of_work() as uow:
            uow.update("staff", row["id"], {"active": 1, "updated_at": timeutil.iso(timeutil.now())})
            self.desk.log(uow, "staff_reactivated", "staff", row["id"])
            self.changed("staff")  # the book gains or loses a column

    @requires(Perm.STAFF_ROLE, reauth=True)
    def set_role(self, login: str, role: str) -> None:
        row = self._target(login)
        role = _role(role)
        if row["role"] == role:
            return
        if row["role"] == Role.OWNER and row["active"] and staff_rows.active_owners(self._db) <= 1:
            raise InputError(LAST_OWNER)
        with self.unit_of_work() as uow:
            uow.update("staff", row["id"], {"role": role.value, "updated_at": timeutil.iso(timeutil.now())})
            self.desk.log(uow, "role_changed", "staff", row["id"], old=row["role"], new=role.value)

    @requires(Perm.STAFF_MANAGE, reauth=True)
    def reset_password(self, login: str) -> str:
        """A new one-time password; the account's sessions end."""
        row = self._target(login)
        otp = passwords.one_time_password()
        with self.unit_of_work() as uow:
            uow.update("staff", row["id"], {"password_hash": passwords.hash_password(otp), "must_change_password": 1,
                                            "session_epoch": row["session_epoch"] + 1,
                                            "updated_at": timeutil.iso(timeutil.now())})
            staff_rows.clear_throttle(uow, row["id"])
            self.desk.log(uow, "password_reset", "staff", row["id"])
        return otp

    @requires(Perm.STAFF_MANAGE)
    def unlock(self, login: str) -> None:
        """A manager (for employees) or the owner (for everyone): the only way out after 20 failures in a day."""
        row = self._target(login)
        with self.unit_of_work() as uow:
            staff_rows.clear_throttle(uow, row["id"])
            self.desk.log(uow, "account_unlocked", "staff", row["id"])

    @requires(Perm.OWN_PASSWORD)
    def password_renewal_due(self, *, now=None) -> bool:
        """The owner is reminded once a year to choose a new password (their account opens everything); other
        roles are never asked to change theirs periodically (CNIL délibération 2022-100)."""
        if self.desk.role is not Role.OWNER:
            return False
        row = staff_rows.by_id(self._db, self.desk.session.staff_id)
        last = max(filter(None, (row["password_changed_at"] or row["created_at"], row["password_reminded_at"])))
        return (now or timeutil.now()) - timeutil.parse(last) >= RENEWAL_REMINDER

    @requires(Perm.OWN_PASSWORD)
    def password_reminder_seen(self) -> None:
        """The reminder was shown: the next one comes a year later, unless the password changes first."""
        with self.unit_of_work() as uow:
            uow.update("staff", self.desk.session.staff_id,
                       {"password_reminded_at": timeutil.iso(timeutil.now())})
            self.desk.log(uow, "password_renewal_reminded", "staff", self.desk.session.staff_id)

    @requires(Perm.OWN_PASSWORD)
    def acknowledgement_needed(self) -> bool:
        """Whether this staff member still has to read the GDPR responsibilities page (first sign-in)."""
        return self._db.execute("SELECT 1 FROM staff_acknowledgement WHERE staff_id = ? AND version = ?",
                                 (self.desk.session.staff_id, GDPR_PAGE_VERSION)).fetchone() is None

    @requires(Perm.OWN_PASSWORD)
    def acknowledge(self) -> None:
        if not self.acknowledgement_needed():
            return
        with self.unit_of_work() as uow:
            uow.append("staff_acknowledgement", {"staff_id": self.desk.session.staff_id, "version": GDPR_PAGE_VERSION,
                                                 "at": timeutil.iso(timeutil.now())})
            self.desk.log(uow, "gdpr_acknowledged", "staff", self.desk.session.staff_id, version=GDPR_PAGE_VERSION)

    @requires(Perm.OWN_PASSWORD)
    def password_context(self) -> tuple[str, ...]:
        """What makes this person's password easy to guess: their login and name, and the salon's names."""
        row = staff_rows.by_id(self._db, self.desk.session.staff_id)
        salon = self._db.execute("SELECT name FROM salon").fetchone()
        legal = self._db.execute("SELECT value FROM setting WHERE key = 'salon_legal_name'").fetchone()
        words = (row["login"], row["display_name"], salon[0] if salon else "", legal[0] if legal else "")
        return tuple(word for word in words if word)

    @requires(Perm.OWN_PASSWORD)
    def set_own_password(self, current: str, new: str) -> None:
        session = self.desk.session
        row = staff_rows.by_id(self._db, session.staff_id)
        if not passwords.verify(row["password_hash"], current):
            raise AuthError(QT_TRANSLATE_NOOP("Messages", "Your current password is wrong."))
        if passwords.normalize(new) == passwords.normalize(current):
            raise InputError(QT_TRANSLATE_NOOP("Messages", "The new password must differ from the current one."))
        passwords.check(new, context=self.password_context())
        stamp = timeutil.iso(timeutil.now())
        with self.unit_of_work() as uow:
            uow.update("staff", row["id"], {"password_hash": passwords.hash_password(new), "must_change_password": 0,
                                            "updated_at": stamp, "password_changed_at": stamp})
            self.desk.log(uow, "password_changed", "staff", row["id"])
        session.must_change = False
        session.reauth_at = timeutil.now()
