"""What the bench remembers about sync between runs: pull cursors and the last outcome, in the data dir.

Kept as a small JSON file (not in the bench database) because it is bookkeeping about the hub, written after the
data it describes is committed: losing it only means pulling again, which is harmless (upserts by RMA number).
"""
from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, replace
from pathlib import Path


@dataclass(frozen=True)
class SyncState:
    hub_url: str | None = None
    returns_cursor: int = 0
    policy_version: int = 0
    last_success: str | None = None   # ISO time of the last pass that reached the hub
    last_error: str | None = None
    last_error_at: str | None = None

    def for_hub(self, hub_url: str) -> "SyncState":
        """Cursors belong to one hub: pointing the bench elsewhere starts the pulls over."""
        if self.hub_url == hub_url:
            return self
        return replace(SyncState(), hub_url=hub_url, last_success=self.last_success)


def state_file(data_dir: Path) -> Path:
    return data_dir / "sync_state.json"


def load_state(data_dir: Path) -> SyncState:
    try:
        data = json.loads(state_file(data_dir).read_text(encoding="utf-8"))
        known = SyncState.__dataclass_fields__
        return SyncState(**{k: v for k, v in data.items() if k in known})
    except (OSError, ValueError, TypeError):
        return SyncState()


def save_state(data_dir: Path, state: SyncState) -> None:
    path = state_file(data_dir)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(asdict(state), indent=2), encoding="utf-8")
    os.replace(tmp, path)
