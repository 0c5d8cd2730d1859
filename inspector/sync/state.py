"""What the bench remembers about sync between runs: pull cursors and the last outcome, in the data dir.

Kept as a small JSON file (not in the bench database) because it is bookkeeping about the hub, written after the
data it describes is committed: losing it only means pulling again, which is harmless (upserts by RMA number).
"""
from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class SyncState:
    hub_url: str | None = None
    returns_cursor: int = 0
    policy_version: int = 0
    last_success: str | None = None   # ISO time of the last pass that reached the hub
    last_error: str | None = None
    last_error_at: str | None = None
    operators_cursor: int = 0         # the site's team, by the hub's change number
    decisions_cursor: int = 0         # decisions made elsewhere on this bench's inspections (decision_pull)
    # A supervisor desk's copies of the site (inspector.sync.site_pull): the feed's cursor, the hub's time of the
    # last page and its window, and each station's last-heard time then ([{"name", "last_heard_at"}]).
    site_cursor: int = 0
    site_as_of: str | None = None
    site_window_start: str | None = None
    site_stations: list[dict[str, str | None]] = field(default_factory=list)
    # The hub refused this bench the site (not a desk): when, for which station and token (a fingerprint), and why.
    # The check is made again an hour later, or at once when the station or token changes.
    site_refused_at: str | None = None
    site_refused_key: str | None = None
    site_refused_reason: str | None = None
    site_set_aside: list[dict[str, str]] = field(default_factory=list)   # the newest malformed feed records
    # A desk's news of the site's closed days (inspector.sync.closed_days): the days as the hub lists them, the
    # records that reached the hub after their day was signed (those of the review window), and the change number
    # read up to.
    closed_days_cursor: int = 0
    closed_days: list[dict[str, Any]] = field(default_factory=list)
    late_records: list[dict[str, Any]] = field(default_factory=list)

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


def start_over(data_dir: Path, keep_in: Path, name: str) -> Path | None:
    """After a restore: the pull cursors are ahead of the restored database (what the hub issued after the backup
    would never come again), so the state is moved to `keep_in/name` and a fresh one written that keeps only the hub's
    address: the next sync pulls everything again, which is harmless (returns upsert by RMA number, the team by the
    hub's id, decisions are known by their id, a desk's copies keep the newest version). Returns where the old state
    went; None when there was none."""
    path = state_file(data_dir)
    if not path.exists():
        return None
    hub_url = load_state(data_dir).hub_url
    keep_in.mkdir(mode=0o700, parents=True, exist_ok=True)
    kept = keep_in / name
    os.replace(path, kept)
    save_state(data_dir, SyncState(hub_url=hub_url))
    return kept
