"""Unique, valid identifiers for generated history: tracking numbers per carrier, RMA numbers, license plates.

Each comes from a sequence number `n` spread over its digit space by a fixed bijection, so numbers never repeat
(also across runs, which start `n` after what the database already holds) yet do not look sequential.
Check digits are found by asking the scan interpreter's own validators, so the bench reads every one as valid.
"""
from __future__ import annotations

from collections.abc import Callable

from biip.checksums import gs1_standard_check_digit

from inspector.scans import LICENSE_PLATE_ALPHABET
from inspector.scans.check_digits import dhl_mod7_ok, fedex_mod11_ok, s10_ok, ups_ok

CARRIERS = ("ups", "usps", "fedex", "dhl", "amazon", "upu_s10")
# Leading digits and shippers differ from the fixed demo returns' numbers, so generated ones never collide.
_UPS_SHIPPERS = ("A52R17", "0X81W4", "V9E330", "R2Y6F1")
_S10_SERVICES = ("RR", "CP", "LX", "EE")


def _spread(n: int, digits: int) -> str:
    """A bijection on [0, 10**digits): multiply by a number coprime to 10, add an offset."""
    space = 10 ** digits
    if n >= space:
        raise ValueError(f"sequence {n} does not fit {digits} digits")
    return str((n * 7_368_787 + 1_234_567) % space).zfill(digits)


def _with_check(body: str, valid: Callable[[str], bool], suffix: str = "") -> str:
    for digit in "0123456789":
        candidate = body + digit + suffix
        if valid(candidate):
            return candidate
    raise AssertionError(f"no check digit makes {body}?{suffix} valid")


def tracking_number(carrier: str, n: int, country: str = "DE") -> str:
    if carrier == "ups":
        shipper = _UPS_SHIPPERS[(n // 10**7) % len(_UPS_SHIPPERS)]
        return _with_check(f"1Z{shipper}03{_spread(n % 10**7, 7)}", ups_ok)
    if carrier == "usps":
        body = f"940015{_spread(n, 15)}"
        return body + str(gs1_standard_check_digit(body))
    if carrier == "fedex":
        return _with_check(f"6{_spread(n, 10)}", fedex_mod11_ok)
    if carrier == "dhl":
        return _with_check(f"5{_spread(n, 8)}", dhl_mod7_ok)
    if carrier == "amazon":
        return f"TBA9{_spread(n, 11)}"
    if carrier == "upu_s10":
        service = _S10_SERVICES[(n // 10**8) % len(_S10_SERVICES)]
        return _with_check(f"{service}{_spread(n % 10**8, 8)}", s10_ok, country)
    raise ValueError(f"unknown carrier {carrier!r}")


def rma_number(n: int) -> str:
    return f"RMA-7{_spread(n, 9)}"


_PLATE_SPACE = len(LICENSE_PLATE_ALPHABET) ** 10


def license_plate(n: int) -> str:
    # An odd multiplier is a bijection modulo 32**10, so distinct n give distinct plates.
    value = (n * 0x9E3779B97F4A7C15 + 0x2545F491) % _PLATE_SPACE
    chars = []
    for _ in range(10):
        value, digit = divmod(value, len(LICENSE_PLATE_ALPHABET))
        chars.append(LICENSE_PLATE_ALPHABET[digit])
    return "LP" + "".join(reversed(chars))
