"""`inspector support-bundle [-o FILE.zip]`: packs this bench's logs (rotated ones too), settings files, crash
reports and `inspector doctor --json` into one zip for support, with tokens, PINs and passwords removed. Never the
database, never photos.

Exit codes: 0 written; 2 not written (no data folder, a full disk, a folder that is not there or not writable).
"""
from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from inspector.errors import EnvironmentProblem
from inspector.paths import resolve_paths

EXIT_OK, EXIT_NOT_WRITTEN = 0, 2


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("support-bundle", help="pack logs, settings and doctor output for support, "
                                                          "tokens and PINs removed",
                                   description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("-o", "--output", type=Path, metavar="FILE.zip",
                        help="where to write it (default: inspector-support-<time>.zip in this folder)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from inspector.support.bundle import build_support_bundle
    dest = args.output or Path(f"inspector-support-{dt.datetime.now():%Y%m%d-%H%M%S}.zip")
    try:
        bundle = build_support_bundle(resolve_paths(args.data_dir), dest.expanduser())
    except EnvironmentProblem as exc:
        print(f"inspector support-bundle: {exc}", file=sys.stderr)
        return EXIT_NOT_WRITTEN
    print(f"Support bundle written to {bundle.path} ({bundle.size:,} bytes, {len(bundle.members)} files). Tokens, "
          "PINs and passwords were removed; the database and photos are not in it.")
    return EXIT_OK
