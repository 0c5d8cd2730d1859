"""Translatable texts without Qt: templates marked for `pyside6-lupdate`, formatted late, translated by the UI.

`QT_TRANSLATE_NOOP` is the marker name lupdate looks for in Python sources; here it only returns its text, so this
package stays free of Qt while every message it produces can still be translated in the window.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

CONTEXT = "bench"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate recognises
    return text


@dataclass(frozen=True)
class Text:
    """A message template and its values; `str()` gives the English text, the UI translates `template` first."""
    template: str
    params: tuple[tuple[str, Any], ...] = ()
    context: str = CONTEXT   # "policy" for labels that come from the policy file (the window marks those)

    def __str__(self) -> str:
        return self.translated(lambda _context, template: template)

    def translated(self, translate: Any) -> str:
        """`translate(context, text)` is Qt's QCoreApplication.translate.

        A nested Text is translated too, and a tuple of marked templates is translated item by item and joined.
        """
        def value(v: Any) -> Any:
            if isinstance(v, Text):
                return v.translated(translate)
            if isinstance(v, tuple):
                return " ".join(translate(CONTEXT, item) for item in v)
            return v
        return translate(self.context, self.template).format(**{k: value(v) for k, v in self.params})


def text(template: str, **params: Any) -> Text:
    return Text(template, tuple(params.items()))


def policy_label(label: str) -> Text:
    """A grade, damage or disposition label from the policy file, translated where the window knows it."""
    return Text(label, context="policy")
