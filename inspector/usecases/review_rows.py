"""Reading the review queue's rows: the day's completed items with exception flags, their findings and decisions.

Plain SQL on the session's connection, four statements for the whole range, values converted as the column types
convert them (orm.py: UtcDateTime, MoneyText, JsonText). A desk's queue holds a whole site day (20,000 items): ORM
instances with their findings loaded per item cost five times a bare query of the same rows.
"""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from decimal import Decimal
from typing import Any, NamedTuple

import orjson
from sqlalchemy import Connection

from inspector.domain.fraud import Risk
from inspector.domain.outcomes import stored_outcome
from inspector.storage.orm import OWN, UtcDateTime
from inspector.storage.photo_hashes import by_item

_TIME = UtcDateTime()
_RANGE = "i.status = 'completed' AND i.completed_at >= ? AND i.completed_at < ? AND i.flags != '[]' {station}"

_ITEMS = f"""
SELECT i.id, i.license_plate, i.completed_at, i.station, o.name, r.rma_number, r.customer_reason, i.sku,
       i.description, i.flags, i.grade, i.proposed_disposition, i.disposition, i.disposition_reason, i.currency,
       i.unit_price, i.deduction_total, i.refund, i.version, i.outcome, i.outcome_amount, i.outcome_basis,
       i.exchange_sku, i.risk
FROM item_inspections AS i
JOIN operators AS o ON o.id = i.operator_id
JOIN parcel_receipts AS p ON p.id = i.parcel_id
LEFT OUTER JOIN returns AS r ON r.id = p.return_id
WHERE {_RANGE}
ORDER BY i.completed_at, i.id
"""
# Ordered as the ORM relationship orders them (by code).
_FINDINGS = f"""
SELECT f.inspection_id, f.code, f.deduction FROM damage_findings AS f JOIN item_inspections AS i
  ON i.id = f.inspection_id
WHERE {_RANGE}
ORDER BY f.inspection_id, f.code
"""
_DECISIONS = f"""
SELECT a.inspection_id, a.action, a.refused_reason, a.inspection_version FROM inspection_audit AS a
JOIN item_inspections AS i ON i.id = a.inspection_id
WHERE {_RANGE}
ORDER BY a.at, a.id
"""
# Live photos, oldest first. `uploaded_at` of a site copy says its bytes were fetched to this desk; an own photo is
# here from the moment it was taken (never a row without its file). Joined on the range like the others, not an IN
# list of the queue's ids (`inspector.storage.photo_hashes`): one statement for a site day of 20,000 items.
_PHOTOS = f"""
SELECT p.inspection_id, p.sha256, p.finding_code, p.origin, p.uploaded_at FROM inspection_photos AS p
JOIN item_inspections AS i ON i.id = p.inspection_id
WHERE p.removed_at IS NULL AND {_RANGE}
ORDER BY p.inspection_id, p.taken_at, p.id
"""


class QueueRow(NamedTuple):
    id: str
    license_plate: str
    completed_at: dt.datetime
    station: str
    operator_name: str
    rma_number: str | None
    customer_reason: str | None
    sku: str | None
    description: str
    flags: tuple[str, ...]
    grade: str | None
    proposed_disposition: str
    disposition: str
    disposition_reason: str | None
    currency: str | None
    unit_price: Decimal | None
    deduction_total: Decimal | None
    refund: Decimal | None
    version: int
    outcome: str                # rows from before outcomes were stored read as a refund of the refund
    outcome_amount: Decimal | None
    outcome_basis: str
    exchange_sku: str | None
    risk: Risk


class PhotoRef(NamedTuple):
    sha256: str
    finding_code: str | None     # None: a photo of the whole item
    here: bool                   # its file is at this bench or desk (a site copy's bytes may not be fetched yet)


class Decided(NamedTuple):
    action: str
    refused: str | None
    produced_version: int


def _money(text: str | None) -> Decimal | None:
    return None if text is None else Decimal(text)


class _Read(dict):  # type: ignore[type-arg]
    """Each distinct stored text converted once: a site day repeats a few dozen prices and flag lists across 20,000
    rows, and converting each row's anew cost a third of the queue's time. Decimals and tuples are immutable, so
    sharing them is safe."""

    def __init__(self, convert: Any) -> None:
        super().__init__()
        self._convert = convert

    def __missing__(self, text: Any) -> Any:
        value = self[text] = self._convert(text)
        return value


def queue_rows(conn: Connection, start: dt.datetime, end: dt.datetime, station: str | None
               ) -> tuple[list[QueueRow], dict[str, list[tuple[str, Decimal | None]]], dict[str, list[Decided]],
                          dict[str, tuple[PhotoRef, ...]]]:
    """The items (oldest completion first), their findings by item, the decisions on them by item (in order) and
    their live photos by item (oldest first)."""
    only = "" if station is None else "AND i.station = ?"
    params: tuple[Any, ...] = (_TIME.process_bind_param(start, None), _TIME.process_bind_param(end, None))
    if station is not None:
        params += (station,)
    when = dt.datetime.fromisoformat
    money, flags_of = _Read(_money), _Read(lambda text: tuple(orjson.loads(text)))
    risk_of = _Read(lambda text: Risk.from_json(None if text is None else orjson.loads(text)))
    items = []
    for (i, plate, done, stn, name, rma, reason, sku, description, flags, grade, proposed, disposition, why,
         currency, price, deduction, refund, version, outcome, amount, basis, exchange_sku, risk) \
            in conn.exec_driver_sql(_ITEMS.format(station=only), params):
        kind, paid = stored_outcome(outcome, money[amount], money[refund])
        items.append(QueueRow(i, plate, when(done), stn, name, rma, reason, sku, description, flags_of[flags], grade,
                              proposed, disposition, why, currency, money[price], money[deduction], money[refund],
                              version, kind.value, paid, basis or "", exchange_sku, risk_of[risk]))
    findings: dict[str, list[tuple[str, Decimal | None]]] = defaultdict(list)
    for inspection_id, code, deduction in conn.exec_driver_sql(_FINDINGS.format(station=only), params):
        findings[inspection_id].append((code, money[deduction]))
    decided: dict[str, list[Decided]] = defaultdict(list)
    for inspection_id, action, refused, produced in conn.exec_driver_sql(_DECISIONS.format(station=only), params):
        decided[inspection_id].append(Decided(action, refused, produced))
    photos = by_item((inspection_id, PhotoRef(sha256, finding, origin == OWN or fetched is not None))
                     for inspection_id, sha256, finding, origin, fetched
                     in conn.exec_driver_sql(_PHOTOS.format(station=only), params))
    return items, findings, decided, photos
