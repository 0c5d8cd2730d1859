"""What the hub accepts, per record type. A new type (override, void) plugs in by adding a TypedDict to RECORD_TYPES.

Each record is checked on its own, so one bad record is rejected with its reason while the rest of its batch is
applied. The data is stored as sent (extra fields included, for benches newer than the hub); the types only
decide whether it is acceptable.
"""
from __future__ import annotations

import datetime as dt
from typing import Annotated, Any, Literal

from pydantic import Field, StringConstraints, TypeAdapter, ValidationError
from typing_extensions import TypedDict

Text64 = Annotated[str, StringConstraints(max_length=64)]
Text255 = Annotated[str, StringConstraints(max_length=255)]
Text512 = Annotated[str, StringConstraints(max_length=512)]
Money = Annotated[str, StringConstraints(pattern=r"^-?\d{1,15}(\.\d{1,6})?$")]   # exact decimal text, never float
Currency = Annotated[str, StringConstraints(pattern=r"^[A-Z]{3}$")]


# TypedDicts, not pydantic models: the hub needs only the verdict, and building a model instance for each of a
# batch's thousand records cost more than half as much again as the checks themselves. Keys a record carries beyond
# these are not checked (benches newer than the hub); the data is stored as sent either way.
class _Record(TypedDict):
    id: Annotated[str, StringConstraints(min_length=1, max_length=64)]
    version: Annotated[int, Field(ge=1, le=2**53)]
    station: Annotated[str, StringConstraints(min_length=1, max_length=64)]


class ParcelReceipt(_Record):
    rma_number: Text64 | None
    tracking_number: Text64 | None
    carrier: Text64 | None
    operator_id: Text64
    received_at: dt.datetime
    packaging_condition: Text64
    status: Literal["open", "completed"]
    flags: list[Text64]
    completed_at: dt.datetime | None


class Finding(TypedDict):
    code: Text64
    deduction: Money | None
    basis: Text255


class ItemInspection(_Record):
    license_plate: Annotated[str, StringConstraints(min_length=1, max_length=16)]
    parcel_id: Text64
    return_line_id: Text64 | None
    gtin: Annotated[str, StringConstraints(pattern=r"^\d{8,14}$")] | None
    sku: Text64 | None
    serial: Text64 | None
    lot: Text64 | None
    expiry: dt.date | None
    description: Text255
    match_kind: Text64
    flags: list[Text64]
    grade: Annotated[str, StringConstraints(max_length=4)] | None
    unit_price: Money | None
    currency: Currency | None
    deduction_total: Money | None
    refund: Money | None
    findings: list[Finding]
    proposed_disposition: Text64
    disposition: Text64
    disposition_reason: Text255 | None
    bin: Text64
    note: Annotated[str, StringConstraints(max_length=4000)]
    status: Literal["in_progress", "completed", "cancelled"]
    operator_id: Text64
    started_at: dt.datetime
    completed_at: dt.datetime | None


class InspectionOverride(_Record):
    """A supervisor's approval or override of an item inspection, with the changed fields before and after."""
    inspection_id: Text64
    action: Literal["approve", "override_grade", "override_deduction", "override_disposition"]
    before: dict[str, Text255 | None]
    after: dict[str, Text255 | None]
    reason: Text255
    operator_id: Text64
    at: dt.datetime
    inspection_version: Annotated[int, Field(ge=1, le=2**53)]


RECORD_TYPES: dict[str, type] = {
    "parcel_receipt": ParcelReceipt,
    "item_inspection": ItemInspection,
    "inspection_override": InspectionOverride,
}


_ADAPTERS = {name: TypeAdapter(kind) for name, kind in RECORD_TYPES.items()}


def problem_with(record_type: str, record_id: str, version: int, station: str, data: dict[str, Any]) -> str | None:
    """Why this record cannot be applied, or None when it can."""
    model = _ADAPTERS.get(record_type)
    if model is None:
        return f"unknown record type {record_type!r} (this hub knows {', '.join(sorted(RECORD_TYPES))})"
    try:
        checked = model.validate_python(data)
    except ValidationError as exc:
        first = exc.errors(include_url=False, include_input=False)[0]
        where = ".".join(str(part) for part in first["loc"]) or "record"
        more = f" (and {exc.error_count() - 1} more)" if exc.error_count() > 1 else ""
        return f"{where}: {first['msg']}{more}"
    if checked["id"] != record_id or checked["version"] != version:
        return "the record's id or version differs from the envelope's"
    if checked["station"] != station:
        return f"station {checked['station']!r} in the record is not the station of this token"
    return None
