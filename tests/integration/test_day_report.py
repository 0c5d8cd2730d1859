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


# -- issue 13: outcomes, holds and fraud signals ---------------------------------------------------------------------
@pytest.fixture(scope="module")
def with_outcomes(tmp_path_factory):
    from inspector.settings import site_policy
    from inspector.usecases.unit_of_work import UnitOfWork
    from tests.integration.outcome_day import give_customers, give_outcomes
    root, paths, database = generated_days(tmp_path_factory, "outcomes", 240, 23)
    with database.engine.connect() as conn:
        supervisor = conn.exec_driver_sql("SELECT id FROM operators WHERE role = 'supervisor' ORDER BY badge").scalar()
    give_customers(database)
    done = give_outcomes(database, UnitOfWork(database, site_policy(paths)), DAY, supervisor, "DESK-1", NOW)
    yield root, paths, database, done
    database.dispose()


def test_outcomes_and_held_money_agree_in_csv_json_pdf_and_figures_to_the_cent(with_outcomes):
    import json
    from tests.integration.outcome_day import pdf_outcomes as read_pdf_outcomes
    from tests.integration.outcome_day import summed as _summed
    from tests.integration.outcome_day import truth as outcome_truth
    from inspector.reports.day_pdf import gather_day
    root, paths, database, done = with_outcomes
    truth = outcome_truth(database, DAY)
    currencies = {cur for _o, cur in truth["by_outcome"]}
    assert {"EUR", "JPY"} <= currencies
    assert {o for o, _c in truth["by_outcome"]} == {"refund", "store_credit", "exchange", "supervisor", "none"}
    assert any(n and amount % 1 for (o, c), (n, amount) in truth["by_outcome"].items() if c == "EUR")   # cents
    assert truth["held"] and len(done["to_approve"]) >= 2
    assert sum(n for n, _a in truth["held"].values()) == (len(done["held"]) - len(done["to_approve"]) + 1
                                                          + len(done["held_no_currency"]))
    # Items off the return (no currency, nothing to pay) count too, one of them held: under no currency, at 0.
    assert truth["by_outcome"][("none", "")] == (len(done["no_currency"]), 0) and len(done["no_currency"]) > 1
    assert truth["held"][""] == (1, 0)

    csv_path, json_path = root / "outcomes.csv", root / "outcomes.json"
    for path, kind in ((csv_path, "csv"), (json_path, "json")):
        assert main(["--data-dir", str(paths.data_dir), "export", "--date", DAY.isoformat(), "--format", kind,
                     "-o", str(path)]) == 0
    with csv_path.open(encoding="utf-8-sig", newline="") as handle:
        csv_rows = list(csv.DictReader(handle))
    json_rows = json.loads(json_path.read_text(encoding="utf-8"))["inspections"]
    figures = gather_day(database, DAY, DAY, zone=UTC_SITE)
    pdf_outcomes, pdf_held = read_pdf_outcomes(_pdf_text(_build(root, paths)))

    assert _summed(csv_rows, "true") == (truth["by_outcome"], truth["held"])
    assert _summed(json_rows, True) == (truth["by_outcome"], truth["held"])
    assert (pdf_outcomes, pdf_held) == (truth["by_outcome"], truth["held"])
    assert (figures.by_outcome, figures.held) == (truth["by_outcome"], truth["held"])
    assert figures.fraud_by_reason == truth["signals"] and figures.fraud_by_reason["weight_off"] > 0
    # Flagged items per customer and per SKU add up to the items with any signal.
    flagged = sum(1 for row in json_rows if row["risk_reasons"])
    assert sum(figures.fraud_by_customer.values()) == sum(figures.fraud_by_sku.values()) == flagged
    assert "C-0001" in figures.fraud_by_customer or len(figures.fraud_by_customer) > 1

    by_id = {row["inspection_id"]: row for row in csv_rows}
    old = by_id[done["old"][0]]           # a row from before 0008: a refund of its refund
    assert (old["outcome"], old["outcome_amount"]) == ("refund", old["refund"] or "0")
    exchanged = by_id[done["exchange"][0]]
    assert exchanged["exchange_sku"] == "TEE-M-BLU" and Decimal(exchanged["outcome_amount"]) == 0
    released, refused = by_id[done["to_approve"][0]], by_id[done["to_approve"][1]]
    assert (released["held"], refused["held"]) == ("false", "true")
    assert refused["risk_reasons"] and int(refused["risk_score"]) > 0
    assert list(csv_rows[0])[-12:] == ["customer_id", "requested_outcome", "outcome", "outcome_amount",
                                       "exchange_sku", "parcel_weight_g", "expected_weight_g", "weight_g",
                                       "risk_score", "risk_reasons", "held", "photo_hashes"]
