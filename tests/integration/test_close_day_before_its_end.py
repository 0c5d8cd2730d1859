"""A site's day signed off before midnight (at the end of the last shift): the signed report names the stations that
have gone quiet lately, not every station (none can have been heard from after a midnight still to come)."""
from __future__ import annotations

import datetime as dt
import json

from sqlalchemy import update

from inspector.hub import feed
from inspector.hub.closing import close_day
from inspector.hub.schema import stations
from inspector.hub.stations import add_station
from inspector.hub.storage import opened
from inspector.paths import resource

DAY = dt.date(2026, 11, 20)
SIGNED_AT = dt.datetime(2026, 11, 20, 18, 0, tzinfo=dt.timezone.utc)


def test_a_day_closed_before_it_ends_names_only_the_stations_quiet_lately(tmp_path):
    policy = json.loads(resource("policy.json").read_text(encoding="utf-8"))
    policy["time_zone"] = "UTC"
    with opened(f"sqlite:///{tmp_path}/hub.sqlite3") as engine:
        feed.store_policy(engine, policy)
        for name in ("B1", "B2", "DESK-1"):
            add_station(engine, name, site_view=name.startswith("DESK"))
        heard = {"B1": SIGNED_AT - dt.timedelta(minutes=1), "B2": SIGNED_AT - dt.timedelta(hours=3)}
        with engine.begin() as conn:
            conn.execute(update(stations).values(created_at="2020-01-01T00:00:00.000000+00:00"))
            for name, at in heard.items():
                conn.execute(update(stations).where(stations.c.name == name)
                             .values(last_heard_at=at.isoformat(timespec="microseconds")))
        closed = close_day(engine, DAY, "Maria Ionescu", clock=lambda: SIGNED_AT, desk="DESK-1")
    assert [s["station"] for s in closed.stations_behind] == ["B2"]


def test_closing_a_day_on_a_hub_whose_policy_names_no_time_zone_says_so(tmp_path, capsys):
    from inspector.cli.main import main
    url = f"sqlite:///{tmp_path}/hub.sqlite3"
    with opened(url) as engine:
        feed.store_policy(engine, json.loads(resource("policy.json").read_text(encoding="utf-8")))  # time_zone null
    assert main(["hub", "close-day", "--date", "2026-11-20", "--by", "Ana", "--db", url]) == 0
    said = capsys.readouterr().err
    assert "names no time_zone" in said and "inspector hub set-policy" in said
