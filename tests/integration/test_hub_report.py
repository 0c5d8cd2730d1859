"""Issue 17, the hub writes the site's reports itself: `inspector hub report` and `inspector hub export` run the
bench's own report and export code on the hub's records (SQLite and PostgreSQL), and come out equal, to the cent, to
the benches' own: one bench's report equals the hub's; with two benches the hub's totals are their sum.

Real benches (SQLite files, the use cases and the demo history), a real hub over HTTP on loopback, the real CLI; the
PDFs are read back with pdftotext.
"""
from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from decimal import Decimal

import pytest

from tests.integration.faults.hubs import ThreadHub
from tests.integration.site_day_helpers import (DAY, EVENING, NOT_UPSTREAM, bench_cli, comparable, csv_rows,
                                                demo_day, hub_cli, hub_db_url, join_bench, open_site, pdf_text, push,
                                                same_rows, scans, share_returns, totals, with_sample_returns)


@pytest.fixture(params=["sqlite", "postgresql"])
def hub_db(request, tmp_path):
    yield from hub_db_url(request, tmp_path)


# -- the tests -----------------------------------------------------------------------------------------------------
def test_the_hubs_report_and_export_of_one_benchs_day_equal_the_benchs_own(tmp_path, hub_db, capsys):
    tokens = open_site(hub_db, "B1")
    with ThreadHub(hub_db) as hub:
        bench = join_bench(tmp_path, "B1", hub, tokens["B1"])
        demo_day(bench, 400, seed=17)
        share_returns(hub_db, bench)
        push(bench)
    day = DAY.isoformat()
    assert bench_cli(bench, "report", "--date", day, "-o", str(tmp_path / "bench.pdf")) == 0
    assert bench_cli(bench, "export", "--date", day, "--format", "csv", "-o", str(tmp_path / "bench.csv")) == 0
    assert bench_cli(bench, "export", "--date", day, "--format", "json", "-o", str(tmp_path / "bench.json")) == 0
    capsys.readouterr()
    assert hub_cli(hub_db, "report", "--date", day, "-o", str(tmp_path / "hub.pdf")) == 0
    said = capsys.readouterr().out
    assert hub_cli(hub_db, "export", "--date", day, "--format", "csv", "-o", str(tmp_path / "hub.csv")) == 0
    assert hub_cli(hub_db, "export", "--date", day, "--format", "json", "-o", str(tmp_path / "hub.json")) == 0

    ours, theirs = pdf_text(tmp_path / "hub.pdf"), pdf_text(tmp_path / "bench.pdf")
    figures = totals(theirs)
    assert figures["items"] > 300 and len(figures["money"]) >= 3     # a real day: several currencies
    assert totals(ours) == figures
    # Everything else too: every table, the exceptions line by line, the throughput per inspector.
    assert comparable(ours) == comparable(theirs)
    assert f"{figures['items']} item inspection(s)" in said

    hub_rows, bench_rows = csv_rows(tmp_path / "hub.csv"), csv_rows(tmp_path / "bench.csv")
    assert len(bench_rows) == figures["items"]
    same_rows(hub_rows, bench_rows)
    hub_json = json.loads((tmp_path / "hub.json").read_text(encoding="utf-8"))
    bench_json = json.loads((tmp_path / "bench.json").read_text(encoding="utf-8"))
    strip = lambda doc: [{k: v for k, v in row.items() if k not in NOT_UPSTREAM} for row in doc["inspections"]]
    assert strip(hub_json) == strip(bench_json)
    bench.close()


def test_with_two_benches_the_hubs_totals_are_their_sum(tmp_path, hub_db, capsys):
    tokens = open_site(hub_db, "B1", "B2")
    with ThreadHub(hub_db) as hub:
        first = join_bench(tmp_path, "B1", hub, tokens["B1"])
        second = join_bench(tmp_path, "B2", hub, tokens["B2"])
        demo_day(first, 250, seed=5)
        share_returns(hub_db, first)
        with_sample_returns(second, hub_db)
        scans(second, 12, EVENING - dt.timedelta(hours=3))
        push(first)
        push(second)
    day = DAY.isoformat()
    for bench in (first, second):
        assert bench_cli(bench, "report", "--date", day, "-o", str(tmp_path / f"{bench.station}.pdf")) == 0
        assert bench_cli(bench, "export", "--date", day, "-o", str(tmp_path / f"{bench.station}.csv")) == 0
    assert hub_cli(hub_db, "report", "--date", day, "-o", str(tmp_path / "hub.pdf")) == 0
    assert hub_cli(hub_db, "export", "--date", day, "-o", str(tmp_path / "hub.csv")) == 0
    # One station only, as `inspector report --station` does.
    assert hub_cli(hub_db, "report", "--date", day, "--station", "B2", "-o", str(tmp_path / "hub-b2.pdf")) == 0

    parts = [totals(pdf_text(tmp_path / f"{name}.pdf")) for name in ("B1", "B2")]
    summed: dict = {"parcels": 0, "items": 0, "money": defaultdict(lambda: (0, Decimal(0), Decimal(0)))}
    for part in parts:
        summed["parcels"] += part["parcels"]
        summed["items"] += part["items"]
        for cur, (n, ded, ref) in part["money"].items():
            was = summed["money"][cur]
            summed["money"][cur] = (was[0] + n, was[1] + ded, was[2] + ref)
    hub_text = pdf_text(tmp_path / "hub.pdf")
    assert totals(hub_text) == {**summed, "money": dict(summed["money"])}
    assert "Stations: B1, B2" in hub_text
    assert totals(pdf_text(tmp_path / "hub-b2.pdf")) == parts[1]

    hub_rows = csv_rows(tmp_path / "hub.csv")
    same_rows(hub_rows, {**csv_rows(tmp_path / "B1.csv"), **csv_rows(tmp_path / "B2.csv")})
    first.close()
    second.close()


def test_a_day_asked_for_wrongly_is_refused_with_the_reason(tmp_path, capsys):
    db_url = f"sqlite:///{tmp_path}/hub.sqlite3"
    open_site(db_url)
    assert hub_cli(db_url, "report", "-o", str(tmp_path / "x.pdf")) == 2
    assert "--date" in capsys.readouterr().err
    assert hub_cli(db_url, "report", "--date", DAY.isoformat()) == 2
    assert "-o FILE" in capsys.readouterr().err
    assert hub_cli(db_url, "export", "--date", DAY.isoformat(), "--to", (DAY - dt.timedelta(days=1)).isoformat(),
                   "-o", str(tmp_path / "x.csv")) == 2
    assert "is before" in capsys.readouterr().err
    assert hub_cli(db_url, "report", "--date", DAY.isoformat(), "--addendum", "-o", str(tmp_path / "x.pdf")) == 2
    assert "is not closed" in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists() and not (tmp_path / "x.csv").exists()
    # An empty day is a report of nothing, not an error.
    assert hub_cli(db_url, "report", "--date", DAY.isoformat(), "-o", str(tmp_path / "empty.pdf")) == 0
    assert totals(pdf_text(tmp_path / "empty.pdf"))["items"] == 0


def test_the_hubs_outcomes_and_held_money_equal_the_benchs(tmp_path, hub_db, capsys):
    """Issue 13: outcomes, weights, risks and holds go up with the records; the hub's report and export add them up
    to the bench's own, to the cent (EUR, JPY...), and an approval pushed with them releases its hold there too."""
    from tests.integration.outcome_day import give_outcomes, pdf_outcomes, summed, truth
    tokens = open_site(hub_db, "B1")
    with ThreadHub(hub_db) as hub:
        bench = join_bench(tmp_path, "B1", hub, tokens["B1"])
        demo_day(bench, 200, seed=29)
        with bench.database.engine.connect() as conn:
            supervisor = conn.exec_driver_sql("SELECT id FROM operators WHERE badge = 'OP-2001'").scalar_one()
        done = give_outcomes(bench.database, bench.uow(), DAY, supervisor, "B1",
                             EVENING + dt.timedelta(minutes=30), refuse_one=False)
        share_returns(hub_db, bench)
        push(bench)
    expected = truth(bench.database, DAY)
    assert {"EUR", "JPY"} <= {c for _o, c in expected["by_outcome"]} and expected["held"] and done["to_approve"]
    day = DAY.isoformat()
    for who, run in (("bench", lambda *a: bench_cli(bench, *a)), ("hub", lambda *a: hub_cli(hub_db, *a))):
        assert run("report", "--date", day, "-o", str(tmp_path / f"{who}.pdf")) == 0
        assert run("export", "--date", day, "--format", "csv", "-o", str(tmp_path / f"{who}.csv")) == 0
        assert run("export", "--date", day, "--format", "json", "-o", str(tmp_path / f"{who}.json")) == 0
    capsys.readouterr()
    wanted = (expected["by_outcome"], expected["held"])
    for who in ("bench", "hub"):
        assert pdf_outcomes(pdf_text(tmp_path / f"{who}.pdf")) == wanted, who
        assert summed(csv_rows(tmp_path / f"{who}.csv").values(), "true") == wanted, who
        doc = json.loads((tmp_path / f"{who}.json").read_text(encoding="utf-8"))
        assert summed(doc["inspections"], True) == wanted, who
    # Every column alike, the new ones too (weights, risk, held): carried up and copied into the hub's report.
    same_rows(csv_rows(tmp_path / "hub.csv"), csv_rows(tmp_path / "bench.csv"))
    assert comparable(pdf_text(tmp_path / "hub.pdf")) == comparable(pdf_text(tmp_path / "bench.pdf"))
    bench.close()
