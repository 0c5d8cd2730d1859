"""Loads the window's translation: `--lang`, else $INSPECTOR_LANG, else the system locale; English is built in."""
from __future__ import annotations

import logging
import os

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from inspector.paths import resource

log = logging.getLogger(__name__)

LANG_ENV = "INSPECTOR_LANG"
CATALOGUE = "inspector"   # resources/translations/inspector_<lang>.qm


def chosen_locale(lang: str | None = None) -> QLocale:
    name = lang or os.environ.get(LANG_ENV)
    return QLocale(name) if name else QLocale.system()


def install_translators(app: QCoreApplication, lang: str | None = None) -> list[QTranslator]:
    """Installs ours and Qt's own (button texts in standard dialogs); returns them so they stay alive."""
    locale = chosen_locale(lang)
    QLocale.setDefault(locale)     # money and dates follow the same choice
    installed = []
    ours = QTranslator(app)
    if ours.load(locale, CATALOGUE, "_", str(resource("translations"))):
        app.installTranslator(ours)
        installed.append(ours)
    elif locale.language() not in (QLocale.Language.English, QLocale.Language.C):
        log.info("no bench translation for %s; showing English", locale.name())
    qt_own = QTranslator(app)
    if qt_own.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_own)
        installed.append(qt_own)
    return installed
