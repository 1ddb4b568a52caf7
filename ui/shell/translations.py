"""Chinese first, English second: Canvass's own catalogue plus Qt's for its standard buttons."""
from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from resources import I18N

log = logging.getLogger("canvass.ui")

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
