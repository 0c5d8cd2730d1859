"""The end-of-day PDF of a generated day, parsed back: every total equals the database's and the CSV export's, to
the cent; the station filter, real glyphs, page numbers, generation time, progress and cancellation."""
from __future__ import annotations

import csv
import datetime as dt
import re
import subprocess
from collections import Counter, defaultdict
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader

from inspector.cli.main import main
from inspector.demo.history import HistoryOptions, generate_history
from inspector.domain.code_words import FLAG_TEXTS, PolicyLabels
from inspector.domain.review import exception_flags
from inspector.domain.site_day import site_zone
from inspector.exporting.progress import Cancelled
from inspector.paths import Paths
from inspector.storage.database import Database
from tests.conftest import pin_site_zone

NOW = dt.datetime(2026, 11, 20, 23, 0, tzinfo=dt.timezone.utc)
DAY = NOW.date()
UTC_SITE = site_zone("UTC")
GENERATED = dt.datetime(2026, 11, 21, 7, 15, tzinfo=dt.timezone.utc)


def generated_days(tmp_path_factory, name: str, parcels: int, seed: int):
    """Demo data and two days of generated history in a data dir of its own: (root, paths, open database)."""
    from inspector.demo import load_demo_data
    from inspector.settings import site_policy
    root = tmp_path_factory.mktemp(name)
    paths = Paths(root / "data").ensure()
    pin_site_zone(paths, "UTC")      # the truth below reads UTC days straight from the stored text
    load_demo_data(paths)
    database = Database.open_sqlite(paths.database)
    generate_history(database, site_policy(paths), HistoryOptions(parcels=parcels, days=2, seed=seed), NOW)
    return root, paths, database


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    root, paths, database = generated_days(tmp_path_factory, "report", 600, 11)
    yield root, paths, database
    database.dispose()


def _truth(database, station=None):
    """Straight from the tables, not through the exporter the report reads."""
    where = "status = 'completed' AND substr(completed_at, 1, 10) = ?"
    params: list = [DAY.isoformat()]
    if station:
        where += " AND station = ?"
        params.append(station)
    with database.engine.connect() as conn:
        rows = conn.exec_driver_sql(f"SELECT parcel_id, grade, disposition, currency, deduction_total, refund, "
                                    f"flags FROM item_inspections WHERE {where}", tuple(params)).all()
        packaging = Counter(c for (c,) in conn.exec_driver_sql(
            f"SELECT p.packaging_condition FROM item_inspections AS i JOIN parcel_receipts AS p ON p.id = i.parcel_id "
            f"WHERE i.id IN (SELECT id FROM item_inspections WHERE {where})", tuple(params)))
    money = defaultdict(lambda: [0, Decimal(0), Decimal(0)])
    import json
    for _p, _g, _d, cur, ded, ref, _f in rows:
        if cur:
            money[cur][0] += 1
            money[cur][1] += Decimal(ded or 0)
            money[cur][2] += Decimal(ref or 0)
    return {"items": len(rows), "parcels": len({r[0] for r in rows}), "grades": Counter(r[1] for r in rows),
            "dispositions": Counter(r[2] for r in rows), "money": dict(money), "packaging": packaging,
            "exceptions": sum(1 for r in rows if exception_flags(json.loads(r[6]))),
            "flags": Counter(f for r in rows for f in exception_flags(json.loads(r[6])))}


def _csv_money(path: Path):
    money = defaultdict(lambda: [0, Decimal(0), Decimal(0)])
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    for row in rows:
        if row["currency"]:
            money[row["currency"]][0] += 1
            money[row["currency"]][1] += Decimal(row["deduction_total"] or 0)
            money[row["currency"]][2] += Decimal(row["refund"] or 0)
    return len(rows), dict(money)


def _pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True,
                          text=True).stdout


def _number(text: str) -> Decimal:
    return Decimal(text.replace(",", ""))


def _build(root, paths, station=None):
    out = root / f"day-{station or 'all'}.pdf"
    argv = ["--data-dir", str(paths.data_dir), "report", "--date", DAY.isoformat(), "-o", str(out)]
    if station:
        argv += ["--station", station]
    assert main(argv) == 0
    return out


def test_every_total_in_the_pdf_equals_the_database_and_the_csv_to_the_cent(generated):
    from inspector.settings import site_policy
    root, paths, database = generated
    truth = _truth(database)
    labels = PolicyLabels.of(site_policy(paths))
    assert truth["items"] > 500 and len(truth["money"]) >= 3 and truth["exceptions"] > 0
    pdf = _build(root, paths)
    csv_path = root / "day.csv"
    assert main(["--data-dir", str(paths.data_dir), "export", "--date", DAY.isoformat(), "--format", "csv",
                 "-o", str(csv_path)]) == 0
    csv_items, csv_money = _csv_money(csv_path)
    text = _pdf_text(pdf)

    totals = re.search(r"Parcels\s+Items\s*\n\s*([\d,]+)\s+([\d,]+)", text)
    assert totals and _number(totals[1]) == truth["parcels"] and _number(totals[2]) == truth["items"] == csv_items
    for currency, (items, deductions, refunds) in truth["money"].items():
        line = re.search(rf"^\s*{currency}\s+([\d,]+)\s+([\d,.]+)\s+([\d,.]+)\s*$", text, re.M)
        assert line, currency
        assert (_number(line[1]), _number(line[2]), _number(line[3])) == (items, deductions, refunds)
        assert csv_money[currency] == [items, deductions, refunds]
    for grade, n in truth["grades"].items():
        assert re.search(rf"^\s*{grade}\s+{n:,}\b", text, re.M), grade
    for disposition, n in truth["dispositions"].items():     # by the policy's label ("Return to vendor")
        assert re.search(rf"\b{re.escape(labels.disposition(disposition))}\s+{n:,}\s*$", text, re.M), disposition
    for condition, n in truth["packaging"].items():           # items per packaging condition, by its label
        assert re.search(rf"\b{re.escape(labels.packaging_condition(condition))}\s+{n:,}\s+\d", text), condition
    assert f"Exceptions ({truth['exceptions']:,})" in text
    assert len(re.findall(r"^\s*LP\w+\s+\d\d:\d\d:\d\d", text, re.M)) == truth["exceptions"]
    # The exceptions chart names each flag by the window's sentence, with its count.
    squashed = " ".join(text.split())
    for flag, n in truth["flags"].items():
        assert re.search(rf"{re.escape(FLAG_TEXTS[flag])} {n}\b", squashed), flag
    # No code shows through: not a disposition's, a flag's nor a packaging condition's.
    for code in [*truth["dispositions"], *truth["flags"], *truth["packaging"]]:
        assert not re.search(rf"\b{code}\b", text), code
    for heading in ("Throughput per inspector", "Most returned SKUs", "Damage by carrier", "Sign-off",
                    "Items completed per hour", "Reason stated by the customer"):
        assert heading in text


def test_page_numbers_generation_time_stations_and_real_glyphs(generated):
    root, paths, database = generated
    from inspector.reports.day_pdf import build_day_report
    out = root / "glyphs.pdf"
    result = build_day_report(database, DAY, out, generated_at=GENERATED, zone=UTC_SITE)
    reader = PdfReader(out)
    assert len(reader.pages) == result.pages > 3
    for number, page in enumerate(reader.pages, 1):
        footer = page.extract_text()
        assert f"Page {number}" in footer and "generated 2026-11-21 07:15 UTC" in footer
    text = _pdf_text(out)
    with database.engine.connect() as conn:
        stations = sorted(s for (s,) in conn.exec_driver_sql("SELECT DISTINCT station FROM item_inspections"))
    assert "Stations: " + ", ".join(stations) in text
    embedded = " ".join(str(font.get_object().get("/BaseFont")) for page in reader.pages
                        for font in page["/Resources"]["/Font"].values())
    assert "LabelCJK" in embedded or "DroidSans" in embedded
    # Customer reasons and names in Romanian, Albanian, Vietnamese and Chinese come back as the same characters.
    assert any(word in text for word in ("质量问题", "Nguyễn", "Nuk më pëlqen", "Nu se potrivește"))
    assert "质量问题" in text and "Nguyễn" in text


def test_one_station_only(generated):
    root, paths, database = generated
    with database.engine.connect() as conn:
        station = conn.exec_driver_sql("SELECT station FROM item_inspections ORDER BY station LIMIT 1").scalar()
    truth = _truth(database, station)
    text = _pdf_text(_build(root, paths, station))
    totals = re.search(r"Parcels\s+Items\s*\n\s*([\d,]+)\s+([\d,]+)", text)
    assert _number(totals[2]) == truth["items"] and _number(totals[1]) == truth["parcels"]
    assert f"Stations: {station} " in text


def test_progress_runs_to_the_end_and_cancelling_leaves_no_file(generated, tmp_path):
    _root, _paths, database = generated
    from inspector.reports.day_pdf import build_day_report
    seen = []
    build_day_report(database, DAY, tmp_path / "ok.pdf", progress=lambda d, t: seen.append((d, t)), zone=UTC_SITE)
    assert seen[-1] == (1000, 1000) and seen == sorted(seen) and len(seen) > 10

    def cancel_half_way(done, total):
        if done > 700:
            raise Cancelled()
    with pytest.raises(Cancelled):
        build_day_report(database, DAY, tmp_path / "cancelled.pdf", progress=cancel_half_way, zone=UTC_SITE)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ok.pdf"]


def test_report_refuses_a_missing_database(tmp_path, capsys):
    assert main(["--data-dir", str(tmp_path / "nowhere"), "report", "--date", "2026-11-20",
                 "-o", str(tmp_path / "x.pdf")]) == 2
    assert "no bench database" in capsys.readouterr().err
