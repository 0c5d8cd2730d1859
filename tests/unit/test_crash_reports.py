"""Crash reports: a real uncaught exception in a real process writes one report, without secrets, and never a second
crash."""
from __future__ import annotations

import datetime as dt
import json
import logging
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from inspector import __version__
from inspector.paths import Paths
from inspector.support.crash_reports import KEEP, MOST_PER_MINUTE, ReportLimit, error_place, list_crash_reports, \
    report_uncaught, write_crash_report

REPO = Path(__file__).resolve().parents[2]
HUB_TOKEN = "insp_Zq3vW9kLm2PxR7tYb4NcH8sJ1dF6gA0e5uV2iO3pQwE"
PIN = "48213"


def _bench_with_secrets(tmp_path: Path) -> Paths:
    paths = Paths(tmp_path / "data").ensure()
    paths.settings_file.write_text(json.dumps({"station": "DOCK-7", "hub_url": "http://hub.local:8765",
                                               "hub_token": HUB_TOKEN}), encoding="utf-8")
    (paths.log_dir / "bench.log").write_text(
        "2026-11-20 09:00:00 INFO MainThread inspector.sync: pushed 3 records to the hub\n"
        f"2026-11-20 09:00:01 DEBUG MainThread httpx: Authorization: Bearer {HUB_TOKEN}\n"
        f"2026-11-20 09:00:02 INFO MainThread inspector.bench: sign-in form pin={PIN} badge=B7\n", encoding="utf-8")
    return paths


def _crash(paths: Paths, body: str) -> subprocess.CompletedProcess[str]:
    script = textwrap.dedent(f"""
        import threading
        from pathlib import Path
        from inspector.paths import Paths
        from inspector.support.crash_reports import install_crash_reports
        install_crash_reports(Paths(Path({str(paths.data_dir)!r})), "bench")
    """) + textwrap.dedent(body)
    return subprocess.run([sys.executable, "-c", script], cwd=REPO, capture_output=True, text=True, timeout=60)


def _only_report(paths: Paths) -> str:
    reports = list_crash_reports(paths)
    assert len(reports) == 1, reports
    assert reports[0].name.startswith("crash-") and reports[0].name.endswith("-bench.txt")
    return reports[0].read_text(encoding="utf-8")


def test_an_uncaught_exception_writes_one_report_without_secrets_and_still_prints_it(tmp_path):
    paths = _bench_with_secrets(tmp_path)
    done = _crash(paths, f"""
        def open_parcel():
            raise RuntimeError("the hub refused token {HUB_TOKEN} for pin {PIN}")
        open_parcel()
    """)
    assert done.returncode == 1
    assert "RuntimeError" in done.stderr                      # the previous hook still printed the traceback
    report = _only_report(paths)
    assert "Traceback (most recent call last)" in report and "in open_parcel" in report
    assert "RuntimeError: the hub refused token" in report
    assert f"inspector {__version__}" in report and "python:" in report and "platform:" in report
    assert "pushed 3 records to the hub" in report             # the log's last lines are there
    assert HUB_TOKEN not in report and PIN not in report


def test_an_exception_in_a_thread_writes_a_report_naming_the_thread(tmp_path):
    paths = _bench_with_secrets(tmp_path)
    done = _crash(paths, f"""
        def push():
            raise ConnectionError("lost the hub with {HUB_TOKEN}")
        worker = threading.Thread(target=push, name="sync-lane")
        worker.start()
        worker.join()
        print("main thread carried on")
    """)
    assert done.returncode == 0 and "main thread carried on" in done.stdout
    assert "ConnectionError" in done.stderr
    report = _only_report(paths)
    assert "thread:   sync-lane" in report and "ConnectionError: lost the hub with" in report
    assert HUB_TOKEN not in report


def test_installing_twice_still_writes_one_report(tmp_path):
    paths = _bench_with_secrets(tmp_path)
    done = _crash(paths, f"""
        install_crash_reports(Paths(Path({str(paths.data_dir)!r})), "bench")
        raise RuntimeError("once")
    """)
    assert done.returncode == 1 and done.stderr.count("RuntimeError: once") == 1
    assert "RuntimeError: once" in _only_report(paths)


def test_ctrl_c_is_not_a_crash(tmp_path):
    paths = _bench_with_secrets(tmp_path)
    done = _crash(paths, "raise KeyboardInterrupt")
    assert done.returncode != 0 and "KeyboardInterrupt" in done.stderr
    assert list_crash_reports(paths) == []


def test_a_report_that_cannot_be_written_does_not_become_a_second_crash(tmp_path):
    paths = _bench_with_secrets(tmp_path)
    (paths.data_dir / "crash").write_text("a file where the folder should be")   # mkdir fails, as on a full disk
    done = _crash(paths, 'raise ValueError("the real problem")')
    assert done.returncode == 1
    assert "ValueError: the real problem" in done.stderr       # the original traceback, not the report's failure
    assert "could not write a crash report" in done.stderr
    assert "Error in sys.excepthook" not in done.stderr


def test_only_the_newest_reports_are_kept(tmp_path):
    paths = Paths(tmp_path / "data").ensure()
    start = dt.datetime(2026, 11, 20, 9, 0, tzinfo=dt.timezone.utc)
    ticks = iter(start + dt.timedelta(minutes=n) for n in range(KEEP + 5))
    for n in range(KEEP + 5):
        try:
            raise OSError(f"crash number {n}")
        except OSError as exc:
            assert write_crash_report(paths, "bench", exc, exc.__traceback__, clock=lambda: next(ticks)) is not None
    reports = list_crash_reports(paths)
    assert len(reports) == KEEP
    assert "crash number 5" in reports[0].read_text() and f"crash number {KEEP + 4}" in reports[-1].read_text()


@pytest.mark.parametrize("program", ["bench", "inspector hub"])
def test_two_crashes_in_one_second_keep_both(tmp_path, program):
    paths = Paths(tmp_path / "data").ensure()
    moment = dt.datetime(2026, 11, 20, 9, 0, tzinfo=dt.timezone.utc)
    written = []
    for n in range(2):
        try:
            raise OSError(f"crash {n}")
        except OSError as exc:
            written.append(write_crash_report(paths, program, exc, exc.__traceback__, clock=lambda: moment))
    assert len(set(written)) == 2 and all(p.exists() for p in written)
    assert " " not in written[0].name


def test_a_bug_in_a_cli_command_writes_a_report_in_the_commands_data_dir(tmp_path):
    """`inspector <command>` installs the hooks itself: a command that fails with a bug (not an environment problem,
    which is one line on stderr) leaves a report beside the bench's logs."""
    paths = _bench_with_secrets(tmp_path)
    script = textwrap.dedent(f"""
        import sys, types
        import inspector.cli.main as cli
        boom = types.ModuleType("boom_command")
        def register(sub):
            sub.add_parser("boom").set_defaults(func=lambda args: {{}}["no such key"])
        boom.register = register
        sys.modules["boom_command"] = boom
        cli.COMMAND_MODULES += ("boom_command",)
        sys.argv = ["inspector", "--data-dir", {str(paths.data_dir)!r}, "boom"]
        sys.exit(cli.main())   # as the console script calls it
    """)
    done = subprocess.run([sys.executable, "-c", script], cwd=REPO, capture_output=True, text=True, timeout=60)
    assert done.returncode == 1 and "KeyError: 'no such key'" in done.stderr
    reports = list_crash_reports(paths)
    assert len(reports) == 1 and reports[0].name.endswith("-inspector-boom.txt"), reports
    text = reports[0].read_text(encoding="utf-8")
    assert "KeyError: 'no such key'" in text and "program:  inspector boom" in text
    assert HUB_TOKEN not in text and f"pin={PIN}" not in text


class _Monotonic:
    """An injected monotonic clock: the tests move it, nobody sleeps."""

    def __init__(self) -> None:
        self.now = 5000.0

    def __call__(self) -> float:
        return self.now


def _event_filter_error(n: int, kind: type[Exception] = ValueError) -> Exception:
    """An error as an event filter raises it on every event: the same type from the same line each time."""
    try:
        raise kind(f"event {n}")   # the place
    except Exception as exc:   # noqa: BLE001
        return exc


THE_PLACE = f"{__file__}:" + str(1 + Path(__file__).read_text(encoding="utf-8").splitlines().index(
    '        raise kind(f"event {n}")   # the place'))


def _report(paths: Paths, limit: ReportLimit, exc: Exception) -> Path | None:
    return report_uncaught(paths, "bench", exc, exc.__traceback__, limit)


def test_an_error_repeating_at_one_place_is_written_once_a_minute_and_the_next_report_counts_the_rest(tmp_path,
                                                                                                    caplog):
    paths = Paths(tmp_path / "data").ensure()
    clock = _Monotonic()
    limit = ReportLimit(monotonic=clock)
    written = []
    with caplog.at_level(logging.CRITICAL, logger="inspector.support.crash_reports"):
        for n in range(200):                 # an event filter raising on every event for 20 s
            written.append(_report(paths, limit, _event_filter_error(n)))
            clock.now += 0.1
        assert [p for p in written if p is not None] == list_crash_reports(paths) == [written[0]]
        assert "ValueError: event 0" in written[0].read_text(encoding="utf-8")
        assert "not written" not in written[0].read_text(encoding="utf-8")
        assert len([r for r in caplog.records if r.levelno == logging.CRITICAL]) == 1   # one per report, not per event

        clock.now += 40                      # 60 s after the first report: the same error is written again
        again = _report(paths, limit, _event_filter_error(200))
        assert again is not None and len(list_crash_reports(paths)) == 2
        assert len([r for r in caplog.records if r.levelno == logging.CRITICAL]) == 2
    text = again.read_text(encoding="utf-8")
    assert "199 similar errors were not written since the last report" in text
    assert f"  199 x ValueError at {THE_PLACE}" in text
    assert "ValueError: event 200" in text
    assert error_place(_event_filter_error(0), None) == f"ValueError at {THE_PLACE}"   # the traceback's own


def test_at_most_a_few_reports_a_minute_whatever_the_errors(tmp_path):
    paths = Paths(tmp_path / "data").ensure()
    clock = _Monotonic()
    limit = ReportLimit(monotonic=clock)
    kinds = [ValueError, KeyError, TypeError, OSError, LookupError, RuntimeError, ArithmeticError, AttributeError]
    written = []
    for n, kind in enumerate(kinds):         # eight different errors in eight seconds
        written.append(_report(paths, limit, _event_filter_error(n, kind)))
        clock.now += 1
    assert sum(p is not None for p in written) == MOST_PER_MINUTE == 5
    assert written[MOST_PER_MINUTE:] == [None] * (len(kinds) - MOST_PER_MINUTE)
    assert len(list_crash_reports(paths)) == 5

    clock.now += 30                          # still within a minute of the first report: still full
    assert _report(paths, limit, _event_filter_error(8, ZeroDivisionError)) is None
    clock.now += 30                          # a minute after the first: room for one more
    path = _report(paths, limit, _event_filter_error(9, IndexError))
    assert path is not None
    text = path.read_text(encoding="utf-8")
    assert "4 similar errors were not written since the last report" in text
    for kind in (ArithmeticError, AttributeError, ZeroDivisionError):
        assert f"  1 x {kind.__name__} at {THE_PLACE}" in text
    assert "  1 x RuntimeError" in text
    assert "IndexError: event 9" in text


def test_an_error_left_out_once_is_told_once(tmp_path):
    paths = Paths(tmp_path / "data").ensure()
    clock = _Monotonic()
    limit = ReportLimit(monotonic=clock)
    _report(paths, limit, _event_filter_error(0))
    assert _report(paths, limit, _event_filter_error(1)) is None
    clock.now += 60
    second = _report(paths, limit, _event_filter_error(2))
    clock.now += 60
    third = _report(paths, limit, _event_filter_error(3))
    assert "1 similar error was not written since the last report" in second.read_text(encoding="utf-8")
    assert "not written" not in third.read_text(encoding="utf-8")   # counted once, then forgotten


def test_the_installed_hooks_keep_to_the_limit_and_still_print_every_error(tmp_path):
    paths = _bench_with_secrets(tmp_path)
    done = _crash(paths, """
        import sys
        def on_every_event(n):
            raise ValueError(f"event {n}")
        for n in range(50):    # as Qt hands a slot's exception to sys.excepthook, and carries on
            try:
                on_every_event(n)
            except ValueError as exc:
                sys.excepthook(type(exc), exc, exc.__traceback__)
        def push():
            raise ConnectionError("lost the hub")
        worker = threading.Thread(target=push, name="sync-lane")
        worker.start()
        worker.join()
    """)
    assert done.returncode == 0, done.stderr
    assert done.stderr.count("ValueError: event") == 50 and "ConnectionError: lost the hub" in done.stderr
    reports = [path.read_text(encoding="utf-8") for path in list_crash_reports(paths)]
    assert len(reports) == 2, reports
    assert sum("ValueError: event 0" in text for text in reports) == 1
    assert sum("ConnectionError: lost the hub" in text for text in reports) == 1
