"""The site insight's rules by hand: median and nearest-rank p90, active hours with breaks cut, hold ages, backlog."""
from __future__ import annotations

import datetime as dt

import pytest

from inspector.domain.site_insight import (ACTIVE_GAP, ItemTimes, active_hours, backlog, dock_to_stock, hold_ages,
                                           items_per_hour, median, p90)

T0 = dt.datetime(2026, 3, 29, 0, 30, tzinfo=dt.timezone.utc)      # the night Europe changes its clocks


def at(minutes: float) -> dt.datetime:
    return T0 + dt.timedelta(minutes=minutes)


@pytest.mark.parametrize(("values", "mid", "ninetieth"), [
    ([7.0], 7.0, 7.0),
    ([10.0, 20.0], 15.0, 20.0),
    ([30.0, 10.0, 20.0], 20.0, 30.0),
    ([float(n) for n in range(1, 11)], 5.5, 9.0),          # rank ceil(9.0) = 9
    ([float(n) for n in range(1, 12)], 6.0, 10.0),         # rank ceil(9.9) = 10
    ([float(n) for n in range(1, 21)], 10.5, 18.0),        # rank 18
])
def test_median_and_nearest_rank_p90(values, mid, ninetieth):
    assert median(values) == mid and p90(values) == ninetieth


def test_active_hours_join_short_gaps_and_cut_breaks():
    assert active_hours([]) == 0
    assert active_hours([(at(0), at(0))]) == 0
    # 0-10, 20-30 (gap 10 joins), 45-50 (gap 15 joins, the limit), 66-70 (gap 16: a break)
    spans = [(at(45), at(50)), (at(0), at(10)), (at(66), at(70)), (at(20), at(30))]
    assert active_hours(spans) == pytest.approx((50 + 4) / 60)
    # overlapping spans (two benches at once) count once
    assert active_hours([(at(0), at(30)), (at(10), at(20)), (at(25), at(40))]) == pytest.approx(40 / 60)
    assert active_hours([(at(0), at(10)), (at(20), at(30))], gap=dt.timedelta(minutes=5)) == pytest.approx(20 / 60)
    assert ACTIVE_GAP == dt.timedelta(minutes=15)


def test_dock_to_stock_groups_by_station_and_inspector_and_never_goes_negative():
    items = [ItemTimes("S1", "op-a", at(0), at(1), at(12)), ItemTimes("S1", "op-b", at(0), at(13), at(30)),
             ItemTimes("S2", "op-a", at(50), at(51), at(40))]           # a bench clock set back: no wait
    stations, inspectors = dock_to_stock(items, {"op-a": "Ana", "op-b": "Bogdan"})
    assert [(f.key, f.count, f.median_minutes, f.p90_minutes) for f in stations] == [
        ("S1", 2, 21.0, 30.0), ("S2", 1, 0.0, 0.0)]
    assert [(f.label, f.count, f.median_minutes, f.p90_minutes) for f in inspectors] == [
        ("Ana", 2, 6.0, 12.0), ("Bogdan", 1, 30.0, 30.0)]
    assert dock_to_stock([], {}) == ((), ())
    unknown = ItemTimes("S3", "op-c", None, at(0), at(9))        # a desk's stand-in parcel: no receipt time known
    assert dock_to_stock([unknown], {}) == ((), ())
    assert items_per_hour([unknown], [], {})[0].hours == pytest.approx(9 / 60)


def test_items_per_hour_counts_receipts_as_work_and_lists_the_stations():
    items = [ItemTimes("S2", "op-a", at(0), at(5), at(15)), ItemTimes("S1", "op-a", at(0), at(20), at(30)),
             ItemTimes("S1", "op-b", at(0), at(0), at(0))]
    rates = items_per_hour(items, [("op-a", at(0)), ("op-c", at(3))], {"op-a": "Ana"})
    assert [(r.name, r.items, r.stations) for r in rates] == [("Ana", 2, ("S1", "S2")), ("op-b", 1, ("S1",))]
    assert rates[0].hours == pytest.approx(0.5) and rates[0].per_hour == pytest.approx(4.0)
    assert rates[1].hours == 0 and rates[1].per_hour is None       # nothing measured: no rate, listed last


def test_holds_oldest_first_and_backlog_by_oldest_parcel():
    now = at(120)
    holds = hold_ages([("i1", "LP2", "S1", "Ana", ("wrong_item",), at(100)),
                       ("i2", "LP1", "S2", "Bo", ("outside_window",), at(30)),
                       ("i3", "LP3", "S1", "Bo", ("extra_quantity",), at(130))], now)
    assert [(h.inspection_id, h.age_minutes) for h in holds] == [("i2", 90.0), ("i1", 20.0), ("i3", 0.0)]
    rows = backlog([("S1", at(110)), ("S2", at(60)), ("S1", at(100))], now)
    assert [(b.station, b.parcels, b.oldest_received_at, b.oldest_age_minutes) for b in rows] == [
        ("S2", 1, at(60), 60.0), ("S1", 2, at(100), 20.0)]
