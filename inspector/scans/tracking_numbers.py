"""Carrier tracking numbers: which carrier's shape a text has, the tracking number it carries, and its check.

Every shape that matches is reported, valid or not, so the interpreter can offer all valid readings and name the
carrier when a check digit fails. Input is the scan upper-cased with spaces removed (people type numbers the way
they are printed, in groups).

| carrier  | shape                                         | check                                   | value            |
|----------|-----------------------------------------------|-----------------------------------------|------------------|
| ups      | 1Z + 16 letters/digits                        | UPS mod 10                              | as scanned       |
| fedex    | 12 digits (Express)                           | mod 11, weights 1,3,7                   | as scanned       |
| fedex    | 15 digits (Ground)                            | GS1 mod 10                              | as scanned       |
| fedex    | 96 + 20 digits (Ground "96" barcode)          | GS1 mod 10 over the last 15             | last 15 digits   |
| fedex    | 34 digits starting 100 or 96 (FedEx barcode)  | mod 11, weights 1,3,7 over the last 14  | last 12 (or 14)  |
| usps     | 20 digits                                     | GS1 mod 10                              | as scanned       |
| usps     | IMpb: 9[1-5] + 20, 24, 28 or 32 digits        | GS1 mod 10                              | as scanned       |
| usps     | 420 + ZIP5 or ZIP9 + IMpb (30 or 34 digits)   | GS1 mod 10 over the IMpb                | the IMpb         |
| dhl      | 10 digits (Express waybill)                   | mod 7                                   | as scanned       |
| dhl      | GM + 16-18 digits (eCommerce)                 | none documented                         | as scanned       |
| dhl      | JJD + 9-30 digits (Parcel / piece ID)         | none documented                         | as scanned       |
| amazon   | TBA + 12 digits                               | none                                    | as scanned       |
| upu_s10  | 2 letters + 8 digits + check + ISO country    | S10 mod 11                              | as scanned       |

SSCCs (carrier "sscc"; FedEx Ground "SSCC-18" labels are these) are GS1 and read in `gs1_reading`.

Left out on purpose: 20-digit numbers whose check digit covers a prefix that is not printed (FedEx SmartPost
without its "92", old USPS numbers without their "91"). Accepting those alternative checks would let three in ten
random 20-digit misreads through, which defeats the check digit on every 20-digit scan.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from inspector.scans import check_digits


@dataclass(frozen=True)
class TrackingMatch:
    carrier: str
    format_name: str  # how a worker would call it, used in "is not a valid ..." messages
    value: str
    check_digit_valid: bool | None


def _full(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.ASCII)


_UPS = _full(r"1Z[0-9A-Z]{16}")
_DIGITS = _full(r"[0-9]+")
_FEDEX_34 = _full(r"(?:100|96)[0-9]{31,32}")
_USPS_IMPB = _full(r"9[1-5](?:[0-9]{20}|[0-9]{24}|[0-9]{28}|[0-9]{32})")
_USPS_ROUTED = _full(r"420[0-9]{27}|420[0-9]{31}")
_IMPB_START = _full(r"9[1-5]")
_DHL_ECOMMERCE = _full(r"GM[0-9]{16,18}")
_DHL_PARCEL = _full(r"JJD[0-9]{9,30}")
_AMAZON = _full(r"TBA[0-9]{12}")
_S10 = _full(r"[A-Z]{2}[0-9]{9}[A-Z]{2}")


def match_tracking_numbers(compact: str) -> list[TrackingMatch]:
    """All carrier shapes `compact` fits, valid or not, in a stable order."""
    return [match for matcher in _MATCHERS for match in matcher(compact)]


def _ups(compact: str) -> list[TrackingMatch]:
    if not _UPS.fullmatch(compact):
        return []
    return [TrackingMatch("ups", "UPS tracking number", compact, check_digits.ups_ok(compact))]


def _fedex(compact: str) -> list[TrackingMatch]:
    if not _DIGITS.fullmatch(compact):
        return []
    name = "FedEx tracking number"
    match len(compact):
        case 12:
            return [TrackingMatch("fedex", name, compact, check_digits.fedex_mod11_ok(compact))]
        case 15:
            return [TrackingMatch("fedex", name, compact, check_digits.gs1_mod10_ok(compact))]
        case 22 if compact.startswith("96"):
            ground = compact[-15:]
            return [TrackingMatch("fedex", name, ground, check_digits.gs1_mod10_ok(ground))]
        case 34 if _FEDEX_34.fullmatch(compact):
            return [TrackingMatch("fedex", name, _fedex_34_value(compact), check_digits.fedex_mod11_ok(compact[-14:]))]
    return []


def _fedex_34_value(compact: str) -> str:
    """The tracking number FedEx shows is the last 12 digits; the two before them are normally zero padding."""
    tail = compact[-14:]
    return tail[2:] if tail.startswith("00") else tail


def _usps(compact: str) -> list[TrackingMatch]:
    if not _DIGITS.fullmatch(compact):
        return []
    name = "USPS tracking number"
    if len(compact) == 20 or _USPS_IMPB.fullmatch(compact):
        return [TrackingMatch("usps", name, compact, check_digits.gs1_mod10_ok(compact))]
    if _USPS_ROUTED.fullmatch(compact):
        return [TrackingMatch("usps", name, impb, check_digits.gs1_mod10_ok(impb))
                for impb in _routed_impb_candidates(compact)]
    return []


def _routed_impb_candidates(compact: str) -> list[str]:
    """Strip the "420" + ZIP routing code. 34 digits may hold ZIP9 + 22 or ZIP5 + 26; an IMpb starts with 9[1-5]."""
    zip_lengths = (5,) if len(compact) == 30 else (9, 5)
    candidates = [compact[3 + zip_length:] for zip_length in zip_lengths]
    plausible = [candidate for candidate in candidates if _IMPB_START.match(candidate)]
    return plausible or candidates[:1]


def _dhl(compact: str) -> list[TrackingMatch]:
    if _DIGITS.fullmatch(compact) and len(compact) == 10:
        return [TrackingMatch("dhl", "DHL Express waybill number", compact, check_digits.dhl_mod7_ok(compact))]
    if _DHL_ECOMMERCE.fullmatch(compact) or _DHL_PARCEL.fullmatch(compact):
        return [TrackingMatch("dhl", "DHL tracking number", compact, None)]
    return []


def _amazon(compact: str) -> list[TrackingMatch]:
    if not _AMAZON.fullmatch(compact):
        return []
    return [TrackingMatch("amazon", "Amazon Logistics tracking number", compact, None)]


def _s10(compact: str) -> list[TrackingMatch]:
    if not _S10.fullmatch(compact):
        return []
    return [TrackingMatch("upu_s10", "international postal tracking number (UPU S10)", compact,
                          check_digits.s10_ok(compact))]


_MATCHERS: tuple[Callable[[str], list[TrackingMatch]], ...] = (_ups, _usps, _fedex, _dhl, _amazon, _s10)
