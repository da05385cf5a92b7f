"""The "About" dialog (version, updates, bundled libraries and their licences) and the owner's update notice.

`add_help_menu(window, desk)` is the main window's one entry point: it adds Help › About, starts the daily
update check of an installed copy (once per process), and shows the owner a discreet notice in the status
bar when a verified version is ready for the next start. Nothing is installed while the app runs.
"""
from __future__ import annotations

import html
from importlib import metadata, resources
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QT_TRANSLATE_NOOP, Signal
from PySide6.QtGui import QAction, QPixmap
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QMainWindow, QTextBrowser,
                               QVBoxLayout, QWidget)

from desktop import __version__, updates
from desktop.i18n import translate

# (distribution whose metadata names its licence, shown name, licence when the metadata is silent)
LIBRARIES = (
    ("PySide6-Essentials", "Qt 6 / Qt for Python (PySide6)", "LGPL-3.0-only"),
    ("shiboken6", "Shiboken 6", "LGPL-3.0-only"),
    ("sqlcipher3", "SQLCipher (sqlcipher3)", QT_TRANSLATE_NOOP("AboutDialog", "BSD-style (SQLCipher), zlib (sqlcipher3)")),
    ("reportlab", "ReportLab", "BSD-3-Clause"),
    ("argon2-cffi", "argon2-cffi", "MIT"),
    ("keyring", "keyring", "MIT"),
    ("phonenumbers", "phonenumbers", "Apache-2.0"),
    ("holidays", "holidays", "MIT"),
    ("cryptography", "cryptography", "Apache-2.0 OR BSD-3-Clause"),
    ("email-validator", "email-validator", "Unlicense"),
    ("platformdirs", "platformdirs", "MIT"),
    ("tzdata", "tzdata", "Apache-2.0"),
    ("APScheduler", "APScheduler", "MIT"),
    ("tufup", "tufup", "MIT"),
    ("tuf", "python-tuf", "Apache-2.0 OR MIT"),
)
FONTS = (
    ("DejaVu Sans", "LICENSE-DejaVu.txt",
     QT_TRANSLATE_NOOP("AboutDialog", "Bitstream Vera licence, DejaVu changes in the public domain")),
    ("Symbola", "LICENSE-Symbola.txt", QT_TRANSLATE_NOOP("AboutDialog", "Free for any use (George Douros)")),
)
PREFIX = "License :: OSI Approved :: "
HELP_MENU = QT_TRANSLATE_NOOP("AboutDialog", "&Help")
ABOUT_ACTION = QT_TRANSLATE_NOOP("AboutDialog", "About Salon Desk…")


def licence_of(distribution: str, fallback: str) -> tuple[str, str]:
    """(version, licence) from the installed package's metadata; the fallback when it says nothing useful."""
    try:
        meta = metadata.metadata(distribution)
    except metadata.PackageNotFoundError:
        return "", fallback
    text = meta.get("License-Expression") or ""
    declared = (meta.get("License") or "").strip()
    if not text and declared and "\n" not in declared and len(declared) <= 60:
        text = declared
    if not text:
        text = " / ".join(c[len(PREFIX):] for c in meta.get_all("Classifier") or [] if c.startswith(PREFIX))
    return meta.get("Version") or "", text or fallback


def fonts_dir() -> Path:
    return Path(str(resources.files("resources").joinpath("fonts")))


class UpdateNotifier(QObject):
    """Carries the background check's result to the GUI thread (signals emitted from it are queued)."""
    ready = Signal(object)
    refused = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.latest: updates.Ready | None = None
        self.refusal = ""
        self.channel, self.reason = updates.channel_for_this_copy()
        self.service: updates.UpdateService | None = None
        self.ready.connect(self._remember)
        self.refused.connect(lambda text: setattr(self, "refusal", text))
        if self.channel is not None:
            self.latest = updates.pending(self.channel)

    def start(self) -> None:
        if self.channel is not None and self.service is None and self.latest is None:
            self.service = updates.UpdateService(self.channel, self.ready.emit, self.refused.emit)
            self.service.start()

    def _remember(self, ready: updates.Ready) -> None:
        self.latest = ready


_notifier: UpdateNotifier | None = None


def notifier() -> UpdateNotifier:
    global _notifier
    if _notifier is None:
        _notifier = UpdateNotifier()
    return _notifier


def add_help_menu(window: QMainWindow, desk) -> QAction:
    """Help › About for everyone; the update notice for the owner."""
    from desktop.kernel.permissions import Role

    menu = window.menuBar().addMenu(translate("AboutDialog", HELP_MENU))
    action = menu.addAction(translate("AboutDialog", ABOUT_ACTION))
    action.setObjectName("aboutAction")
    action.setMenuRole(QAction.MenuRole.AboutRole)
    action.triggered.connect(lambda: AboutDialog(notifier(), window).exec())
    hub = notifier()
    if desk.role == Role.OWNER:
        notice = UpdateNotice(hub, window)
        window.statusBar().addPermanentWidget(notice)
    hub.start()
    return action


class UpdateNotice(QLabel):
    """A link in the owner's status bar once a version is ready; hidden otherwise."""

    def __init__(self, hub: UpdateNotifier, window: QWidget) -> None:
        super().__init__()
        self.setObjectName("updateNotice")
        self.hub = hub
        self.linkActivated.connect(lambda _link: AboutDialog(hub, window).exec())
        hub.ready.connect(self.show_ready)
        self.hide()
        if hub.latest is not None:
            self.show_ready(hub.latest)

    def show_ready(self, ready: updates.Ready) -> None:
        self.setText(self.tr('Salon Desk {version} is ready: it installs at the next start. '
                             '<a href="about">What\'s new</a>').format(version=html.escape(ready.version)))
        self.show()


class AboutDialog(QDialog):
    def __init__(self, hub: UpdateNotifier | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About Salon Desk"))
        self.resize(640, 620)
        hub = hub or notifier()

        logo = QLabel()
        icon = Path(str(resources.files("resources").joinpath("icons", "salon-desk-256.png")))
        if icon.is_file():
            logo.setPixmap(QPixmap(str(icon)).scaled(96, 96, Qt.AspectRatioMode.KeepAspectRatio,
                                                      Qt.TransformationMode.SmoothTransformation))
        self.version_label = QLabel(self.tr("<b>Salon Desk</b> version {version}").format(version=__version__))
        self.version_label.setObjectName("version")
        summary = QLabel(self.tr("Clients, appointments and consent for small salons. "
                                 "The salon's data stays on this computer, encrypted."))
        summary.setWordWrap(True)
        heading = QVBoxLayout()
        heading.addWidget(self.version_label)
        heading.addWidget(summary)
        top = QHBoxLayout()
        top.addWidget(logo)
        top.addLayout(heading, 1)

        self.updates_label = QLabel(self.update_status(hub))
        self.updates_label.setObjectName("updates")
        self.updates_label.setWordWrap(True)
        self.updates_label.setTextFormat(Qt.TextFormat.RichText)

        self.licences = QTextBrowser()
        self.licences.setObjectName("licences")
        self.licences.setOpenExternalLinks(False)
        self.licences.setHtml(self.licences_html())

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.updates_label)
        layout.addWidget(QLabel(self.tr("Bundled software and licences")))
        layout.addWidget(self.licences, 1)
        layout.addWidget(buttons)

    def update_status(self, hub: UpdateNotifier) -> str:
        if hub.latest is not None:
            from desktop import i18n

            notes = hub.latest.notes_in(i18n.system_language())
            text = self.tr("Version {version} is ready. It will be installed the next time Salon Desk starts, "
                           "after a copy of the salon's database.").format(version=html.escape(hub.latest.version))
            if notes:
                text += "<br><i>" + self.tr("What's new:") + "</i> " + html.escape(notes).replace("\n", "<br>")
            return text
        if hub.refusal:
            return self.tr("The last update was refused: its signed data did not verify (altered, older than "
                           "what this computer has seen, or expired). This version stays in place.")
        if hub.channel is not None:
            return self.tr("Automatic updates are on: Salon Desk checks once a day and installs a new version "
                           "when it next starts.")
        if hub.reason == updates.OFF:
            return self.tr("Automatic updates are turned off on this computer.")
        if hub.reason == updates.FROM_SOURCE:
            return self.tr("This copy runs from source code: it is updated with git, not automatically.")
        return self.tr("This build has no update repository: install new versions by hand.")

    def licences_html(self) -> str:
        rows = []
        for distribution, name, fallback in LIBRARIES:
            version, licence = licence_of(distribution, fallback)
            rows.append((name, version, translate("AboutDialog", licence)))
        for name, _file, licence in FONTS:
            rows.append((name, "", translate("AboutDialog", licence)))
        header = "".join(f"<th align='left'>{html.escape(title)}</th>"
                         for title in (self.tr("Component"), self.tr("Version"), self.tr("Licence")))
        body = "".join("<tr>" + "".join(f"<td>{html.escape(cell)}</td>" for cell in row) + "</tr>" for row in rows)
        parts = [f"<table cellspacing='0' cellpadding='3'><tr>{header}</tr>{body}</table>",
                 "<p>" + html.escape(self.tr("Qt and PySide6 are used under the GNU LGPL version 3: you may replace "
                                             "the Qt libraries in the app folder with your own build.")) + "</p>"]
        for name, file, _licence in FONTS:
            path = fonts_dir() / file
            if path.is_file():
                parts.append(f"<h4>{html.escape(name)}</h4><pre style='white-space: pre-wrap'>"  # no sideways scrolling
                             f"{html.escape(path.read_text(encoding='utf-8'))}</pre>")
        return "".join(parts)
