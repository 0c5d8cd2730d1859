"""What the review rooms need to follow a language switch: tables whose headers change language in place, and the
words of a failure kept as a way to say them again (a refusal says itself in the new language; a bug, logged once,
keeps its English text)."""
from __future__ import annotations

from collections.abc import Callable

from inspector.errors import EnvironmentProblem, RefusedError
from ui.common.error_text import error_text
from ui.common.header_table_model import HeaderTableModel
from ui.common.texts import translated_message


class TitledTableModel(HeaderTableModel):
    """Headers that change language in place (`set_headers`, the base's) and rows whose words are made again."""

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
