"""Merchant SKUs: the fallback for a product code that is none of the standard formats."""
from __future__ import annotations

import re

from inspector.scans.kinds import Scan, ScanKind

# Letters, digits and the separators merchants use; at least one letter, because a bare number that is neither a
# valid GTIN nor a valid tracking number is far more likely a misread than a SKU.
_SKU = re.compile(r"(?=[0-9._/-]*[A-Za-z])[A-Za-z0-9._/-]{3,40}", re.ASCII)


def read_sku(text: str, raw: str, symbology: str | None) -> Scan | None:
    if not _SKU.fullmatch(text):
        return None
    return Scan(ScanKind.SKU, raw, text.upper(), symbology=symbology)
