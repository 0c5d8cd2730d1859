"""`inspector.instance_lock` on real files with real second processes: who holds the lock, read without taking it or
writing a byte; a lock file another user owns (read-only fallback, or a clear problem when it cannot be opened)."""
from __future__ import annotations

import os
import pickle
import signal
import socket
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

import pytest

from inspector.errors import EnvironmentProblem
from inspector.instance_lock import LOCK_FILE, InstanceLock, running_holder

ROOT = Path(__file__).resolve().parents[2]
HOST = socket.gethostname()
NOBODY = 65534
HOLD = ("import sys; from inspector.instance_lock import InstanceLock; lock = InstanceLock(sys.argv[1]); "
        "print('held' if lock.acquire() else 'busy', flush=True); sys.stdin.readline()")


def _holder_process(data_dir: Path) -> subprocess.Popen:
    """Another process that takes the lock and keeps it until its standard input closes (or it is killed)."""
    proc = subprocess.Popen([sys.executable, "-c", HOLD, str(data_dir)], cwd=ROOT, stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "held"
    return proc


def _as_other_user(fn: Callable[[], object]) -> object:
    """`fn()` run in a forked child as the user nobody (root only): its result, or the exception it raised."""
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:                                        # the child: drop to nobody, answer, leave without cleanup
        try:
            os.close(read_end)
            os.setgroups([])
            os.setgid(NOBODY)
            os.setuid(NOBODY)
            try:
                answer: object = fn()
            except Exception as exc:                    # noqa: BLE001 - handed to the parent to assert on
                answer = exc
            os.write(write_end, pickle.dumps(answer))
        finally:
            os._exit(0)
    os.close(write_end)
    with os.fdopen(read_end, "rb") as answer_pipe:
        data = answer_pipe.read()
    os.waitpid(pid, 0)
    return pickle.loads(data)


@pytest.fixture
def shared_dir():
    """A data folder other users may enter (tmp_path's parents are root's own)."""
    folder = Path(tempfile.mkdtemp(prefix="lock-test-"))
    folder.chmod(0o755)
    yield folder
    for p in folder.iterdir():
        p.unlink()
    folder.rmdir()


def test_the_holder_is_named_while_it_runs_and_a_clean_release_names_nobody(tmp_path):
    lock = InstanceLock(tmp_path)
    assert lock.acquire() and lock.acquire()                    # taking it twice is holding it
    assert (tmp_path / LOCK_FILE).read_text() == f"{os.getpid()} {HOST}\n"
    assert running_holder(tmp_path) == f"process {os.getpid()} on {HOST}"
    assert not InstanceLock(tmp_path).acquire()                 # another lock object: refused (flock is per open)
    lock.release()
    assert (tmp_path / LOCK_FILE).read_text() == ""
    assert running_holder(tmp_path) is None and InstanceLock(tmp_path).holder() == "another process"


def test_another_process_holding_it_is_named_and_its_crash_frees_it(tmp_path):
    proc = _holder_process(tmp_path)
    try:
        assert running_holder(tmp_path) == f"process {proc.pid} on {HOST}"
        second = InstanceLock(tmp_path)
        assert not second.acquire() and second.holder() == f"process {proc.pid} on {HOST}"
    finally:
        proc.send_signal(signal.SIGKILL)                        # a crash: the file still names it
        proc.wait(10)
    assert (tmp_path / LOCK_FILE).read_text() == f"{proc.pid} {HOST}\n"
    assert running_holder(tmp_path) is None                     # a dead process holds nothing
    with InstanceLock(tmp_path) as again:
        assert again.acquire()


def test_looking_for_the_holder_takes_no_lock_and_writes_nothing(tmp_path):
    assert running_holder(tmp_path) is None and not (tmp_path / LOCK_FILE).exists()    # no file made
    lock_file = tmp_path / LOCK_FILE
    for content, expected in ((f"{os.getpid()} {HOST}\n", f"process {os.getpid()} on {HOST}"),   # alive, here
                              ("4194999 elsewhere-07\n", "process 4194999 on elsewhere-07"),     # another host
                              ("garbage", None), ("", None)):
        lock_file.write_text(content)
        os.utime(lock_file, (1_000_000, 1_000_000))
        assert running_holder(tmp_path) == expected
        assert lock_file.read_text() == content and lock_file.stat().st_mtime == 1_000_000
        # No lock was taken by the look: a bench starting now gets it (in another process, as a bench would).
        proc = _holder_process(tmp_path)
        proc.communicate("\n", timeout=10)


def test_a_lock_file_of_another_user_is_taken_read_only_or_refused_with_what_to_do(shared_dir):
    lock_file = shared_dir / LOCK_FILE
    root = os.geteuid() == 0
    lock_file.write_text("77 old-bench\n")      # left by someone else
    if root:
        lock_file.chmod(0o644)                   # root's, readable by all: another user opens it read-only
        took = _as_other_user(lambda: InstanceLock(shared_dir).acquire())
    else:
        lock_file.chmod(0o444)                   # not writable by its own user either: the same fallback
        lock = InstanceLock(shared_dir)
        took = lock.acquire()
        assert not InstanceLock(shared_dir).acquire()           # read-only, and still exclusive
        lock.release()
    assert took is True
    assert lock_file.read_text() == "77 old-bench\n"            # a read-only holder cannot write its name

    lock_file.chmod(0o600 if root else 0o000)
    refused = _as_other_user(lambda: InstanceLock(shared_dir).acquire()) if root else None
    if not root:
        with pytest.raises(EnvironmentProblem) as raised:
            InstanceLock(shared_dir).acquire()
        refused = raised.value
    assert isinstance(refused, EnvironmentProblem), refused
    assert f"The bench's lock file {lock_file} cannot be opened: Permission denied" in refused.message
    if root:
        assert "(it belongs to root, this is nobody)" in refused.message
        assert refused.what_to_do == f"Give the data folder back to the user the bench runs as: sudo chown -R nobody " \
                                     f"{shared_dir}"
    lock_file.chmod(0o644)


@pytest.mark.skipif(os.geteuid() != 0, reason="another user's process can only be made as root")
def test_a_read_only_holder_really_excludes_the_owner(shared_dir):
    lock_file = shared_dir / LOCK_FILE
    lock_file.write_text("")
    lock_file.chmod(0o644)
    ready_r, ready_w = os.pipe()
    go_r, go_w = os.pipe()
    pid = os.fork()
    if pid == 0:
        try:
            os.setgroups([])
            os.setgid(NOBODY)
            os.setuid(NOBODY)
            held = InstanceLock(shared_dir).acquire()
            os.write(ready_w, b"1" if held else b"0")
            os.read(go_r, 1)
        finally:
            os._exit(0)
    try:
        assert os.read(ready_r, 1) == b"1"
        assert not InstanceLock(shared_dir).acquire()           # root, the file's owner, is kept out
    finally:
        os.write(go_w, b"x")
        os.waitpid(pid, 0)
    with InstanceLock(shared_dir) as again:
        assert again.acquire()
