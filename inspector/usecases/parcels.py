"""Receiving a parcel at the bench, and finishing it."""
from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import Row, bindparam, insert, select
from sqlalchemy.orm import selectinload

from inspector.domain.flags import Flag, outside_window
from inspector.domain.returns import Return, ReturnStatus
from inspector.errors import RefusedError
from inspector.i18n import QT_TRANSLATE_NOOP
from inspector.storage.orm import OWN, InspectionRow, ParcelRow, ReturnRow, ReturnTrackingRow
from inspector.storage.snapshots import load_return
from inspector.usecases.inspections import item_in_hand, reassess, refuse_copy
from inspector.usecases.review import decided_version
from inspector.usecases.unit_assessment import missing_units, parcel_evidence_of, refresh_risk
from inspector.usecases.unit_of_work import UnitOfWork


_returns, _tracking = ReturnRow.__table__, ReturnTrackingRow.__table__
_RETURN_COLUMNS = (_returns.c.id, _returns.c.status, _returns.c.delivered_on)
_RETURN_BY_RMA = select(*_RETURN_COLUMNS).where(_returns.c.rma_number == bindparam("key"))
_RETURN_BY_TRACKING = (select(*_RETURN_COLUMNS).join(_tracking, _tracking.c.return_id == _returns.c.id)
                       .where(_tracking.c.tracking_number == bindparam("key")))
_RECEIVE = insert(ParcelRow.__table__)
_inspections = InspectionRow.__table__
_ANY_UNIT = select(_inspections.c.id).where(_inspections.c.parcel_id == bindparam("parcel_id"),
                                            _inspections.c.status == "completed").limit(1)
_MISSING = Flag.MISSING_ITEMS.value


@dataclass(frozen=True)
class ReceiveParcel:
    station: str
    operator_id: str
    scanned_text: str
    at: dt.datetime
    tracking_number: str | None = None
    carrier: str | None = None
    rma_number: str | None = None
    packaging_condition: str = "intact"


@dataclass(frozen=True)
class ParcelCommand:
    parcel_id: str
    at: dt.datetime


@dataclass(frozen=True)
class SetPackaging:
    parcel_id: str
    packaging_condition: str
    at: dt.datetime


def find_return(uow: UnitOfWork, rma_number: str | None, tracking_number: str | None) -> Row | None:
    """The return's id, status and delivery date, by its RMA number or else by a tracking number."""
    if rma_number:
        return uow.connection.execute(_RETURN_BY_RMA, {"key": rma_number}).first()
    if tracking_number:
        return uow.connection.execute(_RETURN_BY_TRACKING, {"key": tracking_number}).first()
    return None


def _record(uow: UnitOfWork, parcel_id: str, version: int, at: dt.datetime) -> None:
    uow.record_change("parcel_receipt", parcel_id, version, at)


def receive_parcel(cmd: ReceiveParcel, uow: UnitOfWork) -> str:
    """Runs on every parcel scan, so it is Core statements built once, as starting an inspection."""
    with uow:
        rma = find_return(uow, cmd.rma_number, cmd.tracking_number)
        flags: list[str] = []
        if rma is None:
            flags.append(Flag.UNEXPECTED_PARCEL)
        else:
            if rma.status != ReturnStatus.OPEN:
                flags.append(Flag.RETURN_NOT_OPEN)
            received_on = uow.policy.zone.day_of(cmd.at)       # the site's day, not the UTC one
            if outside_window(rma.delivered_on, received_on, uow.policy.return_window_days):
                flags.append(Flag.OUTSIDE_WINDOW)
        parcel_id = str(uuid.uuid4())
        uow.connection.execute(_RECEIVE, {
            "id": parcel_id, "return_id": rma.id if rma else None, "tracking_number": cmd.tracking_number,
            "carrier": cmd.carrier, "scanned_text": cmd.scanned_text, "station": cmd.station,
            "operator_id": cmd.operator_id, "received_at": cmd.at, "packaging_condition": cmd.packaging_condition,
            "status": "open", "flags": flags, "completed_at": None, "version": 1})
        _record(uow, parcel_id, 1, cmd.at)
        uow.commit()
        return parcel_id


def open_parcel(uow: UnitOfWork, parcel_id: str) -> ParcelRow:
    row = uow.session.get(ParcelRow, parcel_id)
    if row is None:
        raise RefusedError(QT_TRANSLATE_NOOP("bench", "That parcel is no longer on this bench."))
    refuse_copy(row)
    if row.status != "open":
        raise RefusedError(QT_TRANSLATE_NOOP("bench", "That parcel is already finished."))
    return row


def set_packaging(cmd: SetPackaging, uow: UnitOfWork) -> None:
    codes = {c.code for c in uow.policy.packaging_conditions}
    if cmd.packaging_condition not in codes:
        raise RefusedError(QT_TRANSLATE_NOOP("bench", "Unknown packaging condition {code}."),
                           code=cmd.packaging_condition)
    with uow:
        row = open_parcel(uow, cmd.parcel_id)
        row.packaging_condition = cmd.packaging_condition
        row.version += 1
        _record(uow, row.id, row.version, cmd.at)
        uow.commit()


def complete_parcel(cmd: ParcelCommand, uow: UnitOfWork) -> None:
    """Flags the parcel `empty_box` when no unit came out of it, or `missing_items` when units are still expected on
    its return's lines (counting those inspected at this bench and, as last pulled, at the site's other benches);
    its completed items whose risk changed, and those of this bench's earlier parcels of the return that the parcel
    made whole, move to a new version queued upstream, in the same transaction."""
    with uow:
        row = open_parcel(uow, cmd.parcel_id)
        if item_in_hand(uow, row.id) is not None:
            raise RefusedError(QT_TRANSLATE_NOOP("bench", "Finish or cancel the item in hand before closing the parcel."))
        row.status = "completed"
        row.completed_at = cmd.at
        row.version += 1
        _record(uow, row.id, row.version, cmd.at)
        if uow.connection.execute(_ANY_UNIT, {"parcel_id": row.id}).first() is None:
            # Nothing in it is paid, so nothing is held: the flag goes upstream with the parcel for a supervisor.
            _add_flag(row, Flag.EMPTY_BOX.value)
        elif row.return_id is not None:       # an unexpected parcel has no return to count against
            rma = load_return(uow.connection, row.return_id)
            if rma is not None:
                _settle_missing(uow, row, rma, cmd.at)
        uow.commit()


def _add_flag(row: ParcelRow, flag: str) -> None:
    if flag not in (row.flags or ()):
        row.flags = sorted({*(row.flags or ()), flag})


def _settle_missing(uow: UnitOfWork, row: ParcelRow, rma: Return, at: dt.datetime) -> None:
    """The return's units still expected, counted once: the parcel is flagged `missing_items` while some are, and
    once none are, this bench's earlier parcels of the return lose that flag (a later parcel brought their units).
    Parcels done at other benches keep theirs: only their own bench writes them."""
    missing = missing_units(uow, rma)
    if missing[0] > 0:
        _add_flag(row, _MISSING)
        refresh_parcel_items(uow, row, rma, at, missing)
        return
    earlier = uow.session.scalars(select(ParcelRow).where(
        ParcelRow.return_id == row.return_id, ParcelRow.id != row.id, ParcelRow.origin == OWN,
        ParcelRow.status == "completed"))
    for parcel in earlier:
        if _MISSING not in (parcel.flags or ()):
            continue
        parcel.flags = sorted(set(parcel.flags) - {_MISSING})
        parcel.version += 1
        uow.session.flush()
        _record(uow, parcel.id, parcel.version, at)
        refresh_parcel_items(uow, parcel, rma, at, missing)


def refresh_parcel_items(uow: UnitOfWork, parcel: ParcelRow, rma: Return | None, at: dt.datetime,
                         missing: tuple[int, int] | None = None) -> None:
    """After the parcel's evidence changed: the item in hand is assessed again, and each completed item whose risk
    changed moves to a new version queued upstream, in the caller's transaction. `missing`: the return's units still
    expected, when the caller counted them already."""
    evidence = parcel_evidence_of(uow, parcel, rma, missing)
    items = uow.session.scalars(select(InspectionRow).where(
        InspectionRow.parcel_id == parcel.id, InspectionRow.origin == OWN,
        InspectionRow.status.in_(("completed", "in_progress"))).options(selectinload(InspectionRow.findings)))
    for item in items:
        if item.status == "in_progress":
            reassess(uow, item)
        elif refresh_risk(uow, item, evidence, rma):
            item.version = decided_version(uow, item) + 1
            uow.session.flush()
            uow.record_change("item_inspection", item.id, item.version, at)


def open_parcel_for_station(uow: UnitOfWork, station: str) -> str | None:
    """The parcel a crash or restart left open at this station, to resume it."""
    with uow:
        return uow.session.scalar(select(ParcelRow.id).where(ParcelRow.station == station, ParcelRow.status == "open",
                                                             ParcelRow.origin == OWN)
                                  .order_by(ParcelRow.received_at.desc()).limit(1))
