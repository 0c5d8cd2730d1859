"""`inspector doctor`: is this bench fit to work? Station settings, the database (integrity, schema, outbox), free
disk, the label printer, the hub and the newest backup, each a `Check` with what to do.

It changes nothing: the database is opened read-only and never migrated (a database from a newer program stays
byte for byte as it was), no settings are written.
"""
from __future__ import annotations

import os
import shutil
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from inspector.paths import Paths
from inspector.settings import SettingsError, StationSettings, load_settings
from inspector.support import database_checks
from inspector.support.checks import Check, Clock, Status, fail, how_long, ok, size_text, utc_now, warn
from inspector.support.filesystem_check import data_folder_filesystem
from inspector.support.hub_check import hub
from inspector.support.printer_check import printer

DISK_WARN_BYTES = 2 * 1024 ** 3       # below this free in the data dir: warn (photos and logs grow every day)
DISK_FAIL_BYTES = 200 * 1024 ** 2     # below this: fail (SQLite needs room for its journal; the bench will stop)
HUB_TIMEOUT_S = 3.0
PRINTER_TIMEOUT_S = 3.0


@dataclass(frozen=True)
class DoctorReport:
    checks: tuple[Check, ...]

    @property
    def failed(self) -> bool:
        return any(c.status is Status.FAIL for c in self.checks)

    def to_json(self) -> dict[str, object]:
        return {"ok": not self.failed, "checks": [c.to_json() for c in self.checks]}

    def lines(self) -> list[str]:
        width = max((len(c.name) for c in self.checks), default=0)
        return [f"{c.status.value.upper():4}  {c.name:<{width}}  {c.found}"
                + (f"\n      {'':<{width}}  -> {c.what_to_do}" if c.what_to_do else "") for c in self.checks]


def run_doctor(paths: Paths, clock: Clock = utc_now, environ: Mapping[str, str] | None = None,
               hub_timeout_s: float = HUB_TIMEOUT_S, printer_timeout_s: float = PRINTER_TIMEOUT_S) -> DoctorReport:
    env = os.environ if environ is None else environ
    checks: list[Check | None] = [ok("program", _program()), data_dir(paths),
                                  data_folder_filesystem(paths.data_dir)]
    settings, settings_check = station_settings(paths)
    checks.append(settings_check)
    hub_check, hub_reachable = hub(settings, env, hub_timeout_s)
    checks += database(paths, clock, hub_reachable)
    checks += [disk(paths.data_dir), printer(paths, printer_timeout_s), hub_check, newest_backup(paths, clock)]
    return DoctorReport(tuple(c for c in checks if c is not None))


def _program() -> str:
    import platform
    import sys

    from inspector import __version__
    return f"inspector {__version__}, Python {sys.version.split()[0]}, {platform.platform()}"


def data_dir(paths: Paths) -> Check:
    from inspector.instance_lock import running_holder
    where = paths.data_dir
    if not where.is_dir():
        return fail("data folder", f"{where} does not exist",
                    "Check --data-dir (or $INSPECTOR_DATA_DIR); the bench makes the folder at its first start.")
    if not os.access(where, os.W_OK | os.X_OK):
        return fail("data folder", f"{where} is not writable by this user",
                    f"Give the bench's user write access: sudo chown -R $USER {where}")
    holder = running_holder(where)     # read from bench.lock: the lock is not taken, nothing is written
    return ok("data folder", f"{where}; " + (f"the bench is running ({holder})" if holder else "no bench running"))


def station_settings(paths: Paths) -> tuple[StationSettings, Check]:
    name = "station settings"
    try:
        settings = load_settings(paths)
    except (SettingsError, TypeError) as exc:
        return StationSettings.defaults(), fail(name, str(exc), "Fix the JSON in station.json, or move it away and "
                                                                "set the station again with `inspector settings`.")
    if not paths.settings_file.exists():
        return settings, warn(name, f"no {paths.settings_file.name} yet: station {settings.station} (the host name)",
                              "Set the station's name and hub: inspector settings --set-station NAME --hub-url URL")
    return settings, ok(name, f"station {settings.station}, language {settings.locale}")


def database(paths: Paths, clock: Clock, hub_reachable: bool | None) -> list[Check]:
    path = paths.database
    if not path.exists():
        return [warn("database", f"no database at {path} yet",
                     "Nothing to do on a new bench: it makes its database at its first start.")]
    engine = database_checks.read_only_engine(path)
    try:
        integrity = database_checks.integrity(engine)
        if integrity.status is Status.FAIL:
            return [integrity]    # nothing more can be read from a damaged file with any trust
        return [integrity, database_checks.migrations(engine),
                database_checks.outbox(engine, clock(), hub_reachable)]
    finally:
        engine.dispose()


def disk(folder: Path) -> Check:
    name = "disk space"
    while not folder.exists() and folder.parent != folder:   # a data folder not made yet: the disk it goes on
        folder = folder.parent
    try:
        free = shutil.disk_usage(folder).free
    except OSError as exc:
        return fail(name, f"cannot read the free space of {folder}: {exc.strerror or exc}", "Check the disk.")
    found = f"{size_text(free)} free in {folder}"
    free_up = (f"Free some space on that disk (old exports in {folder / 'exports'} can go), or move the data "
               "folder to a bigger disk.")
    if free < DISK_FAIL_BYTES:
        return fail(name, f"{found}: below {size_text(DISK_FAIL_BYTES)}, the bench will soon stop saving", free_up)
    if free < DISK_WARN_BYTES:
        return warn(name, f"{found}: below {size_text(DISK_WARN_BYTES)}", free_up)
    return ok(name, found)


def newest_backup(paths: Paths, clock: Clock) -> Check | None:
    """None when this program has no backups module (the check is left out)."""
    try:
        from inspector.storage.backups import check_backup_file, is_damaged_copy, list_backups
    except ImportError:
        return None
    import datetime as dt

    from inspector.errors import EnvironmentProblem
    name = "backups"
    try:
        # newest first; a damaged database a restore set aside is evidence, not a backup
        found = [p for p in list_backups(paths.data_dir) if not is_damaged_copy(p)]
        if not found:
            return warn(name, "no backup in the data folder yet",
                        "Take one now and keep it off this PC: inspector backup -o /media/usb/bench-backup.sqlite3")
        newest = found[0]
        stat = newest.stat()
        checked = check_backup_file(newest)
    except (OSError, EnvironmentProblem) as exc:
        return warn(name, f"the backups cannot be read: {exc}", "Check the data folder's backups folder.")
    taken = dt.datetime.fromtimestamp(stat.st_mtime, dt.timezone.utc)
    found_text = (f"{len(found)} kept; the newest is {newest.name} ({size_text(stat.st_size)}, "
                  f"{how_long(clock() - taken)} old)")
    if checked.problem:
        return warn(name, f"{found_text}: {checked.problem}",
                    "Take a new one: inspector backup -o /media/usb/bench-backup.sqlite3")
    return ok(name, f"{found_text}: {checked.describe()}")
