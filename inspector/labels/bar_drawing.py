"""Draws a `vector_barcode.BarPattern` for labels: one rectangle per bar, each trimmed by a bar width reduction.

Why not `vector_barcode.draw_barcode`: PDF rasterisers (poppler, Ghostscript in CUPS, printer RIPs) paint every
pixel a shape touches when not anti-aliasing, so a bar whose edges sit exactly on dot boundaries grows by one dot and
the space after it shrinks by one: at 203 dpi with 2-dot modules that turns 1-module spaces into 1-dot slivers and
labels stop scanning. Trimming each bar edge by a fraction of a dot puts both edges strictly inside their dots; both
the "any part of the pixel" rule and the "pixel centre" rule then paint exactly the intended dots. This is the same
bar width reduction label printers apply for ink and thermal spread.
"""
from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from inspector.labels import fonts
from inspector.labels.template import DOT_MM
from inspector.labels.vector_barcode import BarPattern

BAR_WIDTH_REDUCTION_MM = 0.2 * DOT_MM   # per edge: well under half a dot, so no rasteriser rounds the other way


def draw_bars(canvas: Canvas, pattern: BarPattern, x_mm: float, top_mm: float, page_height_mm: float,
              module_mm: float, bar_height_mm: float, text_size: float = 0.0,
              reduction_mm: float = BAR_WIDTH_REDUCTION_MM) -> None:
    """`x_mm` is the left edge of the left quiet zone, `top_mm` the top of the bars, both from the top-left corner.

    The human-readable line (when `text_size` > 0) is centred under the bars in the label's regular font.
    """
    left = x_mm + pattern.quiet_left * module_mm
    bottom = page_height_mm - top_mm - bar_height_mm
    canvas.saveState()
    canvas.setFillColorRGB(0, 0, 0)
    path = canvas.beginPath()
    for start, width in pattern.bars():
        path.rect((left + start * module_mm + reduction_mm) * mm, bottom * mm,
                  (width * module_mm - 2 * reduction_mm) * mm, bar_height_mm * mm)
    canvas.drawPath(path, stroke=0, fill=1)
    if text_size > 0:
        centre = x_mm + pattern.total_modules * module_mm / 2
        baseline = bottom - text_size * 1.3 * 25.4 / 72 + text_size * 0.25 * 25.4 / 72
        fonts.draw(canvas, centre * mm, baseline * mm, pattern.human_text, fonts.family(False), text_size, "center")
    canvas.restoreState()
