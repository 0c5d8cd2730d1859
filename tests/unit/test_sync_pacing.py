"""The window's sync worker pushes flat out when the bench is quiet and gently while someone scans."""
from __future__ import annotations

from inspector.sync.pacing import Pacing, Step

PACING = Pacing(idle_batch=100, busy_batch=20, busy_gap_s=0.25, quiet_after_s=1.0)


def test_a_bench_nobody_has_touched_gets_full_batches_at_once():
    assert PACING.next_step(now=50.0, last_intent=None) == Step(100, 0.0)


def test_while_the_operator_scans_batches_are_small_and_spaced_out():
    assert PACING.next_step(now=50.0, last_intent=49.8) == Step(20, 0.25)
    assert PACING.next_step(now=50.0, last_intent=50.0) == Step(20, 0.25)


def test_a_pause_as_long_as_quiet_after_brings_full_speed_back():
    assert PACING.next_step(now=51.0, last_intent=50.0) == Step(100, 0.0)
    assert PACING.next_step(now=50.99, last_intent=50.0) == Step(20, 0.25)
