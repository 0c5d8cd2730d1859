"""What the review rooms need to follow a language switch: tables whose headers change language in place, and the
words of a failure kept as a way to say them again (a refusal says itself in the new language; a bug, logged once,
keeps its English text)."""
from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt

from inspector.errors import EnvironmentProblem, RefusedError
from ui.common.error_text import error_text
from ui.common.header_table_model import HeaderTableModel
from ui.common.texts import translated_message


class TitledTableModel(HeaderTableModel):
    def set_headers(self, headers: Sequence[str]) -> None:
        """New words for the same columns (a language switch): the views repaint their headers."""
        self._headers = tuple(headers)
        if self._headers:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._headers) - 1)

    def refresh_texts(self) -> None:
        """The rows' words again (texts made from codes at display time), without reading anything."""
        if self._rows and self._headers:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(self._headers) - 1))


def error_words(exc: BaseException) -> Callable[[], str]:
    """`error_text(exc)` now and again after a language switch; an unexpected error is logged only once."""
    if isinstance(exc, (RefusedError, EnvironmentProblem)):
        return lambda: translated_message(str(exc), exc.text)
    said = error_text(exc)
    return lambda: said
