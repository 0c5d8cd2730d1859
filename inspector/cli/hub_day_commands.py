"""`inspector hub report | export | close-day | closed-days`: the site's reports, written by the hub itself.

    inspector hub report --date D -o FILE.pdf [--station S] [--photos DIR]
                                                              the day as of now; a closed day's signed PDF as kept
    inspector hub report --date D --addendum -o FILE.pdf      a closed day's records that arrived after the signing
    inspector hub export --date D [--to D2] --format csv|json -o FILE [--station S]
    inspector hub close-day --date D [--by NAME] [--photos DIR] sign the day off: its report is kept, numbered
    inspector hub closed-days                                 the closed days, JSON

The same report and export code as a bench, on the hub's records (`inspector.hub.site_report`), from SQLite or
PostgreSQL. A day is the site's day in the hub policy's time zone. With `--photos DIR` (the hub's photo folder) the
exceptions show their photos, each one's thumbnail made into DIR/thumbs; a closed day's signed PDF keeps the photos
the hub held when it was signed.
"""
from __future__ import annotations

import argparse
import getpass
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine

from inspector.cli.export_command import iso_day
from inspector.errors import EnvironmentProblem

if TYPE_CHECKING:
    from inspector.reports.photo_cells import PhotoSource

EXIT_OK, EXIT_FAILED = 0, 2
ACTIONS = ("report", "export", "close-day", "closed-days")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    days = parser.add_argument_group("report, export (with --format csv|json), close-day, closed-days: the site's "
                                     "day, in the hub's policy")
    days.add_argument("--date", "--from", dest="site_day", type=iso_day, metavar="YYYY-MM-DD",
                      help="report, export, close-day: the site's day (export: the first of a range)")
    days.add_argument("--to", dest="site_last_day", type=iso_day, metavar="YYYY-MM-DD",
                      help="export: the last day of a range (both days included)")
    days.add_argument("--station", dest="site_station", metavar="S", default=None,
                      help="report, export: only this station (a closed day's report then is as of now, unsigned)")
    days.add_argument("-o", "--output", dest="site_output", type=Path, metavar="FILE",
                      help="report, export: the file to write (whole or not at all)")
    days.add_argument("--addendum", action="store_true",
                      help="report: the closed day's records that reached the hub after it was signed")
    days.add_argument("--by", dest="signed_by", metavar="NAME", help="close-day: who signs the day off "
                      "(default: this computer's user name)")
    # report, close-day: `--photos DIR` is the hub's own option (`inspector.cli.hub_commands`), read as args.photos.


def _fail(action: str, message: str) -> int:
    print(f"inspector hub {action}: {message}", file=sys.stderr)
    return EXIT_FAILED


def _output_problem(output: Path | None) -> str | None:
    if output is None:
        return "give the file to write with -o FILE."
    if output.is_dir() or not output.parent.is_dir():
        return f"{output} is not a file in an existing folder. Choose another path with -o."
    return None


def run(args: argparse.Namespace, engine: Engine) -> int:
    from inspector.hub import closing  # ReportLab only when a report is asked for
    action = args.action
    if action == "closed-days":
        from inspector.hub.site_report import hub_snapshot
        with hub_snapshot(engine) as conn:
            days = closing.list_closed_days(conn)
        print(json.dumps([d.to_json() for d in days], ensure_ascii=False, indent=2))
        return EXIT_OK
    if args.site_day is None:
        return _fail(action, "give the site's day with --date YYYY-MM-DD.")
    try:
        if action == "close-day":
            return _close(args, engine)
        problem = _output_problem(args.site_output)
        if problem:
            return _fail(action, problem)
        if action == "export":
            return _export(args, engine)
        return _report(args, engine)
    except closing.ClosingRefused as exc:
        return _fail(action, str(exc))
    except (EnvironmentProblem, OSError) as exc:
        return _fail(action, f"failed: {exc}")


def _close(args: argparse.Namespace, engine: Engine) -> int:
    from inspector.hub import closing
    signer = args.signed_by if args.signed_by is not None else _user()
    closed = closing.close_day(engine, args.site_day, signer, photos=_photos(args))
    print(json.dumps(closed.to_json(), ensure_ascii=False, indent=2))
    behind = ", ".join(s["station"] or "" for s in closed.stations_behind) or "none"
    print(f"Closed the site's day {closed.day.isoformat()} as report no. {closed.number}, signed by "
          f"{closed.signed_by} at {closed.signed_text()}. Stations not heard from since before its end: {behind}.",
          file=sys.stderr)
    if closed.time_zone == closing.LOCAL_ZONE:
        # The hub's computer is often a server in UTC while the benches keep the site's local day: the same date
        # may then be another 24 hours here than at the desks.
        print("Note: the site's policy names no time_zone, so this day was measured in the hub computer's own zone. "
              "Set \"time_zone\" (e.g. \"Europe/Bucharest\") in the policy and load it with `inspector hub "
              "set-policy` so the hub and every bench count the same day.", file=sys.stderr)
    return EXIT_OK


def _photos(args: argparse.Namespace) -> PhotoSource | None:
    from inspector.hub.site_report import hub_photos
    folder = getattr(args, "photos", None)
    if folder is not None and not Path(folder).is_dir():
        raise EnvironmentProblem(f"no photo folder at {folder}: check --photos DIR.")
    return hub_photos(folder)


def _user() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):   # no login name in a bare container
        return "administrator"


def _report(args: argparse.Namespace, engine: Engine) -> int:
    from inspector.hub import closing
    if args.addendum:
        if args.site_station:
            return _fail("report", "an addendum covers every station: leave out --station.")
        done = closing.write_addendum(engine, args.site_day, args.site_output, photos=_photos(args))
        assert done.result is not None and done.closed is not None
        print(f"Wrote {args.site_output}: the addendum to report no. {done.closed.number} of "
              f"{args.site_day.isoformat()}, {done.late} late record(s), {done.result.items} item inspection(s), "
              f"{done.result.pages} page(s).")
        return EXIT_OK
    done = closing.write_day_report(engine, args.site_day, args.site_output, args.site_station,
                                    photos=_photos(args))
    if done.result is None:
        assert done.closed is not None
        print(f"Wrote {args.site_output}: the signed report no. {done.closed.number} of "
              f"{args.site_day.isoformat()}, signed by {done.closed.signed_by} at {done.closed.signed_text()} "
              f"(SHA-256 {done.closed.report_sha256}). `--addendum` lists what arrived after.")
        return EXIT_OK
    r = done.result
    print(f"Wrote {args.site_output}: {r.items} item inspection(s) in {r.parcels} parcel(s), {r.exceptions} "
          f"exception(s), {r.pages} page(s); as of change {done.last_seq}, {done.late} late record(s) of closed "
          "days listed.")
    return EXIT_OK


def _export(args: argparse.Namespace, engine: Engine) -> int:
    from inspector.hub import closing
    first, last = args.site_day, args.site_last_day or args.site_day
    if last < first:
        return _fail("export", f"--to {last} is before --date {first}.")
    count, zone = closing.export_span(engine, first, last, args.format or "csv", args.site_output,
                                      args.site_station)
    period = f"on {first.isoformat()}" if first == last else f"from {first.isoformat()} to {last.isoformat()}"
    print(f"Exported {count} item inspection(s) completed {period} ({zone.label(first)}) to {args.site_output}.")
    return EXIT_OK
