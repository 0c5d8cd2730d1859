"""Backoff with jitter and the worker's schedule: pure logic, clock passed in."""
from __future__ import annotations

import random

from inspector.sync.backoff import Backoff
from inspector.sync.schedule import SyncSchedule


def test_backoff_grows_exponentially_with_jitter_and_a_cap():
    backoff = Backoff(base=1.0, cap=60.0, rng=random.Random(7))
    delays = [backoff.failed() for _ in range(10)]
    for n, delay in enumerate(delays):
        step = min(60.0, 2.0 ** n)
        assert step / 2 <= delay <= step      # half fixed, half random: never zero, never past the step
    assert max(delays) <= 60.0
    assert len({round(d, 6) for d in delays}) == len(delays)   # jittered: no two benches in lock-step


def test_two_benches_failing_together_spread_out():
    a, b = Backoff(rng=random.Random(1)), Backoff(rng=random.Random(2))
    for _ in range(4):
        da, db = a.failed(), b.failed()
    assert abs(da - db) > 0.01


def test_success_resets_the_backoff():
    backoff = Backoff(base=1.0, rng=random.Random(3))
    for _ in range(5):
        backoff.failed()
    backoff.succeeded()
    assert backoff.failed() <= 1.0


def test_schedule_runs_on_interval_on_demand_and_later_after_failure():
    schedule = SyncSchedule(interval=30.0, backoff=Backoff(base=2.0, rng=random.Random(4)))
    assert schedule.due(0.0)                       # first tick runs at once
    schedule.started()
    schedule.succeeded(100.0)
    assert not schedule.due(110.0) and schedule.due(130.0)
    schedule.demand()
    assert schedule.due(101.0)                     # on demand, whatever the interval
    schedule.started()
    delay = schedule.failed(200.0)
    assert 1.0 <= delay <= 2.0 and not schedule.due(200.5) and schedule.due(202.0)
    schedule.demand()
    assert schedule.due(200.5)                     # a person asking overrides the backoff


def test_full_batch_means_run_again_now_and_refused_token_waits_longest():
    schedule = SyncSchedule(interval=30.0)
    schedule.succeeded(10.0, more_waiting=True)
    assert schedule.due(10.0)
    assert schedule.failed(10.0, transient=False) == schedule.backoff.cap
