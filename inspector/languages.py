"""The languages the bench speaks, and their catalogues read without Qt (for the PDF, labels, demo sheet and CLI).

The catalogues are Qt Linguist `.ts` files in resources/translations/; the window loads them compiled (`.qm`, built by
`ui.common.catalogues`). Printed and exported words are made under `inspector/`, which stays free of Qt, so they
are looked up here from the `.ts` source. Written by hand because no maintained library reads Qt Linguist files
outside Qt (Babel reads gettext catalogues); the format is plain XML and only finished messages are used.
Numbers, money and dates follow the language through Babel (CLDR).
"""
from __future__ import annotations

import functools
import xml.etree.ElementTree as ET
from collections.abc import Callable
from typing import Any

from inspector.paths import resource

# Code -> the language's own name (shown in pickers). English is the source language and has no catalogue.
LANGUAGES: dict[str, str] = {
    "en": "English",
    "ro": "Română",
    "sq": "Shqip",
    "vi": "Tiếng Việt",
    "zh_CN": "简体中文",
}
# Babel's (CLDR) locale for each: the country whose number and date habits a bench in that language follows.
_BABEL_LOCALES = {"en": "en_US", "ro": "ro_RO", "sq": "sq_AL", "vi": "vi_VN", "zh_CN": "zh_Hans_CN"}

Translate = Callable[[str, str], str]   # (context, English text) -> the text in the language


class UnknownLanguage(ValueError):
    pass


def language_code(value: str | None) -> str | None:
    """The catalogue code for what a person typed: `sq`, `sq_AL`, `zh-CN`, `zh_Hans_CN`, `ZH_cn` all work.

    None or "" is None (no preference). Anything else names the known languages in its error."""
    if value is None or not value.strip():
        return None
    wanted = value.strip().replace("-", "_").split(".")[0]
    lowered = wanted.lower()
    for code in LANGUAGES:
        if lowered == code.lower():
            return code
    base = lowered.split("_")[0]
    if base == "zh":
        if any(part in ("tw", "hk", "mo", "hant") for part in lowered.split("_")[1:]):
            raise UnknownLanguage(f"{value}: traditional Chinese has no catalogue yet; known: {known_list()}")
        return "zh_CN"
    if base in LANGUAGES:
        return base
    raise UnknownLanguage(f"{value}: no such language at this bench; known: {known_list()}")


def known_list() -> str:
    return ", ".join(f"{code} ({name})" for code, name in LANGUAGES.items())


# The languages whose words a Latin-only printer font draws (a Zebra's built-in font covers Latin-1 and a little
# more: Romanian and Albanian letters print, Vietnamese stacked diacritics and Chinese do not).
_LATIN_CAPTIONS = frozenset({"en", "ro", "sq"})


def latin_captions(lang: str | None) -> bool:
    return (lang or "en") in _LATIN_CAPTIONS


def babel_locale(lang: str | None) -> str:
    return _BABEL_LOCALES.get(lang or "en", "en_US")


@functools.lru_cache(maxsize=8)
def _messages(lang: str) -> dict[tuple[str, str], str]:
    path = resource("translations", f"inspector_{lang}.ts")
    if not path.exists():
        return {}
    found: dict[tuple[str, str], str] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            source = message.findtext("source")
            if (source and translation is not None and translation.text
                    and translation.get("type") not in ("unfinished", "vanished", "obsolete")):
                found[(name, source)] = translation.text
    return found


def translator(lang: str | None) -> Translate:
    """`translate(context, text)` in the language; English, or a message with no translation, gives the text."""
    code = language_code(lang)
    if code is None or code == "en":
        return _english
    messages = _messages(code)

    def translate(context: str, text: str) -> str:
        return messages.get((context, text), text)
    return translate


def _english(_context: str, text: str) -> str:
    return text


def translated(message: Any, lang: str | None) -> str:
    """A `Text` (inspector.i18n) or a plain string, in the language."""
    translate = translator(lang)
    return message.translated(translate) if hasattr(message, "translated") else str(message)
