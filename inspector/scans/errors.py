"""`ScanError`, the only exception `interpret` raises, and the wording of its messages.

Messages are read by warehouse workers on a noisy floor: one plain sentence saying what is wrong, then what to do.
"""
from __future__ import annotations

from collections.abc import Iterable

from inspector.i18n import QT_TRANSLATE_NOOP, Text, text

_text = text  # where a parameter is named `text`

# Long enough to recognise the scan, short enough for the bench's status line.
_EXCERPT_LENGTH = 40


class ScanError(ValueError):
    """A scan the bench cannot use. `reason` is a stable machine code; `message` is for the worker.

    `detail` carries the technical cause (e.g. the GS1 parser's own words) for logs; it is never shown as the message.
    """

    def __init__(self, reason: str, message: str | Text, raw: str, detail: str | None = None) -> None:
        # A marked template (`Text`) lets the window translate the message; plain strings still work.
        self.text = message if isinstance(message, Text) else None
        message = str(message)
        super().__init__(message)
        self.reason = reason
        self.message = message
        self.raw = raw
        self.detail = detail

    def __reduce__(self):  # keeps copy and pickle working despite the extra constructor arguments
        return ScanError, (self.reason, self.message, self.raw, self.detail)

    def __repr__(self) -> str:
        return f"ScanError(reason={self.reason!r}, message={self.message!r}, raw={self.raw!r})"


def printable(text: str) -> str:
    """The text as it can be shown: invisible characters (GS, NUL, bidi overrides, half UTF-16 pairs) spelled out,
    so what is shown is what was scanned and a right-to-left override cannot turn it around on screen."""
    return "".join(_printable_char(char) for char in text)


def printable_excerpt(text: str) -> str:
    """The text made safe to quote in a message: invisible characters spelled out, long text shortened."""
    shown = printable(text)
    if len(shown) > _EXCERPT_LENGTH:
        return shown[: _EXCERPT_LENGTH - 1] + "…"
    return shown


def _printable_char(char: str) -> str:
    if char == "\x1d":
        return "<GS>"
    if char.isprintable():
        return char
    return f"\\x{ord(char):02x}" if ord(char) < 0x100 else f"\\u{ord(char):04x}"


def or_list(names: Iterable[str]) -> str:
    """'A', 'A or B', 'A, B or C', without repeats, in first-seen order."""
    unique = list(dict.fromkeys(names))
    if len(unique) <= 1:
        return "".join(unique)
    return ", ".join(unique[:-1]) + " or " + unique[-1]


def empty_scan(raw: str) -> ScanError:
    return ScanError("empty", text(QT_TRANSLATE_NOOP("bench", "The scan was empty. Scan the barcode again.")), raw)


def too_long(raw: str, length: int, limit: int) -> ScanError:
    message = text(QT_TRANSLATE_NOOP(
        "bench", "The scan is too long ({length} characters, at most {limit}). Scan one barcode at a time."),
        length=length, limit=limit)
    return ScanError("too_long", message, raw)


def control_characters(raw: str) -> ScanError:
    message = text(QT_TRANSLATE_NOOP(
        "bench", "The scan \"{scan}\" contains hidden control characters. Rescan; if it happens again, ask a "
                 "supervisor to check the scanner settings."), scan=printable_excerpt(raw))
    return ScanError("control_characters", message, raw)


def unreadable(raw: str) -> ScanError:
    message = text(QT_TRANSLATE_NOOP(
        "bench", "The scan \"{scan}\" could not be read: the scanner sent broken characters. Scan the barcode "
                 "again."), scan=printable_excerpt(raw))
    return ScanError("unreadable", message, raw)


class CheckDigitError(ScanError):
    """A bad check digit, remembering which formats failed so that several failures combine into one message."""

    def __init__(self, raw: str, shown_value: str, format_names: Iterable[str]) -> None:
        self.shown_value = shown_value
        self.format_names = tuple(dict.fromkeys(format_names))
        message = text(QT_TRANSLATE_NOOP(
            "bench", "Check digit does not match: {value} is not a valid {formats}. Rescan the barcode."),
            value=printable_excerpt(shown_value), formats=or_list(self.format_names))
        super().__init__("bad_check_digit", message, raw)

    def __reduce__(self):
        return CheckDigitError, (self.raw, self.shown_value, self.format_names)


def bad_check_digit(raw: str, shown_value: str, format_names: Iterable[str]) -> CheckDigitError:
    return CheckDigitError(raw, shown_value, format_names)


def bad_gs1(raw: str, problem: str, detail: str | None = None) -> ScanError:
    message = text(QT_TRANSLATE_NOOP(
        "bench", "This GS1 barcode cannot be read: {problem}. Rescan the barcode or type the number printed under it."),
        problem=problem)
    return ScanError("bad_gs1", message, raw, detail)


def unknown_command(raw: str, text: str) -> ScanError:
    message = _text(QT_TRANSLATE_NOOP(
        "bench", "Unknown command barcode \"{scan}\". Use the command card at your bench."),
        scan=printable_excerpt(text))
    return ScanError("unknown_command", message, raw)


def unrecognised(raw: str, text: str, hint: str = "") -> ScanError:
    message = _text(QT_TRANSLATE_NOOP(
        "bench", "\"{scan}\" is not a barcode this bench knows{hint}. Scan the parcel label, the item barcode or a "
                 "bench card."), scan=printable_excerpt(text), hint=hint)
    return ScanError("unrecognised", message, raw)
