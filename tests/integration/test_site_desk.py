"""The site's day at a supervisor desk: a hub, three benches and a desk over real HTTP on loopback.

The desk pulls every other station's records (GET /v1/site/records) into read-only copies beside its own; its
review queue, end-of-day PDF and export then hold the union of the benches' work, to the cent, with a station filter,
and say as of when. The feed is a site-view token's only; the copies never reach the outbox, never pass for the
desk's own work, and are dropped once older than the review window. One variant runs the hub on PostgreSQL.
"""
from __future__ import annotations

import datetime as dt
import json
import re
import subprocess
from collections import defaultdict
from decimal import Decimal

import httpx
import pytest

from inspector.bench import views
from inspector.cli.main import main
from inspector.domain.operators import Role
from inspector.errors import RefusedError
from inspector.exporting import export_range
from inspector.hub import feed
from inspector.hub import operators as hub_team
from inspector.hub.storage import make_hub_engine
from inspector.printing import jobs
from inspector.reports.day_pdf import gather_day
from inspector.sync.state import load_state
from inspector.usecases import inspections, parcels, review
from inspector.usecases.operators import CreateOperator, create_operator
from inspector.usecases.site_status import site_status
from tests.conftest import NOW, sample_returns
from tests.integration.faults.hubs import ThreadHub
from tests.integration.faults.postgres import fresh_database, require_url
from tests.integration.faults.site_desk import (Clock, Site, assert_desk_matches_hub, desk_copies,
                                                issue_site_tokens, open_site)
from tests.integration.faults.workload import Bench, work
from tests.integration.site_day_helpers import NOT_UPSTREAM, csv_rows, pdf_text, totals

BENCHES = ("B1", "B2", "B3")
# What the desk's export must reproduce of each bench's own export row (the operator's badge and name, what was
# scanned and the label count are not in the records a bench sends up; the desk shows the site's operator).
EXPORTED = ("inspection_id", "license_plate", "status", "completed_at", "station", "parcel_id",
            "parcel_tracking_number", "parcel_carrier", "parcel_station", "parcel_packaging_condition", "rma_number",
            "order_number", "line_no", "line_sku", "gtin", "sku", "match_kind", "flags", "grade", "unit_price",
            "currency", "deduction_total", "refund", "proposed_disposition", "disposition", "findings")


@pytest.fixture(params=["sqlite", "postgresql"])
def hub_db(request, tmp_path):
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path}/hub.sqlite3"
        return
    with fresh_database(require_url()) as url:
        yield url


@pytest.fixture
def site(tmp_path):
    """Three benches and a desk on a SQLite hub whose clock is the test's."""
    db_url = f"sqlite:///{tmp_path}/hub.sqlite3"
    tokens = issue_site_tokens(db_url, BENCHES, "DESK")
    with ThreadHub(db_url) as hub:
        made = open_site(tmp_path, hub, tokens, BENCHES, "DESK", Clock())
        yield made
        made.close()


def _supervisor(bench: Bench) -> str:
    return create_operator(CreateOperator("SUP-1", "Local Supervisor", Role.SUPERVISOR, "4321", NOW), bench.uow())


def _queue(bench: Bench, supervisor: str, day: dt.date, station: str | None = None) -> dict[str, tuple]:
    items = review.review_queue(review.ReviewQuery(day, day, station), supervisor, bench.uow())
    return {i.inspection_id: (i.license_plate, i.station, i.currency, i.unit_price, i.deduction_total, i.refund,
                              i.grade, i.disposition, i.exceptions, i.findings) for i in items}


def _exported(bench: Bench, day: dt.date, path, station: str | None = None) -> dict[str, dict]:
    export_range(bench.database, day, day, "json", path, station, zone=bench.policy.zone)
    rows = json.loads(path.read_text(encoding="utf-8"))["inspections"]
    return {r["inspection_id"]: {k: r[k] for k in EXPORTED} for r in rows}


def _money(figures) -> dict[str, tuple[int, Decimal, Decimal]]:
    return {cur: (m.items, m.deductions, m.refunds) for cur, m in figures.money.items()}


def _pdf_text(path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True,
                          text=True).stdout


def _sum_money(parts: list[dict[str, tuple[int, Decimal, Decimal]]]) -> dict[str, tuple[int, Decimal, Decimal]]:
    total: dict[str, list] = defaultdict(lambda: [0, Decimal(0), Decimal(0)])
    for part in parts:
        for cur, (items, deductions, refunds) in part.items():
            total[cur][0] += items
            total[cur][1] += deductions
            total[cur][2] += refunds
    return {cur: tuple(v) for cur, v in total.items()}   # type: ignore[misc]


def test_the_desk_holds_the_union_of_three_benches_to_the_cent(tmp_path, hub_db, capsys):
    tokens = issue_site_tokens(hub_db, BENCHES, "DESK")
    with ThreadHub(hub_db) as hub:
        site = open_site(tmp_path, hub, tokens, BENCHES, "DESK", Clock())
        try:
            _union_at_the_desk(site, tmp_path, capsys)
        finally:
            site.close()


def _union_at_the_desk(site: Site, tmp_path, capsys) -> None:
    day = site.desk.policy.zone.day_of(NOW)
    everyone = [*site.benches.values(), site.desk]
    supervisors = {b.station: _supervisor(b) for b in site.benches.values()}
    supervisors["DESK"] = site.supervisor
    for n, bench in enumerate(everyone, start=1):
        work(bench, 2 + n)                                # 3, 4, 5 parcels at the benches, 6 at the desk
    for bench in site.benches.values():
        assert site.engine(bench).run_once()["ok"]
    pulled = site.engine(site.desk).run_once()
    assert pulled["ok"], pulled
    feed = pulled["pulled"]["site"]
    assert feed["desk"] and feed["set_aside_count"] == 0 and feed["stored"] == 2 * (3 + 4 + 5)

    # The review queue: the union of every station's own queue, and each station's alone with the filter.
    own_queues = {b.station: _queue(b, supervisors[b.station], day) for b in everyone}
    union = {k: v for queue in own_queues.values() for k, v in queue.items()}
    assert union and all(own_queues.values())
    assert _queue(site.desk, site.supervisor, day) == union
    for name in BENCHES:
        assert _queue(site.desk, site.supervisor, day, name) == own_queues[name]

    # The export: every row as its own bench exports it, to the cent; the station filter gives one bench's rows.
    own_rows = {b.station: _exported(b, day, tmp_path / f"{b.station}.json") for b in everyone}
    all_rows = {k: v for rows in own_rows.values() for k, v in rows.items()}
    assert _exported(site.desk, day, tmp_path / "desk.json") == all_rows
    assert _exported(site.desk, day, tmp_path / "desk-b2.json", "B2") == own_rows["B2"]
    refunds = sum(Decimal(r["refund"]) for r in all_rows.values() if r["refund"] is not None)
    assert refunds > 0

    # The end-of-day figures and PDF: the sum of the stations' own, per currency to the cent.
    parts = [_money(gather_day(b.database, day, station=b.station, zone=b.policy.zone)) for b in everyone]
    desk_figures = gather_day(site.desk.database, day, zone=site.desk.policy.zone)
    assert _money(desk_figures) == _sum_money(parts)
    assert desk_figures.stations == {"B1", "B2", "B3", "DESK"}
    pdf = tmp_path / "desk.pdf"
    assert main(["--data-dir", str(site.desk.paths.data_dir), "report", "--date", day.isoformat(), "-o",
                 str(pdf)]) == 0
    said = capsys.readouterr().out
    assert f"{len(all_rows)} item inspection(s)" in said and "site as of" in said
    text = _pdf_text(pdf)
    assert "Stations: B1, B2, B3, DESK" in text
    assert "Site as of" in text
    eur = desk_figures.money["EUR"]
    assert f"{eur.refunds:,.2f}" in text and f"{eur.deductions:,.2f}" in text
    only_b3 = tmp_path / "b3.pdf"
    assert main(["--data-dir", str(site.desk.paths.data_dir), "report", "--date", day.isoformat(), "--station",
                 "B3", "-o", str(only_b3)]) == 0
    assert "Stations: B3" in _pdf_text(only_b3)
    csv_out = tmp_path / "desk.csv"
    assert main(["--data-dir", str(site.desk.paths.data_dir), "export", "--date", day.isoformat(), "-o",
                 str(csv_out)]) == 0
    assert f"Exported {len(all_rows)} item inspection(s)" in capsys.readouterr().out

    # The copies never went to the outbox, and each remote record is at the desk once at its version.
    assert_desk_matches_hub(site, "")
    with site.desk.database.engine.connect() as conn:
        queued = {r for (r,) in conn.exec_driver_sql("SELECT DISTINCT record_id FROM outbox")}
    assert not queued & {i for (_t, i) in desk_copies(site.desk)}


def test_a_plain_station_token_gets_a_403_that_says_why_and_its_pass_goes_on(site):
    answer = httpx.get(f"{site.hub_url}/v1/site/records", headers={"Authorization": f"Bearer {site.tokens['B1']}"})
    assert answer.status_code == 403
    assert "may not read the site" in answer.json()["detail"] and "--site-view" in answer.json()["detail"]
    b1 = site.benches["B1"]
    work(b1, 2)
    engine = site.engine(b1)
    report = engine.run_once()
    assert report["ok"] and report["pending"] == 0
    assert report["pulled"]["site"]["desk"] is False and "site-view" in report["pulled"]["site"]["reason"]
    assert engine.state.site_refused_at is not None
    # Not asked again within the hour: the answer is remembered.
    again = engine.run_once()
    assert again["pulled"]["site"]["desk"] is False and again["pulled"]["site"]["asked_at"] == \
        report["pulled"]["site"]["asked_at"]
    desk_answer = httpx.get(f"{site.hub_url}/v1/site/records",
                            headers={"Authorization": f"Bearer {site.tokens['DESK']}"})
    assert desk_answer.status_code == 200
    assert "scrypt$" not in desk_answer.text and "pin_hash" not in desk_answer.text


def test_add_station_site_view_keeps_the_token_and_can_be_taken_back(site, capsys):
    b2, token = "B2", site.tokens["B2"]
    headers = {"Authorization": f"Bearer {token}"}
    assert httpx.get(f"{site.hub_url}/v1/site/records", headers=headers).status_code == 403
    assert main(["hub", "add-station", b2, "--site-view", "--db", site.db_url]) == 0
    assert "token is unchanged" in capsys.readouterr().err
    assert httpx.get(f"{site.hub_url}/v1/site/records", headers=headers).status_code == 200
    assert main(["hub", "add-station", b2, "--no-site-view", "--db", site.db_url]) == 0
    assert httpx.get(f"{site.hub_url}/v1/site/records", headers=headers).status_code == 403
    assert main(["hub", "add-station", "DESK-2", "--site-view", "--db", site.db_url]) == 0
    new_token = capsys.readouterr().out.strip()
    answer = httpx.get(f"{site.hub_url}/v1/site/records", headers={"Authorization": f"Bearer {new_token}"})
    assert answer.status_code == 200
    assert main(["hub", "add-station", "DESK-2", "--db", site.db_url]) == 2      # a known station needs --replace


def test_the_desk_says_as_of_when_and_names_a_station_not_heard_from(site):
    work(site.benches["B1"], 1)
    assert site.engine(site.benches["B1"]).run_once()["ok"]
    heard_first = site.clock.now
    site.clock.now += dt.timedelta(minutes=30)          # B1 then falls silent; B2 and B3 never spoke
    # Within the minute a token's use is noted once: this request leaves B1's last-heard time as it was.
    assert httpx.get(f"{site.hub_url}/v1/station",
                     headers={"Authorization": f"Bearer {site.tokens['B1']}"}).status_code == 200
    assert site.engine(site.desk).run_once()["ok"]
    state = load_state(site.desk.paths.data_dir)
    assert state.site_as_of is not None and dt.datetime.fromisoformat(state.site_as_of) == site.clock.now
    heard = {s["name"]: s["last_heard_at"] for s in state.site_stations}
    assert set(heard) == {"B1", "B2", "B3", "DESK"} and heard["B2"] is None and heard["B1"] is not None
    status = site_status(site.desk.paths.data_dir, site.desk.policy.zone, "DESK")
    assert status is not None
    local = site.desk.policy.zone.local
    said = str(status)
    assert said.startswith(f"site as of {local(site.clock.now).strftime('%H:%M')}")
    b1_heard = dt.datetime.fromisoformat(heard["B1"])
    assert b1_heard == heard_first
    # The last-heard time carries its date when it falls on another day than "as of" (e.g. at midnight).
    same_day = local(b1_heard).date() == local(site.clock.now).date()
    shown = local(b1_heard).strftime("%H:%M" if same_day else "%Y-%m-%d %H:%M")
    assert f"B1 last heard {shown}" in said
    assert "B2 never heard from" in said and "DESK" not in said


def test_copies_never_pass_for_the_desks_own_work(site):
    b1 = site.benches["B1"]
    work(b1, 2)
    work(b1, 1, finish=False)                           # a parcel left open at B1, its item in hand
    assert site.engine(b1).run_once()["ok"]
    assert site.engine(site.desk).run_once()["ok"]
    desk = site.desk
    with b1.database.engine.connect() as conn:
        plate, item_id = conn.exec_driver_sql(
            "SELECT license_plate, id FROM item_inspections WHERE status = 'completed' LIMIT 1").one()
        open_parcel = conn.exec_driver_sql("SELECT id FROM parcel_receipts WHERE status = 'open'").scalar_one()
    assert (("item_inspection", item_id) in desk_copies(desk)) and (("parcel_receipt", open_parcel)
                                                                    in desk_copies(desk))
    # A scanned label, resuming a parcel, a reprint: this bench's own work only.
    assert views.find_by_license_plate(desk.uow(), plate) is None
    assert parcels.open_parcel_for_station(desk.uow(), "B1") is None
    with pytest.raises(RefusedError, match="No item with label"):
        jobs.queue_label(jobs.QueueLabel(plate, "4x6", NOW, "reprint"), desk.uow())
    # Use cases that change an item or a parcel refuse a copy.
    with pytest.raises(RefusedError):
        inspections.start_inspection(inspections.StartInspection(open_parcel, desk.operator_id, "DESK", "x",
                                                                 "LP99999999", NOW), desk.uow())
    with pytest.raises(RefusedError, match="belongs to station B1"):
        parcels.complete_parcel(parcels.ParcelCommand(open_parcel, NOW), desk.uow())
    with pytest.raises(RefusedError, match="belongs to station B1"):
        inspections.reopen_last_completed(inspections.InspectionCommand(item_id, NOW), desk.uow())
    with desk.database.engine.connect() as conn:
        in_hand = conn.exec_driver_sql("SELECT id FROM item_inspections WHERE origin = 'site' AND "
                                       "status = 'in_progress'").scalars().all()
    for item in in_hand:
        with pytest.raises(RefusedError, match="belongs to station B1"):
            inspections.grade_inspection(inspections.GradeInspection(item, "A"), desk.uow())
        with pytest.raises(RefusedError):
            inspections.complete_inspection(inspections.InspectionCommand(item, NOW), desk.uow())
    # The desk's own work goes on beside the copies; only its own records are queued for the hub.
    work(desk, 1)
    with desk.database.engine.connect() as conn:
        stations = {s for (s,) in conn.exec_driver_sql(
            "SELECT DISTINCT p.station FROM outbox o JOIN parcel_receipts p ON p.id = o.record_id")}
    assert stations == {"DESK"}


def test_copies_older_than_the_window_are_dropped(site):
    b1, desk = site.benches["B1"], site.desk
    work(b1, 3)
    assert site.engine(b1).run_once()["ok"]
    engine = site.engine(desk)
    assert engine.run_once()["ok"]
    old = desk_copies(desk)
    assert len(old) == 6
    # Forty days on (hub and desk alike), B1 works again; the first day is now outside the 35-day window.
    site.clock.now += dt.timedelta(days=40)
    later = NOW + dt.timedelta(days=40)
    parcel = parcels.receive_parcel(parcels.ReceiveParcel("B1", b1.operator_id, "1Z999AA10123456784", later,
                                                          tracking_number="1Z999AA10123456784", carrier="ups"),
                                    b1.uow())
    assert site.engine(b1).run_once()["ok"]
    report = engine.run_once()
    assert report["ok"]
    assert report["pulled"]["site"]["dropped"] == {"inspections": 3, "audits": 0, "parcels": 3, "operators": 0}
    assert set(desk_copies(desk)) == {("parcel_receipt", parcel)}
    assert_desk_matches_hub(site, (site.clock.now - dt.timedelta(days=35)).isoformat())
    with desk.database.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM damage_findings f JOIN item_inspections i "
                                    "ON i.id = f.inspection_id WHERE i.origin = 'site'").scalar_one() == 0
    # Once nothing of B1's names its operator, the placeholder goes too.
    site.clock.now += dt.timedelta(days=40)
    assert engine.run_once()["pulled"]["site"]["dropped"]["operators"] == 1
    with desk.database.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM operators WHERE origin = 'site' AND active = 0 "
                                    "AND name LIKE 'Unknown operator%'").scalar_one() == 0


def test_a_malformed_record_on_a_page_is_set_aside_and_the_rest_stored(site):
    b1 = site.benches["B1"]
    work(b1, 3)
    assert site.engine(b1).run_once()["ok"]
    # A record the hub would not accept today, written behind its back (an older hub, a hand edit).
    from inspector.hub import site_feed
    engine = make_hub_engine(site.db_url)
    try:
        with engine.begin() as conn:
            seq = site_feed.numbers(conn, 1)
            conn.exec_driver_sql(
                "INSERT INTO hub_records (record_type, record_id, station, version, data, received_at, updated_at, "
                "seq, happened_at) VALUES ('item_inspection', 'broken-1', 'B2', 1, ?, ?, ?, ?, ?)",
                (json.dumps({"id": "broken-1", "version": 1, "station": "B2", "refund": 12.5}), NOW.isoformat(),
                 NOW.isoformat(), seq, NOW.isoformat()))
    finally:
        engine.dispose()
    report = site.engine(site.desk).run_once()
    assert report["ok"]
    feed = report["pulled"]["site"]
    assert feed["stored"] == 6 and feed["set_aside_count"] == 1
    assert feed["set_aside"][0]["id"] == "broken-1" and feed["set_aside"][0]["reason"]
    kept = load_state(site.desk.paths.data_dir).site_set_aside
    assert kept[-1]["id"] == "broken-1" and "required" in kept[-1]["reason"].lower()
    assert len(desk_copies(site.desk)) == 6


# -- the hub writes the same day: `inspector hub report` and `inspector hub export` equal the desk's -----------------
# Each PDF says when it was generated (the desk's and the hub's runs are apart in time). A desk's report also says as
# of when it last synced ("Site as of 09:30", with any station it last heard long ago): a line about the copy being
# read, not the day's work, which the hub's own report has no reason to carry. The hub's would name the stations not
# heard from since the day ended; here every station synced after it, so it names none.
GENERATED = re.compile(r"(?i)(generated:?\s+)\d{4}-\d{2}-\d{2} \d{2}:\d{2}")
DESK_AS_OF = "Site as of "
MONEY_COLUMNS = ("unit_price", "deduction_total", "refund")


def _hub_holds_the_returns_and_team(db_url: str) -> dict[str, str]:
    """The returns the benches imported (tests.conftest.sample_returns), as the site's ERP feed gives the hub, and
    the site's team: the benches' inspector (OP-1001, made at each bench, becomes the site's at its first pull) and
    a supervisor. Badge -> the site's operator id."""
    engine = make_hub_engine(db_url)
    try:
        feed.store_returns(engine, sample_returns())
        return {badge: hub_team.add_operator(engine, hub_team.NewOperator(badge, name, role, None, pin))
                for badge, name, role, pin in (("OP-1001", "Ana Popescu", "inspector", "1234"),
                                               ("OP-2001", "Nguyễn Thị Lan", "supervisor", "4321"))}
    finally:
        engine.dispose()


def _report_lines(text: str) -> list[str]:
    """The PDF's lines, its generation time masked."""
    return [GENERATED.sub(r"\1<time>", line).rstrip() for line in text.splitlines()]


def _cent(text: str) -> Decimal | None:
    return Decimal(text) if text else None


def _row_facts(row: dict[str, str]) -> tuple:
    """An export row on every column a desk and the hub can both know, money as Decimal (findings' amounts too)."""
    facts = []
    for column, value in sorted(row.items()):
        if column in NOT_UPSTREAM:
            continue
        if column in MONEY_COLUMNS:
            facts.append((column, _cent(value)))
        elif column == "findings":
            facts.append((column, tuple(sorted((code, _cent(amount)) for code, _, amount in
                                               (f.partition(":") for f in value.split(";") if f)))))
        else:
            facts.append((column, value))
    return tuple(facts)


def _money_of(rows: dict[str, dict[str, str]]) -> dict[str, tuple[int, Decimal, Decimal]]:
    """Items, deductions and refunds per currency, added up from an export's rows."""
    summed: dict[str, list] = defaultdict(lambda: [0, Decimal(0), Decimal(0)])
    for row in rows.values():
        if row["currency"]:
            part = summed[row["currency"]]
            part[0] += 1
            part[1] += _cent(row["deduction_total"]) or Decimal(0)
            part[2] += _cent(row["refund"]) or Decimal(0)
    return {cur: tuple(v) for cur, v in summed.items()}   # type: ignore[misc]


def test_the_hubs_report_and_export_of_the_day_equal_the_desks(tmp_path, hub_db, capsys):
    tokens = issue_site_tokens(hub_db, BENCHES, "DESK")
    team = _hub_holds_the_returns_and_team(hub_db)
    with ThreadHub(hub_db) as hub:
        site = open_site(tmp_path, hub, tokens, BENCHES, "DESK", Clock())
        try:
            _hub_equals_desk(site, team, tmp_path, capsys)
        finally:
            site.close()


def _hub_equals_desk(site: Site, team: dict[str, str], tmp_path, capsys) -> None:
    day = site.desk.policy.zone.day_of(NOW)
    everyone = [*site.benches.values(), site.desk]
    for bench in everyone:                                # the site's team first: one inspector id everywhere
        assert site.engine(bench).run_once()["ok"]
        bench.operator_id = team["OP-1001"]
    for n, bench in enumerate(everyone, start=1):
        work(bench, 2 + n)                                # 3, 4, 5 parcels at the benches, 6 at the desk
    for bench in site.benches.values():
        assert site.engine(bench).run_once()["ok"]
    assert site.engine(site.desk).run_once()["ok"]

    # The desk's supervisor overrides a deduction on one of B2's items (its copy) and approves one of B3's.
    b2 = site.benches["B2"]
    with b2.database.engine.connect() as conn:
        scratched = conn.exec_driver_sql(
            "SELECT i.id FROM item_inspections i JOIN damage_findings f ON f.inspection_id = i.id "
            "WHERE f.code = 'scratches' AND i.status = 'completed' ORDER BY i.license_plate LIMIT 1").scalar_one()
    with site.benches["B3"].database.engine.connect() as conn:
        approved = conn.exec_driver_sql("SELECT id FROM item_inspections WHERE status = 'completed' "
                                        "ORDER BY license_plate LIMIT 1").scalar_one()
    at = NOW + dt.timedelta(hours=1)
    supervisor = team["OP-2001"]
    review.override_deduction_of(review.OverrideDeduction(scratched, supervisor, "DESK", at, "scratches", "1.23",
                                                          "hairline only, seen on the photo"), site.desk.uow())
    review.approve(review.Approve(approved, supervisor, "DESK", at, "checked"), site.desk.uow())
    # The decisions go up; B2 pulls its decision and writes the item's next version; the desk pulls that. (Only the
    # owner writes its items: until it has, the deciding desk's copy shows the decision and the hub's record does not.)
    assert site.engine(site.desk).run_once()["ok"]
    for bench in site.benches.values():
        assert site.engine(bench).run_once()["ok"]
        assert site.engine(bench).run_once()["ok"]
    assert site.engine(site.desk).run_once()["ok"]
    with b2.database.engine.connect() as conn:
        deduction, version = conn.exec_driver_sql("SELECT deduction_total, version FROM item_inspections "
                                                  "WHERE id = ?", (scratched,)).one()
    assert Decimal(deduction) == Decimal("1.23")
    assert desk_copies(site.desk)[("item_inspection", scratched)] == ("B2", version)
    assert_desk_matches_hub(site, "")
    hub_engine = make_hub_engine(site.db_url)
    try:
        with hub_engine.connect() as conn:
            decided = conn.exec_driver_sql("SELECT subject FROM hub_records WHERE record_type = "
                                           "'inspection_override' AND station = 'DESK'").scalars().all()
    finally:
        hub_engine.dispose()
    assert sorted(decided) == sorted([scratched, approved])

    # The desk's report and export of the day, and the hub's of the same day from the same records.
    date = day.isoformat()
    desk_cli = ["--data-dir", str(site.desk.paths.data_dir)]
    assert main([*desk_cli, "report", "--date", date, "-o", str(tmp_path / "desk.pdf")]) == 0
    assert main([*desk_cli, "export", "--date", date, "--format", "csv", "-o", str(tmp_path / "desk.csv")]) == 0
    assert main(["hub", "report", "--date", date, "-o", str(tmp_path / "hub.pdf"), "--db", site.db_url]) == 0
    assert main(["hub", "export", "--date", date, "--format", "csv", "-o", str(tmp_path / "hub.csv"),
                 "--db", site.db_url]) == 0
    capsys.readouterr()

    desk_text, hub_text = pdf_text(tmp_path / "desk.pdf"), pdf_text(tmp_path / "hub.pdf")
    assert "Site as of" in desk_text and "Stations: B1, B2, B3, DESK" in desk_text
    figures = totals(desk_text)
    assert figures["items"] == 3 + 4 + 5 + 6 and figures["money"]["EUR"][2] > 0
    assert totals(hub_text) == figures
    desk_lines, hub_lines = _report_lines(desk_text), _report_lines(hub_text)
    as_of = [line for line in desk_lines if line.lstrip().startswith(DESK_AS_OF)]
    assert len(as_of) == 1 and not any(DESK_AS_OF in line or "not heard from" in line for line in hub_lines)
    assert hub_lines == [line for line in desk_lines if line not in as_of]

    desk_rows, hub_rows = csv_rows(tmp_path / "desk.csv"), csv_rows(tmp_path / "hub.csv")
    assert len(desk_rows) == len(hub_rows) == figures["items"]
    assert {_row_facts(r) for r in hub_rows.values()} == {_row_facts(r) for r in desk_rows.values()}
    for rows in (desk_rows, hub_rows):
        assert (Decimal(rows[scratched]["deduction_total"]), Decimal(rows[scratched]["refund"])) == (
            Decimal("1.23"), Decimal("299.90") - Decimal("1.23"))
    assert _money_of(hub_rows) == _money_of(desk_rows) == figures["money"]
