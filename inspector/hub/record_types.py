"""What the hub accepts, per record type. A new type (override, void) plugs in by adding a TypedDict to RECORD_TYPES.

Each record is checked on its own, so one bad record is rejected with its reason while the rest of its batch is
applied. The data is stored as sent (extra fields included, for benches newer than the hub); the types only
decide whether it is acceptable.

Types are strict: what the record's JSON holds must already be what the type says. "1" is not the version 1, true is
not 1, 1700000000 is not a time and 19.99 is not money; each is refused with the field it was found in, never
coerced into something the bench did not send.
"""
from __future__ import annotations

import datetime as dt
from typing import Annotated, Any, Literal

from pydantic import (AfterValidator, ConfigDict, Field, PlainValidator, StringConstraints, TypeAdapter,
                      ValidationError, with_config)
from typing_extensions import NotRequired, TypedDict

from inspector.domain import money
from inspector.domain.outcomes import Outcome

Text64 = Annotated[str, StringConstraints(max_length=64)]
Text255 = Annotated[str, StringConstraints(max_length=255)]
Text512 = Annotated[str, StringConstraints(max_length=512)]
# Exact decimal text, never float; the limit is the domain's, so a bench never sends what the hub then refuses.
# [0-9], not \d: that takes any script's digits ("١٢.٣٤").
MONEY_PATTERN = rf"^-?[0-9]{{1,{money.MAX_WHOLE_DIGITS}}}(\.[0-9]{{1,{money.MAX_FRACTION_DIGITS}}})?$"
Money = Annotated[str, StringConstraints(pattern=MONEY_PATTERN)]
Currency = Annotated[str, StringConstraints(pattern=r"^[A-Z]{3}$")]
Version = Annotated[int, Field(ge=1, le=2**53)]

# What the bench writes (`UtcDateTime.isoformat_of_stored`): a calendar time with seconds and an offset. A time
# without an offset names no instant, and a date alone is not a time. The shape is a pattern (checked in Rust); only
# whether that day and hour exist is asked of Python, once per value.
TIME_PATTERN = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]{1,6})?(Z|[+-][0-9]{2}:[0-9]{2})$"
DATE_PATTERN = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"


def _a_real_time(text: str) -> str:
    dt.datetime.fromisoformat(text)   # ValueError, with its reason, for a day or an hour that does not exist
    return text


def _a_real_date(text: str) -> str:
    dt.date.fromisoformat(text)
    return text


# Checked as text and kept as text: the hub stores what was sent, so it builds no datetime only to drop it.
Timestamp = Annotated[str, StringConstraints(pattern=TIME_PATTERN), AfterValidator(_a_real_time)]
Date = Annotated[str, StringConstraints(pattern=DATE_PATTERN), AfterValidator(_a_real_date)]
STRICT = ConfigDict(strict=True)


# TypedDicts, not pydantic models: the hub needs only the verdict, and building a model instance for each of a
# batch's thousand records cost more than half as much again as the checks themselves. Keys a record carries beyond
# these are not checked (benches newer than the hub); the data is stored as sent either way. Subclasses inherit
# the strict config.
@with_config(STRICT)
class _Record(TypedDict):
    id: Annotated[str, StringConstraints(min_length=1, max_length=64)]
    version: Version
    station: Annotated[str, StringConstraints(min_length=1, max_length=64)]


# Issue 13's keys (benches from before do not send them): the outcome, the weighing and the fraud score.
OutcomeCode = Literal[tuple(o.value for o in Outcome)]   # type: ignore[valid-type]
Grams = Annotated[int, Field(ge=1, le=1_000_000)]
WeightSource = Literal["scale", "typed"]


@with_config(STRICT)
class RiskReason(TypedDict):
    signal: Text64
    weight: int
    detail: Text255


@with_config(STRICT)
class Risk(TypedDict):
    """`inspector.domain.fraud.Risk.to_json`."""
    score: int
    threshold: int | None
    held: bool
    reasons: list[RiskReason]


class ParcelReceipt(_Record):
    rma_number: Text64 | None
    tracking_number: Text64 | None
    carrier: Text64 | None
    operator_id: Text64
    received_at: Timestamp
    packaging_condition: Text64
    status: Literal["open", "completed"]
    flags: list[Text64]
    completed_at: Timestamp | None
    weight_g: NotRequired[Grams | None]
    weight_source: NotRequired[WeightSource | None]
    expected_weight_g: NotRequired[Grams | None]


@with_config(STRICT)
class Finding(TypedDict):
    code: Text64
    deduction: Money | None
    basis: Text255


class ItemInspection(_Record):
    license_plate: Annotated[str, StringConstraints(min_length=1, max_length=16)]
    parcel_id: Text64
    return_line_id: Text64 | None
    # The line by the site's identity; benches from before the site (revision 0002) do not send it.
    rma_number: NotRequired[Text64 | None]
    line_no: NotRequired[Annotated[int, Field(ge=1, le=100000)] | None]
    gtin: Annotated[str, StringConstraints(pattern=r"^[0-9]{8,14}$")] | None
    sku: Text64 | None
    serial: Text64 | None
    lot: Text64 | None
    expiry: Date | None
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
    started_at: Timestamp
    completed_at: Timestamp | None
    requested_outcome: NotRequired[OutcomeCode | None]
    outcome: NotRequired[OutcomeCode | None]
    outcome_amount: NotRequired[Money | None]
    outcome_basis: NotRequired[Text255 | None]
    exchange_sku: NotRequired[Text64 | None]
    weight_g: NotRequired[Grams | None]
    weight_source: NotRequired[WeightSource | None]
    risk: NotRequired[Risk | None]
    customer_id: NotRequired[Text64 | None]


class InspectionOverride(_Record):
    """A supervisor's approval or override of an item inspection, with the changed fields before and after."""
    inspection_id: Text64
    # override_outcome (a supervisor's refund, exchange or store credit; before/after {"outcome", "outcome_amount",
    # "exchange_sku"}) since issue 13: a hub from before refuses it, so the hub is upgraded first.
    action: Literal["approve", "override_grade", "override_deduction", "override_disposition", "override_outcome"]
    before: dict[str, Text255 | None]
    after: dict[str, Text255 | None]
    reason: Text255
    operator_id: Text64
    at: Timestamp
    inspection_version: Version
    # The inspection's version the decision was based on; the hub applies it only if that is still the current one.
    # Benches from before the site (revision 0002) do not send it: derived from the action then.
    based_on_version: NotRequired[Version]


MAX_PHOTO_BYTES = 25_000_000   # inspector.domain.photo_rules.PhotoPolicy.max_file_bytes, the most a policy allows
MAX_PHOTO_SIDE = 20_000
Sha256 = Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")]
PhotoSide = Annotated[int, Field(ge=1, le=MAX_PHOTO_SIDE)]


class InspectionPhoto(_Record):
    """A photo of an item (or of one of its findings), by the hash of its JPEG; the bytes follow apart
    (`PUT /v1/photos/{sha256}`), and only for a photo a record names. `removed`: taken off the item at the bench."""
    inspection_id: Text64
    finding_code: Text64 | None
    sha256: Sha256
    bytes: Annotated[int, Field(ge=1, le=MAX_PHOTO_BYTES)]
    width: PhotoSide
    height: PhotoSide
    taken_at: Timestamp
    operator_id: Text64
    source: Literal["camera", "file"]
    removed: bool


@with_config(STRICT)
class BadgeEvent(TypedDict):
    """A failed try, a good sign-in or an unlock of a badge at a bench, for the site's count of wrong PINs
    (`inspector.hub.badge_runs`). Written once (version 1); never the PIN. Kept in its own table, not hub_records:
    it is no part of the site's work that desks, reports and closed days read."""
    id: Annotated[str, StringConstraints(min_length=1, max_length=64)]
    version: Annotated[int, Field(ge=1, le=1)]
    station: Annotated[str, StringConstraints(min_length=1, max_length=64)]
    badge: Annotated[str, StringConstraints(min_length=1, max_length=32)]
    kind: Literal["failure", "signed_in", "unlocked"]
    at: Timestamp
    while_locked: bool      # a try on a badge locked at that bench: its PIN was not checked, so it does not count


RECORD_TYPES: dict[str, type] = {
    "parcel_receipt": ParcelReceipt,
    "item_inspection": ItemInspection,
    "inspection_override": InspectionOverride,
    "badge_event": BadgeEvent,
    "inspection_photo": InspectionPhoto,
}


_ADAPTERS = {name: TypeAdapter(kind) for name, kind in RECORD_TYPES.items()}


def _a_json_object(value: Any) -> dict[str, Any]:
    # Only that it is an object: its record type's TypedDict checks the contents next (`problem_with`). Validating
    # dict[str, Any] here too copied every record deeply, a sixth of the hub's time per batch.
    if type(value) is not dict:
        raise ValueError("data must be a JSON object")
    return value


@with_config(ConfigDict(strict=True, extra="forbid", title="PushedRecord"))
class PushedRecord(TypedDict):
    """One record of a push: its envelope. A wrong envelope rejects this record alone (as long as its type and id
    are text, which the answer acknowledges it by)."""
    type: Annotated[str, StringConstraints(min_length=1, max_length=32), Field(
        description="record type: " + ", ".join(sorted(RECORD_TYPES)) + "; unknown types are rejected per record")]
    id: Annotated[str, StringConstraints(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9._:-]+$")]
    version: Version
    data: Annotated[dict[str, Any], PlainValidator(_a_json_object, json_schema_input_type=dict[str, Any]), Field(
        description="the record in its upstream form; must carry the token's station")]


ENVELOPE = TypeAdapter(PushedRecord)


def problem_with(record_type: str, record_id: str, version: int, station: str, data: dict[str, Any]) -> str | None:
    """Why this record cannot be applied, or None when it can."""
    model = _ADAPTERS.get(record_type)
    if model is None:
        return f"unknown record type {record_type!r} (this hub knows {', '.join(sorted(RECORD_TYPES))})"
    try:
        checked = model.validate_python(data)
    except ValidationError as exc:
        return first_error(exc)
    if checked["id"] != record_id or checked["version"] != version:
        return "the record's id or version differs from the envelope's"
    if checked["station"] != station:
        return f"station {checked['station']!r} in the record is not the station of this token"
    return None


def first_error(exc: ValidationError) -> str:
    """The first of a validation's errors, where and what, as a record's rejection reason (inputs never echoed)."""
    first = exc.errors(include_url=False, include_input=False)[0]
    where = ".".join(str(part) for part in first["loc"])[:200] or "record"
    more = f" (and {exc.error_count() - 1} more)" if exc.error_count() > 1 else ""
    return f"{where}: {first['msg']}{more}"
