"""What can be wrong with an import: a whole file (nothing is read) or one row/object (its return is set aside)."""
from __future__ import annotations

from dataclasses import dataclass


class ImportFileError(Exception):
    """The file cannot be read as an import at all: unreadable, not UTF-8, no header, broken JSON."""

    def __init__(self, message: str, line: int | None = None) -> None:
        super().__init__(message if line is None else f"line {line}: {message}")
        self.message = message
        self.line = line


@dataclass(frozen=True, slots=True)
class Location:
    """Where a record sits: a CSV line (the header is line 1) or a JSON path such as `returns[2].lines[0]`."""
    line: int | None = None
    path: str | None = None

    def describe(self, field: str | None = None) -> str:
        if self.path is not None:
            return f"{self.path}.{field}" if field else self.path
        return f"line {self.line}, {field}" if field else f"line {self.line}"


@dataclass(frozen=True)
class Problem:
    location: Location
    rma_number: str | None  # None when the RMA number itself could not be read
    field: str | None
    reason: str

    def describe(self) -> str:
        who = f" [{self.rma_number}]" if self.rma_number else ""
        return f"{self.location.describe(self.field)}{who}: {self.reason}"

    def to_json(self) -> dict[str, object]:
        return {"line": self.location.line, "path": self.location.path, "rma_number": self.rma_number,
                "field": self.field, "reason": self.reason, "message": self.describe()}
