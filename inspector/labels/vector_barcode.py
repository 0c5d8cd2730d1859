"""Barcodes drawn as vectors: python-barcode supplies the symbology's bar pattern, ReportLab draws one rectangle per bar.

Raster barcodes decode poorly at 203 dpi and are many times slower to build, so nothing here makes an image. The
same `BarPattern` serves any drawing target (PDF today, ZPL through the label code) because it is only the modules.

Supported: Code 128 (plain text), GS1-128 (Code 128 with FNC1 in first position and FNC1 after each
variable-length element that is not last) and EAN-13 (GTIN-13, or a UPC-A GTIN-12 shown as EAN-13).
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

import barcode
from biip import ParseError
from biip.gs1_application_identifiers import GS1ApplicationIdentifier
from biip.gtin import Gtin, GtinFormat
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

# The FNC1 character as python-barcode's Code 128 encoder expects it in the data.
_FNC1 = "\xf1"

# Quiet zones in modules, from the symbology specifications (ISO/IEC 15417 for Code 128, GS1 for EAN-13).
CODE128_QUIET_MODULES = 10
EAN13_QUIET_LEFT, EAN13_QUIET_RIGHT = 11, 7
# EAN-13 guard bars (start, centre, end) reach below the others, where the digits are printed.
_EAN13_GUARDS = ((0, 3), (45, 50), (92, 95))

MIN_MODULE_MM = 0.25  # below this, 203 dpi printers and ordinary scanners stop agreeing


class BarcodeDataError(ValueError):
    """Text that the symbology cannot carry (wrong characters, bad check digit, malformed GS1 element)."""


@dataclass(frozen=True)
class BarPattern:
    symbology: str
    modules: str               # "1" a dark module, "0" a light one, quiet zones excluded
    human_text: str            # the line printed under the bars
    payload: str               # what a scanner reports (GS1: element string with <GS> as "\x1d")
    quiet_left: int
    quiet_right: int
    guards: tuple[tuple[int, int], ...] = ()

    @property
    def total_modules(self) -> int:
        return self.quiet_left + len(self.modules) + self.quiet_right

    def bars(self) -> list[tuple[int, int]]:
        """(first module, width in modules) of each dark bar: one rectangle each, never one per module."""
        return [(m.start(), m.end() - m.start()) for m in re.finditer("1+", self.modules)]


def code128(text: str) -> BarPattern:
    if not text or not all(32 <= ord(ch) <= 126 for ch in text):
        raise BarcodeDataError(f"Code 128 here carries printable ASCII only, got {text!r}")
    modules = barcode.get("code128", text).build()[0]
    return BarPattern("code128", modules, text, text, CODE128_QUIET_MODULES, CODE128_QUIET_MODULES)


def gs1_128(elements: Sequence[tuple[str, str]]) -> BarPattern:
    """GS1-128 from (AI, value) pairs, e.g. [("01", "04006381333931"), ("21", "SN123")]."""
    if not elements:
        raise BarcodeDataError("a GS1-128 barcode needs at least one element")
    data, hri, payload = "", "", ""
    for index, (ai_code, value) in enumerate(elements):
        try:
            ai = GS1ApplicationIdentifier.extract(ai_code)
        except ParseError as exc:
            raise BarcodeDataError(f"unknown GS1 application identifier {ai_code!r}") from exc
        if ai.ai != ai_code or not re.fullmatch(ai.pattern, ai_code + value):
            raise BarcodeDataError(f"({ai_code}){value} does not fit GS1 format {ai.format}")
        last = index == len(elements) - 1
        # A variable-length element must be closed by FNC1 unless it ends the symbol.
        separator = ai.separator_required and not last
        data += ai_code + value + (_FNC1 if separator else "")
        payload += ai_code + value + ("\x1d" if separator else "")
        hri += f"({ai_code}){value}"
    modules = barcode.get("gs1_128", data).build()[0]
    return BarPattern("gs1_128", modules, hri, payload, CODE128_QUIET_MODULES, CODE128_QUIET_MODULES)


def ean13(gtin: str) -> BarPattern:
    """EAN-13 of a GTIN-13 (or a GTIN-12/UPC-A, which EAN-13 carries with a leading 0)."""
    try:
        parsed = Gtin.parse(gtin)
    except ParseError as exc:
        raise BarcodeDataError(f"{gtin!r} is not a valid GTIN: {exc}") from exc
    if parsed.format not in (GtinFormat.GTIN_12, GtinFormat.GTIN_13):
        # A GTIN-8 belongs in EAN-8 and a GTIN-14 in GS1-128 / ITF-14; padding them into EAN-13 misrepresents them.
        raise BarcodeDataError(f"{gtin} is a {parsed.format.name}; EAN-13 carries a GTIN-12 or GTIN-13")
    digits = parsed.value.zfill(13)
    symbol = barcode.get("ean13", digits[:12])
    if symbol.get_fullcode() != digits:  # python-barcode would silently "correct" a check digit; never print that
        raise BarcodeDataError(f"EAN-13 check digit mismatch for {gtin}")
    modules = symbol.build()[0]
    return BarPattern("ean13", modules, digits, digits, EAN13_QUIET_LEFT, EAN13_QUIET_RIGHT, _EAN13_GUARDS)


@dataclass(frozen=True)
class DrawnSize:
    width: float   # points, quiet zones included
    height: float  # points, human-readable text included


def draw_barcode(canvas: Canvas, pattern: BarPattern, x: float, y: float, *, module_mm: float = 0.33,
                 bar_height_mm: float = 14.0, font_name: str = "Helvetica", font_size: float = 8.0,
                 show_text: bool = True) -> DrawnSize:
    """Draws the symbol with its quiet zones starting at (x, y) = bottom left, text under the bars.

    Returns the space taken, so callers can lay several out without measuring twice.
    """
    if module_mm < MIN_MODULE_MM:
        raise ValueError(f"module width {module_mm} mm is below {MIN_MODULE_MM} mm")
    module = module_mm * mm
    text_band = (font_size * 1.3) if show_text else 0.0
    bars_bottom = y + text_band
    bar_height = bar_height_mm * mm
    left = x + pattern.quiet_left * module
    canvas.saveState()
    canvas.setFillColorRGB(0, 0, 0)
    path = canvas.beginPath()
    for start, width in pattern.bars():
        extends = any(g0 <= start < g1 for g0, g1 in pattern.guards)
        bottom = bars_bottom - (text_band * 0.6 if extends and show_text else 0.0)
        path.rect(left + start * module, bottom, width * module, bar_height + (bars_bottom - bottom))
    canvas.drawPath(path, stroke=0, fill=1)
    if show_text:
        canvas.setFont(font_name, font_size)
        baseline = y + font_size * 0.25
        if pattern.symbology == "ean13":
            # The usual EAN-13 layout: first digit in the left quiet zone, then 6 + 6 between the guard bars.
            digits = pattern.human_text
            canvas.drawRightString(left - module, baseline, digits[0])
            canvas.drawCentredString(left + 24 * module, baseline, digits[1:7])
            canvas.drawCentredString(left + 71 * module, baseline, digits[7:])
        else:
            canvas.drawCentredString(x + pattern.total_modules * module / 2, baseline, pattern.human_text)
    canvas.restoreState()
    return DrawnSize(pattern.total_modules * module, text_band + bar_height)
