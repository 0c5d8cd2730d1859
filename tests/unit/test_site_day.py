"""The site's day: local midnight to local midnight in the site's zone, as UTC instants, on the days that trip
calendars up (month and year ends, 29 February, daylight-saving nights) and at the far ends of the world's zones."""
from __future__ import annotations

import datetime as dt

import pytest

from inspector.domain.policy import PolicyError, load_policy, policy_from_dict
from inspector.domain.site_day import LOCAL, site_zone
from inspector.paths import resource

UTC = dt.timezone.utc


def utc(*args) -> dt.datetime:
    return dt.datetime(*args, tzinfo=UTC)


@pytest.mark.parametrize("zone, day, start, hours", [
    ("UTC", dt.date(2026, 12, 31), utc(2026, 12, 31), 24),
    ("UTC", dt.date(2028, 2, 29), utc(2028, 2, 29), 24),
    ("Europe/Bucharest", dt.date(2026, 1, 1), utc(2025, 12, 31, 22), 24),
    ("Europe/Bucharest", dt.date(2026, 3, 29), utc(2026, 3, 28, 22), 23),     # clocks go forward at 03:00
    ("Europe/Bucharest", dt.date(2026, 10, 25), utc(2026, 10, 24, 21), 25),   # and back at 04:00
    ("Asia/Ho_Chi_Minh", dt.date(2026, 3, 29), utc(2026, 3, 28, 17), 24),     # no daylight saving: UTC+7 all year
    ("Asia/Ho_Chi_Minh", dt.date(2026, 10, 25), utc(2026, 10, 24, 17), 24),
    ("Pacific/Kiritimati", dt.date(2026, 11, 30), utc(2026, 11, 29, 10), 24),  # UTC+14
    ("Etc/GMT+12", dt.date(2026, 12, 31), utc(2026, 12, 31, 12), 24),          # UTC-12
    ("America/Santiago", dt.date(2026, 9, 6), utc(2026, 9, 6, 4), 23),        # midnight itself is skipped
])
def test_a_day_runs_from_local_midnight_to_local_midnight(zone, day, start, hours):
    site = site_zone(zone)
    first, end = site.day_bounds(day)
    assert first == start and end - first == dt.timedelta(hours=hours)
    assert site.day_of(first) == day and site.day_of(end - dt.timedelta(microseconds=1)) == day
    assert site.day_of(end) == day + dt.timedelta(days=1)


@pytest.mark.parametrize("zone, instant, day", [
    ("Pacific/Kiritimati", utc(2026, 12, 31, 9, 59), dt.date(2026, 12, 31)),
    ("Pacific/Kiritimati", utc(2026, 12, 31, 10, 0), dt.date(2027, 1, 1)),   # a new year at 10:00 UTC
    ("Etc/GMT+12", utc(2027, 1, 1, 11, 59), dt.date(2026, 12, 31)),          # still the old year at 11:59 UTC
    ("Etc/GMT+12", utc(2027, 1, 1, 12, 0), dt.date(2027, 1, 1)),
    ("Europe/Bucharest", utc(2028, 2, 28, 22, 0), dt.date(2028, 2, 29)),
    ("Asia/Ho_Chi_Minh", utc(2026, 11, 30, 17, 0), dt.date(2026, 12, 1)),
])
def test_the_day_of_an_instant_is_the_sites_calendar_day(zone, instant, day):
    assert site_zone(zone).day_of(instant) == day


def test_a_range_covers_every_day_in_it_and_refuses_to_run_backwards():
    site = site_zone("Europe/Bucharest")
    start, end = site.range_bounds(dt.date(2026, 3, 28), dt.date(2026, 3, 30))
    assert (start, end) == (utc(2026, 3, 27, 22), utc(2026, 3, 30, 21))
    assert end - start == dt.timedelta(hours=71)
    with pytest.raises(ValueError, match=r"ends \(2026-03-27\) before it starts \(2026-03-28\)"):
        site.range_bounds(dt.date(2026, 3, 28), dt.date(2026, 3, 27))


def test_the_computers_own_zone_follows_TZ(monkeypatch):
    import time
    monkeypatch.setenv("TZ", "Pacific/Kiritimati")
    time.tzset()
    try:
        assert LOCAL.day_bounds(dt.date(2026, 11, 30)) == (utc(2026, 11, 29, 10), utc(2026, 11, 30, 10))
        assert LOCAL.day_of(utc(2026, 12, 31, 10)) == dt.date(2027, 1, 1)
        assert LOCAL.label(dt.date(2026, 11, 30)) == "+14, UTC+14:00"
    finally:
        monkeypatch.undo()
        time.tzset()


def test_the_policy_names_the_sites_zone_and_refuses_an_unknown_one():
    import json
    data = json.loads(resource("policy.json").read_text(encoding="utf-8"))
    assert load_policy(resource("policy.json")).zone == LOCAL       # shipped: the computer's own zone
    assert policy_from_dict({**data, "time_zone": "Asia/Ho_Chi_Minh"}).zone.label() == "Asia/Ho_Chi_Minh"
    for bad in ("Mars/Olympus_Mons", "../etc/passwd", "Europe"):
        with pytest.raises(PolicyError, match="time_zone: .* is not a time zone name"):
            policy_from_dict({**data, "time_zone": bad})
