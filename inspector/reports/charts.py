"""The report's charts (ReportLab graphics): bar charts of counts with their names drawn in font runs, so a Chinese
word draws in the font that has it, and the items completed per hour."""
from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab import rl_config

# ReportLab checks every attribute set on a chart shape against its declared type: a help while writing a chart, and
# a third of the time of drawing ours. Its settings say "set to zero to avoid checking of shapes for speed"; the
# shape classes read it when reportlab.graphics is first imported, which happens only here.
rl_config.shapeChecking = 0

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart  # noqa: E402
from reportlab.graphics.shapes import Drawing, String  # noqa: E402
from reportlab.lib import colors
from reportlab.lib.units import mm

from inspector.i18n import QT_TRANSLATE_NOOP
from inspector.labels.fonts import runs, width as text_width
from inspector.reports.figures import DayFigures
from inspector.reports.fitting import lines as fitted_lines
from inspector.reports.table_look import Fonts
from inspector.reports.words import Words


def _draw_runs(drawing: Drawing, x: float, y: float, text: str, fonts: Any, size: float,
               anchor: str = "start") -> None:
    """One chart String per font run, so a Chinese word in a chart draws in the font that has it."""
    pieces = runs(text, fonts)
    if len(pieces) == 1:
        drawing.add(String(x, y, text, fontName=pieces[0][1], fontSize=size, textAnchor=anchor))
        return
    if anchor == "end":
        x -= text_width(text, fonts, size)
    for piece, name in pieces:
        drawing.add(String(x, y, piece, fontName=name, fontSize=size))
        x += text_width(piece, fonts, size)


def _counts_in(words: Words) -> Any:
    """A chart's number format: ReportLab's own for English, else the language's digits and grouping."""
    return None if words.english else (lambda value: words.count(round(value)))


_NAME_SIZE = 6.5                  # a bar chart's names
_NAME_ROOM = (30 * mm, 44 * mm)    # their column's width: as the longest needs, within these


def bar_chart(fonts: Fonts, words: Words, title: str, pairs: Sequence[tuple[str, int]], width: float = 85 * mm,
              bar: float = 4.2 * mm) -> Drawing:
    pairs = list(pairs) or [(words(QT_TRANSLATE_NOOP("report", "(none)")), 0)]
    # The names are drawn here, not by the axis: in runs (a Chinese word draws in the font that has it) and in up to
    # two lines (an Albanian exception's sentence), cut short past those.
    widest = max(text_width(label, fonts.regular, _NAME_SIZE) for label, _ in pairs)
    room = min(max(widest, _NAME_ROOM[0]), _NAME_ROOM[1])
    names = [fitted_lines(label, fonts.regular, _NAME_SIZE, room, most=2) for label, _ in reversed(pairs)]
    if any(len(name) > 1 for name in names):
        bar *= 1.6
    height = max(30 * mm, bar * len(pairs) + 16 * mm)
    drawing = Drawing(width, height)
    chart = HorizontalBarChart()
    chart.x, chart.y = room + 4 * mm, 6 * mm
    chart.width, chart.height = width - chart.x - 4 * mm, height - 14 * mm
    chart.data = [[n for _, n in reversed(pairs)]]
    chart.categoryAxis.categoryNames = [name[0] for name in names]
    chart.categoryAxis.visibleLabels = 0
    chart.valueAxis.labels.fontName = fonts.sans
    chart.valueAxis.labels.fontSize = 6.5
    chart.valueAxis.valueMin = 0
    chart.bars[0].fillColor = colors.HexColor("#3b6ea5")
    chart.barLabelFormat = _counts_in(words) or "%d"
    chart.barLabels.fontName = fonts.sans
    chart.barLabels.fontSize = 6
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 2
    counts = _counts_in(words)
    if counts is not None:
        chart.valueAxis.labelTextFormat = counts
    drawing.add(chart)
    step, leading = chart.height / len(names), _NAME_SIZE * 1.15
    for index, name in enumerate(names):
        top = chart.y + (index + 0.5) * step + (len(name) - 1) * leading / 2 - _NAME_SIZE * 0.35
        for n, line in enumerate(name):
            _draw_runs(drawing, chart.x - 5, top - n * leading, line, fonts.regular, _NAME_SIZE, anchor="end")
    _draw_runs(drawing, 0, height - 6, title, fonts.bold, 8.5)
    return drawing


def hourly_chart(fonts: Fonts, words: Words, figures: DayFigures) -> Drawing:
    width, height = 180 * mm, 55 * mm
    drawing = Drawing(width, height)
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 12 * mm, 8 * mm, width - 16 * mm, height - 16 * mm
    chart.data = [[figures.hourly.get(h, 0) for h in range(24)]]
    chart.categoryAxis.categoryNames = [f"{h:02d}" for h in range(24)]
    for axis in (chart.categoryAxis, chart.valueAxis):
        axis.labels.fontName, axis.labels.fontSize = fonts.sans, 6.5
    counts = _counts_in(words)
    if counts is not None:
        chart.valueAxis.labelTextFormat = counts
    chart.valueAxis.valueMin = 0
    chart.bars[0].fillColor = colors.HexColor("#5a8f3c")
    drawing.add(chart)
    title = words(QT_TRANSLATE_NOOP("report", "Items completed per hour ({zone})"))
    _draw_runs(drawing, 0, height - 6, title.format(zone=figures.zone.label(figures.first_day)), fonts.bold, 8.5)
    return drawing
