"""Inspecting one unit: start from a scan, grade, record damage, choose where it goes, complete."""
from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import bindparam, insert, select, update

from inspector.domain.matching import Match, MatchKind, match_unit
from inspector.domain.photo_rules import photo_needed_sentence
from inspector.domain.returns import Return
from inspector.errors import RefusedError
from inspector.i18n import QT_TRANSLATE_NOOP
from inspector.storage.orm import OWN, FindingRow, InspectionRow, ParcelRow, UtcDateTime
from inspector.storage.orm_photos import PHOTO_RECORD, InspectionPhotoRow
from inspector.storage.snapshots import load_return
from inspector.usecases.unit_assessment import (COUNTED_MATCHES, Recorded, assess, inspected_per_line,
                                                parcel_evidence, parcel_evidence_of)
from inspector.usecases.unit_of_work import UnitOfWork


@dataclass(frozen=True)
class StartInspection:
    parcel_id: str
    operator_id: str
    station: str
    scanned_text: str
    license_plate: str
    at: dt.datetime
    gtin: str | None = None
    sku: str | None = None
    serial: str | None = None
    lot: str | None = None
    expiry: dt.date | None = None


@dataclass(frozen=True)
class GradeInspection:
    inspection_id: str
    grade: str


@dataclass(frozen=True)
class ToggleFinding:
    inspection_id: str
    code: str
    at: dt.datetime | None = None      # the outbox time of photos moved to the item by an untick (else started_at)


@dataclass(frozen=True)
class ChooseDisposition:
    inspection_id: str
    disposition: str
    reason: str | None


@dataclass(frozen=True)
class SetNote:
    inspection_id: str
    note: str


@dataclass(frozen=True)
class SetSerial:
    inspection_id: str
    serial: str
    at: dt.datetime


@dataclass(frozen=True)
class InspectionCommand:
    inspection_id: str
    at: dt.datetime


_inspections = InspectionRow.__table__
_parcels = ParcelRow.__table__
_PARCEL_FOR_ITEM = select(_parcels.c.status, _parcels.c.return_id, _parcels.c.received_at, _parcels.c.flags,
                          _parcels.c.weight_g, _parcels.c.expected_weight_g).where(
    _parcels.c.id == bindparam("parcel_id"), _parcels.c.origin == OWN)   # never a desk's copy of another's parcel
_IN_HAND = select(_inspections.c.id).where(_inspections.c.parcel_id == bindparam("parcel_id"),
                                           _inspections.c.status == "in_progress").limit(1)
_START = insert(_inspections)


_inspected_per_line = inspected_per_line   # its name before issue 13 (tests compare it with the hub's rule)


def _rma(uow: UnitOfWork, return_id: str | None) -> Return | None:
    return None if return_id is None else load_return(uow.connection, return_id)


def reassess(uow: UnitOfWork, row: InspectionRow) -> None:
    """Recompute everything policy derives from what is recorded; stored results always match the inputs."""
    parcel = row.parcel
    rma = _rma(uow, parcel.return_id)
    line = next((ln for ln in rma.lines if ln.id == row.return_line_id), None) if rma else None
    received_on = uow.policy.zone.day_of(parcel.received_at)      # the site's day, as the return window counts
    values, amounts = assess(uow.policy, Recorded(
        Match(MatchKind(row.match_kind), line), rma, received_on, row.grade, tuple(f.code for f in row.findings),
        row.disposition if row.disposition_reason is not None else None, row.requested_outcome, row.exchange_sku,
        row.weight_g, parcel_evidence_of(uow, parcel, rma)))
    for column, value in values.items():
        setattr(row, column, value)
    for finding in row.findings:
        ln = amounts.get(finding.code)
        finding.deduction = ln.amount if ln else None
        finding.basis = ln.basis if ln else ""


def refuse_copy(row: InspectionRow | ParcelRow) -> None:
    """A supervisor desk's copy of another station's record is read-only: only its own station changes it (a
    supervisor's decision on it goes through the review, as a decision of its own)."""
    if row.origin != OWN:
        raise RefusedError(QT_TRANSLATE_NOOP("bench", "That record belongs to station {station}: this desk holds a "
                                                      "read-only copy."), station=row.station)


def in_progress_row(uow: UnitOfWork, inspection_id: str) -> InspectionRow:
    """The bench's own item still in hand, else RefusedError saying why not."""
    row = uow.session.get(InspectionRow, inspection_id)
    if row is None:
        raise RefusedError(QT_TRANSLATE_NOOP("bench", "That item is no longer on this bench."))
    refuse_copy(row)
    if row.status != "in_progress":
        raise RefusedError(QT_TRANSLATE_NOOP("bench", "That item is already finished."))
    return row


def start_inspection(cmd: StartInspection, uow: UnitOfWork) -> str:
    """Runs on every item scan, so it is Core statements built once, run on the connection: the ORM's unit of work
    cost more than the reads and the insert themselves."""
    with uow:
        connection = uow.connection
        parcel = connection.execute(_PARCEL_FOR_ITEM, {"parcel_id": cmd.parcel_id}).first()
        if parcel is None or parcel.status != "open":
            raise RefusedError(QT_TRANSLATE_NOOP("bench", "Scan a parcel first."))
        if item_in_hand(uow, cmd.parcel_id) is not None:
            raise RefusedError(QT_TRANSLATE_NOOP("bench", "Finish or cancel the item in hand first."))
        rma = _rma(uow, parcel.return_id)
        inspected = inspected_per_line(uow, rma) if rma else {}
        match = match_unit(rma.lines if rma else None, inspected, cmd.gtin, cmd.sku, cmd.serial,
                           require_serial=uow.policy.fraud.require_serial)
        line = match.line
        received_on = uow.policy.zone.day_of(parcel.received_at)
        requested, exchange_sku = (line.requested_outcome, line.exchange_sku) if line else (None, None)
        values, _amounts = assess(uow.policy, Recorded(
            match, rma, received_on, requested_outcome=requested, exchange_sku=exchange_sku,
            parcel=parcel_evidence(uow, parcel.flags or (), parcel.weight_g, parcel.expected_weight_g, rma)))
        inspection_id = str(uuid.uuid4())
        connection.execute(_START, {
            "id": inspection_id, "license_plate": cmd.license_plate, "parcel_id": cmd.parcel_id,
            "return_line_id": line.id if line else None, "scanned_text": cmd.scanned_text,
            "gtin": cmd.gtin or (line.gtin if line else None), "sku": line.sku if line else cmd.sku,
            "serial": cmd.serial, "lot": cmd.lot, "expiry": cmd.expiry,
            "description": line.description if line else "", "match_kind": match.kind.value,
            "unit_price": line.unit_price if line else None, "currency": line.currency if line else None,
            "deduction_total": None, "refund": None, "requested_outcome": requested, "exchange_sku": exchange_sku,
            "weight_g": None, "weight_source": None, "status": "in_progress", "operator_id": cmd.operator_id,
            "station": cmd.station, "started_at": cmd.at, "label_prints": 0, "version": 1, **values})
        uow.commit()
        return inspection_id


def grade_inspection(cmd: GradeInspection, uow: UnitOfWork) -> None:
    grade = cmd.grade.upper()
    if grade not in uow.policy.grade_codes:
        raise RefusedError(QT_TRANSLATE_NOOP("bench", "Grade {grade} is not on this site's scale ({scale})."),
                           grade=cmd.grade, scale=", ".join(uow.policy.grade_codes))
    with uow:
        row = in_progress_row(uow, cmd.inspection_id)
        row.grade = grade
        reassess(uow, row)
        uow.commit()


def toggle_finding(cmd: ToggleFinding, uow: UnitOfWork) -> bool:
    """Ticks or unticks a damage finding; returns whether it is now ticked."""
    uow.policy.damage_type(cmd.code)  # unknown codes are refused before anything is written
    with uow:
        row = in_progress_row(uow, cmd.inspection_id)
        existing = next((f for f in row.findings if f.code == cmd.code), None)
        if existing is not None:
            row.findings.remove(existing)
            move_finding_photos_to_item(uow, row, cmd.code, cmd.at or row.started_at)
        else:
            row.findings.append(FindingRow(code=cmd.code, basis=""))
        uow.session.flush()
        reassess(uow, row)
        uow.commit()
        return existing is None


def choose_disposition(cmd: ChooseDisposition, uow: UnitOfWork) -> None:
    if not uow.policy.has_disposition(cmd.disposition):
        raise RefusedError(QT_TRANSLATE_NOOP("bench", "Unknown disposition {code}."), code=cmd.disposition)
    with uow:
        row = in_progress_row(uow, cmd.inspection_id)
        if cmd.disposition == row.proposed_disposition:
            row.disposition, row.disposition_reason = cmd.disposition, None
        else:
            reason = (cmd.reason or "").strip()
            if not reason:
                raise RefusedError(QT_TRANSLATE_NOOP("bench", "Changing the proposed disposition needs a reason."))
            row.disposition, row.disposition_reason = cmd.disposition, reason
        reassess(uow, row)
        uow.commit()


def set_serial(cmd: SetSerial, uow: UnitOfWork) -> None:
    """The unit's serial, typed or scanned after the item (a label without AI 21): the unit is matched again."""
    serial = " ".join(cmd.serial.split())
    if not serial or len(serial) > 64:
        raise RefusedError(QT_TRANSLATE_NOOP("bench", "A serial number is 1 to 64 characters."))
    with uow:
        row = in_progress_row(uow, cmd.inspection_id)
        rma = _rma(uow, row.parcel.return_id)
        if rma is not None:
            inspected = inspected_per_line(uow, rma)
            if row.return_line_id in inspected and row.match_kind in COUNTED_MATCHES:
                inspected[row.return_line_id] -= 1   # this unit itself
            match = match_unit(rma.lines, inspected, row.gtin, row.sku, serial,
                               require_serial=uow.policy.fraud.require_serial)
            line = match.line
            row.match_kind, row.return_line_id = match.kind.value, line.id if line else None
            if line is not None:
                row.sku, row.description, row.unit_price, row.currency = (line.sku, line.description,
                                                                          line.unit_price, line.currency)
            row.requested_outcome, row.exchange_sku = (line.requested_outcome, line.exchange_sku) if line else \
                (None, None)
        row.serial = serial
        reassess(uow, row)
        uow.commit()


def set_note(cmd: SetNote, uow: UnitOfWork) -> None:
    with uow:
        row = in_progress_row(uow, cmd.inspection_id)
        row.note = cmd.note.strip()[:2000]
        uow.commit()


def heard_upstream(status: str, version: int) -> bool:
    """Whether the item's record was ever queued for upstream. Only completing (and reopening) moves an item's
    version on while it is in hand, and cancelling one never queued takes it to 2 unsent. Until it is queued its
    photos' records wait too (`_QUEUE_PHOTOS`): the hub and the desks never get a photo before its item."""
    return version > (2 if status == "cancelled" else 1)


# On the driver's cursor (`UnitOfWork.cursor`): completing is the bench's hot path. An item a photo rule asks a
# photo of (`photo_needed`, stored by `reassess`) completes only with a live photo.
_COMPLETE = ("UPDATE item_inspections SET status = 'completed', completed_at = ?, version = version + 1 "
             f"WHERE id = ? AND status = 'in_progress' AND grade IS NOT NULL AND origin = '{OWN}' "
             "AND (photo_needed IS NULL OR EXISTS (SELECT 1 FROM inspection_photos p "
             "WHERE p.inspection_id = item_inspections.id AND p.removed_at IS NULL)) RETURNING version")


# The photos an item took before its first completion, queued right behind it (a photo removed before then is
# news to no one). Same columns and order as `UnitOfWork.record_change` writes.
_QUEUE_PHOTOS = (f"INSERT INTO outbox (record_type, record_id, version, created_at, status, attempts) "
                 f"SELECT '{PHOTO_RECORD}', id, version, ?, 'pending', 0 FROM inspection_photos "
                 f"WHERE inspection_id = ? AND origin = '{OWN}' AND removed_at IS NULL ORDER BY taken_at, id")


class PhotoNeeded(RefusedError):
    """The item meets a photo rule and has no photo yet; the message names the rule and what to do."""


def _photo_needed(uow: UnitOfWork, row: InspectionRow) -> PhotoNeeded:
    sentence = photo_needed_sentence(row.photo_needed or "", uow.policy)
    return PhotoNeeded(sentence.template, **dict(sentence.params))


def complete_inspection(cmd: InspectionCommand, uow: UnitOfWork) -> int:
    """Completes a graded item; returns its new version.

    The hot path of the bench, so it is one guarded UPDATE and one outbox INSERT: every earlier change already stored
    the policy's results (`reassess`), so there is nothing left to compute, and the guard in the WHERE clause does
    the checking that a read would otherwise do.
    """
    with uow:
        # Read to the end, so the statement is finished before the commit.
        done = uow.cursor().execute(_COMPLETE, (UtcDateTime.stored(cmd.at), cmd.inspection_id)).fetchall()
        if not done:
            row = in_progress_row(uow, cmd.inspection_id)  # raises the specific refusal
            if row.grade is None:
                raise RefusedError(QT_TRANSLATE_NOOP("bench", "Grade the item before completing it."))
            if row.photo_needed is not None:
                raise _photo_needed(uow, row)
            raise RefusedError(QT_TRANSLATE_NOOP("bench", "That item cannot be completed now."))
        version = done[0][0]
        uow.record_change("item_inspection", cmd.inspection_id, version, cmd.at)
        if version == 2:    # upstream hears of the item for the first time: its photos go right behind it
            uow.cursor().execute(_QUEUE_PHOTOS, (UtcDateTime.stored(cmd.at), cmd.inspection_id))
        uow.commit()
        return version


def cancel_inspection(cmd: InspectionCommand, uow: UnitOfWork) -> None:
    with uow:
        row = in_progress_row(uow, cmd.inspection_id)
        # Upstream that heard of this item (a completion that was reopened) hears of the cancellation too.
        heard = heard_upstream(row.status, row.version)
        row.status = "cancelled"
        row.completed_at = cmd.at
        row.version += 1
        if heard:
            uow.record_change("item_inspection", row.id, row.version, cmd.at)
        remove_photos_of(uow, row.id, cmd.at, queue=heard)
        uow.commit()


def reopen_last_completed(cmd: InspectionCommand, uow: UnitOfWork) -> None:
    """Undo a completion slipped in by mistake, while its parcel is still open at the bench."""
    with uow:
        row = uow.session.get(InspectionRow, cmd.inspection_id)
        if row is not None:
            refuse_copy(row)
        if row is None or row.status != "completed" or row.parcel.status != "open":
            raise RefusedError(QT_TRANSLATE_NOOP("bench", "Only an item of the parcel still open can be reopened."))
        row.status = "in_progress"
        row.completed_at = None
        row.version += 1
        # Upstream hears that the completed version is withdrawn; the next completion supersedes it.
        uow.record_change("item_inspection", row.id, row.version, cmd.at)
        uow.commit()


def item_in_hand(uow: UnitOfWork, parcel_id: str) -> str | None:
    """The id of the parcel's item still being inspected, inside the caller's transaction."""
    return uow.connection.execute(_IN_HAND, {"parcel_id": parcel_id}).scalar()


def in_progress_for_parcel(uow: UnitOfWork, parcel_id: str) -> str | None:
    with uow:
        return item_in_hand(uow, parcel_id)


# -- the item's photos when its findings change or it is cancelled (inside the caller's transaction) ----------------

_photos = InspectionPhotoRow.__table__


def _photos_changed(uow: UnitOfWork, statement: Any, at: dt.datetime, queue: bool) -> None:
    """Runs an UPDATE of photos that moves their versions on, and queues each photo it changed when `queue` (the
    item was heard of upstream; else they go with its first completion)."""
    changed = uow.connection.execute(statement.values(version=_photos.c.version + 1)
                                     .returning(_photos.c.id, _photos.c.version)).all()
    for photo_id, version in changed if queue else ():
        uow.record_change(PHOTO_RECORD, photo_id, version, at)


def move_finding_photos_to_item(uow: UnitOfWork, item: InspectionRow, finding_code: str, at: dt.datetime) -> None:
    """A finding unticked: its photos stay, as photos of the item."""
    _photos_changed(uow, update(_photos).where(_photos.c.inspection_id == item.id,
                                               _photos.c.finding_code == finding_code).values(finding_code=None), at,
                    heard_upstream(item.status, item.version))


def remove_photos_of(uow: UnitOfWork, inspection_id: str, at: dt.datetime, queue: bool) -> None:
    """A cancelled item's photos are no evidence of anything."""
    _photos_changed(uow, update(_photos).where(_photos.c.inspection_id == inspection_id,
                                               _photos.c.removed_at.is_(None)).values(removed_at=at), at, queue)
