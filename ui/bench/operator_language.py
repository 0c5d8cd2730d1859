"""The bench window's language follows the signed-in operator's preference (the station's when nobody is signed in,
or they have none).

The switch is made at the end of a render; Qt then posts every widget a LanguageChange: each sets its fixed texts
again, and the window, once Qt has passed the event to every child, renders its last state once more for the texts
worked out from it (the same state again, so no cue is played twice).
"""
from __future__ import annotations

from inspector.bench.state import OperatorView
from ui.common.translations import Languages


def _speaker(operator: OperatorView | None) -> tuple[str, str | None] | None:
    """Who the window speaks for: a change of person (or of their language) switches the language."""
    return None if operator is None else (operator.badge, operator.lang)


class OperatorLanguage:
    """Owned by the window, which tells it who is signed in last in each render."""

    def __init__(self, languages: Languages | None) -> None:
        """`languages`: None leaves the language as it is (a window built without them, as in most tests)."""
        self._languages = languages
        self._speaking_for: tuple[str, str | None] | None = None   # nobody signed in: the station's language

    def follow(self, operator: OperatorView | None) -> None:
        """Last in a render, so the LanguageChange Qt posts renders this state (stored already) again."""
        speaker = _speaker(operator)
        if self._languages is None or speaker == self._speaking_for:
            return
        self._speaking_for = speaker
        self._languages.use(operator.lang if operator is not None else None)
