"""`inspector settings`: the administrator's station settings (name, hub URL, station token, TLS), without an editor.

The token is read from standard input, never from the command line (it would show in the process list), and is never
printed back.
"""
from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from urllib.parse import urlparse

from inspector.paths import resolve_paths
from inspector.settings import SettingsError, load_settings, save_settings


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("settings", help="show or change this station's settings (name, hub, token)")
    parser.add_argument("--set-station", metavar="NAME", help="the station name recorded on every record")
    parser.add_argument("--hub-url", metavar="URL", help="the hub this bench syncs with (https://...)")
    parser.add_argument("--hub-token-stdin", action="store_true",
                        help="read the station token (from `inspector hub add-station`) from standard input")
    tls = parser.add_mutually_exclusive_group()
    tls.add_argument("--verify-tls", dest="verify_tls", action="store_true", default=None)
    tls.add_argument("--no-verify-tls", dest="verify_tls", action="store_false",
                     help="do not check the hub's certificate (a test hub only)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    paths = resolve_paths(args.data_dir).ensure()
    try:
        settings = load_settings(paths)
    except SettingsError as exc:
        print(f"inspector settings: {exc}", file=sys.stderr)
        return 2
    changes: dict[str, object] = {}
    if args.set_station:
        changes["station"] = args.set_station.strip()
    if args.hub_url is not None:
        url = args.hub_url.strip()
        if url and urlparse(url).scheme not in ("http", "https"):
            print(f"inspector settings: {url!r} is not an http(s) URL", file=sys.stderr)
            return 2
        changes["hub_url"] = url or None
    if args.hub_token_stdin:
        token = sys.stdin.readline().strip()
        if not token:
            print("inspector settings: no token on standard input; nothing changed", file=sys.stderr)
            return 2
        changes["hub_token"] = token
    if args.verify_tls is not None:
        changes["verify_tls"] = args.verify_tls
    if changes:
        settings = dataclasses.replace(settings, **changes)
        save_settings(paths, settings)
    shown = {k: v for k, v in dataclasses.asdict(settings).items() if k != "hub_token"}
    shown["hub_token"] = "set" if settings.hub_token else None
    print(json.dumps(shown, indent=2, ensure_ascii=False))
    return 0
