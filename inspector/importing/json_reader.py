"""JSON import files: `{"returns": [{...return fields..., "lines": [{...line fields...}]}]}`.

The file is read as a stream (`json_stream`): the outer object and the `returns` list are walked here, and
each return object is decoded on its own, so memory holds one return at a time, not the document.

Money is written as strings ("19.99"). Floats are kept as floats while reading so that the money rule can refuse
them: a binary float may already have lost the cent it was meant to carry.
"""
from __future__ import annotations

from collections.abc import Iterator
from typing import Any, BinaryIO

from inspector.importing.json_stream import JsonText
from inspector.importing.problems import ImportFileError, Location
from inspector.importing.raw_records import LINE_FIELDS, RETURN_FIELDS, RawLine, RawReturn
from inspector.importing.text_decoding import text_chunks

_TOP_LEVEL = 'the top level must be an object with a "returns" list: {"returns": [...]}'


def _printable(key: str) -> str:
    """A key as it can be shown: control characters and broken (surrogate) characters written as escapes."""
    return key if key.isprintable() else "".join(c if c.isprintable() else f"\\u{ord(c):04x}" for c in key)


def _unknown_keys(obj: dict[str, Any], known: tuple[str, ...], extra: tuple[str, ...] = ()) -> list[tuple[str, str]]:
    return [(_printable(key), f"unknown field {key!r} (misspelt?)" if key.isprintable() else
             f"unknown field '{_printable(key)}' (misspelt?); it holds a control character or half of a UTF-16 "
             "surrogate pair") for key in obj if key not in known + extra]


def raw_return(index: int, obj: Any) -> RawReturn:
    """One element of the `returns` list as a raw record, its shape problems noted for the field rules' report."""
    location = Location(path=f"returns[{index}]")
    if not isinstance(obj, dict):
        return RawReturn(location, {}, (), complete=True, problems=((None, "must be an object"),))
    problems = _unknown_keys(obj, RETURN_FIELDS, ("lines",))
    raw_lines = obj.get("lines")
    lines: list[RawLine] = []
    if not isinstance(raw_lines, list):
        problems.append(("lines", "must be a list of line objects"))
    else:
        for line_index, line in enumerate(raw_lines):
            line_location = Location(path=f"{location.path}.lines[{line_index}]")
            if not isinstance(line, dict):
                problems.append((f"lines[{line_index}]", "must be an object"))
                continue
            problems.extend((f"lines[{line_index}].{key}", reason) for key, reason in _unknown_keys(line, LINE_FIELDS))
            lines.append(RawLine(line_location, line))
    values = {key: obj[key] for key in RETURN_FIELDS if key in obj}
    return RawReturn(location, values, tuple(lines), complete=True, problems=tuple(problems))


def returns_from_document(document: Any) -> Iterator[RawReturn]:
    """The same records from a document already in memory (a page pulled from the hub, the demo returns)."""
    if not isinstance(document, dict) or not isinstance(document.get("returns"), list):
        raise ImportFileError(_TOP_LEVEL)
    extra = sorted(set(document) - {"returns"})
    if extra:
        raise ImportFileError(f"unknown top-level key(s) {', '.join(extra)}; only \"returns\" is read")
    for index, obj in enumerate(document["returns"]):
        yield raw_return(index, obj)


def _misplaced_key(key: str) -> ImportFileError:
    if key in RETURN_FIELDS or key == "lines":
        # NDJSON (one return per line) or a single bare return: the returns are there, the wrapper is not.
        return ImportFileError(f"{_TOP_LEVEL}; this file starts with a return's own field {key!r} (one return "
                               "object, or one per line?): put the returns in that list")
    return ImportFileError(f"unknown top-level key(s) {key}; only \"returns\" is read")


def read_json(source: bytes | BinaryIO) -> Iterator[RawReturn]:
    """Yields one `RawReturn` per element of `returns` as the file is read. Raises ImportFileError wherever the
    file turns out unusable (even after the last return: callers check the whole file before writing anything)."""
    doc = JsonText(text_chunks(source))
    first = doc.peek()
    if not first:
        raise ImportFileError("the file is empty")
    if first == "[":
        raise ImportFileError(f"{_TOP_LEVEL}; this file is a bare list: put it under \"returns\"")
    if first != "{":
        doc.value()   # broken JSON gets the scanner's own words; a lone string or number is refused below
        raise ImportFileError(_TOP_LEVEL)
    doc.take("{", "'{'")
    seen_returns = False
    if doc.peek() == "}":
        raise ImportFileError(_TOP_LEVEL)
    while True:
        if doc.peek() != '"':
            raise doc.broken("Expecting property name enclosed in double quotes")
        key = doc.value()
        doc.take(":", "':' delimiter")
        if key != "returns":
            raise _misplaced_key(_printable(key))
        if seen_returns:
            raise doc.broken("the key 'returns' appears twice in one object")
        seen_returns = True
        if doc.peek() != "[":
            doc.value()
            raise ImportFileError(_TOP_LEVEL)
        doc.take("[", "'['")
        index = 0
        if doc.peek() == "]":
            doc.pos += 1
        else:
            while True:
                yield raw_return(index, doc.value())
                index += 1
                if doc.closed("]"):
                    break
        if doc.closed("}"):
            break
    if doc.peek():
        raise doc.broken("Extra data")
