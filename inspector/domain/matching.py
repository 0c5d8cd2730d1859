"""Which line of the return a scanned unit belongs to, and what is wrong when it belongs to none."""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from inspector.domain.returns import ReturnLine


class MatchKind(StrEnum):
    MATCHED = "matched"
    WRONG_ITEM = "wrong_item"
    EXTRA_QUANTITY = "extra_quantity"
    SERIAL_MISMATCH = "serial_mismatch"
    SERIAL_MISSING = "serial_missing"
    NO_RETURN = "no_return"


@dataclass(frozen=True)
class Match:
    kind: MatchKind
    line: ReturnLine | None


def _same_item(line: ReturnLine, gtin: str | None, sku: str | None) -> bool:
    if gtin and line.gtin and line.gtin.zfill(14) == gtin.zfill(14):
        return True
    return bool(sku and line.sku and line.sku.upper() == sku.upper())


def match_unit(lines: Sequence[ReturnLine] | None, inspected: Mapping[str, int],
               gtin: str | None, sku: str | None, serial: str | None, require_serial: bool = False) -> Match:
    """`inspected` counts units already inspected per line id (this unit excluded).

    With `require_serial` (policy `fraud.require_serial`) a unit without a serial matches a line that lists serials
    only as SERIAL_MISSING; without it, as MATCHED.
    """
    if lines is None:
        return Match(MatchKind.NO_RETURN, None)
    candidates = [ln for ln in lines if _same_item(ln, gtin, sku)]
    if not candidates:
        return Match(MatchKind.WRONG_ITEM, None)
    open_lines = [ln for ln in candidates if inspected.get(ln.id, 0) < ln.quantity]
    if not open_lines:
        return Match(MatchKind.EXTRA_QUANTITY, candidates[0])
    if serial:
        for ln in open_lines:
            if not ln.serials or serial in ln.serials:
                return Match(MatchKind.MATCHED, ln)
        return Match(MatchKind.SERIAL_MISMATCH, open_lines[0])
    if require_serial:
        for ln in open_lines:
            if not ln.serials:
                return Match(MatchKind.MATCHED, ln)
        return Match(MatchKind.SERIAL_MISSING, open_lines[0])
    return Match(MatchKind.MATCHED, open_lines[0])
