"""The window draws every language with the bundled fonts: every character of every translation has a glyph."""
from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from PySide6.QtGui import QFontInfo, QRawFont

from inspector.paths import resource
from ui.common.style import FONT_FILES, apply_style

pytestmark = pytest.mark.gui

LANGUAGES = ("ro", "sq", "vi", "zh_CN")


def translations(lang: str) -> str:
    root = ET.parse(resource("translations", f"inspector_{lang}.ts")).getroot()
    return "".join(t.text or "" for t in root.iter("translation"))


@pytest.fixture(scope="module")
def window_fonts(qapp):
    before = qapp.font()
    apply_style(qapp)
    yield qapp.font()
    qapp.setFont(before)


def test_the_window_uses_the_bundled_fonts_not_the_machines(window_fonts):
    assert window_fonts.families() == ["DejaVu Sans Condensed", "Droid Sans Fallback"]
    assert QFontInfo(window_fonts).family() == "DejaVu Sans Condensed"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_character_of_every_translation_has_a_glyph(window_fonts, lang):
    fonts = [QRawFont(str(resource("fonts", file)), 16) for file in FONT_FILES]
    assert all(font.isValid() for font in fonts)
    characters = set(translations(lang)) - set("\n\t")
    assert characters
    missing = sorted(ch for ch in characters if ch.isprintable() and not any(f.supportsCharacter(ord(ch)) for f in fonts))
    assert missing == [], [f"U+{ord(ch):04X} {ch}" for ch in missing]


@pytest.mark.parametrize("name", ["scan_field", "item_identity"])
def test_fields_showing_translated_words_draw_with_the_bundled_fonts(window_fonts, qtbot, name):
    """The scan field's prompt and the item's identity line ("Số sê-ri …") carry translated words: the style sheet
    gives them no font of the machine's (a monospace one could lack Vietnamese glyphs on a bare Debian)."""
    from PySide6.QtWidgets import QLabel, QLineEdit
    widget = QLineEdit() if name == "scan_field" else QLabel("Số sê-ri")
    widget.setObjectName(name)
    qtbot.addWidget(widget)
    widget.ensurePolished()
    assert QFontInfo(widget.font()).family() == "DejaVu Sans Condensed"
