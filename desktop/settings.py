"""Salon-wide settings: which client fields each role sees, and the idle lock."""
from __future__ import annotations

from desktop.desk import Service, requires
from desktop.permissions import VISIBILITY, Perm, Role, allows, setting_key
from storage import timeutil
from storage.errors import QT_TRANSLATE_NOOP, InputError

IDLE_LOCK_KEY = "idle_lock_minutes"
IDLE_LOCK_DEFAULT, IDLE_LOCK_MIN, IDLE_LOCK_MAX = 5, 1, 15


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
