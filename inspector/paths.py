"""Where the bench keeps its files, worked out once at start-up and injected everywhere else."""
from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

import platformdirs

DATA_DIR_ENV = "INSPECTOR_DATA_DIR"
APP_NAME = "return-inspector"


def _find_resources() -> Path:
    """The source tree's `resources/`, else the copy an installed wheel put under `<prefix>/share/` (pyproject's
    data-files), e.g. /opt/venvs/inspector-bench/share/return-inspector/resources in the Debian package."""
    source_tree = Path(__file__).resolve().parent.parent / "resources"
    installed = Path(sys.prefix) / "share" / APP_NAME / "resources"
    for candidate in (source_tree, installed):
        if (candidate / "policy.json").is_file():
            return candidate
    return source_tree


RESOURCES_DIR = _find_resources()


@dataclass(frozen=True)
class Paths:
    data_dir: Path

    @property
    def database(self) -> Path:
        return self.data_dir / "bench.sqlite3"

    @property
    def settings_file(self) -> Path:
        return self.data_dir / "station.json"

    @property
    def policy_override(self) -> Path:
        """A site's own policy; when present it replaces the shipped default."""
        return self.data_dir / "policy.json"

    @property
    def log_dir(self) -> Path:
        return self.data_dir / "logs"

    @property
    def export_dir(self) -> Path:
        return self.data_dir / "exports"

    @property
    def photos_dir(self) -> Path:
        """Damage photos, named by their hash (`inspector.photos.store.PhotoStore`)."""
        return self.data_dir / "photos"

    def ensure(self) -> "Paths":
        for d in (self.data_dir, self.log_dir, self.export_dir, self.photos_dir):
            d.mkdir(parents=True, exist_ok=True)
        return self


def resolve_paths(data_dir: str | os.PathLike[str] | None = None, environ: dict[str, str] | None = None) -> Paths:
    """`--data-dir` wins, then $INSPECTOR_DATA_DIR, then the per-OS user data dir."""
    env = os.environ if environ is None else environ
    chosen = data_dir or env.get(DATA_DIR_ENV) or platformdirs.user_data_dir(APP_NAME, appauthor=False)
    return Paths(Path(chosen).expanduser().resolve())


def resource(*parts: str) -> Path:
    return RESOURCES_DIR.joinpath(*parts)
