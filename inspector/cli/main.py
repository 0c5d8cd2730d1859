"""`inspector` console command: one sub-command per module, all sharing `--data-dir`."""
from __future__ import annotations

import argparse
import importlib
import sys

# Each module exposes `register(subparsers)`, which adds its parser and sets `func(args) -> int`.
COMMAND_MODULES = (
    "inspector.cli.explain_scan",
    "inspector.cli.demo_commands",
    "inspector.cli.rma_import_command",
    "inspector.cli.export_command",
    "inspector.cli.operator_commands",
    "inspector.cli.settings_command",
    "inspector.cli.hub_commands",
    "inspector.cli.sync_command",
    "inspector.cli.label_command",
    "inspector.cli.report_command",
)


def add_run_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--station", default=argparse.SUPPRESS,
                        help="station name shown and recorded (default: station settings, else the host name; "
                             "$INSPECTOR_STATION)")
    parser.add_argument("--lang", default=argparse.SUPPRESS,
                        help="language of the window, e.g. ro (default: $INSPECTOR_LANG, else the system locale)")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="inspector", description="Warehouse return inspection bench.")
    parser.add_argument("--data-dir", help="where the bench keeps its database and files "
                        "(default: $INSPECTOR_DATA_DIR or the per-user data dir)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    run = sub.add_parser("run", help="start the bench window (the default)")
    add_run_options(run)
    add_run_options(parser)  # `inspector` alone starts the window too, with the same options
    run.set_defaults(func=None)
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:  # a command still being built must not break the others
            if exc.name != name:
                raise
            continue
        module.register(sub)
    return parser


_VALUE_OPTIONS = ("--data-dir", "--station", "--lang")


def wants_window(argv: list[str]) -> bool:
    """True when the arguments start the window: no sub-command other than `run`, and no help asked for.

    Then only the window's few options are parsed, so the start-up does not import every command's dependencies
    before the first paint.
    """
    if any(a in ("-h", "--help") for a in argv):
        return False
    tokens = iter(argv)
    for token in tokens:
        if token in _VALUE_OPTIONS:
            next(tokens, None)
        elif not token.startswith("-"):
            return token == "run"
    return True


def _window_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="inspector")
    parser.add_argument("--data-dir")
    add_run_options(parser)
    parser.add_argument("command", nargs="?", choices=["run"])
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    parser = _window_parser() if wants_window(argv) else build_parser()
    args = parser.parse_args(argv)
    if args.command in (None, "run"):
        # The window lives in `ui`; this package never imports Qt, so the launcher is looked up by name.
        launcher = importlib.import_module("ui.app")
        return launcher.run_app(args)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
