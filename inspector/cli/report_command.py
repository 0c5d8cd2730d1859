"""`inspector report --date YYYY-MM-DD [--station S] [--lang CODE] -o FILE.pdf`: the end-of-day PDF.

`--lang` is the report's language (`inspector --lang vi report ...` says the same); English when not given."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from inspector.cli.export_command import iso_day
from inspector.domain.policy import PolicyError
from inspector.errors import EnvironmentProblem
from inspector.languages import UnknownLanguage, known_list, language_code
from inspector.paths import resolve_paths
from inspector.settings import site_policy
from inspector.storage.database import Database
from inspector.usecases.site_status import site_status

EXIT_OK, EXIT_FAILED = 0, 2


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "report", help="write the end-of-day PDF (totals, money per currency, throughput, charts, exceptions)",
        description="Write the end-of-day report of the item inspections completed on DATE, the site's day from "
                    "local midnight to midnight (the policy's time_zone, else this computer's zone): "
                    "totals by grade, disposition and reason (stated beside found), deductions and refunds per "
                    "currency, throughput per inspector, charts, most returned SKUs, damage by carrier and "
                    "packaging, every exception (with its photos, from this data folder's photo store), and a "
                    "sign-off block. Its totals equal `inspector export`'s.")
    parser.add_argument("--date", required=True, type=iso_day, metavar="YYYY-MM-DD", help="the site's day")
    # dest differs from the global --station (the station this bench runs as): this one only filters the report.
    parser.add_argument("--station", dest="report_station", metavar="S", default=None,
                        help="only this station (default: every station in the database; on a supervisor desk the "
                             "whole site, as of its last sync)")
    parser.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.pdf")
    # SUPPRESS: when not given here, the global `inspector --lang CODE report` (the same dest) stands.
    parser.add_argument("--lang", default=argparse.SUPPRESS, metavar="CODE",
                        help=f"the report's language (default English): {known_list()}")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    try:
        lang = language_code(getattr(args, "lang", None))
    except UnknownLanguage as exc:
        print(f"Report failed: {exc}. Choose one with --lang.", file=sys.stderr)
        return EXIT_FAILED
    paths = resolve_paths(args.data_dir)
    if not paths.database.exists():
        print(f"Report failed: no bench database at {paths.database}. Check --data-dir.", file=sys.stderr)
        return EXIT_FAILED
    if args.output.is_dir() or not args.output.parent.is_dir():
        print(f"Report failed: {args.output} is not a file in an existing folder. Choose another path with -o.",
              file=sys.stderr)
        return EXIT_FAILED
    from inspector.reports.day_pdf import SiteNotes, build_day_report   # ReportLab only when a report is asked for
    from inspector.domain.code_words import PolicyLabels
    from inspector.reports.photo_cells import bench_photos
    database = site = None
    try:
        policy = site_policy(paths)
        zone = policy.zone
        # A supervisor desk holds every station's records: the report says as of when (None on a plain bench).
        site = site_status(paths.data_dir, zone)
        database = Database.open_sqlite(paths.database)
        result = build_day_report(database, args.date, args.output, station=args.report_station, zone=zone,
                                  notes=SiteNotes(as_of=site.said) if site else None, lang=lang,
                                  labels=PolicyLabels.of(policy), photos=bench_photos(paths.database))
    except (EnvironmentProblem, OSError, PolicyError) as exc:
        print(f"Report failed: {exc}", file=sys.stderr)
        return EXIT_FAILED
    finally:
        if database is not None:
            database.dispose()
    print(f"Wrote {args.output}: {result.items} item inspection(s) in {result.parcels} parcel(s), "
          f"{result.exceptions} exception(s), {result.pages} page(s)." + (f" Copies of the {site}." if site else ""))
    return EXIT_OK
