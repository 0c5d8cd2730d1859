"""JSON import files: `{"returns": [{...return fields..., "lines": [{...line fields...}]}]}`.

The file is read as a stream: the outer object and the `returns` list are walked here, and each return object is
decoded on its own by the standard library's JSON scanner, so memory holds one return at a time, not the document.

Money is written as strings ("19.99"). Floats are kept as floats while reading so that the money rule can refuse
them: a binary float may already have lost the cent it was meant to carry.
"""
from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any, BinaryIO

from inspector.importing.problems import ImportFileError, Location
from inspector.importing.raw_records import LINE_FIELDS, RETURN_FIELDS, RawLine, RawReturn
from inspector.importing.text_decoding import CHUNK, text_chunks

_TOP_LEVEL = 'the top level must be an object with a "returns" list: {"returns": [...]}'
_NOT_WHITESPACE = re.compile(r"[^ \t\n\r]")
# Python refuses to turn more digits than this into an int (a guard against slow conversions).
_INT_DIGITS = 4000


class OversizedInt(int):
    """A JSON integer of thousands of digits: kept as a number larger than any field allows, so the field's rule
    refuses it with its own reason, and shown by its length (printing it whole is what Python refuses)."""
    digits: int

    def __new__(cls, literal: str) -> "OversizedInt":
        sign = -1 if literal.startswith("-") else 1
        number = super().__new__(cls, sign * 10 ** _INT_DIGITS)
        number.digits = len(literal.lstrip("-"))
        return number

    def __str__(self) -> str:
        return f"a number of {self.digits} digits"

    __repr__ = __str__

    def __format__(self, spec: str) -> str:
        return str(self)


def _integer(literal: str) -> int:
    return int(literal) if len(literal) <= _INT_DIGITS else OversizedInt(literal)


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not valid JSON")


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    seen: dict[str, Any] = {}
    for key, value in pairs:
        if key in seen:
            # json.loads would keep the last one silently; which one the sender meant is unknowable.
            raise ValueError(f"the key {key!r} appears twice in one object")
        seen[key] = value
    return seen


_DECODER = json.JSONDecoder(object_pairs_hook=_no_duplicate_keys, parse_constant=_refuse_constant,
                            parse_int=_integer)


class _JsonText:
    """The file's text in a sliding window, decoded one JSON value at a time.

    A value cut by the window's end makes the scanner fail at (or a few characters before) that end; the window then
    grows (doubling, so a large value is re-scanned only a few times) and the value is decoded again. Any other
    failure is the file's: reported with its line and column in the whole file.
    """

    def __init__(self, source: bytes | BinaryIO) -> None:
        self._chunks = text_chunks(source)
        self.text = ""
        self.pos = 0
        self._eof = False
        self._lines_before = 0    # line breaks before text[0]
        self._column_before = 0   # characters of text[0]'s line before it

    def _read_more(self, at_least: int = CHUNK) -> bool:
        if self._eof:
            return False
        gone = self.text[:self.pos]
        breaks = gone.count("\n")
        self._lines_before += breaks
        self._column_before = len(gone) - gone.rfind("\n") - 1 if breaks else self._column_before + len(gone)
        pieces, wanted = [self.text[self.pos:]], at_least
        while wanted > 0:
            piece = next(self._chunks, None)
            if piece is None:
                self._eof = True
                break
            pieces.append(piece)
            wanted -= len(piece)
        self.text, self.pos = "".join(pieces), 0
        return len(pieces) > 1

    def broken(self, message: str, at: int | None = None) -> ImportFileError:
        at = self.pos if at is None else at
        line_start = self.text.rfind("\n", 0, at)
        line = self._lines_before + self.text.count("\n", 0, at) + 1
        column = at - line_start if line_start >= 0 else self._column_before + at + 1
        return ImportFileError(f"broken JSON: {message} (column {column})", line=line)

    def peek(self) -> str:
        """The next character that is not white space ("" at the end of the file), without taking it."""
        while True:
            found = _NOT_WHITESPACE.search(self.text, self.pos)
            if found:
                self.pos = found.start()
                return self.text[self.pos]
            self.pos = len(self.text)
            if not self._read_more():
                return ""

    def take(self, char: str, expecting: str) -> None:
        if self.peek() != char:
            raise self.broken(f"Expecting {expecting}")
        self.pos += 1

    def value(self) -> Any:
        self.peek()
        while True:
            try:
                value, end = _DECODER.raw_decode(self.text, self.pos)
            except json.JSONDecodeError as exc:
                cut = exc.msg.startswith("Unterminated string") or exc.pos >= len(self.text) - 16
                if cut and self._read_more(max(CHUNK, len(self.text))):
                    continue
                raise self.broken(exc.msg, exc.pos) from None
            except RecursionError:
                raise self.broken("nested too deeply") from None
            except ValueError as exc:   # a key twice in one object, NaN, Infinity
                raise self.broken(str(exc)) from None
            # A number or word that reaches the window's end may go on in the next piece ("12" of "123").
            if end == len(self.text) and self.text[end - 1] not in '"]}' and self._read_more():
                continue
            self.pos = end
            return value


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
    doc = _JsonText(source)
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
                if _closed(doc, "]"):
                    break
        if _closed(doc, "}"):
            break
    if doc.peek():
        raise doc.broken("Extra data")


def _closed(doc: _JsonText, closing: str) -> bool:
    """After an item of an array or object: True at its closing bracket, on past a comma, else the file is broken."""
    after = doc.peek()
    doc.pos += 1
    if after == closing:
        return True
    if after != ",":
        raise doc.broken("Expecting ',' delimiter", doc.pos - 1)
    return False
