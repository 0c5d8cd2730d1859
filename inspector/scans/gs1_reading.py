"""GS1 barcodes, read with biip: element strings (GS-separated or with parentheses), Digital Link URIs, plain
GTIN-8/12/13/14 (EAN/UPC), SSCCs and the symbology identifiers scanners put in front (]C1, ]e0, ]d2, ]Q3, ]E0 ...).

Nothing here re-implements a GS1 rule: check digits, AI patterns, dates and URI syntax are biip's.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar
from urllib.parse import urlsplit

from biip import BiipException
from biip.gs1_digital_link_uris import GS1DigitalLinkURI
from biip.gs1_element_strings import GS1ElementString
from biip.gs1_messages import GS1Message
from biip.gtin import Gtin
from biip.sscc import Sscc
from biip.symbology import GS1Symbology, SymbologyIdentifier

from inspector.scans import errors
from inspector.scans.keyboard_wedge import GS
from inspector.scans.kinds import Scan, ScanKind

# biip reports bad data as BiipException; the standard library under it (urlsplit, int()) raises ValueError.
_BIIP_ERRORS = (BiipException, ValueError)

GTIN_FORMAT_NAMES = {8: "EAN-8", 12: "UPC-A", 13: "EAN-13", 14: "GTIN-14"}
SSCC_LENGTH = 18

_GS1_MESSAGE_SYMBOLOGIES = GS1Symbology.with_gs1_messages()
_GTIN_SYMBOLOGIES = GS1Symbology.with_gtin()
_DIGITAL_LINK_SYMBOLOGIES = GS1Symbology.with_gs1_digital_link_uri()
_ADD_ON_LENGTHS = (2, 5)

_WEB_LINK = re.compile(r"https?://", re.IGNORECASE | re.ASCII)
# A GS1 element string sent without symbology identifier: it must open with a complete SSCC or GTIN, or plain
# digits and SKUs that happen to start with "00"/"01" would turn into GS1 readings.
_UNMARKED_ELEMENT_STRING = re.compile(r"01[0-9]{14}|00[0-9]{18}", re.ASCII)

# "(AI)data" repeated, nothing else. biip's HRI parser skips what does not fit, which would silently cut a serial
# like "(21)AB(C" down to "AB"; a unit must never be recorded under a shortened serial.
_WELL_FORMED_HRI = re.compile(r"(?:\([0-9]{2,4}\)[^()]+)+", re.ASCII)

T = TypeVar("T")


@dataclass(frozen=True)
class SymbologySplit:
    identifier: str | None  # e.g. "]C1", as sent
    gs1_symbology: GS1Symbology | None
    payload: str  # the text after the identifier

    @property
    def promises_gs1_message(self) -> bool:
        return self.gs1_symbology in _GS1_MESSAGE_SYMBOLOGIES

    @property
    def promises_gtin(self) -> bool:
        return self.gs1_symbology in _GTIN_SYMBOLOGIES


def split_symbology(text: str) -> SymbologySplit:
    """Take off an ISO/IEC 15424 symbology identifier ("]" + code + modifier) if the scanner sent one."""
    if not text.startswith("]") or len(text) < 3:
        return SymbologySplit(None, None, text)
    try:
        identifier = SymbologyIdentifier.extract(text)
    except _BIIP_ERRORS:  # "]" + an unknown code: not an identifier, leave the text alone
        return SymbologySplit(None, None, text)
    return SymbologySplit(identifier.value, identifier.gs1_symbology, text[len(identifier.value):])


def is_web_link(text: str) -> bool:
    return bool(_WEB_LINK.match(text))


def looks_like_unmarked_element_string(text: str) -> bool:
    return bool(_UNMARKED_ELEMENT_STRING.match(text))


def read_gs1_symbology(split: SymbologySplit, raw: str) -> list[Scan]:
    """A GS1 symbology identifier promises GS1 data, so anything else is a damaged GS1 barcode, never a SKU."""
    if split.gs1_symbology in _DIGITAL_LINK_SYMBOLOGIES and is_web_link(split.payload):
        return read_digital_link(split.payload, raw, split.identifier)
    return read_element_strings(split.payload, raw, split.identifier)


def read_gtin_symbology(split: SymbologySplit, raw: str) -> list[Scan]:
    """]E0/]E3/]E4/]I1 promise an EAN/UPC/ITF-14 number; an add-on (2 or 5 digits after an EAN-13) is dropped."""
    digits = _without_add_on(split)
    if not (digits.isascii() and digits.isdigit() and len(digits) in GTIN_FORMAT_NAMES):
        raise errors.unrecognised(raw, split.payload, " (an EAN/UPC barcode holds 8, 12, 13 or 14 digits)")
    return [read_plain_gtin(digits, raw, split.identifier)]


def _without_add_on(split: SymbologySplit) -> str:
    payload = split.payload
    if split.gs1_symbology is GS1Symbology.EAN_13_WITH_ADD_ON and len(payload) - 13 in _ADD_ON_LENGTHS:
        return payload[:13]
    return payload


def read_plain_gtin(digits: str, raw: str, symbology: str | None) -> Scan:
    """`digits`: ASCII digits of a GTIN length; the only way left to fail is the check digit."""
    try:
        gtin = Gtin.parse(digits)
    except _BIIP_ERRORS:
        raise errors.bad_check_digit(raw, digits, [GTIN_FORMAT_NAMES[len(digits)]]) from None
    gtin_14 = gtin.as_gtin_14()
    return Scan(ScanKind.ITEM, raw, gtin_14, check_digit_valid=True, gtin=gtin_14, symbology=symbology)


def read_bare_sscc(digits: str, raw: str, symbology: str | None) -> Scan:
    """18 digits without the (00) in front: an SSCC as printed in the human-readable line of a logistics label."""
    try:
        sscc = Sscc.parse(digits)
    except _BIIP_ERRORS:
        raise errors.bad_check_digit(raw, digits, ["SSCC"]) from None
    return _sscc_scan(sscc.value, raw, symbology)


def read_element_strings(payload: str, raw: str, symbology: str | None) -> list[Scan]:
    """AI + data, AI + data ...; a leading GS is how some scanners send the FNC1 that opens a GS1-128 code."""
    body = payload.strip(GS)
    if not body:
        raise errors.bad_gs1(raw, "it holds no data")
    message = _with_biip(GS1Message.parse, body, raw)
    return scans_from_element_strings(message.element_strings, raw, symbology)


def read_human_readable(payload: str, raw: str, symbology: str | None) -> list[Scan]:
    """The text printed under a GS1-128 code, e.g. "(01)09501101530003(17)250101(10)ABC", typed or scanned."""
    if not _WELL_FORMED_HRI.fullmatch("".join(payload.split())):
        raise errors.bad_gs1(raw, "the text in brackets is incomplete")
    message = _with_biip(GS1Message.parse_hri, payload, raw)
    return scans_from_element_strings(message.element_strings, raw, symbology)


def read_digital_link(payload: str, raw: str, symbology: str | None) -> list[Scan]:
    try:
        uri = GS1DigitalLinkURI.parse(payload)
    except _BIIP_ERRORS as exc:
        if _has_gs1_key_segment(payload):
            raise errors.bad_gs1(raw, "the product web link is incomplete or damaged", detail=str(exc)) from None
        raise errors.unrecognised(raw, payload, " (a web link, but not a GS1 product link)") from None
    return scans_from_element_strings(uri.element_strings, raw, symbology)


def _has_gs1_key_segment(url: str) -> bool:
    try:
        path = urlsplit(url).path
    except ValueError:
        return False
    return bool({"00", "01"} & set(path.split("/")))


def _with_biip(parse: Callable[[str], T], text: str, raw: str) -> T:
    try:
        return parse(text)
    except _BIIP_ERRORS as exc:
        raise errors.bad_gs1(raw, "its data does not follow the GS1 rules", detail=str(exc)) from None


def scans_from_element_strings(elements: list[GS1ElementString], raw: str, symbology: str | None) -> list[Scan]:
    """An ITEM reading for a GTIN (AI 01) and a TRACKING reading for an SSCC (AI 00), with serial, lot, expiry."""
    by_ai = _single_value_per_ai(elements, raw)
    if "01" not in by_ai and "00" not in by_ai:
        raise errors.bad_gs1(raw, "it has no product number (GTIN) or shipping code (SSCC)")
    scans = []
    if "01" in by_ai:
        scans.append(_item_scan(by_ai, raw, symbology))
    if "00" in by_ai:
        sscc_element = by_ai["00"]
        if sscc_element.sscc is None:
            raise errors.bad_check_digit(raw, sscc_element.value, ["SSCC"])
        scans.append(_sscc_scan(sscc_element.sscc.value, raw, symbology))
    return scans


def _single_value_per_ai(elements: list[GS1ElementString], raw: str) -> dict[str, GS1ElementString]:
    """GS1 allows an AI twice only with the same value; two different serials would be two different units."""
    by_ai: dict[str, GS1ElementString] = {}
    for element in elements:
        seen = by_ai.setdefault(element.ai.ai, element)
        if seen.value != element.value:
            raise errors.bad_gs1(raw, f"it holds two different values for AI ({element.ai.ai})")
    return by_ai


def _item_scan(by_ai: dict[str, GS1ElementString], raw: str, symbology: str | None) -> Scan:
    gtin_element = by_ai["01"]
    if gtin_element.gtin is None:  # biip keeps the element and reports the bad check digit beside it
        raise errors.bad_check_digit(raw, gtin_element.value, ["GTIN"])
    gtin_14 = gtin_element.gtin.as_gtin_14()
    return Scan(
        ScanKind.ITEM, raw, gtin_14, check_digit_valid=True, gtin=gtin_14,
        serial=_value(by_ai, "21"), lot=_value(by_ai, "10"),
        expiry=by_ai["17"].date if "17" in by_ai else None, symbology=symbology,
    )


def _value(by_ai: dict[str, GS1ElementString], ai: str) -> str | None:
    element = by_ai.get(ai)
    return element.value if element else None


def _sscc_scan(sscc: str, raw: str, symbology: str | None) -> Scan:
    return Scan(ScanKind.TRACKING, raw, sscc, carrier="sscc", check_digit_valid=True, symbology=symbology)
