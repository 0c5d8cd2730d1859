"""The item inspections completed on one of the site's days, one flat row each, with everything known about them.

Rows are read in chunks (and their findings per chunk), so a day of a busy site does not sit in memory twice.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, fields
from decimal import Decimal
from typing import Any

from sqlalchemy import Boolean, Select, literal_column, select
from sqlalchemy.orm import Session, aliased

from inspector.domain.flags import Flag
from inspector.domain.fraud import Risk
from inspector.domain.outcomes import stored_outcome
from inspector.domain.review import RELEASING
from inspector.domain.site_day import LOCAL, SiteZone
from inspector.storage.database import Database
from inspector.storage.orm import FindingRow, InspectionRow, OperatorRow, ParcelRow, ReturnLineRow, ReturnRow
from inspector.storage.orm_photos import InspectionPhotoRow
from inspector.storage.orm_review import InspectionAuditRow
from inspector.storage.photo_hashes import live_photo_hashes

CHUNK = 2000
HELD_FLAG = Flag.HELD_FOR_REVIEW.value
RELEASING_ACTIONS = tuple(sorted(a.value for a in RELEASING))


@dataclass(frozen=True)
class ExportFinding:
    code: str
    deduction: Decimal | None  # None when nothing was refundable, so nothing was kept back
    basis: str


@dataclass(frozen=True)
class ExportRow:
    inspection_id: str
    license_plate: str
    status: str
    started_at: dt.datetime
    completed_at: dt.datetime
    station: str
    operator_badge: str
    operator_name: str
    parcel_id: str
    parcel_tracking_number: str | None
    parcel_carrier: str | None
    parcel_scanned_text: str
    parcel_received_at: dt.datetime
    parcel_received_by_badge: str
    parcel_station: str
    parcel_packaging_condition: str
    parcel_status: str
    parcel_flags: tuple[str, ...]
    parcel_completed_at: dt.datetime | None
    rma_number: str | None
    order_number: str | None
    customer_reason: str | None
    return_status: str | None
    delivered_on: dt.date | None
    line_no: int | None
    line_sku: str | None
    line_gtin: str | None
    line_description: str | None
    line_quantity: int | None
    line_category: str | None
    line_serials: tuple[str, ...]
    scanned_text: str
    gtin: str | None
    sku: str | None
    serial: str | None
    lot: str | None
    expiry: dt.date | None
    description: str
    match_kind: str
    flags: tuple[str, ...]
    grade: str | None
    findings: tuple[ExportFinding, ...]
    unit_price: Decimal | None
    currency: str | None
    deduction_total: Decimal | None
    refund: Decimal | None
    proposed_disposition: str
    disposition: str
    disposition_reason: str | None
    bin: str
    note: str
    label_prints: int
    version: int
    # issue 13, appended so the columns before keep their places; defaults for rows made by hand
    customer_id: str | None = None
    requested_outcome: str | None = None
    outcome: str = "refund"              # as stored; a row from before 0008 reads as a refund ...
    outcome_amount: Decimal | None = None    # ... of its refund (`inspector.domain.outcomes.stored_outcome`)
    exchange_sku: str | None = None
    parcel_weight_g: int | None = None
    expected_weight_g: int | None = None
    weight_g: int | None = None
    risk_score: int = 0
    risk_reasons: tuple[str, ...] = ()   # the fraud signals' values, in the risk's order
    held: bool = False                   # held for review, and no kept approval or outcome decision yet
    # issue 12: the item's live photos (sha256, oldest first); the files are `<sha256>.jpg` (`export --photos`)
    photo_hashes: tuple[str, ...] = ()


COLUMNS = tuple(f.name for f in fields(ExportRow))


def _in_range(first_day: dt.date, last_day: dt.date, station: str | None, zone: SiteZone) -> tuple[Any, ...]:
    """Items whose completion time falls in the site's days (whatever their status), of `station` when named: the
    rows, their count and their photos all filter with this, so they cannot drift apart."""
    start, end = zone.range_bounds(first_day, last_day)
    i = InspectionRow
    # completed_at is stored as sortable UTC text, so this range uses its index.
    during = (i.completed_at >= start, i.completed_at < end)
    return during if station is None else (*during, i.station == station)


def _completed(first_day: dt.date, last_day: dt.date, station: str | None, zone: SiteZone) -> tuple[Any, ...]:
    return (InspectionRow.status == "completed", *_in_range(first_day, last_day, station, zone))


def _query(first_day: dt.date, last_day: dt.date | None = None, station: str | None = None,
           zone: SiteZone = LOCAL) -> Select[Any]:
    inspector_op, receiver_op = aliased(OperatorRow), aliased(OperatorRow)
    i, p, r, ln = InspectionRow, ParcelRow, ReturnRow, ReturnLineRow
    # Each column is labelled with its ExportRow field name, so rows map onto it by name, not by position.
    columns = [
        i.id.label("inspection_id"), i.license_plate, i.status, i.started_at, i.completed_at, i.station,
        inspector_op.badge.label("operator_badge"), inspector_op.name.label("operator_name"),
        p.id.label("parcel_id"), p.tracking_number.label("parcel_tracking_number"),
        p.carrier.label("parcel_carrier"), p.scanned_text.label("parcel_scanned_text"),
        p.received_at.label("parcel_received_at"), receiver_op.badge.label("parcel_received_by_badge"),
        p.station.label("parcel_station"), p.packaging_condition.label("parcel_packaging_condition"),
        p.status.label("parcel_status"), p.flags.label("parcel_flags"), p.completed_at.label("parcel_completed_at"),
        r.rma_number, r.order_number, r.customer_reason, r.status.label("return_status"), r.delivered_on,
        ln.line_no, ln.sku.label("line_sku"), ln.gtin.label("line_gtin"), ln.description.label("line_description"),
        ln.quantity.label("line_quantity"), ln.category.label("line_category"), ln.serials.label("line_serials"),
        i.scanned_text, i.gtin, i.sku, i.serial, i.lot, i.expiry, i.description, i.match_kind, i.flags, i.grade,
        i.unit_price, i.currency, i.deduction_total, i.refund, i.proposed_disposition, i.disposition,
        i.disposition_reason, i.bin, i.note, i.label_prints, i.version,
        r.customer_id, i.requested_outcome, i.outcome, i.outcome_amount, i.exchange_sku,
        p.weight_g.label("parcel_weight_g"), p.expected_weight_g, i.weight_g, i.risk, held_column().label("held"),
    ]
    return (
        select(*columns)
        .join(p, p.id == i.parcel_id)
        .join(inspector_op, inspector_op.id == i.operator_id)
        .join(receiver_op, receiver_op.id == p.operator_id)
        .outerjoin(r, r.id == p.return_id)
        .outerjoin(ln, ln.id == i.return_line_id)
        .where(*_completed(first_day, last_day or first_day, station, zone))
        .order_by(i.completed_at, i.id)
    )


def _findings(session: Session, ids: list[str]) -> dict[str, list[ExportFinding]]:
    found: dict[str, list[ExportFinding]] = {}
    rows = session.execute(select(FindingRow.inspection_id, FindingRow.code, FindingRow.deduction, FindingRow.basis)
                           .where(FindingRow.inspection_id.in_(ids)).order_by(FindingRow.code))
    for inspection_id, code, deduction, basis in rows:
        found.setdefault(inspection_id, []).append(ExportFinding(code, deduction, basis))
    return found


def photo_hashes_between(database: Database, first_day: dt.date, last_day: dt.date, station: str | None = None,
                         zone: SiteZone = LOCAL) -> list[str]:
    """Every live photo of the rows `completed_between` yields, each hash once, in the order the rows have them."""
    i, ph = InspectionRow, InspectionPhotoRow
    query = (select(ph.sha256).join(i, i.id == ph.inspection_id)
             .where(*_completed(first_day, last_day, station, zone), ph.removed_at.is_(None))
             .order_by(i.completed_at, i.id, ph.taken_at, ph.id))
    with database.engine.connect() as conn:
        return list(dict.fromkeys(conn.scalars(query)))


_LIST_FIELDS = ("parcel_flags", "line_serials", "flags")


def held_sql(inspections: str) -> str:
    """SQL (SQLite) true for an item of `inspections` (its table's name or alias) held for review with no kept
    releasing decision (`inspector.domain.review.RELEASING`) in its audit trail; the trail is only looked at for
    items carrying the flag (the flags are JSON text). The export and the report both read `held` from this."""
    actions = ", ".join(f"'{a}'" for a in RELEASING_ACTIONS)      # our own codes, not input
    return (f"CASE WHEN {inspections}.flags LIKE '%\"{HELD_FLAG}\"%' THEN NOT EXISTS (SELECT 1 FROM "
            f"{InspectionAuditRow.__tablename__} AS released WHERE released.inspection_id = {inspections}.id "
            f"AND released.action IN ({actions}) AND released.refused_reason IS NULL) ELSE 0 END")


def held_column() -> Any:
    return literal_column(held_sql(InspectionRow.__tablename__), Boolean)


def _outcome_fields(row: dict[str, Any]) -> None:
    """The stored outcome (None before 0008: a refund of the refund) and the risk's score and reasons, in place."""
    outcome, amount = stored_outcome(row["outcome"], row["outcome_amount"], row["refund"])
    row["outcome"], row["outcome_amount"] = outcome.value, amount
    risk = Risk.from_json(row.pop("risk"))
    row["risk_score"], row["risk_reasons"] = risk.score, tuple(r.signal.value for r in risk.reasons)
    row["held"] = bool(row["held"])


def completed_on(database: Database, day: dt.date, zone: SiteZone = LOCAL) -> Iterator[ExportRow]:
    return completed_between(database, day, day, zone=zone)


def count_completed(database: Database, first_day: dt.date, last_day: dt.date, station: str | None = None,
                    exact: bool = True, zone: SiteZone = LOCAL) -> int:
    """How many rows `completed_between` will yield: the denominator of a progress bar.

    `exact=False` counts from the completion-time index alone, cancelled items included (they have a time too): an
    upper bound, ten times quicker, for a bar that only has to move."""
    from sqlalchemy import func
    where = (_completed if exact else _in_range)(first_day, last_day, station, zone)
    query = select(func.count()).select_from(InspectionRow).where(*where)
    with database.engine.connect() as conn:
        return conn.scalar(query) or 0


def completed_between(database: Database, first_day: dt.date, last_day: dt.date,
                      station: str | None = None, zone: SiteZone = LOCAL) -> Iterator[ExportRow]:
    """The item inspections completed from `first_day` to `last_day` (the site's days, both included), optionally
    of one station."""
    with database.session() as session:
        result = session.execute(_query(first_day, last_day, station, zone).execution_options(yield_per=CHUNK))
        for chunk in result.mappings().partitions():
            ids = [values["inspection_id"] for values in chunk]
            by_id, photos = _findings(session, ids), live_photo_hashes(session, ids)
            for values in chunk:
                row = dict(values)
                row.update({name: tuple(row[name] or ()) for name in _LIST_FIELDS})
                _outcome_fields(row)
                yield ExportRow(**row, findings=tuple(by_id.get(row["inspection_id"], ())),
                                photo_hashes=photos.get(row["inspection_id"], ()))
