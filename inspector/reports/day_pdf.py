"""The end-of-day PDF: cover totals, per-currency money, throughput, charts, top SKUs, damage rates, the exceptions
and a sign-off block, drawn with ReportLab platypus. This module is its door: the entry points the app, the CLI and
the hub call, and the document (A4 pages with a running footer, written whole or not at all).

The parts: the sections in their order (`inspector.reports.sections`), the site's notes and late records
(`site_notes`), the charts (`charts`), the fonts and the tables, split into chunks of `CHUNK_ROWS` (`table_look`).
Text goes through the bundled fonts (`inspector.labels.fonts`) so Romanian, Albanian, Vietnamese and Chinese come out
as real glyphs.

`lang` (a code of `inspector.languages`; None is English) is the language of the fixed words, marked
`QT_TRANSLATE_NOOP("report", ...)` for lupdate, and of the numbers, money and dates (`inspector.reports.words`).
"""
from __future__ import annotations

import datetime as dt
import os
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reportlab import rl_config
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from inspector.domain.code_words import PolicyLabels
from inspector.domain.site_day import LOCAL, SiteZone
from inspector.exporting.day_rows import count_completed
from inspector.exporting.progress import Cancelled, ProgressCallback, no_progress
from inspector.i18n import QT_TRANSLATE_NOOP
from inspector.labels.fonts import draw as draw_text
from inspector.languages import language_code
from inspector.reports.figures import DayFigures, gather
from inspector.reports.photo_cells import PhotoSource
from inspector.reports.rows import report_rows
from inspector.reports.sections import (EXCEPTION_HEADER, EXCEPTION_WIDTHS, day_story, exception_columns,
                                        period_text)
from inspector.reports.site_notes import LateRecord, SiteNotes
from inspector.reports.table_look import CHUNK_ROWS, Fonts, chunked_tables
from inspector.reports.words import Words
from inspector.storage.database import Database

# ReportLab writes every stream (page contents, and each photo's JPEG bytes) as ASCII85 text by default, and without
# its optional C accelerator (not installed) encodes it in pure Python: 10-25 ms per thumbnail, most of the time an
# exception's photos cost. A binary stream is as valid a PDF, a fifth smaller, and costs nothing to write. The
# setting is read as each stream is made.
rl_config.useA85 = 0

_PAGE = A4
_MARGIN = 15 * mm



@dataclass(frozen=True)
class ReportResult:
    items: int
    parcels: int
    pages: int
    exceptions: int


class _Document(BaseDocTemplate):
    def __init__(self, target: str, on_flowable: Any, **kwargs: Any) -> None:
        super().__init__(target, **kwargs)
        self._on_flowable = on_flowable

    def afterFlowable(self, flowable: Flowable) -> None:
        self._on_flowable()


def write_pdf(figures: DayFigures, output: Path, generated_at: dt.datetime | None = None,
              progress: ProgressCallback = no_progress, stations: Iterable[str] | None = None,
              notes: SiteNotes | None = None, lang: str | None = None,
              photos: PhotoSource | None = None) -> ReportResult:
    """Draws the figures into `output`, whole or not at all (a temporary file renamed over it), in `lang`.
    `photos`: the exceptions' thumbnails by hash (`photo_cells.store_photos`); None: no photos column."""
    fonts, say = Fonts(), Words(lang)
    generated = say.moment(figures.zone.local(generated_at or dt.datetime.now(dt.UTC)), zone_name=True)
    stations_text = (", ".join(sorted(stations if stations is not None else figures.stations))
                     or say(QT_TRANSLATE_NOOP("report", "(none)")))
    story = day_story(figures, fonts, stations_text, generated, notes, say, photos)
    period = period_text(figures, say)
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
                   lang: str | None = None, photos: PhotoSource | None = None) -> ReportResult:
    """Draws the gathered figures (the background lane's part); progress runs from READ_SHARE to SCALE.

    `lang`: a code of `inspector.languages` (None: English); an unknown one raises `UnknownLanguage`."""
    def drawing(done: int, total: int) -> None:
        progress(READ_SHARE + done * (SCALE - READ_SHARE) // max(total, 1), SCALE)

    station = getattr(figures, "station_filter", None)
    result = write_pdf(figures, output, generated_at, drawing, [station] if station else None, notes, lang, photos)
    progress(SCALE, SCALE)
    return result


def build_day_report(database: Database, first_day: dt.date, output: Path, station: str | None = None,
                     last_day: dt.date | None = None, progress: ProgressCallback = no_progress,
                     generated_at: dt.datetime | None = None, zone: SiteZone = LOCAL,
                     notes: SiteNotes | None = None, lang: str | None = None,
                     labels: PolicyLabels | None = None, photos: PhotoSource | None = None) -> ReportResult:
    """Reads the day's rows (the export's rows, lean: `inspector.reports.rows`), gathers the figures, draws the PDF
    in `lang` (None: English; an unknown code raises `UnknownLanguage` before any row is read). `labels`: as
    `gather_day` takes them. `photos`: the exceptions' thumbnails by hash (`photo_cells.store_photos`); None: the
    exceptions table has no photos column.

    `progress(done, total)` runs often; raising `Cancelled` from it stops the build and leaves no file.
    """
    lang = language_code(lang)
    figures = gather_day(database, first_day, last_day, station, progress, zone, labels)
    return write_pdf_part(figures, output, progress, generated_at, notes, lang, photos)


__all__ = ["CHUNK_ROWS", "EXCEPTION_HEADER", "EXCEPTION_WIDTHS", "Cancelled", "LateRecord", "PhotoSource",
           "ReportResult", "SiteNotes", "build_day_report", "chunked_tables", "exception_columns", "gather_day",
           "write_pdf", "write_pdf_part"]
