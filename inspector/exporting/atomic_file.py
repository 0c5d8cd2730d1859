"""Write a file whole or not at all: into a temporary file beside it, then renamed over it.

A full disk or a crash half-way leaves the old file (or none), never a truncated export someone might trust.
"""
from __future__ import annotations

import errno
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO


class ExportWriteError(Exception):
    """The export could not be written; the message says why and what to do. Nothing was left behind."""


def _explain(exc: OSError, target: Path) -> str:
    if exc.errno == errno.ENOSPC or exc.errno == errno.EDQUOT:
        return f"The disk is full: {target} was not written. Free some space and export again."
    if exc.errno in (errno.EACCES, errno.EPERM):
        return f"No permission to write {target}. Choose another folder with -o."
    if exc.errno == errno.EROFS:
        return f"{target.parent} is on a read-only disk. Choose another folder with -o."
    if exc.errno == errno.ENOENT:
        return f"The folder {target.parent} does not exist. Create it or choose another with -o."
    if exc.errno == errno.ENOTDIR:
        return f"{target.parent} is not a folder. Choose another path with -o."
    if exc.errno == errno.EISDIR:
        return f"{target} is a folder. Give a file name with -o."
    return f"{target} could not be written: {exc.strerror or exc}."


@contextmanager
def replaced_atomically(target: Path, encoding: str = "utf-8") -> Iterator[TextIO]:
    if target.is_dir():
        raise ExportWriteError(f"{target} is a folder. Give a file name with -o.")
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    except OSError as exc:
        raise ExportWriteError(_explain(exc, target)) from exc
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "w", encoding=encoding, newline="") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())  # the bytes are on disk before the name points at them
        os.chmod(tmp, 0o644 & ~_umask())
        os.replace(tmp, target)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise ExportWriteError(_explain(exc, target)) from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _umask() -> int:
    # mkstemp makes the file private (0600); an export is meant to be shared like any file the user saves.
    current = os.umask(0)
    os.umask(current)
    return current
