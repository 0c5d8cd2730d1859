"""JSON import files: `{"returns": [{...return fields..., "lines": [{...line fields...}]}]}`.

Money is written as strings ("19.99"). Floats are kept as floats while reading so that the money rule can refuse
them: a binary float may already have lost the cent it was meant to carry.
"""
from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from inspector.importing.problems import ImportFileError, Location
from inspector.importing.raw_records import LINE_FIELDS, RETURN_FIELDS, RawLine, RawReturn
from inspector.importing.text_decoding import decode_utf8


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


def load_document(data: bytes) -> Any:
    text = decode_utf8(data)
    if not text.strip():
        raise ImportFileError("the file is empty")
    try:
        return json.loads(text, object_pairs_hook=_no_duplicate_keys, parse_constant=_refuse_constant)
    except json.JSONDecodeError as exc:
        raise ImportFileError(f"broken JSON: {exc.msg} (column {exc.colno})", line=exc.lineno) from None
    except (ValueError, RecursionError) as exc:
        raise ImportFileError(f"broken JSON: {exc}") from None


def _unknown_keys(obj: dict[str, Any], known: tuple[str, ...], extra: tuple[str, ...] = ()) -> list[tuple[str, str]]:
    return [(key, f"unknown field {key!r} (misspelt?)") for key in obj if key not in known + extra]


def returns_from_document(document: Any) -> Iterator[RawReturn]:
    if not isinstance(document, dict) or not isinstance(document.get("returns"), list):
        raise ImportFileError('the top level must be an object with a "returns" list: {"returns": [...]}')
    extra = sorted(set(document) - {"returns"})
    if extra:
        raise ImportFileError(f"unknown top-level key(s) {', '.join(extra)}; only \"returns\" is read")
    for index, obj in enumerate(document["returns"]):
        location = Location(path=f"returns[{index}]")
        if not isinstance(obj, dict):
            yield RawReturn(location, {}, (), complete=True, problems=((None, "must be an object"),))
            continue
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
                problems.extend((f"lines[{line_index}].{key}", reason)
                                for key, reason in _unknown_keys(line, LINE_FIELDS))
                lines.append(RawLine(line_location, line))
        values = {key: obj[key] for key in RETURN_FIELDS if key in obj}
        yield RawReturn(location, values, tuple(lines), complete=True, problems=tuple(problems))


def read_json(data: bytes) -> Iterator[RawReturn]:
    return returns_from_document(load_document(data))
