"""The exceptions' photos in the end-of-day PDF: a "Photos" cell per exception row, one thumbnail per photo.

The thumbnails exist already (the bench makes one when it saves a photo; a desk or the hub when the bytes arrive:
`inspector.photos.store.PhotoStore.thumb_path`), so the report never decodes or scales a picture: ReportLab reads
the JPEG's header for its size and writes its bytes into the PDF as they are (DCTDecode), each file once however
many cells show it. A photo whose bytes are not here yet (a desk, the hub) says so instead.
"""
from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Image, Paragraph

from inspector.i18n import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

PhotoSource = Callable[[str], Path | None]   # sha256 -> its thumbnail's path, or None when the photo is not here

PHOTO_WIDTH, PHOTO_HEIGHT = 16 * mm, 12 * mm
PHOTOS_HEADER = QT_TRANSLATE_NOOP("report", "Photos")
NOT_RECEIVED = QT_TRANSLATE_NOOP("report", "photo not received yet")


def store_photos(store: Any) -> PhotoSource:
    """The thumbnails of a `PhotoStore` (the bench's, a desk's, or the hub's photo folder, laid out alike): the path
    when the photo is here, else None. A photo whose thumbnail cannot be made (a damaged file) counts as not here."""
    def thumbnail(sha256: str) -> Path | None:
        try:
            if not store.has(sha256):
                return None
            path = Path(store.thumb_path(sha256))
        except (OSError, ValueError) as exc:
            log.warning("no thumbnail for photo %s: %s", sha256, exc)
            return None
        return path if path.is_file() else None
    return thumbnail


def bench_photos(database_file: Path) -> PhotoSource:
    """The thumbnails of the photo store in a bench database's data folder (`Paths.photos_dir`)."""
    from inspector.paths import Paths
    from inspector.photos.store import PhotoStore
    return store_photos(PhotoStore(Paths(Path(database_file).parent).photos_dir))


def photo_image(thumbnail: Path) -> Image:
    """One thumbnail at most 16 mm by 12 mm, its proportions kept (a portrait photo stands upright)."""
    return Image(str(thumbnail), PHOTO_WIDTH, PHOTO_HEIGHT, kind="bound", hAlign="LEFT")


class PhotoCells:
    """Makes the "Photos" cell of an exception row from its photos' hashes: a thumbnail per photo here, the words
    `missing_markup` (the translated "photo not received yet" as Paragraph markup: `Fonts.markup`) per photo not
    here, stacked in the cell."""

    def __init__(self, photos: PhotoSource, missing_markup: str, font_name: str, size: float) -> None:
        self._photos = photos
        # One Image per photo, however many rows show it (it keeps nothing of where it was drawn), so each file's
        # header is read once; None: the photo is not here.
        self._images: dict[str, Image | None] = {}
        self._missing = ParagraphStyle("photo-missing", fontName=font_name, fontSize=size, leading=size * 1.2)
        self._missing_markup = missing_markup
        self.missing = 0          # photos named by the rows but not here

    def image(self, sha256: str) -> Image | None:
        if sha256 not in self._images:
            path = self._photos(sha256)
            self._images[sha256] = None if path is None else photo_image(path)
        return self._images[sha256]

    def __call__(self, hashes: Sequence[str]) -> Any:
        if not hashes:
            return ""
        cell: list[Any] = []
        for sha256 in hashes:
            image = self.image(sha256)
            if image is None:
                self.missing += 1
                cell.append(Paragraph(self._missing_markup, self._missing))
            else:
                cell.append(image)
        return cell
