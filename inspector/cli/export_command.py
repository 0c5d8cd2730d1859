"""`inspector export --date YYYY-MM-DD --format csv -o FILE`: one row per item inspection completed that day."""
from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from inspector.errors import EnvironmentProblem
from inspector.exporting import FORMATS, ExportWriteError, export_day
from inspector.paths import resolve_paths
from inspector.storage.database import Database

EXIT_OK, EXIT_FAILED = 0, 2


def _iso_day(text: str) -> dt.date:
    try:
        if len(text) != 10:
            raise ValueError
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date written YYYY-MM-DD") from None


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "export", help="export one day's completed item inspections (CSV or JSON)",
        description="Write one row per item inspection completed on DATE, with every field: inspection, parcel, "
                    "return, return line, findings (CSV: code:amount;...), operator badge and name, station, "
                    "times. The day runs 00:00 to 24:00 UTC and all times are written in UTC (ISO 8601). Money "
                    "is exact decimal text. CSV cells that a spreadsheet would run as a formula (starting with "
                    "= + - @, tab or CR) get a leading apostrophe. The file is written whole or not at all.")
    parser.add_argument("--date", required=True, type=_iso_day, metavar="YYYY-MM-DD", help="the UTC day")
    parser.add_argument("--format", choices=FORMATS, default="csv")
    parser.add_argument("-o", "--output", required=True, type=Path, metavar="FILE")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    paths = resolve_paths(args.data_dir)
    if not paths.database.exists():
        # Opening would create an empty database; exporting from nothing is a wrong --data-dir, not "0 rows".
        print(f"Export failed: no bench database at {paths.database}. Check --data-dir.", file=sys.stderr)
        return EXIT_FAILED
    database = None
    try:
        database = Database.open_sqlite(paths.database)
        count = export_day(database, args.date, args.format, args.output)
    except (ExportWriteError, EnvironmentProblem) as exc:
        print(f"Export failed: {exc}", file=sys.stderr)
        return EXIT_FAILED
    finally:
        if database is not None:
            database.dispose()
    print(f"Exported {count} item inspection(s) completed on {args.date.isoformat()} (UTC) to {args.output}.")
    return EXIT_OK
