"""The vocabulary of a scan: what kind of thing was scanned, and the frozen `Scan` every caller receives."""
from __future__ import annotations

import datetime
import enum
from dataclasses import dataclass


class ScanKind(enum.StrEnum):
    TRACKING = "tracking"  # a parcel: carrier tracking number, or an SSCC (AI 00) -> carrier "sscc"
    RMA = "rma"  # a return authorisation number
    ITEM = "item"  # a product: GS1 element string / Digital Link / plain GTIN-8/12/13/14 (EAN/UPC)
    SKU = "sku"  # a merchant SKU (fallback for plausible product codes)
    BADGE = "badge"  # an operator badge
    COMMAND = "command"  # a bench command barcode
    LICENSE_PLATE = "license_plate"  # the unique ID printed on our own restock labels
    ORDER = "order"  # an order number with several open returns: `choices` lists them


class Command(enum.StrEnum):
    COMPLETE = "complete"  # complete the current item
    CANCEL = "cancel"  # cancel the current item (or the parcel when no item is open)
    GRADE = "grade"  # argument: grade letter; the policy decides which letters are valid
    DISPOSITION = "disposition"  # argument: lowercase disposition code, e.g. "restock", "open_box"
    REPRINT = "reprint"  # reprint the last label
    SIGN_OUT = "sign_out"
    COMPLETE_PARCEL = "complete_parcel"
    PHOTO = "photo"  # a photo of the item in hand (as F9)


class Expect(enum.StrEnum):
    """What the bench is waiting for. It only breaks ties between several valid readings."""

    PARCEL = "parcel"
    ITEM = "item"


@dataclass(frozen=True)
class Scan:
    kind: ScanKind
    raw: str  # the text as received, after stripping the trailing CR/LF only
    value: str  # the normalised main value (tracking number, "RMA-00012345", GTIN-14, SKU, "OP-1001", ...)
    carrier: str | None = None  # "ups" | "fedex" | "usps" | "dhl" | "amazon" | "upu_s10" | "sscc"
    check_digit_valid: bool | None = None  # None when the format has no check digit (e.g. Amazon TBA)
    gtin: str | None = None  # always 14 digits when set
    serial: str | None = None  # AI 21
    lot: str | None = None  # AI 10
    expiry: datetime.date | None = None  # AI 17
    command: Command | None = None
    argument: str | None = None  # e.g. grade "A", disposition "restock"
    symbology: str | None = None  # symbology identifier if one was sent, e.g. "]C1"
    alternatives: tuple[Scan, ...] = ()  # other valid readings of the same text
    # Why the bench read it so, when it looked in its returns (see `known_codes`): "known_return", "known_order",
    # "several_returns", "policy_shape:<name>", "phase_item", "phase_parcel"; None for a plain reading.
    why: str | None = None
    choices: tuple[str, ...] = ()  # RMA numbers to choose from, for an ORDER

    def to_json(self) -> dict:
        """A JSON-safe dict (enums as their values, dates in ISO form), as `explain-scan` prints it."""
        return {
            "kind": self.kind.value,
            "raw": self.raw,
            "value": self.value,
            "carrier": self.carrier,
            "check_digit_valid": self.check_digit_valid,
            "gtin": self.gtin,
            "serial": self.serial,
            "lot": self.lot,
            "expiry": self.expiry.isoformat() if self.expiry else None,
            "command": self.command.value if self.command else None,
            "argument": self.argument,
            "symbology": self.symbology,
            "why": self.why,
            "choices": list(self.choices),
            "alternatives": [alternative.to_json() for alternative in self.alternatives],
        }
