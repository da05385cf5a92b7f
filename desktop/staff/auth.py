"""Signing in, with lockout counters that survive restarts.

From the 5th failure each further attempt must wait (60 s, doubling, at most 30 minutes), and attempts made
while waiting count as failures; at 10 failures the account is locked for 30 minutes. Failures keep counting
across locks (only a successful sign-in or an unlock clears them), and after 20 within 24 hours the account
stays locked until a manager or the owner unlocks it (CNIL délibération 2022-100: at most 25 attempts a day).
Unknown logins and wrong passwords get the same message.
"""
from __future__ import annotations

from datetime import datetime, timedelta

from desktop.staff import passwords
from desktop.kernel.permissions import Role
from desktop.kernel.principal import Session
from desktop.store import Store
from storage import audit, staff as staff_rows, timeutil
from storage.errors import QT_TRANSLATE_NOOP, AuthError, NotFound, PermissionDenied

DELAY_FROM = 5
LOCK_AT = 10
HOLD_AT = 20
HOLD_WINDOW = timedelta(hours=24)
BASE_DELAY = timedelta(seconds=60)
LOCK_FOR = timedelta(minutes=30)

WRONG = QT_TRANSLATE_NOOP("Messages", "Wrong login or password.")
WAIT = QT_TRANSLATE_NOOP("Messages", "Too many failed attempts. Wait {seconds} seconds before trying again.")
# Who can lift a lock, truthfully: a manager unlocks employees, the owner everyone, and an owner's own account
# always opens with the salon's recovery code (salon-desk recover --unlock LOGIN).
LOCKED = {
    Role.EMPLOYEE: QT_TRANSLATE_NOOP(
        "Messages", "This account is locked after 10 failed attempts. Try again in {minutes} minutes, "
        "or ask a manager or the owner to unlock it."),
    Role.MANAGER: QT_TRANSLATE_NOOP(
        "Messages", "This account is locked after 10 failed attempts. Try again in {minutes} minutes, "
        "or ask the owner to unlock it."),
    Role.OWNER: QT_TRANSLATE_NOOP(
        "Messages", "This account is locked after 10 failed attempts. Try again in {minutes} minutes, or unlock "
        "it now with the salon's recovery code: salon-desk recover --unlock {login}"),
}
HELD = {
    Role.EMPLOYEE: QT_TRANSLATE_NOOP(
        "Messages", "This account is locked after 20 failed attempts in 24 hours. Only a manager or the owner can "
        "unlock it."),
    Role.MANAGER: QT_TRANSLATE_NOOP(
        "Messages", "This account is locked after 20 failed attempts in 24 hours. Only the owner can unlock it."),
    Role.OWNER: QT_TRANSLATE_NOOP(
        "Messages", "This account is locked after 20 failed attempts in 24 hours. Unlock it with the salon's "
        "recovery code: salon-desk recover --unlock {login}"),
}
INACTIVE = QT_TRANSLATE_NOOP("Messages", "This account has been deactivated. Ask the salon owner.")


def delay_after(failures: int) -> timedelta:
    if failures < DELAY_FROM:
        return timedelta(0)
    return min(LOCK_FOR, BASE_DELAY * (2 ** min(failures - DELAY_FROM, 10)))


def _minutes_left(until: datetime, now: datetime) -> int:
    return max(1, int((until - now).total_seconds() + 59) // 60)


def sign_in(store: Store, login_name: str, password: str, *, now: datetime | None = None) -> Session:
    """The session for this login and password, or an AuthError (every attempt is counted and logged)."""
    now = now or timeutil.now()
    with store.unit_of_work() as uow:  # one attempt at a time, counters race-free
        row = staff_rows.by_login(uow, login_name)
        if row is None:
            passwords.burn_time(password)
            audit.append(uow, "login_failed", details={"reason": "unknown_login"})
            failure = AuthError(WRONG)
        else:
            failure = _attempt(uow, row, password, now)
    if failure:
        raise failure
    return Session(row["id"], row["login"], Role(row["role"]), row["session_epoch"], now, now,
                   bool(row["must_change_password"]))


def _locked(row: dict, minutes: int) -> AuthError:
    return AuthError(LOCKED[Role(row["role"])], minutes=minutes, login=row["login"])


def _attempt(uow, row: dict, password: str, now: datetime) -> AuthError | None:
    """Check one attempt inside the caller's transaction; return the error to raise, if any."""
    staff_id = row["id"]
    state = staff_rows.throttle(uow, staff_id)
    if state["held"]:
        audit.append(uow, "login_refused_locked", staff_id=staff_id, object_type="staff", object_id=staff_id)
        return AuthError(HELD[Role(row["role"])], login=row["login"])
    failures = state["failures"]
    locked_until = timeutil.parse(state["locked_until"]) if state["locked_until"] else None
    last = timeutil.parse(state["last_failure_at"]) if state["last_failure_at"] else None
    if locked_until and (now < locked_until or (last and now < last)):  # a clock set back keeps the lock
        audit.append(uow, "login_refused_locked", staff_id=staff_id, object_type="staff", object_id=staff_id)
        return _locked(row, _minutes_left(locked_until, now))
    waiting = last is not None and (now < last or now < last + delay_after(failures))
    if not waiting and passwords.verify(row["password_hash"], password):
        if not row["active"]:
            audit.append(uow, "login_refused_inactive", staff_id=staff_id, object_type="staff", object_id=staff_id)
            return AuthError(INACTIVE)
        staff_rows.clear_throttle(uow, staff_id)
        if passwords.needs_rehash(row["password_hash"]):
            uow.update("staff", staff_id, {"password_hash": passwords.hash_password(password),
                                           "updated_at": timeutil.iso(now)})
            audit.append(uow, "password_rehashed", staff_id=staff_id, object_type="staff", object_id=staff_id)
        audit.append(uow, "login_ok", staff_id=staff_id, object_type="staff", object_id=staff_id)
        return None
    failures += 1
    in_a_day = staff_rows.add_failure(uow, staff_id, timeutil.iso(now), timeutil.iso(now - HOLD_WINDOW))
    if in_a_day >= HOLD_AT:
        staff_rows.set_throttle(uow, staff_id, failures, timeutil.iso(now), None, held=True)
        audit.append(uow, "account_locked", staff_id=staff_id, object_type="staff", object_id=staff_id,
                     details={"failures": failures, "in_24_hours": in_a_day, "until": "unlocked"})
        return AuthError(HELD[Role(row["role"])], login=row["login"])
    if failures == LOCK_AT:
        until = now + LOCK_FOR
        staff_rows.set_throttle(uow, staff_id, failures, timeutil.iso(now), timeutil.iso(until))
        audit.append(uow, "account_locked", staff_id=staff_id, object_type="staff", object_id=staff_id,
                     details={"failures": failures})
        return _locked(row, _minutes_left(until, now))
    staff_rows.set_throttle(uow, staff_id, failures, timeutil.iso(now), state["locked_until"])
    audit.append(uow, "login_failed", staff_id=staff_id, object_type="staff", object_id=staff_id,
                 details={"failures": failures, "while_waiting": waiting})
    if failures >= DELAY_FROM:
        return AuthError(WAIT, seconds=int(delay_after(failures).total_seconds()))
    return AuthError(WRONG)


def unlock_with_recovery_code(store: Store, login_name: str) -> str:
    """Lift the lock on an owner's account for whoever opened the salon with its recovery code (the owner's
    own way back, whoever locked them out). Logged; returns the account's id."""
    row = staff_rows.by_login(store.conn, login_name)
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("Messages", "No staff member with login {login}."), login=login_name)
    if Role(row["role"]) is not Role.OWNER:
        raise PermissionDenied(QT_TRANSLATE_NOOP(
            "Messages", "The recovery code unlocks owner accounts only; a manager or the owner unlocks the others "
            "(salon-desk staff unlock)."))
    with store.unit_of_work() as uow:
        staff_rows.set_throttle(uow, row["id"], 0, None, None)
        audit.append(uow, "account_unlocked", staff_id=row["id"], object_type="staff", object_id=row["id"],
                     details={"by": "recovery_code"})
    return row["id"]
