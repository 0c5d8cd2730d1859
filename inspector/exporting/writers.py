"""The day's rows as CSV (for spreadsheets) or JSON (for programs). Money stays exact text, times are ISO 8601 UTC."""
from __future__ import annotations

import csv
import datetime as dt
import json
from collections.abc import Iterable
from dataclasses import fields
from decimal import Decimal
from typing import Any, TextIO

from inspector.exporting.day_rows import COLUMNS, ExportFinding, ExportRow

# Spreadsheets run a cell that starts with one of these as a formula (CSV injection); a leading apostrophe
# makes them show it as text instead. OWASP's list: = + - @ tab and carriage return.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
LIST_SEPARATOR = ";"


def neutralise(cell: str) -> str:
    return "'" + cell if cell.startswith(_FORMULA_STARTS) else cell


def list_cell(items: Iterable[str]) -> str:
    """`a;b;c`, each element neutralised on its own: a spreadsheet may split the cell on ';' (Text to Columns, or
    a locale whose list separator is ';'), and then every element is a cell of its own."""
    return LIST_SEPARATOR.join(neutralise(item) for item in items)


def _plain(value: Any) -> Any:
    """The JSON-safe form: Decimal and dates as text (never float), tuples as lists."""
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, (dt.datetime, dt.date)):
        return value.isoformat()
    if isinstance(value, tuple):
        return [_plain(item) for item in value]
    if isinstance(value, ExportFinding):
        return {"code": value.code, "deduction": _plain(value.deduction), "basis": value.basis}
    return value


def findings_cell(findings: tuple[ExportFinding, ...]) -> str:
    """`code:amount;code:amount`; the amount is empty where nothing was refundable to deduct from."""
    return list_cell(f"{f.code}:{'' if f.deduction is None else f.deduction}" for f in findings)


def _csv_cell(name: str, value: Any) -> str:
    if name == "findings":
        return findings_cell(value)
    if value is None:
        return ""
    if name == "photo_hashes":     # hex hashes, space separated: nothing in them a sheet would run or split
        return " ".join(value)
    if isinstance(value, bool):     # `held`: as JSON writes it
        return "true" if value else "false"
    if isinstance(value, tuple):
        return list_cell(str(item) for item in value)
    plain = _plain(value)
    return str(plain)


def write_csv(rows: Iterable[ExportRow], handle: TextIO) -> int:
    writer = csv.writer(handle, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    count = 0
    for row in rows:
        writer.writerow([neutralise(_csv_cell(f.name, getattr(row, f.name))) for f in fields(ExportRow)])
        count += 1
    return count


def write_json(rows: Iterable[ExportRow], handle: TextIO, day: dt.date, last_day: dt.date | None = None) -> int:
    """Streams `{"date", "timezone", "inspections": [...], "count"}` object by object; a range of days has
    `"from"` and `"to"` in place of `"date"`."""
    if last_day is None or last_day == day:
        handle.write(f'{{"date": "{day.isoformat()}", "timezone": "UTC", "inspections": [')
    else:
        handle.write(f'{{"from": "{day.isoformat()}", "to": "{last_day.isoformat()}", "timezone": "UTC", '
                     f'"inspections": [')
    count = 0
    for row in rows:
        obj = {f.name: _plain(getattr(row, f.name)) for f in fields(ExportRow)}
        handle.write(("," if count else "") + "\n  " + json.dumps(obj, ensure_ascii=False))
        count += 1
    handle.write(f'\n], "count": {count}}}\n')
    return count
