"""A laid-out label as a one-page PDF: vectors only (one rectangle per bar), fonts embedded as subsets.

PDF is what any system printer takes (through Qt print support and CUPS), and what the preview shows.
"""
from __future__ import annotations

import io

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from inspector.labels import fonts
from inspector.labels.bar_drawing import draw_bars
from inspector.labels.content import LabelData
from inspector.labels.layout import PT_MM, Layout, PlacedBarcode, PlacedRule, PlacedText, lay_out
from inspector.labels.template import LabelTemplate, load_template

# Cap height of DejaVu Sans as a fraction of the font size: puts the first line's capitals at the box's top edge.
_ASCENT = 0.73
_INVERSE_PAD_MM = 0.8


def render_pdf(data: LabelData, size: str = "4x6", template: LabelTemplate | None = None,
               lang: str | None = None) -> bytes:
    """`lang`: the language of the label's words (`inspector.languages` code; None: English)."""
    return layout_pdf(lay_out(template or load_template(size), data, lang), data.license_plate)


def layout_pdf(layout: Layout, title: str) -> bytes:
    template = layout.template
    buffer = io.BytesIO()
    # invariant: the same label gives the same bytes (no timestamps or random ids): tests and caches rely on it.
    # The initial font is ours, else ReportLab names Helvetica on every page: an unembedded font in the PDF.
    canvas = Canvas(buffer, pagesize=(template.width_mm * mm, template.height_mm * mm), invariant=True,
                    pageCompression=1, initialFontName=fonts.family(False).names[0], initialFontSize=8)
    canvas.setTitle(f"Restock label {title}")
    canvas.setCreator("return-inspector")
    height = template.height_mm
    for item in layout.items:
        if isinstance(item, PlacedRule):
            _rule(canvas, item, height)
        elif isinstance(item, PlacedText):
            _text(canvas, item, height)
        else:
            _barcode(canvas, item, height)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _rule(canvas: Canvas, rule: PlacedRule, height: float) -> None:
    b = rule.box
    canvas.saveState()
    canvas.setFillColorRGB(0, 0, 0)
    canvas.setStrokeColorRGB(0, 0, 0)
    if rule.filled:
        canvas.rect(b.x * mm, (height - b.y - b.h) * mm, b.w * mm, b.h * mm, stroke=0, fill=1)
    else:
        canvas.setLineWidth(rule.line_mm * mm)
        inset = rule.line_mm / 2  # keep the stroke inside the box, so a frame at the label edge is not cut off
        canvas.rect((b.x + inset) * mm, (height - b.y - b.h + inset) * mm, (b.w - 2 * inset) * mm,
                    (b.h - 2 * inset) * mm, stroke=1, fill=0)
    canvas.restoreState()


def _text(canvas: Canvas, text: PlacedText, height: float) -> None:
    b = text.box
    family = fonts.family(text.bold)
    canvas.saveState()
    if text.inverse:
        canvas.setFillColorRGB(0, 0, 0)
        canvas.rect(b.x * mm, (height - b.y - b.h) * mm, b.w * mm, b.h * mm, stroke=0, fill=1)
        canvas.setFillColorRGB(1, 1, 1)
    else:
        canvas.setFillColorRGB(0, 0, 0)
    line_h = text.line_height_mm
    block = (len(text.lines) - 1) * line_h + text.size * _ASCENT * PT_MM
    top = b.y + (b.h - block) / 2 if text.valign == "middle" else b.y + (_INVERSE_PAD_MM if text.inverse else 0)
    pad = _INVERSE_PAD_MM if text.inverse and text.align != "center" else 0.0
    x = {"left": b.x + pad, "center": b.x + b.w / 2, "right": b.x + b.w - pad}[text.align]
    for index, line in enumerate(text.lines):
        baseline = top + text.size * _ASCENT * PT_MM + index * line_h
        fonts.draw(canvas, x * mm, (height - baseline) * mm, line, family, text.size, text.align)
    canvas.restoreState()


def _barcode(canvas: Canvas, code: PlacedBarcode, height: float) -> None:
    draw_bars(canvas, code.pattern, code.x, code.y, height, code.module_mm, code.bar_height, code.text_size)
