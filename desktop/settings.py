"""Salon-wide settings, declared once each: key, type, default, bounds and label (a typed registry).

Per-staff settings (working hours) are keyed by staff id, so renaming a login never loses them.
Which client fields each role sees (`visibility.<role>.<perm>`) is declared in desktop/kernel/permissions.py.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from desktop.booking.hours import DEFAULT_OPENING, Week, clean_week, parse_week
from desktop.kernel.operation import Service, public, requires
from desktop.kernel.permissions import VISIBILITY, Perm, Role, allows, setting_key
from storage import staff as staff_rows, timeutil
from storage.errors import QT_TRANSLATE_NOOP, InputError, NotFound


@dataclass(frozen=True)
class Setting:
    key: str
    default: object
    parse: Callable[[str], object]      # stored text -> value
    check: Callable[[object], object]   # raises InputError unless the value is allowed; returns it cleaned
    label: str


def _whole(low: int, high: int, message: str) -> Callable[[object], int]:
    def check(value: object) -> int:
        try:
            number = int(value)  # type: ignore[arg-type]
        except (TypeError, ValueError):
            raise InputError(message) from None
        if not low <= number <= high:
            raise InputError(message)
        return number
    return check


def _choice(choices: tuple[str, ...], message: str) -> Callable[[object], str]:
    def check(value: object) -> str:
        if value not in choices:
            raise InputError(message)
        return str(value)
    return check


def _flag(value: object) -> str:
    return "1" if value in (True, 1, "1") else "0"


IDLE_LOCK_MIN, IDLE_LOCK_MAX = 1, 15
AUDIT_RETENTION_MIN, AUDIT_RETENTION_MAX = 6, 24


def _line(limit: int) -> Callable[[object], str]:
    """One line of text the owner types (empty: the default), without control characters."""
    def check(value: object) -> str:
        text = " ".join(str(value or "").split())
        if len(text) > limit:
            raise InputError(QT_TRANSLATE_NOOP("Messages", "This setting is limited to {limit} characters."),
                             limit=limit)
        return text
    return check


QUIET_FLOOR_DAYS = 180  # after a refusal the memo waits at least this long; the owner may raise it, never lower it


IDLE_LOCK = Setting("idle_lock_minutes", 5, int,
                    _whole(IDLE_LOCK_MIN, IDLE_LOCK_MAX,
                           QT_TRANSLATE_NOOP("Messages", "The idle lock must be between 1 and 15 minutes.")),
                    QT_TRANSLATE_NOOP("Settings", "Lock after idle minutes"))
# Opening hours per weekday (an older single range meant Monday to Saturday); see desktop/booking/hours.py.
OPENING_HOURS = Setting("opening_hours", DEFAULT_OPENING, lambda text: parse_week(text, legacy_days=6), clean_week,
                        QT_TRANSLATE_NOOP("Settings", "Opening hours"))
CLOSED_ON_HOLIDAYS = Setting("closed_on_public_holidays", True, lambda text: text == "1", _flag,
                             QT_TRANSLATE_NOOP("Settings", "Closed on public holidays"))
BOOK_COLOURS = Setting("book_colours", "status", str,
                       _choice(("status", "category"), QT_TRANSLATE_NOOP(
                           "Messages", "The book is coloured by appointment status or by service category.")),
                       QT_TRANSLATE_NOOP("Settings", "Colour the book by"))
CONSENT_QUIET_DAYS = Setting(
    "consent_quiet_days", QUIET_FLOOR_DAYS, lambda raw: max(QUIET_FLOOR_DAYS, int(raw)),  # an older, lower value
    _whole(QUIET_FLOOR_DAYS, 730, QT_TRANSLATE_NOOP(
        "Messages", "After a refusal the salon waits at least 180 days before asking again (at most 730).")),
    QT_TRANSLATE_NOOP("Settings", "Quiet period after a refusal (days)"))
HEALTH_RETENTION_MONTHS = Setting(
    "health_retention_months", 24, int,
    _whole(1, 120, QT_TRANSLATE_NOOP("Messages", "Health data retention must be between 1 and 120 months.")),
    QT_TRANSLATE_NOOP("Settings", "Health data retention (months)"))
AUDIT_RETENTION_MONTHS = Setting(
    "audit_retention_months", 12, int,
    _whole(AUDIT_RETENTION_MIN, AUDIT_RETENTION_MAX,
           QT_TRANSLATE_NOOP("Messages", "The audit log is kept between 6 and 24 months.")),
    QT_TRANSLATE_NOOP("Settings", "Audit log retention (months)"))
# A person's weekly schedule, keyed by staff id (an older single range meant every day); none: the salon's hours.
WORKING_HOURS = Setting("working_hours.", None, parse_week, clean_week, QT_TRANSLATE_NOOP("Settings", "Working hours"))
PATCH_TEST_MONTHS = Setting(
    "patch_test_months.", 0, int,
    _whole(0, 24, QT_TRANSLATE_NOOP("Messages", "A patch test's validity is 0 (before every colouring) to 24 months.")),
    QT_TRANSLATE_NOOP("Settings", "Patch test validity (months, 0: before every colouring)"))
# How the consent texts and the access report name the salon as data controller (empty: worked out from its name)
SALON_LEGAL_NAME = Setting("salon_legal_name", "", str, _line(120),
                           QT_TRANSLATE_NOOP("Settings", "Legal name (company name)"))
SALON_CALLED = Setting("salon_called", "", str, _line(120),
                       QT_TRANSLATE_NOOP("Settings", "How the texts name the salon"))
PRIVACY_NOTICE = Setting("privacy_notice", "", str, _line(200),
                         QT_TRANSLATE_NOOP("Settings", "Where clients read the privacy notice"))
RIGHTS_CONTACT = Setting("rights_contact", "", str, _line(200),
                         QT_TRANSLATE_NOOP("Settings", "Where clients exercise their rights"))
IDENTITY = (SALON_LEGAL_NAME, SALON_CALLED, PRIVACY_NOTICE, RIGHTS_CONTACT)

REGISTRY: dict[str, Setting] = {s.key: s for s in (IDLE_LOCK, OPENING_HOURS, CLOSED_ON_HOLIDAYS, BOOK_COLOURS,
                                                   CONSENT_QUIET_DAYS, HEALTH_RETENTION_MONTHS,
                                                   AUDIT_RETENTION_MONTHS, *IDENTITY)}


def product_key(product: str) -> str:
    """A product as settings key it: spaces squeezed, lower case (accents kept: they are part of the name)."""
    return " ".join((product or "").split()).lower()[:80]


class SettingsService(Service):
    @public
    def values(self) -> dict[str, str]:
        """Raw settings; read by every permission check, so no permission of its own."""
        return self.desk._kernel.cached("settings", ("setting",),  # noqa: SLF001 (read by every permission check)
                                        lambda: dict(self._db.execute("SELECT key, value FROM setting")))

    @public
    def get(self, setting: Setting):
        """A salon-wide setting's value (its default when never set). Not secret: no permission."""
        raw = self._db.execute("SELECT value FROM setting WHERE key = ?", (setting.key,)).fetchone()
        return setting.parse(raw[0]) if raw else setting.default

    @public
    def idle_lock_minutes(self) -> int:
        return self.get(IDLE_LOCK)

    @public
    def audit_retention_months(self) -> int:
        return self.get(AUDIT_RETENTION_MONTHS)

    @public
    def visibility(self) -> dict[Role, dict[Perm, bool]]:
        values = self.values()
        return {role: {perm: allows(role, perm, values) for perm in VISIBILITY}
                for role in (Role.MANAGER, Role.EMPLOYEE)}

    @public
    def opening_week(self) -> Week:
        """The salon's opening hours, Monday first (an empty day is closed). Not secret: no permission."""
        return self.get(OPENING_HOURS)

    @public
    def working_week(self, staff_id: str) -> Week | None:
        """A person's own weekly schedule, or None when they follow the salon's opening hours."""
        raw = self._db.execute("SELECT value FROM setting WHERE key = ?", (WORKING_HOURS.key + staff_id,)).fetchone()
        return WORKING_HOURS.parse(raw[0]) if raw else None

    @requires(Perm.SETTINGS)
    def set(self, setting: Setting, value: object) -> None:
        """Change a salon-wide setting (owner), within its bounds."""
        self._write(setting.key, str(setting.check(value)))

    @requires(Perm.SETTINGS)
    def set_opening_week(self, week) -> None:
        """Seven days of ranges, Monday first: each a text ("09:00-12:00, 14:00-19:00"; "" closed) or ranges."""
        self.set(OPENING_HOURS, week)

    @requires(Perm.SETTINGS)
    def set_idle_lock_minutes(self, minutes: int) -> None:
        self.set(IDLE_LOCK, minutes)

    @requires(Perm.SETTINGS)
    def set_consent_quiet_days(self, days: int) -> None:
        """How long the consent memo stays quiet after a refusal: 180 days at least."""
        self.set(CONSENT_QUIET_DAYS, days)

    @public
    def patch_test_months(self, product: str) -> int:
        """How long a negative patch test with this product counts (0: a test before every colouring)."""
        raw = self._db.execute("SELECT value FROM setting WHERE key = ?",
                               (PATCH_TEST_MONTHS.key + product_key(product),)).fetchone()
        return PATCH_TEST_MONTHS.parse(raw[0]) if raw else PATCH_TEST_MONTHS.default

    @public
    def patch_test_products(self) -> dict[str, int]:
        """Products the owner gave a validity, as typed (folded key -> months)."""
        prefix = PATCH_TEST_MONTHS.key
        return {key[len(prefix):]: int(value) for key, value in
                self._db.execute("SELECT key, value FROM setting WHERE key LIKE ? ORDER BY key", (prefix + "%",))}

    @requires(Perm.SETTINGS)
    def set_patch_test_months(self, product: str, months: int) -> None:
        key = product_key(product)
        if not key:
            raise InputError(QT_TRANSLATE_NOOP("Messages", "Name the product."))
        self._write(PATCH_TEST_MONTHS.key + key, str(PATCH_TEST_MONTHS.check(months)))

    @requires(Perm.SETTINGS)
    def set_audit_retention_months(self, months: int) -> None:
        """How long the audit log keeps its rows (6 to 24 months; CNIL asks for 6 to 12 unless justified)."""
        self.set(AUDIT_RETENTION_MONTHS, months)

    @requires(Perm.STAFF_MANAGE)
    def set_working_week(self, login: str, week) -> None:
        """A person's weekly schedule (as set_opening_week), or None to follow the salon's opening hours."""
        person = staff_rows.by_login(self._db, login)
        if person is None:
            raise NotFound(QT_TRANSLATE_NOOP("Messages", "No staff member with login {login}."), login=login)
        key = WORKING_HOURS.key + person["id"]
        if week is not None:
            self._write(key, clean_week(week))
        elif self._db.execute("SELECT 1 FROM setting WHERE key = ?", (key,)).fetchone():
            with self.unit_of_work() as uow:
                uow.delete("setting", key)
                self.log(uow, "setting_changed", "setting", key, value=None)

    @requires(Perm.SETTINGS, reauth=True)
    def set_visibility(self, role: Role, perm: Perm, visible: bool) -> None:
        role, perm = Role(role), Perm(perm)
        if role is Role.OWNER or perm not in VISIBILITY:
            raise InputError(QT_TRANSLATE_NOOP("Messages", "The owner always sees every client field."))
        self._write(setting_key(role, perm), "1" if visible else "0")

    def _write(self, key: str, value: str) -> None:
        with self.unit_of_work() as uow:
            uow.upsert("setting", {"key": key, "value": value, "updated_at": timeutil.iso(timeutil.now())})
            self.log(uow, "setting_changed", "setting", key, value=value)
