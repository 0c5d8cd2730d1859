"""The shapes of the site's return numbers (policy `return_numbers`): how the bench tells an RMA it has not
imported yet from a SKU. A known return is found by looking it up; a shape only matters for one the bench lacks.

Policy JSON (optional, none by default, so a SKU-like scan stays a SKU):
    "return_numbers": {"sources": ["amazon", "shopify"],
                       "shapes": [{"name": "erp", "pattern": "R-[0-9]{4}-[0-9]{6}"}]}
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

PATTERN_MAX = 200

# Return numbers of the sources the importers read, as their documentation shows them. AfterShip has none: its
# 8-character numbers (e.g. "A7K2P9QX") are shaped like any SKU, so only a lookup can tell them apart.
SOURCE_SHAPES = {
    "amazon": r"[A-Za-z0-9]{8}RRMA",      # Amazon RMA ID, e.g. "DZMb5xQ4RRMA"
    "shopify": r"#?[0-9]+-R[0-9]+",       # a Return's name: the order's name, "-R" and a count, e.g. "#1001-R1"
}


class ReturnNumbersError(ValueError):
    """A `return_numbers` section that cannot be used; the message names the field."""


@dataclass(frozen=True)
class ReturnShape:
    name: str
    pattern: re.Pattern[str]

    def fits(self, text: str) -> bool:
        return self.pattern.fullmatch(text) is not None


@dataclass(frozen=True)
class ReturnNumbers:
    sources: tuple[str, ...] = ()
    shapes: tuple[ReturnShape, ...] = ()

    def shape_of(self, text: str) -> ReturnShape | None:
        return next((shape for shape in self.shapes if shape.fits(text)), None)


def return_numbers_from(raw: Any) -> ReturnNumbers:
    where = "return_numbers"
    if raw is None:
        return ReturnNumbers()
    if not isinstance(raw, dict):
        raise ReturnNumbersError(f"{where}: must be an object")
    unknown = set(raw) - {"sources", "shapes"}
    if unknown:
        raise ReturnNumbersError(f"{where}: unknown field {sorted(unknown)[0]!r}")
    sources = _list(raw, "sources")
    for source in sources:
        if source not in SOURCE_SHAPES:
            raise ReturnNumbersError(f"{where}.sources: unknown source {source!r}; known: "
                                     f"{', '.join(sorted(SOURCE_SHAPES))}")
    shapes = [ReturnShape(source, re.compile(SOURCE_SHAPES[source], re.ASCII)) for source in sources]
    shapes += [_shape(item, f"{where}.shapes[{i}]") for i, item in enumerate(_list(raw, "shapes"))]
    return ReturnNumbers(tuple(sources), tuple(shapes))


def _list(raw: dict[str, Any], key: str) -> list[Any]:
    value = raw.get(key, [])
    if not isinstance(value, list):
        raise ReturnNumbersError(f"return_numbers.{key}: must be a list")
    return value


def _shape(item: Any, where: str) -> ReturnShape:
    if not isinstance(item, dict) or set(item) != {"name", "pattern"}:
        raise ReturnNumbersError(f"{where}: must be an object with a name and a pattern")
    name, pattern = item["name"], item["pattern"]
    if not isinstance(name, str) or not name.strip():
        raise ReturnNumbersError(f"{where}.name: must be a non-empty text")
    if not isinstance(pattern, str) or not 0 < len(pattern) <= PATTERN_MAX:
        raise ReturnNumbersError(f"{where}.pattern: must be a regular expression of 1 to {PATTERN_MAX} characters")
    try:
        compiled = re.compile(pattern, re.ASCII)
    except re.error as exc:
        raise ReturnNumbersError(f"{where}.pattern: not a regular expression: {exc}") from None
    if compiled.fullmatch(""):
        raise ReturnNumbersError(f"{where}.pattern: matches an empty scan, so it would match anything")
    return ReturnShape(name.strip(), compiled)
