"""The site's insight on a real SQLite file: dock to stock per station and per inspector, open hold ages, the backlog
per station and items per hour, from records made through the real use cases at two stations, with the clock
injected. Expected figures are worked out by hand in `site_insight_day`."""
from __future__ import annotations

import datetime as dt
import sqlite3

import pytest

from inspector.errors import RefusedError
from inspector.storage.database import Database
from inspector.sync.readers import READERS
from inspector.sync.site_copies import store_copies
from inspector.usecases import review
from inspector.usecases.site_insight import SiteInsight, SiteInsightQuery, site_insight
from inspector.usecases.unit_of_work import UnitOfWork
from tests.integration.site_insight_day import CLOCK, DAY, EXPECTED, at, make_day, make_team, site_policy


@pytest.fixture
def day(database, policy):
    return make_day(database, site_policy(policy))


def _insight(day, first=DAY, last=DAY, station=None, clock=CLOCK, who=None) -> SiteInsight:
    return site_insight(SiteInsightQuery(first, last, station), who or day.supervisor,
                        UnitOfWork(day.database, day.policy), lambda: clock)


def _durations(figures):
    return {f.label: (f.count, f.median_minutes, f.p90_minutes) for f in figures}


def _rates_match(rates, expected) -> bool:
    """Items and stations exactly; hours and items per hour to float precision."""
    got = {r.name: (r.items, r.hours, r.per_hour, r.stations) for r in rates}
    return got.keys() == expected.keys() and all(
        got[name][0] == items and got[name][3] == stations
        and got[name][1:3] == pytest.approx((hours, per_hour))
        for name, (items, hours, per_hour, stations) in expected.items())


def test_the_site_day_in_figures(day):
    insight = _insight(day)
    assert insight.as_of == CLOCK and insight.stations == ("B1", "B2")
    assert _durations(insight.dock_to_stock_by_station) == EXPECTED["by_station"]
    assert _durations(insight.dock_to_stock_by_inspector) == EXPECTED["by_inspector"]
    assert [f.key for f in insight.dock_to_stock_by_inspector] == [day.ana, day.bogdan]
    assert [(h.station, h.license_plate, h.age_minutes) for h in insight.holds] == EXPECTED["holds"]
    assert insight.holds[0].inspection_id == day.holds["serial"]
    assert insight.holds[0].exceptions == ("serial_mismatch",) and insight.holds[0].operator_name == "Ana Pop"
    assert insight.holds[1].completed_at == at(65)
    assert [(b.station, b.parcels, b.oldest_age_minutes) for b in insight.backlog] == EXPECTED["backlog"]
    assert insight.backlog[1].oldest_received_at == at(240)
    assert _rates_match(insight.rates, EXPECTED["rates"])
    assert [r.name for r in insight.rates] == ["Ana Pop", "Bogdan Ene"]          # fastest first
    assert insight.rates[0].per_hour == pytest.approx(10 / 3)


def test_a_station_filter_narrows_every_figure(day):
    insight = _insight(day, station=" B2 ")
    assert insight.station == "B2" and insight.stations == ("B1", "B2")      # the filter still offers every station
    assert _durations(insight.dock_to_stock_by_station) == {"B2": (3, 65.0, 90.0)}
    assert _durations(insight.dock_to_stock_by_inspector) == {"Ana Pop": (1, 10.0, 10.0),
                                                              "Bogdan Ene": (2, 77.5, 90.0)}
    assert [(h.station, h.license_plate) for h in insight.holds] == [("B2", "LP000006")]
    assert [(b.station, b.parcels) for b in insight.backlog] == [("B2", 1)]
    # Ana at B2: her receipt at 200 and her item 202-210, 10 minutes for one item
    assert _rates_match(insight.rates, {"Ana Pop": (1, 10 / 60, 6.0, ("B2",)), "Bogdan Ene": (2, 1.5, 4 / 3, ("B2",))})


def test_the_range_is_the_sites_days_and_the_ages_follow_the_clock(day):
    both = _insight(day, first=DAY - dt.timedelta(days=1), clock=CLOCK + dt.timedelta(minutes=40))
    assert _durations(both.dock_to_stock_by_station)["B1"] == (5, 15.0, 30.0)     # yesterday's item waited 5
    assert [h.age_minutes for h in both.holds] == [300.0, 275.0]
    assert [b.oldest_age_minutes for b in both.backlog] == [190.0, 100.0]
    next_day = _insight(day, first=DAY + dt.timedelta(days=1), last=DAY + dt.timedelta(days=1))
    assert next_day.dock_to_stock_by_station == () and next_day.rates == ()
    assert len(next_day.holds) == 2 and len(next_day.backlog) == 2        # what is open now, whatever range


def test_a_decided_hold_leaves_the_list(day):
    review.override_grade(review.OverrideGrade(day.holds["serial"], day.supervisor, "B1", CLOCK, grade="C",
                                               reason="serial checked with the customer"),
                          UnitOfWork(day.database, day.policy))
    assert [h.license_plate for h in _insight(day).holds] == ["LP000006"]


def test_holds_and_backlog_cover_the_review_window_of_the_policy(day):
    from dataclasses import replace
    short = replace(day, policy=replace(day.policy, site=replace(day.policy.site, review_days=1)))
    later = CLOCK + dt.timedelta(days=1)        # the next site day: the holds of DAY are outside a one-day window
    insight = _insight(short, clock=later)
    assert insight.holds == () and insight.backlog == () and insight.holds_since == DAY + dt.timedelta(days=1)
    assert _durations(insight.dock_to_stock_by_station) == EXPECTED["by_station"]    # the range asked, still


@pytest.mark.parametrize("who", ["inspector", "unknown"])
def test_only_a_supervisor_reads_it(day, who):
    operator = day.ana if who == "inspector" else "no-such-operator"
    with pytest.raises(RefusedError, match="Only a supervisor"):
        _insight(day, who=operator)
    with pytest.raises(RefusedError, match="before it starts"):
        _insight(day, first=DAY, last=DAY - dt.timedelta(days=1))


def _feed_of(bench: Database, station: str) -> list[dict]:
    """Every record of a bench as the hub's site feed serves it: its upstream form in a feed envelope."""
    items: list[dict] = []
    with bench.engine.connect() as conn:
        for record_type, table in (("parcel_receipt", "parcel_receipts"), ("item_inspection", "item_inspections"),
                                   ("inspection_override", "inspection_audit")):
            ids = conn.exec_driver_sql(f"SELECT id FROM {table}").scalars().all()
            for record_id, data in READERS[record_type](conn, ids).items():
                items.append({"type": record_type, "id": record_id, "version": data["version"], "station": station,
                              "seq": len(items) + 1, "data": data})
    return items


def test_a_desk_finds_the_same_figures_in_its_copies_of_another_stations_records(paths, policy, tmp_path):
    """Desk B1 holds its own work; B2's work reaches it as read-only copies (`store_copies`): the figures are the
    ones found when both stations' records were the desk's own."""
    site = site_policy(policy)
    desk = Database.open_sqlite(paths.database)
    b2_path = tmp_path / "b2" / "bench.sqlite3"
    b2_path.parent.mkdir()
    try:
        make_team(desk, site)
        with sqlite3.connect(paths.database) as source, sqlite3.connect(b2_path) as copy:
            source.backup(copy)            # bench B2 knows the same operators (one id site-wide) and returns
        b2 = Database.open_sqlite(b2_path)
        try:
            day = make_day(desk, site, b2_database=b2)
            feed = _feed_of(b2, "B2")
        finally:
            b2.dispose()
        # The first page brings B2's items without their parcels (the desk makes stand-ins), the next the parcels.
        parcels_first = [r for r in feed if r["type"] != "parcel_receipt"]
        early = store_copies(parcels_first, UnitOfWork(desk, site), own_station="B1")
        assert early.placeholder_parcels == 2 and early.set_aside == []
        stand_ins = _insight(day)
        assert list(_durations(stand_ins.dock_to_stock_by_station)) == ["B1"]   # no receipt known: no wait
        assert [b.station for b in stand_ins.backlog] == ["B1"]                # B2's parcels are yet to come
        assert {r.name: r.items for r in stand_ins.rates} == {"Ana Pop": 5, "Bogdan Ene": 2}   # the work counts
        report = store_copies(feed, UnitOfWork(desk, site), own_station="B1")
        assert report.set_aside == [] and report.stored == 3 and report.unchanged == 4         # the parcels now
        with desk.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT station, origin, count(*) FROM item_inspections GROUP BY 1, 2 "
                                        "ORDER BY 1").all() == [("B1", "own", 6), ("B2", "site", 3)]
        insight = _insight(day)
        assert _durations(insight.dock_to_stock_by_station) == EXPECTED["by_station"]
        assert _durations(insight.dock_to_stock_by_inspector) == EXPECTED["by_inspector"]
        assert [(h.station, h.license_plate, h.age_minutes) for h in insight.holds] == EXPECTED["holds"]
        assert [(b.station, b.parcels, b.oldest_age_minutes) for b in insight.backlog] == EXPECTED["backlog"]
        assert _rates_match(insight.rates, EXPECTED["rates"]) and insight.stations == ("B1", "B2")
    finally:
        desk.dispose()
