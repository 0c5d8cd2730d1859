"""The window's language: the station's (`--lang`, else $INSPECTOR_LANG, else the system locale), or the signed-in
operator's own, switched at once with no restart.

Installing or removing a translator makes Qt send every widget a LanguageChange event; each widget then sets its
texts again (ui.common.retranslate), and the bench window renders its last state again for the texts it computes.
"""
from __future__ import annotations

import logging
import os

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator

from inspector.languages import UnknownLanguage, babel_locale, language_code
from ui.common.catalogues import compiled_folder

log = logging.getLogger(__name__)

LANG_ENV = "INSPECTOR_LANG"
CATALOGUE = "inspector"   # inspector_<lang>.qm, built from resources/translations/inspector_<lang>.ts

# The language the window speaks now, set only by `Languages.use`: English until one is installed, whatever the
# machine's locale says (labels and the report picker follow this, never the system locale by itself).
_current = "en"


def station_language(lang: str | None = None) -> str:
    """The code the station speaks when nobody (or somebody with no preference) is signed in."""
    for wanted in (lang, os.environ.get(LANG_ENV), QLocale.system().name()):
        if not wanted or wanted in ("C", "POSIX"):
            continue
        try:
            return language_code(wanted) or "en"
        except UnknownLanguage:
            log.info("no catalogue for %s; trying the next choice", wanted)
    return "en"


def _qt_locale(code: str) -> QLocale:
    return QLocale(babel_locale(code).replace("_Hans", ""))


class Languages(QObject):
    """Owns the installed translators; `use(code)` switches the whole application's language."""

    def __init__(self, app: QCoreApplication, station_lang: str | None = None) -> None:
        super().__init__(app)
        self._app = app
        self.station = station_language(station_lang)
        # Built (when stale) once, at start, before any window: a switch at sign-in only loads files.
        self._folder = str(compiled_folder())
        self._asked: str | None = None      # the last code asked for: a failed one is not tried again each time
        self._installed: list[QTranslator] = []
        self._removed = False
        self.use(self.station)

    @property
    def current(self) -> str:
        """The language the window speaks now (English when a catalogue did not load)."""
        return current_language()

    def use(self, lang: str | None) -> str:
        """Switches to `lang` (None: the station's language); unknown codes fall back to the station's."""
        try:
            code = language_code(lang) or self.station
        except UnknownLanguage as exc:
            log.warning("%s; keeping %s", exc, self.station)
            code = self.station
        if code == self._asked or self._removed:
            return self.current
        self._asked = code
        for translator in self._installed:
            self._app.removeTranslator(translator)     # Qt sends every widget a LanguageChange on each change
        self._installed = []
        if code != "en" and not self._install(code):
            log.error("the %s catalogue did not load; showing English", code)
            code = "en"
        QLocale.setDefault(_qt_locale(code))     # money, numbers and dates follow the same choice
        _set_current(code)
        log.info("window language: %s", code)
        return code

    def _install(self, code: str) -> bool:
        """Installs the catalogue (and Qt's own words); False when ours did not load."""
        ours = QTranslator(self)
        if not ours.load(f"{CATALOGUE}_{code}", self._folder):
            return False
        self._app.installTranslator(ours)
        self._installed.append(ours)
        qt_own = QTranslator(self)    # Qt's own words (Chinese has them; standard buttons: ui.common.button_box)
        if qt_own.load(_qt_locale(code), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            self._app.installTranslator(qt_own)
            self._installed.append(qt_own)
        return True

    def remove(self) -> None:
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed = []
        self._removed = True     # for good: a window rendering late (closing) must not install them again
        _set_current("en")


def install_translators(app: QCoreApplication, lang: str | None = None) -> Languages:
    """Installs the station's language; the returned object switches it later (and must be kept alive)."""
    return Languages(app, lang)


def _set_current(code: str) -> None:
    global _current
    _current = code


def current_language() -> str:
    """The code the window speaks now: the one `Languages.use` last installed, English before any."""
    return _current
