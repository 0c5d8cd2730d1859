"""The upstream form of each record, as written to the outbox (JSON-safe: money as strings, times ISO)."""
from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from inspector.storage.orm import InspectionRow, ParcelRow


def _iso(value: Any) -> str | None:
    return None if value is None else value.isoformat()


def _money(value: Any) -> str | None:
    return None if value is None else str(value)


def parcel_record(row: ParcelRow, rma_number: str | None) -> dict[str, Any]:
    return {
        "id": row.id, "version": row.version, "rma_number": rma_number, "tracking_number": row.tracking_number,
        "carrier": row.carrier, "station": row.station, "operator_id": row.operator_id,
        "received_at": _iso(row.received_at), "packaging_condition": row.packaging_condition,
        "status": row.status, "flags": list(row.flags), "completed_at": _iso(row.completed_at),
    }


def inspection_record(row: InspectionRow, findings: Iterable[Any] | None = None) -> dict[str, Any]:
    """`findings` lets a reader that loads rows in bulk (the sync sender) pass them in, not load each relationship."""
    findings = row.findings if findings is None else findings
    return {
        "id": row.id, "version": row.version, "license_plate": row.license_plate, "parcel_id": row.parcel_id,
        "return_line_id": row.return_line_id, "gtin": row.gtin, "sku": row.sku, "serial": row.serial,
        "lot": row.lot, "expiry": _iso(row.expiry), "description": row.description, "match_kind": row.match_kind,
        "flags": list(row.flags), "grade": row.grade, "unit_price": _money(row.unit_price),
        "currency": row.currency, "deduction_total": _money(row.deduction_total), "refund": _money(row.refund),
        "findings": [{"code": f.code, "deduction": _money(f.deduction), "basis": f.basis} for f in findings],
        "proposed_disposition": row.proposed_disposition, "disposition": row.disposition,
        "disposition_reason": row.disposition_reason, "bin": row.bin, "note": row.note, "status": row.status,
        "operator_id": row.operator_id, "station": row.station, "started_at": _iso(row.started_at),
        "completed_at": _iso(row.completed_at),
    }


def override_record(row: Any) -> dict[str, Any]:
    """A supervisor's approval or override (an `inspection_audit` row): written once, so always version 1."""
    return {
        "id": row.id, "version": row.version, "inspection_id": row.inspection_id, "action": row.action,
        "before": dict(row.before), "after": dict(row.after), "reason": row.reason, "operator_id": row.operator_id,
        "station": row.station, "at": _iso(row.at), "inspection_version": row.inspection_version,
    }
