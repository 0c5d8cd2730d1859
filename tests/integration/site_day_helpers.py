"""What the site's day tests share (`test_hub_report`, `test_site_close_day`): a hub with its policy and team, benches
that join it, days of work, and reading reports and exports back."""
from __future__ import annotations

import csv
import datetime as dt
import json
import re
import subprocess
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from inspector.cli.main import main
from inspector.demo.history import HistoryOptions, generate_history
from inspector.domain.returns import Return, ReturnLine, ReturnStatus
from inspector.hub import feed
from inspector.hub import operators as hub_team
from inspector.hub.stations import add_station
from inspector.hub.storage import ensure_schema, make_hub_engine
from inspector.paths import Paths, resource
from inspector.settings import StationSettings, load_settings, save_settings, site_policy
from inspector.storage.database import Database
from inspector.storage.orm import ReturnRow
from inspector.sync.engine import PassReport, SyncConfig, SyncEngine
from inspector.usecases import inspections, parcels
from inspector.usecases.returns import UpsertReturns, upsert_returns
from tests.conftest import PHONE_GTIN, UPS, pin_site_zone, sample_returns
from tests.integration.faults.hubs import ThreadHub
from tests.integration.faults.postgres import fresh_database, require_url
from tests.integration.faults.workload import Bench
from tests.photos import attach_if_needed

UTC = dt.timezone.utc
# A day a few days before the real one (the demo history and the return checks refuse the future, and the tests run
# under shifted clocks), in a site whose day is the UTC day.
DAY = (dt.datetime.now(UTC) - dt.timedelta(days=3)).date()
EVENING = dt.datetime.combine(DAY, dt.time(21, 0), tzinfo=UTC)
TEAM = (("OP-1001", "Ana Popescu", "inspector", "1234"), ("OP-2001", "Nguyễn Thị Lan", "supervisor", "4321"),
        ("OP-3001", "Ion Marin", "inspector", "5678"))


# -- the site ----------------------------------------------------------------------------------------------------
def site_policy_data() -> dict:
    data = json.loads(resource("policy.json").read_text(encoding="utf-8"))
    data["time_zone"] = "UTC"
    return data


def hub_db_url(request, tmp_path):
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path}/hub.sqlite3"
        return
    with fresh_database(require_url()) as url:
        yield url


def open_site(db_url: str, *stations: str, desks: tuple[str, ...] = ()) -> dict[str, str]:
    """The hub's schema, its policy (the UTC day), its team, and tokens for `stations` and site-view `desks`."""
    engine = make_hub_engine(db_url)
    try:
        ensure_schema(engine)
        feed.store_policy(engine, site_policy_data())
        for badge, name, role, pin in TEAM:
            hub_team.add_operator(engine, hub_team.NewOperator(badge, name, role, None, pin))
        tokens = {name: add_station(engine, name) for name in stations}
        tokens.update({name: add_station(engine, name, site_view=True) for name in desks})
        return tokens
    finally:
        engine.dispose()


def join_bench(root: Path, station: str, hub: ThreadHub, token: str) -> Bench:
    """A bench new to the site: the site's day, the team pulled from the hub, nothing of its own yet."""
    paths = Paths(root / station).ensure()
    save_settings(paths, StationSettings(station=station, hub_url=hub.url, hub_token=token))
    pin_site_zone(paths, "UTC")
    database = Database.open_sqlite(paths.database)
    bench = Bench(station, paths, database, site_policy(paths), operator_id="")
    with sync_engine(bench) as engine:
        engine.pull_operators(PassReport())
    with database.engine.connect() as conn:
        bench.operator_id = conn.exec_driver_sql("SELECT id FROM operators WHERE badge = 'OP-1001'").scalar_one()
    return bench


class sync_engine:
    def __init__(self, bench: Bench) -> None:
        self.engine = SyncEngine(bench.database, bench.policy, bench.paths,
                                 SyncConfig.from_settings(load_settings(bench.paths)))

    def __enter__(self) -> SyncEngine:
        return self.engine

    def __exit__(self, *_exc: object) -> None:
        self.engine.close()


def push(bench: Bench) -> None:
    with sync_engine(bench) as engine:
        report = engine.run_once(pull=False)
    assert report["ok"] and report["pending"] == 0, report


def returns_of(database: Database) -> list[Return]:
    """The bench's returns as domain objects, for the hub to hold the same (the customer's stated reason)."""
    with database.session() as session:
        rows = session.scalars(select(ReturnRow).options(selectinload(ReturnRow.lines),
                                                         selectinload(ReturnRow.tracking))).all()
        return [Return("", r.rma_number, r.order_number, r.customer_reason, r.delivered_on, ReturnStatus(r.status),
                       tuple(t.tracking_number for t in r.tracking),
                       tuple(ReturnLine("", ln.line_no, ln.sku, ln.gtin, ln.description, ln.quantity, ln.unit_price,
                                        ln.currency, ln.category, tuple(ln.serials)) for ln in r.lines))
                for r in rows]


def share_returns(db_url: str, bench: Bench) -> None:
    engine = make_hub_engine(db_url)
    try:
        feed.store_returns(engine, returns_of(bench.database))
    finally:
        engine.dispose()


def demo_day(bench: Bench, parcels_count: int, seed: int) -> None:
    """A busy day of the demo's history (every currency, grades, findings, exceptions), still to be sent."""
    generate_history(bench.database, bench.policy, HistoryOptions(parcels=parcels_count, days=1, seed=seed,
                                                                  outbox_status="pending", station=bench.station),
                     EVENING)


def scans(bench: Bench, count: int, start: dt.datetime, plate_prefix: str = "LP") -> list[str]:
    """Parcels with one item each, through the use cases (as `faults.workload.work`, at times of our choosing)."""
    plates = []
    for n in range(count):
        at = start + dt.timedelta(minutes=n)
        plate = f"{plate_prefix}{start:%H%M}{n:04d}"[:12]
        pid = parcels.receive_parcel(parcels.ReceiveParcel(bench.station, bench.operator_id, UPS, at,
                                                           tracking_number=UPS, carrier="ups"), bench.uow())
        iid = inspections.start_inspection(inspections.StartInspection(
            pid, bench.operator_id, bench.station, PHONE_GTIN, plate, at, gtin=PHONE_GTIN), bench.uow())
        inspections.grade_inspection(inspections.GradeInspection(iid, "BCD"[n % 3]), bench.uow())
        if n % 2:
            inspections.toggle_finding(inspections.ToggleFinding(iid, "scratches"), bench.uow())
        attach_if_needed(bench.database, bench.policy, iid, at=at, operator_id=bench.operator_id,
                         station=bench.station)
        inspections.complete_inspection(inspections.InspectionCommand(iid, at), bench.uow())
        parcels.complete_parcel(parcels.ParcelCommand(pid, at), bench.uow())
        plates.append(plate)
    return plates


def with_sample_returns(bench: Bench, db_url: str) -> None:
    upsert_returns(UpsertReturns(sample_returns(), "test", EVENING), bench.uow())
    engine = make_hub_engine(db_url)
    try:
        feed.store_returns(engine, sample_returns())
    finally:
        engine.dispose()


# -- reading the results back -------------------------------------------------------------------------------------
def pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True,
                          timeout=120).stdout.decode("utf-8")


def comparable(text: str) -> list[str]:
    """The report's lines but its generation time (the only thing two runs of it may differ in)."""
    return [line.rstrip() for line in text.splitlines() if "enerated" not in line]


MONEY_ROW = re.compile(r"^\s*([A-Z]{3})\s+([\d,]+)\s+(-?[\d,]+(?:\.\d+)?)\s+(-?[\d,]+(?:\.\d+)?)\s*$")


def totals(text: str) -> dict:
    """Parcels, items and the money per currency, read from the PDF's text."""
    lines = text.splitlines()
    at = next(i for i, line in enumerate(lines) if re.match(r"^\s*Parcels\s+Items\s*$", line))
    parcels_count, items = (int(n.replace(",", "")) for n in lines[at + 1].split())
    start = next(i for i, line in enumerate(lines) if "Currency" in line and "Deductions" in line)
    money = {}
    for line in lines[start + 1:]:
        found = MONEY_ROW.match(line)
        if not found:
            if money:
                break
            continue
        cur, n, ded, ref = found.groups()
        money[cur] = (int(n.replace(",", "")), Decimal(ded.replace(",", "")), Decimal(ref.replace(",", "")))
    return {"parcels": parcels_count, "items": items, "money": money}


def csv_rows(path: Path) -> dict[str, dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return {row["inspection_id"]: row for row in csv.DictReader(handle)}


# What the upstream records do not carry (`inspector.usecases.records`), so no desk and no hub can know it: how often
# the bench printed the label, and the raw text of the scans.
NOT_UPSTREAM = {"label_prints", "scanned_text", "parcel_scanned_text"}


def same_rows(ours: dict[str, dict[str, str]], theirs: dict[str, dict[str, str]]) -> None:
    assert ours.keys() == theirs.keys()
    for key, row in ours.items():
        differ = {c for c in row if row[c] != theirs[key][c]} - NOT_UPSTREAM
        assert not differ, (key, {c: (row[c], theirs[key][c]) for c in differ})


def bench_cli(bench: Bench, *args: str) -> int:
    return main(["--data-dir", str(bench.paths.data_dir), *args])


def hub_cli(db_url: str, *args: str) -> int:
    return main(["hub", *args, "--db", db_url])
