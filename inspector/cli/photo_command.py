"""`inspector photo add ID FILE [--badge B] [--finding CODE]` and `inspector photo list ID`: an item's photos from
the command line, as the bench's Ctrl+O and its photo strip have them.

ID is the license plate on the item's label or the inspection id. `add` turns the picture into a clean JPEG (upright,
at most the policy's long side, no metadata), stores it by its hash and records it against the item (or one of its
findings), to be uploaded with the bench's photos. `list` prints a JSON array, removed photos included.
Exit codes: 0 done; 2 not found, not a picture, or unusable.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path

from sqlalchemy import select

from inspector.domain.policy import PolicyError
from inspector.errors import EnvironmentProblem, RefusedError
from inspector.paths import resolve_paths
from inspector.photos.imaging import NotAPicture, PhotoLimits, encode_file
from inspector.photos.store import PhotoStore
from inspector.printing.label_source import find_inspection
from inspector.settings import SettingsError, running_settings, site_policy
from inspector.storage.database import Database
from inspector.storage.orm import OperatorRow
from inspector.usecases import photos
from inspector.usecases.unit_of_work import UnitOfWork

EXIT_OK, EXIT_UNUSABLE = 0, 2
NOT_A_PICTURE = "This file is not a picture (JPEG, PNG or HEIC)."   # imaging's refusal of a file that is none


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("photo", help="add a picture to an item, or list its photos",
                                   description="An item's damage photos. ID is the license plate on the item's "
                                               "label or the inspection id.")
    sub = parser.add_subparsers(dest="photo_command", metavar="ACTION", required=True)
    add = sub.add_parser("add", help="add a picture file (JPEG, PNG or HEIC) to an item",
                         description="Store FILE as a photo of the item (a clean JPEG named by its hash, no "
                                     "metadata) and record it, to be uploaded with the bench's photos.")
    add.add_argument("id", metavar="INSPECTION_ID|PLATE")
    add.add_argument("file", type=Path, metavar="FILE")
    add.add_argument("--badge", metavar="B", help="the operator who took it (default: the item's inspector)")
    add.add_argument("--finding", metavar="CODE", help="a photo of this finding (it is ticked if it was not)")
    add.set_defaults(func=run_add)
    listing = sub.add_parser("list", help="print an item's photos as JSON",
                             description="A JSON array: id, sha256, bytes, width, height, taken_at (UTC), operator "
                                         "(badge), station, finding, source, removed, uploaded, path (null when "
                                         "the file is not at this bench).")
    listing.add_argument("id", metavar="INSPECTION_ID|PLATE")
    listing.set_defaults(func=run_list)


def _fail(message: object) -> int:
    print(f"inspector photo: {message}", file=sys.stderr)
    return EXIT_UNUSABLE


def _open(args: argparse.Namespace) -> tuple[object, Database] | str:
    paths = resolve_paths(args.data_dir)
    if not paths.database.exists():
        return f"no bench database at {paths.database}. Check --data-dir."
    return paths, Database.open_sqlite(paths.database)


def run_add(args: argparse.Namespace) -> int:
    opened = _open(args)
    if isinstance(opened, str):
        return _fail(opened)
    paths, database = opened
    try:
        policy = site_policy(paths)
        station = running_settings(paths, getattr(args, "station", None)).station
        try:
            data = args.file.read_bytes()
        except OSError as exc:
            return _fail(f"{args.file} cannot be read: {exc.strerror or exc}.")
        try:
            encoded = encode_file(data, PhotoLimits.of(policy.photos))
        except NotAPicture as exc:
            if exc.text.template != NOT_A_PICTURE:     # too big, too many pixels: the reason as it is
                return _fail(f"{args.file}: {exc}")
            return _fail(f"{args.file} is not a picture (JPEG, PNG or HEIC).")
        uow = UnitOfWork(database, policy)
        with uow:
            row = find_inspection(uow, args.id)
            inspection_id, plate, operator_id = row.id, row.license_plate, row.operator_id
            if args.badge:
                operator_id = uow.session.scalar(select(OperatorRow.id).where(OperatorRow.badge == args.badge))
                if operator_id is None:
                    return _fail(f"no operator with badge {args.badge} on this bench.")
        PhotoStore(paths.photos_dir).put(encoded)   # the file first: a recorded photo always has its bytes
        view = photos.attach_photo(photos.AttachPhoto(
            inspection_id=inspection_id, sha256=encoded.sha256, size=encoded.size, width=encoded.width,
            height=encoded.height, finding_code=args.finding, taken_at=dt.datetime.now(dt.timezone.utc),
            operator_id=operator_id, station=station, source="file"), UnitOfWork(database, policy))
    except (RefusedError, EnvironmentProblem, PolicyError, SettingsError) as exc:
        return _fail(exc)
    finally:
        database.dispose()
    print(f"Photo {view.sha256} added to {plate} ({view.width}x{view.height}, {view.bytes:,} bytes).")
    return EXIT_OK


def run_list(args: argparse.Namespace) -> int:
    opened = _open(args)
    if isinstance(opened, str):
        return _fail(opened)
    paths, database = opened
    try:
        uow = UnitOfWork(database, site_policy(paths))
        with uow:
            inspection_id = find_inspection(uow, args.id).id
            badges = dict(uow.session.execute(select(OperatorRow.id, OperatorRow.badge)).all())
        found = photos.photos_of(UnitOfWork(database, uow.policy), inspection_id, include_removed=True)
    except (RefusedError, EnvironmentProblem, PolicyError) as exc:
        return _fail(exc)
    finally:
        database.dispose()
    store = PhotoStore(paths.photos_dir)
    print(json.dumps([{
        "id": p.id, "sha256": p.sha256, "bytes": p.bytes, "width": p.width, "height": p.height,
        "taken_at": p.taken_at.isoformat(), "operator": badges.get(p.operator_id, p.operator_id),
        "station": p.station, "finding": p.finding_code, "source": p.source, "removed": p.removed,
        "uploaded": p.uploaded, "path": str(store.path(p.sha256)) if store.has(p.sha256) else None,
    } for p in found], indent=2, ensure_ascii=False))
    return EXIT_OK
