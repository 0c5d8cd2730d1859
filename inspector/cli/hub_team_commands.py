"""The site's team at the hub, for the administrator:

    inspector hub add-operator --badge B --name N --role R [--lang L] [--pin-stdin] --db URL
    inspector hub import-operators FILE.csv --db URL      header badge,name,role,lang,pin; all rows or none
    inspector hub deactivate-operator BADGE --db URL      refused at every bench once it has pulled

Benches pull the team with returns and policy. The PIN never goes on the command line: it is typed at a hidden prompt
(twice) or read from standard input with --pin-stdin; the hub keeps only the bench's salted slow hash of it.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from sqlalchemy import Engine

from inspector.domain.operators import Role
from inspector.errors import RefusedError
from inspector.hub import operators
from inspector.cli.operator_commands import read_pin

EXIT_OK, EXIT_REFUSED, EXIT_FAILED = 0, 1, 2


def add_arguments(parser: argparse.ArgumentParser) -> None:
    team = parser.add_argument_group("add-operator, import-operators FILE.csv, deactivate-operator BADGE")
    team.add_argument("--badge", help="add-operator: badge text, OP- and 3-8 digits, e.g. OP-1234")
    team.add_argument("--name", help="add-operator: the operator's name as reports show it")
    team.add_argument("--role", choices=[r.value for r in Role], help="add-operator: what they may do")
    team.add_argument("--lang", help="add-operator: preferred language, e.g. ro (optional)")
    team.add_argument("--pin-stdin", action="store_true", help="add-operator: read the PIN from the first line of "
                                                               "stdin instead of a hidden prompt")


def run(args: argparse.Namespace, engine: Engine) -> int:
    if args.action == "add-operator":
        return _add(args, engine)
    if not args.target:
        what = "CSV file" if args.action == "import-operators" else "badge"
        print(f"inspector hub {args.action}: give the {what}", file=sys.stderr)
        return EXIT_REFUSED
    if args.action == "import-operators":
        return _import(engine, Path(args.target))
    return _deactivate(engine, args.target)


def _add(args: argparse.Namespace, engine: Engine) -> int:
    if not (args.badge and args.name and args.role):
        print("Not added: --badge, --name and --role are needed.", file=sys.stderr)
        return EXIT_REFUSED
    try:
        new = operators.checked(operators.NewOperator(args.badge, args.name, args.role, args.lang, "0000"))
        pin = read_pin(args.pin_stdin)
        operator_id = operators.add_operator(engine, operators.NewOperator(
            new.badge, new.name, new.role, new.lang, pin))
    except (operators.TeamError, RefusedError) as exc:
        print(f"Not added: {str(exc).rstrip('.')}.", file=sys.stderr)
        return EXIT_REFUSED
    except (EOFError, KeyboardInterrupt):
        print("Not added: no PIN given.", file=sys.stderr)
        return EXIT_REFUSED
    print(json.dumps({"added": {"id": operator_id, "badge": new.badge, "name": new.name, "role": new.role,
                                "lang": new.lang}}, ensure_ascii=False))
    print(f"Added {new.role} {new.name} with badge {new.badge}: every bench can sign them in after its next sync.",
          file=sys.stderr)
    return EXIT_OK


def _import(engine: Engine, path: Path) -> int:
    try:
        stored = operators.import_operators(engine, path)
    except operators.ImportRefused as exc:
        print(json.dumps({"file": str(path), "ok": False, "stored": 0,
                          "problems": [p.to_json() for p in exc.problems]}, ensure_ascii=False, indent=2))
        lines = ", ".join(str(p.line) for p in exc.problems)
        print(f"Nothing imported: line(s) {lines} of {path.name} are wrong (see problems). Correct them and import "
              "the whole file again.", file=sys.stderr)
        return EXIT_REFUSED
    except (OSError, operators.TeamError) as exc:
        print(json.dumps({"file": str(path), "ok": False, "stored": 0, "error": str(exc)}, ensure_ascii=False))
        return EXIT_FAILED
    print(json.dumps({"file": str(path), "ok": True, "stored": stored, "problems": []}, ensure_ascii=False))
    return EXIT_OK


def _deactivate(engine: Engine, badge: str) -> int:
    try:
        name, changed = operators.deactivate_operator(engine, badge)
    except operators.TeamError as exc:
        print(f"Not deactivated: {exc}.", file=sys.stderr)
        return EXIT_REFUSED
    shown = operators.normal_badge(badge)
    print(f"{name} ({shown}) deactivated: every bench refuses the badge after its next sync." if changed
          else f"{name} ({shown}) was deactivated already.")
    return EXIT_OK
