"""`inspector sync --once [--hub URL --token TOKEN]`: push the outbox and pull returns and policy, print JSON.

Exit codes: 0 everything pending went up and the pulls succeeded; 1 an error stopped the pass (the JSON says which;
nothing is lost, the next pass resumes); 2 nothing was tried: no hub configured, or the settings, the policy, the bench
database or the data folder cannot be used. Errors are JSON on stdout ({"ok": false, "error": ...}), never a traceback.
`inspector --station NAME sync` (or $INSPECTOR_STATION) syncs as that station, as the window does.
`--retry-rejected` first puts the records the hub set aside back in the queue; `--rejected` lists them. Both count
the photos set aside too (a damaged file, refused by the hub 3 times). Photos go up after their records (chunks the
hub holds are not sent again); the JSON's "photos" says how many went, resumed, were refused and still wait.
"""
from __future__ import annotations

import argparse
import json
import logging
import math
import os
from collections.abc import Callable
from typing import Any

from inspector.collector import tune_for_batches
from inspector.errors import EnvironmentProblem
from inspector.settings import TOKEN_ENV



def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("sync", help="push records to the hub and pull returns and policy",
                                   description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--once", action="store_true", help="one full pass, then exit (the only mode for now)")
    parser.add_argument("--hub", metavar="URL", help="hub URL (default: hub_url in the station settings)")
    parser.add_argument("--token", metavar="TOKEN",
                        help=f"station token (default: ${TOKEN_ENV}, then hub_token in the station settings; "
                             "prefer those: a token on the command line shows in the process list)")
    parser.add_argument("--insecure", action="store_true", help="do not verify the hub's TLS certificate")
    parser.add_argument("--batch", type=_more_than_zero(int), default=1000, help="records per push (default 1000)")
    parser.add_argument("--timeout", type=_more_than_zero(float), default=15.0,
                        help="seconds to wait for the hub (default 15)")
    direction = parser.add_mutually_exclusive_group()
    direction.add_argument("--push-only", action="store_true")
    direction.add_argument("--pull-only", action="store_true")
    parser.add_argument("--retry-rejected", action="store_true",
                        help="re-queue records the hub set aside, and photos set aside")
    parser.add_argument("--rejected", action="store_true",
                        help="list the records and photos set aside, and exit")
    parser.set_defaults(func=run)


def _more_than_zero(kind: Callable[[str], Any]) -> Callable[[str], Any]:
    def parse(text: str) -> Any:
        try:
            value = kind(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{text!r} is not a number") from None
        if not (value > 0 and math.isfinite(value)):
            raise argparse.ArgumentTypeError(f"{text!r}: must be a number more than 0")
        return value
    return parse


def _fail(error: object, code: int) -> int:
    print(json.dumps({"ok": False, "error": str(error)}, ensure_ascii=False))
    return code


def run(args: argparse.Namespace) -> int:
    from dataclasses import replace

    from inspector.domain.policy import PolicyError
    from inspector.paths import resolve_paths
    from inspector.settings import SettingsError, running_settings, site_policy
    from inspector.storage.database import Database
    from inspector.sync import photo_upload
    from inspector.sync.engine import SyncConfig, SyncEngine
    from inspector.sync.redaction import protect_token

    token = args.token or os.environ.get(TOKEN_ENV)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    protect_token(token)   # after the handlers exist: the filter sits on them
    database = engine = None
    try:
        # Set-up: whatever fails here (no hub, settings or policy unreadable, database or data folder unusable) is
        # exit 2, with the reason in the JSON; nothing was touched.
        paths = resolve_paths(args.data_dir)
        try:
            paths.ensure()
        except OSError as exc:
            return _fail(f"The data folder {paths.data_dir} cannot be used: {exc.strerror or exc}. "
                         "Choose another folder with --data-dir.", 2)
        try:
            # `inspector --station NAME sync` (or $INSPECTOR_STATION) pushes as the station the window records as.
            settings = running_settings(paths, getattr(args, "station", None))
            if args.insecure:
                settings = replace(settings, verify_tls=False)
            config = SyncConfig.from_settings(settings, args.hub, token, batch_size=args.batch, timeout=args.timeout)
            policy = site_policy(paths)
            database = Database.open_sqlite(paths.database)
            engine = SyncEngine(database, policy, paths, config)
        except (EnvironmentProblem, SettingsError, PolicyError) as exc:
            return _fail(exc, 2)
        tune_for_batches()
        # The pass: an error stops it with exit 1; the rows stay as they were and the next pass resumes.
        try:
            if args.rejected:
                listed = {"rejected": engine.rejected(), "photos_set_aside": photo_upload.set_aside_list(engine)}
                print(json.dumps(listed, indent=2, ensure_ascii=False))
                return 0
            requeued = engine.retry_rejected() if args.retry_rejected else 0
            photos_requeued = photo_upload.retry_set_aside(engine) if args.retry_rejected else 0
            report = engine.run_once(push=not args.pull_only, pull=not args.push_only)
        except (EnvironmentProblem, PolicyError) as exc:
            return _fail(exc, 1)
        if args.retry_rejected:
            report["requeued"], report["photos_requeued"] = requeued, photos_requeued
        print(json.dumps(report, indent=2, ensure_ascii=False))
        return 0 if report["ok"] else 1
    finally:
        if engine is not None:
            engine.close()
        if database is not None:
            database.dispose()
