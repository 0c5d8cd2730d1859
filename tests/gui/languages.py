"""Words expected in a language, read from the catalogue itself (the .ts, through inspector.languages, not Qt): a
translator's better word never breaks a test, and a missing translation fails plainly."""
from __future__ import annotations

import re

from inspector.languages import translator

CJK = re.compile(r"[\u4e00-\u9fff]")


def in_language(lang: str, context: str, source: str, as_in_english: bool = False) -> str:
    """The catalogue's text, checked to be in the language: not the English, and Chinese characters in Chinese
    (unless the words are the same in both, as "RMA" or Romanian "Operator")."""
    said = translator(lang)(context, source)
    if not as_in_english:
        assert said != source, f"{lang} has no translation of {context}/{source!r}"
        if lang == "zh_CN":
            assert CJK.search(said), said
    return said


def ro(context: str, english: str) -> str:
    return in_language("ro", context, english)
