"""`inspector import-rmas FILE`: returns to expect, from a CSV or JSON file (see docs/import-format.md).

Exit codes: 0 every return imported; 1 some returns rejected (the good ones were imported whole);
2 the file (or the database) could not be used at all, and nothing was written.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path
from typing import Any

from inspector.errors import EnvironmentProblem
from inspector.importing import ImportFileError, ImportPlan, ImportReport, apply_plan, format_for, read_plan
from inspector.importing.import_file import FORMATS
from inspector.paths import resolve_paths
from inspector.settings import site_policy
from inspector.storage.database import Database
from inspector.usecases.unit_of_work import UnitOfWork

EXIT_OK, EXIT_SOME_REJECTED, EXIT_UNUSABLE = 0, 1, 2


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "import-rmas", help="import returns to expect from a CSV or JSON file",
        description="Check every field of every return in FILE, then import all good returns in one transaction "
                    "(new RMA numbers are added, known ones updated in place). A return with any bad row is "
                    "not imported at all. Format: docs/import-format.md. Exit code 0 all imported, 1 some "
                    "returns rejected, 2 file or database unusable (nothing written).")
    parser.add_argument("file", type=Path, metavar="FILE")
    parser.add_argument("--format", choices=FORMATS, help="default: from the file name's extension")
    parser.add_argument("--json", action="store_true", help="print the outcome as JSON (for scripts)")
    parser.set_defaults(func=run)


def _summary(report: ImportReport, path: Path) -> str:
    plan = report.plan
    lines = [f"Read {plan.records_read} record(s) from {path.name}: "
             f"{len(plan.returns) + len(plan.rejected)} return(s)."]
    if plan.returns:
        lines.append(f"Imported {len(plan.returns)} return(s): {report.added} added, {report.updated} updated.")
    else:
        lines.append("Imported nothing.")
    if plan.problems:
        rejected = ", ".join(plan.rejected) if plan.rejected else "none"
        lines.append(f"Rejected {len(plan.rejected)} return(s), not imported at all: {rejected}.")
        lines.append(f"{len(plan.problems)} problem(s):")
        lines.extend(f"  {problem.describe()}" for problem in plan.problems)
    return "\n".join(lines)


def _as_json(report: ImportReport, path: Path) -> dict[str, Any]:
    plan = report.plan
    return {"file": str(path), "ok": report.all_good, "records_read": plan.records_read,
            "imported": [r.rma_number for r in plan.returns], "added": report.added, "updated": report.updated,
            "rejected": list(plan.rejected), "problems": [p.to_json() for p in plan.problems]}


def _fail(args: argparse.Namespace, message: str) -> int:
    if args.json:
        print(json.dumps({"file": str(args.file), "ok": False, "error": message, "imported": []}))
    else:
        print(f"Nothing imported: {message}", file=sys.stderr)
    return EXIT_UNUSABLE


def _apply(args: argparse.Namespace, plan: ImportPlan, at: dt.datetime) -> ImportReport:
    paths = resolve_paths(args.data_dir)
    database = Database.open_sqlite(paths.database)
    try:
        return apply_plan(plan, UnitOfWork(database, site_policy(paths)), at)
    finally:
        database.dispose()


def run(args: argparse.Namespace) -> int:
    path: Path = args.file
    at = dt.datetime.now(dt.timezone.utc)
    try:
        # The whole file is read and checked before the database is even opened.
        plan = read_plan(path, format_for(path, args.format), at.date())
    except ImportFileError as exc:
        return _fail(args, f"{path.name}: {exc}")
    try:
        report = _apply(args, plan, at) if plan.returns else ImportReport(plan, 0, 0)
    except EnvironmentProblem as exc:
        return _fail(args, str(exc))
    if args.json:
        print(json.dumps(_as_json(report, path), ensure_ascii=False, indent=2))
    else:
        print(_summary(report, path))
    return EXIT_OK if report.all_good else EXIT_SOME_REJECTED
