"""`import-rmas`: read a file of returns (our CSV or JSON, or a source's own format: `sources`), check everything,
then upsert the good returns in one go.

The file is read twice over, never held whole: first every record is checked as it streams past (a return's lines
go to a temporary file, only what later rows are checked against stays in memory); then, once the whole file is
known good or not, the good returns are read back from that temporary file, each whole, and written a batch at a
time in one transaction. So memory holds one batch of returns, not the file, and nothing is written before the last
byte of the file has been checked.
"""
from __future__ import annotations

import datetime as dt
import errno
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from time import monotonic
from typing import BinaryIO

from inspector.domain.returns import Return
from inspector.errors import EnvironmentProblem
from inspector.importing.assembly import (CheckResult, FileStore, ImportPlan, LineStore, MemoryStore, ReturnChecker,
                                          whole_returns)
from inspector.importing.problems import ImportFileError, Problem
from inspector.importing.sources import FORMATS, Reader, reader_for
from inspector.importing.sources.mapped_csv import ColumnMapping
from inspector.usecases.returns import UpsertReturns, upsert_returns
from inspector.usecases.unit_of_work import UnitOfWork

IMPORT_SOURCE = "import"  # ReturnRow.source: where the bench learnt of the return
PROGRESS_EVERY = 0.5   # seconds between two progress calls, at most
# progress(done_bytes, total_bytes, records_read) while a file is checked
CheckProgress = Callable[[int, int, int], None]
# progress(returns_written, returns_to_write) while the good returns are written
WriteProgress = Callable[[int, int], None]


@dataclass
class CheckedFile:
    """A whole file checked; the good returns' lines wait in `store` until `returns()` reads them back."""
    result: CheckResult
    store: LineStore = field(repr=False)
    renumber: bool = False   # see `whole_returns`

    def returns(self) -> Iterator[Return]:
        return whole_returns(self.store, self.result, self.renumber)

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
    """The format asked for (one of `FORMATS`), else our own CSV or JSON told by the file name."""
    if requested:
        if requested not in FORMATS:
            raise ImportFileError(f"unknown format {requested!r}; the formats are {', '.join(FORMATS)}")
        return requested
    suffix = path.suffix.lower().lstrip(".")
    if suffix in ("csv", "json"):
        return suffix
    raise ImportFileError(f"cannot tell the format from the name {path.name!r}; pass --format csv or --format json, "
                          "or name the source (--source amazon, aftership or shopify, or --mapping FILE)")


def _open(path: Path) -> BinaryIO:
    try:
        return path.open("rb")
    except FileNotFoundError:
        raise ImportFileError(f"{path} does not exist") from None
    except IsADirectoryError:
        raise ImportFileError(f"{path} is a folder, not a file") from None
    except OSError as exc:
        raise ImportFileError(f"{path} cannot be read: {exc.strerror}") from None


class _Counted:
    """The file as the reader sees it, counting the bytes read for the progress shown."""

    def __init__(self, stream: BinaryIO) -> None:
        self._stream = stream
        self.done = 0

    def read(self, size: int = -1) -> bytes:
        chunk = self._stream.read(size)
        self.done += len(chunk)
        return chunk


def _total_bytes(stream: BinaryIO) -> int:
    try:
        return max(0, stream.seek(0, 2))
    except OSError:   # a pipe: its size is not known
        return 0
    finally:
        try:
            stream.seek(0)
        except OSError:
            pass


def check_stream(stream: BinaryIO, fmt: str | Reader, today: dt.date, store: LineStore,
                 progress: CheckProgress | None = None) -> CheckResult:
    reader = fmt if isinstance(fmt, Reader) else reader_for(fmt)
    checker = ReturnChecker(today, store)
    total = _total_bytes(stream) if progress else 0
    counted = _Counted(stream)
    try:
        if progress is None:
            for record in reader.read(counted):   # type: ignore[arg-type]  # it only reads
                checker.add(record)
        else:
            due = monotonic() + PROGRESS_EVERY
            for record in reader.read(counted):   # type: ignore[arg-type]
                checker.add(record)
                if monotonic() >= due:
                    progress(counted.done, total, checker.records_read)
                    due = monotonic() + PROGRESS_EVERY
            progress(counted.done, total, checker.records_read)
    except OSError as exc:
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            raise EnvironmentProblem("The disk holding the temporary folder is full: the file was not imported.",
                                     "Free some space and import again.") from exc
        raise ImportFileError(f"the file cannot be read: {exc.strerror or exc}") from None
    return checker.finish()


def check_file(path: Path, fmt: str, today: dt.date, *, mapping: Path | str | ColumnMapping | None = None,
               progress: CheckProgress | None = None, encoding: str | None = None) -> CheckedFile:
    """Reads and checks the whole file; nothing is written. Raises ImportFileError for an unusable file.

    `fmt` is one of `FORMATS`; `mapped` needs `mapping` (a mapping file). `encoding` is the file's text encoding
    (UTF-8 unless named; JSON is always UTF-8). `progress`, if given, is called at most every PROGRESS_EVERY
    seconds while the file is read, and once at its end."""
    reader = reader_for(fmt, mapping, encoding)
    with _open(path) as stream:
        store = FileStore()
        try:
            return CheckedFile(check_stream(stream, reader, today, store, progress), store, reader.renumber)
        except BaseException:
            store.close()
            raise


def read_plan(path: Path, fmt: str, today: dt.date, *, mapping: Path | str | ColumnMapping | None = None,
              encoding: str | None = None) -> ImportPlan:
    """The whole file checked and its good returns built in memory (for a file known to be small)."""
    reader = reader_for(fmt, mapping, encoding)
    with _open(path) as stream:
        store = MemoryStore()
        result = check_stream(stream, reader, today, store)
    built = {ret.rma_number: ret for ret in whole_returns(store, result, reader.renumber)}
    return ImportPlan(tuple(built[name] for name in result.accepted), result.rejected, result.problems,
                      result.records_read)


def _counting(returns: Iterable[Return], total: int, progress: WriteProgress) -> Iterator[Return]:
    done, due = 0, monotonic() + PROGRESS_EVERY
    for ret in returns:
        yield ret
        done += 1
        if monotonic() >= due:
            progress(done, total)
            due = monotonic() + PROGRESS_EVERY
    progress(done, total)


def apply_checked(checked: CheckedFile, uow: UnitOfWork, at: dt.datetime,
                  progress: WriteProgress | None = None) -> ImportReport:
    result = checked.result
    added = updated = 0
    if result.accepted:
        returns = checked.returns()
        if progress is not None:
            returns = _counting(returns, len(result.accepted), progress)
        # One transaction, written a batch at a time: either every good return lands or (on a database error) none.
        outcome = upsert_returns(UpsertReturns(returns, IMPORT_SOURCE, at), uow)
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
