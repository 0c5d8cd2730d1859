"""Reads what a label says from the bench database: one inspection, its operator's name, the policy's words."""
from __future__ import annotations

from sqlalchemy import or_, select

from inspector.domain.policy import Policy
from inspector.errors import RefusedError
from inspector.i18n import QT_TRANSLATE_NOOP
from inspector.labels.content import LabelData
from inspector.storage.orm import OWN, InspectionRow, OperatorRow
from inspector.usecases.unit_of_work import UnitOfWork


def find_inspection(uow: UnitOfWork, ref: str) -> InspectionRow:
    """By license plate (what a scanned label gives) or by inspection id (what the window holds)."""
    ref = ref.strip()
    # This bench's own items only: a desk's copy of another station's item is printed, if ever, at that station.
    row = uow.session.scalar(select(InspectionRow).where(
        or_(InspectionRow.license_plate == ref.upper(), InspectionRow.id == ref), InspectionRow.origin == OWN))
    if row is None:
        raise RefusedError(QT_TRANSLATE_NOOP("bench", "No item with label or id {ref} on this bench."), ref=ref)
    return row


def label_data(row: InspectionRow, policy: Policy, operator_name: str) -> LabelData:
    grade_label = next((g.label for g in policy.grades if g.code == row.grade), "")
    disposition = policy.disposition(row.disposition).label if policy.has_disposition(row.disposition) \
        else row.disposition
    return LabelData(
        license_plate=row.license_plate, description=row.description or "", grade=row.grade,
        grade_label=grade_label, disposition=disposition, bin=row.bin or "", operator=operator_name,
        station=row.station, completed_at=row.completed_at or row.started_at, gtin=row.gtin, serial=row.serial,
        lot=row.lot, sku=row.sku)


def load_label(uow: UnitOfWork, ref: str) -> LabelData:
    """Inside an open unit of work (`with uow:`)."""
    row = find_inspection(uow, ref)
    name = uow.session.scalar(select(OperatorRow.name).where(OperatorRow.id == row.operator_id)) or ""
    return label_data(row, uow.policy, name)
