"""`inspector settings`: the administrator's station settings (name, hub URL, station token, TLS, scale, camera,
kiosk mode and idle sign-out), without an editor. The camera is kept apart, in `camera.json` (`inspector.photos.camera_settings`).

The token is read from standard input, never from the command line (it would show in the process list), and is never
printed back.
"""
from __future__ import annotations

import argparse
import dataclasses
import json
import os
import sys
from pathlib import Path
from urllib.parse import urlparse

from inspector.errors import EnvironmentProblem
from inspector.paths import DATA_DIR_ENV, Paths, resolve_paths
from inspector.kiosk import DEFAULT_IDLE_MINUTES     # the package alone: the rules (kiosk.mode) load in run
from inspector.settings import STATION_MAX, SettingsError, load_settings, save_settings, valid_station_name

SCALE_BAUDS = (1200, 2400, 4800, 9600, 19200, 38400, 57600, 115200)


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("settings", help="show or change this station's settings (name, hub, token)")
    parser.add_argument("--set-station", metavar="NAME",
                        help="the station name recorded on every record (refused while records written under the "
                             "current name have not reached the hub)")
    parser.add_argument("--hub-url", metavar="URL", help="the hub this bench syncs with (https://...)")
    parser.add_argument("--hub-token-stdin", action="store_true",
                        help="read the station token (from `inspector hub add-station`) from standard input")
    tls = parser.add_mutually_exclusive_group()
    tls.add_argument("--verify-tls", dest="verify_tls", action="store_true", default=None)
    tls.add_argument("--no-verify-tls", dest="verify_tls", action="store_false",
                     help="do not check the hub's certificate (a test hub only)")
    parser.add_argument("--scale-port", metavar="PORT",
                        help="the bench scale's serial port, e.g. /dev/ttyUSB0 or COM3 ('' for no scale); check it "
                             "with `inspector scale`")
    parser.add_argument("--scale-baud", metavar="BAUD", type=int, help=f"the scale's speed (default 9600): "
                        f"{', '.join(str(b) for b in SCALE_BAUDS)}")
    parser.add_argument("--camera", metavar="ID|none|file:PATH",
                        help="the camera for damage photos: a camera id, '' for the default camera, 'none' for no "
                             "camera (picture files only), or file:PATH to play a video instead (tests, demos)")
    parser.add_argument("--camera-size", metavar="WxH", help="the camera's picture size, e.g. 1280x720 ('' for its "
                        "default)")
    parser.add_argument("--kiosk", metavar="on|off",
                        help="kiosk mode for a shared bench: full screen, started at this user's login (an XDG "
                             "autostart entry), closed only by a supervisor, idle sign-out on; off removes the entry")
    parser.add_argument("--idle-signout", metavar="MIN", type=int,
                        help="sign the operator out after MIN minutes without a key, click or scan (0: never; "
                             f"default: {DEFAULT_IDLE_MINUTES} in kiosk mode, never outside it)")
    parser.set_defaults(func=run)


def _camera(paths: Paths, args: argparse.Namespace) -> tuple[dict[str, str] | None, str | None]:
    """The camera settings after --camera / --camera-size, written when changed; (None, problem) when refused."""
    from inspector.photos.camera_settings import (CameraSettings, CameraSettingsError, load_camera_settings,
                                                  save_camera_settings)
    try:
        camera = load_camera_settings(paths)
        wanted = CameraSettings(camera.device if args.camera is None else args.camera.strip(),
                                camera.size if args.camera_size is None else args.camera_size.strip())
    except CameraSettingsError as exc:
        return None, f"{exc}; nothing changed"
    if wanted != camera:
        try:
            save_camera_settings(paths, wanted)
        except OSError as exc:
            return None, f"cannot write the camera settings: {exc.strerror or exc}; nothing changed"
    return wanted.to_json(), None


def run(args: argparse.Namespace) -> int:
    paths = resolve_paths(args.data_dir)
    try:
        paths.ensure()
    except OSError as exc:
        print(f"inspector settings: the data folder {paths.data_dir} cannot be used: {exc.strerror or exc}; "
              "choose another with --data-dir", file=sys.stderr)
        return 2
    try:
        settings = load_settings(paths)
    except SettingsError as exc:
        print(f"inspector settings: {exc}", file=sys.stderr)
        return 2
    changes: dict[str, object] = {}
    if args.set_station is not None:
        name = args.set_station.strip()
        if not valid_station_name(name):
            print(f"inspector settings: {args.set_station!r} is not a station name (1 to {STATION_MAX} printable "
                  "characters); nothing changed", file=sys.stderr)
            return 2
        if name != settings.station:
            problem = _rename_refused(paths, settings.station)
            if problem:
                print(f"inspector settings: {problem}", file=sys.stderr)
                return 2
            changes["station"] = name
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
    if args.scale_port is not None:
        port = args.scale_port.strip()
        if port and not port.isprintable():
            print(f"inspector settings: {args.scale_port!r} is not a port name; nothing changed", file=sys.stderr)
            return 2
        changes["scale_port"] = port or None
    if args.scale_baud is not None:
        if args.scale_baud not in SCALE_BAUDS:
            print(f"inspector settings: {args.scale_baud} is not a scale speed ({', '.join(map(str, SCALE_BAUDS))}); "
                  "nothing changed", file=sys.stderr)
            return 2
        changes["scale_baud"] = args.scale_baud
    kiosk, problem = _kiosk_changes(args)
    if problem:
        print(f"inspector settings: {problem}; nothing changed", file=sys.stderr)
        return 2
    changes.update(kiosk)
    from inspector.kiosk.autostart import autostart_entry
    entry = autostart_entry()
    entry_before = _read_entry(entry) if "kiosk" in changes else None
    if "kiosk" in changes:
        problem = _autostart(paths, args, on=bool(changes["kiosk"]))
        if problem:
            print(f"inspector settings: {problem}; nothing changed", file=sys.stderr)
            return 2
    camera, problem = _camera(paths, args)
    if problem:
        print(f"inspector settings: {problem}", file=sys.stderr)
        if "kiosk" in changes:
            _put_entry_back(entry, entry_before)
        return 2
    if changes:
        settings = dataclasses.replace(settings, **changes)
        try:
            save_settings(paths, settings)
        except (OSError, SettingsError) as exc:
            print(f"inspector settings: cannot write {paths.settings_file}: {getattr(exc, 'strerror', None) or exc}; "
                  "nothing changed", file=sys.stderr)
            if "kiosk" in changes:
                _put_entry_back(entry, entry_before)
            return 2
    shown = {k: v for k, v in dataclasses.asdict(settings).items() if k != "hub_token"}
    shown["hub_token"] = "set" if settings.hub_token else None
    shown["camera"] = camera
    shown["kiosk_autostart"] = str(entry) if entry.exists() else None
    print(json.dumps(shown, indent=2, ensure_ascii=False))
    return 0


def _kiosk_changes(args: argparse.Namespace) -> tuple[dict[str, object], str | None]:
    """The kiosk settings --kiosk and --idle-signout ask for; ({}, problem) when one cannot be used."""
    from inspector.kiosk.mode import KioskSettingError, check_idle_minutes, parse_switch
    changes: dict[str, object] = {}
    try:
        if args.kiosk is not None:
            changes["kiosk"] = parse_switch(args.kiosk)
        if args.idle_signout is not None:
            changes["idle_signout_minutes"] = check_idle_minutes(args.idle_signout)
    except KioskSettingError as exc:
        return {}, str(exc)
    return changes, None


def _autostart(paths: Paths, args: argparse.Namespace, on: bool) -> str | None:
    """Writes (on) or removes (off) this user's autostart entry for the kiosk; the problem when it cannot."""
    from inspector.kiosk.autostart import autostart_entry, disable_autostart, enable_autostart
    chosen = args.data_dir or os.environ.get(DATA_DIR_ENV)   # the default data dir is left to the started bench
    try:
        if on:
            enable_autostart(paths.data_dir if chosen else None)
        else:
            disable_autostart()
    except (OSError, ValueError) as exc:
        return (f"cannot {'write' if on else 'remove'} the autostart entry {autostart_entry()}: "
                f"{getattr(exc, 'strerror', None) or exc}")
    return None


def _read_entry(entry: Path) -> bytes | None:
    """The autostart entry as it is before a change, to put back when the change is not made; None when absent."""
    try:
        return entry.read_bytes()
    except OSError:
        return None


def _put_entry_back(entry: Path, before: bytes | None) -> None:
    """The autostart entry exactly as it was (another data dir's included), or none when there was none."""
    try:
        if before is None:
            entry.unlink(missing_ok=True)
        else:
            entry.write_bytes(before)
    except OSError as exc:
        print(f"inspector settings: cannot put the autostart entry {entry} back: {exc.strerror or exc}",
              file=sys.stderr)


def _rename_refused(paths: Paths, station: str) -> str | None:
    """Why the station cannot be renamed now (records under the old name not yet at the hub), or None."""
    if not paths.database.exists():
        return None   # a new bench: nothing written under any name yet
    from inspector.storage.database import Database
    from inspector.sync.station_rename import unsent
    try:
        database = Database.open_sqlite(paths.database)
        try:
            with database.transaction() as session:
                waiting = unsent(session.connection())
        finally:
            database.dispose()
    except EnvironmentProblem as exc:
        return f"the bench database cannot be checked for records not yet sent: {exc} Nothing was changed."
    return waiting.describe(station) if waiting.blocks_rename else None
