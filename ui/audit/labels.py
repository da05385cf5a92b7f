"""Plain names for the audit log's action and record codes (an unknown code, from a newer version, shows as
it is)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.kernel.errors import QT_TRANSLATE_NOOP

C = "AuditActions"
ACTIONS = {
    "account_locked": QT_TRANSLATE_NOOP("AuditActions", "Account locked"),
    "account_unlocked": QT_TRANSLATE_NOOP("AuditActions", "Account unlocked"),
    "appointment_booked": QT_TRANSLATE_NOOP("AuditActions", "Appointment booked"),
    "appointment_moved": QT_TRANSLATE_NOOP("AuditActions", "Appointment moved"),
    "appointment_status": QT_TRANSLATE_NOOP("AuditActions", "Appointment status changed"),
    "backup_failed": QT_TRANSLATE_NOOP("AuditActions", "Backup failed"),
    "backup_made": QT_TRANSLATE_NOOP("AuditActions", "Backup made and verified"),
    "backup_restore_prepared": QT_TRANSLATE_NOOP("AuditActions", "Restore of a backup prepared"),
    "backup_restored": QT_TRANSLATE_NOOP("AuditActions", "Backup restored"),
    "backup_settings_changed": QT_TRANSLATE_NOOP("AuditActions", "Backup folder or rotation changed"),
    "client_added": QT_TRANSLATE_NOOP("AuditActions", "Client file created"),
    "client_edited": QT_TRANSLATE_NOOP("AuditActions", "Client file edited"),
    "clients_imported": QT_TRANSLATE_NOOP("AuditActions", "Clients imported from a file"),
    "client_viewed": QT_TRANSLATE_NOOP("AuditActions", "Client file viewed"),
    "confirmation_printed": QT_TRANSLATE_NOOP("AuditActions", "Confirmation printed"),
    "consent_recorded": QT_TRANSLATE_NOOP("AuditActions", "Consent decision recorded"),
    "consent_text_edited": QT_TRANSLATE_NOOP("AuditActions", "Consent wording edited"),
    "erasure_reapplied": QT_TRANSLATE_NOOP("AuditActions", "Erasure applied again after a restore"),
    "export": QT_TRANSLATE_NOOP("AuditActions", "Export"),
    "gdpr_acknowledged": QT_TRANSLATE_NOOP("AuditActions", "GDPR page acknowledged"),
    "health_note_saved": QT_TRANSLATE_NOOP("AuditActions", "Health note saved"),
    "health_purged": QT_TRANSLATE_NOOP("AuditActions", "Old health data deleted"),
    "health_viewed": QT_TRANSLATE_NOOP("AuditActions", "Health section viewed"),
    "login_failed": QT_TRANSLATE_NOOP("AuditActions", "Sign-in failed"),
    "login_ok": QT_TRANSLATE_NOOP("AuditActions", "Signed in"),
    "login_refused_inactive": QT_TRANSLATE_NOOP("AuditActions", "Sign-in refused: account deactivated"),
    "login_refused_locked": QT_TRANSLATE_NOOP("AuditActions", "Sign-in refused: account locked"),
    "password_changed": QT_TRANSLATE_NOOP("AuditActions", "Password changed"),
    "password_rehashed": QT_TRANSLATE_NOOP("AuditActions", "Password protection updated"),
    "password_reset": QT_TRANSLATE_NOOP("AuditActions", "Password reset"),
    "patch_test_added": QT_TRANSLATE_NOOP("AuditActions", "Patch test added"),
    "reauth_failed": QT_TRANSLATE_NOOP("AuditActions", "Password confirmation failed"),
    "recovery_code_used": QT_TRANSLATE_NOOP("AuditActions", "Recovery code used"),
    "role_changed": QT_TRANSLATE_NOOP("AuditActions", "Role changed"),
    "salon_created": QT_TRANSLATE_NOOP("AuditActions", "Salon created"),
    "service_added": QT_TRANSLATE_NOOP("AuditActions", "Service added"),
    "setting_changed": QT_TRANSLATE_NOOP("AuditActions", "Setting changed"),
    "staff_added": QT_TRANSLATE_NOOP("AuditActions", "Staff member added"),
    "staff_deactivated": QT_TRANSLATE_NOOP("AuditActions", "Staff member deactivated"),
    "staff_reactivated": QT_TRANSLATE_NOOP("AuditActions", "Staff member reactivated"),
    "verify_run": QT_TRANSLATE_NOOP("AuditActions", "Integrity check run"),
}

RECORDS = {
    "appointment": QT_TRANSLATE_NOOP("AuditActions", "appointment"),
    "client": QT_TRANSLATE_NOOP("AuditActions", "client file"),
    "consent_text": QT_TRANSLATE_NOOP("AuditActions", "consent wording"),
    "erasure": QT_TRANSLATE_NOOP("AuditActions", "erasure"),
    "export": QT_TRANSLATE_NOOP("AuditActions", "export"),
    "import": QT_TRANSLATE_NOOP("AuditActions", "import report"),
    "salon": QT_TRANSLATE_NOOP("AuditActions", "salon"),
    "service": QT_TRANSLATE_NOOP("AuditActions", "service"),
    "setting": QT_TRANSLATE_NOOP("AuditActions", "setting"),
    "staff": QT_TRANSLATE_NOOP("AuditActions", "staff account"),
}


def action_label(code: str) -> str:
    return QCoreApplication.translate(C, ACTIONS[code]) if code in ACTIONS else code


def record_label(kind: str | None, record_id: str | None) -> str:
    """`client 3f2a…` -> `client file 3f2a…`; the id (or the setting's key, the export's kind) stays as it is."""
    name = QCoreApplication.translate(C, RECORDS[kind]) if kind in RECORDS else kind
    return " ".join(filter(None, (name, record_id)))
