"""One stylesheet for the whole app: calm, legible, with clear error text."""
from __future__ import annotations

ACCENT = "#7a4e8c"
# Qt's own arrow pictures (compiled into QtWidgets, so the frozen app has them too): a styled combo box or spin
# box must name its arrows, or Qt draws them broken.
ARROWS = ":/qt-project.org/styles/commonstyle/images"

STYLESHEET = f"""
QWidget {{ font-size: 10pt; }}
QLabel {{ padding-right: 2px; }}
QMainWindow, QDialog, QWizard {{ background: #faf8fb; }}
QLabel#title {{ font-size: 18pt; font-weight: 600; color: #3b2a44; }}
QLabel#subtitle {{ color: #6b5b73; }}
QLabel#error {{ color: #b00020; }}
QLabel#hint {{ color: #6b5b73; font-size: 9pt; }}
QLabel#code {{ font-family: "DejaVu Sans Mono", monospace; font-size: 20pt; font-weight: 600;
               padding: 12px; border: 2px dashed {ACCENT}; border-radius: 8px; background: white; }}
QLabel#fieldName {{ color: #6b5b73; }}
QLabel#clientName {{ font-size: 16pt; font-weight: 600; color: #3b2a44; }}
QLabel#maskNotice {{ background: #fff4d6; border: 1px solid #e8d28a; border-radius: 4px; padding: 6px; }}
QPushButton {{ padding: 5px 14px; border-radius: 4px; border: 1px solid #c9bccf; background: white; }}
QPushButton:hover {{ border-color: {ACCENT}; }}
QPushButton#primary {{ background: {ACCENT}; color: white; border: none; font-weight: 600; }}
QPushButton#primary:disabled {{ background: #b9a7c2; }}
QPushButton#danger {{ color: #9b1c2c; border-color: #d9a3ab; }}
QPushButton#danger:disabled {{ color: #c9a0a6; }}
QLabel#memo {{ background: #fdeee0; border: 1px solid #ebc39c; border-radius: 4px; padding: 6px; }}
QLineEdit, QPlainTextEdit, QComboBox, QAbstractSpinBox {{ padding: 4px; border: 1px solid #c9bccf;
                                                        border-radius: 4px; background: white; min-height: 18px; }}
QLineEdit:focus, QPlainTextEdit:focus, QComboBox:focus, QAbstractSpinBox:focus {{ border-color: {ACCENT}; }}
QLineEdit:disabled, QComboBox:disabled, QAbstractSpinBox:disabled {{ background: #f3f0f4; color: #8a7f8f; }}
QComboBox {{ padding-right: 24px; }}
QComboBox::drop-down, QDateEdit::drop-down, QDateTimeEdit::drop-down {{
    subcontrol-origin: padding; subcontrol-position: top right; width: 22px; border: none;
    border-left: 1px solid #e0d6e6; }}
QComboBox::down-arrow, QDateEdit::down-arrow, QDateTimeEdit::down-arrow {{ image: url({ARROWS}/arrow-down-16.png);
                                                                          width: 10px; height: 10px; }}
QComboBox QAbstractItemView {{ background: white; color: #2d2233; border: 1px solid #c9bccf;
                              selection-background-color: #e4d3ec; selection-color: black; outline: none; }}
QAbstractSpinBox {{ padding-right: 22px; }}
QAbstractSpinBox::up-button, QAbstractSpinBox::down-button {{ subcontrol-origin: border; width: 20px;
                                                             border: none; border-left: 1px solid #e0d6e6; }}
QAbstractSpinBox::up-button {{ subcontrol-position: top right; border-top-right-radius: 4px; }}
QAbstractSpinBox::down-button {{ subcontrol-position: bottom right; border-bottom-right-radius: 4px; }}
QAbstractSpinBox::up-button:hover, QAbstractSpinBox::down-button:hover {{ background: #f1eaf4; }}
QAbstractSpinBox::up-arrow {{ image: url({ARROWS}/arrow-up-16.png); width: 8px; height: 8px; }}
QAbstractSpinBox::down-arrow {{ image: url({ARROWS}/arrow-down-16.png); width: 8px; height: 8px; }}
QDateEdit[calendarPopup="true"], QDateTimeEdit[calendarPopup="true"] {{ padding-right: 24px; }}
QLabel#fieldError {{ color: #b00020; font-size: 9pt; }}
QLabel#keyringProblem {{ background: #fff4d6; border: 1px solid #e8d28a; border-radius: 4px; padding: 10px;
                         font-size: 11pt; }}
QLabel#summary {{ font-weight: 600; color: #3b2a44; }}
QLineEdit#search {{ padding: 6px 8px; font-size: 11pt; min-width: 420px; }}
QTableView {{ background: white; alternate-background-color: #f6f1f8; gridline-color: #eee6f1;
              selection-background-color: #e4d3ec; selection-color: black; border: 1px solid #e0d6e6; }}
QHeaderView::section {{ background: #efe8f2; padding: 5px; border: none; border-right: 1px solid #e0d6e6;
                        font-weight: 600; color: #3b2a44; }}
QToolButton {{ padding: 5px 12px; border-radius: 4px; border: 1px solid #c9bccf; background: white; }}
QToolButton:hover {{ border-color: {ACCENT}; }}
QToolButton#primaryAction {{ background: {ACCENT}; color: white; border: none; font-weight: 600; }}
QToolBar {{ background: #f1eaf4; border: none; padding: 4px; spacing: 8px; }}
QStatusBar {{ background: #f1eaf4; color: #4a3a52; }}
QFrame#detail {{ background: white; border: 1px solid #e0d6e6; border-radius: 6px; }}
"""
