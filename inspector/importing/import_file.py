"""`import-rmas`: read a CSV or JSON file of returns, check everything, then upsert the good returns in one go.

The file is read twice over, never held whole: first every record is checked as it streams past (a return's lines
go to a temporary file, only what later rows are checked against stays in memory); then, once the whole file is
known good or not, the good returns are read back from that temporary file, each whole, and written a batch at a
time in one transaction. So memory holds one batch of returns, not the file, and nothing is written before the last
byte of the file has been checked.
"""
from __future__ import annotations

import datetime as dt
import errno
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from inspector.domain.returns import Return
from inspector.errors import EnvironmentProblem
from inspector.importing.assembly import (CheckResult, FileStore, ImportPlan, LineStore, MemoryStore, ReturnChecker,
                                          whole_returns)
from inspector.importing.csv_reader import read_csv
from inspector.importing.json_reader import read_json
from inspector.importing.problems import ImportFileError, Problem
from inspector.usecases.returns import UpsertReturns, upsert_returns
from inspector.usecases.unit_of_work import UnitOfWork

FORMATS = ("csv", "json")
IMPORT_SOURCE = "import"  # ReturnRow.source: where the bench learnt of the return


@dataclass
class CheckedFile:
    """A whole file checked; the good returns' lines wait in `store` until `returns()` reads them back."""
    result: CheckResult
    store: LineStore = field(repr=False)

    def returns(self) -> Iterator[Return]:
        return whole_returns(self.store, self.result)

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> "CheckedFile":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


@dataclass(frozen=True)
class ImportReport:
    imported: tuple[str, ...]      # RMA numbers, in the order the file first names them
    rejected: tuple[str, ...]
    problems: tuple[Problem, ...]
    records_read: int
    added: int
    updated: int

    @property
    def all_good(self) -> bool:
        return not self.problems


def format_for(path: Path, requested: str | None) -> str:
    if requested:
        return requested
    suffix = path.suffix.lower().lstrip(".")
    if suffix in FORMATS:
        return suffix
    raise ImportFileError(f"cannot tell the format from the name {path.name!r}; pass --format csv or --format json")


def _open(path: Path) -> BinaryIO:
    try:
        return path.open("rb")
    except FileNotFoundError:
        raise ImportFileError(f"{path} does not exist") from None
    except IsADirectoryError:
        raise ImportFileError(f"{path} is a folder, not a file") from None
    except OSError as exc:
        raise ImportFileError(f"{path} cannot be read: {exc.strerror}") from None


def check_stream(stream: BinaryIO, fmt: str, today: dt.date, store: LineStore) -> CheckResult:
    reader = read_csv if fmt == "csv" else read_json
    checker = ReturnChecker(today, store)
    try:
        for record in reader(stream):
            checker.add(record)
    except OSError as exc:
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            raise EnvironmentProblem("The disk holding the temporary folder is full: the file was not imported.",
                                     "Free some space and import again.") from exc
        raise ImportFileError(f"the file cannot be read: {exc.strerror or exc}") from None
    return checker.finish()


def check_file(path: Path, fmt: str, today: dt.date) -> CheckedFile:
    """Reads and checks the whole file; nothing is written. Raises ImportFileError for an unusable file."""
    with _open(path) as stream:
        store = FileStore()
        try:
            return CheckedFile(check_stream(stream, fmt, today, store), store)
        except BaseException:
            store.close()
            raise


def read_plan(path: Path, fmt: str, today: dt.date) -> ImportPlan:
    """The whole file checked and its good returns built in memory (the hub's import, which stores them at once)."""
    with _open(path) as stream:
        store = MemoryStore()
        result = check_stream(stream, fmt, today, store)
    built = {ret.rma_number: ret for ret in whole_returns(store, result)}
    return ImportPlan(tuple(built[name] for name in result.accepted), result.rejected, result.problems,
                      result.records_read)


def apply_checked(checked: CheckedFile, uow: UnitOfWork, at: dt.datetime) -> ImportReport:
    result = checked.result
    added = updated = 0
    if result.accepted:
        # One transaction, written a batch at a time: either every good return lands or (on a database error) none.
        outcome = upsert_returns(UpsertReturns(checked.returns(), IMPORT_SOURCE, at), uow)
        added, updated = outcome.added, outcome.updated
    return ImportReport(result.accepted, result.rejected, result.problems, result.records_read, added, updated)


def import_returns_file(path: Path, fmt: str | None, uow: UnitOfWork, at: dt.datetime) -> ImportReport:
    with check_file(path, format_for(path, fmt), at.date()) as checked:
        return apply_checked(checked, uow, at)


def apply_plan(plan: ImportPlan, uow: UnitOfWork, at: dt.datetime) -> ImportReport:
    """An in-memory plan (from `plan_import`) written the same way."""
    added = updated = 0
    if plan.returns:
        outcome = upsert_returns(UpsertReturns(plan.returns, IMPORT_SOURCE, at), uow)
        added, updated = outcome.added, outcome.updated
    return ImportReport(tuple(r.rma_number for r in plan.returns), plan.rejected, plan.problems, plan.records_read,
                        added, updated)
