"""`inspector explain-scan TEXT`: show how the bench reads a scan, as JSON. For support and for label testing."""
from __future__ import annotations

import argparse
import json

from inspector.scans import Expect, ScanError, interpret

EXIT_OK = 0
EXIT_BAD_SCAN = 2


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "explain-scan",
        help="show how a scanned text is interpreted",
        description="Interpret TEXT as the bench would and print the result as JSON. "
                    "Type a GS1 group separator as <GS> or ^].",
    )
    parser.add_argument("text", metavar="TEXT", help="the scanned text")
    parser.add_argument("--expect", choices=[expect.value for expect in Expect],
                        help="what the bench is waiting for; only breaks ties between valid readings")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    expect = Expect(args.expect) if args.expect else None
    try:
        scan = interpret(args.text, expect)
    except ScanError as error:
        _print_json(_error_json(error))
        return EXIT_BAD_SCAN
    _print_json({"ok": True, **scan.to_json()})
    return EXIT_OK


def _error_json(error: ScanError) -> dict:
    result = {"ok": False, "reason": error.reason, "message": error.message, "raw": error.raw}
    if error.detail:
        result["detail"] = error.detail
    return result


def _print_json(payload: dict) -> None:
    print(json.dumps(payload, indent=2))
