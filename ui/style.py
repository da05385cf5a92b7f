"""One stylesheet for the whole app: calm, legible, with clear error text."""
from __future__ import annotations

ACCENT = "#7a4e8c"

STYLESHEET = f"""
QWidget {{ font-size: 10pt; }}
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
QLineEdit, QPlainTextEdit, QComboBox, QSpinBox {{ padding: 4px; border: 1px solid #c9bccf; border-radius: 4px;
                                                background: white; }}
QLineEdit:focus, QPlainTextEdit:focus {{ border-color: {ACCENT}; }}
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
