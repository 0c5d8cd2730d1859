"""Rendering a restock label against a bare ReportLab Code 128 label built in the same run.

Ours: template file -> layout (text fitting with measured widths, font fallback runs, GS1 grouping, dot snapping)
-> PDF with python-barcode bar patterns drawn as rectangles and TrueType subsets embedded.
The floor: the same page hand-written in plain ReportLab, nothing decided at run time: ReportLab's own Code128
widget for the license plate and for the GS1 data (FNC1 as its \\xf1), and the same strings drawn at fixed places in
the same embedded fonts. So the ratio is the price of templates and fitting, not of the content.

Every iteration prints a different item (plates, serials, descriptions vary), so no cache flatters either side.
"""
from __future__ import annotations

import io
import random
import statistics
from dataclasses import replace

from reportlab.graphics.barcode.code128 import Code128
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from inspector.labels import fonts
from inspector.labels.layout import PT_MM, PlacedBarcode, PlacedRule, PlacedText, lay_out
from inspector.labels.pdf_label import layout_pdf
from inspector.labels.samples import ALL
from inspector.labels.template import load_template
from inspector.labels.zpl_label import layout_zpl
from inspector.scans.bench_codes import LICENSE_PLATE_ALPHABET
from tests.benchmarks.figures import report, summary, time_each

N = 400
SIZE = "4x6"


def _items(n: int) -> list:
    rng = random.Random(7)
    out = []
    for i in range(n):
        base = ALL[i % len(ALL)]
        plate = "LP" + "".join(rng.choice(LICENSE_PLATE_ALPHABET) for _ in range(10))
        serial = "SN-" + "".join(rng.choice("ABCDEFGHJK0123456789") for _ in range(rng.randint(4, 10)))
        out.append(replace(base, license_plate=plate, serial=serial,
                           description=f"{base.description} #{rng.randint(1, 99999)}"))
    return out


def _bare_label(plan: list[tuple]) -> bytes:
    """Plain ReportLab: every string and barcode at a fixed place, as a hand-written label would be."""
    buffer = io.BytesIO()
    template = load_template(SIZE)
    canvas = Canvas(buffer, pagesize=(template.width_mm * mm, template.height_mm * mm), invariant=True,
                    pageCompression=1, initialFontName="LabelSans", initialFontSize=8)
    height = template.height_mm * mm
    for kind, *args in plan:
        if kind == "rect":
            x, y, w, h = args
            canvas.rect(x, height - y - h, w, h, stroke=0, fill=1)
        elif kind == "text":
            x, y, font, size, value = args
            canvas.setFont(font, size)
            canvas.drawString(x, height - y, value)
        else:
            x, y, value, module, bar_height = args
            Code128(value, barWidth=module, barHeight=bar_height, quiet=True, humanReadable=True,
                    fontName="LabelSans", fontSize=8).drawOn(canvas, x, height - y - bar_height)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _plan(data) -> list[tuple]:
    """Where things go, worked out before the clock starts (the floor decides nothing at run time)."""
    layout = lay_out(load_template(SIZE), data)
    plan: list[tuple] = []
    for item in layout.items:
        if isinstance(item, PlacedRule):
            b = item.box
            plan.append(("rect", b.x * mm, b.y * mm, b.w * mm, b.h * mm))
        elif isinstance(item, PlacedText):
            font = fonts.family(item.bold).names[0]
            for index, line in enumerate(item.lines):
                y = item.box.y + item.size * 0.73 * PT_MM + index * item.line_height_mm
                plan.append(("text", item.box.x * mm, y * mm, font, item.size, line))
        elif isinstance(item, PlacedBarcode):
            value = ("\xf1" + item.pattern.payload.replace("\x1d", "\xf1")) if item.pattern.symbology == "gs1_128" \
                else item.pattern.payload
            plan.append(("code", item.x * mm, item.y * mm, value, item.module_mm * mm, item.bar_height * mm))
    return plan


def run() -> bool:
    template = load_template(SIZE)
    items = _items(N + 40)  # each side takes N + warm-up items from its own iterator
    plans = [_plan(d) for d in items]
    fonts.family(False), fonts.family(True)  # loaded once at start-up in the app too
    ours_iter, floor_iter = iter(items), iter(plans)
    ours_ms = time_each(lambda: layout_pdf(lay_out(load_template(SIZE), next(ours_iter)), "x"), N, warmup=20)
    floor_ms = time_each(lambda: _bare_label(next(floor_iter)), N, warmup=20)
    zpl_iter = iter(items)
    zpl_ms = time_each(lambda: layout_zpl(lay_out(load_template(SIZE), next(zpl_iter))), N, warmup=20)
    print(f"      label {template.name}, ours : {summary(ours_ms)}")
    print(f"      label {template.name}, ZPL  : {summary(zpl_ms)} (for Zebras; no floor, shown for scale)")
    print(f"      label {template.name}, bare : {summary(floor_ms)}")
    return report("render a 4x6 restock label to PDF (median)", statistics.median(ours_ms),
                  statistics.median(floor_ms), 2.0)


if __name__ == "__main__":
    run()
