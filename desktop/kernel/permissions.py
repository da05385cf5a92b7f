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
    AUDIT_READ = "audit.read"              # the audit viewer and its CSV export
    RETENTION = "retention.run"            # purge what is past its retention (health data, audit log, outbox)
    SYNC = "sync.apply"                    # apply changes that arrive from the cloud service
    REQUEST_LOG = "request.log"            # log that a client made a data-subject request
    REQUEST_MANAGE = "request.manage"      # the request register: handle, extend, close, access report, export
    ERASE = "client.erase"                 # erase a client (GDPR Art. 17), with a certificate
    IMPORT = "clients.import"              # import a client file from other software; its kept reports
    BACKUP = "backup.run"                  # back up now, list and verify backups (and the scheduled backup)
    BACKUP_ADMIN = "backup.admin"          # restore a backup in place; this PC's backup folder and rotation
    ACKNOWLEDGE = "integrity.acknowledge"  # accept a database file that no longer matches its anchor (a restore)


# The one table of who may do what: the minimum staff role (None: no staff member), and whether the
# system principal (sync and scheduled jobs, acting for nobody in particular) may. README's role table is
# checked against it (tests/test_role_matrix.py).
TABLE: dict[Perm, tuple[Role | None, bool]] = {
    Perm.CLIENT_READ: (Role.EMPLOYEE, True),
    Perm.CLIENT_WRITE: (Role.EMPLOYEE, True),
    Perm.CLIENT_CONTACT: (Role.MANAGER, True),
    Perm.CLIENT_NOTES: (Role.EMPLOYEE, True),
    Perm.HEALTH: (Role.MANAGER, True),
    Perm.STAFF_READ: (Role.MANAGER, False),
    Perm.STAFF_MANAGE: (Role.MANAGER, False),
    Perm.STAFF_ROLE: (Role.OWNER, False),
    Perm.SETTINGS: (Role.OWNER, False),
    Perm.VERIFY: (Role.MANAGER, True),
    Perm.OWN_PASSWORD: (Role.EMPLOYEE, False),
    Perm.APPOINTMENT_WRITE: (Role.EMPLOYEE, True),
    Perm.SERVICES_EDIT: (Role.MANAGER, True),
    Perm.CONSENT_RECORD: (Role.EMPLOYEE, True),
    Perm.CONSENT_TEXT: (Role.OWNER, False),
    Perm.CONSENT_EXPORT: (Role.MANAGER, False),
    Perm.AUDIT_READ: (Role.OWNER, False),
    Perm.RETENTION: (Role.OWNER, True),
    Perm.SYNC: (None, True),
    Perm.REQUEST_LOG: (Role.EMPLOYEE, False),
    Perm.REQUEST_MANAGE: (Role.MANAGER, False),
    Perm.ERASE: (Role.MANAGER, False),
    Perm.IMPORT: (Role.MANAGER, False),
    Perm.BACKUP: (Role.OWNER, True),
    Perm.BACKUP_ADMIN: (Role.OWNER, False),
    Perm.ACKNOWLEDGE: (Role.OWNER, False),
}
MATRIX: dict[Perm, Role | None] = {perm: role for perm, (role, _) in TABLE.items()}
SYSTEM: frozenset[Perm] = frozenset(perm for perm, (_, system) in TABLE.items() if system)

# Client fields the owner opens or closes per role; the owner always sees everything.
VISIBILITY = (Perm.CLIENT_CONTACT, Perm.CLIENT_NOTES, Perm.HEALTH)


def setting_key(role: Role, perm: Perm) -> str:
    return f"visibility.{role.value}.{perm.value}"


def allows(role: Role, perm: Perm, settings: dict[str, str] | None = None) -> bool:
    role, needed = Role(role), MATRIX[perm]
    if needed is None:  # the system principal's alone
        return False
    if role is Role.OWNER:
        return True
    if perm in VISIBILITY and settings is not None:
        value = settings.get(setting_key(role, perm))
        if value is not None:
            return value == "1"
    return role.rank >= needed.rank


def may_manage(actor: Role, target: Role) -> bool:
    """Managers handle the accounts of employees; owners handle everyone's."""
    actor, target = Role(actor), Role(target)
    return actor is Role.OWNER or actor.rank > target.rank
