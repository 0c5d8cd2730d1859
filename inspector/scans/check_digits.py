"""Carrier check-digit algorithms.

Written by hand because no maintained Python library validates carrier tracking numbers (biip covers GS1 only).
Where a carrier uses the plain GS1 mod-10, we call biip's implementation instead of repeating it.

Sources: the carrier specifications as collected in jkeen/tracking_number_data (couriers/*.json, the data used by
the `tracking_number` Ruby gem and its ports), checked against the published sample numbers in our tests;
UPU standard S10 for the international postal item identifier.
"""
from __future__ import annotations

import itertools

from biip.checksums import gs1_standard_check_digit


def gs1_mod10_ok(digits: str) -> bool:
    """GS1 mod 10 (weights 3,1 from the right). USPS IMpb, FedEx Ground and SSCC numbers all use it."""
    return len(digits) >= 2 and digits.isascii() and digits.isdigit() and (
        gs1_standard_check_digit(digits[:-1]) == int(digits[-1]))


def ups_ok(tracking_number: str) -> bool:
    """UPS 1Z: mod 10 over characters 3-17, odd positions weight 1, even positions weight 2.

    Letters count as (ord - 63) % 10 (A=2, B=3 ... H=9, I=0, J=1 ...), as UPS's own specification describes and
    tracking_number_data implements it ("(ord - 3) % 10", the same mapping).
    """
    body, check = tracking_number[2:17], tracking_number[17]
    if not check.isdigit():
        return False
    total = sum(_ups_value(char) * weight for char, weight in zip(body, itertools.cycle((1, 2))))
    return (10 - total % 10) % 10 == int(check)


def _ups_value(char: str) -> int:
    return int(char) if char.isdigit() else (ord(char) - 63) % 10


def fedex_mod11_ok(digits: str) -> bool:
    """FedEx Express: weights 1, 3, 7 repeating from the rightmost payload digit, sum mod 11, then 10 -> 0.

    The same rule checks the 12-digit number and the 13+1 tail of the 34-digit FedEx barcode, whose leading
    zeros do not change the sum (tracking_number_data: "FedEx Express (12)", "(34)" and "Ground GSN").
    """
    payload, check = digits[:-1], int(digits[-1])
    total = sum(int(digit) * weight for digit, weight in zip(reversed(payload), itertools.cycle((1, 3, 7))))
    return total % 11 % 10 == check


def dhl_mod7_ok(digits: str) -> bool:
    """DHL Express waybill: the last digit is the rest of the number modulo 7."""
    return int(digits[:-1]) % 7 == int(digits[-1])


def s10_ok(item_id: str) -> bool:
    """UPU S10 (e.g. RB123456785GB): 8 serial digits weighted 8,6,4,2,3,5,9,7; 11 - (sum mod 11); 10 -> 0, 11 -> 5."""
    serial, check = item_id[2:10], int(item_id[10])
    total = sum(int(digit) * weight for digit, weight in zip(serial, (8, 6, 4, 2, 3, 5, 9, 7)))
    expected = 11 - total % 11
    expected = {10: 0, 11: 5}.get(expected, expected)
    return expected == check
