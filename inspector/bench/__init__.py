"""The bench's working state machine: scans and key intents in, frozen `BenchState` snapshots out."""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the window imports this package before its first paint; keep that import light
    from inspector.paths import Paths


def open_bench(paths: Paths, station: str | None = None, clock=None):  # -> BenchSession (imports kept lazy)
    """Opens (and migrates) the station's database and returns a ready BenchSession, with the station's label
    printer (`inspector.printing.printer_settings`) wired for restock labels. `clock` is for tests."""
    from inspector.bench.labels_at_bench import LabelsAtBench
    from inspector.bench.session import BenchSession, utc_now
    from inspector.bench.sign_in import hub_contact_of
    from inspector.settings import running_settings, site_policy
    from inspector.storage.database import Database
    from inspector.usecases.unit_of_work import UnitOfWork

    paths.ensure()
    settings = running_settings(paths, station)   # --station, else $INSPECTOR_STATION, else the settings
    database, policy, clock = Database.open_sqlite(paths.database), site_policy(paths), clock or utc_now
    labels = LabelsAtBench.for_station(paths, lambda: UnitOfWork(database, policy), clock)
    return BenchSession(database, policy, settings.station, clock, labels=labels, hub_contact=hub_contact_of(paths))
