"""Which reading wins when one text is several valid things (12 digits: a UPC-A and a FedEx number)."""
from __future__ import annotations

from dataclasses import replace

from inspector.scans.kinds import Expect, Scan, ScanKind

# Lower sorts first. Kinds not listed never compete with each other (our own codes are decisive).
_KIND_PREFERENCE: dict[Expect | None, dict[ScanKind, int]] = {
    None: {ScanKind.ITEM: 0, ScanKind.TRACKING: 1},
    Expect.ITEM: {ScanKind.ITEM: 0, ScanKind.TRACKING: 1},
    Expect.PARCEL: {ScanKind.TRACKING: 0, ScanKind.ITEM: 1},
}


def choose_reading(readings: list[Scan], expect: Expect | None) -> Scan:
    """The preferred reading, carrying the others as `alternatives`.

    With a hint, the kind the bench waits for wins; without one, a validated check digit beats a format that has
    none (Amazon TBA, DHL GM), then an item beats a parcel. Ties keep the order the readers produced.
    """
    unique = list(dict.fromkeys(readings))  # Scan is frozen, so equal readings hash equal
    ranked = sorted(unique, key=lambda scan: _rank(scan, expect))  # sorted() is stable: ties keep reader order
    primary, *others = ranked
    return replace(primary, alternatives=tuple(others))


def _rank(scan: Scan, expect: Expect | None) -> tuple[int, int]:
    validated = 0 if scan.check_digit_valid else 1
    kind = _KIND_PREFERENCE[expect].get(scan.kind, 2)
    return (kind, validated) if expect else (validated, kind)
