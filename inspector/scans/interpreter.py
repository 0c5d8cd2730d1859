"""`interpret`: the one place that turns scanned text into a `Scan`. Pure: no I/O, no state, no Qt.

Order of reading, most specific first:
1. keyboard-wedge clean-up (line ending, spaces, GS spellings; empty / too long / control characters / broken
   characters refused), then anything not ASCII is refused: no format read here has other characters;
2. a symbology identifier that promises GS1 data or an EAN/UPC number is taken at its word;
3. our own codes (commands, RMA, badge, license plate) are decisive;
4. text with a GS, "(AI)" text and web links can only be GS1;
5. otherwise every reading that fits is collected (GTIN, GS1 without separators, SSCC, each carrier), the
   valid ones are ranked (see `ranking`), and failed check digits are reported only when nothing else fits;
6. last, a plausible SKU; anything else is refused with a message quoting the scan.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from inspector.scans import errors, gs1_reading
from inspector.scans.bench_codes import read_bench_code
from inspector.scans.errors import CheckDigitError, ScanError
from inspector.scans.keyboard_wedge import GS, clean_scan_text
from inspector.scans.kinds import Expect, Scan, ScanKind
from inspector.scans.ranking import choose_reading
from inspector.scans.skus import read_sku
from inspector.scans.tracking_numbers import TrackingMatch, match_tracking_numbers

_DIGITS = re.compile(r"[0-9]+", re.ASCII)


def interpret(text: str, expect: Expect | None = None) -> Scan:
    """Read one scan. Raises only `ScanError`, whose `message` can be shown to the worker as it is."""
    scan_text = clean_scan_text(text)
    if not scan_text.text.isascii():
        # Every format read here is ASCII (a Digital Link URI is percent-encoded), symbology identifier included:
        # other characters are a misread or a wrong keyboard layout, never a barcode, whatever comes in front.
        raise errors.unrecognised(scan_text.raw, scan_text.text)
    split = gs1_reading.split_symbology(scan_text.text)
    readings = _readings(split, scan_text.raw)
    return choose_reading(readings, Expect(expect) if expect else None)


def _readings(split: gs1_reading.SymbologySplit, raw: str) -> list[Scan]:
    if split.promises_gs1_message:
        return gs1_reading.read_gs1_symbology(split, raw)
    if split.promises_gtin:
        return gs1_reading.read_gtin_symbology(split, raw)
    return _read_unmarked(split.payload.strip(" "), raw, split.identifier)


def _read_unmarked(text: str, raw: str, symbology: str | None) -> list[Scan]:
    if not text:
        raise errors.empty_scan(raw)
    if bench_code := read_bench_code(text, raw, symbology):
        return [bench_code]
    if GS in text:
        return gs1_reading.read_element_strings(text, raw, symbology)
    if text.startswith("("):
        return gs1_reading.read_human_readable(text, raw, symbology)
    if gs1_reading.is_web_link(text):
        return gs1_reading.read_digital_link(text, raw, symbology)
    return _read_numbers_and_codes(text, raw, symbology)


@dataclass
class _Findings:
    """Everything the open-ended readers made of one text: valid readings and near misses."""

    readings: list[Scan] = field(default_factory=list)
    check_failures: list[CheckDigitError] = field(default_factory=list)
    gs1_failures: list[ScanError] = field(default_factory=list)

    def attempt(self, read: Callable[[], list[Scan]]) -> None:
        try:
            self.readings.extend(read())
        except CheckDigitError as failure:
            self.check_failures.append(failure)
        except ScanError as failure:
            self.gs1_failures.append(failure)


def _read_numbers_and_codes(text: str, raw: str, symbology: str | None) -> list[Scan]:
    # Numbers are often typed in the groups they are printed in; codes are compared upper-case.
    compact = text.replace(" ", "").upper()
    findings = _collect(text, compact, raw, symbology)
    if findings.readings:
        return findings.readings
    if findings.check_failures:
        names = [name for failure in findings.check_failures for name in failure.format_names]
        raise errors.bad_check_digit(raw, compact, names)
    if findings.gs1_failures:
        raise findings.gs1_failures[0]
    if sku := read_sku(text, raw, symbology):
        return [sku]
    if _DIGITS.fullmatch(compact):
        raise errors.unrecognised(raw, text, " (a number, but no valid product or tracking number)")
    raise errors.unrecognised(raw, text)


def _collect(text: str, compact: str, raw: str, symbology: str | None) -> _Findings:
    findings = _Findings()
    is_number = bool(_DIGITS.fullmatch(compact))
    if is_number and len(compact) in gs1_reading.GTIN_FORMAT_NAMES:
        findings.attempt(lambda: [gs1_reading.read_plain_gtin(compact, raw, symbology)])
    if gs1_reading.looks_like_unmarked_element_string(text):
        findings.attempt(lambda: gs1_reading.read_element_strings(text, raw, symbology))
    if is_number and len(compact) == gs1_reading.SSCC_LENGTH:
        findings.attempt(lambda: [gs1_reading.read_bare_sscc(compact, raw, symbology)])
    for match in match_tracking_numbers(compact):
        if match.check_digit_valid is False:
            findings.check_failures.append(errors.bad_check_digit(raw, compact, [match.format_name]))
        else:
            findings.readings.append(_tracking_scan(match, raw, symbology))
    return findings


def _tracking_scan(match: TrackingMatch, raw: str, symbology: str | None) -> Scan:
    return Scan(ScanKind.TRACKING, raw, match.value, carrier=match.carrier,
                check_digit_valid=match.check_digit_valid, symbology=symbology)
