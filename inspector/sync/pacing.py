"""How hard the window's sync worker pushes: flat out when the bench is idle, gently while someone is scanning.

The worker's database steps share the bench's one database lane with the operator's scans (SQLite has one writer,
and the lane keeps the order of the operator's intents). A step reads or marks a batch; a scan that arrives while
a step runs waits for it. So while the operator is working, batches are small and spaced out, which keeps that wait
to about a millisecond and leaves the lane free nearly all the time; as soon as the bench has been quiet a moment,
batches are full size and follow each other at once. Pure logic with the clock passed in, tested without timers.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Step:
    batch: int             # records to read for the next push
    wait_s: float          # pause before the step, to leave the lane to the operator


@dataclass(frozen=True)
class Pacing:
    idle_batch: int = 100          # ~4 ms of reading on the lane: the longest a scan after a quiet spell can wait
    busy_batch: int = 20           # ~1 ms
    busy_gap_s: float = 0.25       # between batches while scanning: ~80 records/s, the lane free ~99% of the time
    quiet_after_s: float = 1.0     # no intent for this long: the operator has paused

    def next_step(self, now: float, last_intent: float | None) -> Step:
        if last_intent is None or now - last_intent >= self.quiet_after_s:
            return Step(self.idle_batch, 0.0)
        return Step(self.busy_batch, self.busy_gap_s)


@dataclass(frozen=True)
class ChunkStep:
    size: int              # bytes of the photo to send in the next PUT
    wait_s: float          # pause before it, to leave the network and the disk to the bench's own work


@dataclass(frozen=True)
class PhotoPacing:
    """The photo queue's pace, with the same notion of "the operator is working" as `Pacing`: 1 MiB chunks back to
    back when the bench is quiet; while someone is scanning, 64 KiB every quarter second (~256 KiB/s), so a photo
    upload never competes with the scans for the link or the lane."""
    idle_chunk: int = 1 << 20
    busy_chunk: int = 64 << 10
    busy_gap_s: float = 0.25
    quiet_after_s: float = Pacing.quiet_after_s

    def next_chunk(self, now: float, last_intent: float | None) -> ChunkStep:
        if last_intent is None or now - last_intent >= self.quiet_after_s:
            return ChunkStep(self.idle_chunk, 0.0)
        return ChunkStep(self.busy_chunk, self.busy_gap_s)
