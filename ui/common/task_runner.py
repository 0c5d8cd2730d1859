"""Keeps work off the GUI thread: one database lane and one lane for network, printing and PDF building.

The database lane is a single worker `QThread` draining a FIFO queue, so every `BenchSession` call runs on the
same thread and in the order it was submitted (SQLite wants one writer, and the session is not thread-safe).
Background database work (sync steps, the idle checkpoint) is queued apart and runs only when no operator intent
waits: a scan never queues behind a sync step that was submitted after it, and at most behind one already running. The
background lane is a private `QThreadPool` for work that may overlap (a label print must not wait behind a scan).

Like Picard's `run_task` and Anki's task manager: the callback always runs on the GUI thread, and errors are
delivered too. A task with no error callback that raises is a bug: it is logged with its traceback and announced by
`bug_reported`, which the window turns into a red banner. Background work never touches widgets; it only returns
values.
"""
from __future__ import annotations

import itertools
import logging
import threading
import traceback
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThread, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)

Callback = Callable[[Any], None]
ErrorCallback = Callable[[BaseException], None]


@dataclass
class _Task:
    number: int
    fn: Callable[[], Any]
    on_done: Callback | None
    on_error: ErrorCallback | None
    description: str
    yields: bool = False           # background work: runs only when nothing else waits


@dataclass
class _Outcome:
    task: _Task
    result: Any = None
    error: BaseException | None = None
    trace: str = ""
    ok: bool = True


def _run(task: _Task) -> _Outcome:
    try:
        return _Outcome(task, result=task.fn())
    except BaseException as exc:  # noqa: BLE001 - delivered to the GUI thread, never swallowed
        return _Outcome(task, error=exc, trace=traceback.format_exc(), ok=False)


class _OutcomePoster(QObject):
    """Lives on the GUI thread; signals emitted from a worker arrive here queued, in emission order."""
    outcome_posted = Signal(object)


class _Lane(QObject):
    """What both lanes share: numbering, delivery on the GUI thread, the pending count."""

    busy_changed = Signal(bool)
    bug_reported = Signal(str, str)          # short message, traceback

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self._numbers = itertools.count(1)
        self._pending = 0
        self._closed = False
        self._poster = _OutcomePoster()
        self._poster.outcome_posted.connect(self._deliver)

    @property
    def pending(self) -> int:
        """Tasks submitted whose callback has not run yet."""
        return self._pending

    @property
    def closed(self) -> bool:
        return self._closed

    def submit(self, fn: Callable[..., Any], *args: Any, on_done: Callback | None = None,
               on_error: ErrorCallback | None = None, description: str = "", yields: bool = False,
               **kwargs: Any) -> int:
        """`yields=True`: background work that lets every task without it go first (the database lane only)."""
        if self._closed:
            raise RuntimeError(f"the {self.name} lane is shut down")
        call = (lambda: fn(*args, **kwargs)) if (args or kwargs) else fn
        task = _Task(next(self._numbers), call, on_done, on_error, description or getattr(fn, "__qualname__", "task"),
                     yields)
        self._pending += 1
        if self._pending == 1:
            self.busy_changed.emit(True)
        self._start(task)
        return task.number

    def _start(self, task: _Task) -> None:  # pragma: no cover - abstract
        raise NotImplementedError

    def _post(self, outcome: _Outcome) -> None:
        """Called on the worker thread."""
        self._poster.outcome_posted.emit(outcome)

    @Slot(object)
    def _deliver(self, outcome: _Outcome) -> None:
        self._pending -= 1
        try:
            if outcome.ok:
                if outcome.task.on_done is not None:
                    outcome.task.on_done(outcome.result)
            elif outcome.task.on_error is not None:
                outcome.task.on_error(outcome.error)  # type: ignore[arg-type]
            else:
                self._report_bug(f"{outcome.task.description} failed: {outcome.error!r}", outcome.trace)
        except Exception as exc:  # noqa: BLE001 - a broken callback is a bug, and must not kill the event loop
            self._report_bug(f"callback of {outcome.task.description} failed: {exc!r}", traceback.format_exc())
        finally:
            if self._pending == 0:
                self.busy_changed.emit(False)

    def _report_bug(self, message: str, trace: str) -> None:
        log.error("%s lane: %s\n%s", self.name, message, trace)
        self.bug_reported.emit(message, trace)


class _TwoQueues:
    """First in, first out within each queue; the urgent queue is always emptied first."""

    def __init__(self) -> None:
        self._ready = threading.Condition()
        self._urgent: deque[Any] = deque()
        self._later: deque[Any] = deque()

    def put(self, item: Any, later: bool = False) -> None:
        with self._ready:
            (self._later if later else self._urgent).append(item)
            self._ready.notify()

    def get(self) -> Any:
        with self._ready:
            while not (self._urgent or self._later):
                self._ready.wait()
            return self._urgent.popleft() if self._urgent else self._later.popleft()


class DatabaseLane(_Lane):
    """One worker thread: tasks run one at a time, in submission order, except that tasks submitted with
    `yields=True` wait while any other task waits (they keep their own order among themselves)."""

    _STOP = object()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__("database", parent)
        self._queue = _TwoQueues()
        self._thread = _QueueThread(self._queue, self._STOP, self._post)
        self._thread.setObjectName("database-lane")
        self._thread.start()

    @property
    def thread_ident(self) -> int | None:
        """The worker's thread id, so tests can prove where the session was called."""
        return self._thread.ident

    def _start(self, task: _Task) -> None:
        self._queue.put(task, later=task.yields)

    def shutdown(self, timeout_ms: int = 30_000) -> bool:
        """Lets everything already queued run (an operator's scans are never dropped), then stops the thread.

        Callbacks of tasks finished after this call are still delivered if the event loop runs again; callers that
        are going away simply stop listening.
        """
        if self._closed:
            return True
        self._closed = True
        self._queue.put(self._STOP, later=True)   # behind everything already queued, background work included
        finished = self._thread.wait(timeout_ms)
        if not finished:
            log.error("database lane did not finish within %d ms", timeout_ms)
        return finished


class _QueueThread(QThread):
    def __init__(self, tasks: _TwoQueues, stop: object, post: Callable[[_Outcome], None]) -> None:
        super().__init__()
        self._tasks = tasks
        self._stop = stop
        self._post = post
        self.ident: int | None = None

    def run(self) -> None:
        self.ident = threading.get_ident()
        while True:
            task = self._tasks.get()
            if task is self._stop:
                return
            self._post(_run(task))


class _PoolJob(QRunnable):
    def __init__(self, task: _Task, post: Callable[[_Outcome], None]) -> None:
        super().__init__()
        self._task = task
        self._post_outcome = post
        self.setAutoDelete(True)

    def run(self) -> None:
        self._post_outcome(_run(self._task))


class BackgroundLane(_Lane):
    """Network, printing, PDF: may run side by side; order between tasks is not promised."""

    def __init__(self, max_threads: int = 2, parent: QObject | None = None) -> None:
        super().__init__("background", parent)
        self._pool = QThreadPool()
        self._pool.setMaxThreadCount(max_threads)

    def _start(self, task: _Task) -> None:
        self._pool.start(_PoolJob(task, self._post))

    def shutdown(self, timeout_ms: int = 30_000) -> bool:
        if self._closed:
            return True
        self._closed = True
        self._pool.clear()  # jobs not started yet are dropped: printing a label after the window closed helps no one
        finished = self._pool.waitForDone(timeout_ms)
        if not finished:
            log.error("background lane did not finish within %d ms", timeout_ms)
        return finished


class TaskRunner(QObject):
    """The two lanes the app owns; `shutdown()` waits for both so no thread outlives the window."""

    bug_reported = Signal(str, str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.database = DatabaseLane(self)
        self.background = BackgroundLane(parent=self)
        self.database.bug_reported.connect(self.bug_reported)
        self.background.bug_reported.connect(self.bug_reported)

    def run_db(self, fn: Callable[..., Any], *args: Any, on_done: Callback | None = None,
               on_error: ErrorCallback | None = None, **kwargs: Any) -> int:
        return self.database.submit(fn, *args, on_done=on_done, on_error=on_error, **kwargs)

    def run_db_background(self, fn: Callable[..., Any], *args: Any, on_done: Callback | None = None,
                          on_error: ErrorCallback | None = None, **kwargs: Any) -> int:
        """Database work nobody is waiting to see (sync steps): it lets the operator's queued intents go first."""
        return self.database.submit(fn, *args, on_done=on_done, on_error=on_error, yields=True, **kwargs)

    def run_background(self, fn: Callable[..., Any], *args: Any, on_done: Callback | None = None,
                       on_error: ErrorCallback | None = None, **kwargs: Any) -> int:
        return self.background.submit(fn, *args, on_done=on_done, on_error=on_error, **kwargs)

    def shutdown(self, timeout_ms: int = 30_000) -> bool:
        background_ok = self.background.shutdown(timeout_ms)
        database_ok = self.database.shutdown(timeout_ms)
        return background_ok and database_ok
