"""The upstream form of each record (JSON-safe: money as exact text, times ISO 8601).

The builders take rows read with times, dates and money as the text stored (`inspector.sync.readers`): money and
dates are stored in their upstream form already, and a time is one step from it, so the sender builds no Decimal or
datetime only to write it out again.
"""
from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from inspector.domain.review import based_on
from inspector.storage.orm import UtcDateTime

_iso = UtcDateTime.isoformat_of_stored


def parcel_record(row: Any, rma_number: str | None) -> dict[str, Any]:
    return {
        "id": row.id, "version": row.version, "rma_number": rma_number, "tracking_number": row.tracking_number,
        "carrier": row.carrier, "station": row.station, "operator_id": row.operator_id,
        "received_at": _iso(row.received_at), "packaging_condition": row.packaging_condition,
        "status": row.status, "flags": list(row.flags), "completed_at": _iso(row.completed_at),
        # issue 13: the parcel's weighing (flags carry weight_off / empty_box / missing_items)
        "weight_g": row.weight_g, "weight_source": row.weight_source, "expected_weight_g": row.expected_weight_g,
    }


def inspection_record(row: Any, findings: Iterable[Any]) -> dict[str, Any]:
    return {
        "id": row.id, "version": row.version, "license_plate": row.license_plate, "parcel_id": row.parcel_id,
        "return_line_id": row.return_line_id, "rma_number": row.line_rma_number, "line_no": row.line_no,
        "gtin": row.gtin, "sku": row.sku, "serial": row.serial,
        "lot": row.lot, "expiry": row.expiry, "description": row.description, "match_kind": row.match_kind,
        "flags": list(row.flags), "grade": row.grade, "unit_price": row.unit_price,
        "currency": row.currency, "deduction_total": row.deduction_total, "refund": row.refund,
        "findings": [{"code": f.code, "deduction": f.deduction, "basis": f.basis} for f in findings],
        "proposed_disposition": row.proposed_disposition, "disposition": row.disposition,
        "disposition_reason": row.disposition_reason, "bin": row.bin, "note": row.note, "status": row.status,
        "operator_id": row.operator_id, "station": row.station, "started_at": _iso(row.started_at),
        "completed_at": _iso(row.completed_at),
        # issue 13: the outcome as stored (None on rows from before 0008: a refund of `refund`), the weighing and
        # the fraud risk (`inspector.domain.fraud.Risk.to_json`, or None), and the return's customer
        "requested_outcome": row.requested_outcome, "outcome": row.outcome, "outcome_amount": row.outcome_amount,
        "outcome_basis": row.outcome_basis, "exchange_sku": row.exchange_sku, "weight_g": row.weight_g,
        "weight_source": row.weight_source, "risk": row.risk, "customer_id": row.customer_id,
    }


def override_record(row: Any) -> dict[str, Any]:
    """A supervisor's approval or override (an `inspection_audit` row): written once, so always version 1."""
    return {
        "id": row.id, "version": row.version, "inspection_id": row.inspection_id, "action": row.action,
        "before": dict(row.before), "after": dict(row.after), "reason": row.reason, "operator_id": row.operator_id,
        "station": row.station, "at": _iso(row.at), "inspection_version": row.inspection_version,
        # The version decided on: the hub applies the decision only if the inspection is still there (issue 17).
        "based_on_version": based_on(row.action, row.inspection_version, row.based_on_version),
    }


def badge_event_record(row: Any) -> dict[str, Any]:
    """A failed try, a good sign-in or an unlock of a badge (`badge_events`), for the site's count of wrong PINs:
    the badge as scanned, never the PIN. Written once, so always version 1."""
    return {
        "id": row.id, "version": row.version, "badge": row.badge, "kind": row.kind, "at": _iso(row.at),
        "station": row.station, "while_locked": bool(row.while_locked),
    }


def photo_record(row: Any) -> dict[str, Any]:
    """A damage photo of an item (`inspection_photos`): what it shows and its hash; the bytes go up apart."""
    return {
        "id": row.id, "version": row.version, "station": row.station, "inspection_id": row.inspection_id,
        "finding_code": row.finding_code, "sha256": row.sha256, "bytes": row.bytes, "width": row.width,
        "height": row.height, "taken_at": _iso(row.taken_at), "operator_id": row.operator_id, "source": row.source,
        "removed": row.removed_at is not None,
    }
