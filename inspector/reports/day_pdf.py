"""The end-of-day PDF: cover totals, per-currency money, throughput, charts, top SKUs, damage rates, the exceptions
and a sign-off block, drawn with ReportLab platypus.

Long tables are split into chunks of `CHUNK_ROWS`: platypus lays out (and splits across pages) one table in time
that grows with the square of its rows, so a 50,000-item day as one table would not finish. Text goes through the
bundled fonts (`inspector.labels.fonts`) so Romanian, Albanian, Vietnamese and Chinese come out as real glyphs.

`lang` (a code of `inspector.languages`; None is English) is the language of the fixed words, marked
`QT_TRANSLATE_NOOP("report", ...)` for lupdate, and of the numbers, money and dates (`inspector.reports.words`).
The codes of the records are shown in words, as the window shows them (`inspector.domain.code_words`): exception
flags by their sentence, dispositions and packaging conditions by the policy's label (`DayFigures.labels`), each
translated in the window's contexts ("flags", "policy"). Grades stay letters and carriers their names.
"""
from __future__ import annotations

import datetime as dt
import os
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab import rl_config

# ReportLab checks every attribute set on a chart shape against its declared type: a help while writing a chart, and
# a third of the time of drawing ours. Its settings say "set to zero to avoid checking of shapes for speed"; the
# shape classes read it when reportlab.graphics is first imported, which happens only here.
rl_config.shapeChecking = 0

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart  # noqa: E402
from reportlab.graphics.shapes import Drawing, String  # noqa: E402
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (BaseDocTemplate, CondPageBreak, Flowable, Frame, KeepTogether, PageBreak,
                                PageTemplate, Paragraph, Spacer, Table, TableStyle)
from reportlab.platypus.tables import CellStyle

from inspector.domain.code_words import PolicyLabels, flag_words
from inspector.domain.site_day import LOCAL, SiteZone
from inspector.exporting.day_rows import count_completed
from inspector.exporting.progress import Cancelled, ProgressCallback, no_progress
from inspector.i18n import QT_TRANSLATE_NOOP, Text
from inspector.labels.fonts import draw as draw_text, family, runs, width as text_width
from inspector.languages import language_code
from inspector.reports.figures import NO_REASON, UNKNOWN, DayFigures, gather, shipped_labels
from inspector.reports.fitting import RunLines, lines as fitted_lines
from inspector.reports.rows import report_rows
from inspector.reports.words import Words
from inspector.storage.database import Database

CHUNK_ROWS = 250
TOP_SKUS = 20
STATED_VS_FOUND_ROWS = 15
_PAGE = A4
_MARGIN = 15 * mm

EXCEPTION_HEADER = (QT_TRANSLATE_NOOP("report", "Plate"), QT_TRANSLATE_NOOP("report", "Time"),
                    QT_TRANSLATE_NOOP("report", "Station"), QT_TRANSLATE_NOOP("report", "Inspector"),
                    QT_TRANSLATE_NOOP("report", "SKU"), QT_TRANSLATE_NOOP("report", "Exceptions"),
                    QT_TRANSLATE_NOOP("report", "Grade"), QT_TRANSLATE_NOOP("report", "Disposition"),
                    QT_TRANSLATE_NOOP("report", "Cur."), QT_TRANSLATE_NOOP("report", "Deduction"),
                    QT_TRANSLATE_NOOP("report", "Refund"))
# 180 mm, the frame; the exceptions' sentences ("Deduction needs supervisor review") take the room the codes did not.
EXCEPTION_WIDTHS = tuple(w * mm for w in (20, 11, 13, 19, 17, 38, 9, 20, 7, 13, 13))


def money_text(amount: Decimal | None) -> str:
    """Exact, with thousands separators: an accountant reads it and a test parses it back (commas removed)."""
    return "" if amount is None else format(amount, ",")


@dataclass(frozen=True)
class ReportResult:
    items: int
    parcels: int
    pages: int
    exceptions: int


class _Fonts:
    def __init__(self) -> None:
        self.regular, self.bold = family(False), family(True)
        self.sans, self.sans_bold = self.regular.names[0], self.bold.names[0]
        self.body = ParagraphStyle("body", fontName=self.sans, fontSize=9, leading=11.5)
        self.small = ParagraphStyle("small", parent=self.body, fontSize=7.5, leading=9)
        self.title = ParagraphStyle("title", parent=self.body, fontName=self.sans_bold, fontSize=20, leading=24,
                                    spaceAfter=6)
        self.h2 = ParagraphStyle("h2", parent=self.body, fontName=self.sans_bold, fontSize=12.5, leading=16,
                                 spaceBefore=8, spaceAfter=4)

    def markup(self, text: str, bold: bool = False) -> str:
        """Paragraph markup drawing each character in a bundled font that has it."""
        fonts = self.bold if bold else self.regular
        return "".join(f'<font name="{name}">{escape(piece)}</font>' for piece, name in runs(text, fonts))

    def plain(self, text: str) -> bool:
        """True when the first (Latin) font draws every character: one font, no runs needed."""
        return self.regular.cmaps[0].issuperset(map(ord, text))

    def cell(self, text: str, style: ParagraphStyle | None = None) -> Any:
        """A plain string when the first font draws all of it (fast: most cells), else a Paragraph in runs."""
        if self.plain(text):
            return text
        return Paragraph(self.markup(text), style or self.small)

    def wrapped(self, texts: Sequence[str], width: float, size: float) -> Any:
        """A table cell of a column `width` wide at `size`: each text from a new line, broken to fit. A plain string
        with line breaks when the first font draws it all (fast: most cells), else the lines in runs."""
        room = width - _PADDING["leftPadding"] - _PADDING["rightPadding"]
        broken = [line for text in texts for line in fitted_lines(text, self.regular, size, room)]
        if all(self.plain(line) for line in broken):
            return "\n".join(broken)
        return RunLines(broken, self.regular, size, size * 1.2)

    def para(self, text: str, style: ParagraphStyle | None = None, bold: bool = False) -> Paragraph:
        return Paragraph(self.markup(text, bold), style or self.body)

    def heading(self, text: str, style: ParagraphStyle | None = None) -> Paragraph:
        return self.para(text, style or self.h2, bold=True)


_PADDING = {"topPadding": 1.2, "bottomPadding": 1.2, "leftPadding": 2.5, "rightPadding": 2.5}
_RULES = TableStyle([("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black),
                     ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f2f2f2")])])


@dataclass(frozen=True)
class _Look:
    """The report's table look (bold header, small padding, numbers to the right), given to a Table as one shared
    cell style per column (header and body).

    Style commands make platypus build a `CellStyle` for every cell and then set each command's attributes cell by
    cell: for the exceptions of a busy day that is a quarter of a million attribute writes, a tenth of the whole
    build. Every body cell of a column looks the same, so they share one style object. Only line and background
    commands remain (`_RULES`); no cell-style command may be added to these tables, as platypus would change the
    shared object in place.
    """
    header: tuple[CellStyle, ...]
    body: tuple[CellStyle, ...]
    fonts: _Fonts | None = None
    size: float = 8.5

    @classmethod
    def of(cls, fonts: _Fonts, size: float, columns: int, numeric_from: int | None = None) -> _Look:
        def style(bold: bool, column: int) -> CellStyle:
            cell = CellStyle("report")
            cell.fontname, cell.fontsize, cell.leading = (fonts.sans_bold if bold else fonts.sans), size, size * 1.2
            cell.valign = "TOP"
            cell.alignment = "RIGHT" if numeric_from is not None and column >= numeric_from else "LEFT"
            for name, value in _PADDING.items():
                setattr(cell, name, value)
            return cell
        return cls(tuple(style(True, c) for c in range(columns)), tuple(style(False, c) for c in range(columns)),
                   fonts, size)

    def header_cells(self, header: Sequence[Any], widths: Sequence[float] | None = None) -> list[Any]:
        """The header as given, but a word the first font cannot draw (Chinese) as a bold Paragraph in runs, and a
        word longer than its column (Albanian "Kategoria" over an 8 mm grade column) in a smaller size that fits,
        both aligned as their column."""
        if self.fonts is None:
            return list(header)
        fonts = self.fonts
        room = [w - _PADDING["leftPadding"] - _PADDING["rightPadding"] for w in widths] if widths else []
        cells: list[Any] = []
        for n, (text, look) in enumerate(zip(header, self.header)):
            if not isinstance(text, str):
                cells.append(text)
                continue
            size = self.size
            if n < len(room):
                needed = max(text_width(line, fonts.bold, self.size) for line in text.split("\n"))
                # 0.9: a Paragraph filled to the last point wraps its last letter (ReportLab rounds the width)
                if needed:
                    size = max(self.size * 0.6, min(self.size, 0.9 * self.size * room[n] / needed))
            if fonts.plain(text) and size == self.size:
                cells.append(text)
                continue
            style = ParagraphStyle("header", fontName=fonts.sans_bold, fontSize=size, leading=self.size * 1.2,
                                   alignment=TA_RIGHT if look.alignment == "RIGHT" else TA_LEFT)
            cells.append(Paragraph(fonts.markup(text, bold=True), style))
        return cells

    def table(self, rows: Sequence[Sequence[Any]], widths: Sequence[float] | None = None,
              repeat_header: bool = True) -> Table:
        styles = [list(self.header), *(list(self.body) for _ in range(len(rows) - 1))]
        cells = [self.header_cells(rows[0], widths), *(list(row) for row in rows[1:])] if rows else []
        return Table(cells, colWidths=list(widths) if widths else None,
                     repeatRows=1 if repeat_header else 0, style=_RULES, cellStyles=styles)


def chunked_tables(header: Sequence[Any], rows: Sequence[Sequence[Any]], widths: Sequence[float],
                   look: _Look, chunk: int = CHUNK_ROWS) -> list[Table]:
    """One table per `chunk` rows, each repeating the header: linear time however many rows there are."""
    header = look.header_cells(header, widths)      # once, not once per chunk
    plain = replace(look, fonts=None)
    return [plain.table([header, *rows[start:start + chunk]], widths)
            for start in range(0, len(rows), chunk)] or [plain.table([header], widths)]


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


def _bar_chart(fonts: _Fonts, words: Words, title: str, pairs: Sequence[tuple[str, int]], width: float = 85 * mm,
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


def _hourly_chart(fonts: _Fonts, words: Words, figures: DayFigures) -> Drawing:
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


def _side_by_side(left: Flowable, right: Flowable) -> Table:
    table = Table([[left, right]], colWidths=[90 * mm, 90 * mm])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return table


def _period(figures: DayFigures, words: Words | None = None) -> str:
    words = words or Words()
    if figures.first_day == figures.last_day:
        return words.day(figures.first_day)
    return words(QT_TRANSLATE_NOOP("report", "{first} to {last}")).format(first=words.day(figures.first_day),
                                                                          last=words.day(figures.last_day))


def _story(figures: DayFigures, fonts: _Fonts, stations_text: str, generated: str,
           notes: SiteNotes | None = None, words: Words | None = None) -> list[Flowable]:
    notes = notes or SiteNotes()
    say = words = words or Words()
    count, cell = words.count, fonts.cell
    labels = figures.labels or shipped_labels()

    def disposition(code: str) -> str:
        return labels.disposition(code, words.translate)

    def packaging(code: str) -> str:
        return labels.packaging_condition(code, words.translate)

    def flag(code: str) -> str:
        return flag_words(code, words.translate)
    items = say(QT_TRANSLATE_NOOP("report", "Items"))
    header_line = "    ".join((
        say(QT_TRANSLATE_NOOP("report", "Day: {day} ({zone})")).format(day=_period(figures, words),
                                                                     zone=figures.zone.label(figures.first_day)),
        say(QT_TRANSLATE_NOOP("report", "Stations: {stations}")).format(stations=stations_text),
        say(QT_TRANSLATE_NOOP("report", "Generated: {generated}")).format(generated=generated)))
    story: list[Flowable] = [
        fonts.heading(notes.title or say(QT_TRANSLATE_NOOP("report", "End-of-day returns inspection report")),
                      fonts.title),
        fonts.para(header_line),
        *_site_lines(notes, fonts, words),
        Spacer(0, 4 * mm),
        fonts.heading(say(QT_TRANSLATE_NOOP("report", "Totals"))),
        _Look.of(fonts, 10, 2, numeric_from=0).table([[say(QT_TRANSLATE_NOOP("report", "Parcels")), items],
                                                     [count(figures.parcels), count(figures.items)]],
                                                    [40 * mm, 40 * mm]),
        fonts.heading(say(QT_TRANSLATE_NOOP("report", "Deductions and refunds per currency"))),
    ]
    money_rows = [[cur, count(m.items), words.money(m.deductions), words.money(m.refunds)]
                  for cur, m in sorted(figures.money.items())]
    story.append(_Look.of(fonts, 8.5, 4, numeric_from=1).table(
        [[say(QT_TRANSLATE_NOOP("report", "Currency")), items, say(QT_TRANSLATE_NOOP("report", "Deductions")),
          say(QT_TRANSLATE_NOOP("report", "Refunds"))], *money_rows], [25 * mm, 25 * mm, 40 * mm, 40 * mm]))
    counts = _Look.of(fonts, 8.5, 2, numeric_from=1)
    grade_rows = [[g, count(n)] for g, n in sorted(figures.by_grade.items())]
    disp_rows = [[fonts.wrapped([disposition(d)], 45 * mm, 8.5), count(n)]
                 for d, n in figures.by_disposition.most_common()]
    reason_rows = [[cell(say(r)), count(n)] for r, n in figures.by_found_reason.most_common()]
    story += [
        fonts.heading(say(QT_TRANSLATE_NOOP("report", "Items by grade, disposition and reason found"))),
        _side_by_side(counts.table([[say(QT_TRANSLATE_NOOP("report", "Grade")), items], *grade_rows],
                                   [30 * mm, 25 * mm]),
                      counts.table([[say(QT_TRANSLATE_NOOP("report", "Disposition")), items], *disp_rows],
                                   [45 * mm, 25 * mm])),
        Spacer(0, 3 * mm),
        counts.table([[say(QT_TRANSLATE_NOOP("report", "Reason found")), items], *reason_rows], [55 * mm, 25 * mm]),
        fonts.heading(say(QT_TRANSLATE_NOOP("report", "Reason stated by the customer beside the reason found"))),
        fonts.para(say(QT_TRANSLATE_NOOP("report", "Stated reason differs from the reason found: {mismatches} of "
                                                   "{items} items.")).format(
            mismatches=count(figures.reason_mismatches), items=count(figures.items)), fonts.small),
        Spacer(0, 2 * mm),
    ]
    pairs = figures.stated_vs_found.most_common(STATED_VS_FOUND_ROWS)
    story += chunked_tables((say(QT_TRANSLATE_NOOP("report", "Stated")), say(QT_TRANSLATE_NOOP("report", "Found")),
                             items),
                            [[cell(say(s) if s == NO_REASON else s), cell(say(f)), count(n)] for (s, f), n in pairs],
                            (70 * mm, 55 * mm, 25 * mm), _Look.of(fonts, 8, 3, numeric_from=2))
    story += [
        CondPageBreak(120 * mm),
        fonts.heading(say(QT_TRANSLATE_NOOP("report", "Charts"))),
        _side_by_side(_bar_chart(fonts, words, say(QT_TRANSLATE_NOOP("report", "Grade mix")),
                                 sorted(figures.by_grade.items())),
                      _bar_chart(fonts, words, say(QT_TRANSLATE_NOOP("report", "Disposition mix")),
                                 [(disposition(d), n) for d, n in figures.by_disposition.most_common()])),
        Spacer(0, 3 * mm),
        _side_by_side(_bar_chart(fonts, words, say(QT_TRANSLATE_NOOP("report", "Reason found mix")),
                                 [(say(r), n) for r, n in figures.by_found_reason.most_common()]),
                      _bar_chart(fonts, words, say(QT_TRANSLATE_NOOP("report", "Exceptions")),
                                 [(flag(f), n) for f, n in figures.by_exception.most_common()])),
        Spacer(0, 3 * mm),
        _hourly_chart(fonts, words, figures),
        fonts.heading(say(QT_TRANSLATE_NOOP("report", "Throughput per inspector"))),
    ]
    inspectors = sorted(figures.inspectors.items(), key=lambda kv: -kv[1].items)
    story += chunked_tables((say(QT_TRANSLATE_NOOP("report", "Badge")), say(QT_TRANSLATE_NOOP("report", "Inspector")),
                             items, say(QT_TRANSLATE_NOOP("report", "Hours worked")),
                             say(QT_TRANSLATE_NOOP("report", "Items per hour"))),
                            [[badge, cell(i.name), count(i.items), count(len(i.hours)), words.one_decimal(i.per_hour)]
                             for badge, i in inspectors],
                            (25 * mm, 60 * mm, 25 * mm, 30 * mm, 30 * mm), _Look.of(fonts, 8.5, 5, numeric_from=2))
    story += [CondPageBreak(60 * mm),
              fonts.heading(say(QT_TRANSLATE_NOOP("report", "Most returned SKUs (top {count})")).format(
                  count=count(TOP_SKUS)))]
    story += chunked_tables((say(QT_TRANSLATE_NOOP("report", "SKU")), say(QT_TRANSLATE_NOOP("report", "Description")),
                             items),
                            [[cell(say(sku)) if sku == UNKNOWN else sku, cell(figures.sku_names.get(sku, "")[:60]),
                              count(n)]
                             for sku, n in figures.skus.most_common(TOP_SKUS)],
                            (35 * mm, 115 * mm, 25 * mm), _Look.of(fonts, 8, 3, numeric_from=2))
    rate_look = _Look.of(fonts, 8.5, 4, numeric_from=1)
    damaged, rate = say(QT_TRANSLATE_NOOP("report", "Damaged")), say(QT_TRANSLATE_NOOP("report", "Rate"))

    def rates(title: str, table: dict[str, Any], name: Any) -> Table:
        rows = [[fonts.wrapped([shown], 28 * mm, 8.5), count(r.items), count(r.damaged), words.percent(r.percent)]
                for shown, r in sorted(((name(k), r) for k, r in table.items()), key=lambda pair: pair[0])]
        return rate_look.table([[title, items, damaged, rate], *rows], [28 * mm, 18 * mm, 18 * mm, 18 * mm])

    def carrier(code: str) -> str:     # a carrier is a name (ups, dhl): as written
        return say(code) if code == UNKNOWN else code

    story += [KeepTogether([fonts.heading(say(QT_TRANSLATE_NOOP("report",
                                                                "Damage by carrier and by packaging condition"))),
                            _side_by_side(rates(say(QT_TRANSLATE_NOOP("report", "Carrier")), figures.by_carrier,
                                                carrier),
                                          rates(say(QT_TRANSLATE_NOOP("report", "Packaging")), figures.by_packaging,
                                                packaging))]),
              PageBreak(),
              fonts.heading(say(QT_TRANSLATE_NOOP("report", "Exceptions ({count})")).format(
                  count=count(len(figures.exceptions))))]
    figures.exceptions.sort(key=lambda e: (e.completed_at, e.license_plate))
    flags_cell = _made_once(lambda codes: fonts.wrapped([flag(f) for f in codes], EXCEPTION_WIDTHS[5], 6.3))
    disposition_cell = _made_once(lambda code: fonts.wrapped([disposition(code)], EXCEPTION_WIDTHS[7], 6.3))
    operator_cell = _made_once(lambda name: fonts.wrapped([name[:22]], EXCEPTION_WIDTHS[3], 6.3))
    exception_rows = [[e.license_plate, words.clock(e.completed_at), e.station, operator_cell(e.operator),
                       cell(say(e.sku)) if e.sku == UNKNOWN else e.sku[:16], flags_cell(e.exceptions), e.grade,
                       disposition_cell(e.disposition), e.currency, words.money(e.deduction), words.money(e.refund)]
                      for e in figures.exceptions]
    story += chunked_tables([say(h) for h in EXCEPTION_HEADER], exception_rows, EXCEPTION_WIDTHS,
                            _Look.of(fonts, 6.3, len(EXCEPTION_HEADER), numeric_from=9))
    story += late_records_section(notes.late, fonts, figures.zone, words)
    story += [Spacer(0, 6 * mm), KeepTogether(_sign_off(fonts, words))]
    return story


def _made_once(make: Any) -> Any:
    """`make(value)`, made once per value: a busy day's exceptions repeat a few values (a `RunLines` may stand in
    many cells: it keeps nothing of where it was drawn)."""
    made: dict[Any, Any] = {}

    def cell(value: Any) -> Any:
        done = made.get(value)
        if done is None:
            done = made[value] = make(value)
        return done
    return cell


def _sign_off(fonts: _Fonts, words: Words | None = None) -> list[Flowable]:
    say = words or Words()
    line = "_" * 34
    signature, date = say(QT_TRANSLATE_NOOP("report", "Signature")), say(QT_TRANSLATE_NOOP("report", "Date"))
    style = ParagraphStyle("sign", fontName=fonts.sans, fontSize=8.5, leading=10)
    table = Table([[fonts.cell(text, style) for text in row] for row in (
                      [say(QT_TRANSLATE_NOOP("report", "Reviewed by (supervisor)")), signature, date], [line] * 3,
                      [say(QT_TRANSLATE_NOOP("report", "Approved by (manager)")), signature, date], [line] * 3)],
                  colWidths=[60 * mm, 60 * mm, 60 * mm], rowHeights=[5 * mm, 12 * mm, 5 * mm, 12 * mm])
    table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), fonts.sans, 8.5), ("VALIGN", (0, 0), (-1, -1), "BOTTOM")]))
    return [fonts.heading(say(QT_TRANSLATE_NOOP("report", "Sign-off"))),
            fonts.para(say(QT_TRANSLATE_NOOP("report", "I have reviewed the exceptions above and agree the totals of "
                                                       "this report.")), fonts.small),
            Spacer(0, 2 * mm), table]


# -- the site's notes: a closed day's signature, stations not heard from, late records of closed days ------------
@dataclass(frozen=True)
class LateRecord:
    """A record of a closed day that reached the hub after the day was signed: never in its signed report."""
    closed_day: dt.date
    number: int                 # the closed day's report number
    kind: str                   # parcel_receipt | item_inspection | inspection_override
    reference: str              # the plate, the tracking number or the decision
    station: str
    happened_at: dt.datetime
    arrived_at: dt.datetime     # when the hub applied this version
    change: str                 # "new", or "changed" for a version of a record the signed report saw
    amount: str = ""            # an item's refund with its currency
    record_id: str = ""
    seq: int = 0                # the hub's change number of this version


@dataclass(frozen=True)
class SiteNotes:
    """What a site report says beyond the figures: the hub's (`inspector.hub.closing`) and a desk's; empty for a
    bench's own report. Each may be a plain string or a `Text` (`inspector.i18n`), translated into the report's
    language."""
    title: str | Text | None = None
    signed: str | Text | None = None                # "Closed day no. 3, signed by ... at ..."
    stations_behind: tuple[str | Text, ...] = ()    # "BENCH-07 (last heard 2026-11-20 13:40)"
    late: tuple[LateRecord, ...] = ()
    as_of: str | Text | None = None                 # a desk's copies: "site as of 14:02; BENCH-07 last heard 13:40"


LATE_HEADER = (QT_TRANSLATE_NOOP("report", "Closed day"), QT_TRANSLATE_NOOP("report", "No."),
               QT_TRANSLATE_NOOP("report", "Record"), QT_TRANSLATE_NOOP("report", "Reference"),
               QT_TRANSLATE_NOOP("report", "Station"), QT_TRANSLATE_NOOP("report", "Happened"),
               QT_TRANSLATE_NOOP("report", "Arrived"), "", QT_TRANSLATE_NOOP("report", "Refund"))
LATE_WIDTHS = tuple(w * mm for w in (19, 9, 25, 30, 18, 22, 22, 14, 21))   # 180 mm: the frame
# A late record's kind and change, as the section writes them.
_LATE_WORDS = {"parcel_receipt": QT_TRANSLATE_NOOP("report", "parcel receipt"),
               "item_inspection": QT_TRANSLATE_NOOP("report", "item inspection"),
               "inspection_override": QT_TRANSLATE_NOOP("report", "inspection override"),
               "new": QT_TRANSLATE_NOOP("report", "new"),
               "changed": QT_TRANSLATE_NOOP("report", "changed")}


def _in(words: Words, value: str | Text) -> str:
    return value.translated(words.translate) if isinstance(value, Text) else value


def _site_lines(notes: SiteNotes, fonts: _Fonts, words: Words | None = None) -> list[Flowable]:
    words = words or Words()
    lines = [fonts.para(_in(words, notes.signed))] if notes.signed else []
    if notes.as_of:
        as_of = _in(words, notes.as_of)
        lines.append(fonts.para(as_of[:1].upper() + as_of[1:]))
    if notes.stations_behind:
        behind = words(QT_TRANSLATE_NOOP("report", "Stations not heard from since before the end of this day (their "
                                                   "records of the day may be missing): {stations}"))
        lines.append(fonts.para(behind.format(stations="; ".join(_in(words, s) for s in notes.stations_behind))))
    return lines


def late_records_section(late: Sequence[LateRecord], fonts: _Fonts, zone: SiteZone,
                         words: Words | None = None) -> list[Flowable]:
    if not late:
        return []
    say = words = words or Words()

    def when(moment: dt.datetime) -> str:
        return words.moment(zone.local(moment))

    def word(code: str) -> str:
        return fonts.cell(say(_LATE_WORDS[code])) if code in _LATE_WORDS else code.replace("_", " ")
    rows = [[words.day(r.closed_day), words.count(r.number), word(r.kind), fonts.cell(r.reference[:30]),
             r.station, when(r.happened_at), when(r.arrived_at), word(r.change), r.amount] for r in late]
    return [CondPageBreak(40 * mm),
            fonts.heading(say(QT_TRANSLATE_NOOP("report", "Late records for closed days ({count})")).format(
                count=words.count(len(late)))),
            fonts.para(say(QT_TRANSLATE_NOOP("report", "Records of days already signed off that reached the hub "
                                                       "after the signing. The signed reports stay as they were; "
                                                       "each closed day's addendum lists its own.")), fonts.small),
            Spacer(0, 2 * mm),
            *chunked_tables([say(h) if h else h for h in LATE_HEADER], rows, LATE_WIDTHS,
                            _Look.of(fonts, 6.8, len(LATE_HEADER), numeric_from=8))]


class _Document(BaseDocTemplate):
    def __init__(self, target: str, on_flowable: Any, **kwargs: Any) -> None:
        super().__init__(target, **kwargs)
        self._on_flowable = on_flowable

    def afterFlowable(self, flowable: Flowable) -> None:
        self._on_flowable()


def write_pdf(figures: DayFigures, output: Path, generated_at: dt.datetime | None = None,
              progress: ProgressCallback = no_progress, stations: Iterable[str] | None = None,
              notes: SiteNotes | None = None, lang: str | None = None) -> ReportResult:
    """Draws the figures into `output`, whole or not at all (a temporary file renamed over it), in `lang`."""
    fonts, say = _Fonts(), Words(lang)
    generated = say.moment(figures.zone.local(generated_at or dt.datetime.now(dt.UTC)), zone_name=True)
    stations_text = (", ".join(sorted(stations if stations is not None else figures.stations))
                     or say(QT_TRANSLATE_NOOP("report", "(none)")))
    story = _story(figures, fonts, stations_text, generated, notes, say)
    period = _period(figures, say)
    left = say(QT_TRANSLATE_NOOP("report", "Returns inspection · {period} · stations: {stations}")).format(
        period=period, stations=stations_text)[:110]
    right = say(QT_TRANSLATE_NOOP("report", "Page {page} · generated {generated}"))
    total, done = len(story), [0]

    def flowable_done() -> None:
        # A table split across pages comes back as several flowables, so the count can pass the story's length.
        done[0] = min(done[0] + 1, total)
        progress(done[0], total)

    def page(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        width, _height = _PAGE
        draw_text(canvas, _MARGIN, 8 * mm, left, fonts.regular, 7.5)
        draw_text(canvas, width - _MARGIN, 8 * mm, right.format(page=say.count(doc.page), generated=generated),
                  fonts.regular, 7.5, align="right")
        canvas.restoreState()

    fd, tmp_name = tempfile.mkstemp(prefix=f".{output.name}.", suffix=".tmp", dir=output.parent)
    os.close(fd)
    try:
        doc = _Document(tmp_name, flowable_done, pagesize=_PAGE, leftMargin=_MARGIN, rightMargin=_MARGIN,
                        topMargin=_MARGIN, bottomMargin=_MARGIN + 4 * mm,
                        title=say(QT_TRANSLATE_NOOP("report", "End-of-day report {period}")).format(period=period),
                        author="Returns inspection bench", creator="inspector")
        frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body")
        doc.addPageTemplates([PageTemplate("page", [frame], onPage=page)])
        doc.build(story)
        os.chmod(tmp_name, 0o644)
        os.replace(tmp_name, output)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise
    return ReportResult(figures.items, figures.parcels, doc.page, len(figures.exceptions))


READ_SHARE, SCALE = 600, 1000   # of the progress: reading the rows, then drawing


def gather_day(database: Database, first_day: dt.date, last_day: dt.date | None = None, station: str | None = None,
               progress: ProgressCallback = no_progress, zone: SiteZone = LOCAL,
               labels: PolicyLabels | None = None) -> DayFigures:
    """Reads and adds up the site's day's rows (the database lane's part); progress runs to READ_SHARE of SCALE.

    `labels`: the site policy's words for dispositions and packaging (`PolicyLabels.of(policy)`); None: the shipped
    policy's."""
    last_day = last_day or first_day
    rows_total = max(count_completed(database, first_day, last_day, station, exact=False, zone=zone), 1)

    def reading(n: int) -> None:
        progress(n * READ_SHARE // rows_total, SCALE)

    figures = gather(report_rows(database, first_day, last_day, station, zone), first_day, last_day, reading,
                     every=max(rows_total // 200, 50), zone=zone, labels=labels)
    figures.station_filter = station
    progress(READ_SHARE, SCALE)
    return figures


def write_pdf_part(figures: DayFigures, output: Path, progress: ProgressCallback = no_progress,
                   generated_at: dt.datetime | None = None, notes: SiteNotes | None = None,
                   lang: str | None = None) -> ReportResult:
    """Draws the gathered figures (the background lane's part); progress runs from READ_SHARE to SCALE.

    `lang`: a code of `inspector.languages` (None: English); an unknown one raises `UnknownLanguage`."""
    def drawing(done: int, total: int) -> None:
        progress(READ_SHARE + done * (SCALE - READ_SHARE) // max(total, 1), SCALE)

    station = getattr(figures, "station_filter", None)
    result = write_pdf(figures, output, generated_at, drawing, [station] if station else None, notes, lang)
    progress(SCALE, SCALE)
    return result


def build_day_report(database: Database, first_day: dt.date, output: Path, station: str | None = None,
                     last_day: dt.date | None = None, progress: ProgressCallback = no_progress,
                     generated_at: dt.datetime | None = None, zone: SiteZone = LOCAL,
                     notes: SiteNotes | None = None, lang: str | None = None,
                     labels: PolicyLabels | None = None) -> ReportResult:
    """Reads the day's rows (the export's rows, lean: `inspector.reports.rows`), gathers the figures, draws the PDF
    in `lang` (None: English; an unknown code raises `UnknownLanguage` before any row is read). `labels`: as
    `gather_day` takes them.

    `progress(done, total)` runs often; raising `Cancelled` from it stops the build and leaves no file.
    """
    lang = language_code(lang)
    figures = gather_day(database, first_day, last_day, station, progress, zone, labels)
    return write_pdf_part(figures, output, progress, generated_at, notes, lang)


__all__ = ["Cancelled", "LateRecord", "ReportResult", "SiteNotes", "build_day_report", "gather_day", "write_pdf_part", "chunked_tables", "money_text", "write_pdf"]
