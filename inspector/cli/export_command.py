"""`inspector export --date YYYY-MM-DD | --from D --to D [--station S] --format csv -o FILE`: one row per item
inspection completed that day or in that range."""
from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from inspector.domain.policy import PolicyError
from inspector.errors import EnvironmentProblem
from inspector.exporting import FORMATS, ExportWriteError, export_range
from inspector.exporting.day_rows import photo_hashes_between
from inspector.exporting.photo_copies import copy_photos
from inspector.paths import resolve_paths
from inspector.photos.store import PhotoStore
from inspector.settings import site_policy
from inspector.storage.database import Database
from inspector.usecases.site_status import site_status

EXIT_OK, EXIT_FAILED = 0, 2


def iso_day(text: str) -> dt.date:
    """`--date` and friends: a day written YYYY-MM-DD, else a clear usage error."""
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
                    "times. A day is the site's day, from local midnight to midnight (the policy's time_zone, else "
                    "this computer's zone); all times in the file are written in UTC (ISO 8601). Money "
                    "is exact decimal text. CSV cells that a spreadsheet would run as a formula (starting with "
                    "= + - @, tab or CR) get a leading apostrophe, and so does each such element of a list cell "
                    "(a;b;c), which a spreadsheet may split into cells. The file is written whole or not at all.")
    when = parser.add_mutually_exclusive_group(required=True)
    when.add_argument("--date", type=iso_day, metavar="YYYY-MM-DD", help="the site's day")
    when.add_argument("--from", dest="first_day", type=iso_day, metavar="YYYY-MM-DD",
                      help="first day of a range (with --to; both days included)")
    parser.add_argument("--to", dest="last_day", type=iso_day, metavar="YYYY-MM-DD", help="last day of a range")
    # dest differs from the global --station (the station this bench runs as): this one only filters the rows.
    parser.add_argument("--station", dest="export_station", metavar="S", default=None,
                        help="only this station's inspections (default: every station; on a supervisor desk the "
                             "whole site, as of its last sync)")
    parser.add_argument("--format", choices=FORMATS, default="csv")
    parser.add_argument("-o", "--output", required=True, type=Path, metavar="FILE")
    parser.add_argument("--photos", type=Path, metavar="DIR", default=None,
                        help="also place each exported item's photos in DIR as <sha256>.jpg, the names in the "
                             "photo_hashes column (hard links on the same disk, else copies)")
    parser.set_defaults(func=run)


def _range(args: argparse.Namespace) -> tuple[dt.date, dt.date] | str:
    if args.date is not None:
        if args.last_day is not None:
            return "--to goes with --from, not with --date."
        return args.date, args.date
    if args.last_day is None:
        return "--from needs --to (the last day of the range)."
    if args.last_day < args.first_day:
        return f"--to {args.last_day} is before --from {args.first_day}."
    return args.first_day, args.last_day


def _stderr_progress(done: int, total: int) -> None:
    print(f"export: {done:,} of {total:,}", file=sys.stderr, flush=True)


def run(args: argparse.Namespace) -> int:
    chosen = _range(args)
    if isinstance(chosen, str):
        print(f"Export failed: {chosen}", file=sys.stderr)
        return EXIT_FAILED
    first_day, last_day = chosen
    paths = resolve_paths(args.data_dir)
    if not paths.database.exists():
        # Opening would create an empty database; exporting from nothing is a wrong --data-dir, not "0 rows".
        print(f"Export failed: no bench database at {paths.database}. Check --data-dir.", file=sys.stderr)
        return EXIT_FAILED
    database = None
    try:
        zone = site_policy(paths).zone
        site = site_status(paths.data_dir, zone)   # a supervisor desk's copies: as of when
        database = Database.open_sqlite(paths.database)
        count = export_range(database, first_day, last_day, args.format, args.output, args.export_station,
                             _stderr_progress if last_day > first_day else None, zone)
        hashes = photo_hashes_between(database, first_day, last_day, args.export_station, zone) \
            if args.photos is not None else []
    except (ExportWriteError, EnvironmentProblem, PolicyError) as exc:
        print(f"Export failed: {exc}", file=sys.stderr)
        return EXIT_FAILED
    finally:
        if database is not None:
            database.dispose()
    period = (f"on {first_day.isoformat()}" if first_day == last_day
              else f"from {first_day.isoformat()} to {last_day.isoformat()}")
    print(f"Exported {count} item inspection(s) completed {period} ({zone.label(first_day)}) to {args.output}."
          + (f" Copies of the {site}." if site else ""))
    return EXIT_OK if args.photos is None else _place_photos(hashes, PhotoStore(paths.photos_dir), args.photos)


def _place_photos(hashes: list[str], store: PhotoStore, folder: Path) -> int:
    try:
        done = copy_photos(hashes, store, folder)
    except ExportWriteError as exc:
        print(f"Photos not copied: {exc} The export itself is complete.", file=sys.stderr)
        return EXIT_FAILED
    print(f"Placed {done.placed} photo(s) in {folder} ({done.linked} linked, {done.copied} copied, "
          f"{done.already} there already).")
    if done.missing:
        print(f"{done.missing} photo(s) are not at this bench yet; export again once they are.", file=sys.stderr)
    return EXIT_OK
