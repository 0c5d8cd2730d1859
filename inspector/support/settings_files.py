"""The settings files a bench keeps in its data dir, and the secrets in them (for redaction)."""
from __future__ import annotations

import json
import os
from collections.abc import Mapping
from pathlib import Path

from inspector.paths import Paths
from inspector.support.redaction import is_secret_key, secret_values

# station.json (station, hub, token, label printer), camera.json, the site's policy.json, the sync bookkeeping and
# the window's UI state. Never the database, never photos.
SETTINGS_FILE_NAMES = ("station.json", "camera.json", "policy.json", "sync_state.json", "ui-state.ini")


def settings_files(paths: Paths) -> list[Path]:
    return [path for name in SETTINGS_FILE_NAMES if (path := paths.data_dir / name).is_file()]


def settings_secrets(paths: Paths, environ: Mapping[str, str] | None = None) -> set[str]:
    """Every secret value in the data dir's JSON settings files and in secret-named environment variables
    ($INSPECTOR_HUB_TOKEN). Unreadable files are skipped: this runs in crash reports too."""
    found: set[str] = set()
    for path in settings_files(paths):
        try:
            found |= secret_values(json.loads(path.read_text(encoding="utf-8")))
        except (OSError, ValueError):
            continue
    env = os.environ if environ is None else environ
    return found | secret_values({name: value for name, value in env.items() if is_secret_key(name)})
