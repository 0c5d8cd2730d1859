"""Label templates: which fields appear and where, read from JSON in `resources/labels/`, never written in code.

Coordinates are millimetres from the label's top-left corner, y downwards, as a person measures a printed label.
Barcode module widths are whole dots of a 203 dpi printer (the coarsest we support), so every bar edge falls on a dot
and rasterises without one bar growing and the next shrinking.
"""
from __future__ import annotations

import json
import string
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from inspector.labels.vector_barcode import MIN_MODULE_MM
from inspector.paths import resource

DESIGN_DPI = 203
DOT_MM = 25.4 / DESIGN_DPI
SIZES = ("4x6", "2x1", "62mm")
GS1_AIS = ("01", "21", "10")
TEXT_FIELDS = ("license_plate", "gtin", "serial", "lot", "sku", "description", "grade", "grade_label",
               "disposition", "bin", "date", "operator", "station")


class TemplateError(ValueError):
    """A template file that cannot be used; says which file and what is wrong."""


@dataclass(frozen=True)
class Box:
    x: float
    y: float
    w: float
    h: float


@dataclass(frozen=True)
class TextElement:
    box: Box
    format: str                     # e.g. "{sku}" or "Bin {bin}"; fields from TEXT_FIELDS
    size: float                     # points
    min_size: float                 # shrink down to this before cutting single-line text
    bold: bool = False
    align: str = "left"             # left | center | right
    max_lines: int = 1
    inverse: bool = False           # white text on a black box: the grade, readable from across the room
    upper: bool = False
    valign: str = "top"             # top | middle


@dataclass(frozen=True)
class BarcodeElement:
    box: Box
    symbology: str                  # code128 | gs1_128
    field: str = "license_plate"    # code128 only
    ais: tuple[str, ...] = GS1_AIS  # gs1_128 only, in symbol order
    module_dots: tuple[int, ...] = (3, 2)   # preferred first; the widest that fits is used
    text_size: float = 8.0          # human-readable line under the bars, points
    align: str = "center"
    max_symbols: int = 1            # gs1_128: element strings may be split over this many stacked symbols
    max_bar_mm: float = 0.0         # 0: bars fill the box; else taller boxes centre shorter bars


@dataclass(frozen=True)
class RuleElement:
    box: Box                        # a filled rectangle: rules, frames' sides, bands
    filled: bool = True
    line_mm: float = 0.3


Element = TextElement | BarcodeElement | RuleElement


@dataclass(frozen=True)
class LabelTemplate:
    name: str
    title: str
    width_mm: float
    height_mm: float
    elements: tuple[Element, ...] = field(default_factory=tuple)


def template_path(size: str, folder: Path | None = None) -> Path:
    return (folder or resource("labels")) / f"{size}.json"


def load_template(size: str, folder: Path | None = None) -> LabelTemplate:
    if size not in SIZES and folder is None:
        raise TemplateError(f"unknown label size {size!r}; choose one of {', '.join(SIZES)}")
    path = template_path(size, folder)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise TemplateError(f"label template {path} cannot be read: {exc}") from exc
    try:
        return _parse(data)
    except (KeyError, TypeError, ValueError) as exc:
        raise TemplateError(f"label template {path}: {exc}") from exc


def _box(raw: dict[str, Any], template: dict[str, Any]) -> Box:
    box = Box(float(raw["x"]), float(raw["y"]), float(raw["w"]), float(raw["h"]))
    if box.x < 0 or box.y < 0 or box.x + box.w > template["width_mm"] + 0.01 \
            or box.y + box.h > template["height_mm"] + 0.01:
        raise ValueError(f"element {raw} lies outside the {template['width_mm']} x {template['height_mm']} mm label")
    return box


def _parse(data: dict[str, Any]) -> LabelTemplate:
    elements: list[Element] = []
    for raw in data["elements"]:
        kind = raw["type"]
        box = _box(raw, data)
        if kind == "text":
            fmt = raw.get("format") or "{" + raw["field"] + "}"
            _check_format(fmt)
            size = float(raw.get("size", 9))
            elements.append(TextElement(box, fmt, size, float(raw.get("min_size", size)), bool(raw.get("bold")),
                                        _choice(raw.get("align", "left"), ("left", "center", "right")),
                                        int(raw.get("max_lines", 1)), bool(raw.get("inverse")),
                                        bool(raw.get("upper")), _choice(raw.get("valign", "top"), ("top", "middle"))))
        elif kind in ("code128", "gs1_128"):
            modules = tuple(int(m) for m in raw.get("module_dots", (3, 2)))
            if not modules or min(modules) * DOT_MM < MIN_MODULE_MM:
                raise ValueError(f"module_dots {modules}: a module must be at least {MIN_MODULE_MM} mm "
                                 f"({MIN_MODULE_MM / DOT_MM:.2f} dots at {DESIGN_DPI} dpi)")
            ais = tuple(raw.get("ais", GS1_AIS))
            if kind == "gs1_128" and (not ais or ais[0] != "01" or set(ais) - set(GS1_AIS)):
                raise ValueError(f"gs1_128 ais {ais}: start with 01, then any of {GS1_AIS[1:]}")
            field_name = raw.get("field", "license_plate")
            if field_name not in TEXT_FIELDS:
                raise ValueError(f"unknown field {field_name!r}")
            elements.append(BarcodeElement(box, kind, field_name, ais, tuple(sorted(modules, reverse=True)),
                                           float(raw.get("text_size", 8)),
                                           _choice(raw.get("align", "center"), ("left", "center", "right")),
                                           int(raw.get("max_symbols", 1)), float(raw.get("max_bar_mm", 0))))
        elif kind == "rule":
            elements.append(RuleElement(box, bool(raw.get("filled", True)), float(raw.get("line_mm", 0.3))))
        elif kind == "comment":
            continue
        else:
            raise ValueError(f"unknown element type {kind!r}")
    return LabelTemplate(str(data["name"]), str(data.get("title", data["name"])), float(data["width_mm"]),
                         float(data["height_mm"]), tuple(elements))


def _choice(value: str, allowed: tuple[str, ...]) -> str:
    if value not in allowed:
        raise ValueError(f"{value!r} is not one of {allowed}")
    return value


def _check_format(fmt: str) -> None:
    for _, name, _, _ in string.Formatter().parse(fmt):
        if name is not None and name not in TEXT_FIELDS:
            raise ValueError(f"unknown field {{{name}}} in {fmt!r}; fields: {', '.join(TEXT_FIELDS)}")
