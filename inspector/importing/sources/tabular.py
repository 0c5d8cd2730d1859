"""Tables with a header row (a marketplace's report, a shop's own CSV): columns found by their names, rows handed
out with their line numbers as the file is read.

Names match whatever their case, spaces, '-' and '_' ("Amazon RMA ID", "amazon-rma-id"). A column a source needs
and the header lacks makes the file unusable at line 1, naming the header closest to it: most often the column was
renamed. Columns nobody asked for are ignored (a report's columns vary from account to account).
"""
from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, BinaryIO

from inspector.importing.problems import ImportFileError
from inspector.importing.text_decoding import text_lines

_IGNORED_IN_NAMES = re.compile(r"[\s_\-]+")


def name_key(name: str) -> str:
    return _IGNORED_IN_NAMES.sub("", name).casefold()


@dataclass(frozen=True)
class Header:
    names: tuple[str, ...]   # as written, outer spaces stripped

    def find(self, column: str, required: bool, named_by: str = "") -> int | None:
        """The position of `column`, or None for an optional one that is absent."""
        key = name_key(column)
        found = [i for i, name in enumerate(self.names) if name_key(name) == key]
        if len(found) > 1:
            raise ImportFileError(f"the header names the column {column!r} {len(found)} times{named_by}", line=1)
        if found:
            return found[0]
        if not required:
            return None
        raise ImportFileError(f"the required column {column!r}{named_by} is missing; {self._closest(column)}",
                              line=1)

    def _closest(self, column: str) -> str:
        import difflib   # only for a file about to be refused
        keys = {name_key(name): name for name in self.names if name}
        near = difflib.get_close_matches(name_key(column), list(keys), n=1, cutoff=0.5)
        if near:
            return f"the closest column in the header is {keys[near[0]]!r} (renamed?)"
        return "no column in the header is close to it"


@dataclass(frozen=True)
class Row:
    line: int          # the file's own line number where the row starts (the header is line 1)
    cells: list[str]

    def cell(self, position: int | None) -> str | None:
        """The cell at `position`; None for an absent column or a row cut short before it."""
        if position is None or position >= len(self.cells):
            return None
        return self.cells[position]

    def is_cut_short(self, header: Header) -> bool:
        return len(self.cells) < len(header.names)

    def shape_problem(self, header: Header) -> str | None:
        """What is wrong with the number of cells, if anything: fewer than the header's is a row cut short; more
        (not merely empty ones at the end) is most often a separator inside a value."""
        have, want = len(self.cells), len(header.names)
        if self.is_cut_short(header):
            return f"has {have} cells but the header has {want} columns: the row is cut short"
        if have > want and any(cell.strip() for cell in self.cells[want:]):
            return (f"has {have} cells but the header has {want} columns (a separator inside a value, or an "
                    "unquoted one?)")
        return None


def read_table(source: bytes | BinaryIO, delimiter: str, encoding: str | None,
               quoting: int = csv.QUOTE_MINIMAL) -> tuple[Header, Iterator[Row]]:
    """The header (read at once) and the data rows (read as they are asked for; blank rows skipped).
    Raises ImportFileError for an empty file, or for one that cannot be read as such a table."""
    reader = csv.reader(text_lines(source, encoding=encoding), delimiter=delimiter, quoting=quoting,
                        strict=quoting != csv.QUOTE_NONE)
    try:
        first = next(reader, None)
    except csv.Error as exc:
        raise ImportFileError(f"the file cannot be read as a table: {exc}", line=reader.line_num) from exc
    if first is None or not any(cell.strip() for cell in first):
        raise ImportFileError("the file is empty; the first line must be the header row", line=1)
    header = Header(tuple(cell.strip() for cell in first))
    if len(header.names) == 1 and delimiter not in first[0]:
        others = [name for sep, name in ((",", "commas"), (";", "';'"), ("\t", "tabs")) if sep in first[0]]
        if others:
            raise ImportFileError(f"the header has a single column; the file looks separated by {others[0]}, not "
                                  f"by {_separator_name(delimiter)}", line=1)
    return header, _rows(reader)


def _rows(reader: Any) -> Iterator[Row]:   # a csv reader
    previous_end = reader.line_num
    try:
        for cells in reader:
            start, previous_end = previous_end + 1, reader.line_num
            if any(cell.strip() for cell in cells):
                yield Row(start, cells)
    except csv.Error as exc:
        raise ImportFileError(f"the file cannot be read as a table: {exc}", line=reader.line_num) from exc


def _separator_name(delimiter: str) -> str:
    return {"\t": "tabs", ",": "commas"}.get(delimiter, repr(delimiter))
