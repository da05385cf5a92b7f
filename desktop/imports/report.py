"""What an import did, or would do: the JSON the CLI prints, the kept report's labels and its CSV export.

Row numbers, outcomes and reason codes only: no value from the file, so no card number and no note.
"""
from __future__ import annotations

from typing import Any, Callable

from desktop.imports.plan import Decisions, Plan
from desktop.imports.reading import column_letter
from storage.errors import QT_TRANSLATE_NOOP

REASONS = {
    "extra_cells": QT_TRANSLATE_NOOP("Import", "more cells than the header has columns (a separator inside an unquoted value?)"),
    "card_elsewhere": QT_TRANSLATE_NOOP("Import", "a payment card number in a cell other than the notes: the row is not imported"),
    "last_name_missing": QT_TRANSLATE_NOOP("Import", "no last name"),
    "last_name_invalid": QT_TRANSLATE_NOOP("Import", "the last name is too long or holds control characters"),
    "first_name_missing": QT_TRANSLATE_NOOP("Import", "no first name"),
    "first_name_invalid": QT_TRANSLATE_NOOP("Import", "the first name is too long or holds control characters"),
    "email_invalid": QT_TRANSLATE_NOOP("Import", "the email address is not valid"),
    "phone_invalid": QT_TRANSLATE_NOOP("Import", "a phone number is not valid"),
    "birth_date_invalid": QT_TRANSLATE_NOOP("Import", "the birth date is not a date (DD/MM/YYYY)"),
    "birth_date_implausible": QT_TRANSLATE_NOOP("Import", "the birth date is in the future or before 1900"),
    "created_on_invalid": QT_TRANSLATE_NOOP("Import", "the creation date is not a date (DD/MM/YYYY)"),
    "notes_too_long": QT_TRANSLATE_NOOP("Import", "the notes are longer than 10,000 characters"),
    "erased": QT_TRANSLATE_NOOP("Import", "this person's data was erased at their request: not re-added"),
    "card_row_skipped": QT_TRANSLATE_NOOP("Import", "skipped: a payment card number in the notes"),
    "duplicate_skipped": QT_TRANSLATE_NOOP("Import", "skipped: a duplicate"),
    "restricted": QT_TRANSLATE_NOOP("Import", "the client asked to restrict the use of their data: left as it is"),
    "refused": QT_TRANSLATE_NOOP("Import", "refused by the client service"),
}
OUTCOMES = {
    "imported": QT_TRANSLATE_NOOP("Import", "imported"),
    "merged": QT_TRANSLATE_NOOP("Import", "merged"),
    "unchanged": QT_TRANSLATE_NOOP("Import", "already there"),
    "skipped": QT_TRANSLATE_NOOP("Import", "skipped"),
}
NOTES = {
    "card_dropped": QT_TRANSLATE_NOOP("Import", "note dropped: it held a payment card number"),
    "health_held": QT_TRANSLATE_NOOP("Import", "note held back: health information needs the client's explicit consent"),
    "health_kept": QT_TRANSLATE_NOOP("Import", "note kept: checked as not health information"),
    "health_section": QT_TRANSLATE_NOOP("Import", "note moved to the health section: the client consented to it"),
    "note_refused": QT_TRANSLATE_NOOP("Import", "note not added: the client's notes need checking at the desk"),
    "too_long": QT_TRANSLATE_NOOP("Import", "note not added: the client's notes would pass 10,000 characters"),
    "restricted": QT_TRANSLATE_NOOP("Import", "note not added: the client's data is restricted"),
}
CSV_HEADER = (QT_TRANSLATE_NOOP("Import", "Row"), QT_TRANSLATE_NOOP("Import", "Outcome"),
              QT_TRANSLATE_NOOP("Import", "Reason"), QT_TRANSLATE_NOOP("Import", "Notes"),
              QT_TRANSLATE_NOOP("Import", "Consent events"), QT_TRANSLATE_NOOP("Import", "Client"))


def file_format(plan: Plan) -> str:
    if plan.kind == "xlsx":
        return f"xlsx {plan.sheet}"
    return f"csv {plan.encoding} {'tab' if plan.delimiter == chr(9) else plan.delimiter}"


def dry_run(plan: Plan, decisions: Decisions | None = None, *, consent_planned: int = 0,
            translate: Callable[[str, str], str] | None = None) -> dict[str, Any]:
    """What committing this plan would do (nothing written)."""
    decisions = decisions or Decisions()
    imported, merged, skipped = [], [], []
    for row in plan.rows:
        status = row.status
        if status in ("invalid", "erased"):
            skipped.append((row.row, row.reason or "erased"))
        elif row.cards and decisions.card(row.row) == "skip":
            skipped.append((row.row, "card_row_skipped"))
        elif status == "duplicate" and decisions.duplicate(row) == "skip":
            skipped.append((row.row, "duplicate_skipped"))
        elif status == "duplicate" and decisions.duplicate(row) == "merge":
            merged.append(row.row)
        else:
            imported.append(row.row)
    return _common(plan, translate) | {
        "dry_run": True, "imported": imported, "merged": merged, "unchanged": [],
        "skipped": [_reason(r, code, translate) for r, code in skipped],
        "consent_events_created": 0, "consent_events_planned": consent_planned, "report_id": None}


def committed(plan: Plan, lines: list[tuple], consent_events: int, report_id: str,
              translate: Callable[[str, str], str] | None = None) -> dict[str, Any]:
    """What the commit did, from its report lines (row, outcome, reason, notes, consent, client id)."""
    by = {"imported": [], "merged": [], "unchanged": []}
    skipped = []
    for row, outcome, reason, _notes, _consent, _client in lines:
        if outcome == "skipped":
            skipped.append(_reason(row, reason, translate))
        else:
            by[outcome].append(row)
    return _common(plan, translate) | {"dry_run": False, **by, "skipped": skipped,
                                       "consent_events_created": consent_events, "report_id": report_id}


def _common(plan: Plan, translate) -> dict[str, Any]:
    return {
        "ok": True,
        "file": {"name": plan.file_name, "sha256": plan.sha256, "size": plan.size, "format": file_format(plan)},
        "mapping": {f"{column_letter(i)} {name}".strip(): field for i, (name, field) in
                    enumerate(zip(plan.header, plan.mapping))},
        "rows": len(plan.rows),
        "duplicates": [r.row for r in plan.where("duplicate")],
        "duplicate_of": [{"row": r.row, "of": _target(r.duplicate_of), "on": r.matched_on, "proposed": r.proposed}
                         for r in plan.where("duplicate")],
        "invalid": [_reason(r.row, r.reason, translate) for r in plan.where("invalid")],
        "erased_flagged": [r.row for r in plan.where("erased")],
        "card_numbers_blocked": [r.row for r in plan.rows if r.cards or r.reason == "card_elsewhere"],
        "health_flagged": [r.row for r in plan.rows if r.health and not r.reason],
        "formula_cells": [{"row": r.row, "columns": r.formulas} for r in plan.rows if r.formulas],
        "consent_answers": {channel: {"yes": len(plan.answers(channel, "yes")), "no": len(plan.answers(channel, "no"))}
                            for channel in plan.consent_columns},
        "imported_before": plan.imported_before,
    }


def _target(target: tuple) -> dict[str, Any]:
    kind, value = target
    return {"client": value} if kind == "client" else {"row": value}


def _reason(row: int, code: str | None, translate) -> dict[str, Any]:
    text = REASONS.get(code or "", code or "")
    return {"row": row, "reason": code, "message": translate("Import", text) if translate else text}


def csv_rows(lines: list[dict[str, Any]], translate: Callable[[str, str], str]) -> list[tuple]:
    def label(table: dict, code: str | None) -> str:
        return translate("Import", table[code]) if code in table else (code or "")
    return [(line["row"], label(OUTCOMES, line["outcome"]), label(REASONS, line["reason"]),
             label(NOTES, line["notes"]), line["consent"], line["client_id"] or "") for line in lines]
