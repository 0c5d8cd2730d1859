"""Garbage-collector settings for the processes that move records in batches: the hub, and `inspector sync`.

A batch of a thousand records is some 30,000 small containers that live until the batch is answered and then die
together, freed by reference counting. At the default young-generation threshold (700 new containers) Python walks
them some fifty times per batch and frees nothing: a tenth of the hub's time per batch, and of the sender's. At a
larger threshold it walks them about once; cycles are still found, a batch later. What exists once the process has
started (modules, the app) lives as long as the process, so it is moved out of the collector's sight as well.
"""
from __future__ import annotations

import gc

YOUNG_THRESHOLD = 50_000


def tune_for_batches() -> None:
    """Call once the process has loaded what it runs on, before the batches start."""
    gc.freeze()
    _young, middle, old = gc.get_threshold()
    gc.set_threshold(YOUNG_THRESHOLD, middle, old)
