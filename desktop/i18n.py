"""Language choice and translation for every layer (one catalogue: resources/translations/*.ts).

Qt-free code marks strings with QT_TRANSLATE_NOOP; they are translated here when shown.
French is used when the system locale is French (or SALON_DESK_LANG=fr); English is the source.
"""
from __future__ import annotations

import locale
import os
import sys
from importlib import resources
from pathlib import Path

SUPPORTED = ("fr", "en")
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
    """Load our catalogue (and Qt's own) for `language` or the system's; returns the language in use.

    French when the system is French; otherwise English (the source, plus its plural forms).
    """
    from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

    language = language or system_language()
    if language not in SUPPORTED:
        language = "en"
    if QCoreApplication.instance() is None:
        if language == "en":  # the CLI in English needs no catalogue (plural forms are for screens)
            return language
        _installed.append(QCoreApplication([sys.argv[0] if sys.argv else "salon-desk"]))  # translators need one
    uninstall()
    # Day and month names in date pickers follow the language, whatever the system's C locale says.
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France) if language == "fr"
                       else QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    for name, folder in ((f"salon_desk_{language}.qm", str(translations_dir())),
                         (f"qtbase_{language}.qm", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))):
        translator = QTranslator()
        if translator.load(name, folder):
            QCoreApplication.installTranslator(translator)
            _installed.append(translator)
    return language


def release_core_application() -> None:
    """Drop the bare QCoreApplication made for the CLI's words, so the app can make its QApplication (the CLI
    speaks the user's language before it knows whether it starts the app)."""
    from PySide6.QtCore import QCoreApplication

    uninstall()
    for core in [t for t in _installed if isinstance(t, QCoreApplication)]:
        _installed.remove(core)
        core.shutdown()


def uninstall() -> None:
    from PySide6.QtCore import QCoreApplication

    for translator in [t for t in _installed if not isinstance(t, QCoreApplication)]:
        QCoreApplication.removeTranslator(translator)
        _installed.remove(translator)


def translate(context: str, text: str) -> str:
    if not any(type(t).__name__ == "QTranslator" for t in _installed):
        return text
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(context, text)


def tr(context: str, text: str, **params: object) -> str:
    """Translate a source string marked elsewhere with QT_TRANSLATE_NOOP, then fill it in."""
    return translate(context, text).format(**params) if params else translate(context, text)


_catalogues: dict[str, object] = {}


def translator_for(language: str):
    """A translate(context, text) for one language, whatever the app's own language (the access report is
    printed in the client's language). English is the source, so it needs no catalogue."""
    if language not in SUPPORTED or language == "en":
        return lambda context, text: text
    if language not in _catalogues:
        from PySide6.QtCore import QTranslator

        translator = QTranslator()
        translator.load(f"salon_desk_{language}.qm", str(translations_dir()))
        _catalogues[language] = translator
    catalogue = _catalogues[language]
    return lambda context, text: catalogue.translate(context, text) or text
