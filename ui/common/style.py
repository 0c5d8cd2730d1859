"""The bench's look: one style sheet in `resources/style/`, and a base font large enough for a warehouse floor.

The font is the bundled one (resources/fonts/, as on labels), never the machine's: a bare Debian may have no font
with Vietnamese stacked diacritics or Chinese. DejaVu Sans Condensed draws Latin (Romanian, Albanian, Vietnamese) and
leaves room for longer words; Qt falls back to Droid Sans Fallback for the Chinese characters it lacks.
"""
from __future__ import annotations

import logging

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from inspector.labels.fonts import FONT_FILES
from inspector.paths import resource

log = logging.getLogger(__name__)

STYLE_SHEET = resource("style", "bench.qss")


def bundled_families() -> list[str]:
    """Registers the bundled fonts (once) and gives their families in fallback order."""
    families: list[str] = []
    for file in FONT_FILES:
        font_id = QFontDatabase.addApplicationFont(str(resource("fonts", file)))
        if font_id < 0:
            log.warning("bundled font %s did not load", file)
            continue
        # A file may name two families ("DejaVu Sans" typographic, "DejaVu Sans Condensed" legacy): the last is the
        # precise one, and the first could pick the machine's own (wider) DejaVu Sans instead.
        name = QFontDatabase.applicationFontFamilies(font_id)[-1]
        if name not in families:
            families.append(name)
    return families


def apply_style(app: QApplication) -> None:
    app.setStyle("Fusion")   # the same look on every desktop, so the style sheet renders as designed
    font = QFont(app.font())
    families = bundled_families()
    if families:
        font.setFamilies(families)
    font.setPointSize(13)
    app.setFont(font)
    try:
        # url() in a style sheet is relative to the working directory, so the sheet names its folder by a token.
        sheet = STYLE_SHEET.read_text(encoding="utf-8").replace("@STYLE_DIR@", STYLE_SHEET.parent.as_posix())
        app.setStyleSheet(sheet)
    except OSError as exc:
        log.warning("style sheet %s not readable (%s); using the plain style", STYLE_SHEET, exc)
