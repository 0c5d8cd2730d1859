"""`inspector support-bundle`: one zip file with what support needs to see what happened at a bench (the logs,
rotated ones too, the settings files, crash reports, `inspector doctor --json` and a small manifest), with tokens
and PINs removed (`inspector.support.redaction`). Never the database, never photos: records and pictures of
customers' goods stay at the bench.

The zip is written to a temporary file beside the target and renamed into place, so a full disk leaves no half
bundle behind.
"""
from __future__ import annotations

import datetime as dt
import errno
import gzip
import json
import os
import platform
import sys
import zipfile
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

from inspector import __version__
from inspector.errors import EnvironmentProblem
from inspector.paths import Paths
from inspector.support.checks import Clock, utc_now
from inspector.support.crash_reports import list_crash_reports
from inspector.support.redaction import redact_document, redact_text
from inspector.support.settings_files import settings_files, settings_secrets

DoctorJson = Callable[[Paths], Mapping[str, object]]


@dataclass(frozen=True)
class Bundle:
    path: Path
    members: tuple[str, ...]
    size: int


def _doctor_json(paths: Paths) -> Mapping[str, object]:
    from inspector.support.doctor import run_doctor
    return run_doctor(paths).to_json()


def build_support_bundle(paths: Paths, dest: Path, clock: Clock = utc_now, doctor: DoctorJson = _doctor_json,
                         environ: Mapping[str, str] | None = None) -> Bundle:
    """Raises EnvironmentProblem when there is no data folder, or the zip cannot be written (full disk, a folder
    that is not there or not writable)."""
    if not paths.data_dir.is_dir():
        raise EnvironmentProblem(f"There is no bench data folder at {paths.data_dir}.",
                                 "Check --data-dir (or $INSPECTOR_DATA_DIR).")
    secrets = settings_secrets(paths, environ)
    members = {f"logs/{name}": redact_text(text, secrets) for name, text in _logs(paths.log_dir)}
    members |= {f"settings/{path.name}": redact_document(_read_text(path), secrets) for path in settings_files(paths)}
    members |= {f"crash/{path.name}": redact_text(_read_text(path), secrets) for path in list_crash_reports(paths)}
    members["doctor.json"] = redact_document(json.dumps(doctor(paths), ensure_ascii=False), secrets)
    now = clock()
    members["manifest.json"] = json.dumps({
        "program": "inspector", "version": __version__, "python": sys.version.split()[0],
        "platform": platform.platform(), "made_at": now.isoformat(timespec="seconds"),
        "data_dir": str(paths.data_dir), "members": sorted(members),
        "redacted": "tokens, PINs, passwords and secrets are replaced by [removed]; no database, no photos",
    }, indent=2, ensure_ascii=False)
    _write_zip(dest, members, now)
    return Bundle(dest, tuple(sorted(members)), dest.stat().st_size)


def _read_text(path: Path) -> str:
    try:
        data = path.read_bytes()
    except OSError as exc:
        return f"(this file could not be read: {exc.strerror or exc})\n"
    if path.suffix == ".gz":
        try:
            data = gzip.decompress(data)
        except (OSError, EOFError) as exc:
            return f"(this compressed file could not be read: {exc})\n"
    return data.decode("utf-8", "replace")


def _logs(log_dir: Path) -> list[tuple[str, str]]:
    """Every file under the logs folder (bench.log, bench.log.1 ... as they rotate), by its path inside it; a
    compressed one as its text."""
    if not log_dir.is_dir():
        return []
    found = sorted(p for p in log_dir.rglob("*") if p.is_file())
    return [(str(p.relative_to(log_dir).with_suffix("") if p.suffix == ".gz" else p.relative_to(log_dir)),
             _read_text(p)) for p in found]


def _write_zip(dest: Path, members: Mapping[str, str], now: dt.datetime) -> None:
    dest = Path(dest)
    tmp = dest.with_name(f".{dest.name}.{os.getpid()}.tmp")
    stamp = now.astimezone().timetuple()[:6]
    try:
        with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            for name, text in members.items():
                info = zipfile.ZipInfo(name, date_time=stamp)
                info.compress_type = zipfile.ZIP_DEFLATED
                archive.writestr(info, text.encode("utf-8"))
        with tmp.open("rb") as written:
            os.fsync(written.fileno())
        os.replace(tmp, dest)
    except OSError as exc:
        try:
            tmp.unlink(missing_ok=True)
        except OSError:
            pass
        raise _write_problem(exc, dest) from exc


def _write_problem(exc: OSError, dest: Path) -> EnvironmentProblem:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return EnvironmentProblem(f"The disk is full: the support bundle {dest} could not be written (nothing was "
                                  "left behind).", "Free some space, or write it to another disk: -o /media/usb/"
                                                   f"{dest.name}")
    if exc.errno == errno.ENOENT:
        return EnvironmentProblem(f"The folder {dest.parent} does not exist.", "Create it, or choose another -o.")
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return EnvironmentProblem(f"{dest} cannot be written: {exc.strerror}.",
                                  "Choose a folder you can write to, e.g. -o ~/support-bundle.zip")
    if exc.errno == errno.EISDIR or dest.is_dir():
        return EnvironmentProblem(f"{dest} is a folder.", f"Give a file name: -o {dest / 'support-bundle.zip'}")
    return EnvironmentProblem(f"The support bundle {dest} could not be written: {exc.strerror or exc}.",
                              "Check the disk and the folder, or choose another -o.")
