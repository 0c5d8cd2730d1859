"""The restock label's fixed words, listed for translators: `pyside6-lupdate` reads Python, not the JSON templates.

A template's text element says its caption in English (`"format": "BIN"`, `"SKU {sku}"`); `layout.lay_out` looks
the whole format up in the "label" context of the label's language, so a caption translated here prints in place of
the English one. Keep this list equal to the templates' words (a test checks it); a site's own template words that
are not listed print as written. Placeholders (`{sku}`) stay as they are in every language.
"""
from __future__ import annotations

from inspector.i18n import QT_TRANSLATE_NOOP

CONTEXT = "label"

CAPTIONS = (
    QT_TRANSLATE_NOOP("label", "DISPOSITION"),
    QT_TRANSLATE_NOOP("label", "BIN"),
    QT_TRANSLATE_NOOP("label", "LICENSE PLATE"),
    QT_TRANSLATE_NOOP("label", "ITEM"),
    QT_TRANSLATE_NOOP("label", "SKU {sku}"),
    QT_TRANSLATE_NOOP("label", "GS1  (01) GTIN  (21) SERIAL  (10) LOT"),
    QT_TRANSLATE_NOOP("label", "DATE"),
    QT_TRANSLATE_NOOP("label", "OPERATOR"),
    QT_TRANSLATE_NOOP("label", "STATION"),
)
