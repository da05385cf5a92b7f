"""Salon-wide settings: which client fields each role sees, and the idle lock."""
from __future__ import annotations

import re

from desktop.desk import Service, requires
from desktop.permissions import VISIBILITY, Perm, Role, allows, setting_key
from storage import timeutil
from storage.errors import QT_TRANSLATE_NOOP, InputError

IDLE_LOCK_KEY = "idle_lock_minutes"
IDLE_LOCK_DEFAULT, IDLE_LOCK_MIN, IDLE_LOCK_MAX = 5, 1, 15
OPENING_KEY, OPENING_DEFAULT = "opening_hours", "09:00-19:00"
_HOURS = re.compile(r"^([01]\d|2[0-3]):([0-5]\d)-([01]\d|2[0-3]|24):([0-5]\d)$")


def parse_hours(text: str) -> tuple[int, int]:
    """'09:00-19:00' -> minutes from midnight (start, end)."""
    match = _HOURS.match((text or "").strip())
    if not match:
        raise InputError(QT_TRANSLATE_NOOP("Messages", "Write hours as HH:MM-HH:MM, for example 09:00-19:00."))
    start = int(match.group(1)) * 60 + int(match.group(2))
    end = int(match.group(3)) * 60 + int(match.group(4))
    if end <= start or end > 24 * 60:
        raise InputError(QT_TRANSLATE_NOOP("Messages", "Write hours as HH:MM-HH:MM, for example 09:00-19:00."))
    return start, end


class SettingsService(Service):
    def values(self) -> dict[str, str]:
        """Raw settings; read by every permission check, so no permission of its own."""
        return dict(self.conn.execute("SELECT key, value FROM setting"))

    def idle_lock_minutes(self) -> int:
        value = self.values().get(IDLE_LOCK_KEY)
        return int(value) if value else IDLE_LOCK_DEFAULT

    def visibility(self) -> dict[Role, dict[Perm, bool]]:
        values = self.values()
        return {role: {perm: allows(role, perm, values) for perm in VISIBILITY}
                for role in (Role.MANAGER, Role.EMPLOYEE)}

    def opening_hours(self) -> tuple[int, int]:
        return parse_hours(self.values().get(OPENING_KEY, OPENING_DEFAULT))

    def working_hours(self, login: str) -> tuple[int, int]:
        value = self.values().get(f"working_hours.{login}")
        return parse_hours(value) if value else self.opening_hours()

    @requires(Perm.SETTINGS)
    def set_opening_hours(self, hours: str) -> None:
        parse_hours(hours)
        self._write(OPENING_KEY, hours.strip())

    @requires(Perm.STAFF_MANAGE)
    def set_working_hours(self, login: str, hours: str) -> None:
        parse_hours(hours)
        if not self.conn.execute("SELECT 1 FROM staff WHERE login = ?", (login,)).fetchone():
            raise InputError(QT_TRANSLATE_NOOP("Messages", "No staff member with login {login}."), login=login)
        self._write(f"working_hours.{login}", hours.strip())

    @requires(Perm.SETTINGS)
    def set_idle_lock_minutes(self, minutes: int) -> None:
        if not IDLE_LOCK_MIN <= int(minutes) <= IDLE_LOCK_MAX:
            raise InputError(QT_TRANSLATE_NOOP("Messages", "The idle lock must be between 1 and 15 minutes."))
        self._write(IDLE_LOCK_KEY, str(int(minutes)))

    @requires(Perm.SETTINGS)
    def set_consent_quiet_days(self, days: int) -> None:
        """How long the consent memo stays quiet after "ask later" or a refusal."""
        from desktop.consent import QUIET_DAYS_KEY

        if not 1 <= int(days) <= 730:
            raise InputError(QT_TRANSLATE_NOOP("Messages", "The quiet period must be between 1 and 730 days."))
        self._write(QUIET_DAYS_KEY, str(int(days)))

    @requires(Perm.SETTINGS, reauth=True)
    def set_visibility(self, role: Role, perm: Perm, visible: bool) -> None:
        role, perm = Role(role), Perm(perm)
        if role is Role.OWNER or perm not in VISIBILITY:
            raise InputError(QT_TRANSLATE_NOOP("Messages", "The owner always sees every client field."))
        self._write(setting_key(role, perm), "1" if visible else "0")

    def _write(self, key: str, value: str) -> None:
        with self.desk.store.unit_of_work() as uow:
            uow.upsert_setting(key, value, timeutil.iso(timeutil.now()))
            self.desk.log(uow, "setting_changed", "setting", key, value=value)
