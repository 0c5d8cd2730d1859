"""Label jobs as use cases on the database lane: queue a label, list the reprint queue, record what the printer did.

A job is written before any printing is tried, so a crash, a dead printer or no printer at all leaves it queued and
visible; only a confirmed print takes it out of the queue and counts in the inspection's `label_prints`.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select

from inspector.errors import RefusedError
from inspector.i18n import QT_TRANSLATE_NOOP
from inspector.labels.content import LabelData
from inspector.labels.template import SIZES
from inspector.printing.label_source import find_inspection, label_data
from inspector.storage.orm import OWN, InspectionRow, OperatorRow
from inspector.storage.orm_labels import LabelJobRow
from inspector.usecases.unit_of_work import UnitOfWork

QUEUED, PRINTED, CANCELLED = "queued", "printed", "cancelled"


@dataclass(frozen=True)
class QueueLabel:
    inspection_ref: str            # inspection id, or license plate (a scanned label)
    label_size: str
    at: dt.datetime
    reason: str = "completed"      # completed | reprint


@dataclass(frozen=True)
class LabelTicket:
    """All the print lane needs: the label's data is copied here so printing never reads the database."""
    job_id: int
    label_size: str
    label: LabelData
    reason: str


@dataclass(frozen=True)
class PrintOutcome:
    job_id: int
    at: dt.datetime
    printed: bool
    printer: str
    reason: str = ""               # problem code when not printed: no_printer, refused, timeout, ...
    message: str = ""              # English, for the job row and the log (the window shows the problem's Text)


@dataclass(frozen=True)
class LabelJobView:
    job_id: int
    inspection_id: str
    license_plate: str
    description: str
    label_size: str
    reason: str
    status: str
    attempts: int
    last_error: str | None
    created_at: dt.datetime
    last_attempt_at: dt.datetime | None


def _ticket(uow: UnitOfWork, job: LabelJobRow, row: InspectionRow) -> LabelTicket:
    name = uow.session.scalar(select(OperatorRow.name).where(OperatorRow.id == row.operator_id)) or ""
    return LabelTicket(job.id, job.label_size, label_data(row, uow.policy, name), job.reason)


def queue_label(cmd: QueueLabel, uow: UnitOfWork) -> LabelTicket:
    """Adds the label to the queue, or returns the job already queued for that item (never two labels at once)."""
    if cmd.label_size not in SIZES:
        raise RefusedError(QT_TRANSLATE_NOOP("bench", "Unknown label size {size}."), size=cmd.label_size)
    with uow:
        row = find_inspection(uow, cmd.inspection_ref)
        if row.status == "cancelled":
            raise RefusedError(QT_TRANSLATE_NOOP("bench", "Item {plate} was cancelled; it gets no label."),
                               plate=row.license_plate)
        job = uow.session.scalar(select(LabelJobRow).where(LabelJobRow.inspection_id == row.id,
                                                           LabelJobRow.status == QUEUED))
        if job is None:
            job = LabelJobRow(inspection_id=row.id, license_plate=row.license_plate, reason=cmd.reason,
                              label_size=cmd.label_size, status=QUEUED, attempts=0, created_at=cmd.at)
            uow.session.add(job)
        else:
            job.label_size = cmd.label_size  # the station's size may have changed since it was queued
        uow.session.flush()
        ticket = _ticket(uow, job, row)
        uow.commit()
        return ticket


def queued_tickets(uow: UnitOfWork, limit: int = 50) -> list[LabelTicket]:
    """The reprint queue, oldest first, ready for the print lane ("print all waiting labels")."""
    with uow:
        jobs = uow.session.scalars(select(LabelJobRow).where(LabelJobRow.status == QUEUED)
                                   .order_by(LabelJobRow.id).limit(limit)).all()
        return [_ticket(uow, job, uow.session.get(InspectionRow, job.inspection_id)) for job in jobs]


def ticket_for_job(job_id: int, uow: UnitOfWork) -> LabelTicket:
    with uow:
        job = uow.session.get(LabelJobRow, job_id)
        if job is None or job.status != QUEUED:
            raise RefusedError(QT_TRANSLATE_NOOP("bench", "That label is no longer waiting to be printed."))
        return _ticket(uow, job, uow.session.get(InspectionRow, job.inspection_id))


def record_outcome(outcome: PrintOutcome, uow: UnitOfWork) -> None:
    """Idempotent: the same success recorded twice counts one print."""
    with uow:
        job = uow.session.get(LabelJobRow, outcome.job_id)
        if job is None or job.status != QUEUED:
            return
        job.attempts += 1
        job.last_attempt_at = outcome.at
        job.printer = outcome.printer[:128]
        if outcome.printed:
            job.status, job.printed_at, job.last_error, job.last_reason = PRINTED, outcome.at, None, None
            row = uow.session.get(InspectionRow, job.inspection_id)
            if row is not None and row.origin == OWN:   # a desk's copy is never changed here, nor sent up
                row.label_prints += 1
                row.version += 1
                # label_prints is part of the inspection record upstream: the hub hears of the new count.
                uow.record_change("item_inspection", row.id, row.version, outcome.at)
        else:
            job.last_error, job.last_reason = outcome.message[:2000], outcome.reason[:32]
        uow.commit()


def cancel_job(job_id: int, uow: UnitOfWork) -> None:
    """A supervisor drops a label nobody needs any more (the item left the building another way)."""
    with uow:
        job = uow.session.get(LabelJobRow, job_id)
        if job is not None and job.status == QUEUED:
            job.status = CANCELLED
            uow.commit()


def withdraw_queued(inspection_id: str, uow: UnitOfWork) -> int:
    """The item was reopened: a label still waiting would show a grade and bin that may change, so it is dropped.
    Completing the item again queues a fresh one. Returns how many were dropped."""
    with uow:
        jobs = uow.session.scalars(select(LabelJobRow).where(LabelJobRow.inspection_id == inspection_id,
                                                              LabelJobRow.status == QUEUED)).all()
        for job in jobs:
            job.status = CANCELLED
        uow.commit()
        return len(jobs)


def reprint_queue(uow: UnitOfWork, limit: int = 200) -> list[LabelJobView]:
    """What the window lists as "labels waiting": frozen rows, newest first."""
    with uow:
        rows = uow.session.execute(
            select(LabelJobRow, InspectionRow.description)
            .join(InspectionRow, InspectionRow.id == LabelJobRow.inspection_id)
            .where(LabelJobRow.status == QUEUED).order_by(LabelJobRow.id.desc()).limit(limit)).all()
        return [LabelJobView(j.id, j.inspection_id, j.license_plate, description, j.label_size, j.reason, j.status,
                             j.attempts, j.last_error, j.created_at, j.last_attempt_at) for j, description in rows]


def queued_count(uow: UnitOfWork) -> int:
    with uow:
        return uow.session.scalar(select(func.count()).select_from(LabelJobRow)
                                  .where(LabelJobRow.status == QUEUED)) or 0
