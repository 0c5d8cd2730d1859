"""Photos go up in big chunks back to back when the bench is quiet, in small spaced chunks while someone scans,
with the same sense of "someone is scanning" as the record sync."""
from __future__ import annotations

from inspector.sync.pacing import ChunkStep, Pacing, PhotoPacing

PACING = PhotoPacing(idle_chunk=1 << 20, busy_chunk=64 << 10, busy_gap_s=0.25)


def test_the_defaults_are_the_planned_figures():
    assert PhotoPacing() == PACING
    assert PhotoPacing().quiet_after_s == Pacing().quiet_after_s


def test_a_quiet_bench_sends_one_mebibyte_chunks_at_once():
    assert PACING.next_chunk(now=50.0, last_intent=None) == ChunkStep(1 << 20, 0.0)
    assert PACING.next_chunk(now=51.0, last_intent=50.0) == ChunkStep(1 << 20, 0.0)


def test_while_the_operator_scans_chunks_are_small_and_spaced_out():
    assert PACING.next_chunk(now=50.0, last_intent=49.8) == ChunkStep(64 << 10, 0.25)
    assert PACING.next_chunk(now=50.99, last_intent=50.0) == ChunkStep(64 << 10, 0.25)


def test_records_and_photos_agree_on_when_the_operator_is_busy():
    records = Pacing()
    for now, last in [(10.0, None), (10.0, 9.5), (10.0, 9.0), (10.0, 8.0), (10.0, 9.999)]:
        busy = records.next_step(now, last).wait_s > 0
        assert (PhotoPacing().next_chunk(now, last).wait_s > 0) == busy


def test_a_busy_minute_leaves_the_link_mostly_free():
    """While scanning, one 64 KiB chunk each quarter second: about 256 KiB/s, a 4 MB photo in ~16 s."""
    sent, clock = 0, 0.0
    while clock < 60.0:
        step = PACING.next_chunk(clock, last_intent=clock - 0.1)   # a scan a tenth of a second ago, always
        clock += step.wait_s
        sent += step.size
    assert 230 * 60 * 1024 < sent < 270 * 60 * 1024
