"""Qt's own messages go to Python logging (and so to the log file), not to the terminal.

QtMultimedia announces every missing optional library and audio server at start; on a bench with no sound card
that is noise, so those categories are lowered to debug. Anything else Qt warns about is kept as a warning.
"""
from __future__ import annotations

import logging

from PySide6.QtCore import QLoggingCategory, QtMsgType, qInstallMessageHandler

log = logging.getLogger("qt")

QUIET_PREFIXES = ("qt.multimedia", "PulseAudioService", "QStandardPaths: XDG_RUNTIME_DIR")
_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def _handler(kind: QtMsgType, context, message: str) -> None:  # noqa: ANN001 - QMessageLogContext
    category = getattr(context, "category", "") or ""
    level = _LEVELS.get(kind, logging.WARNING)
    if category.startswith(QUIET_PREFIXES) or message.startswith(QUIET_PREFIXES):
        level = logging.DEBUG
    log.log(level, "%s%s", f"[{category}] " if category and category != "default" else "", message)


# QtMultimedia probes optional libraries (pipewire, VA-API) and reports each one missing as a warning; on a bench
# without them that is expected, so those probes are silenced. Real multimedia warnings still come through.
QUIET_RULES = "qt.multimedia.symbolsresolver=false\nqt.multimedia.ffmpeg.info=false\n"


def quiet_multimedia_probing() -> None:
    QLoggingCategory.setFilterRules(QUIET_RULES)


def route_qt_messages() -> None:
    quiet_multimedia_probing()
    qInstallMessageHandler(_handler)
