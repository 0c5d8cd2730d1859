"""Benches with work to push: records made by the real use cases (small counts) or written in bulk (benchmarks)."""
from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import insert, select

from inspector.domain.operators import Role
from inspector.domain.policy import Policy, load_policy
from inspector.paths import Paths, resource
from inspector.settings import StationSettings, save_settings
from inspector.storage.database import Database
from inspector.storage.orm import FindingRow, InspectionRow, OperatorRow, OutboxRow, ParcelRow
from inspector.usecases import inspections, parcels
from inspector.usecases.operators import CreateOperator, create_operator
from inspector.usecases.returns import UpsertReturns, upsert_returns
from inspector.usecases.unit_of_work import UnitOfWork
from tests.conftest import NOW, PHONE_GTIN, UPS, sample_returns
from tests.photos import without_photo_rules


@dataclass
class Bench:
    station: str
    paths: Paths
    database: Database
    policy: Policy
    operator_id: str
    made: int = 0          # parcels made so far (license plates stay unique)

    def uow(self) -> UnitOfWork:
        return UnitOfWork(self.database, self.policy)

    def close(self) -> None:
        self.database.dispose()


def make_bench(root: Path, station: str, hub_url: str | None = None, token: str | None = None,
               photo_rules: bool = False) -> Bench:
    """A bench with the shipped policy; without its photo rules unless asked (the sync tests push records, and an
    item a rule asks a photo of would need one to complete: `tests.photos.attach_if_needed`)."""
    paths = Paths(root / station).ensure()
    save_settings(paths, StationSettings(station=station, hub_url=hub_url, hub_token=token))
    database = Database.open_sqlite(paths.database)
    policy = load_policy(resource("policy.json"))
    if not photo_rules:
        policy = without_photo_rules(policy)
    op = create_operator(CreateOperator("OP-1001", "Ana Popescu", Role.INSPECTOR, "1234", NOW),
                         UnitOfWork(database, policy))
    upsert_returns(UpsertReturns(sample_returns(), "test", NOW), UnitOfWork(database, policy))
    return Bench(station, paths, database, policy, op)


def work(bench: Bench, parcels_count: int, finish: bool = True) -> int:
    """Receives parcels with one graded item each, through the use cases; returns the records made (2 each).
    Each parcel writes 3-4 outbox rows for its 2 records, so the sender's coalescing is exercised too."""
    for _ in range(parcels_count):
        bench.made += 1
        n = bench.made
        at = NOW + dt.timedelta(seconds=n)
        pid = parcels.receive_parcel(parcels.ReceiveParcel(bench.station, bench.operator_id, UPS, at,
                                                           tracking_number=UPS, carrier="ups"), bench.uow())
        iid = inspections.start_inspection(inspections.StartInspection(
            pid, bench.operator_id, bench.station, PHONE_GTIN, f"LP{n:08d}", at, gtin=PHONE_GTIN), bench.uow())
        inspections.grade_inspection(inspections.GradeInspection(iid, "BCD"[n % 3]), bench.uow())
        if n % 2:
            inspections.toggle_finding(inspections.ToggleFinding(iid, "scratches"), bench.uow())
        if finish:
            inspections.complete_inspection(inspections.InspectionCommand(iid, at), bench.uow())
            parcels.complete_parcel(parcels.ParcelCommand(pid, at), bench.uow())
    return 2 * parcels_count


def bulk_records(database: Database, station: str, count: int, findings_every: int = 3,
                 last_day: dt.datetime | None = None, per_day: int | None = None) -> int:
    """`count` completed item inspections (plus their parcels, one per 2 items) with pending outbox rows, written
    by Core in one transaction: the benchmarks need tens of thousands, faster than the use cases can make them.
    With `per_day`, the items fill whole days going back from `last_day` (a site's recent weeks); else all happen at
    `last_day` (by default 2026-11-20 09:30 UTC)."""
    first = last_day or dt.datetime(2026, 11, 20, 9, 30, tzinfo=dt.timezone.utc)
    at = first
    with database.engine.begin() as conn:
        op = conn.scalar(select(OperatorRow.id).limit(1))
        parcel_rows, items, findings, outbox = [], [], [], []
        parcel_id = None
        for n in range(count):
            if per_day:
                at = first - dt.timedelta(days=n // per_day) + dt.timedelta(seconds=n % per_day)
            if n % 2 == 0:
                parcel_id = str(uuid.uuid4())
                parcel_rows.append(dict(id=parcel_id, return_id=None, tracking_number=UPS, carrier="ups",
                                        scanned_text=UPS, station=station, operator_id=op, received_at=at,
                                        packaging_condition="intact", status="completed", flags=["unexpected_parcel"],
                                        completed_at=at, version=2))
                outbox.append(dict(record_type="parcel_receipt", record_id=parcel_id, version=2, created_at=at,
                                   status="pending", attempts=0, last_error=None))
            iid = str(uuid.uuid4())
            items.append(dict(id=iid, license_plate=f"B{uuid.uuid4().hex[:12]}", parcel_id=parcel_id,
                              return_line_id=None, scanned_text=PHONE_GTIN, gtin=PHONE_GTIN, sku="PHONE-X1",
                              serial=f"SN{n:08d}", lot=None, expiry=None, description="Telefon mobil X1 (negru)",
                              match_kind="not_on_return", flags=["wrong_item"], grade="B",
                              unit_price=_dec("299.90"), currency="EUR", deduction_total=_dec("15.00"),
                              refund=_dec("284.90"), proposed_disposition="open_box", disposition="open_box",
                              disposition_reason=None, bin="OB-1", note="", status="completed", operator_id=op,
                              station=station, started_at=at, completed_at=at, label_prints=1, version=4))
            if n % findings_every == 0:
                findings.append(dict(inspection_id=iid, code="scratches", deduction=_dec("15.00"),
                                     basis="5% of 299.90"))
            outbox.append(dict(record_type="item_inspection", record_id=iid, version=4, created_at=at,
                               status="pending", attempts=0, last_error=None))
        conn.execute(insert(ParcelRow.__table__), parcel_rows)
        conn.execute(insert(InspectionRow.__table__), items)
        if findings:
            conn.execute(insert(FindingRow.__table__), findings)
        conn.execute(insert(OutboxRow.__table__), outbox)
    return len(parcel_rows) + len(items)


def _dec(text: str):  # type: ignore[no-untyped-def]
    from decimal import Decimal
    return Decimal(text)
