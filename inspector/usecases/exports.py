"""A supervisor's export of the item inspections completed over a range of the site's days, as CSV or JSON.

The window's Export dialog runs this on the database lane. The role is checked here (with the review's own check),
so an inspector is refused whatever a window shows. The rows are streamed from the database into the file chunk by
chunk (`inspector.exporting`), written whole or not at all; `progress` may raise `Cancelled` to stop it.

The command line's `inspector export` calls `inspector.exporting` directly: it has no signed-in operator, and whoever
runs it holds the data folder anyway.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from inspector.errors import RefusedError
from inspector.exporting import FORMATS, export_range
from inspector.exporting.day_rows import photo_hashes_between
from inspector.exporting.photo_copies import PhotoCopies, copy_photos
from inspector.exporting.progress import ProgressCallback
from inspector.i18n import QT_TRANSLATE_NOOP
from inspector.photos.store import PhotoStore
from inspector.usecases.review import require_range, require_supervisor
from inspector.usecases.unit_of_work import UnitOfWork


@dataclass(frozen=True)
class ExportInspections:
    supervisor_id: str
    first_day: dt.date
    last_day: dt.date            # inclusive, the site's days (inspector.domain.site_day)
    fmt: str                     # one of inspector.exporting.FORMATS
    output: Path
    station: str | None = None   # None or blank: every station
    # With both: the exported items' photos are placed in `photos_to` as <sha256>.jpg (`exporting.photo_copies`).
    photos_to: Path | None = None
    photo_store: Path | None = None   # the bench's photo store (`Paths.photos_dir`)


@dataclass(frozen=True)
class ExportDone:
    count: int
    output: Path
    photos: PhotoCopies | None = None


def export_inspections(cmd: ExportInspections, uow: UnitOfWork,
                       progress: ProgressCallback | None = None) -> ExportDone:
    """Raises RefusedError (not a supervisor, a range backwards, an unknown format), ExportWriteError (the file could
    not be written; nothing is left behind; or a photo could not be placed, the export being whole) or Cancelled
    (from `progress`; nothing is left behind)."""
    if cmd.fmt not in FORMATS:
        raise RefusedError(QT_TRANSLATE_NOOP("bench", "Unknown export format {fmt}: choose {formats}."),
                           fmt=cmd.fmt, formats=", ".join(FORMATS))
    require_range(cmd.first_day, cmd.last_day)
    with uow:
        require_supervisor(uow, cmd.supervisor_id)
    # Read after the check's transaction ends: the export reads through its own session, in chunks.
    station = (cmd.station or "").strip() or None
    count = export_range(uow.database, cmd.first_day, cmd.last_day, cmd.fmt, cmd.output, station, progress,
                         uow.policy.zone)
    if cmd.photos_to is None or cmd.photo_store is None:
        return ExportDone(count, cmd.output)
    hashes = photo_hashes_between(uow.database, cmd.first_day, cmd.last_day, station, uow.policy.zone)
    return ExportDone(count, cmd.output, copy_photos(hashes, PhotoStore(cmd.photo_store), cmd.photos_to))
