"""Roles and the permissions matrix: the one place that says who may do what."""
from __future__ import annotations

from enum import StrEnum

from storage.errors import QT_TRANSLATE_NOOP


class Role(StrEnum):
    OWNER = "owner"
    MANAGER = "manager"
    EMPLOYEE = "employee"

    @property
    def rank(self) -> int:
        return {Role.EMPLOYEE: 1, Role.MANAGER: 2, Role.OWNER: 3}[self]


ROLE_LABELS = {
    Role.OWNER: QT_TRANSLATE_NOOP("Roles", "Owner"),
    Role.MANAGER: QT_TRANSLATE_NOOP("Roles", "Manager"),
    Role.EMPLOYEE: QT_TRANSLATE_NOOP("Roles", "Employee"),
}


class Perm(StrEnum):
    CLIENT_READ = "client.read"
    CLIENT_WRITE = "client.write"
    CLIENT_CONTACT = "client.contact"      # unmasked name, phone, email, birth date
    CLIENT_NOTES = "client.notes"
    HEALTH = "client.health"               # health notes and patch-test details (Art. 9)
    STAFF_READ = "staff.read"
    STAFF_MANAGE = "staff.manage"          # add, deactivate, unlock, reset password (roles below one's own)
    STAFF_ROLE = "staff.role"              # change a role
    SETTINGS = "settings.edit"
    VERIFY = "verify"
    APPOINTMENT_WRITE = "appointment.write"
    SERVICES_EDIT = "services.edit"
    CONSENT_RECORD = "consent.record"      # record a decision (a withdrawal in one click)
    CONSENT_TEXT = "consent.text"          # edit the wording (a new version)
    CONSENT_EXPORT = "consent.export"      # register, audience and suppression exports, proof PDFs
    OWN_PASSWORD = "own.password"


# Minimum role for each permission.
MATRIX: dict[Perm, Role] = {
    Perm.CLIENT_READ: Role.EMPLOYEE,
    Perm.CLIENT_WRITE: Role.EMPLOYEE,
    Perm.CLIENT_CONTACT: Role.MANAGER,
    Perm.CLIENT_NOTES: Role.EMPLOYEE,
    Perm.HEALTH: Role.MANAGER,
    Perm.STAFF_READ: Role.MANAGER,
    Perm.STAFF_MANAGE: Role.MANAGER,
    Perm.STAFF_ROLE: Role.OWNER,
    Perm.SETTINGS: Role.OWNER,
    Perm.VERIFY: Role.MANAGER,
    Perm.OWN_PASSWORD: Role.EMPLOYEE,
    Perm.APPOINTMENT_WRITE: Role.EMPLOYEE,
    Perm.SERVICES_EDIT: Role.MANAGER,
    Perm.CONSENT_RECORD: Role.EMPLOYEE,
    Perm.CONSENT_TEXT: Role.OWNER,
    Perm.CONSENT_EXPORT: Role.MANAGER,
}

# Client fields the owner opens or closes per role; the owner always sees everything.
VISIBILITY = (Perm.CLIENT_CONTACT, Perm.CLIENT_NOTES, Perm.HEALTH)


def setting_key(role: Role, perm: Perm) -> str:
    return f"visibility.{role.value}.{perm.value}"


def allows(role: Role, perm: Perm, settings: dict[str, str] | None = None) -> bool:
    role = Role(role)
    if role is Role.OWNER:
        return True
    if perm in VISIBILITY and settings is not None:
        value = settings.get(setting_key(role, perm))
        if value is not None:
            return value == "1"
    return role.rank >= MATRIX[perm].rank


def may_manage(actor: Role, target: Role) -> bool:
    """Managers handle the accounts of employees; owners handle everyone's."""
    actor, target = Role(actor), Role(target)
    return actor is Role.OWNER or actor.rank > target.rank
