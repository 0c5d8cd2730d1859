"""Station settings (the administrator's choices), kept as JSON in the data dir. UI state lives elsewhere (QSettings)."""
from __future__ import annotations

import json
import os
import socket
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field, fields, replace
from pathlib import Path

from inspector.domain.policy import Policy, load_policy
from inspector.paths import Paths, resource


STATION_ENV = "INSPECTOR_STATION"
TOKEN_ENV = "INSPECTOR_HUB_TOKEN"   # a station token given by the environment wins over the settings file's
STATION_MAX = 64   # what the hub accepts as a record's `station`


def valid_station_name(name: str) -> bool:
    """1 to 64 printable characters: a name the hub accepts on every record (else every record would be refused)."""
    return 0 < len(name) <= STATION_MAX and name.isprintable() and name == name.strip()


class SettingsError(ValueError):
    pass


@dataclass(frozen=True)
class StationSettings:
    station: str
    locale: str = "en_US"
    hub_url: str | None = None
    # repr=False: settings get logged; the token must never appear in a log (see inspector.sync.redaction).
    hub_token: str | None = field(default=None, repr=False)
    verify_tls: bool = True
    # The bench scale's serial port (/dev/ttyUSB0, /dev/serial/by-id/..., COM3); None: no scale, weights are typed.
    scale_port: str | None = None
    scale_baud: int = 9600
    # Kiosk mode for a shared bench (`inspector.kiosk`): full screen, started at login, closed only by a supervisor.
    kiosk: bool = False
    # Minutes without a key, click or scan before the operator is signed out; None: the mode's default (10 in kiosk,
    # never outside it); 0: never.
    idle_signout_minutes: int | None = None

    @classmethod
    def defaults(cls) -> "StationSettings":
        return cls(station=socket.gethostname().split(".")[0] or "bench")


def load_settings(paths: Paths) -> StationSettings:
    path = paths.settings_file
    if not path.exists():
        return StationSettings.defaults()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise SettingsError(f"cannot read station settings {path}: {exc}") from exc
    known = {f.name for f in fields(StationSettings)}
    return StationSettings(**{**asdict(StationSettings.defaults()), **{k: v for k, v in data.items() if k in known}})


def station_override(given: str | None = None, environ: Mapping[str, str] | None = None) -> str | None:
    """The station name this run was started as: `--station`, else $INSPECTOR_STATION; None to use the settings.

    The one rule for every way in (the window, its sync, `inspector sync`, `inspector demo`): a bench that recorded
    as one station and synced as another would have every record refused by the hub."""
    env = os.environ if environ is None else environ
    chosen = (given or "").strip() or env.get(STATION_ENV, "").strip()
    if chosen and not valid_station_name(chosen):
        raise SettingsError(f"The station name {chosen[:80]!r} cannot be used: it must be 1 to {STATION_MAX} "
                            f"printable characters (check --station or ${STATION_ENV}).")
    return chosen or None


def running_settings(paths: Paths, given_station: str | None = None,
                     environ: Mapping[str, str] | None = None) -> StationSettings:
    """The station settings as this run uses them: the saved ones, with the station name of `station_override`.
    For running only, never for saving (the override is not the administrator's choice)."""
    settings = load_settings(paths)
    override = station_override(given_station, environ)
    return replace(settings, station=override) if override else settings


def save_settings(paths: Paths, settings: StationSettings) -> None:
    """Writes these fields and keeps every other key in the file (the printer's, for one), atomically."""
    path = paths.settings_file
    merged = read_settings_file(path)
    merged.update(asdict(settings))
    write_settings_file(path, merged)


def read_settings_file(path: Path) -> dict:
    """The whole station file as a dict, every section included ({} when there is none yet)."""
    if not path.exists():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise SettingsError(f"cannot read station settings {path}: {exc}") from exc
    return data if isinstance(data, dict) else {}


def write_settings_file(path: Path, data: dict) -> None:
    """Replaced atomically, so a crash never leaves half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(data, indent=2, ensure_ascii=False), encoding="utf-8")
    os.replace(tmp, path)


def site_policy(paths: Paths) -> Policy:
    """A site's own policy file in the data dir replaces the shipped default."""
    override: Path = paths.policy_override
    return load_policy(override if override.exists() else resource("policy.json"))
