"""Text in many scripts on a PDF: DejaVu Sans for Latin (Romanian, Albanian, Vietnamese), another font for Chinese.

No single commonly installed font covers both, so text is drawn in runs, each in the font that has its glyphs.
Both are embedded from the system's TrueType files (fonts-dejavu-core, fonts-droid-fallback). Without a CJK file,
ReportLab's built-in `STSong-Light` is named instead: no file needed, but a viewer must supply its glyphs.
"""
from __future__ import annotations

from functools import cache
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

_DEJAVU_PLACES = (
    Path("/usr/share/fonts/truetype/dejavu"),
    Path("/usr/share/fonts/TTF"),
    Path("/usr/local/share/fonts"),
    Path("/Library/Fonts"),
    Path("C:/Windows/Fonts"),
)
_CJK_FILES = (
    Path("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"),
    Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),
    Path("/usr/share/fonts/truetype/arphic/uming.ttc"),
)
CJK_CID_FONT = "STSong-Light"


@cache
def latin_fonts() -> tuple[str, str]:
    """(regular, bold) font names; Helvetica when DejaVu is not installed (then only Latin-1 shows)."""
    for folder in _DEJAVU_PLACES:
        regular, bold = folder / "DejaVuSans.ttf", folder / "DejaVuSans-Bold.ttf"
        if regular.exists() and bold.exists():
            pdfmetrics.registerFont(TTFont("DejaVuSans", str(regular)))
            pdfmetrics.registerFont(TTFont("DejaVuSans-Bold", str(bold)))
            return "DejaVuSans", "DejaVuSans-Bold"
    return "Helvetica", "Helvetica-Bold"


@cache
def _cjk_font() -> str:
    for path in _CJK_FILES:
        if path.exists():
            pdfmetrics.registerFont(TTFont("CJKFallback", str(path)))
            return "CJKFallback"
    pdfmetrics.registerFont(UnicodeCIDFont(CJK_CID_FONT))
    return CJK_CID_FONT


def _is_cjk(char: str) -> bool:
    code = ord(char)
    return (0x2E80 <= code <= 0x9FFF or 0xF900 <= code <= 0xFAFF or 0xFF00 <= code <= 0xFFEF
            or 0x20000 <= code <= 0x2FFFF)


def runs(text: str, font: str) -> list[tuple[str, str]]:
    """(text, font) pieces: CJK characters in the CJK font, everything else in `font`."""
    pieces: list[tuple[str, str]] = []
    for char in text:
        wanted = _cjk_font() if _is_cjk(char) else font
        if pieces and pieces[-1][1] == wanted:
            pieces[-1] = (pieces[-1][0] + char, wanted)
        else:
            pieces.append((char, wanted))
    return pieces


def text_width(text: str, font: str, size: float) -> float:
    return sum(pdfmetrics.stringWidth(piece, piece_font, size) for piece, piece_font in runs(text, font))


def draw_text(canvas: Canvas, x: float, y: float, text: str, font: str, size: float) -> float:
    """Draws left-aligned mixed-script text; returns its width."""
    for piece, piece_font in runs(text, font):
        canvas.setFont(piece_font, size)
        canvas.drawString(x, y, piece)
        x += pdfmetrics.stringWidth(piece, piece_font, size)
    return x


def wrap(text: str, font: str, size: float, width: float, max_lines: int = 3) -> list[str]:
    """Greedy word wrap by measured width; the last line is cut with an ellipsis if the text runs on."""
    lines: list[str] = []
    current = ""
    for word in text.split(" "):
        candidate = f"{current} {word}" if current else word
        if current and text_width(candidate, font, size) > width:
            lines.append(current)
            current = word
        else:
            current = candidate
    if current:
        lines.append(current)
    if len(lines) > max_lines:
        lines = lines[:max_lines]
        last = lines[-1]
        while last and text_width(last + "…", font, size) > width:
            last = last[:-1]
        lines[-1] = last + "…"
    return lines
