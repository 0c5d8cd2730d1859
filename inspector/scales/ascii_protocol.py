"""What a bench scale sends over its serial line, read into grams. Pure: no port, no thread, no clock.

Three shapes cover most scales sold for benches:
- the common continuous output `ST|US|OL , GS|NT|TR , ±value unit`, e.g. `ST,GS,+  1.234 kg`;
- Mettler-Toledo MT-SICS answers `S S value unit` (stable) and `S D value unit` (dynamic), `S +`/`S -` (over, under);
- a bare `value unit`, stable only once it repeats (see `settled`).
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from inspector.domain.weights import grams as to_grams

SETTLE_COUNT = 3         # equal readings that make a scale without a stable flag settled
SETTLE_SPREAD_G = 2      # "equal": within this many grams
ZERO_G = 2               # at or below this the pan is empty: the next item starts afresh

_UNITS = {"g": "g", "kg": "kg", "lb": "lb", "lbs": "lb", "oz": "oz"}
_VALUE = r"(?P<sign>[+-]?)\s*(?P<number>\d+(?:\.\d*)?|\.\d+)\s*(?P<unit>[a-zA-Z]+)"
_CONTINUOUS = re.compile(r"^(?P<state>ST|US|OL)\s*,\s*(?:GS|NT|TR|G|N|T)?\s*,?\s*(?P<rest>.*)$", re.IGNORECASE)
_SICS = re.compile(r"^S\s+(?P<state>S|D|\+|-|I)(?=\s|$)\s*(?P<rest>.*)$")
_BARE = re.compile(rf"^{_VALUE}$")


@dataclass(frozen=True)
class Reading:
    grams: int
    stable: bool
    overload: bool


OVERLOAD = Reading(0, False, True)


def parse_line(line: str) -> Reading | None:
    """One line from the scale, or None when it is not a weight (a half line, a command echo, noise)."""
    text = line.strip().strip("\x02\x03").strip()
    if not text:
        return None
    if match := _CONTINUOUS.match(text):
        state = match["state"].upper()
        if state == "OL":
            return OVERLOAD
        value = _value(match["rest"])
        return None if value is None else Reading(value, state == "ST", False)
    if match := _SICS.match(text):
        state = match["state"]
        if state in "+-":
            return OVERLOAD
        if state == "I":           # the scale is busy: no weight
            return None
        value = _value(match["rest"])
        return None if value is None else Reading(value, state == "S", False)
    value = _value(text)
    return None if value is None else Reading(value, False, False)


def _value(text: str) -> int | None:
    match = _BARE.match(text.strip())
    if not match:
        return None
    unit = _UNITS.get(match["unit"].lower())
    if unit is None:
        return None
    try:
        number = Decimal(match["number"])
    except InvalidOperation:
        return None
    return to_grams(-number if match["sign"] == "-" else number, unit)


def settled(readings: Sequence[Reading]) -> int | None:
    """The grams the pan has settled at, or None while it moves: the last reading flagged stable, or the last three
    within 2 g of each other (for scales that send no stable flag). An overload never settles."""
    if not readings or readings[-1].overload:
        return None
    last = readings[-1]
    if last.stable:
        return last.grams
    tail = readings[-SETTLE_COUNT:]
    if len(tail) < SETTLE_COUNT or any(r.overload for r in tail):
        return None
    values = [r.grams for r in tail]
    return last.grams if max(values) - min(values) <= SETTLE_SPREAD_G else None


class SettledChanges:
    """Turns a stream of readings into the few weights worth telling the bench: a new settled weight, once, and a
    return to about zero (so the same item weighed twice in a row, with the pan emptied between, is told twice)."""

    def __init__(self) -> None:
        self._recent: list[Reading] = []
        self._told: int | None = None

    def feed(self, reading: Reading) -> int | None:
        """The settled grams to tell now, or None."""
        self._recent = [*self._recent[-(SETTLE_COUNT - 1):], reading]
        value = settled(self._recent)
        if value is None:
            return None
        if abs(value) <= ZERO_G:
            value = 0
        if self._told is not None and abs(value - self._told) <= SETTLE_SPREAD_G:
            return None
        self._told = value
        return value


_TYPED = re.compile(r"^(?P<number>\d[\d\s.,']*?)\s*(?P<unit>[a-zA-Z]*)$")


def typed_grams(text: str) -> int | None:
    """A weight typed by hand (Ctrl+W): whole grams ("1234", "1 234 g", "1.234 g"), or a value with kg, lb or oz
    ("1.234 kg", "1,5 kg"). In grams every separator groups digits; with another unit a comma is a decimal point.
    None for anything else."""
    match = _TYPED.match(text.strip())
    if not match:
        return None
    unit = _UNITS.get(match["unit"].lower() or "g")
    if unit is None:
        return None
    number = match["number"].strip()
    if unit == "g":
        digits = re.sub(r"[\s.,']", "", number)
        return int(digits) if digits.isdigit() else None
    cleaned = number.replace(" ", "").replace("'", "").replace(",", ".")
    if cleaned.count(".") > 1:
        return None
    try:
        return to_grams(Decimal(cleaned), unit)
    except InvalidOperation:
        return None
