"""Exports of a range of days: the same rows as the days one by one, one station, JSON's from/to, formulas
neutralised, progress to the end, and cancelling leaves no file (and an older file of that name untouched)."""
from __future__ import annotations

import csv
import datetime as dt
import json

import pytest

from inspector.cli.main import main
from inspector.demo import load_demo_data
from inspector.demo.history import HistoryOptions, generate_history
from inspector.domain.site_day import site_zone
from inspector.exporting import CancelFlag, Cancelled, export_day, export_range
from inspector.paths import Paths
from inspector.settings import site_policy
from inspector.storage.database import Database
from tests.conftest import pin_site_zone

NOW = dt.datetime(2026, 11, 20, 23, 0, tzinfo=dt.timezone.utc)
FIRST, LAST = NOW.date() - dt.timedelta(days=2), NOW.date()
SITE = site_zone("UTC")        # the checks below read UTC days from the stored times


@pytest.fixture(scope="module")
def history(tmp_path_factory):
    paths = Paths(tmp_path_factory.mktemp("range") / "data").ensure()
    pin_site_zone(paths, SITE.name)
    load_demo_data(paths)
    database = Database.open_sqlite(paths.database)
    generate_history(database, site_policy(paths), HistoryOptions(parcels=700, days=3, seed=3), NOW)
    with database.engine.begin() as conn:   # a cell a spreadsheet would run as a formula
        conn.exec_driver_sql("UPDATE item_inspections SET note = '=HYPERLINK(\"http://x\")' WHERE rowid = "
                             "(SELECT min(rowid) FROM item_inspections)")
    yield paths, database
    database.dispose()


def _csv(path):
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def test_a_range_is_the_days_one_after_another(history, tmp_path):
    _paths, database = history
    whole = tmp_path / "range.csv"
    count = export_range(database, FIRST, LAST, "csv", whole, zone=SITE)
    by_day = []
    for n in range(3):
        day_file = tmp_path / f"day{n}.csv"
        export_day(database, FIRST + dt.timedelta(days=n), "csv", day_file, zone=SITE)
        by_day += _csv(day_file)
    rows = _csv(whole)
    assert count == len(rows) == len(by_day) > 1000
    assert [r["inspection_id"] for r in rows] == [r["inspection_id"] for r in by_day]
    assert {r["completed_at"][:10] for r in rows} == {(FIRST + dt.timedelta(days=n)).isoformat() for n in range(3)}
    assert sum(1 for r in rows if r["note"].startswith("'=HYPERLINK")) == 1
    assert not any(r["note"].startswith("=") for r in rows)


def test_one_station_and_json_with_from_and_to(history, tmp_path):
    paths, database = history
    out = tmp_path / "b1.json"
    assert main(["--data-dir", str(paths.data_dir), "export", "--from", FIRST.isoformat(), "--to", LAST.isoformat(),
                 "--station", "BENCH-01", "--format", "json", "-o", str(out)]) == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["from"] == FIRST.isoformat() and data["to"] == LAST.isoformat() and "date" not in data
    assert data["count"] == len(data["inspections"]) > 0
    assert {row["station"] for row in data["inspections"]} == {"BENCH-01"}
    everything = export_range(database, FIRST, LAST, "json", tmp_path / "all.json", zone=SITE)
    assert everything > data["count"]


def test_the_cli_refuses_half_a_range(history, tmp_path, capsys):
    paths, _database = history
    base = ["--data-dir", str(paths.data_dir), "export", "-o", str(tmp_path / "x.csv")]
    assert main(base + ["--from", LAST.isoformat()]) == 2
    assert main(base + ["--from", LAST.isoformat(), "--to", FIRST.isoformat()]) == 2
    err = capsys.readouterr().err
    assert "--from needs --to" in err and "before --from" in err
    assert not (tmp_path / "x.csv").exists()


def test_progress_runs_to_the_total_and_cancel_leaves_nothing(history, tmp_path):
    _paths, database = history
    seen = []
    total = export_range(database, FIRST, LAST, "csv", tmp_path / "ok.csv", progress=lambda d, t: seen.append((d, t)), zone=SITE)
    assert seen[0] == (0, total) and seen[-1] == (total, total) and len(seen) > 2
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)

    existing = tmp_path / "kept.csv"
    existing.write_text("older export\n", encoding="utf-8")
    flag = CancelFlag(lambda done, _total: flag.cancel() if done >= 500 else None)
    with pytest.raises(Cancelled):
        export_range(database, FIRST, LAST, "json", existing, progress=flag, zone=SITE)
    assert existing.read_text(encoding="utf-8") == "older export\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kept.csv", "ok.csv"]
