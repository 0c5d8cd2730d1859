"""Builds the window's compiled catalogues (`.qm`) from the `.ts` sources with `pyside6-lrelease`.

The `.qm` files are never committed: a stale binary in git is the usual cause of "my translation doesn't show". The
install step (`make setup`, `python -m ui.common.catalogues`) builds them beside the sources, and the window checks at
start that each is newer than its source, building again where one is missing or stale. Where the resources folder
is read-only (an installed package), they are built into the user's cache folder instead.
"""
from __future__ import annotations

import logging
import os
import shutil
import subprocess
import sys
from pathlib import Path

from inspector.paths import resource

log = logging.getLogger(__name__)


def lrelease() -> str | None:
    beside_python = Path(sys.executable).parent / "pyside6-lrelease"
    return str(beside_python) if beside_python.exists() else shutil.which("pyside6-lrelease")


def sources() -> list[Path]:
    return sorted(resource("translations").glob("inspector_*.ts"))


def _fresh(ts: Path, qm: Path) -> bool:
    return qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime


def _writable(folder: Path) -> bool:
    return folder.is_dir() and os.access(folder, os.W_OK)


def cache_folder() -> Path:
    from platformdirs import user_cache_dir
    return Path(user_cache_dir("return-inspector")) / "translations"


def compiled_folder(build: bool = True) -> Path:
    """The folder holding an up-to-date `.qm` for every `.ts`, building the missing or stale ones when `build`."""
    home = resource("translations")
    target = home if _writable(home) else cache_folder()
    stale = [ts for ts in sources() if not _fresh(ts, target / ts.with_suffix(".qm").name)]
    if stale and build:
        compile_catalogues(stale, target)
    return target


def compile_catalogues(catalogues: list[Path], target: Path) -> list[Path]:
    tool = lrelease()
    if tool is None:
        log.error("pyside6-lrelease not found (it ships with PySide6): the window shows English")
        return []
    target.mkdir(parents=True, exist_ok=True)
    built = []
    for ts in catalogues:
        qm = target / ts.with_suffix(".qm").name
        done = subprocess.run([tool, "-silent", str(ts), "-qm", str(qm)], capture_output=True, text=True)
        if done.returncode != 0 or not qm.exists():
            log.error("could not build %s: %s", qm.name, (done.stderr or done.stdout).strip())
            continue
        built.append(qm)
    return built


def main() -> int:
    folder = compiled_folder()
    missing = [ts.name for ts in sources() if not _fresh(ts, folder / ts.with_suffix(".qm").name)]
    if missing:
        print(f"catalogues not built: {', '.join(missing)}", file=sys.stderr)
        return 1
    print(f"catalogues built in {folder}: {', '.join(ts.stem for ts in sources())}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
