"""The demo sheet's text, drawn with the bundled label fonts (`inspector.labels.fonts`): one mixed-script engine, so
Romanian, Albanian, Vietnamese and Chinese show with real glyphs on any machine, no system fonts needed."""
from __future__ import annotations

from reportlab.pdfgen.canvas import Canvas

from inspector.labels import fonts as label_fonts

_BOLD_SUFFIX = "-Bold"


def _family(font: str) -> label_fonts.FontFamily:
    return label_fonts.family(bold=font.endswith(_BOLD_SUFFIX))


def latin_fonts() -> tuple[str, str]:
    """(regular, bold) names to pass back to the functions below."""
    return label_fonts.family(False).names[0], label_fonts.family(True).names[0]


def draw_text(canvas: Canvas, x: float, y: float, text: str, font: str, size: float) -> float:
    """Draws left-aligned mixed-script text; returns the x where it ends."""
    family = _family(font)
    label_fonts.draw(canvas, x, y, text, family, size)
    return x + label_fonts.width(text, family, size)


def text_width(text: str, font: str, size: float) -> float:
    return label_fonts.width(text, _family(font), size)


def wrap(text: str, font: str, size: float, width: float, max_lines: int = 3) -> list[str]:
    return label_fonts.wrap(text, _family(font), size, width, max_lines)
