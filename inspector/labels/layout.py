"""Template + label data -> placed items (millimetres, top-left origin), shared by the PDF and the ZPL writers.

Doing the fitting once means both outputs agree: the same lines of text, the same symbols, the same module widths.
`lang` is the language of the captions (`inspector.labels.captions`), the policy's labels and the date; what the
barcodes carry never depends on it.
"""
from __future__ import annotations

import string
from dataclasses import dataclass

from inspector.labels import fonts
from inspector.labels.captions import CONTEXT as CAPTION_CONTEXT
from inspector.labels.content import LabelData
from inspector.labels.template import (DOT_MM, BarcodeElement, Box, LabelTemplate, RuleElement, TextElement)
from inspector.labels.vector_barcode import BarPattern, code128, gs1_128
from inspector.languages import Translate, translator

PT_MM = 25.4 / 72
LINE_SPACING = 1.15
TEXT_BAND = 1.3            # the human-readable line under the bars takes font size x this (as vector_barcode draws)
MIN_BAR_MM = 5.0           # shorter bars than this make hand scanners hunt for the line
SYMBOL_GAP_MM = 1.5        # between stacked GS1 symbols, so a scanner line never crosses two


class LabelLayoutError(ValueError):
    """The data cannot be placed as the template says (a template too small for the license plate)."""


@dataclass(frozen=True)
class PlacedText:
    box: Box
    lines: tuple[str, ...]
    size: float
    bold: bool
    align: str
    inverse: bool
    valign: str

    @property
    def line_height_mm(self) -> float:
        return self.size * LINE_SPACING * PT_MM


@dataclass(frozen=True)
class PlacedBarcode:
    pattern: BarPattern
    x: float                 # left edge of the left quiet zone, on the 203 dpi dot grid
    y: float                 # top of the bars
    module_dots: int
    bar_height: float        # mm
    text_size: float         # points; 0 for no human-readable line

    @property
    def module_mm(self) -> float:
        return self.module_dots * DOT_MM

    @property
    def width(self) -> float:
        return self.pattern.total_modules * self.module_mm

    @property
    def height(self) -> float:
        return self.bar_height + self.text_size * TEXT_BAND * PT_MM


@dataclass(frozen=True)
class PlacedRule:
    box: Box
    filled: bool
    line_mm: float


Placed = PlacedText | PlacedBarcode | PlacedRule


@dataclass(frozen=True)
class Layout:
    template: LabelTemplate
    items: tuple[Placed, ...]
    omitted: tuple[str, ...]      # data the barcodes could not carry here (shown as text, if the template has it)

    @property
    def barcodes(self) -> tuple[PlacedBarcode, ...]:
        return tuple(i for i in self.items if isinstance(i, PlacedBarcode))

    def payloads(self) -> list[str]:
        """What a scanner reports for each symbol, top to bottom: what the tests decode back."""
        return [b.pattern.payload for b in sorted(self.barcodes, key=lambda b: (b.y, b.x))]


def lay_out(template: LabelTemplate, data: LabelData, lang: str | None = None) -> Layout:
    """`lang`: a code of `inspector.languages`, None for English; an unknown one raises `UnknownLanguage`."""
    translate = translator(lang)
    values = data.fields(lang)
    items: list[Placed] = []
    omitted: list[str] = []
    for element in template.elements:
        if isinstance(element, RuleElement):
            items.append(PlacedRule(element.box, element.filled, element.line_mm))
        elif isinstance(element, TextElement):
            placed = _text(element, values, translate)
            if placed is not None:
                items.append(placed)
        elif element.symbology == "code128":
            value = values[element.field]
            if value:
                items.extend(_symbols(element, [code128(value)], element.field))
        else:
            symbols, left_out = _gs1_symbols(element, data)
            omitted.extend(left_out)
            items.extend(symbols)
    return Layout(template, tuple(items), tuple(omitted))


# ------------------------------------------------------------------ text

def _caption(fmt: str, values: dict[str, str], translate: Translate) -> str:
    """The element's format in the label's language, filled in; the English one if a translation's placeholders are
    broken (a label must print whatever a catalogue holds)."""
    translated = translate(CAPTION_CONTEXT, fmt)
    if translated != fmt:
        try:
            return translated.format(**values)
        except (KeyError, IndexError, ValueError):
            pass
    return fmt.format(**values)


def _text(element: TextElement, values: dict[str, str], translate: Translate = translator(None)) -> PlacedText | None:
    names = [name for _, name, _, _ in string.Formatter().parse(element.format) if name]
    if names and not any(values[n] for n in names):
        return None  # "S/N {serial}" for an item with no serial: print nothing, not a dangling caption
    text = _caption(element.format, values, translate)
    if element.upper:
        text = text.upper()
    family = fonts.family(element.bold)
    width_pt = element.box.w / PT_MM
    size = element.size
    while True:
        fit_lines = max(1, min(element.max_lines, int(element.box.h / (size * LINE_SPACING * PT_MM) + 0.15)))
        lines = fonts.wrap(text, family, size, width_pt, fit_lines)
        overflow = lines and lines[-1].endswith(fonts.ELLIPSIS) and not text.endswith(fonts.ELLIPSIS)
        if not overflow or size <= element.min_size:
            break
        size = max(element.min_size, size - 0.5)  # shrink a little before cutting: keeps the whole word if it can
    return PlacedText(element.box, tuple(lines), size, element.bold, element.align, element.inverse, element.valign)


# ------------------------------------------------------------------ barcodes

def _symbols(element: BarcodeElement, patterns: list[BarPattern], what: str) -> list[PlacedBarcode]:
    """Stacks `patterns` in the element's box at the widest module that fits every one of them."""
    box = element.box
    widest = max(p.total_modules for p in patterns)
    dots = next((d for d in element.module_dots if widest * d * DOT_MM <= box.w + 1e-6), None)
    if dots is None:
        raise LabelLayoutError(f"{what} needs {widest * min(element.module_dots) * DOT_MM:.1f} mm at the smallest "
                               f"module; the template gives {box.w:.1f} mm")
    slot = (box.h - SYMBOL_GAP_MM * (len(patterns) - 1)) / len(patterns)
    bar_height = slot - element.text_size * TEXT_BAND * PT_MM
    if bar_height < MIN_BAR_MM:
        raise LabelLayoutError(f"{what}: {len(patterns)} symbol(s) leave {bar_height:.1f} mm bars in the template's "
                               f"{box.h:.1f} mm (at least {MIN_BAR_MM} mm)")
    top = box.y
    if element.max_bar_mm and bar_height > element.max_bar_mm:
        slot -= bar_height - element.max_bar_mm
        bar_height = element.max_bar_mm
        top += (box.h - slot * len(patterns) - SYMBOL_GAP_MM * (len(patterns) - 1)) / 2
    placed = []
    for index, pattern in enumerate(patterns):
        width = pattern.total_modules * dots * DOT_MM
        x = {"left": box.x, "right": box.x + box.w - width}.get(element.align, box.x + (box.w - width) / 2)
        x = _snap_down(x) if element.align != "left" else _snap_up(x)  # bar edges on the printer's dots
        placed.append(PlacedBarcode(pattern, x, top + index * (slot + SYMBOL_GAP_MM), dots, bar_height,
                                    element.text_size))
    return placed


def _gs1_symbols(element: BarcodeElement, data: LabelData) -> tuple[list[PlacedBarcode], list[str]]:
    """One GS1-128 symbol when the elements fit; else split over up to `max_symbols` (GS1 allows an element string
    across several symbols, each starting with FNC1). If no split fits, the last elements (lot, then serial) are left
    to the text fields and reported in `omitted`."""
    elements = data.gs1_elements(element.ais)
    limit = element.box.w / (min(element.module_dots) * DOT_MM)  # modules available at the finest module
    most = min(element.max_symbols, _symbols_by_height(element))
    kept = list(elements)
    while kept:
        groups = _fewest_groups(kept, limit, most)
        if groups is not None:
            return _symbols(element, [gs1_128(g) for g in groups], "GS1-128"), [ai for ai, _ in elements[len(kept):]]
        kept.pop()
    return [], [ai for ai, _ in elements]


def _symbols_by_height(element: BarcodeElement) -> int:
    per_symbol = MIN_BAR_MM + element.text_size * TEXT_BAND * PT_MM + SYMBOL_GAP_MM
    return max(1, int((element.box.h + SYMBOL_GAP_MM) / per_symbol))


def _fewest_groups(elements: list[tuple[str, str]], limit: float,
                   most: int) -> list[list[tuple[str, str]]] | None:
    """Tries every way to split a handful of elements (3 at most: 5 ways), fewest symbols first, order kept."""
    best: list[list[tuple[str, str]]] | None = None
    for groups in _partitions(elements):
        if len(groups) <= most and (best is None or len(groups) < len(best)) \
                and all(gs1_128(g).total_modules <= limit for g in groups):
            best = groups
    return best


def _partitions(items: list[tuple[str, str]]) -> list[list[list[tuple[str, str]]]]:
    if not items:
        return [[]]
    first, rest = items[0], items[1:]
    out = []
    for partition in _partitions(rest):
        out.append([[first]] + partition)
        for i in range(len(partition)):
            out.append(partition[:i] + [[first] + partition[i]] + partition[i + 1:])
    return out


def _snap_down(x: float) -> float:
    return int(x / DOT_MM + 1e-9) * DOT_MM


def _snap_up(x: float) -> float:
    return -int(-x / DOT_MM + 1e-9) * DOT_MM
