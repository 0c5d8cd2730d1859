"""Scan interpretation: turn the text a barcode scanner types into a `Scan`, or a `ScanError` a worker can act on.

Pure domain code (no Qt, no database, no I/O). GS1 (element strings, Digital Link, GTIN, SSCC, symbology
identifiers) is read with biip; only carrier check digits and our own code formats are written here.
"""
from inspector.scans.bench_codes import (
    LICENSE_PLATE_ALPHABET,
    command_barcode_text,
    is_license_plate,
    new_license_plate,
)
from inspector.scans.errors import ScanError
from inspector.scans.interpreter import interpret
from inspector.scans.kinds import Command, Expect, Scan, ScanKind
from inspector.scans.known_codes import Known, read_at_bench

__all__ = [
    "LICENSE_PLATE_ALPHABET",
    "Command",
    "Expect",
    "Known",
    "Scan",
    "ScanError",
    "ScanKind",
    "command_barcode_text",
    "interpret",
    "is_license_plate",
    "new_license_plate",
    "read_at_bench",
]
