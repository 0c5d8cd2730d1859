"""The hub's webhooks, for the administrator:

    inspector hub add-webhook NAME URL --db URL [--rotate]   print the new signing secret once; every step of every
                                                            return from now on is posted to URL (--rotate: a new
                                                            secret and URL for a known webhook, owed steps kept)
    inspector hub webhooks --db URL                         each webhook with what it is owed and its last error, JSON
    inspector hub remove-webhook NAME --db URL              stop posting to it; what it was owed is dropped

The receiver checks each post's `webhook-signature` with the secret (Standard Webhooks) and de-duplicates by
`webhook-id`: a step whose answer was lost is posted again.
"""
from __future__ import annotations

import argparse
import json
import sys

from sqlalchemy import Engine

from inspector.hub import webhooks

EXIT_OK, EXIT_REFUSED = 0, 1


def add_arguments(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("add-webhook NAME URL, webhooks, remove-webhook NAME")
    group.add_argument("url", nargs="?", metavar="URL", help="add-webhook: where the steps are posted")
    group.add_argument("--rotate", action="store_true",
                       help="add-webhook: a new secret (and this URL) for a known webhook")


def run(args: argparse.Namespace, engine: Engine) -> int:
    if args.action == "webhooks":
        print(json.dumps([w.to_json() for w in webhooks.list_webhooks(engine)], indent=2, ensure_ascii=False))
        return EXIT_OK
    if not args.target:
        print(f"inspector hub {args.action}: give the webhook's name", file=sys.stderr)
        return EXIT_REFUSED
    try:
        if args.action == "remove-webhook":
            dropped = webhooks.remove_webhook(engine, args.target)
            print(f"Webhook {args.target} removed; {dropped} steps it was still owed were dropped.", file=sys.stderr)
            return EXIT_OK
        if not args.url:
            print("inspector hub add-webhook: give the name and the URL", file=sys.stderr)
            return EXIT_REFUSED
        secret = webhooks.add_webhook(engine, args.target, args.url, rotate=args.rotate)
    except webhooks.WebhookError as exc:
        print(f"Not done: {exc}.", file=sys.stderr)
        return EXIT_REFUSED
    print(secret)
    print(f"Signing secret of webhook {args.target}: shown once. The receiver checks each post's webhook-signature "
          "with it (Standard Webhooks) and de-duplicates by webhook-id.", file=sys.stderr)
    return EXIT_OK
