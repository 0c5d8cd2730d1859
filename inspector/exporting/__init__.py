"""End-of-day exports: one row per item inspection completed on a UTC day, as CSV or JSON, written atomically."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from inspector.exporting.atomic_file import ExportWriteError, replaced_atomically
from inspector.exporting.day_rows import COLUMNS, ExportFinding, ExportRow, completed_on, utc_day_bounds
from inspector.exporting.writers import findings_cell, neutralise, write_csv, write_json
from inspector.storage.database import Database

FORMATS = ("csv", "json")


def export_day(database: Database, day: dt.date, fmt: str, output: Path) -> int:
    """Writes the day's completed inspections to `output`; returns how many. Raises ExportWriteError."""
    rows = completed_on(database, day)
    # CSV gets a byte-order mark: without it spreadsheet programs read UTF-8 (ă, ë, ễ, 中) as mojibake.
    with replaced_atomically(output, encoding="utf-8-sig" if fmt == "csv" else "utf-8") as handle:
        return write_csv(rows, handle) if fmt == "csv" else write_json(rows, handle, day)


__all__ = ["COLUMNS", "FORMATS", "ExportFinding", "ExportRow", "ExportWriteError", "completed_on", "export_day",
           "findings_cell", "neutralise", "replaced_atomically", "utc_day_bounds", "write_csv", "write_json"]
