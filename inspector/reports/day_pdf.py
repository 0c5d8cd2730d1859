"""The end-of-day PDF: cover totals, per-currency money, throughput, charts, top SKUs, damage rates, the exceptions
and a sign-off block, drawn with ReportLab platypus.

Long tables are split into chunks of `CHUNK_ROWS`: platypus lays out (and splits across pages) one table in time
that grows with the square of its rows, so a 50,000-item day as one table would not finish. Text goes through the
bundled fonts (`inspector.labels.fonts`) so Romanian, Albanian, Vietnamese and Chinese come out as real glyphs.
"""
from __future__ import annotations

import datetime as dt
import os
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
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
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (BaseDocTemplate, CondPageBreak, Flowable, Frame, KeepTogether, PageBreak,
                                PageTemplate, Paragraph, Spacer, Table, TableStyle)
from reportlab.platypus.tables import CellStyle

from inspector.domain.site_day import LOCAL, SiteZone
from inspector.exporting.day_rows import count_completed
from inspector.exporting.progress import Cancelled, ProgressCallback, no_progress
from inspector.labels.fonts import family, runs
from inspector.reports.figures import DayFigures, gather
from inspector.reports.rows import report_rows
from inspector.storage.database import Database

CHUNK_ROWS = 250
TOP_SKUS = 20
STATED_VS_FOUND_ROWS = 15
_PAGE = A4
_MARGIN = 15 * mm

EXCEPTION_HEADER = ("Plate", "Time", "Station", "Inspector", "SKU", "Exceptions", "Grade", "Disposition",
                    "Cur.", "Deduction", "Refund")
EXCEPTION_WIDTHS = tuple(w * mm for w in (20, 12, 15, 22, 17, 33, 8, 20, 7, 13, 13))   # 180 mm: the frame


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

    def cell(self, text: str, style: ParagraphStyle | None = None) -> Any:
        """A plain string when the first font draws all of it (fast: most cells), else a Paragraph in runs."""
        if self.regular.cmaps[0].issuperset(map(ord, text)):
            return text
        return Paragraph(self.markup(text), style or self.small)

    def para(self, text: str, style: ParagraphStyle | None = None) -> Paragraph:
        return Paragraph(self.markup(text), style or self.body)


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

    @classmethod
    def of(cls, fonts: _Fonts, size: float, columns: int, numeric_from: int | None = None) -> "_Look":
        def style(bold: bool, column: int) -> CellStyle:
            cell = CellStyle("report")
            cell.fontname, cell.fontsize, cell.leading = (fonts.sans_bold if bold else fonts.sans), size, size * 1.2
            cell.valign = "TOP"
            cell.alignment = "RIGHT" if numeric_from is not None and column >= numeric_from else "LEFT"
            for name, value in _PADDING.items():
                setattr(cell, name, value)
            return cell
        return cls(tuple(style(True, c) for c in range(columns)), tuple(style(False, c) for c in range(columns)))

    def table(self, rows: Sequence[Sequence[Any]], widths: Sequence[float] | None = None,
              repeat_header: bool = True) -> Table:
        styles = [list(self.header), *(list(self.body) for _ in range(len(rows) - 1))]
        return Table([list(row) for row in rows], colWidths=list(widths) if widths else None,
                     repeatRows=1 if repeat_header else 0, style=_RULES, cellStyles=styles)


def chunked_tables(header: Sequence[str], rows: Sequence[Sequence[Any]], widths: Sequence[float],
                   look: _Look, chunk: int = CHUNK_ROWS) -> list[Table]:
    """One table per `chunk` rows, each repeating the header: linear time however many rows there are."""
    return [look.table([header, *rows[start:start + chunk]], widths)
            for start in range(0, len(rows), chunk)] or [look.table([header], widths)]


def _bar_chart(fonts: _Fonts, title: str, pairs: Sequence[tuple[str, int]], width: float = 85 * mm,
               bar: float = 4.2 * mm) -> Drawing:
    pairs = list(pairs) or [("(none)", 0)]
    height = max(30 * mm, bar * len(pairs) + 16 * mm)
    drawing = Drawing(width, height)
    chart = HorizontalBarChart()
    chart.x, chart.y = 34 * mm, 6 * mm
    chart.width, chart.height = width - chart.x - 4 * mm, height - 14 * mm
    chart.data = [[n for _, n in reversed(pairs)]]
    chart.categoryAxis.categoryNames = [label[:24] for label, _ in reversed(pairs)]
    chart.categoryAxis.labels.fontName = fonts.sans
    chart.categoryAxis.labels.fontSize = 6.5
    chart.valueAxis.labels.fontName = fonts.sans
    chart.valueAxis.labels.fontSize = 6.5
    chart.valueAxis.valueMin = 0
    chart.bars[0].fillColor = colors.HexColor("#3b6ea5")
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = fonts.sans
    chart.barLabels.fontSize = 6
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 2
    drawing.add(chart)
    drawing.add(String(0, height - 6, title, fontName=fonts.sans_bold, fontSize=8.5))
    return drawing


def _hourly_chart(fonts: _Fonts, figures: DayFigures) -> Drawing:
    width, height = 180 * mm, 55 * mm
    drawing = Drawing(width, height)
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 12 * mm, 8 * mm, width - 16 * mm, height - 16 * mm
    chart.data = [[figures.hourly.get(h, 0) for h in range(24)]]
    chart.categoryAxis.categoryNames = [f"{h:02d}" for h in range(24)]
    for axis in (chart.categoryAxis, chart.valueAxis):
        axis.labels.fontName, axis.labels.fontSize = fonts.sans, 6.5
    chart.valueAxis.valueMin = 0
    chart.bars[0].fillColor = colors.HexColor("#5a8f3c")
    drawing.add(chart)
    drawing.add(String(0, height - 6, f"Items completed per hour ({figures.zone.label(figures.first_day)})",
                       fontName=fonts.sans_bold, fontSize=8.5))
    return drawing


def _side_by_side(left: Flowable, right: Flowable) -> Table:
    table = Table([[left, right]], colWidths=[90 * mm, 90 * mm])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return table


def _period(figures: DayFigures) -> str:
    if figures.first_day == figures.last_day:
        return figures.first_day.isoformat()
    return f"{figures.first_day.isoformat()} to {figures.last_day.isoformat()}"


def _story(figures: DayFigures, fonts: _Fonts, stations_text: str, generated: str,
           notes: SiteNotes | None = None) -> list[Flowable]:
    notes = notes or SiteNotes()
    story: list[Flowable] = [
        Paragraph(notes.title or "End-of-day returns inspection report", fonts.title),
        fonts.para(f"Day: {_period(figures)} ({figures.zone.label(figures.first_day)})    "
                   f"Stations: {stations_text}    Generated: {generated}"),
        *_site_lines(notes, fonts),
        Spacer(0, 4 * mm),
        Paragraph("Totals", fonts.h2),
        _Look.of(fonts, 10, 2, numeric_from=0).table([["Parcels", "Items"],
                                                     [f"{figures.parcels:,}", f"{figures.items:,}"]],
                                                    [40 * mm, 40 * mm]),
        Paragraph("Deductions and refunds per currency", fonts.h2),
    ]
    money_rows = [[cur, f"{m.items:,}", money_text(m.deductions), money_text(m.refunds)]
                  for cur, m in sorted(figures.money.items())]
    story.append(_Look.of(fonts, 8.5, 4, numeric_from=1).table([["Currency", "Items", "Deductions", "Refunds"],
                                                               *money_rows], [25 * mm, 25 * mm, 40 * mm, 40 * mm]))
    counts = _Look.of(fonts, 8.5, 2, numeric_from=1)
    grade_rows = [[g, f"{n:,}"] for g, n in sorted(figures.by_grade.items())]
    disp_rows = [[d, f"{n:,}"] for d, n in figures.by_disposition.most_common()]
    reason_rows = [[r, f"{n:,}"] for r, n in figures.by_found_reason.most_common()]
    story += [
        Paragraph("Items by grade, disposition and reason found", fonts.h2),
        _side_by_side(counts.table([["Grade", "Items"], *grade_rows], [30 * mm, 25 * mm]),
                      counts.table([["Disposition", "Items"], *disp_rows], [45 * mm, 25 * mm])),
        Spacer(0, 3 * mm),
        counts.table([["Reason found", "Items"], *reason_rows], [55 * mm, 25 * mm]),
        Paragraph("Reason stated by the customer beside the reason found", fonts.h2),
        fonts.para(f"Stated reason differs from the reason found: {figures.reason_mismatches:,} of "
                   f"{figures.items:,} items.", fonts.small),
        Spacer(0, 2 * mm),
    ]
    pairs = figures.stated_vs_found.most_common(STATED_VS_FOUND_ROWS)
    story += chunked_tables(("Stated", "Found", "Items"),
                            [[fonts.cell(s), f, f"{n:,}"] for (s, f), n in pairs],
                            (70 * mm, 55 * mm, 25 * mm), _Look.of(fonts, 8, 3, numeric_from=2))
    story += [
        CondPageBreak(120 * mm),
        Paragraph("Charts", fonts.h2),
        _side_by_side(_bar_chart(fonts, "Grade mix", sorted(figures.by_grade.items())),
                      _bar_chart(fonts, "Disposition mix", figures.by_disposition.most_common())),
        Spacer(0, 3 * mm),
        _side_by_side(_bar_chart(fonts, "Reason found mix", figures.by_found_reason.most_common()),
                      _bar_chart(fonts, "Exceptions", figures.by_exception.most_common())),
        Spacer(0, 3 * mm),
        _hourly_chart(fonts, figures),
        Paragraph("Throughput per inspector", fonts.h2),
    ]
    inspectors = sorted(figures.inspectors.items(), key=lambda kv: -kv[1].items)
    story += chunked_tables(("Badge", "Inspector", "Items", "Hours worked", "Items per hour"),
                            [[badge, fonts.cell(i.name), f"{i.items:,}", f"{len(i.hours)}", f"{i.per_hour:.1f}"]
                             for badge, i in inspectors],
                            (25 * mm, 60 * mm, 25 * mm, 30 * mm, 30 * mm), _Look.of(fonts, 8.5, 5, numeric_from=2))
    story += [CondPageBreak(60 * mm), Paragraph(f"Most returned SKUs (top {TOP_SKUS})", fonts.h2)]
    story += chunked_tables(("SKU", "Description", "Items"),
                            [[sku, fonts.cell(figures.sku_names.get(sku, "")[:60]), f"{n:,}"]
                             for sku, n in figures.skus.most_common(TOP_SKUS)],
                            (35 * mm, 115 * mm, 25 * mm), _Look.of(fonts, 8, 3, numeric_from=2))
    rate_look = _Look.of(fonts, 8.5, 4, numeric_from=1)

    def rates(title: str, table: dict[str, Any]) -> Table:
        rows = [[k, f"{r.items:,}", f"{r.damaged:,}", f"{r.percent:.1f}%"] for k, r in sorted(table.items())]
        return rate_look.table([[title, "Items", "Damaged", "Rate"], *rows], [28 * mm, 18 * mm, 18 * mm, 18 * mm])

    story += [KeepTogether([Paragraph("Damage by carrier and by packaging condition", fonts.h2),
                            _side_by_side(rates("Carrier", figures.by_carrier),
                                          rates("Packaging", figures.by_packaging))]),
              PageBreak(),
              Paragraph(f"Exceptions ({len(figures.exceptions):,})", fonts.h2)]
    figures.exceptions.sort(key=lambda e: (e.completed_at, e.license_plate))
    exception_rows = [[e.license_plate, e.completed_at.strftime("%H:%M:%S"), e.station, fonts.cell(e.operator[:22]),
                       e.sku[:16], "\n".join(e.exceptions), e.grade, e.disposition, e.currency,
                       money_text(e.deduction), money_text(e.refund)] for e in figures.exceptions]
    story += chunked_tables(EXCEPTION_HEADER, exception_rows, EXCEPTION_WIDTHS,
                            _Look.of(fonts, 6.3, len(EXCEPTION_HEADER), numeric_from=9))
    story += late_records_section(notes.late, fonts, figures.zone)
    story += [Spacer(0, 6 * mm), KeepTogether(_sign_off(fonts))]
    return story


def _sign_off(fonts: _Fonts) -> list[Flowable]:
    line = "_" * 34
    table = Table([["Reviewed by (supervisor)", "Signature", "Date"], [line, line, line],
                   ["Approved by (manager)", "Signature", "Date"], [line, line, line]],
                  colWidths=[60 * mm, 60 * mm, 60 * mm], rowHeights=[5 * mm, 12 * mm, 5 * mm, 12 * mm])
    table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), fonts.sans, 8.5), ("VALIGN", (0, 0), (-1, -1), "BOTTOM")]))
    return [Paragraph("Sign-off", fonts.h2),
            fonts.para("I have reviewed the exceptions above and agree the totals of this report.", fonts.small),
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
    bench's own report."""
    title: str | None = None
    signed: str | None = None               # "Closed day no. 3, signed by ... at ..."
    stations_behind: tuple[str, ...] = ()   # "BENCH-07 (last heard 2026-11-20 13:40)"
    late: tuple[LateRecord, ...] = ()
    as_of: str | None = None                # a desk's copies: "site as of 14:02; BENCH-07 last heard 13:40"


LATE_HEADER = ("Closed day", "No.", "Record", "Reference", "Station", "Happened", "Arrived", "", "Refund")
LATE_WIDTHS = tuple(w * mm for w in (19, 9, 25, 30, 18, 22, 22, 14, 21))   # 180 mm: the frame


def _site_lines(notes: SiteNotes, fonts: _Fonts) -> list[Flowable]:
    lines = [fonts.para(notes.signed)] if notes.signed else []
    if notes.as_of:
        lines.append(fonts.para(notes.as_of[:1].upper() + notes.as_of[1:]))
    if notes.stations_behind:
        lines.append(fonts.para("Stations not heard from since before the end of this day (their records of the day "
                                "may be missing): " + "; ".join(notes.stations_behind)))
    return lines


def late_records_section(late: Sequence[LateRecord], fonts: _Fonts, zone: SiteZone) -> list[Flowable]:
    if not late:
        return []

    def when(moment: dt.datetime) -> str:
        return zone.local(moment).strftime("%Y-%m-%d %H:%M")
    rows = [[r.closed_day.isoformat(), f"{r.number}", r.kind.replace("_", " "), fonts.cell(r.reference[:30]),
             r.station, when(r.happened_at), when(r.arrived_at), r.change, r.amount] for r in late]
    return [CondPageBreak(40 * mm), Paragraph(f"Late records for closed days ({len(late):,})", fonts.h2),
            fonts.para("Records of days already signed off that reached the hub after the signing. The signed "
                       "reports stay as they were; each closed day's addendum lists its own.", fonts.small),
            Spacer(0, 2 * mm),
            *chunked_tables(LATE_HEADER, rows, LATE_WIDTHS, _Look.of(fonts, 6.8, len(LATE_HEADER), numeric_from=8))]


class _Document(BaseDocTemplate):
    def __init__(self, target: str, on_flowable: Any, **kwargs: Any) -> None:
        super().__init__(target, **kwargs)
        self._on_flowable = on_flowable

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802 - ReportLab's hook name
        self._on_flowable()


def write_pdf(figures: DayFigures, output: Path, generated_at: dt.datetime | None = None,
              progress: ProgressCallback = no_progress, stations: Iterable[str] | None = None,
              notes: SiteNotes | None = None) -> ReportResult:
    """Draws the figures into `output`, whole or not at all (a temporary file renamed over it)."""
    fonts = _Fonts()
    generated = figures.zone.local(generated_at or dt.datetime.now(dt.timezone.utc)).strftime("%Y-%m-%d %H:%M %Z")
    stations_text = ", ".join(sorted(stations if stations is not None else figures.stations)) or "(none)"
    story = _story(figures, fonts, stations_text, generated, notes)
    total, done = len(story), [0]

    def flowable_done() -> None:
        # A table split across pages comes back as several flowables, so the count can pass the story's length.
        done[0] = min(done[0] + 1, total)
        progress(done[0], total)

    def page(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        canvas.setFont(fonts.sans, 7.5)
        width, _height = _PAGE
        canvas.drawString(_MARGIN, 8 * mm, f"Returns inspection · {_period(figures)} · stations: {stations_text}"[:110])
        canvas.drawRightString(width - _MARGIN, 8 * mm, f"Page {doc.page} · generated {generated}")
        canvas.restoreState()

    fd, tmp_name = tempfile.mkstemp(prefix=f".{output.name}.", suffix=".tmp", dir=output.parent)
    os.close(fd)
    try:
        doc = _Document(tmp_name, flowable_done, pagesize=_PAGE, leftMargin=_MARGIN, rightMargin=_MARGIN,
                        topMargin=_MARGIN, bottomMargin=_MARGIN + 4 * mm, title=f"End-of-day report {_period(figures)}",
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
               progress: ProgressCallback = no_progress, zone: SiteZone = LOCAL) -> DayFigures:
    """Reads and adds up the site's day's rows (the database lane's part); progress runs to READ_SHARE of SCALE."""
    last_day = last_day or first_day
    rows_total = max(count_completed(database, first_day, last_day, station, exact=False, zone=zone), 1)

    def reading(n: int) -> None:
        progress(n * READ_SHARE // rows_total, SCALE)

    figures = gather(report_rows(database, first_day, last_day, station, zone), first_day, last_day, reading,
                     every=max(rows_total // 200, 50), zone=zone)
    figures.station_filter = station
    progress(READ_SHARE, SCALE)
    return figures


def write_pdf_part(figures: DayFigures, output: Path, progress: ProgressCallback = no_progress,
                   generated_at: dt.datetime | None = None, notes: SiteNotes | None = None) -> ReportResult:
    """Draws the gathered figures (the background lane's part); progress runs from READ_SHARE to SCALE."""
    def drawing(done: int, total: int) -> None:
        progress(READ_SHARE + done * (SCALE - READ_SHARE) // max(total, 1), SCALE)

    station = getattr(figures, "station_filter", None)
    result = write_pdf(figures, output, generated_at, drawing, [station] if station else None, notes)
    progress(SCALE, SCALE)
    return result


def build_day_report(database: Database, first_day: dt.date, output: Path, station: str | None = None,
                     last_day: dt.date | None = None, progress: ProgressCallback = no_progress,
                     generated_at: dt.datetime | None = None, zone: SiteZone = LOCAL,
                     notes: SiteNotes | None = None) -> ReportResult:
    """Reads the day's rows (the export's rows, lean: `inspector.reports.rows`), gathers the figures, draws the PDF.

    `progress(done, total)` runs often; raising `Cancelled` from it stops the build and leaves no file.
    """
    figures = gather_day(database, first_day, last_day, station, progress, zone)
    return write_pdf_part(figures, output, progress, generated_at, notes)


__all__ = ["Cancelled", "LateRecord", "ReportResult", "SiteNotes", "build_day_report", "gather_day", "write_pdf_part", "chunked_tables", "money_text", "write_pdf"]
