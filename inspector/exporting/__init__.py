"""Exports: one row per item inspection completed on a day of the site or a range of days, as CSV or JSON, written atomically,
with progress and cancellation for long ones."""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

from inspector.exporting.atomic_file import ExportWriteError, replaced_atomically
from inspector.exporting.day_rows import (COLUMNS, ExportFinding, ExportRow, completed_between, completed_on,
                                         count_completed)
from inspector.domain.site_day import LOCAL, SiteZone
from inspector.exporting.progress import Cancelled, CancelFlag, ProgressCallback
from inspector.exporting.writers import findings_cell, neutralise, write_csv, write_json
from inspector.storage.database import Database

FORMATS = ("csv", "json")


def export_day(database: Database, day: dt.date, fmt: str, output: Path, zone: SiteZone = LOCAL) -> int:
    """Writes the day's completed inspections to `output`; returns how many. Raises ExportWriteError."""
    return export_range(database, day, day, fmt, output, zone=zone)


PROGRESS_EVERY = 500


def _reporting(rows: Iterator[ExportRow], total: int, progress: ProgressCallback) -> Iterator[ExportRow]:
    progress(0, total)
    done = 0
    for done, row in enumerate(rows, 1):
        yield row
        if done % PROGRESS_EVERY == 0:
            progress(done, total)   # may raise Cancelled: the writer's temporary file is removed, nothing is left
    progress(done, max(total, done))


def export_range(database: Database, first_day: dt.date, last_day: dt.date, fmt: str, output: Path,
                 station: str | None = None, progress: ProgressCallback | None = None,
                 zone: SiteZone = LOCAL) -> int:
    """The completed inspections of `first_day` to `last_day` (the site's days in `zone`, both included), optionally
    of one station. Times in the file are UTC.

    `progress(done, total)` is called every PROGRESS_EVERY rows; raising `Cancelled` from it cancels the export and
    leaves no file (an existing file of that name is kept as it was).
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}")
    source = completed_between(database, first_day, last_day, station, zone)
    rows: Iterator[ExportRow] = source
    try:
        if progress is not None:
            rows = _reporting(rows, count_completed(database, first_day, last_day, station, zone=zone), progress)
        # CSV gets a byte-order mark: without it spreadsheet programs read UTF-8 (ă, ë, ễ, 中) as mojibake.
        with replaced_atomically(output, encoding="utf-8-sig" if fmt == "csv" else "utf-8") as handle:
            return write_csv(rows, handle) if fmt == "csv" else write_json(rows, handle, first_day, last_day)
    finally:
        # A cancelled or failed export ends its read now: the traceback handed to the caller keeps this frame (and
        # the half-read generator with its open session) alive until the error is shown.
        source.close()


def export_file_name(first_day: dt.date, last_day: dt.date, fmt: str) -> str:
    """The name an export is offered under: `inspections-2026-11-01_2026-11-23.csv`, or one date for one day."""
    days = first_day.isoformat() if first_day == last_day else f"{first_day.isoformat()}_{last_day.isoformat()}"
    return f"inspections-{days}.{fmt}"


__all__ = ["COLUMNS", "FORMATS", "CancelFlag", "Cancelled", "ExportFinding", "ExportRow", "ExportWriteError",
           "completed_between", "completed_on", "count_completed", "export_day", "export_file_name", "export_range",
           "findings_cell", "neutralise", "replaced_atomically", "write_csv", "write_json"]
