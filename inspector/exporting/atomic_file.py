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

from inspector.errors import EnvironmentProblem
from inspector.i18n import QT_TRANSLATE_NOOP, text


class ExportWriteError(EnvironmentProblem):
    """The export could not be written; the message says why and what to do. Nothing was left behind.

    An environment problem (disk full, no permission), not a bug. The message names no interface (no `-o`, no
    button), because the command line and the window both show it; its parts are marked for translation.
    """

    def __init__(self, problem: str, what_to_do: str, **params: object) -> None:
        super().__init__(problem.format(**params), what_to_do.format(**params))
        self.text = text("{problem} {action}", problem=text(problem, **params), action=text(what_to_do, **params))


_CHOOSE_FOLDER = QT_TRANSLATE_NOOP("bench", "Choose another folder.")


def _explain(exc: OSError, target: Path) -> ExportWriteError:
    path, folder = str(target), str(target.parent)
    if exc.errno == errno.ENOSPC or exc.errno == errno.EDQUOT:
        return ExportWriteError(QT_TRANSLATE_NOOP("bench", "The disk is full: {path} was not written."),
                                QT_TRANSLATE_NOOP("bench", "Free some space and export again."), path=path)
    if exc.errno in (errno.EACCES, errno.EPERM):
        return ExportWriteError(QT_TRANSLATE_NOOP("bench", "No permission to write {path}."), _CHOOSE_FOLDER,
                                path=path)
    if exc.errno == errno.EROFS:
        return ExportWriteError(QT_TRANSLATE_NOOP("bench", "{folder} is on a read-only disk."), _CHOOSE_FOLDER,
                                folder=folder)
    if exc.errno == errno.ENOENT:
        return ExportWriteError(QT_TRANSLATE_NOOP("bench", "The folder {folder} does not exist."),
                                QT_TRANSLATE_NOOP("bench", "Create it or choose another folder."), folder=folder)
    if exc.errno == errno.ENOTDIR:
        return ExportWriteError(QT_TRANSLATE_NOOP("bench", "{folder} is not a folder."),
                                QT_TRANSLATE_NOOP("bench", "Choose another path."), folder=folder)
    if exc.errno == errno.EISDIR:
        return _is_a_folder(target)
    return ExportWriteError(QT_TRANSLATE_NOOP("bench", "{path} could not be written: {why}."),
                            QT_TRANSLATE_NOOP("bench", "Check the disk or choose another folder."), path=path,
                            why=exc.strerror or str(exc))


def _is_a_folder(target: Path) -> ExportWriteError:
    return ExportWriteError(QT_TRANSLATE_NOOP("bench", "{path} is a folder."),
                            QT_TRANSLATE_NOOP("bench", "Give a file name."), path=str(target))


@contextmanager
def replaced_atomically(target: Path, encoding: str = "utf-8") -> Iterator[TextIO]:
    if target.is_dir():
        raise _is_a_folder(target)
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    except OSError as exc:
        raise _explain(exc, target) from exc
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
        raise _explain(exc, target) from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _umask() -> int:
    # mkstemp makes the file private (0600); an export is meant to be shared like any file the user saves.
    current = os.umask(0)
    os.umask(current)
    return current
