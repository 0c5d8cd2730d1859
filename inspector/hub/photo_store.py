"""The hub's photo files: `DIR/ab/<sha256>.jpg`, each named by the SHA-256 of its bytes, and the uploads under way in
`DIR/partial/<sha256>.part`.

A PUT's body goes to the partial with `os.write` per received chunk (no Python buffering) while an exclusive
`flock` on it is held, so a client gone mid-body, or a hub killed, leaves exactly what arrived: the next status says
where to go on. On the last byte the whole file is hashed (in the thread pool) and checked to be a JPEG (SOI at the
start, EOI at the end), then renamed into place; a file that does not match its name is deleted, and its bench
starts again from 0.
"""
from __future__ import annotations

import asyncio
import errno
import fcntl
import hashlib
import os
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path

from fastapi.concurrency import run_in_threadpool

from inspector.photos.store import checked_sha256

LOCK_WAIT_SECONDS = 5.0    # another request still writing this photo (its client just went): wait this long for it
_LOCK_POLL_SECONDS = 0.05
_DISK_FULL = (errno.ENOSPC, errno.EDQUOT)


@dataclass(frozen=True)
class Progress:
    received: int
    complete: bool


class WrongOffset(Exception):
    """The chunk does not start where the hub's partial ends (409)."""

    def __init__(self, received: int) -> None:
        super().__init__(received)
        self.received = received


class Busy(WrongOffset):
    """Another request holds this photo's partial longer than `LOCK_WAIT_SECONDS` (409, with what it holds now)."""


class NotTheHash(Exception):
    """The whole file's hash is not its name (`reason` "hash"), or it is not a JPEG ("not_jpeg"): the partial is
    deleted (422)."""

    def __init__(self, detail: str, reason: str) -> None:
        super().__init__(detail)
        self.detail, self.reason = detail, reason


class DiskFull(Exception):
    """The hub's disk is full (507): what was written is kept, `received` says how much."""

    def __init__(self, received: int) -> None:
        super().__init__(received)
        self.received = received


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view):]


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


class HubPhotoStore:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.partial_dir = root / "partial"
        self.partial_dir.mkdir(parents=True, exist_ok=True)

    # The routes' path pattern checks the hash first; these check it again, so no name ever leaves the folder.
    def path(self, sha256: str) -> Path:
        sha = checked_sha256(sha256)
        return self.root / sha[:2] / f"{sha}.jpg"

    def partial_path(self, sha256: str) -> Path:
        return self.partial_dir / f"{checked_sha256(sha256)}.part"

    def has(self, sha256: str) -> bool:
        return self.path(sha256).is_file()

    def received(self, sha256: str) -> int:
        """The bytes of an upload under way that the hub holds (0 when none)."""
        try:
            return self.partial_path(sha256).stat().st_size
        except FileNotFoundError:
            return 0

    async def receive(self, sha256: str, offset: int, end: int, total: int,
                      chunks: AsyncIterator[bytes]) -> Progress:
        """Appends the chunks (bytes `offset` up to `end` of `total`) to the partial; on the last byte, checks the
        whole file and puts it in place. Bytes beyond `end` are not written."""
        fd = await self._locked_partial(sha256)
        try:
            if self.has(sha256):    # finished by the request that held the lock before this one
                os.unlink(self.partial_path(sha256))
                return Progress(total, True)
            held = os.fstat(fd).st_size
            if held != offset:
                raise WrongOffset(held)
            os.lseek(fd, held, os.SEEK_SET)
            async for chunk in chunks:
                part = chunk[:end - held]
                if part:
                    try:
                        _write_all(fd, part)
                    except OSError as exc:
                        if exc.errno in _DISK_FULL:
                            raise DiskFull(os.fstat(fd).st_size) from exc
                        raise
                    held += len(part)
                if held >= end:
                    break
            if held < total:
                return Progress(held, False)
            await run_in_threadpool(self._finish, sha256, fd)
            return Progress(total, True)
        finally:
            os.close(fd)   # releases the lock

    async def settle(self, sha256: str, total: int) -> bool:
        """Finishes a partial that holds every byte but was never put in place (the hub died between the last write
        and the rename), so its status says complete, or that it starts again from 0. True when the photo is here."""
        if self.has(sha256) or total <= 0 or self.received(sha256) != total:
            return self.has(sha256)
        try:
            fd = await self._locked_partial(sha256)
        except Busy:
            return False
        try:
            if not self.has(sha256) and os.fstat(fd).st_size == total:
                try:
                    await run_in_threadpool(self._finish, sha256, fd)
                except NotTheHash:
                    pass     # the partial is deleted: the bench sends it again from 0
        finally:
            os.close(fd)
        return self.has(sha256)

    async def _locked_partial(self, sha256: str) -> int:
        """The partial, opened (made if missing) and exclusively locked. A partial renamed or deleted while this
        request waited for its lock is opened anew."""
        path = self.partial_path(sha256)
        waited = 0.0
        while True:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT, 0o644)
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                os.close(fd)
                if waited >= LOCK_WAIT_SECONDS:
                    raise Busy(self.received(sha256)) from None
                await asyncio.sleep(_LOCK_POLL_SECONDS)
                waited += _LOCK_POLL_SECONDS
                continue
            try:
                same = os.stat(path).st_ino == os.fstat(fd).st_ino
            except FileNotFoundError:
                same = False
            if same:
                return fd
            os.close(fd)

    def _finish(self, sha256: str, fd: int) -> None:
        """Thread pool: the whole partial checked against its name, then renamed into place (or deleted)."""
        partial = self.partial_path(sha256)
        with open(partial, "rb") as f:
            digest = hashlib.file_digest(f, "sha256").hexdigest()
            size = os.fstat(f.fileno()).st_size
            f.seek(0)
            start = f.read(2)
            f.seek(max(size - 2, 0))
            last = f.read(2)
        if digest != sha256:
            os.unlink(partial)
            raise NotTheHash("the bytes do not match the hash", "hash")
        if size < 4 or start != b"\xff\xd8" or last != b"\xff\xd9":
            os.unlink(partial)
            raise NotTheHash("the bytes are not a JPEG picture", "not_jpeg")
        final = self.path(sha256)
        try:
            os.fsync(fd)
            final.parent.mkdir(exist_ok=True)
            os.replace(partial, final)
            _fsync_dir(final.parent)
            _fsync_dir(self.partial_dir)
        except OSError as exc:
            if exc.errno in _DISK_FULL:
                raise DiskFull(size) from exc
            raise
