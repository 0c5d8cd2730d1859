"""CSV import files: one row per return line, the return's own fields repeated on each of its rows.

File-level faults (not UTF-8, no header, a column missing or unknown, broken quoting) raise `ImportFileError`;
a row that is merely wrong is passed on with its line number for the field rules to judge.
"""
from __future__ import annotations

import csv
from collections.abc import Iterator
from typing import BinaryIO

from inspector.importing.problems import ImportFileError, Location
from inspector.importing.raw_records import LINE_FIELDS, RETURN_FIELDS, RawLine, RawReturn
from inspector.importing.text_decoding import text_lines

REQUIRED_COLUMNS = ("rma_number", "order_number", "line_no", "sku", "quantity", "unit_price", "currency")
KNOWN_COLUMNS = RETURN_FIELDS + LINE_FIELDS


def _header(cells: list[str]) -> list[str]:
    names = [cell.strip().lower() for cell in cells]
    if len(names) == 1 and (";" in names[0] or "\t" in names[0]):
        raise ImportFileError("the header has a single column; the file looks separated by ';' or tabs. "
                              "Save it as comma-separated CSV", line=1)
    duplicates = sorted({n for n in names if names.count(n) > 1 and n})
    if duplicates:
        raise ImportFileError(f"the header names {', '.join(duplicates)} more than once", line=1)
    # An unknown column is most often a misspelt known one ("serial" for "serials"): refusing it beats
    # silently importing returns without that data.
    unknown = [n or "(empty)" for n in names if n not in KNOWN_COLUMNS]
    if unknown:
        raise ImportFileError(f"unknown column(s) {', '.join(unknown)}; the columns are "
                              f"{', '.join(KNOWN_COLUMNS)}", line=1)
    missing = [n for n in REQUIRED_COLUMNS if n not in names]
    if missing:
        raise ImportFileError(f"missing required column(s): {', '.join(missing)}", line=1)
    return names


def read_csv(source: bytes | BinaryIO, encoding: str | None = None) -> Iterator[RawReturn]:
    """Yields one `RawReturn` per data row as the file is read. Raises ImportFileError before yielding anything for
    a bad header, and wherever the file turns out unreadable; callers check the whole file before writing, so a
    fault further down also writes nothing."""
    reader = csv.reader(text_lines(source, encoding=encoding), strict=True)
    try:
        first = next(reader, None)
        if first and len(first) <= 2 and first[0].lstrip().lower().startswith("sep="):
            # Excel's hint line naming the separator ("sep=,"). A comma is what this reader reads anyway.
            if first[0].strip().lower() != "sep=" or len(first) != 2 or first[1].strip():
                raise ImportFileError(f"the file says it is separated by {first[0].lstrip()[4:]!r}; "
                                      "save it as comma-separated CSV", line=1)
            first = next(reader, None)
        if first is None or not any(cell.strip() for cell in first):
            raise ImportFileError("the file is empty; the first line must be the header row", line=1)
        names = _header(first)
        previous_end = reader.line_num
        for cells in reader:
            start, previous_end = previous_end + 1, reader.line_num
            if not any(cell.strip() for cell in cells):
                continue  # blank lines (often at the end of a file) carry nothing
            yield _row(names, cells, Location(line=start))
    except csv.Error as exc:
        raise ImportFileError(f"the CSV cannot be read: {exc}", line=reader.line_num) from exc


def _row(names: list[str], cells: list[str], location: Location) -> RawReturn:
    values = dict(zip(names, cells))
    problems: tuple[tuple[str | None, str], ...] = ()
    if len(cells) != len(names):
        problems = ((None, f"has {len(cells)} cells but the header has {len(names)} columns "
                           "(a missing or extra comma, or an unquoted comma inside a value)"),)
    line_values = {name: values[name] for name in LINE_FIELDS if name in values}
    return RawReturn(location, {n: values[n] for n in RETURN_FIELDS if n in values},
                     (RawLine(location, line_values),), complete=False, problems=problems,
                     cut_short=len(cells) < len(names))
