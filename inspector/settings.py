"""Station settings (the administrator's choices), kept as JSON in the data dir. UI state lives elsewhere (QSettings)."""
from __future__ import annotations

import json
import os
import socket
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path

from inspector.domain.policy import Policy, load_policy
from inspector.paths import Paths, resource


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
