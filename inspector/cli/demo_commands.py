"""`inspector demo` (generated history) and `inspector demo-sheet` (the printable demo barcodes)."""
from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Callable
from pathlib import Path

from inspector.demo import load_demo_data
from inspector.demo.demo_sheet import all_barcodes, build_demo_sheet
from inspector.demo.history import (DEFAULT_OUTBOX_STATUS, HistoryCounts, HistoryOptions, HistoryStopped,
                                    generate_history)
from inspector.domain.policy import PolicyError
from inspector.errors import EnvironmentProblem
from inspector.languages import UnknownLanguage, known_list, language_code
from inspector.paths import resolve_paths
from inspector.settings import SettingsError, running_settings, site_policy
from inspector.storage.database import Database

EXIT_OK, EXIT_FAILED = 0, 2


MAX_PARCELS = 5_000_000   # a run's receipt times are held in memory; run again to add more
MAX_DAYS = 3650           # older receipts would fall before any return window worth showing


def _whole(low: int, high: int) -> Callable[[str], int]:
    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
        if value < low:
            raise argparse.ArgumentTypeError(f"must be {low} or more")
        if value > high:
            raise argparse.ArgumentTypeError(f"must be {high:,} or fewer")
        return value
    return parse


def register(subparsers: argparse._SubParsersAction) -> None:
    demo = subparsers.add_parser(
        "demo", help="fill the database with generated history (demo, benchmarks)",
        description="Load the demo operators and returns if missing, then add N parcels received over the last D "
                    "days with 1-4 completed item inspections each: several carriers, currencies, grades, damage, "
                    "operators and exceptions, every amount computed by the bench's own rules. History to be sent "
                    "(--outbox pending) is all this station's (`inspector --station NAME demo`, $INSPECTOR_STATION, "
                    "else the station settings). Parcels go in whole, 5000 to a transaction: a run stopped part-way "
                    "keeps whole parcels only. Progress goes to stderr.")
    demo.add_argument("--parcels", type=_whole(1, MAX_PARCELS), required=True, metavar="N",
                      help=f"1 to {MAX_PARCELS:,} (run again to add more)")
    demo.add_argument("--days", type=_whole(1, MAX_DAYS), default=30, metavar="D",
                      help=f"1 to {MAX_DAYS}, default 30")
    demo.add_argument("--seed", type=int, default=1, metavar="S", help="same seed, same history (default 1)")
    demo.add_argument("--outbox", choices=("sent", "pending"), default=DEFAULT_OUTBOX_STATUS,
                      help="status of the generated outbox rows; 'pending' makes the sync push them "
                           f"(default {DEFAULT_OUTBOX_STATUS})")
    demo.set_defaults(func=run_demo)

    sheet = subparsers.add_parser(
        "demo-sheet", help="print the demo barcodes (badges, parcels, items, commands) as an A4 PDF",
        description="Write an A4 PDF with every barcode needed to walk the bench with a real scanner.")
    sheet.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    # SUPPRESS: when not given here, the global `inspector --lang CODE demo-sheet` (the same dest) stands.
    sheet.add_argument("--lang", default=argparse.SUPPRESS, metavar="CODE",
                       help=f"language of the sheet's words (default English): {known_list()}")
    sheet.set_defaults(func=run_demo_sheet)


def _progress(counts: HistoryCounts, seconds: float) -> None:
    rate = counts.items / seconds if seconds else 0.0
    print(f"demo: {counts.parcels} parcels, {counts.items} item inspections, {seconds:.1f} s "
          f"({rate:,.0f} items/s)", file=sys.stderr, flush=True)


def run_demo(args: argparse.Namespace) -> int:
    paths = resolve_paths(args.data_dir)
    database = None
    try:
        # History to be sent belongs to the station this bench syncs as: the same rule as the window and `sync`.
        station = running_settings(paths, getattr(args, "station", None)).station
        policy = site_policy(paths)
        load_demo_data(paths)
        database = Database.open_sqlite(paths.database)
        options = HistoryOptions(parcels=args.parcels, days=args.days, seed=args.seed, outbox_status=args.outbox,
                                 station=station)
        counts = generate_history(database, policy, options, dt.datetime.now(dt.timezone.utc), _progress)
    except HistoryStopped as exc:
        done = exc.written.parcels
        print(f"Demo history stopped: {exc} {done} of {args.parcels} parcels are in, each whole with its items; "
              f"run `inspector demo --parcels {args.parcels - done}` to add the rest.", file=sys.stderr)
        return EXIT_FAILED
    except (EnvironmentProblem, SettingsError, PolicyError) as exc:
        print(f"Demo history not written: {exc}", file=sys.stderr)
        return EXIT_FAILED
    finally:
        if database is not None:
            database.dispose()
    print(f"Added {counts.parcels} parcels ({counts.returns} returns) with {counts.items} completed item "
          f"inspections to {paths.database}.")
    return EXIT_OK


def run_demo_sheet(args: argparse.Namespace) -> int:
    try:
        lang = language_code(getattr(args, "lang", None))
    except UnknownLanguage as exc:
        print(f"Demo sheet not written: {exc}. Choose one with --lang.", file=sys.stderr)
        return EXIT_FAILED
    try:
        sections = build_demo_sheet(args.output, site_policy(resolve_paths(args.data_dir)), lang=lang)
    except OSError as exc:
        print(f"Demo sheet not written: {args.output}: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_FAILED
    except PolicyError as exc:   # the site's policy file in the data dir cannot be used
        print(f"Demo sheet not written: {exc}", file=sys.stderr)
        return EXIT_FAILED
    print(f"Wrote {sum(1 for _ in all_barcodes(sections))} demo barcodes to {args.output}.")
    return EXIT_OK
