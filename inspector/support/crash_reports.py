"""Crash reports: an exception nobody caught, on the main thread or any other, is written to
`<data dir>/crash/crash-YYYYmmdd-HHMMSS-<program>.txt` (traceback, version, Python, platform, the last log lines),
with tokens and PINs removed, and then handed to the hook that was there before (which prints it as usual).

Writing a report never raises: a full disk must not turn one crash into two. At most `KEEP` reports are kept, the
newest.

Reports are rate limited (`ReportLimit`): an exception in something Qt calls for every event (an event filter, a
paint) would otherwise write a report and a `log.critical` per event. At most one report per kind of error (its type
and the innermost frame's file:line) per `PER_PLACE_SECONDS`, and at most `MOST_PER_MINUTE` reports a minute in all.
The errors left out are counted, and the next report written says how many, of which kind and where. The hook that
was there before is still called for every one (it prints the traceback to stderr, as Python does without us).
"""
from __future__ import annotations

import datetime as dt
import logging
import os
import platform
import sys
import threading
import time
import traceback
from collections import Counter, deque
from collections.abc import Callable, Sequence
from pathlib import Path
from types import TracebackType

from inspector import __version__
from inspector.paths import Paths

CRASH_DIR_NAME = "crash"
KEEP = 20
LOG_LINES = 200
_LOG_TAIL_BYTES = 256 * 1024   # enough for 200 lines of any sane length; the log itself may be 2 MB

PER_PLACE_SECONDS = 60.0   # one report per kind of error and place in this time
MOST_PER_MINUTE = 5        # and no more than this many reports a minute, whatever they are
_LISTED_PLACES = 10        # a report names at most this many kinds of error left out

log = logging.getLogger(__name__)
Clock = Callable[[], dt.datetime]
Monotonic = Callable[[], float]


class ReportLimit:
    """Which uncaught exceptions get a report. Shared by the main-thread and thread hooks (hence the lock); the clock
    is monotonic (a wall clock set back must not silence reports) and injectable."""

    def __init__(self, monotonic: Monotonic = time.monotonic, per_place_seconds: float = PER_PLACE_SECONDS,
                 most_per_minute: int = MOST_PER_MINUTE) -> None:
        self._monotonic = monotonic
        self._per_place_seconds = per_place_seconds
        self._most_per_minute = most_per_minute
        self._last_at_place: dict[str, float] = {}
        self._written: deque[float] = deque()
        self._left_out: Counter[str] = Counter()
        self._lock = threading.Lock()

    def admit(self, exc: BaseException, tb: TracebackType | None) -> list[str] | None:
        """None when this error is not to be written (it is counted); otherwise the lines telling the errors left out
        since the last report written (none: an empty list)."""
        place = error_place(exc, tb)
        with self._lock:
            now = self._monotonic()
            while self._written and now - self._written[0] >= 60.0:
                self._written.popleft()
            last = self._last_at_place.get(place)
            if (last is not None and now - last < self._per_place_seconds) \
                    or len(self._written) >= self._most_per_minute:
                self._left_out[place] += 1
                return None
            if len(self._last_at_place) > 100:   # places are few (they are lines of code), but keep it bounded
                self._last_at_place = {p: t for p, t in self._last_at_place.items()
                                       if now - t < self._per_place_seconds}
            self._last_at_place[place] = now
            self._written.append(now)
            left_out, self._left_out = self._left_out, Counter()
        return _left_out_lines(left_out, self._per_place_seconds, self._most_per_minute)


def error_place(exc: BaseException, tb: TracebackType | None) -> str:
    """`ValueError at /path/module.py:41`: the error's type and the innermost frame it was raised in."""
    kind = type(exc).__qualname__
    module = type(exc).__module__
    if module not in ("builtins", "__main__"):
        kind = f"{module}.{kind}"
    tb = tb if tb is not None else exc.__traceback__
    if tb is None:
        return f"{kind} at an unknown place"
    while tb.tb_next is not None:
        tb = tb.tb_next
    return f"{kind} at {tb.tb_frame.f_code.co_filename}:{tb.tb_lineno}"


def _left_out_lines(left_out: Counter[str], per_place_seconds: float, most_per_minute: int) -> list[str]:
    total = sum(left_out.values())
    if not total:
        return []
    lines = [f"{total} similar error{'s were' if total != 1 else ' was'} not written since the last report "
             f"(one report per error and place every {per_place_seconds:g} s, at most {most_per_minute} a minute):"]
    lines += [f"  {count} x {place}" for place, count in left_out.most_common(_LISTED_PLACES)]
    if len(left_out) > _LISTED_PLACES:
        lines.append(f"  and {len(left_out) - _LISTED_PLACES} other places")
    return lines


def crash_dir(paths: Paths) -> Path:
    return paths.data_dir / CRASH_DIR_NAME


def list_crash_reports(paths: Paths) -> list[Path]:
    """Oldest first."""
    try:
        return sorted(crash_dir(paths).glob("crash-*.txt"))
    except OSError:
        return []


def install_crash_reports(paths: Paths, program: str, clock: Clock | None = None,
                          limit: ReportLimit | None = None) -> None:
    """Installs `sys.excepthook` and `threading.excepthook` that write a report (within `limit`, by default a
    `ReportLimit` of its own), then call the hooks before them. Installing again replaces the hooks installed before
    (one report per crash, never two). Qt (PySide6) hands an exception raised in a slot or an event filter to
    `sys.excepthook` and carries on: a bench keeps running after a report."""
    previous_hook = getattr(sys.excepthook, "previous", sys.excepthook)
    previous_thread_hook = getattr(threading.excepthook, "previous", threading.excepthook)
    limit = limit or ReportLimit()

    def on_uncaught(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if not issubclass(exc_type, KeyboardInterrupt):   # Ctrl-C is the person's choice, not a crash
            report_uncaught(paths, program, exc, tb, limit, clock=clock)
        previous_hook(exc_type, exc, tb)

    def on_uncaught_in_thread(args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None and not issubclass(args.exc_type, SystemExit):
            thread = args.thread.name if args.thread is not None else "a thread"
            report_uncaught(paths, program, args.exc_value, args.exc_traceback, limit, thread=thread, clock=clock)
        previous_thread_hook(args)

    on_uncaught.previous = previous_hook                       # type: ignore[attr-defined]
    on_uncaught_in_thread.previous = previous_thread_hook      # type: ignore[attr-defined]
    sys.excepthook = on_uncaught
    threading.excepthook = on_uncaught_in_thread


def report_uncaught(paths: Paths, program: str, exc: BaseException, tb: TracebackType | None, limit: ReportLimit,
                    thread: str | None = None, clock: Clock | None = None) -> Path | None:
    """What the hooks do with one uncaught exception: a report when `limit` admits it (the path), else None."""
    try:
        left_out = limit.admit(exc, tb)
    except BaseException:   # noqa: BLE001 - never a second crash; without a working limit, write
        left_out = []
    if left_out is None:
        return None
    return write_crash_report(paths, program, exc, tb, thread=thread, clock=clock, left_out=left_out)


def write_crash_report(paths: Paths, program: str, exc: BaseException, tb: TracebackType | None,
                       thread: str | None = None, clock: Clock | None = None,
                       left_out: Sequence[str] = ()) -> Path | None:
    """The report's path, or None when it could not be written (the reason is logged, never raised). `left_out`:
    lines telling the errors the rate limit kept out of reports since the last one."""
    try:
        now = (clock or _now)()
        text = _report_text(paths, program, exc, tb, thread, now, left_out)
        folder = crash_dir(paths)
        folder.mkdir(parents=True, exist_ok=True)
        path = _free_name(folder, f"crash-{now.astimezone():%Y%m%d-%H%M%S}-{_safe(program)}")
        tmp = path.with_suffix(".tmp")
        tmp.write_text(text, encoding="utf-8")
        os.replace(tmp, path)
        _keep_newest(paths)
        if logging.getLogger().handlers:   # into the log with its traceback; without a log, the hook prints it
            log.critical("crash report written to %s", path, exc_info=(type(exc), exc, tb))
        return path
    except BaseException as failure:   # noqa: BLE001 - a crash report must never become a second crash
        try:
            log.error("could not write a crash report: %s", failure)
        except BaseException:          # noqa: BLE001 - not even through a broken log handler
            pass
        return None


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


def _safe(program: str) -> str:
    return "".join(c if c.isalnum() or c in "-_" else "-" for c in program)[:40] or "inspector"


def _free_name(folder: Path, stem: str) -> Path:
    path, n = folder / f"{stem}.txt", 2
    while path.exists():
        path, n = folder / f"{stem}-{n}.txt", n + 1
    return path


def _report_text(paths: Paths, program: str, exc: BaseException, tb: TracebackType | None, thread: str | None,
                 now: dt.datetime, left_out: Sequence[str] = ()) -> str:
    from inspector.support.redaction import redact_text
    from inspector.support.settings_files import settings_secrets
    trace = "".join(traceback.format_exception(type(exc), exc, tb))
    head = [
        f"inspector {__version__} crash report",
        f"program:  {program}",
        f"time:     {now.isoformat(timespec='seconds')}",
        f"thread:   {thread or threading.current_thread().name}",
        f"python:   {sys.version.split()[0]} ({sys.executable})",
        f"platform: {platform.platform()}",
        f"data dir: {paths.data_dir}",
        "",
        *([*left_out, ""] if left_out else []),
        "Traceback",
        trace.rstrip(),
        "",
        f"Last {LOG_LINES} lines of logs/bench.log",
        *_log_tail(paths.log_dir / "bench.log"),
    ]
    return redact_text("\n".join(head) + "\n", settings_secrets(paths))


def _log_tail(log_file: Path) -> list[str]:
    try:
        with log_file.open("rb") as f:
            f.seek(0, os.SEEK_END)
            size = f.tell()
            f.seek(max(0, size - _LOG_TAIL_BYTES))
            lines = f.read().decode("utf-8", "replace").splitlines()
    except OSError as exc:
        return [f"(no log: {exc.strerror or exc})"]
    return lines[-LOG_LINES:] if lines else ["(the log is empty)"]


def _keep_newest(paths: Paths) -> None:
    for old in list_crash_reports(paths)[:-KEEP]:
        old.unlink(missing_ok=True)
