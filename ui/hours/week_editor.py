"""Seven days of hours, Monday first, each typed as the salon says it ("09:00-12:00, 14:00-19:00"; empty: closed).
Used for the salon's opening hours and each person's weekly schedule."""
from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLineEdit, QWidget

from desktop.booking.hours import WEEKDAY_NAMES, Week, format_ranges
from desktop.i18n import translate
from ui.form_errors import FormErrors


class WeekEditor(QWidget):
    def __init__(self, week: Week, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edits: list[QLineEdit] = []
        self.errors = FormErrors()
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for index, name in enumerate(WEEKDAY_NAMES):
            edit = QLineEdit()
            edit.setObjectName(f"day{index}")
            edit.setPlaceholderText(self.tr("closed"))
            edit.setMinimumWidth(edit.fontMetrics().horizontalAdvance("09:00-12:30, 13:30-19:00") + 32)
            self.edits.append(edit)
            self.errors.add_row(form, translate("Weekdays", name), edit, str(index))
        self.set_week(week)

    def set_week(self, week: Week) -> None:
        for edit, ranges in zip(self.edits, week):
            edit.setText(format_ranges(ranges))

    def week(self) -> list[str]:
        return [edit.text() for edit in self.edits]

    def setEnabled(self, enabled: bool) -> None:  # noqa: N802 (Qt API)
        super().setEnabled(enabled)
        if not enabled:
            self.errors.clear()
