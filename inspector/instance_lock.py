"""One bench per data dir: the window holds an advisory lock on `<data dir>/bench.lock` while it runs.

Two windows on one data dir would each take scans into the same database and print from the same queues. The lock
is `fcntl.flock` (the standard library; no library does more for one local file): the kernel drops it when the
process ends, crash included, so a stale lock can never block a restart. The file also says who holds it ("1234
bench-07"), for the message a second start shows and for `inspector restore`, which refuses to replace a database a
running bench has open; a clean release empties it.

A lock file another user owns (left by `sudo inspector restore`, or a data dir shared by a group) is opened read-only
when it cannot be opened for writing: flock works on a read-only descriptor, only the holder's name cannot be written
then. When it cannot be opened at all, `acquire` raises EnvironmentProblem saying whose it is and what to do.

`running_holder` (for `inspector doctor`) only reads the file: it never takes the lock, so a bench starting at that
moment is never turned away by the look.
"""
from __future__ import annotations

import fcntl
import os
import socket
from pathlib import Path

LOCK_FILE = "bench.lock"


class InstanceLock:
    def __init__(self, data_dir: Path) -> None:
        self.path = Path(data_dir) / LOCK_FILE
        self._fd: int | None = None
        self._writable = False

    def acquire(self) -> bool:
        """Takes the lock without waiting; False when another process (or another lock object) holds it. Raises
        EnvironmentProblem when the lock file can be neither made nor opened (another user's, no read access)."""
        if self._fd is not None:
            return True
        fd, writable = self._open()
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            return False
        if writable:
            os.ftruncate(fd, 0)
            os.write(fd, f"{os.getpid()} {socket.gethostname()}\n".encode())
        self._fd, self._writable = fd, writable
        return True

    def _open(self) -> tuple[int, bool]:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            return os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644), True
        except OSError as exc:
            first = exc
        try:
            return os.open(self.path, os.O_RDONLY | os.O_CLOEXEC), False
        except OSError:
            pass
        from inspector.errors import EnvironmentProblem    # not at import: the window imports this before its paint
        raise EnvironmentProblem(
            f"The bench's lock file {self.path} cannot be opened: {first.strerror} ({_owner_text(self.path)}).",
            f"Give the data folder back to the user the bench runs as: sudo chown -R {user_name(os.geteuid())} "
            f"{self.path.parent}") from first

    def release(self) -> None:
        if self._fd is not None:
            if self._writable:
                try:
                    os.ftruncate(self._fd, 0)     # a clean end names nobody (a crash leaves a dead process's id)
                except OSError:
                    pass
            fcntl.flock(self._fd, fcntl.LOCK_UN)
            os.close(self._fd)
            self._fd = None

    def holder(self) -> str:
        """"process 1234 on bench-07", as the lock file says; "another process" when it says nothing readable."""
        found = _read_holder(self.path)
        return "another process" if found is None else f"process {found[0]} on {found[1]}"

    def __enter__(self) -> "InstanceLock":
        return self

    def __exit__(self, *_exc: object) -> None:
        self.release()


def running_holder(data_dir: Path) -> str | None:
    """Who runs a bench on `data_dir` now ("process 1234 on bench-07"), or None when nobody does, from the lock file
    alone: nothing is locked or written. A process on this host counts while it is alive; one on another host (a data
    folder on a network share) is reported as the file names it, as this host cannot look."""
    found = _read_holder(Path(data_dir) / LOCK_FILE)
    if found is None:
        return None
    pid, host = found
    if host == socket.gethostname() and not _alive(pid):
        return None
    return f"process {pid} on {host}"


def _read_holder(path: Path) -> tuple[int, str] | None:
    try:
        pid, host = path.read_text(encoding="utf-8").split()[:2]
        return int(pid), host
    except (OSError, ValueError, UnicodeDecodeError):
        return None


def _alive(pid: int) -> bool:
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except PermissionError:
        return True           # another user's process: alive
    except (ProcessLookupError, OverflowError):
        return False
    return True


def user_name(uid: int) -> str:
    import pwd
    try:
        return pwd.getpwuid(uid).pw_name
    except KeyError:
        return str(uid)


def _owner_text(path: Path) -> str:
    try:
        return f"it belongs to {user_name(path.stat().st_uid)}, this is {user_name(os.geteuid())}"
    except OSError:
        return f"this is {user_name(os.geteuid())}"

