"""GET /metrics: the hub's numbers in the Prometheus text format, for the site's monitoring.

Two kinds, and each metric's HELP says which it is:

- **this process**: what this hub process did since it started, counted as batches are applied (records applied,
  duplicates, rejections, and the delay from the bench to the hub). The hub keeps no count of duplicates or
  rejections in its database (a duplicate changes nothing, a rejection is the bench's to keep), so these are the
  process's own. With several hub processes on one PostgreSQL, scrape each one and add them up
  (`sum by (station) (rate(inspector_hub_records_rejected_total[5m]))`); a restart starts them at 0, which `rate`
  takes in its stride.
- **site-wide**: read from the database at scrape time (one query on the stations table, a row per station), so
  every hub process answers the same for the whole site: take `max`, not `sum`, across processes. Counting the
  records table at every scrape is not done on purpose: it grows by tens of thousands of rows a day, and a
  `GROUP BY` over millions of rows costs a second a scrape (`inspector hub stats` counts them on demand).

Each app has its own `CollectorRegistry`: nothing global, so two apps in one process (the tests) never share counts.
"""
from __future__ import annotations

import datetime as dt
from collections import Counter as Tally
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING

from prometheus_client import CollectorRegistry, Counter, Histogram, generate_latest
from prometheus_client.core import GaugeMetricFamily, Metric
from sqlalchemy import Engine, select
from sqlalchemy.exc import SQLAlchemyError

from inspector.hub.record_types import RECORD_TYPES
from inspector.hub.schema import stations
from inspector.hub.site_feed import happened_time
from inspector.hub.storage import reading

if TYPE_CHECKING:
    from inspector.hub.ingest import Incoming, Outcome

OTHER_TYPE = "other"   # the label of a record type the hub does not know: a bench cannot grow the label set at will
# From "in step" to "a bench offline for a shift": what a supervisor tells apart.
DELAY_BUCKETS = (1, 5, 15, 60, 300, 900, 3600, 4 * 3600, 24 * 3600, float("inf"))
_THIS_PROCESS = "This hub process since it started; sum across hub processes."


def type_label(record_type: str) -> str:
    return record_type if record_type in RECORD_TYPES else OTHER_TYPE


class HubMetrics:
    """The counters a push feeds (`count_push`) and the site-wide gauges read at scrape time (`exposition`)."""

    def __init__(self, engine: Engine, clock: Callable[[], dt.datetime]) -> None:
        self.registry = CollectorRegistry()
        labels = ("station", "type")
        self.outcomes = {
            outcome: Counter(f"inspector_hub_records_{outcome}", f"Records {outcome}{what}, by the station that "
                             f"pushed them and record type. {_THIS_PROCESS}", labels, registry=self.registry)
            for outcome, what in (("applied", " (a new record, or a newer version of one)"),
                                  ("duplicate", " (the hub had this version or a newer one already: a resend)"),
                                  ("rejected", " (not acceptable; the bench sets them aside and shows them)"))}
        self.delay = Histogram(
            "inspector_hub_record_delay_seconds",
            "How long after it happened on the bench (its receipt, completion, override or photo time, on the "
            "bench's clock) each applied record reached the hub. Seconds while the bench is in step; rising values "
            f"mean its outbox is backed up (offline, or pushing slowly). {_THIS_PROCESS}",
            ("station",), buckets=DELAY_BUCKETS, registry=self.registry)
        self.registry.register(_SiteGauges(engine, clock))

    def count_push(self, station: str, batch: Sequence[Incoming], outcomes: Sequence[Outcome],
                   arrived: dt.datetime) -> None:
        """`outcomes` as `ingest.apply_batch` answers: one per record of `batch`, in its order."""
        tally: Tally[tuple[str, str]] = Tally((o.outcome, type_label(o.type)) for o in outcomes)
        for (outcome, record_type), count in tally.items():
            self.outcomes[outcome].labels(station, record_type).inc(count)
        delay = self.delay.labels(station)
        for record, outcome in zip(batch, outcomes):
            if outcome.outcome == "applied" and (when := happened_time(record.type, record.data)) is not None:
                # A bench clock ahead of the hub's is no negative delay.
                delay.observe(max(0.0, (arrived - when).total_seconds()))

    def exposition(self) -> bytes:
        """The text format; reads the database (call it off the event loop)."""
        return generate_latest(self.registry)


class _SiteGauges:
    """What every hub process reads alike from the database when scraped. No `describe`: registering it reads
    nothing."""

    def __init__(self, engine: Engine, clock: Callable[[], dt.datetime]) -> None:
        self.engine, self.clock = engine, clock

    def collect(self) -> Iterator[Metric]:
        up = GaugeMetricFamily("inspector_hub_database_up",
                               "1 when the hub database answered this scrape, 0 when it did not (then the site-wide "
                               "gauges are missing). Site-wide, read at scrape time.")
        try:
            with reading(self.engine) as conn:
                rows = conn.execute(select(stations.c.name, stations.c.last_heard_at, stations.c.created_at)
                                    .where(stations.c.active.is_(True)).order_by(stations.c.name)).all()
        except SQLAlchemyError:
            up.add_metric([], 0)
            yield up
            return
        up.add_metric([], 1)
        yield up
        now = self.clock()
        silent = GaugeMetricFamily(
            "inspector_hub_station_last_heard_age_seconds",
            "Seconds since the station last pushed or pulled (its token was used); since it was added when it never "
            "was. A running bench syncs every 30 seconds, so a value past a few minutes means the bench is off, "
            "offline or cannot reach the hub, and its newest records are not here. Written at most once a minute per hub "
            "process: up to a minute high. Site-wide, read from the database at scrape time: take max, not sum, "
            "across hub processes.", labels=("station",))
        for name, heard, created in rows:
            since = dt.datetime.fromisoformat(heard or created)
            silent.add_metric([name], max(0.0, (now - since).total_seconds()))
        yield silent
