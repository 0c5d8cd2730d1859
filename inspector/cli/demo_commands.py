"""`inspector demo` (generated history) and `inspector demo-sheet` (the printable demo barcodes)."""
from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from inspector.demo import load_demo_data
from inspector.demo.demo_sheet import all_barcodes, build_demo_sheet
from inspector.demo.history import DEFAULT_OUTBOX_STATUS, HistoryCounts, HistoryOptions, generate_history
from inspector.errors import EnvironmentProblem
from inspector.paths import resolve_paths
from inspector.settings import site_policy
from inspector.storage.database import Database

EXIT_OK, EXIT_FAILED = 0, 2


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return value


def register(subparsers: argparse._SubParsersAction) -> None:
    demo = subparsers.add_parser(
        "demo", help="fill the database with generated history (demo, benchmarks)",
        description="Load the demo operators and returns if missing, then add N parcels received over the last D "
                    "days with 1-4 completed item inspections each: several carriers, currencies, grades, damage, "
                    "operators and exceptions, every amount computed by the bench's own rules. Progress goes to "
                    "stderr.")
    demo.add_argument("--parcels", type=_positive, required=True, metavar="N")
    demo.add_argument("--days", type=_positive, default=30, metavar="D", help="default 30")
    demo.add_argument("--seed", type=int, default=1, metavar="S", help="same seed, same history (default 1)")
    demo.add_argument("--outbox", choices=("sent", "pending"), default=DEFAULT_OUTBOX_STATUS,
                      help="status of the generated outbox rows; 'pending' makes the sync push them "
                           f"(default {DEFAULT_OUTBOX_STATUS})")
    demo.set_defaults(func=run_demo)

    sheet = subparsers.add_parser(
        "demo-sheet", help="print the demo barcodes (badges, parcels, items, commands) as an A4 PDF",
        description="Write an A4 PDF with every barcode needed to walk the bench with a real scanner.")
    sheet.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    sheet.set_defaults(func=run_demo_sheet)


def _progress(counts: HistoryCounts, seconds: float) -> None:
    rate = counts.items / seconds if seconds else 0.0
    print(f"demo: {counts.parcels} parcels, {counts.items} item inspections, {seconds:.1f} s "
          f"({rate:,.0f} items/s)", file=sys.stderr, flush=True)


def run_demo(args: argparse.Namespace) -> int:
    paths = resolve_paths(args.data_dir)
    database = None
    try:
        load_demo_data(paths)
        database = Database.open_sqlite(paths.database)
        options = HistoryOptions(parcels=args.parcels, days=args.days, seed=args.seed, outbox_status=args.outbox)
        counts = generate_history(database, site_policy(paths), options, dt.datetime.now(dt.timezone.utc),
                                  _progress)
    except EnvironmentProblem as exc:
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
        sections = build_demo_sheet(args.output, site_policy(resolve_paths(args.data_dir)))
    except OSError as exc:
        print(f"Demo sheet not written: {args.output}: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_FAILED
    print(f"Wrote {sum(1 for _ in all_barcodes(sections))} demo barcodes to {args.output}.")
    return EXIT_OK
