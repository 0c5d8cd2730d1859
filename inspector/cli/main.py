"""`inspector` console command: one sub-command per module, all sharing `--data-dir`."""
from __future__ import annotations

import argparse
import importlib
import os
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
    "inspector.cli.scale_command",
    "inspector.cli.photo_command",
    "inspector.cli.backup_commands",      # backup, restore
    "inspector.cli.doctor_command",
    "inspector.cli.support_bundle_command",
)


def _station_name(text: str) -> str:
    from inspector.settings import STATION_MAX, valid_station_name
    name = text.strip()
    if not valid_station_name(name):
        raise argparse.ArgumentTypeError(f"{text!r} is not a station name (1 to {STATION_MAX} printable characters)")
    return name


def _language(text: str) -> str:
    from inspector.languages import UnknownLanguage, language_code
    try:
        return language_code(text) or "en"
    except UnknownLanguage as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def add_run_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--station", default=argparse.SUPPRESS, type=_station_name,
                        help="the station this run records and syncs as: the window, `sync` and `demo` (default: "
                             "$INSPECTOR_STATION, else the station settings, else the host name); never saved, "
                             "`inspector settings --set-station` renames")
    parser.add_argument("--lang", default=argparse.SUPPRESS, type=_language,
                        help="the station's language: en, ro, sq, vi or zh_CN (default: $INSPECTOR_LANG, else the "
                             "system locale); an operator with a language of their own switches the window to it "
                             "while signed in")
    parser.add_argument("--kiosk", action="store_true", default=argparse.SUPPRESS,
                        help="kiosk mode for a shared bench: full screen, idle sign-out, closed only by a supervisor "
                             "(also on when `inspector settings --kiosk on` was given)")


def build_parser() -> argparse.ArgumentParser:
    from inspector import __version__
    parser = argparse.ArgumentParser(prog="inspector", description="Warehouse return inspection bench.")
    parser.add_argument("--version", action="version", version=f"inspector {__version__}")
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
    if any(a in ("-h", "--help", "--version") for a in argv):
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


EXIT_ENVIRONMENT, EXIT_INTERRUPTED, EXIT_PIPE_CLOSED = 2, 130, 141   # 130 and 141: as shells report SIGINT, SIGPIPE


def main(argv: list[str] | None = None) -> int:
    whole_process = argv is None   # the `inspector` command itself, not a caller (a test) running one command
    argv = sys.argv[1:] if argv is None else argv
    if wants_window(argv):
        args = _window_parser().parse_args(argv)
        # The window lives in `ui`; this package never imports Qt, so the launcher is looked up by name.
        launcher = importlib.import_module("ui.app")
        return launcher.run_app(args)
    name = "inspector"
    try:
        args = build_parser().parse_args(argv)
        if args.command in (None, "run"):
            return importlib.import_module("ui.app").run_app(args)
        name = f"inspector {args.command}"
        # Hooks are process-wide: installed for the process the command is, never for a caller's. The hub is a
        # service: its errors go to its structured log, not to a bench's folder.
        if whole_process and args.command != "hub":
            from inspector.paths import resolve_paths
            from inspector.support.crash_reports import install_crash_reports
            install_crash_reports(resolve_paths(args.data_dir), name)
        return args.func(args)
    except KeyboardInterrupt:
        # Ctrl-C is the person's choice, not a bug: one line, not a traceback. The transaction in flight was rolled
        # back on the way out (`demo` keeps whole batches of parcels, `sync` leaves unacknowledged rows pending).
        print(f"{name}: interrupted.", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # The reader went away (`inspector sync --rejected | head`): nothing left to say. Output still buffered would
        # fail again at exit, so standard output is pointed at nothing.
        try:
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        except (OSError, ValueError):   # no file descriptor behind stdout (captured): nothing buffered there
            pass
        return EXIT_PIPE_CLOSED
    except Exception as exc:
        from inspector.errors import EnvironmentProblem   # not before the window's first paint
        if not isinstance(exc, EnvironmentProblem):
            raise   # a bug: its traceback is the report
        # The last net for a command that did not say it itself: disk full, database locked, hub unreachable.
        print(f"{name}: {exc}", file=sys.stderr)
        return EXIT_ENVIRONMENT


if __name__ == "__main__":
    sys.exit(main())
