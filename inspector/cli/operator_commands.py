"""`inspector add-operator`: create a badge for an inspector, supervisor or administrator.
`inspector unlock-operator BADGE`: lift the lock that wrong PINs put on a badge.
`inspector operators`: the operators this bench knows (its own and the site's), as JSON.

The PIN never goes on the command line (it would stay in the shell history and show in `ps`): it is typed at a
hidden prompt, twice, or read from standard input with --pin-stdin for provisioning scripts.
"""
from __future__ import annotations

import argparse
import datetime as dt
import getpass
import json
import re
import sys
from collections.abc import Callable
from typing import TypeVar

from inspector.domain.operators import Role
from inspector.errors import EnvironmentProblem, RefusedError
from inspector.languages import UnknownLanguage, language_code
from inspector.paths import resolve_paths
from inspector.settings import site_policy
from inspector.storage.database import Database
from inspector.usecases.operators import CreateOperator, UnlockBadge, create_operator, unlock_badge
from inspector.usecases.unit_of_work import UnitOfWork

EXIT_OK, EXIT_REFUSED, EXIT_FAILED = 0, 1, 2
# What the bench reads from a badge barcode, normalised (see inspector.scans.bench_codes).
_BADGE = re.compile(r"OP-?([0-9]{3,8})", re.IGNORECASE | re.ASCII)
_PIN = re.compile(r"[0-9]{4,12}", re.ASCII)


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "add-operator", help="create an operator (badge, name, role, PIN)",
        description="Create an operator who signs in by scanning BADGE and typing a PIN of 4-12 digits. "
                    "The PIN is asked for at a hidden prompt (twice) or read from standard input.")
    parser.add_argument("--badge", required=True, help="badge text, OP- and 3-8 digits, e.g. OP-1234")
    parser.add_argument("--name", required=True)
    parser.add_argument("--role", required=True, choices=[r.value for r in Role])
    parser.add_argument("--lang", help="preferred language: the window switches to it at sign-in, e.g. sq, vi, "
                                       "zh_CN, ro (default: the station's)")
    parser.add_argument("--pin-stdin", action="store_true", help="read the PIN from the first line of stdin")
    parser.set_defaults(func=run)
    unlock = subparsers.add_parser(
        "unlock-operator", help="lift the lock wrong PINs put on a badge",
        description="Lift the lock that wrong PINs in a row put on BADGE at this bench, and forget the wrong PINs, "
                    "so its operator can sign in again at once.")
    unlock.add_argument("badge", metavar="BADGE", help="badge text, e.g. OP-1234")
    unlock.set_defaults(func=run_unlock)
    listing = subparsers.add_parser(
        "operators", help="list the operators this bench knows, as JSON",
        description="List the operators this bench knows, as JSON: badge, name, role, active, origin (site: pulled "
                    "from the hub; local: made at this bench), language, and a conflict with the site's team when "
                    "there is one. PIN hashes are never shown.")
    listing.set_defaults(func=run_list)


def read_pin(from_stdin: bool) -> str:
    if from_stdin:
        return sys.stdin.readline().strip()
    first = getpass.getpass("PIN (4-12 digits): ")
    if getpass.getpass("PIN again: ") != first:
        raise RefusedError("The two PINs differ.")
    return first


def run(args: argparse.Namespace) -> int:
    badge_match = _BADGE.fullmatch(args.badge.strip())
    name = args.name.strip()
    try:
        if not badge_match:
            raise RefusedError(f"{args.badge!r} is not a badge: OP- followed by 3 to 8 digits, e.g. OP-1234.")
        if not name or len(name) > 120:
            raise RefusedError("The name must be 1 to 120 characters.")
        lang = language_code(args.lang)
        pin = read_pin(args.pin_stdin)
        if not _PIN.fullmatch(pin):
            raise RefusedError("A PIN is 4 to 12 digits.")
    except (RefusedError, UnknownLanguage, EOFError, KeyboardInterrupt) as exc:
        print(f"Not created: {exc or 'no PIN given.'}", file=sys.stderr)
        return EXIT_REFUSED
    badge = f"OP-{badge_match[1]}"
    try:
        _on_bench(args.data_dir, lambda uow: create_operator(
            CreateOperator(badge, name, Role(args.role), pin, dt.datetime.now(dt.timezone.utc), lang), uow))
    except RefusedError as exc:
        print(f"Not created: {str(exc).rstrip('.')}.", file=sys.stderr)
        return EXIT_REFUSED
    except EnvironmentProblem as exc:
        print(f"Not created: {exc}", file=sys.stderr)
        return EXIT_FAILED
    print(f"Created {args.role} {name} with badge {badge}" + (f", language {lang}." if lang else "."))
    return EXIT_OK


T = TypeVar("T")


def _on_bench(data_dir: str | None, work: Callable[[UnitOfWork], T]) -> T:
    """Runs one use case on the bench database of `data_dir` under the site policy, and closes the database."""
    paths = resolve_paths(data_dir)
    database = Database.open_sqlite(paths.database)
    try:
        return work(UnitOfWork(database, site_policy(paths)))
    finally:
        database.dispose()


def run_unlock(args: argparse.Namespace) -> int:
    badge_match = _BADGE.fullmatch(args.badge.strip())
    if not badge_match:
        print(f"Not unlocked: {args.badge!r} is not a badge: OP- followed by 3 to 8 digits, e.g. OP-1234.",
              file=sys.stderr)
        return EXIT_REFUSED
    badge = f"OP-{badge_match[1]}"
    try:
        lifted = _on_bench(args.data_dir, lambda uow: unlock_badge(
            UnlockBadge(badge, dt.datetime.now(dt.timezone.utc), "command line", None), uow))
    except EnvironmentProblem as exc:
        print(f"Not unlocked: {exc}", file=sys.stderr)
        return EXIT_FAILED
    print(f"Badge {badge} unlocked: it can sign in again." if lifted else f"Badge {badge} was not locked.")
    return EXIT_OK


def run_list(args: argparse.Namespace) -> int:
    from inspector.sync.operator_pull import team_at_bench
    try:
        team = _on_bench(args.data_dir, team_at_bench)
    except EnvironmentProblem as exc:
        print(f"inspector operators: {exc}", file=sys.stderr)
        return EXIT_FAILED
    print(json.dumps({"operators": team}, ensure_ascii=False, indent=2))
    conflicts = [op["conflict"]["message"] for op in team if "conflict" in op]
    for message in conflicts:
        print(message, file=sys.stderr)
    return EXIT_OK
