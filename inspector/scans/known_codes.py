"""`read_at_bench`: a scan read with what the bench knows, its returns, as well as the text's shape.

A return's number is the upstream's own id, any shape (Amazon "DZMb5xQ4RRMA", Shopify "#1001-R1"), so no shape
rule alone can tell it from a SKU. The bench looks the text up in the returns it holds, through `lookup`, and the
policy's shapes name the numbers of returns it does not hold yet. Order of reading:
1. the keyboard-wedge refusals of `interpret` (empty, too long, control characters);
2. our own codes (command, badge, `RMA-` number) and symbology-marked GS1 data stay decisive; a plate-shaped text
   is a return the bench holds under exactly that text, else a plate;
3. with an item in hand, any product or parcel reading of `interpret` but a SKU wins without a lookup, so the
   scan path of a GTIN costs no database read;
4. a known return's number, then an order number with open returns, then a policy shape;
5. else `interpret`.
A text that is both a known return and a known SKU is read by the phase: between parcels a parcel, with an item
in hand an item, the other reading kept in `alternatives`.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import ClassVar

from inspector.domain.return_numbers import ReturnNumbers
from inspector.scans import gs1_reading
from inspector.scans.bench_codes import own_code_kind
from inspector.scans.errors import ScanError
from inspector.scans.interpreter import interpret
from inspector.scans.keyboard_wedge import clean_scan_text
from inspector.scans.kinds import Expect, Scan, ScanKind


@dataclass(frozen=True)
class Known:
    """What the bench holds under one scanned text."""

    rma_number: str | None = None  # the stored number of the return with exactly this number
    order_returns: tuple[str, ...] = ()  # the open returns whose order number is this text
    known_sku: bool = False  # some return line has this SKU

    NOTHING: ClassVar[Known]

    @property
    def return_found(self) -> bool:
        return self.rma_number is not None or bool(self.order_returns)


Known.NOTHING = Known()


def read_at_bench(text: str, expect: Expect | None, lookup: Callable[[str], Known],
                  numbers: ReturnNumbers = ReturnNumbers()) -> Scan:
    """Read one scan at the bench. Raises only `ScanError`, as `interpret` does."""
    scan_text = clean_scan_text(text)
    candidate, symbology = _unmarked(scan_text.text)
    if candidate is None:
        return interpret(text, expect)
    ours = own_code_kind(candidate)
    if ours is ScanKind.LICENSE_PLATE:
        return _plate_or_return(candidate, text, expect, lookup)
    if ours is not None:
        return interpret(text, expect)
    plain, refusal = _plain_reading(text, expect)
    if expect is Expect.ITEM and plain is not None and plain.kind is not ScanKind.SKU:
        return plain
    known = lookup(candidate)
    parcel = _parcel_reading(candidate, scan_text.raw, symbology, known, numbers)
    if parcel is None:
        if plain is None:
            raise refusal  # type: ignore[misc]
        return plain
    sku = plain if plain is not None and plain.kind is ScanKind.SKU else None
    if sku is not None and expect is Expect.ITEM and (known.known_sku or not known.return_found):
        # An item in hand: a SKU the returns hold, or one merely shaped like an unknown return, is that item.
        return replace(sku, why="phase_item", alternatives=(*sku.alternatives, parcel))
    if sku is not None and known.known_sku:
        return replace(parcel, why="phase_parcel" if expect is Expect.PARCEL else parcel.why, alternatives=(sku,))
    return replace(parcel, alternatives=(plain,) if plain is not None else ())


def _unmarked(text: str) -> tuple[str | None, str | None]:
    """The text to look up, and the symbology identifier sent with it; None when GS1 data was promised."""
    if not text.isascii():
        return text, None
    split = gs1_reading.split_symbology(text)
    if split.promises_gs1_message or split.promises_gtin:
        return None, split.identifier
    return split.payload.strip(" "), split.identifier


def _plate_or_return(candidate: str, text: str, expect: Expect | None, lookup: Callable[[str], Known]) -> Scan:
    """An upstream's number can have our plate's shape ("LP3X7K9QRRMA" from Amazon): a return the bench holds
    under exactly this text is that return; any other plate-shaped scan is a plate."""
    plate = interpret(text, expect)
    known = lookup(candidate)
    if known.rma_number is None:
        return plate
    return Scan(ScanKind.RMA, plate.raw, known.rma_number, symbology=plate.symbology, why="known_return",
                alternatives=(plate,))


def _plain_reading(text: str, expect: Expect | None) -> tuple[Scan | None, ScanError | None]:
    try:
        return interpret(text, expect), None
    except ScanError as refusal:
        return None, refusal


def _parcel_reading(text: str, raw: str, symbology: str | None, known: Known, numbers: ReturnNumbers) -> Scan | None:
    if known.rma_number is not None:
        return Scan(ScanKind.RMA, raw, known.rma_number, symbology=symbology, why="known_return")
    if len(known.order_returns) == 1:
        return Scan(ScanKind.RMA, raw, known.order_returns[0], symbology=symbology, why="known_order")
    if known.order_returns:
        return Scan(ScanKind.ORDER, raw, text, symbology=symbology, why="several_returns",
                    choices=known.order_returns)
    if shape := numbers.shape_of(text):
        return Scan(ScanKind.RMA, raw, text, symbology=symbology, why=f"policy_shape:{shape.name}")
    return None
