"""`inspector demo --parcels N`: realistic completed history, fast enough for a million item inspections.

What each unit is worth is never decided here: matching, flags, deductions, refund and proposed disposition come
from the domain (`match_unit`, `unit_flags`, `assess_unit`), exactly as the use cases compute them. Only the
writing differs: rows go in by Core executemany in big transactions, with the outbox rows the use cases would
have written (receive parcel, complete each item, complete parcel).
"""
from __future__ import annotations

import copy
import datetime as dt
import random
import sqlite3
import time
import uuid
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, cast

from sqlalchemy import Table, func, select
from sqlalchemy.exc import SQLAlchemyError

from inspector.demo import generated_codes as codes
from inspector.demo.bulk_writer import RowBatch
from inspector.demo.catalogue import Product, make_catalogue
from inspector.domain.assessment import assess_unit, unit_flags
from inspector.domain.flags import Flag, outside_window
from inspector.domain.matching import MatchKind, match_unit
from inspector.domain.policy import Policy
from inspector.domain.review import exception_flags
from inspector.domain.returns import Return, ReturnLine, ReturnStatus
from inspector.errors import EnvironmentProblem
from inspector.storage.database import Database, environment_problem
from inspector.storage.orm import (FindingRow, InspectionRow, OperatorRow, OutboxRow, ParcelRow, ReturnLineRow,
                                   ReturnRow, ReturnTrackingRow)

HISTORY_SOURCE = "demo"
# Generated history is old news upstream: marked as already sent (the sync's "sent"), so a bench opened on it does
# not push a million records. Pass outbox_status="pending" to exercise the sync instead.
DEFAULT_OUTBOX_STATUS = "sent"

# market currency: (share of parcels, carriers and their shares, country of the postal S10 numbers)
_MARKETS: dict[str, tuple[int, dict[str, int], str]] = {
    "EUR": (35, {"dhl": 40, "ups": 30, "upu_s10": 30}, "DE"),
    "USD": (25, {"usps": 40, "ups": 25, "fedex": 20, "amazon": 15}, "US"),
    "GBP": (15, {"upu_s10": 50, "dhl": 30, "ups": 20}, "GB"),
    "RON": (15, {"upu_s10": 60, "dhl": 40}, "RO"),
    "JPY": (10, {"upu_s10": 70, "fedex": 30}, "JP"),
}
_UNITS_PER_PARCEL = ((1, 45), (2, 30), (3, 15), (4, 10))
_PACKAGING = {"intact": 80, "dented": 10, "torn": 5, "crushed": 3, "wet": 2}
_GRADE_SHARES = (30, 30, 22, 12, 6)  # best grade first; a longer site scale reuses the last share
# grade position -> (damage code, probability); codes missing from a site's policy are skipped
_FINDINGS_BY_GRADE: tuple[tuple[tuple[str, float], ...], ...] = (
    (("missing_packaging", 0.1),),
    (("missing_packaging", 0.4), ("scratches", 0.1)),
    (("scratches", 0.5), ("used_signs", 0.5), ("missing_accessory", 0.2), ("stains", 0.1)),
    (("dents", 0.5), ("missing_accessory", 0.4), ("scratches", 0.3), ("defective", 0.15), ("transit_damage", 0.15)),
    (("defective", 0.4), ("dents", 0.4), ("transit_damage", 0.2), ("seal_broken", 0.15)),
)
_REASONS = ("Too small", "Too large", "Not as described", "Changed my mind", "Arrived damaged", "Does not work",
            "Nu se potrivește", "Nuk më pëlqen", "Không vừa", "质量问题", "Ordered twice", "Late delivery")
_OVERRIDE_REASONS = ("Supervisor decision", "Packaging reusable", "Vendor agreement", "Seasonal stock",
                     "Customer goodwill")
_STATIONS = ("BENCH-01", "BENCH-02", "BENCH-03", "BENCH-04")   # a site's benches, for history already sent

_RETURNS, _LINES, _TRACKING, _PARCELS, _INSPECTIONS, _FINDINGS, _OUTBOX = (
    cast(Table, row.__table__) for row in (ReturnRow, ReturnLineRow, ReturnTrackingRow, ParcelRow, InspectionRow,
                                           FindingRow, OutboxRow))


@dataclass(frozen=True)
class HistoryOptions:
    parcels: int
    days: int = 30
    seed: int = 1
    batch_parcels: int = 5000          # one transaction each
    outbox_status: str = DEFAULT_OUTBOX_STATUS
    # The bench's own station. History still to be sent ("pending") is all its own: the hub takes a station's records
    # only with that station's token, so another station's pending record could only ever be set aside. History
    # already sent is spread over this station and three others, as a site's would be.
    station: str | None = None
    # A pool of synthetic photos in the data folder's photo store, given to the exceptions' items (history_photos).
    photos: bool = False

    def stations(self) -> tuple[str, ...]:
        if self.station is None:
            if self.outbox_status == "pending":
                raise ValueError("history to be sent needs the bench's own station")
            return _STATIONS
        if self.outbox_status == "pending":
            return (self.station,)
        return (self.station,) + tuple(s for s in _STATIONS if s != self.station)[:3]


@dataclass
class HistoryCounts:
    parcels: int = 0
    returns: int = 0
    items: int = 0
    findings: int = 0
    photos: int = 0
    outbox: int = 0
    flags: Counter[str] = field(default_factory=Counter)
    carriers: Counter[str] = field(default_factory=Counter)


class HistoryStopped(EnvironmentProblem):
    """The machine stopped the history part-way (disk full, database locked). Each batch is one transaction, so
    what `written` counts went in whole (parcels with their items, findings and outbox rows); the batch that failed
    was rolled back. Running again adds new parcels beside those."""

    def __init__(self, problem: EnvironmentProblem, written: HistoryCounts) -> None:
        super().__init__(problem.message, problem.what_to_do)
        self.written = written


@dataclass(frozen=True)
class _Unit:
    product: Product
    serial: str | None


class _Generator:
    def __init__(self, policy: Policy, options: HistoryOptions, operators: Sequence[str], offsets: dict[str, int],
                 now: dt.datetime, photos: Any = None) -> None:
        # Seeded by the seed, the station and what the database already holds: the same run is reproducible, a
        # second run on the same database makes new records instead of colliding with the first, and two benches
        # given the same seed make different record ids (the hub would refuse the second bench's as another's).
        own = "" if options.station is None else f"{options.station}:"
        self.rng = random.Random(f"{options.seed}:{own}{offsets['parcels']}:{offsets['inspections']}")
        self.photos = photos      # history_photos.PhotoRows, or None
        self.stations = options.stations()
        self.policy = policy
        self.options = options
        self.operators = list(operators)
        self.offsets = dict(offsets)
        self.now = now
        self.catalogue = make_catalogue(self.rng)
        self.by_sku = {p.sku: p for p in self.catalogue}
        self.counts = HistoryCounts()
        self.batch = RowBatch()
        self.grades = policy.grade_codes
        self.grade_weights = [(_GRADE_SHARES + (_GRADE_SHARES[-1],) * len(self.grades))[i]
                              for i in range(len(self.grades))]
        damage_codes = {d.code for d in policy.damage_types}
        self.findings_by_grade = [tuple((c, p) for c, p in _FINDINGS_BY_GRADE[min(i, len(_FINDINGS_BY_GRADE) - 1)]
                                        if c in damage_codes) for i in range(len(self.grades))]
        self.disposition_codes = [d.code for d in policy.dispositions]
        self.bins = {d.code: d.bin for d in policy.dispositions}
        self.markets = list(_MARKETS)
        self.market_weights = [_MARKETS[m][0] for m in self.markets]

    # ------------------------------------------------------------------ ids
    def _uuid(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def _next(self, key: str) -> int:
        n = self.offsets[key]
        self.offsets[key] = n + 1
        return n

    def _pick(self, weighted: dict[str, int]) -> str:
        return self.rng.choices(list(weighted), list(weighted.values()))[0]

    # ------------------------------------------------------------------ one parcel
    def parcel(self, received_at: dt.datetime) -> None:
        rng = self.rng
        currency = rng.choices(self.markets, self.market_weights)[0]
        _, carriers, country = _MARKETS[currency]
        carrier = self._pick(carriers)
        tracking = codes.tracking_number(carrier, self._next("parcels"), country)
        unexpected = rng.random() < 0.03
        units_wanted = rng.choices([u for u, _ in _UNITS_PER_PARCEL], [w for _, w in _UNITS_PER_PARCEL])[0]
        rma = None if unexpected else self._return(currency, units_wanted, tracking, received_at)
        units = self._units_in_parcel(rma, units_wanted)
        operator = rng.choice(self.operators)
        station = rng.choice(self.stations)
        parcel_id = self._uuid()
        parcel_flags: list[str] = []
        if rma is None:
            parcel_flags.append(Flag.UNEXPECTED_PARCEL)
        else:
            if rma.status is not ReturnStatus.OPEN:
                parcel_flags.append(Flag.RETURN_NOT_OPEN)
            if outside_window(rma.delivered_on, received_at.date(), self.policy.return_window_days):
                parcel_flags.append(Flag.OUTSIDE_WINDOW)
        parcel = dict(id=parcel_id, return_id=rma.id if rma else None, tracking_number=tracking, carrier=carrier,
                      scanned_text=tracking, station=station, operator_id=operator, received_at=received_at,
                      packaging_condition=self._pick(_PACKAGING), status="open", flags=parcel_flags,
                      completed_at=None, version=1)
        self._outbox("parcel_receipt", parcel_id, 1, received_at)
        clock = received_at + dt.timedelta(seconds=rng.randint(15, 90))
        inspected: dict[str, int] = {}
        for unit in units:
            clock = self._inspect(parcel, rma, unit, inspected, clock, operator, station)
        done_at = clock + dt.timedelta(seconds=rng.randint(5, 40))
        # Stored as the parcel ends up; the outbox keeps both versions the use cases would have queued.
        self.batch.add(_PARCELS, dict(parcel, status="completed", completed_at=done_at, version=2))
        self._outbox("parcel_receipt", parcel_id, 2, done_at)
        self.counts.parcels += 1
        self.counts.carriers[carrier] += 1

    def _return(self, currency: str, units: int, tracking: str, received_at: dt.datetime) -> Return:
        rng = self.rng
        line_count = rng.randint(1, min(units, 3))
        quantities = [1] * line_count
        for _ in range(units - line_count):
            quantities[rng.randrange(line_count)] += 1
        products = rng.sample(self.catalogue, line_count)
        lines = []
        for line_no, (product, quantity) in enumerate(zip(products, quantities), start=1):
            serials = tuple(f"SN{rng.getrandbits(40):010X}" for _ in range(quantity)) if product.serialised else ()
            lines.append(ReturnLine(id=self._uuid(), line_no=line_no, sku=product.sku, gtin=product.gtin,
                                    description=product.description, quantity=quantity,
                                    unit_price=product.price(currency), currency=currency,
                                    category=product.category, serials=serials))
        late = rng.random() < 0.04
        days_before = rng.randint(15, 45) if late else rng.randint(1, 12)
        roll = rng.random()
        status = ReturnStatus.CANCELLED if roll < 0.01 else ReturnStatus.CLOSED if roll < 0.015 else ReturnStatus.OPEN
        rma = Return(id=self._uuid(), rma_number=codes.rma_number(self._next("returns")),
                     order_number=f"ORD-{rng.randint(10**7, 10**8 - 1)}", customer_reason=rng.choice(_REASONS),
                     delivered_on=received_at.date() - dt.timedelta(days=days_before), status=status,
                     tracking_numbers=(tracking,), lines=tuple(lines))
        self.batch.add(_RETURNS, dict(
            id=rma.id, rma_number=rma.rma_number, order_number=rma.order_number,
            customer_reason=rma.customer_reason, delivered_on=rma.delivered_on, status=rma.status.value,
            source=HISTORY_SOURCE, updated_at=received_at - dt.timedelta(days=days_before)))
        for ln in lines:
            self.batch.add(_LINES, dict(
                id=ln.id, return_id=rma.id, line_no=ln.line_no, sku=ln.sku, gtin=ln.gtin,
                description=ln.description, quantity=ln.quantity, unit_price=ln.unit_price, currency=ln.currency,
                category=ln.category, serials=list(ln.serials)))
        self.batch.add(_TRACKING, dict(tracking_number=tracking, return_id=rma.id))
        self.counts.returns += 1
        return rma

    def _units_in_parcel(self, rma: Return | None, units_wanted: int) -> list[_Unit]:
        """What the customer actually sent: usually the return, sometimes one short, a wrong or an extra unit."""
        rng = self.rng
        if rma is None:
            return [_Unit(rng.choice(self.catalogue), None) for _ in range(units_wanted)]
        units = [_Unit(self.by_sku[ln.sku], ln.serials[i] if ln.serials else None)
                 for ln in rma.lines for i in range(ln.quantity)]
        roll = rng.random()
        if roll < 0.03:                                    # the customer sent something else
            units[rng.randrange(len(units))] = _Unit(rng.choice(self.catalogue), None)
        elif roll < 0.05 and len(units) < 4:               # one unit more than the return expects
            extra = rng.choice(units)
            units.append(_Unit(extra.product, None if extra.serial is None else f"SN{rng.getrandbits(40):010X}"))
        elif roll < 0.09 and len(units) > 1:               # one unit short: the return stays partly open
            units.pop(rng.randrange(len(units)))
        elif roll < 0.11:                                  # a serial that is not the one shipped
            serialised = [i for i, u in enumerate(units) if u.serial]
            if serialised:
                i = rng.choice(serialised)
                units[i] = _Unit(units[i].product, f"SN{rng.getrandbits(40):010X}")
        return units

    def _inspect(self, parcel: dict[str, Any], rma: Return | None, unit: _Unit, inspected: dict[str, int],
                 clock: dt.datetime, operator: str, station: str) -> dt.datetime:
        rng, policy = self.rng, self.policy
        gtin14 = unit.product.gtin.zfill(14)
        match = match_unit(rma.lines if rma else None, inspected, gtin14, None, unit.serial)
        if match.line is not None and match.kind in (MatchKind.MATCHED, MatchKind.SERIAL_MISMATCH):
            # Counted as `_inspected_per_line` counts them for the next unit of the same parcel.
            inspected[match.line.id] = inspected.get(match.line.id, 0) + 1
        base = unit_flags(policy, match, rma, parcel["received_at"].date())
        grade_index = rng.choices(range(len(self.grades)), self.grade_weights)[0]
        grade = self.grades[grade_index]
        findings = sorted({code for code, chance in self.findings_by_grade[grade_index] if rng.random() < chance})
        result = assess_unit(policy, match, base, grade, findings)
        disposition, reason = result.proposed_disposition, None
        others = [c for c in self.disposition_codes if c != disposition]
        if others and rng.random() < 0.03:  # an override with its reason, as choose_disposition records it
            disposition = rng.choice(others)
            reason = rng.choice(_OVERRIDE_REASONS)
            result = assess_unit(policy, match, base, grade, findings, disposition)
        started = clock + dt.timedelta(seconds=rng.randint(3, 20))
        completed = started + dt.timedelta(seconds=rng.randint(20, 150))
        line = match.line
        deductions = result.deductions
        amounts = {ln.finding: ln for ln in deductions.lines} if deductions else {}
        inspection_id = self._uuid()
        for code in findings:
            self.batch.add(_FINDINGS, dict(
                inspection_id=inspection_id, code=code, deduction=amounts[code].amount if code in amounts else None,
                basis=amounts[code].basis if code in amounts else ""))
        self.batch.add(_INSPECTIONS, dict(
            id=inspection_id, license_plate=codes.license_plate(self._next("inspections")), parcel_id=parcel["id"],
            return_line_id=line.id if line else None, scanned_text=self._scanned_text(gtin14, unit),
            gtin=gtin14, sku=line.sku if line else None, serial=unit.serial, lot=None, expiry=None,
            description=line.description if line else "", match_kind=match.kind.value, flags=sorted(result.flags),
            grade=grade, unit_price=line.unit_price if line else None, currency=line.currency if line else None,
            deduction_total=deductions.total if deductions else None,
            refund=deductions.refund if deductions else None,
            proposed_disposition=result.proposed_disposition, disposition=disposition, disposition_reason=reason,
            bin=self.bins[disposition], note="", status="completed", operator_id=operator, station=station,
            started_at=started, completed_at=completed, label_prints=1, version=2))
        self._outbox("item_inspection", inspection_id, 2, completed)   # version 2: started 1, completed 2
        if self.photos is not None and exception_flags(str(f) for f in result.flags):
            for photo_id, taken in self.photos.add(inspection_id, findings, completed, operator, station):
                self._outbox("inspection_photo", photo_id, 1, taken)
                self.counts.photos += 1
        self.counts.items += 1
        self.counts.findings += len(findings)
        self.counts.flags.update(str(f) for f in result.flags)
        return completed

    @staticmethod
    def _scanned_text(gtin14: str, unit: _Unit) -> str:
        # What the scanner typed: a serialised unit carries GS1-128 (01)+(21), others their EAN-13.
        return f"01{gtin14}21{unit.serial}" if unit.serial else gtin14[1:]

    def _outbox(self, record_type: str, record_id: str, version: int, at: dt.datetime) -> None:
        self.batch.add(_OUTBOX, dict(
            record_type=record_type, record_id=record_id, version=version, created_at=at,
            status=self.options.outbox_status, attempts=0 if self.options.outbox_status == "pending" else 1,
            last_error=None))
        self.counts.outbox += 1


def _offsets(database: Database) -> dict[str, int]:
    with database.session() as session:
        def count(row: type) -> int:
            return session.scalar(select(func.count()).select_from(row)) or 0
        return {"parcels": count(ParcelRow), "returns": count(ReturnRow), "inspections": count(InspectionRow)}


def _operators(database: Database) -> list[str]:
    with database.session() as session:
        ids = list(session.scalars(select(OperatorRow.id).where(OperatorRow.active.is_(True),
                                                                 OperatorRow.role.in_(("inspector", "supervisor")))
                                   .order_by(OperatorRow.badge)))
    if not ids:
        raise ValueError("no inspectors in the database: load the demo operators first")
    return ids


def _receipt_times(rng: random.Random, count: int, days: int, now: dt.datetime) -> list[dt.datetime]:
    """Parcels arrive during working hours (06:00-20:00 UTC) of the last `days` days, oldest first."""
    today = dt.datetime.combine(now.date(), dt.time(0), tzinfo=dt.timezone.utc)
    times = []
    for _ in range(count):
        day = today - dt.timedelta(days=rng.randrange(days))
        moment = day + dt.timedelta(seconds=rng.randint(6 * 3600, 20 * 3600))
        times.append(min(moment, now - dt.timedelta(hours=1)))
    times.sort()
    return times


def _photo_rows(database: Database, options: HistoryOptions, offsets: dict[str, int]) -> Any:
    from pathlib import Path

    from inspector.demo.history_photos import PhotoRows, photo_pool
    from inspector.paths import Paths
    from inspector.photos.store import PhotoStore
    folder = Path(str(database.engine.url.database)).parent     # the data folder the database is in
    pool = photo_pool(PhotoStore(Paths(folder).photos_dir), options.seed)
    return PhotoRows(pool, f"{options.seed}:{options.station}:{offsets['inspections']}",
                     sent=options.outbox_status != "pending")


ProgressCallback = Callable[[HistoryCounts, float], None]


def generate_history(database: Database, policy: Policy, options: HistoryOptions, now: dt.datetime | None = None,
                     progress: ProgressCallback | None = None) -> HistoryCounts:
    if options.parcels < 0 or options.days < 1:
        raise ValueError("parcels must be 0 or more and days 1 or more")
    now = now or dt.datetime.now(dt.timezone.utc)
    written = HistoryCounts()
    try:
        offsets = _offsets(database)
        generator = _Generator(policy, options, _operators(database), offsets, now,
                               _photo_rows(database, options, offsets) if options.photos else None)
        times = _receipt_times(random.Random(f"times:{options.seed}"), options.parcels, options.days, now)
        started = time.monotonic()
        with database.engine.connect() as connection:
            # A larger page cache for the index updates of a long bulk load; this connection only.
            connection.exec_driver_sql("PRAGMA cache_size=-262144")
            connection.commit()
            for first in range(0, len(times), options.batch_parcels):
                for received_at in times[first:first + options.batch_parcels]:
                    generator.parcel(received_at)
                with connection.begin():
                    generator.batch.write(connection)
                    if generator.photos is not None:
                        generator.photos.write(connection)
                written = copy.deepcopy(generator.counts)
                if progress:
                    progress(generator.counts, time.monotonic() - started)
    except (SQLAlchemyError, sqlite3.Error) as exc:
        # Environment errors (disk full, database locked) come out as the program's own EnvironmentProblem, with
        # what is already in; anything else is a bug and keeps its traceback.
        problem = environment_problem(exc)
        if problem is None:
            raise
        raise HistoryStopped(problem, written) from exc
    return generator.counts
