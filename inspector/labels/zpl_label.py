"""A laid-out label as ZPL II for Zebra printers: the printer draws the bars itself, at its own resolution.

- `^CI28`: field data is UTF-8, so Romanian, Vietnamese and Chinese text reaches the printer intact. The glyphs come
  from the printer's font: the built-in `0` (CG Triumvirate) has Latin only; for CJK name a TrueType font stored on
  the printer (e.g. `E:ANMDJ.TTF`, Zebra's Andale) in the station's printer settings.
- `^BC` in mode N with explicit Code 128 subsets: `>;` start C, `>:` start B, `>5`/`>6` switch, and `>8` for FNC1,
  so GS1-128 carries a real FNC1 first and after each variable-length element that is not last.
- `^FH` only for fields holding `^` or `~` (which ZPL would take for commands): those are sent hex-escaped.
"""
from __future__ import annotations

import logging
import math

from inspector.labels.content import LabelData
from inspector.labels.layout import PT_MM, Layout, PlacedBarcode, PlacedRule, PlacedText, lay_out
from inspector.labels.template import LabelTemplate, load_template
from inspector.labels.vector_barcode import MIN_MODULE_MM, BarPattern
from inspector.languages import latin_captions

log = logging.getLogger(__name__)

FNC1 = object()              # a token, not a character: GS1 data is text and FNC1s
_ASCENT = 0.73               # as in pdf_label: where the capitals start below a box's top
_CELL = 1.0                  # ZPL font height in dots covers the em; our sizes are ems too


def builtin_font(font: str) -> bool:
    """A printer-resident bitmap/scalable font named by one letter or digit ("0": CG Triumvirate): Latin only."""
    return font in ("", "0") or len(font) == 1


def caption_language(lang: str | None, font: str) -> str | None:
    """The language a ZPL label's captions can be printed in with `font`: a built-in (Latin-only) font gets English
    for Chinese or Vietnamese, which it would print as blanks; a stored font named in the printer settings gets
    `lang`."""
    if builtin_font(font) and not latin_captions(lang):
        log.warning("label captions in English: the Zebra's built-in font %r has no %s glyphs", font, lang)
        return None
    return lang


def render_zpl(data: LabelData, size: str = "4x6", *, dpi: int = 203, font: str = "0",
               template: LabelTemplate | None = None, lang: str | None = None) -> bytes:
    """`lang`: the language of the label's words (`inspector.languages` code; None: English)."""
    return layout_zpl(lay_out(template or load_template(size), data, lang), dpi=dpi, font=font).encode("utf-8")


def layout_zpl(layout: Layout, *, dpi: int = 203, font: str = "0") -> str:
    writer = _Writer(dpi, font)
    t = layout.template
    out = ["^XA", "^CI28", f"^PW{writer.dots(t.width_mm)}", f"^LL{writer.dots(t.height_mm)}", "^LH0,0"]
    for item in layout.items:
        if isinstance(item, PlacedRule):
            out.append(writer.rule(item))
        elif isinstance(item, PlacedText):
            out.extend(writer.text(item))
        else:
            out.extend(writer.barcode(item))
    out += ["^PQ1", "^XZ"]
    return "\n".join(out) + "\n"


class _Writer:
    def __init__(self, dpi: int, font: str) -> None:
        self.per_mm = dpi / 25.4
        self.font = font

    def dots(self, value_mm: float) -> int:
        return round(value_mm * self.per_mm)

    def font_command(self, size_pt: float) -> str:
        height = max(10, round(size_pt * PT_MM * self.per_mm * _CELL))
        if builtin_font(self.font):
            return f"^A{self.font or '0'}N,{height}"
        return f"^A@N,{height},{height},{self.font}"   # a stored TrueType font: ^A@ names it by path

    def rule(self, rule: PlacedRule) -> str:
        b = rule.box
        w, h = max(1, self.dots(b.w)), max(1, self.dots(b.h))
        thickness = min(w, h) if rule.filled else max(1, self.dots(rule.line_mm))
        return f"^FO{self.dots(b.x)},{self.dots(b.y)}^GB{w},{h},{thickness},B,0^FS"

    def text(self, text: PlacedText) -> list[str]:
        b = text.box
        out = []
        if text.inverse:
            w, h = self.dots(b.w), self.dots(b.h)
            out.append(f"^FO{self.dots(b.x)},{self.dots(b.y)}^GB{w},{h},{min(w, h)},B,0^FS")
        line_h = text.line_height_mm
        block = (len(text.lines) - 1) * line_h + text.size * _ASCENT * PT_MM
        top = b.y + (b.h - block) / 2 if text.valign == "middle" else b.y
        justify = {"left": "L", "center": "C", "right": "R"}[text.align]
        for index, line in enumerate(text.lines):
            # ^FO places the top of the character cell; the em box starts about a quarter em above the capitals.
            cell_top = top + index * line_h - text.size * (1 - _ASCENT) * PT_MM * 0.6
            out.append(f"^FO{self.dots(b.x)},{max(0, self.dots(cell_top))}{self.font_command(text.size)}"
                       f"^FB{self.dots(b.w)},1,0,{justify},0{'^FR' if text.inverse else ''}{field_data(line)}^FS")
        return out

    def module(self, mm_wide: float) -> int:
        # Never narrower than the template's module nor below 0.25 mm: a 300 dpi printer rounds up, not down.
        return max(math.floor(mm_wide * self.per_mm + 1e-6), math.ceil(MIN_MODULE_MM * self.per_mm - 1e-6))

    def barcode(self, code: PlacedBarcode) -> list[str]:
        module = self.module(code.module_mm)
        bars_x = self.dots(code.x + code.pattern.quiet_left * code.module_mm)
        height = self.dots(code.bar_height)
        out = [f"^FO{bars_x},{self.dots(code.y)}^BY{module},3,{height}^BCN,{height},N,N,N,N"
               f"{field_data(code128_field(code.pattern))}^FS"]
        if code.text_size:
            hri_top = code.y + code.bar_height + code.text_size * 0.15 * PT_MM
            out.append(f"^FO{self.dots(code.x)},{self.dots(hri_top)}{self.font_command(code.text_size)}"
                       f"^FB{self.dots(code.width)},1,0,C,0{field_data(code.pattern.human_text)}^FS")
        return out


def field_data(value: str) -> str:
    """`^FD...` with `^` and `~` (ZPL's command prefixes) hex-escaped under `^FH`; plain otherwise."""
    if "^" not in value and "~" not in value:
        return f"^FD{value}"
    escaped = "".join(f"_{ord(ch):02X}" if ch in "_^~" else ch for ch in value)
    return f"^FH^FD{escaped}"


def code128_field(pattern: BarPattern) -> str:
    """The ^BC mode N field data for the pattern's payload, with explicit subsets and FNC1s."""
    tokens: list[object] = list(pattern.payload)
    if pattern.symbology == "gs1_128":
        tokens = [FNC1] + [FNC1 if ch == "\x1d" else ch for ch in pattern.payload]
    return encode_code128(tokens)


def _digit_run(tokens: list[object], i: int) -> int:
    n = 0
    while i + n < len(tokens) and isinstance(tokens[i + n], str) and str(tokens[i + n]) in "0123456789":
        n += 1
    return n


def encode_code128(tokens: list[object]) -> str:
    """Zebra invocation codes for `tokens` (characters and FNC1): subset C for digit pairs where it pays, else B."""
    first = next((i for i, t in enumerate(tokens) if t is not FNC1), len(tokens))
    run = _digit_run(tokens, first)
    subset = "C" if run >= 4 or (run >= 2 and first + run == len(tokens) and run % 2 == 0) else "B"
    out = [">;" if subset == "C" else ">:"]
    i = 0
    while i < len(tokens):
        token = tokens[i]
        if token is FNC1:
            out.append(">8")
            i += 1
            continue
        assert isinstance(token, str)
        if subset == "C":
            if _digit_run(tokens, i) >= 2:
                out.append(token + str(tokens[i + 1]))
                i += 2
                continue
            out.append(">6")
            subset = "B"
            continue
        run = _digit_run(tokens, i)
        at_end = i + run == len(tokens) or tokens[i + run] is FNC1
        if run >= (4 if at_end else 6):
            if run % 2:  # an odd run: its first digit in B, the rest as pairs
                out.append(token)
                i += 1
            out.append(">5")
            subset = "C"
            continue
        if not 32 <= ord(token) <= 126:
            raise ValueError(f"Code 128 subset B cannot carry {token!r}")
        out.append("><" if token == ">" else token)
        i += 1
    return "".join(out)
