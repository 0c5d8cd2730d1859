"""Readers of the formats returns really arrive in: a marketplace's report, a returns app's or a shop's API objects,
a shop's own CSV through a mapping file. Each hands out the same raw records as the bench's own CSV and JSON
readers, so every return gets the same field rules, the same problem report and the same all-or-nothing import.
"""
from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from inspector.importing.csv_reader import read_csv
from inspector.importing.json_reader import read_json
from inspector.importing.json_stream import require_utf8
from inspector.importing.problems import ImportFileError
from inspector.importing.raw_records import RawReturn
from inspector.importing.sources.aftership_json import read_aftership
from inspector.importing.sources.amazon_report import read_amazon
from inspector.importing.sources.mapped_csv import ColumnMapping, load_mapping, read_mapped
from inspector.importing.sources.shopify_json import read_shopify

SOURCES = ("amazon", "aftership", "shopify")   # what `--source` names
FORMATS = ("csv", "json", *SOURCES, "mapped")


@dataclass(frozen=True)
class Reader:
    read: Callable[[BinaryIO], Iterator[RawReturn]]
    # The lines of a return come in no fixed order and without numbers: number them by content once it is whole.
    renumber: bool = False


def reader_for(fmt: str, mapping: Path | str | ColumnMapping | None = None, encoding: str | None = None) -> Reader:
    """The reader of a format; raises ImportFileError for an unknown one, or for a mapping given or missing
    where it does not belong."""
    if fmt not in FORMATS:
        raise ImportFileError(f"unknown format {fmt!r}; the formats are {', '.join(FORMATS)}")
    if (fmt == "mapped") != (mapping is not None):
        raise ImportFileError("a mapping file goes with the mapped format, and only with it")
    if fmt == "csv":
        return Reader(lambda stream: read_csv(stream, encoding))
    if fmt == "json":
        require_utf8(encoding)
        return Reader(read_json)
    if fmt == "amazon":
        return Reader(lambda stream: read_amazon(stream, encoding), renumber=True)
    if fmt == "aftership":
        return Reader(lambda stream: read_aftership(stream, encoding))
    if fmt == "shopify":
        return Reader(lambda stream: read_shopify(stream, encoding))
    assert mapping is not None
    columns = mapping if isinstance(mapping, ColumnMapping) else load_mapping(Path(mapping))
    return Reader(lambda stream: read_mapped(stream, columns, encoding))
