"""`import-rmas`: read a CSV or JSON file of returns, check everything, then upsert the good returns in one go."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from inspector.importing.assembly import ImportPlan, plan_import
from inspector.importing.csv_reader import read_csv
from inspector.importing.json_reader import read_json
from inspector.importing.problems import ImportFileError
from inspector.usecases.returns import UpsertReturns, upsert_returns
from inspector.usecases.unit_of_work import UnitOfWork

FORMATS = ("csv", "json")
IMPORT_SOURCE = "import"  # ReturnRow.source: where the bench learnt of the return


@dataclass(frozen=True)
class ImportReport:
    plan: ImportPlan
    added: int
    updated: int

    @property
    def all_good(self) -> bool:
        return not self.plan.problems


def format_for(path: Path, requested: str | None) -> str:
    if requested:
        return requested
    suffix = path.suffix.lower().lstrip(".")
    if suffix in FORMATS:
        return suffix
    raise ImportFileError(f"cannot tell the format from the name {path.name!r}; pass --format csv or --format json")


def read_plan(path: Path, fmt: str, today: dt.date) -> ImportPlan:
    """Reads and checks the whole file; nothing is written. Raises ImportFileError for an unusable file."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise ImportFileError(f"{path} does not exist") from None
    except IsADirectoryError:
        raise ImportFileError(f"{path} is a folder, not a file") from None
    except OSError as exc:
        raise ImportFileError(f"{path} cannot be read: {exc.strerror}") from None
    reader = read_csv if fmt == "csv" else read_json
    return plan_import(list(reader(data)), today)


def import_returns_file(path: Path, fmt: str | None, uow: UnitOfWork, at: dt.datetime) -> ImportReport:
    return apply_plan(read_plan(path, format_for(path, fmt), at.date()), uow, at)


def apply_plan(plan: ImportPlan, uow: UnitOfWork, at: dt.datetime) -> ImportReport:
    if not plan.returns:
        return ImportReport(plan, 0, 0)
    # One call, one transaction: either every good return lands or (on a database error) none does.
    result = upsert_returns(UpsertReturns(plan.returns, IMPORT_SOURCE, at), uow)
    return ImportReport(plan, result.added, result.updated)
