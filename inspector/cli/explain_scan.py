"""`inspector explain-scan TEXT`: show how the bench reads a scan, as JSON. For support and for label testing.

It reads as the bench does: with the returns in the data dir's bench database, when there is one (opened read-only:
never created, migrated or written), and the site policy's return number shapes.
"""
from __future__ import annotations

import argparse
import json
import sqlite3
import sys
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import create_engine
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.pool import NullPool

from inspector.domain.policy import PolicyError
from inspector.errors import EnvironmentProblem
from inspector.paths import resolve_paths
from inspector.scans import Expect, Known, ScanError, read_at_bench
from inspector.settings import site_policy
from inspector.usecases.scan_lookup import known_for_scan

EXIT_OK = 0
EXIT_BAD_SCAN = 2
EXIT_UNUSABLE = 2   # the site policy or the bench database cannot be read (the message is on stderr)


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "explain-scan",
        help="show how a scanned text is interpreted",
        description="Interpret TEXT as the bench would and print the result as JSON, with why it was read so "
                    "(\"why\"), the returns an order number offers (\"choices\") and the other readings "
                    "(\"alternatives\"). The returns of the data dir's bench are looked up read-only. "
                    "Type a GS1 group separator as <GS> or ^].",
    )
    parser.add_argument("text", metavar="TEXT", help="the scanned text")
    parser.add_argument("--expect", choices=[expect.value for expect in Expect],
                        help="the bench's phase: parcel (between parcels) or item (a parcel is open); it breaks ties "
                             "between valid readings, such as a known return's number that is also a SKU")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    expect = Expect(args.expect) if args.expect else None
    paths = resolve_paths(args.data_dir)
    try:
        scan = read_at_bench(args.text, expect, _returns_in(paths.database), site_policy(paths).return_numbers)
    except ScanError as error:
        _print_json(_error_json(error))
        return EXIT_BAD_SCAN
    except (PolicyError, EnvironmentProblem) as exc:
        print(f"inspector explain-scan: {exc}", file=sys.stderr)
        return EXIT_UNUSABLE
    _print_json({"ok": True, **scan.to_json()})
    return EXIT_OK


def _returns_in(database: Path) -> Callable[[str], Known]:
    """What the bench holds under a text, looked up only when the reading needs it; nothing without a database."""
    if not database.is_file():
        return lambda _text: Known.NOTHING
    # Read-only through SQLite's own URI (`Database.open_sqlite` would create and migrate). A bench database is in
    # WAL mode, so SQLite may add its empty -wal and -shm files beside it; the database file itself is never written.
    uri = f"{database.resolve().as_uri()}?mode=ro"

    def lookup(text: str) -> Known:
        engine = create_engine("sqlite://", creator=lambda: sqlite3.connect(uri, uri=True), poolclass=NullPool)
        try:
            with engine.connect() as connection:
                return known_for_scan(connection, text)
        except SQLAlchemyError as exc:
            raise EnvironmentProblem(f"The bench database {database} cannot be read: {getattr(exc, 'orig', exc)}.",
                                     "Check the data folder, or pass --data-dir.") from exc
        finally:
            engine.dispose()
    return lookup


def _error_json(error: ScanError) -> dict:
    result = {"ok": False, "reason": error.reason, "message": error.message, "raw": error.raw}
    if error.detail:
        result["detail"] = error.detail
    return result


def _print_json(payload: dict) -> None:
    print(json.dumps(payload, indent=2))
