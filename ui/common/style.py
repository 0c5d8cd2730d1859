"""The bench's look: one style sheet in `resources/style/`, and a base font large enough for a warehouse floor."""
from __future__ import annotations

import logging

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from inspector.paths import resource

log = logging.getLogger(__name__)

STYLE_SHEET = resource("style", "bench.qss")


def apply_style(app: QApplication) -> None:
    app.setStyle("Fusion")   # the same look on every desktop, so the style sheet renders as designed
    font = QFont(app.font())
    font.setPointSize(13)
    app.setFont(font)
    try:
        # url() in a style sheet is relative to the working directory, so the sheet names its folder by a token.
        sheet = STYLE_SHEET.read_text(encoding="utf-8").replace("@STYLE_DIR@", STYLE_SHEET.parent.as_posix())
        app.setStyleSheet(sheet)
    except OSError as exc:
        log.warning("style sheet %s not readable (%s); using the plain style", STYLE_SHEET, exc)
