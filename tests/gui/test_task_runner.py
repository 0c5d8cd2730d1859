"""The two lanes: order, errors delivered, callbacks on the GUI thread, clean shutdown."""
from __future__ import annotations

import threading
import time

import pytest

from ui.common.task_runner import BackgroundLane, DatabaseLane, TaskRunner

pytestmark = pytest.mark.gui


def test_database_lane_runs_tasks_one_by_one_in_submission_order_on_one_thread(qtbot, runner):
    seen, results, threads = [], [], set()
    gate = threading.Event()
    runner.run_db(gate.wait)            # keeps the lane busy while the rest queue up

    def work(n):
        threads.add(threading.get_ident())
        seen.append(n)
        return n * 10

    for n in range(500):
        runner.run_db(work, n, on_done=results.append)
    gate.set()
    qtbot.waitUntil(lambda: len(results) == 500, timeout=10_000)
    assert seen == list(range(500))
    assert results == [n * 10 for n in range(500)]
    assert threads == {runner.database.thread_ident} and threading.get_ident() not in threads


def test_background_database_work_lets_every_waiting_intent_go_first_and_keeps_its_own_order(qtbot, runner):
    seen = []
    gate = threading.Event()
    runner.run_db(gate.wait)            # a step already running: nothing can overtake it
    for n in range(3):
        runner.run_db_background(seen.append, f"sync {n}")
    for n in range(3):
        runner.run_db(seen.append, f"scan {n}")
    runner.run_db_background(seen.append, "sync 3")
    runner.run_db(seen.append, "scan 3")
    gate.set()
    qtbot.waitUntil(lambda: len(seen) == 8, timeout=5_000)
    assert seen == ["scan 0", "scan 1", "scan 2", "scan 3", "sync 0", "sync 1", "sync 2", "sync 3"]


def test_shutdown_still_runs_the_queued_background_work(qtbot):
    lane = DatabaseLane()
    seen = []
    gate = threading.Event()
    lane.submit(gate.wait)
    lane.submit(seen.append, "sync", yields=True)
    lane.submit(seen.append, "scan")
    gate.set()
    assert lane.shutdown(5_000)
    assert seen == ["scan", "sync"]


def test_callbacks_run_on_the_gui_thread(qtbot, runner):
    where = []
    with qtbot.waitSignal(runner.database.busy_changed, check_params_cb=lambda busy: not busy):
        runner.run_db(lambda: 1, on_done=lambda _r: where.append(threading.get_ident()))
    with qtbot.waitSignal(runner.background.busy_changed, check_params_cb=lambda busy: not busy):
        runner.run_background(lambda: 2, on_done=lambda _r: where.append(threading.get_ident()))
    assert where == [threading.get_ident()] * 2


def test_an_error_goes_to_the_error_callback(qtbot, runner):
    errors = []
    with qtbot.waitSignal(runner.database.busy_changed, check_params_cb=lambda busy: not busy):
        runner.run_db(lambda: 1 / 0, on_done=lambda _r: pytest.fail("no result expected"), on_error=errors.append)
    assert isinstance(errors[0], ZeroDivisionError)


def test_an_unhandled_error_is_reported_as_a_bug_with_its_traceback(qtbot, runner, caplog):
    def broken():
        raise KeyError("lost")

    with qtbot.waitSignal(runner.bug_reported) as reported:
        runner.run_db(broken)
    message, trace = reported.args
    assert "KeyError" in message and "def broken" not in message
    assert "in broken" in trace
    assert "lost" in caplog.text


def test_a_failing_callback_is_a_bug_and_the_lane_keeps_going(qtbot, runner):
    done = []
    with qtbot.waitSignal(runner.bug_reported):
        runner.run_db(lambda: 1, on_done=lambda _r: [][0])
    with qtbot.waitSignal(runner.database.busy_changed, check_params_cb=lambda busy: not busy):
        runner.run_db(lambda: 2, on_done=done.append)
    assert done == [2]


def test_pending_counts_until_the_callback_ran(qtbot, runner):
    gate = threading.Event()
    runner.run_db(gate.wait)
    runner.run_db(lambda: None)
    assert runner.database.pending == 2
    gate.set()
    qtbot.waitUntil(lambda: runner.database.pending == 0)


def test_shutdown_lets_queued_database_work_finish_and_stops_the_thread(qtbot):
    lane = DatabaseLane()
    ran = []
    gate = threading.Event()
    lane.submit(gate.wait)
    for n in range(20):
        lane.submit(ran.append, n)
    # A sleeping thread, not threading.Timer: a timer's timed wait never ends under a faked monotonic clock.
    threading.Thread(target=lambda: (time.sleep(0.05), gate.set()), daemon=True).start()
    assert lane.shutdown(5_000)
    assert ran == list(range(20))
    assert not lane._thread.isRunning()
    with pytest.raises(RuntimeError):
        lane.submit(print)
    assert lane.shutdown()          # twice is harmless


def test_background_lane_runs_side_by_side_and_waits_on_shutdown(qtbot):
    lane = BackgroundLane(max_threads=2)
    both_running = threading.Barrier(2, timeout=5)
    results = []
    for n in range(2):
        lane.submit(lambda n=n: (both_running.wait(), n)[1], on_done=results.append)
    qtbot.waitUntil(lambda: len(results) == 2, timeout=10_000)
    assert sorted(results) == [0, 1]
    assert lane.shutdown(5_000)


def test_task_runner_shutdown_waits_for_both_lanes(qtbot):
    runner = TaskRunner()
    finished = []
    runner.run_db(lambda: finished.append("db"))
    runner.run_background(lambda: finished.append("bg"))
    assert runner.shutdown(5_000)
    assert sorted(finished) == ["bg", "db"]
