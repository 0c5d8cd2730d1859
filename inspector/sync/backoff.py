"""When to try the hub again: exponential backoff with jitter, so a hundred benches coming back after an outage do
not all knock at the same second."""
from __future__ import annotations

import random
from dataclasses import dataclass, field


@dataclass
class Backoff:
    base: float = 2.0          # seconds after the first failure (before jitter)
    cap: float = 300.0         # never wait longer than this
    failures: int = 0
    rng: random.Random = field(default_factory=random.Random)

    def failed(self) -> float:
        """Records a failure; returns how long to wait. 'Equal jitter': half fixed, half random, so a bench neither
        hammers a hub that is down nor waits much longer than the exponential step."""
        step = min(self.cap, self.base * (2 ** self.failures))
        self.failures += 1
        return step / 2 + self.rng.uniform(0, step / 2)

    def succeeded(self) -> None:
        self.failures = 0
