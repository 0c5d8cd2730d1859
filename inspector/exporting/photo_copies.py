"""An export's photos beside it: `<sha256>.jpg` for every hash in its `photo_hashes` column.

A hard link when the folder is on the photo store's disk (instant, no space used); else a copy written whole or not
at all (`atomic_file.replaced_atomically`), so a full disk says so and leaves no half picture behind. A file already
there under its hash is the same picture and is kept.
"""
from __future__ import annotations

import contextlib
import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from inspector.exporting.atomic_file import replaced_atomically
from inspector.photos.store import PhotoStore


@dataclass(frozen=True)
class PhotoCopies:
    linked: int = 0
    copied: int = 0
    already: int = 0     # there from an earlier export
    missing: int = 0     # not at this bench (a desk fetches other benches' photos in the background)

    @property
    def placed(self) -> int:
        return self.linked + self.copied + self.already


def copy_photos(hashes: Iterable[str], store: PhotoStore, folder: Path) -> PhotoCopies:
    """Raises ExportWriteError (disk full, no permission, no such folder); the photos placed before it stay."""
    with contextlib.suppress(OSError):   # a folder that cannot be made is explained by the first copy below
        folder.mkdir(parents=True, exist_ok=True)
    linked = copied = already = missing = 0
    for sha256 in hashes:
        source, target = store.path(sha256), folder / f"{sha256}.jpg"
        if target.exists():
            already += 1
        elif not source.exists():
            missing += 1
        elif _linked(source, target):
            linked += 1
        else:
            with replaced_atomically(target) as handle:   # a text handle; its buffer takes the bytes
                handle.buffer.write(source.read_bytes())
            copied += 1
    return PhotoCopies(linked, copied, already, missing)


def _linked(source: Path, target: Path) -> bool:
    try:
        os.link(source, target)
    except OSError:   # another disk (EXDEV), or a file system without links: copied instead
        return False
    return True
