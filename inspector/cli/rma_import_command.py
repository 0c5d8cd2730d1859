"""`inspector import-rmas FILE`: returns to expect, from our CSV or JSON, a source's own format (`--source`) or any
CSV through a mapping file (`--mapping`); see docs/import-format.md.

Exit codes: 0 every return imported; 1 some returns rejected (the good ones were imported whole);
2 the file (or the database) could not be used at all, and nothing was written.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path
from typing import Any, TextIO

from inspector.cli.import_progress import ProgressLine
from inspector.errors import EnvironmentProblem
from inspector.importing import CheckedFile, ImportFileError, ImportReport, apply_checked, check_file, format_for
from inspector.importing.sources import SOURCES
from inspector.paths import resolve_paths
from inspector.settings import site_policy
from inspector.storage.database import Database
from inspector.usecases.unit_of_work import UnitOfWork

EXIT_OK, EXIT_SOME_REJECTED, EXIT_UNUSABLE = 0, 1, 2


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "import-rmas", help="import returns to expect from a file (ours, Amazon, AfterShip, Shopify, any CSV)",
        description="Check every field of every return in FILE, then import all good returns in one transaction "
                    "(new RMA numbers are added, known ones updated in place). A return with any bad row is "
                    "not imported at all. Formats: docs/import-format.md. Exit code 0 all imported, 1 some "
                    "returns rejected, 2 file or database unusable (nothing written).")
    parser.add_argument("file", type=Path, metavar="FILE")
    add_source_options(parser)
    parser.add_argument("--json", action="store_true", help="print the outcome as JSON (for scripts)")
    parser.add_argument("--progress", action=argparse.BooleanOptionalAction, default=None,
                        help="show progress on stderr (default: when stderr is a terminal)")
    parser.set_defaults(func=run)


def add_source_options(parser: argparse.ArgumentParser) -> None:
    """What the file is and how it is written (shared with `inspector hub import-rmas`)."""
    kind = parser.add_mutually_exclusive_group()
    kind.add_argument("--format", choices=("csv", "json"), help="our own format; default: from the file name")
    kind.add_argument("--source", choices=SOURCES, help="a source's own format: Amazon's returns report (TSV), "
                                                        "AfterShip or Shopify return objects (JSON)")
    kind.add_argument("--mapping", type=Path, metavar="MAPPING",
                      help="any CSV, read through this mapping file (field,column,default)")
    parser.add_argument("--encoding", help="the file's text encoding if not UTF-8 (e.g. cp1252); CSV and TSV only")


def format_of(args: argparse.Namespace) -> str:
    """The format named by `add_source_options`' options (ImportFileError if the file name must tell and can't)."""
    if args.mapping is not None:
        return "mapped"
    return args.source or format_for(args.file, args.format)


def _summary(report: ImportReport, path: Path) -> str:
    lines = [f"Read {report.records_read} record(s) from {path.name}: "
             f"{len(report.imported) + len(report.rejected)} return(s)."]
    if report.imported:
        lines.append(f"Imported {len(report.imported)} return(s): {report.added} added, {report.updated} updated.")
    else:
        lines.append("Imported nothing.")
    if report.rejected:
        lines.append(f"Rejected {len(report.rejected)} return(s), not imported at all: {', '.join(report.rejected)}.")
    unowned = sum(1 for problem in report.problems if problem.rma_number is None)
    if unowned:
        lines.append(f"Left out {unowned} record(s) whose RMA number cannot be read: they belong to no return.")
    if report.problems:
        lines.append(f"{len(report.problems)} problem(s):")
        lines.extend(f"  {problem.describe()}" for problem in report.problems)
    return "\n".join(lines)


def _as_json(report: ImportReport, path: Path) -> dict[str, Any]:
    return {"file": str(path), "ok": report.all_good, "records_read": report.records_read,
            "imported": list(report.imported), "added": report.added, "updated": report.updated,
            "rejected": list(report.rejected), "problems": [p.to_json() for p in report.problems]}


def _emit(text: str, stream: TextIO | None = None) -> None:
    """Prints the outcome even where the terminal or pipe cannot show every character of it (a Windows code page
    and a Chinese description): escaped there, rather than a traceback after the import has been done."""
    stream = stream or sys.stdout
    try:
        print(text, file=stream)
    except UnicodeEncodeError:
        encoding = getattr(stream, "encoding", None) or "ascii"
        print(text.encode(encoding, "backslashreplace").decode(encoding), file=stream)


def _json_text(document: dict[str, Any], indent: int | None = None) -> str:
    text = json.dumps(document, ensure_ascii=False, indent=indent)
    try:
        text.encode(getattr(sys.stdout, "encoding", None) or "utf-8")
    except (UnicodeEncodeError, LookupError):
        return json.dumps(document, ensure_ascii=True, indent=indent)   # the same JSON, its text escaped
    return text


def _fail(args: argparse.Namespace, message: str, shown: ProgressLine | None = None) -> int:
    if shown:
        shown.done()
    if args.json:
        _emit(_json_text({"file": str(args.file), "ok": False, "error": message, "imported": []}))
    else:
        _emit(f"Nothing imported: {message}", sys.stderr)
    return EXIT_UNUSABLE


def _apply(args: argparse.Namespace, checked: CheckedFile, at: dt.datetime,
           shown: ProgressLine | None) -> ImportReport:
    paths = resolve_paths(args.data_dir)
    database = Database.open_sqlite(paths.database)
    try:
        return apply_checked(checked, UnitOfWork(database, site_policy(paths)), at,
                             shown.writing if shown else None)
    finally:
        database.dispose()


def run(args: argparse.Namespace) -> int:
    path: Path = args.file
    at = dt.datetime.now(dt.timezone.utc)
    shown = ProgressLine.for_stderr(path.name, args.progress)
    try:
        # The whole file is read and checked before the database is even opened.
        checked = check_file(path, format_of(args), at.date(), mapping=args.mapping, encoding=args.encoding,
                             progress=shown.checking if shown else None)
    except ImportFileError as exc:
        return _fail(args, f"{path.name}: {exc}", shown)
    except EnvironmentProblem as exc:
        return _fail(args, str(exc), shown)
    with checked:
        result = checked.result
        try:
            report = (_apply(args, checked, at, shown) if result.accepted else
                      ImportReport((), result.rejected, result.problems, result.records_read, 0, 0))
        except EnvironmentProblem as exc:
            return _fail(args, str(exc), shown)
    if shown:
        shown.done()
    if args.json:
        _emit(_json_text(_as_json(report, path), indent=2))
    else:
        _emit(_summary(report, path))
    return EXIT_OK if report.all_good else EXIT_SOME_REJECTED
