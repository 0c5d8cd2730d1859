"""Turn what a keyboard-wedge scanner typed into clean text, or refuse it.

A wedge scanner "types" the barcode and ends it with Enter, so the text arrives with one trailing CR, LF or CR LF.
GS1 barcodes carry the FNC1 separator as the ASCII group separator (GS, 0x1d); scanners that cannot type a control
character are often set up to send it as the text "<GS>" or "^]" (the caret notation of Ctrl-]) instead.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from inspector.scans import errors

GS = "\x1d"
MAX_SCAN_LENGTH = 512

_LINE_ENDINGS = ("\r\n", "\r", "\n")  # CR LF first, so that it is removed as one ending
_GS_SPELLINGS = re.compile(r"<GS>|\^\]", re.IGNORECASE | re.ASCII)


@dataclass(frozen=True)
class ScanText:
    raw: str  # as received, minus one trailing line ending
    text: str  # spaces trimmed, GS spellings turned into the real GS character


def strip_line_ending(text: str) -> str:
    """Remove exactly one trailing line ending: a second one would be a second (empty) scan, not ours to hide."""
    for ending in _LINE_ENDINGS:
        if text.endswith(ending):
            return text[: -len(ending)]
    return text


def clean_scan_text(text: str) -> ScanText:
    raw = strip_line_ending(text)
    # Only spaces: str.strip() would also eat GS (Python counts 0x1c-0x1f as whitespace).
    trimmed = raw.strip(" ")
    if not trimmed:
        raise errors.empty_scan(raw)
    if len(trimmed) > MAX_SCAN_LENGTH:
        raise errors.too_long(raw, len(trimmed), MAX_SCAN_LENGTH)
    cleaned = _GS_SPELLINGS.sub(GS, trimmed)
    if has_control_characters(cleaned):
        raise errors.control_characters(raw)
    if has_lone_surrogates(cleaned):
        raise errors.unreadable(raw)
    return ScanText(raw=raw, text=cleaned)


def has_lone_surrogates(text: str) -> bool:
    """Half of a UTF-16 pair, which Qt can hand over from a garbled key sequence: no character at all, and text
    that cannot even be written as UTF-8 (to the database, a log or JSON)."""
    return any("\ud800" <= char <= "\udfff" for char in text)


def storable(text: str) -> str:
    """`text` as it can be written anywhere (UTF-8 database, log file, JSON): lone surrogates spelled out as
    backslash escapes (\\udcff), every real character kept as it is."""
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


def has_control_characters(text: str) -> bool:
    """Any control character but GS; tabs and stray line breaks mean a misconfigured scanner or a pasted mess."""
    return any(char != GS and unicodedata.category(char) == "Cc" for char in text)
