"""Any other CSV (a shop's own ERP export), read through a small mapping file that says which column is which field.

The mapping file is CSV with the columns `field,column,default` (a header row of those words may come first):
- `sku,Item no,` takes the field from that column (names match whatever their case, spaces, '-' and '_');
- `currency,,EUR` gives the field a constant; `status,State,open` takes the column and uses the default where a
  cell is empty;
- `order_amount` and `order_quantity` stand in for `unit_price` when the file gives an amount for several units;
- `@delimiter,;` (or `tab`) and `@list_separator,|` set how the file is written (default `,` and `;`);
- blank lines and lines starting with `#` are skipped.
The fields are those of the import format (docs/import-format.md). Without `line_no` the lines of a return are
numbered in the order its rows come.
"""
from __future__ import annotations

import csv
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from inspector.importing.problems import ImportFileError, Location
from inspector.importing.raw_records import LINE_FIELDS, PRICE_FROM_TOTAL, RETURN_FIELDS, RawLine, RawReturn
from inspector.importing.sources.tabular import Header, Row, read_table
from inspector.importing.text_decoding import decode_utf8

FIELDS = RETURN_FIELDS + LINE_FIELDS + PRICE_FROM_TOTAL
REQUIRED = ("rma_number", "order_number", "sku", "quantity", "currency")
LIST_FIELDS = ("tracking_numbers", "serials")
_HEADER = ["field", "column", "default"]
_SEPARATOR_WORDS = {"tab": "\t", "\\t": "\t", "comma": ",", "semicolon": ";", "pipe": "|", "space": " "}


@dataclass(frozen=True)
class FieldSource:
    column: str | None
    default: str | None
    line: int   # in the mapping file


@dataclass(frozen=True)
class ColumnMapping:
    name: str                              # the mapping file's name, for messages
    fields: dict[str, FieldSource] = field(default_factory=dict)
    delimiter: str = ","
    list_separator: str = ";"


def _fault(name: str, line: int | None, message: str) -> ImportFileError:
    where = f"the mapping file {name}" + (f", line {line}" if line else "")
    return ImportFileError(f"{where}: {message}")


def _separator(name: str, line: int, option: str, value: str) -> str:
    chosen = _SEPARATOR_WORDS.get(value.strip().lower(), value)
    if len(chosen) != 1 or chosen in "\"\r\n":
        raise _fault(name, line, f"{option} must be one character (or tab), got {value!r}")
    return chosen


def load_mapping(path: Path) -> ColumnMapping:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ImportFileError(f"the mapping file {path} cannot be read: {exc.strerror or exc}") from None
    return parse_mapping(data, path.name)


def parse_mapping(data: bytes, name: str) -> ColumnMapping:
    try:
        rows = list(csv.reader(decode_utf8(data).splitlines(), strict=True))
    except (csv.Error, ImportFileError) as exc:
        raise _fault(name, None, str(exc)) from None
    fields: dict[str, FieldSource] = {}
    options = {"@delimiter": ",", "@list_separator": ";"}
    for line, cells in enumerate(rows, start=1):
        cells = [cell.strip() for cell in cells]
        if not any(cells) or cells[0].startswith("#") or [c.lower() for c in cells] == _HEADER:
            continue
        key, column, default = (cells + ["", ""])[:3]
        if len(cells) > 3 and any(cells[3:]):
            raise _fault(name, line, "has more than three cells (field,column,default)")
        if key.startswith("@"):
            if key not in options:
                raise _fault(name, line, f"unknown option {key!r}; the options are {', '.join(options)}")
            options[key] = _separator(name, line, key, column)
            continue
        if key not in FIELDS:
            raise _fault(name, line, f"unknown field {key!r}; the fields are {', '.join(FIELDS)}")
        if key in fields:
            raise _fault(name, line, f"maps {key} a second time (first on line {fields[key].line})")
        if not column and not default:
            raise _fault(name, line, f"{key} names neither a column nor a default")
        fields[key] = FieldSource(column or None, default or None, line)
    _check_complete(name, fields)
    return ColumnMapping(name, fields, options["@delimiter"], options["@list_separator"])


def _check_complete(name: str, fields: dict[str, FieldSource]) -> None:
    missing = [key for key in REQUIRED if key not in fields]
    if "unit_price" not in fields and "order_amount" not in fields:
        missing.append("unit_price (or order_amount and order_quantity)")
    if missing:
        raise _fault(name, None, f"maps no {', '.join(missing)}")
    if "unit_price" in fields and "order_amount" in fields:
        raise _fault(name, fields["order_amount"].line, "map unit_price or order_amount, not both")
    if ("order_amount" in fields) != ("order_quantity" in fields):
        alone = "order_amount" if "order_amount" in fields else "order_quantity"
        raise _fault(name, fields[alone].line, "order_amount and order_quantity go together: the unit price is "
                                               "the one divided by the other")


def read_mapped(source: bytes | BinaryIO, mapping: ColumnMapping, encoding: str | None = None) -> Iterator[RawReturn]:
    header, rows = read_table(source, mapping.delimiter, encoding)
    at = {key: header.find(src.column, required=True,
                           named_by=f" (mapped to {key} on line {src.line} of {mapping.name})")
          if src.column else None for key, src in mapping.fields.items()}
    for row in rows:
        yield _record(header, mapping, at, row)


def _record(header: Header, mapping: ColumnMapping, at: dict[str, int | None], row: Row) -> RawReturn:
    location = Location(line=row.line)
    values: dict[str, object] = {}
    for key, src in mapping.fields.items():
        cell = row.cell(at[key])
        value: object = cell if cell is not None and cell.strip() else src.default
        if key in LIST_FIELDS and isinstance(value, str) and mapping.list_separator != ";":
            value = [item.strip() for item in value.split(mapping.list_separator)] if value.strip() else []
        values[key] = value
    shape = row.shape_problem(header)
    return RawReturn(location, {k: v for k, v in values.items() if k in RETURN_FIELDS},
                     (RawLine(location, {k: v for k, v in values.items() if k not in RETURN_FIELDS}),),
                     complete=False, problems=((None, shape),) if shape else (),
                     number_lines="line_no" not in mapping.fields, cut_short=row.is_cut_short(header))
