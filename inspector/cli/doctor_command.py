"""`inspector doctor [--json]`: checks the bench (station settings, database integrity and schema, the outbox and
what is stuck in it, free disk, the label printer, the hub, the newest backup) and says what to do about each
finding. It changes nothing: the database is opened read-only and never migrated.

Exit codes: 0 nothing failed (warnings may be listed); 1 at least one check failed.
"""
from __future__ import annotations

import argparse
import json

from inspector.paths import resolve_paths

EXIT_OK, EXIT_FAILED = 0, 1


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("doctor", help="check this bench and say what to do about each problem",
                                   description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--json", action="store_true",
                        help='print {"ok": bool, "checks": [{"name", "status" (ok|warn|fail), "found", '
                             '"what_to_do"}]}')
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from inspector.support.doctor import run_doctor
    report = run_doctor(resolve_paths(args.data_dir))
    if args.json:
        print(json.dumps(report.to_json(), indent=2, ensure_ascii=False))
    else:
        print("\n".join(report.lines()))
        print("Some checks failed: see what to do above." if report.failed else "Nothing failed.")
    return EXIT_FAILED if report.failed else EXIT_OK
