"""`inspector scale [--port P] [--baud B] [--count N]`: what the bench scale sends, one JSON line per reading.

For setting a scale up: does the port open, does the scale speak a shape the bench reads, does it settle. Without
--port it reads the station's `scale_port` (`inspector settings --scale-port`). Runs until Ctrl-C, or N readings.
Exit codes: 0 done; 2 no port given, or the port cannot be opened at all.
"""
from __future__ import annotations

import argparse
import json
import queue
import sys

from inspector.paths import resolve_paths
from inspector.settings import SettingsError, load_settings

EXIT_OK, EXIT_UNUSABLE = 0, 2


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("scale", help="show what the bench scale sends (for setting a scale up)",
                                   description="Read the bench scale and print each reading as a JSON line: grams, "
                                               "stable, overload and the settled weight (null while it moves).")
    parser.add_argument("--port", help="serial port, e.g. /dev/ttyUSB0 or COM3 (default: the station's scale_port)")
    parser.add_argument("--baud", type=int, help="speed (default: the station's scale_baud, else 9600)")
    parser.add_argument("--count", type=int, metavar="N", help="stop after N readings")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    try:
        settings = load_settings(resolve_paths(args.data_dir))
    except SettingsError as exc:
        print(f"inspector scale: {exc}", file=sys.stderr)
        return EXIT_UNUSABLE
    port = args.port or settings.scale_port
    if not port:
        print("inspector scale: no scale port; give --port, or set one with `inspector settings --scale-port`",
              file=sys.stderr)
        return EXIT_UNUSABLE
    # Imported here: pyserial is needed by this command and the bench, not by every other command.
    from inspector.scales.ascii_protocol import Reading, settled
    from inspector.scales.serial_scale import ScaleReader

    events: queue.Queue[Reading | str] = queue.Queue()
    reader = ScaleReader(port, args.baud or settings.scale_baud, events.put, events.put)
    reader.start()
    recent: list[Reading] = []
    shown = 0
    try:
        while args.count is None or shown < args.count:
            try:
                event = events.get(timeout=0.5)
            except queue.Empty:
                continue
            if isinstance(event, str):
                print(f"inspector scale: {event}", file=sys.stderr, flush=True)
                if not shown:
                    return EXIT_UNUSABLE    # never opened: a wrong port or no right to it (the dialout group)
                continue
            recent = [*recent[-2:], event]
            print(json.dumps({"grams": event.grams, "stable": event.stable, "overload": event.overload,
                              "settled": settled(recent)}), flush=True)
            shown += 1
    finally:
        reader.stop()
    return EXIT_OK
