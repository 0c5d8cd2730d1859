"""`inspector sync --once [--hub URL --token TOKEN]`: push the outbox and pull returns and policy, print JSON.

Exit codes: 0 everything pending went up and the pulls succeeded; 1 an error stopped the pass (the JSON says which;
nothing is lost, the next pass resumes); 2 no hub configured or the bench database cannot be opened.
`--retry-rejected` first puts the records the hub set aside back in the queue; `--rejected` lists them.
"""
from __future__ import annotations

import argparse
import json
import logging
import os

from inspector.collector import tune_for_batches
from inspector.errors import EnvironmentProblem

TOKEN_ENV = "INSPECTOR_HUB_TOKEN"


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("sync", help="push records to the hub and pull returns and policy",
                                   description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--once", action="store_true", help="one full pass, then exit (the only mode for now)")
    parser.add_argument("--hub", metavar="URL", help="hub URL (default: hub_url in the station settings)")
    parser.add_argument("--token", metavar="TOKEN",
                        help=f"station token (default: ${TOKEN_ENV}, then hub_token in the station settings; "
                             "prefer those: a token on the command line shows in the process list)")
    parser.add_argument("--insecure", action="store_true", help="do not verify the hub's TLS certificate")
    parser.add_argument("--batch", type=int, default=1000, help="records per push (default 1000)")
    parser.add_argument("--timeout", type=float, default=15.0, help="seconds to wait for the hub (default 15)")
    parser.add_argument("--push-only", action="store_true")
    parser.add_argument("--pull-only", action="store_true")
    parser.add_argument("--retry-rejected", action="store_true", help="re-queue records the hub set aside")
    parser.add_argument("--rejected", action="store_true", help="list the records set aside, and exit")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from dataclasses import replace

    from inspector.paths import resolve_paths
    from inspector.settings import load_settings, site_policy
    from inspector.storage.database import Database
    from inspector.sync.engine import SyncConfig, SyncEngine
    from inspector.sync.redaction import protect_token

    token = args.token or os.environ.get(TOKEN_ENV)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    protect_token(token)   # after the handlers exist: the filter sits on them
    paths = resolve_paths(args.data_dir).ensure()
    try:
        settings = load_settings(paths)
        if args.insecure:
            settings = replace(settings, verify_tls=False)
        config = SyncConfig.from_settings(settings, args.hub, token, batch_size=max(1, args.batch),
                                          timeout=args.timeout)
        database = Database.open_sqlite(paths.database)
    except EnvironmentProblem as exc:
        print(json.dumps({"ok": False, "error": str(exc)}))
        return 2
    engine = SyncEngine(database, site_policy(paths), paths, config)
    tune_for_batches()
    try:
        if args.rejected:
            print(json.dumps({"rejected": engine.rejected()}, indent=2, ensure_ascii=False))
            return 0
        requeued = engine.retry_rejected() if args.retry_rejected else 0
        report = engine.run_once(push=not args.pull_only, pull=not args.push_only)
        if args.retry_rejected:
            report["requeued"] = requeued
        print(json.dumps(report, indent=2, ensure_ascii=False))
        return 0 if report["ok"] else 1
    finally:
        engine.close()
        database.dispose()
