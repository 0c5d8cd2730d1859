"""Reading a JSON batch by hand: the records a bench pushes, the returns an integration pushes.

FastAPI's generic body handling costs as much as the commit on the hub's hot path, so these routes read the body
themselves (within the size limit, counted as it arrives), parse it with orjson and check the envelope here; each
item in it is then judged on its own in a 200 answer. What is wrong with the envelope is a `BadBody`: a 422 with
where and why, in the shape FastAPI gives for a malformed request.
"""
from __future__ import annotations

import json
import math
from typing import Any

import orjson
from fastapi import Request


class BadBody(Exception):
    """The body as a whole is not acceptable: a 422 with where and why."""

    def __init__(self, loc: list[str | int], msg: str, kind: str) -> None:
        super().__init__(msg)
        self.item = {"loc": loc, "msg": msg, "type": kind}


class BodyTooLarge(Exception):
    pass


async def read_body(request: Request) -> bytes:
    """The body, counted as it arrives: one sent in chunks declares no length for the middleware to check. The limit
    is the app's (`app.state.body_limit()`, read at each request)."""
    limit = request.app.state.body_limit()
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise BodyTooLarge
        chunks.append(chunk)
    return b"".join(chunks)


_JSON_TYPES = ("application/json",)


def is_json(content_type: str | None) -> bool:
    if content_type is None:
        return False
    media, *params = content_type.split(";")
    if media.strip().lower() not in _JSON_TYPES:
        return False
    for param in params:
        name, _, value = param.partition("=")
        if name.strip().lower() == "charset" and value.strip().strip('"').lower() not in ("utf-8", "utf8"):
            return False
    return True


def _long_number_table() -> bytes:
    table = bytearray(b"x" * 256)
    for byte in b"0123456789":
        table[byte] = ord("0")
    for byte in b":,[- \t\r\n":
        table[byte] = ord("S")
    return bytes(table)


# orjson reads an integer beyond 64 bits (from 19 digits on, for a negative one) as a float, which would change the
# record on its way in. The body, with digits turned to 0 and what may come before a number to S, shows any such
# number as S and 19 zeros. A regular expression took several times as long (a tenth of the parse); digits inside a
# string can match too, which only costs the slower parser.
_LONG_NUMBER_TABLE = _long_number_table()
_LONG_NUMBER = b"S" + b"0" * 19


def _may_hold_long_integers(body: bytes) -> bool:
    return _LONG_NUMBER in body.translate(_LONG_NUMBER_TABLE)


def _not_a_json_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON number")


def _finite(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise ValueError(f"{text[:40]} is beyond the range of a JSON number")
    return value


def parse_json(body: bytes) -> Any:
    """The body as JSON (RFC 8259: UTF-8, no NaN or Infinity), or a BadBody saying why not."""
    if not _may_hold_long_integers(body):
        try:
            return orjson.loads(body)
        except orjson.JSONDecodeError as exc:
            if "depth" in str(exc):
                raise BadBody(["body"], "not JSON the hub reads: nested more than 1024 levels deep",
                              "json_too_deep") from None
    # What orjson refuses and json takes (a lone surrogate, an integer beyond 64 bits) is judged per item; json
    # says what is wrong with anything else.
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise BadBody(["body"], f"not JSON: not UTF-8 ({exc.reason} at byte {exc.start})", "json_invalid") from None
    try:
        return json.loads(text, parse_constant=_not_a_json_constant, parse_float=_finite)
    except RecursionError:
        raise BadBody(["body"], "not JSON the hub reads: nested too deeply", "json_too_deep") from None
    except ValueError as exc:   # json.JSONDecodeError, a constant, a float out of range, an integer too long
        raise BadBody(["body"], f"not JSON: {exc}", "json_invalid") from None


_MISSING = object()


def batch_items(document: Any, key: str, most: int) -> list[Any]:
    """The list a batch carries under its one key (`{"records": [...]}`, `{"returns": [...]}`), at most `most`."""
    if type(document) is not dict:
        raise BadBody([], f'a batch is a JSON object: {{"{key}": [...]}}', "dict_type")
    for name in document:
        if name != key:
            raise BadBody([str(name)[:64]], "Extra inputs are not permitted", "extra_forbidden")
    items = document.get(key, _MISSING)
    if items is _MISSING:
        raise BadBody([key], "Field required", "missing")
    if type(items) is not list:
        raise BadBody([key], f"{key} is a JSON array", "list_type")
    if len(items) > most:
        raise BadBody([key], f"at most {most} {key} in a batch", "too_long")
    return items
