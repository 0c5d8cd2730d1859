"""JSON read as a stream: a sliding window over the file's text, decoded one value at a time, and a walk down to
the list of returns wherever a source's envelope keeps it.

The standard library's JSON scanner decodes each value (a return object) on its own, so memory holds one return at a
time, not the document. Floats are kept as floats so that the money rule can refuse them; a key twice in one object,
NaN and Infinity are refused.
"""
from __future__ import annotations

import json
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, BinaryIO

from inspector.importing.problems import ImportFileError
from inspector.importing.text_decoding import CHUNK, codec_name, text_chunks

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


class JsonText:
    """The file's text in a sliding window, decoded one JSON value at a time.

    A value cut by the window's end makes the scanner fail at (or a few characters before) that end; the window then
    grows (doubling, so a large value is re-scanned only a few times) and the value is decoded again. Any other
    failure is the file's: reported with its line and column in the whole file.
    """

    def __init__(self, chunks: Iterator[str]) -> None:
        self._chunks = chunks
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

    def closed(self, closing: str) -> bool:
        """After an item of an array or object: True at its closing bracket, on past a comma, else the file is
        broken."""
        after = self.peek()
        self.pos += 1
        if after == closing:
            return True
        if after != ",":
            raise self.broken("Expecting ',' delimiter", self.pos - 1)
        return False


ONE = "="   # at a path's end: the object there is itself the one item (a single return in an API response)
_CONNECTION = ("nodes", "edges")   # GraphQL: `{"nodes": [item...]}` or `{"edges": [{"node": item}...]}`


@dataclass(frozen=True)
class Item:
    path: str                    # where it sits, e.g. "data.returns.nodes[3]"
    value: Any
    # Text and numbers met before it in the objects around it, by dotted path ("data.order.name").
    around: dict[str, Any] = field(default_factory=dict)


class _Walk:
    def __init__(self, doc: JsonText, one_key: str) -> None:
        self.doc = doc
        self.one_key = one_key
        self.lists = 0   # lists of items found (perhaps empty)
        self.around: dict[str, Any] = {}

    def value(self, where: str, paths: list[tuple[str, ...]]) -> Iterator[Item]:
        first = self.doc.peek()
        if first == "[" and () in paths:
            yield from self._array(where, edges=False)
        elif first == "{" and paths:
            yield from self._object(where, paths)
        else:
            self._keep(where, self.doc.value())

    def _keep(self, where: str, value: Any) -> None:
        if isinstance(value, (str, int, float)) and not isinstance(value, bool):
            self.around[where] = value
        elif where == "errors" and isinstance(value, list):   # a GraphQL response's errors
            said = [e.get("message") for e in value if isinstance(e, dict) and isinstance(e.get("message"), str)]
            if said:
                self.around["errors.message"] = said[0]

    def _array(self, where: str, edges: bool) -> Iterator[Item]:
        self.lists += 1
        doc = self.doc
        doc.take("[", "'['")
        if doc.peek() == "]":
            doc.pos += 1
            return
        index = 0
        while True:
            value = doc.value()
            path = f"{where}[{index}]"
            if edges and isinstance(value, dict) and "node" in value:
                value, path = value["node"], f"{path}.node"
            yield Item(path, value, dict(self.around))
            index += 1
            if doc.closed("]"):
                return

    def _object(self, where: str, paths: list[tuple[str, ...]]) -> Iterator[Item]:
        doc = self.doc
        whole: dict[str, Any] | None = {} if (ONE,) in paths else None
        lists_before = self.lists
        doc.take("{", "'{'")
        if doc.peek() == "}":
            doc.pos += 1
        else:
            while True:
                if doc.peek() != '"':
                    raise doc.broken("Expecting property name enclosed in double quotes")
                key = doc.value()
                doc.take(":", "':' delimiter")
                inner = f"{where}.{key}" if where else key
                below = [p[1:] for p in paths if p and p[0] == key]
                if key in _CONNECTION and () in paths and doc.peek() == "[":
                    yield from self._array(inner, edges=key == "edges")
                elif below:
                    yield from self.value(inner, below)
                else:
                    value = doc.value()
                    if whole is not None:
                        whole[key] = value
                    else:
                        self._keep(inner, value)
                if doc.closed("}"):
                    break
        if whole is not None and self.lists == lists_before and self.one_key in whole:
            self.lists += 1
            yield Item(where, whole, dict(self.around))


def iter_items(doc: JsonText, paths: Sequence[tuple[str, ...]], expected: str, one_key: str = "") -> Iterator[Item]:
    """The items of the first list found at one of `paths` (key tuples from the top; `()` is the top-level list;
    a path ending in ONE takes the object there as the one item if it has the key `one_key`), each decoded whole as
    the file is read. Raises ImportFileError, saying `expected`, when none of the paths leads to a list."""
    if not doc.peek():
        raise ImportFileError("the file is empty")
    walk = _Walk(doc, one_key)
    yield from walk.value("", list(paths))
    if doc.peek():
        raise doc.broken("Extra data")
    if not walk.lists:
        error = walk.around.get("errors.message")
        said = f"; the saved response holds an error: {error}" if error else ""
        raise ImportFileError(f"no list of returns found: expected {expected}{said}")


def require_utf8(encoding: str | None) -> None:
    if codec_name(encoding) not in ("utf-8", "utf-8-sig"):
        raise ImportFileError("JSON files are UTF-8 text (RFC 8259); --encoding is for CSV and TSV files")


def open_json(source: bytes | BinaryIO, encoding: str | None = None) -> JsonText:
    require_utf8(encoding)
    return JsonText(text_chunks(source))


def text_of(value: object) -> str:
    """A string value stripped; anything else (absent, null, a number) as empty."""
    return value.strip() if isinstance(value, str) else ""


def nodes_of(value: object, path: str) -> list[tuple[str, Any]]:
    """The items of a list or a GraphQL connection (`{"nodes": [...]}`, `{"edges": [{"node": ...}]}`), each with its
    path; [] for anything else."""
    if isinstance(value, list):
        return [(f"{path}[{i}]", item) for i, item in enumerate(value)]
    if isinstance(value, dict):
        if isinstance(value.get("nodes"), list):
            return nodes_of(value["nodes"], f"{path}.nodes")
        if isinstance(value.get("edges"), list):
            return [(f"{path}.edges[{i}].node", edge.get("node") if isinstance(edge, dict) else edge)
                    for i, edge in enumerate(value["edges"])]
    return []
