"""Message boxes and file pickers behind one object, so controllers can be tested without modal hangs."""
from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget

from desktop import i18n
from desktop.kernel.errors import SalonError


def message_of(exc: BaseException) -> str:
    """One plain, translated line for an expected error."""
    if isinstance(exc, SalonError):
        return exc.message(i18n.translate)
    if isinstance(exc, OSError):  # a file the user chose could not be written (read-only folder, disk full)
        return QCoreApplication.translate("Dialogs", "The file could not be saved: {reason}.").format(
            reason=exc.strerror or type(exc).__name__)
    return str(exc)


def file_name(text: str) -> str:
    """A file-name-safe form of a salon's name: 'Atelier Lumière' -> 'atelier-lumiere'."""
    plain = "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch)).casefold()
    return re.sub(r"[^a-z0-9]+", "-", plain).strip("-") or "salon"


def in_documents(name: str) -> str:
    """`name` in the user's Documents folder, unless it already names a folder."""
    if Path(name).parent != Path("."):
        return name
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if not folder or not Path(folder).is_dir():  # no Documents folder: the home folder, never the program's
        folder = str(Path.home())
    return str(Path(folder) / name)


def grow_to_fit(dialog: QWidget) -> None:
    """After a dialog shows more (an error, an override to tick), make it tall and wide enough for all of it:
    wrapped lines are not squeezed and nothing is clipped."""
    dialog.layout().activate()
    hint = dialog.sizeHint()
    dialog.resize(max(dialog.width(), hint.width()), max(dialog.height(), hint.height()))


class Dialogs:
    def error(self, parent: QWidget | None, text: str) -> None:
        QMessageBox.warning(parent, QCoreApplication.translate("Dialogs", "Salon Desk"), text)

    def info(self, parent: QWidget | None, title: str, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok, parent)
        box.setTextInteractionFlags(box.textInteractionFlags())
        box.exec()

    def confirm(self, parent: QWidget | None, text: str) -> bool:
        answer = QMessageBox.question(parent, QCoreApplication.translate("Dialogs", "Salon Desk"), text)
        return answer == QMessageBox.StandardButton.Yes

    def ask_password(self, parent: QWidget | None, prompt: str) -> str | None:
        text, ok = QInputDialog.getText(parent, QCoreApplication.translate("Dialogs", "Confirm with your password"),
                                        prompt, QLineEdit.EchoMode.Password)
        return text if ok else None

    def ask_line(self, parent: QWidget | None, title: str, prompt: str, current: str = "") -> str | None:
        """One line of text (None when cancelled; it may be empty)."""
        text, ok = QInputDialog.getText(parent, title, prompt, QLineEdit.EchoMode.Normal, current)
        return text if ok else None

    def ask_text(self, parent: QWidget | None, prompt: str) -> str | None:
        text, ok = QInputDialog.getMultiLineText(parent, QCoreApplication.translate("Dialogs", "Salon Desk"), prompt)
        return text if ok and text.strip() else None

    def open_file(self, parent: QWidget | None, title: str, pattern: str) -> str | None:
        path, _ = QFileDialog.getOpenFileName(parent, title, "", pattern)
        return path or None

    def save_file(self, parent: QWidget | None, title: str, suggested: str, pattern: str) -> str | None:
        """The platform's own save dialog (in the app's language where Qt draws it), opening in the user's
        Documents folder with `suggested`, a translated file name."""
        path, _ = QFileDialog.getSaveFileName(parent, title, in_documents(suggested), pattern)
        return path or None

    def open_file(self, parent: QWidget | None, title: str, pattern: str) -> str | None:
        path, _ = QFileDialog.getOpenFileName(parent, title, "", pattern)
        return path or None

    def choose_folder(self, parent: QWidget | None, title: str, start: str) -> str | None:
        return QFileDialog.getExistingDirectory(parent, title, start) or None

    def crash(self, parent: QWidget | None, error: str, log_path: Path | None) -> None:
        """Something unexpected happened: say so plainly, and where the log file is (ui/crash.py)."""
        from ui.crash import CrashDialog

        CrashDialog(error, log_path, parent).exec()


dialogs = Dialogs()
