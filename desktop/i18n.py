"""Language choice and translation for every layer (one catalogue: resources/translations/*.ts).

Qt-free code marks strings with QT_TRANSLATE_NOOP; they are translated here when shown.
French is used when the system locale is French (or SALON_DESK_LANG=fr); English is the source.
"""
from __future__ import annotations

import locale
import os
from importlib import resources
from pathlib import Path

SUPPORTED = ("fr",)
_installed: list = []  # keeps QTranslator objects alive


def system_language() -> str:
    for var in ("SALON_DESK_LANG", "LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(var)
        if value:
            return value.split(":")[0].split(".")[0].split("_")[0].lower()
    lang = locale.getlocale()[0] or ""
    return lang.split("_")[0].lower()


def translations_dir() -> Path:
    return Path(str(resources.files("resources").joinpath("translations")))


def install(language: str | None = None) -> str:
    """Load our catalogue (and Qt's own) for `language`; returns the language in use."""
    from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator

    language = (language or system_language()) if language != "" else "en"
    if language not in SUPPORTED:
        return "en"
    for name, folder in ((f"salon_desk_{language}.qm", str(translations_dir())),
                         (f"qtbase_{language}.qm", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))):
        translator = QTranslator()
        if translator.load(name, folder):
            QCoreApplication.installTranslator(translator)
            _installed.append(translator)
    return language


def translate(context: str, text: str) -> str:
    if not _installed:
        return text
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(context, text)


def tr(context: str, text: str, **params: object) -> str:
    """Translate a source string marked elsewhere with QT_TRANSLATE_NOOP, then fill it in."""
    return translate(context, text).format(**params) if params else translate(context, text)
