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
    "appointment_changed": QT_TRANSLATE_NOOP("AuditActions", "Appointment changed"),
    "audit_pruned": QT_TRANSLATE_NOOP("AuditActions", "Old audit entries removed"),
    "chain_anchor_acknowledged": QT_TRANSLATE_NOOP("AuditActions", "Changed data file accepted"),
    "chain_anchor_created": QT_TRANSLATE_NOOP("AuditActions", "Integrity anchor created"),
    "client_erased": QT_TRANSLATE_NOOP("AuditActions", "Client erased"),
    "consent_text_registered": QT_TRANSLATE_NOOP("AuditActions", "Platform consent text registered"),
    "day_sheet_printed": QT_TRANSLATE_NOOP("AuditActions", "Day sheet printed"),
    "notes_confirmed_not_health": QT_TRANSLATE_NOOP("AuditActions", "Notes checked: no health information"),
    "password_renewal_reminded": QT_TRANSLATE_NOOP("AuditActions", "Password renewal reminded"),
    "request_closed": QT_TRANSLATE_NOOP("AuditActions", "Request closed"),
    "request_extended": QT_TRANSLATE_NOOP("AuditActions", "Request deadline extended"),
    "request_identity_note": QT_TRANSLATE_NOOP("AuditActions", "Identity check noted on a request"),
    "request_opened": QT_TRANSLATE_NOOP("AuditActions", "Data-protection request logged"),
    "request_recipient_told": QT_TRANSLATE_NOOP("AuditActions", "Recipient told about a request"),
    "salon_identity_changed": QT_TRANSLATE_NOOP("AuditActions", "Salon details changed"),
    "service_edited": QT_TRANSLATE_NOOP("AuditActions", "Service changed"),
    "service_restored": QT_TRANSLATE_NOOP("AuditActions", "Service restored"),
    "time_off_added": QT_TRANSLATE_NOOP("AuditActions", "Absence or closure added"),
    "time_off_removed": QT_TRANSLATE_NOOP("AuditActions", "Absence or closure removed"),
    "upgrade_backup_deleted": QT_TRANSLATE_NOOP("AuditActions", "Pre-update copy deleted"),
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


D = "AuditDetails"
DETAIL_KEYS = {
    "purpose": QT_TRANSLATE_NOOP("AuditDetails", "purpose"),
    "rows": QT_TRANSLATE_NOOP("AuditDetails", "rows"),
    "request": QT_TRANSLATE_NOOP("AuditDetails", "request"),
    "kind": QT_TRANSLATE_NOOP("AuditDetails", "kind"),
    "value": QT_TRANSLATE_NOOP("AuditDetails", "value"),
    "folder": QT_TRANSLATE_NOOP("AuditDetails", "folder"),
    "file": QT_TRANSLATE_NOOP("AuditDetails", "file"),
    "field": QT_TRANSLATE_NOOP("AuditDetails", "field"),
    "fields": QT_TRANSLATE_NOOP("AuditDetails", "fields"),
    "channel": QT_TRANSLATE_NOOP("AuditDetails", "channel"),
    "decision": QT_TRANSLATE_NOOP("AuditDetails", "decision"),
    "method": QT_TRANSLATE_NOOP("AuditDetails", "method"),
    "failures": QT_TRANSLATE_NOOP("AuditDetails", "failed attempts"),
    "while_waiting": QT_TRANSLATE_NOOP("AuditDetails", "during the wait"),
    "reason": QT_TRANSLATE_NOOP("AuditDetails", "reason"),
    "months": QT_TRANSLATE_NOOP("AuditDetails", "months"),
    "due": QT_TRANSLATE_NOOP("AuditDetails", "due"),
    "recipient": QT_TRANSLATE_NOOP("AuditDetails", "recipient"),
    "bytes": QT_TRANSLATE_NOOP("AuditDetails", "bytes"),
    "deleted": QT_TRANSLATE_NOOP("AuditDetails", "deleted"),
    "daily": QT_TRANSLATE_NOOP("AuditDetails", "daily"),
    "weekly": QT_TRANSLATE_NOOP("AuditDetails", "weekly"),
    "monthly": QT_TRANSLATE_NOOP("AuditDetails", "monthly"),
    "consent_events": QT_TRANSLATE_NOOP("AuditDetails", "consent decisions"),
    "file_sha256": QT_TRANSLATE_NOOP("AuditDetails", "file SHA-256"),
    "source": QT_TRANSLATE_NOOP("AuditDetails", "source"),
    "imported": QT_TRANSLATE_NOOP("AuditDetails", "imported"),
    "merged": QT_TRANSLATE_NOOP("AuditDetails", "merged"),
    "skipped": QT_TRANSLATE_NOOP("AuditDetails", "skipped"),
    "unchanged": QT_TRANSLATE_NOOP("AuditDetails", "already there"),
}
PURPOSES = {
    "access_report": QT_TRANSLATE_NOOP("AuditDetails", "access report"),
    "booking": QT_TRANSLATE_NOOP("AuditDetails", "booking"),
    "cli": QT_TRANSLATE_NOOP("AuditDetails", "command line"),
    "client_file": QT_TRANSLATE_NOOP("AuditDetails", "client file"),
    "consent": QT_TRANSLATE_NOOP("AuditDetails", "consent"),
    "consent_proof": QT_TRANSLATE_NOOP("AuditDetails", "consent proof"),
    "consent_status": QT_TRANSLATE_NOOP("AuditDetails", "consent status"),
    "edit": QT_TRANSLATE_NOOP("AuditDetails", "editing"),
    "health": QT_TRANSLATE_NOOP("AuditDetails", "health"),
    "portability": QT_TRANSLATE_NOOP("AuditDetails", "copy of the data"),
}
PAIR = QT_TRANSLATE_NOOP("AuditDetails", "{key}: {value}")


def detail_label(key: str, value: object) -> str:
    """One detail in the user's language: `purpose: health` -> « motif : santé »; codes it does not know, from
    a newer version, stay as they are."""
    from desktop.consent.rules import CHANNEL_LABELS, METHOD_LABELS, STATUS_LABELS
    from desktop.privacy.service import KIND_LABELS

    known = {"purpose": (D, PURPOSES), "kind": ("Privacy", KIND_LABELS), "channel": ("Consent", CHANNEL_LABELS),
             "decision": ("Consent", STATUS_LABELS), "method": ("Consent", METHOD_LABELS)}.get(key)
    text = str(value)
    if known and isinstance(value, str) and value in known[1]:
        text = QCoreApplication.translate(known[0], known[1][value])
    name = QCoreApplication.translate(D, DETAIL_KEYS[key]) if key in DETAIL_KEYS else key
    return QCoreApplication.translate(D, PAIR).format(key=name, value=text)
