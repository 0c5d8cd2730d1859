"""A desk's copies of other stations' `inspection_photo` records: rows of `inspection_photos` with origin 'site',
stored by `inspector.sync.site_copies.store_copies` after the items they show (the same page, the same transaction).

The record carries no file: `inspector.sync.photo_fetch` brings the bytes later and sets `uploaded_at` ("fetched
here"). A newer version of a copy (removed, or moved to another finding) keeps that mark while it names the same
photo. The record says whether a photo was removed, not when: a removed copy takes its taking time as its removal's.
A copy goes with its item when `drop_old_copies` drops the item (the foreign key cascades).
"""
from __future__ import annotations

from typing import Any

from sqlalchemy import Connection

from inspector.storage.orm import SITE_COPY
from inspector.sync.site_copies import Copy, CopyReport, newer_on_items, stored_time

_COLUMNS = ("id", "version", "inspection_id", "finding_code", "sha256", "bytes", "width", "height", "taken_at",
            "operator_id", "station", "source", "removed_at", "origin", "upload_attempts")
_INSERT = (f"INSERT INTO inspection_photos ({', '.join(_COLUMNS)}) "
           f"VALUES ({', '.join('?' * len(_COLUMNS))})")
# The mark "fetched here" holds while the copy names the same photo (SQLite reads the old row on the right-hand side).
_UPDATE = (f"UPDATE inspection_photos SET version = ?, inspection_id = ?, finding_code = ?, bytes = ?, width = ?, "
           f"height = ?, taken_at = ?, operator_id = ?, station = ?, source = ?, "
           f"removed_at = CASE WHEN ? THEN coalesce(removed_at, ?) END, "
           f"uploaded_at = CASE WHEN sha256 = ? THEN uploaded_at END, "
           f"upload_attempts = CASE WHEN sha256 = ? THEN upload_attempts ELSE 0 END, "
           f"upload_error = CASE WHEN sha256 = ? THEN upload_error END, sha256 = ? "
           f"WHERE id = ? AND origin = '{SITE_COPY}'")


def _insert_row(record: Copy) -> tuple[Any, ...]:
    d = record.data
    taken = stored_time(d["taken_at"])
    return (record.id, record.version, d["inspection_id"], d["finding_code"], d["sha256"], d["bytes"], d["width"],
            d["height"], taken, d["operator_id"], record.station, d["source"], taken if d["removed"] else None,
            SITE_COPY, 0)


def _update_row(record: Copy) -> tuple[Any, ...]:
    d = record.data
    taken, sha = stored_time(d["taken_at"]), d["sha256"]
    return (record.version, d["inspection_id"], d["finding_code"], d["bytes"], d["width"], d["height"], taken,
            d["operator_id"], record.station, d["source"], bool(d["removed"]), taken, sha, sha, sha, sha, record.id)


def store_photos(conn: Connection, records: dict[str, Copy], report: CopyReport) -> None:
    """The page's photo records newer than the desk holds, for items held here as copies; a photo of an item this
    desk does not hold, or holds as its own, is set aside."""
    found = newer_on_items(conn, "inspection_photos", records, report)
    report.set_aside.extend((r.id, "the inspection it shows is not at this desk") for r in found.missing)
    report.set_aside.extend((r.id, "the inspection it shows is one of this bench's own") for r in found.on_own)
    kept, held = found.on_copies, found.held
    inserts = [_insert_row(r) for r in kept if r.id not in held]
    updates = [_update_row(r) for r in kept if r.id in held]
    if inserts:
        conn.exec_driver_sql(_INSERT, inserts)
    if updates:
        conn.exec_driver_sql(_UPDATE, updates)
    report.stored += len(kept)
