"""The interface language, one way for the window and the command line: Canvass's catalogues plus
Qt's own (its standard buttons), and the locale numbers and dates are written in.

Chinese first, English second. The window takes --lang, else the language chosen last time
(Chinese when none was). A command takes --lang, else that remembered choice, else the system's
locale: a shell on an English system that never opened the window gets English, a Chinese one
Chinese.
"""
from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from controllers.runtime.settings import LANGUAGE, Settings
from resources import I18N

log = logging.getLogger("canvass.language")

LANGUAGES = ("zh", "en")
LOCALES = {"zh": QLocale(QLocale.Language.Chinese, QLocale.Country.China),
           "en": QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)}


def install_translators(app: QCoreApplication, language: str) -> Callable[[], None]:
    """Install the catalogues for `language` ("zh" or "en"); returns a function removing them.

    English is the source language, so it needs no catalogue of Canvass's own.
    """
    previous_locale = QLocale()
    locale = LOCALES.get(language, LOCALES["zh"])
    QLocale.setDefault(locale)
    installed: list[QTranslator] = []
    if language == "zh":
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        # One catalogue per area of the app (canvass_zh_CN, then e.g. coverage_zh_CN …).
        ours = [(path.stem, str(I18N)) for path in sorted(I18N.glob("*_zh_CN.qm"))]
        for name, folder in (*ours, ("qtbase_zh_CN", qt_folder)):
            translator = QTranslator(app)
            if translator.load(name, folder):
                app.installTranslator(translator)
                installed.append(translator)
            else:
                log.warning("translation %s not found in %s", name, folder)

    def remove() -> None:
        for translator in installed:
            app.removeTranslator(translator)
            translator.deleteLater()
        QLocale.setDefault(previous_locale)

    return remove


def remembered_language(settings: Settings) -> str | None:
    """The language the window was last set to, None when nobody ever chose one here."""
    return settings.get(LANGUAGE) if settings.store.contains(LANGUAGE.key) else None


def system_language(system: QLocale | None = None) -> str:
    """Chinese on a Chinese system (any script or region), else English."""
    locale = system if system is not None else QLocale.system()
    return "zh" if locale.language() == QLocale.Language.Chinese else "en"


def command_language(chosen: str | None, settings: Settings | None,
                     system: QLocale | None = None) -> str:
    """The language a command speaks: --lang, else the remembered choice, else the system's."""
    if chosen in LANGUAGES:
        return chosen
    remembered = remembered_language(settings) if settings is not None else None
    return remembered if remembered in LANGUAGES else system_language(system)
