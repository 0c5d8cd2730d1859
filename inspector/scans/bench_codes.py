"""Our own barcode formats: the codes this system prints and reads back. Labels and bench cards are generated
from the functions here, so what is printed always interprets as intended.

| what           | barcode text                           | reads as                              | value              |
|----------------|----------------------------------------|---------------------------------------|--------------------|
| RMA number     | RMA, optional "-", 6-10 digits         | ScanKind.RMA                          | "RMA-12345678"     |
| operator badge | OP, optional "-", 3-8 digits           | ScanKind.BADGE                        | "OP-1001"          |
| license plate  | LP + 10 Crockford base32 characters    | ScanKind.LICENSE_PLATE                | "LP0J4K8M2Q7X"     |
|                | (0-9, A-Z without I, L, O, U)          |                                       |                    |
| command        | CMD:COMPLETE                           | Command.COMPLETE                      | "complete"         |
|                | CMD:CANCEL                             | Command.CANCEL                        | "cancel"           |
|                | CMD:GRADE:A (any one letter A-Z)       | Command.GRADE, argument "A"           | "grade"            |
|                | CMD:DISP:RESTOCK (any code)            | Command.DISPOSITION, arg. "restock"   | "disposition"      |
|                | CMD:REPRINT                            | Command.REPRINT                       | "reprint"          |
|                | CMD:SIGNOUT                            | Command.SIGN_OUT                      | "sign_out"         |
|                | CMD:PARCEL-DONE                        | Command.COMPLETE_PARCEL               | "complete_parcel"  |
|                | CMD:PHOTO                              | Command.PHOTO                         | "photo"            |

All are case-insensitive when read. Any other "CMD:..." is ScanError("unknown_command"): a bench card must never be
mistaken for a product. Disposition codes are letters, digits and "_"; a "-" reads as "_" so that the codes also
fit Code 39, which has no underscore. Print with `command_barcode_text`, `new_license_plate`.
"""
from __future__ import annotations

import re
import secrets

from inspector.scans import errors
from inspector.scans.kinds import Command, Scan, ScanKind

# Crockford base32: no I, L, O (read as 1, 1, 0) and no U, so plates are never misread and never spell words.
LICENSE_PLATE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
LICENSE_PLATE_PREFIX = "LP"
LICENSE_PLATE_LENGTH = 10  # characters after the prefix: 32**10, about 10**15 plates

_RMA = re.compile(r"RMA-?([0-9]{6,10})", re.IGNORECASE | re.ASCII)
_BADGE = re.compile(r"OP-?([0-9]{3,8})", re.IGNORECASE | re.ASCII)
_LICENSE_PLATE = re.compile(rf"LP[{LICENSE_PLATE_ALPHABET}]{{{LICENSE_PLATE_LENGTH}}}", re.ASCII)
_COMMAND_PREFIX = "CMD:"
_GRADE = re.compile(r"[A-Z]", re.ASCII)
_DISPOSITION = re.compile(r"[A-Z][A-Z0-9_-]{0,39}", re.ASCII)

# Commands without an argument: barcode word <-> command.
_PLAIN_COMMANDS = {
    "COMPLETE": Command.COMPLETE,
    "CANCEL": Command.CANCEL,
    "REPRINT": Command.REPRINT,
    "SIGNOUT": Command.SIGN_OUT,
    "PARCEL-DONE": Command.COMPLETE_PARCEL,
    "PHOTO": Command.PHOTO,
}
_PLAIN_COMMAND_WORDS = {command: word for word, command in _PLAIN_COMMANDS.items()}
_GRADE_WORD = "GRADE"
_DISPOSITION_WORD = "DISP"


def read_bench_code(text: str, raw: str, symbology: str | None) -> Scan | None:
    """The Scan for one of our own codes, None when `text` is none of them."""
    if text[: len(_COMMAND_PREFIX)].upper() == _COMMAND_PREFIX:
        return _read_command(text, raw, symbology)
    if match := _RMA.fullmatch(text):
        return Scan(ScanKind.RMA, raw, f"RMA-{match[1]}", symbology=symbology)
    if match := _BADGE.fullmatch(text):
        return Scan(ScanKind.BADGE, raw, f"OP-{match[1]}", symbology=symbology)
    if is_license_plate(text):
        return Scan(ScanKind.LICENSE_PLATE, raw, text.upper(), symbology=symbology)
    return None


def own_code_kind(text: str) -> ScanKind | None:
    """Which of our own codes `text` reads as (a "CMD:" text that is no command still counts as one), else None.
    The import refuses return numbers a scan would read as our own codes, so both ask here."""
    try:
        scan = read_bench_code(text, text, None)
    except errors.ScanError:
        return ScanKind.COMMAND
    return scan.kind if scan is not None else None


def is_license_plate(text: str) -> bool:
    """True for "LP" + 10 Crockford base32 characters, in either case."""
    return bool(_LICENSE_PLATE.fullmatch(text.upper())) if text.isascii() else False


def new_license_plate() -> str:
    """A fresh random plate. Random, not sequential, so benches that are offline never hand out the same one."""
    body = "".join(secrets.choice(LICENSE_PLATE_ALPHABET) for _ in range(LICENSE_PLATE_LENGTH))
    return LICENSE_PLATE_PREFIX + body


def command_barcode_text(command: Command | str, argument: str | None = None) -> str:
    """The canonical barcode text for a bench command; `interpret` reads it back as the same command and argument.

    Raises ValueError for a missing, unexpected or malformed argument: that is a programming error, not a scan.
    """
    command = Command(command)
    if command is Command.GRADE:
        return f"{_COMMAND_PREFIX}{_GRADE_WORD}:{_checked_grade(argument)}"
    if command is Command.DISPOSITION:
        return f"{_COMMAND_PREFIX}{_DISPOSITION_WORD}:{_checked_disposition(argument).upper()}"
    if argument is not None:
        raise ValueError(f"command {command.value!r} takes no argument, got {argument!r}")
    return _COMMAND_PREFIX + _PLAIN_COMMAND_WORDS[command]


def _checked_grade(argument: str | None) -> str:
    grade = (argument or "").upper()
    if not _GRADE.fullmatch(grade):
        raise ValueError(f"a grade is one letter A-Z, got {argument!r}")
    return grade


def _checked_disposition(argument: str | None) -> str:
    code = _disposition_code(argument or "")
    if code is None:
        raise ValueError(f"a disposition code is letters, digits and '_', got {argument!r}")
    return code


def _disposition_code(text: str) -> str | None:
    upper = text.upper()
    if not _DISPOSITION.fullmatch(upper):
        return None
    return upper.replace("-", "_").lower()


def _read_command(text: str, raw: str, symbology: str | None) -> Scan:
    # Non-ASCII could upper-case into ASCII ("ﬁ" -> "FI"); a card we printed never holds any.
    words = text[len(_COMMAND_PREFIX):].upper().split(":") if text.isascii() else []
    command, argument = _command_and_argument(words)
    if command is None:
        raise errors.unknown_command(raw, text)
    return Scan(ScanKind.COMMAND, raw, command.value, command=command, argument=argument, symbology=symbology)


def _command_and_argument(words: list[str]) -> tuple[Command | None, str | None]:
    match words:
        case [word] if word in _PLAIN_COMMANDS:
            return _PLAIN_COMMANDS[word], None
        case [word, grade] if word == _GRADE_WORD and _GRADE.fullmatch(grade):
            return Command.GRADE, grade
        case [word, code] if word == _DISPOSITION_WORD and (disposition := _disposition_code(code)):
            return Command.DISPOSITION, disposition
    return None, None
