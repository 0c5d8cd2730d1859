"""The bench's working state machine: scans and key intents in, frozen `BenchState` snapshots out."""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the window imports this package before its first paint; keep that import light
    from inspector.paths import Paths


def open_bench(paths: Paths, station: str | None = None):  # -> BenchSession (import kept lazy for start-up time)
    """Opens (and migrates) the station's database and returns a ready BenchSession."""
    from inspector.bench.session import BenchSession
    from inspector.settings import load_settings, site_policy
    from inspector.storage.database import Database

    paths.ensure()
    settings = load_settings(paths)
    return BenchSession(Database.open_sqlite(paths.database), site_policy(paths), station or settings.station)
