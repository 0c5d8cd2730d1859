"""Label text in any script with the fonts shipped in `resources/fonts/`, never the machine's.

A bench in Bucharest and one in Shenzhen must print the same label, so nothing depends on installed fonts. No single
free font has Latin (incl. Vietnamese) and Chinese, so text is drawn in runs: each character in the first bundled font
whose character map has it. ReportLab embeds only the glyphs used, so a label PDF stays a few tens of kilobytes.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from inspector.paths import resource

ELLIPSIS = "…"

# Font name -> file. The order is the fallback order: Latin first (it also has the punctuation CJK text borrows).
_REGULAR = (("LabelSans", "DejaVuSansCondensed.ttf"), ("LabelCJK", "DroidSansFallbackFull.ttf"))
_BOLD = (("LabelSans-Bold", "DejaVuSansCondensed-Bold.ttf"), ("LabelCJK", "DroidSansFallbackFull.ttf"))
# Every bundled file, Latin first: the window draws with the same ones (ui.common.style).
FONT_FILES = tuple(dict.fromkeys(file for _, file in _REGULAR + _BOLD))


@dataclass(frozen=True)
class FontFamily:
    names: tuple[str, ...]          # registered ReportLab font names, fallback order
    cmaps: tuple[frozenset[int], ...]

    def font_for(self, char: str) -> str:
        code = ord(char)
        for name, cmap in zip(self.names, self.cmaps):
            if code in cmap:
                return name
        return self.names[0]        # not in any bundled font: the first one's .notdef, and `missing` reports it

    def missing(self, text: str) -> str:
        """Characters no bundled font can draw (the tests keep this empty for every language we claim)."""
        return "".join(ch for ch in text if ch.isprintable() and not any(ord(ch) in c for c in self.cmaps))


@cache
def _register(name: str, file: str) -> frozenset[int]:
    font = TTFont(name, str(resource("fonts", file)))
    pdfmetrics.registerFont(font)
    return frozenset(font.face.charToGlyph)


@cache
def family(bold: bool = False) -> FontFamily:
    entries = _BOLD if bold else _REGULAR
    return FontFamily(tuple(n for n, _ in entries), tuple(_register(n, f) for n, f in entries))


def runs(text: str, fonts: FontFamily) -> list[tuple[str, str]]:
    """(piece, font name) in order; neighbours in the same font are merged so ReportLab draws few strings."""
    if fonts.cmaps[0].issuperset(map(ord, text)):
        return [(text, fonts.names[0])] if text else []  # the common case, checked at C speed: all Latin
    pieces: list[tuple[str, str]] = []
    for char in text:
        name = fonts.font_for(char)
        if pieces and pieces[-1][1] == name:
            pieces[-1] = (pieces[-1][0] + char, name)
        else:
            pieces.append((char, name))
    return pieces


def width(text: str, fonts: FontFamily, size: float) -> float:
    return sum(pdfmetrics.stringWidth(piece, name, size) for piece, name in runs(text, fonts))


def draw(canvas: Canvas, x: float, baseline: float, text: str, fonts: FontFamily, size: float,
         align: str = "left") -> None:
    """Draws one line; `x` is the left edge, the centre or the right edge as `align` says."""
    total = width(text, fonts, size)
    if align == "center":
        x -= total / 2
    elif align == "right":
        x -= total
    for piece, name in runs(text, fonts):
        canvas.setFont(name, size)
        canvas.drawString(x, baseline, piece)
        x += pdfmetrics.stringWidth(piece, name, size)


def cut(text: str, fonts: FontFamily, size: float, limit: float) -> str:
    """The longest start of `text` that fits `limit` with an ellipsis; the whole text when it fits."""
    if width(text, fonts, size) <= limit:
        return text
    low, high = 0, len(text)
    while low < high:  # binary search: descriptions can be long and this runs for every label
        mid = (low + high + 1) // 2
        if width(text[:mid].rstrip() + ELLIPSIS, fonts, size) <= limit:
            low = mid
        else:
            high = mid - 1
    return text[:low].rstrip(" ,;:-–—/") + ELLIPSIS


def _fitting_chars(text: str, fonts: FontFamily, size: float, limit: float) -> int:
    low, high = 1, len(text)   # at least one character per line, or a too-narrow box would loop for ever
    while low < high:
        mid = (low + high + 1) // 2
        if width(text[:mid], fonts, size) <= limit:
            low = mid
        else:
            high = mid - 1
    return low


def wrap(text: str, fonts: FontFamily, size: float, limit: float, max_lines: int) -> list[str]:
    """Word wrap by measured width; a word longer than a line (or CJK text, which has no spaces) is broken by
    character; what does not fit in `max_lines` ends with an ellipsis."""
    words = text.split()
    lines: list[str] = []
    current = ""
    for word in words:
        candidate = f"{current} {word}" if current else word
        if width(candidate, fonts, size) <= limit:
            current = candidate
            continue
        if current:
            lines.append(current)
            current = ""
        # Break an over-long word (a part number, a Chinese phrase) across lines by character.
        while width(word, fonts, size) > limit and len(lines) <= max_lines:
            take = _fitting_chars(word, fonts, size, limit)
            lines.append(word[:take])
            word = word[take:]
        current = word
    if current:
        lines.append(current)
    if len(lines) > max_lines:
        rest = " ".join(lines[max_lines - 1:])
        lines = lines[:max_lines - 1] + [cut(rest, fonts, size, limit)]
    return lines


def preload() -> None:
    """Parses the bundled fonts (~50 ms, once per process). Call it at start-up on the print lane, so the first
    label after a start prints as fast as the others."""
    family(False)
    family(True)
