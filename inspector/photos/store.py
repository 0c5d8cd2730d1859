"""Photos on disk, named by their hash: `photos/ab/<sha>.jpg` and `photos/thumbs/ab/<sha>.jpg`.

A file is written whole or not at all: a temporary file in the same folder, fsynced, renamed, then the folder
fsynced, so after `put` returns the photo survives a power cut. Files are read-only (0o444). The same picture
twice is one file (the second `put` finds the name there and does nothing). A full disk is an environment problem the person can act on.
"""
from __future__ import annotations

import errno
import hashlib
import logging
import os
import re
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from inspector.errors import EnvironmentProblem
from inspector.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:   # imaging loads Pillow (~80 ms): the bench's start-up does without it until a picture is made
    from inspector.photos.imaging import EncodedPhoto

log = logging.getLogger(__name__)
_SHA256 = re.compile(r"[0-9a-f]{64}")
_FULL = (errno.ENOSPC, errno.EDQUOT)


class PhotoDiskFull(EnvironmentProblem):
    def __init__(self) -> None:
        super().__init__(QT_TRANSLATE_NOOP("bench", "The disk is full: the photo was not saved."),
                         QT_TRANSLATE_NOOP("bench", "Free some space and press F9 again; the item stays in hand."))


class NotTheHash(ValueError):
    """Bytes offered under a hash they do not have."""


def checked_sha256(sha256: str) -> str:
    """The hash as a file name part; anything else (a path, upper case) is refused."""
    if not isinstance(sha256, str) or not _SHA256.fullmatch(sha256):
        raise ValueError(f"not a sha256 in hex: {sha256!r}")
    return sha256


def sha256_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _fsync_dir(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_whole(target: Path, data: bytes) -> None:
    """`data` at `target`, whole or not at all, on disk when this returns; PhotoDiskFull on a full disk."""
    tmp: Path | None = None
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(prefix=f".{target.stem[:8]}.", suffix=".tmp", dir=target.parent)
        tmp = Path(name)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        # Read-only: an export links these very files (`exporting.photo_copies`), so an edit in place of an exported
        # picture fails rather than changing the evidence.
        os.chmod(tmp, 0o444)
        os.replace(tmp, target)
        tmp = None
        _fsync_dir(target.parent)
    except OSError as exc:
        if exc.errno in _FULL:
            raise PhotoDiskFull() from exc
        raise
    finally:
        if tmp is not None:
            tmp.unlink(missing_ok=True)


class PhotoStore:
    def __init__(self, root: Path) -> None:
        self.root = Path(root)

    def path(self, sha256: str) -> Path:
        sha = checked_sha256(sha256)
        return self.root / sha[:2] / f"{sha}.jpg"

    def _thumb(self, sha256: str) -> Path:
        sha = checked_sha256(sha256)
        return self.root / "thumbs" / sha[:2] / f"{sha}.jpg"

    def has(self, sha256: str) -> bool:
        return self.path(sha256).is_file()

    def put(self, photo: EncodedPhoto) -> None:
        """The photo and its thumbnail; nothing is written again that is there already."""
        target = self.path(photo.sha256)
        if not target.is_file():
            write_whole(target, photo.jpeg)
        thumb = self._thumb(photo.sha256)
        if not thumb.is_file():
            write_whole(thumb, photo.thumb)

    def put_bytes(self, sha256: str, jpeg: bytes) -> None:
        """A photo fetched from elsewhere (the hub): its bytes must match its hash; its thumbnail is made here."""
        if sha256_of(jpeg) != checked_sha256(sha256):
            raise NotTheHash("the bytes do not match the hash")
        thumb = self._thumb(sha256)
        if not thumb.is_file():
            from inspector.photos.imaging import thumbnail_of
            write_whole(thumb, thumbnail_of(jpeg))
        target = self.path(sha256)
        if not target.is_file():
            write_whole(target, jpeg)

    def thumb_path(self, sha256: str) -> Path:
        """Where the thumbnail is; a missing one is made from the photo when the photo is here. The path may not
        exist (the photo is not here, or could not be read): callers check."""
        thumb = self._thumb(sha256)
        if not thumb.is_file() and self.has(sha256):
            from inspector.photos.imaging import NotAPicture, thumbnail_of
            try:
                write_whole(thumb, thumbnail_of(self.read(sha256)))
            except (NotAPicture, PhotoDiskFull, OSError) as exc:
                log.warning("no thumbnail for photo %s: %s", sha256, exc)
        return thumb

    def read(self, sha256: str) -> bytes:
        return self.path(sha256).read_bytes()

    def read_checked(self, sha256: str) -> bytes | None:
        """The photo's bytes when the file is here and matches its name; None when it is damaged or gone."""
        try:
            data = self.read(sha256)
        except OSError:
            return None
        return data if sha256_of(data) == sha256 else None

    def verify(self, sha256: str) -> bool:
        """Whether the photo is here and its bytes match its name."""
        return self.read_checked(sha256) is not None
