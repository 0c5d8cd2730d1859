"""`inspector hub ...`: run the hub, issue station and integration tokens, load returns and policy, count what
arrived.

    inspector hub --db URL --host H --port P        serve (also `inspector hub serve ...`)
    inspector hub --photos DIR ...                  serve, keeping the benches' photos in DIR (without it, photo
                                                    uploads are refused and benches keep them until it has one)
    inspector hub --log-format json|text ...        serve, logging JSON lines or text (default: JSON unless
                                                    stderr is a terminal)
    inspector hub --forwarded-allow-ips IPS ...     serve behind a reverse proxy at these addresses (default
                                                    127.0.0.1): X-Forwarded-For/-Proto are believed from them only
    inspector hub add-station NAME --db URL         print a new station token once (only its hash is kept)
    inspector hub add-station NAME --site-view      a supervisor desk: may read every station's records (a known
                                                    station keeps its token; --no-site-view takes the right away)
    inspector hub add-integration NAME --db URL     print a new integration token once: the shop's ERP or returns
                                                    app pushes returns with it (POST /v1/returns), nothing else
    inspector hub import-rmas FILE --db URL         returns to expect, in the bench's import format, or a source's
                                                    own (--source amazon|aftership|shopify, --mapping FILE)
    inspector hub set-policy FILE --db URL          the policy benches pull (checked like the bench's own)
    inspector hub stats --db URL                    record counts per station, JSON
    inspector hub add-webhook NAME URL --db URL     post every step of every return to URL; prints its secret once
    inspector hub webhooks | remove-webhook NAME    what each webhook is owed; stop posting to one

Each action first brings the database to the newest hub schema (its migrations run; a database made by a newer hub
is refused), so a new hub version needs no separate upgrade step.
"""
from __future__ import annotations

import argparse
import datetime as dt
import importlib
import json
import sys
from pathlib import Path

from inspector.cli.rma_import_command import add_source_options, format_of
from inspector.errors import EnvironmentProblem
from inspector.hub.json_logging import LOG_FORMATS
from inspector.hub.request_log import FORWARDED_ALLOW_IPS
from inspector.hub.storage import DEFAULT_URL

HUB_ACTIONS = ("serve", "add-station", "add-integration", "import-rmas", "set-policy", "stats")
IMPORT_BATCH = 1000   # returns stored per transaction by import-rmas
# The site's actions, each in its own module: `add_arguments(parser)` adds its options to the hub's parser (names
# must not clash), `run(args, engine) -> int` runs it on the opened, migrated hub database.
SITE_ACTION_MODULES: dict[str, str] = {
    "add-operator": "inspector.cli.hub_team_commands",
    "import-operators": "inspector.cli.hub_team_commands",
    "deactivate-operator": "inspector.cli.hub_team_commands",
    "report": "inspector.cli.hub_day_commands",
    "export": "inspector.cli.hub_day_commands",
    "close-day": "inspector.cli.hub_day_commands",
    "closed-days": "inspector.cli.hub_day_commands",
    "add-webhook": "inspector.cli.hub_webhook_commands",
    "webhooks": "inspector.cli.hub_webhook_commands",
    "remove-webhook": "inspector.cli.hub_webhook_commands",
}


def _site_modules() -> list[str]:
    return list(dict.fromkeys(SITE_ACTION_MODULES.values()))


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("hub", help="the upstream hub: serve, add-station, add-integration, import-rmas, "
                                               "set-policy, stats",
                                   description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("action", nargs="?", default="serve", choices=HUB_ACTIONS + tuple(SITE_ACTION_MODULES))
    parser.add_argument("target", nargs="?", metavar="NAME|FILE",
                        help="station or integration name, or file, by action")
    parser.add_argument("--db", default=DEFAULT_URL,
                        help=f"SQLAlchemy URL (default {DEFAULT_URL}; PostgreSQL: postgresql+psycopg://...)")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8750)
    parser.add_argument("--replace", action="store_true",
                        help="add-station, add-integration: issue a new token for a known station or integration")
    parser.add_argument("--site-view", action=argparse.BooleanOptionalAction, default=None,
                        help="add-station: give the station the right to read every station's records (a supervisor "
                             "desk); on a known station this changes only the right and keeps its token (add "
                             "--replace for a new one). --no-site-view takes the right away")
    add_source_options(parser)   # import-rmas: --format, --source, --mapping, --encoding, as the bench's import
    parser.add_argument("--progress", action=argparse.BooleanOptionalAction, default=None,
                        help="import-rmas: show progress on stderr (default: when stderr is a terminal)")
    # One option for every action that touches the hub's photo folder (serve keeps photos there, a site action may
    # read them as args.photos): site action modules must not add it again.
    parser.add_argument("--photos", type=Path, metavar="DIR",
                        help="the hub's photo folder: serve keeps the benches' photos in DIR (made if missing); "
                             "without it the hub keeps none")
    parser.add_argument("--log-level", default="info", choices=("debug", "info", "warning", "error"))
    parser.add_argument("--log-format", default="auto", choices=LOG_FORMATS,
                        help="serve: json (one object per line), text, or auto (default): json unless stderr is a "
                             "terminal")
    parser.add_argument("--forwarded-allow-ips", default=FORWARDED_ALLOW_IPS, metavar="IPS",
                        help="serve: the reverse proxies whose X-Forwarded-For and X-Forwarded-Proto headers are "
                             f"believed, comma-separated addresses or networks, or * for any (default "
                             f"{FORWARDED_ALLOW_IPS}: a proxy on this machine)")
    for name in _site_modules():
        importlib.import_module(name).add_arguments(parser)
    parser.set_defaults(func=run)


def _needs_target(args: argparse.Namespace, what: str) -> None:
    if not args.target:
        raise SystemExit(f"inspector hub {args.action}: give the {what}")


def run(args: argparse.Namespace) -> int:
    # Imported here: `inspector --help` must not pay for FastAPI.
    from inspector.hub import stats
    from inspector.hub.storage import opened
    try:
        if args.action == "serve":
            from inspector.hub.server import serve
            serve(args.db, args.host, args.port, args.log_level, args.photos, log_format=args.log_format,
                  forwarded_allow_ips=args.forwarded_allow_ips)
            return 0
        with opened(args.db) as engine:
            if args.action in SITE_ACTION_MODULES:
                return int(importlib.import_module(SITE_ACTION_MODULES[args.action]).run(args, engine))
            if args.action == "add-station":
                _needs_target(args, "station name")
                return _add_station(engine, args)
            if args.action == "add-integration":
                _needs_target(args, "integration name")
                return _add_integration(engine, args)
            if args.action == "import-rmas":
                _needs_target(args, "file")
                return _import(engine, Path(args.target), args)
            if args.action == "set-policy":
                _needs_target(args, "file")
                return _set_policy(engine, Path(args.target))
            print(json.dumps(stats.record_counts(engine), indent=2, sort_keys=True))
            return 0
    except EnvironmentProblem as exc:
        print(str(exc), file=sys.stderr)
        return 2


def _add_station(engine, args: argparse.Namespace) -> int:  # type: ignore[no-untyped-def]
    """A new station (with its token), a new token for a known one (--replace), or only its site-view right."""
    from inspector.hub import stations
    try:
        if args.site_view is not None and not args.replace and stations.station_exists(engine, args.target):
            stations.set_site_view(engine, args.target, args.site_view)
            print(f"Station {args.target} {'may now' if args.site_view else 'may no longer'} read the site's "
                  "records; its token is unchanged.", file=sys.stderr)
            return 0
        token = stations.add_station(engine, args.target, replace=args.replace, site_view=args.site_view)
    except stations.StationError as exc:
        print(str(exc), file=sys.stderr)
        return 2
    print(token)
    desk = " It may read the site's records (a supervisor desk)." if args.site_view else ""
    print(f"Token for station {args.target}: shown once, only its hash is kept. Put it in the "
          f"station's settings (hub_token) or pass it to `inspector sync --token`.{desk}", file=sys.stderr)
    return 0


def _add_integration(engine, args: argparse.Namespace) -> int:  # type: ignore[no-untyped-def]
    from inspector.hub import integrations
    try:
        token = integrations.add_integration(engine, args.target, replace=args.replace)
    except integrations.IntegrationError as exc:
        print(str(exc), file=sys.stderr)
        return 2
    print(token)
    print(f"Token for integration {args.target}: shown once, only its hash is kept. The shop's system sends it as "
          "`Authorization: Bearer <token>` to POST and DELETE /v1/returns; it can do nothing else at the hub.",
          file=sys.stderr)
    return 0


def _import(engine, path: Path, args: argparse.Namespace) -> int:  # type: ignore[no-untyped-def]
    """The bench's own readers and checks (the hub serves only returns a bench would accept from a file), streamed:
    the file is checked whole first, its lines waiting in a temporary file, then the good returns are stored a
    batch at a time. Each batch is a transaction of its own; storing is idempotent, so an import cut short is simply
    run again."""
    from itertools import islice

    from inspector.cli.import_progress import ProgressLine
    from inspector.hub import feed
    from inspector.importing import ImportFileError, check_file
    shown = ProgressLine.for_stderr(path.name, args.progress)
    args.file = path   # where `format_of` looks for the file name
    try:
        fmt = format_of(args)
        now = dt.datetime.now(dt.timezone.utc)   # the command's clock: the hub's, for returns it is given
        checked = check_file(path, fmt, now.date(), mapping=args.mapping,
                             encoding=args.encoding, progress=shown.checking if shown else None)
    except ImportFileError as exc:
        if shown:
            shown.done()
        print(json.dumps({"file": str(path), "ok": False, "error": str(exc)}, ensure_ascii=False))
        return 2
    counts = dict.fromkeys(feed.OUTCOMES, 0)
    with checked:
        result, returns = checked.result, checked.returns()
        while batch := list(islice(returns, IMPORT_BATCH)):
            for outcome, count in feed.store_returns(engine, batch, source=f"import:{fmt}", now=now).counts().items():
                counts[outcome] += count
            if shown:
                shown.writing(sum(counts.values()), len(result.accepted))
    if shown:
        shown.done()
    print(json.dumps({"file": str(path), "ok": not result.problems, "records_read": result.records_read,
                      "stored": counts[feed.ADDED] + counts[feed.UPDATED], "added": counts[feed.ADDED],
                      "updated": counts[feed.UPDATED], "unchanged": counts[feed.UNCHANGED],
                      "rejected": list(result.rejected), "problems": [p.to_json() for p in result.problems]},
                     ensure_ascii=False, indent=2))
    return 0 if not result.problems else 1


def _set_policy(engine, path: Path) -> int:  # type: ignore[no-untyped-def]
    from inspector.domain.policy import PolicyError, policy_from_dict
    from inspector.hub import feed
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        policy_from_dict(data)   # a policy the bench would refuse must never reach a bench
    except (OSError, ValueError, PolicyError) as exc:
        print(f"Policy not stored: {exc}", file=sys.stderr)
        return 2
    version = feed.store_policy(engine, data)
    print(json.dumps({"file": str(path), "version": version}))
    return 0
