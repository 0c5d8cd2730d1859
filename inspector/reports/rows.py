"""The rows the report adds up: the export's rows (same table, same range and station filter, same stored values)
with only the columns the figures need, read in plain SQL on one connection.

The full export row (53 fields, ORM session, two operator joins) costs more to read than the whole PDF costs to
draw; the report needs 23 of them. The tests check that both add up to the same totals, to the cent.
"""
from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from collections.abc import Iterator
from decimal import Decimal
from typing import Any, NamedTuple


from inspector.domain.fraud import Risk
from inspector.domain.outcomes import stored_outcome
from inspector.domain.site_day import LOCAL, SiteZone
from inspector.exporting.day_rows import held_sql
from inspector.storage.database import Database
from inspector.storage.orm import UtcDateTime
from inspector.storage.photo_hashes import live_photo_hashes

CHUNK = 5000
_TIME = UtcDateTime()
_HELD = held_sql("i")


def _signals(risk: str) -> tuple[str, ...]:
    return tuple(r.signal.value for r in Risk.from_json(json.loads(risk)).reasons)


def _outcome(outcome: str | None, amount: Decimal | None, refund: Decimal | None) -> tuple[str, Decimal]:
    chosen, money = stored_outcome(outcome, amount, refund)
    return chosen.value, money


class Code(NamedTuple):
    code: str


class ReportRow(NamedTuple):
    """Field names as in `ExportRow`, so `DayFigures.add` takes either."""
    license_plate: str
    parcel_id: str
    station: str
    operator_badge: str
    operator_name: str
    completed_at: dt.datetime
    grade: str | None
    disposition: str
    flags: tuple[str, ...]
    currency: str | None
    deduction_total: Any
    refund: Any
    sku: str | None
    line_sku: str | None
    description: str
    line_description: str | None
    parcel_carrier: str | None
    parcel_packaging_condition: str
    customer_reason: str | None
    findings: tuple[Code, ...]
    customer_id: str | None
    outcome: str                     # as stored, a row from before 0008 read as a refund of its refund
    outcome_amount: Decimal
    risk_reasons: tuple[str, ...]    # the fraud signals' values
    held: bool
    photo_hashes: tuple[str, ...] = ()   # an exception's live photos, oldest first; () on other rows


# Plain SQL on the driver: the report reads every row of a day, and SQLAlchemy's per-row result processing cost
# more than the query itself (0.66 s against 0.36 s for 50,000 rows). Values are stored as text (see orm.py's
# MoneyText, UtcDateTime, JsonText) and converted here exactly as those types convert them. No ORDER BY: the figures
# do not depend on order, and the exceptions are sorted once they are picked out. The return line's SKU and
# description are not joined: starting an inspection copies them onto the item (`start_inspection`), so the
# export's line_sku/line_description fallbacks add nothing here and the join cost a fifth of the read.
_ROWS = """
SELECT i.license_plate, i.parcel_id, i.station, o.badge, o.name, i.completed_at, i.grade, i.disposition, i.flags,
       i.currency, i.deduction_total, i.refund, i.sku, NULL, i.description, NULL, p.carrier,
       p.packaging_condition, r.customer_reason, i.id, r.customer_id, i.outcome, i.outcome_amount, i.risk,
       {held}
FROM item_inspections AS i
JOIN parcel_receipts AS p ON p.id = i.parcel_id
JOIN operators AS o ON o.id = i.operator_id
LEFT OUTER JOIN returns AS r ON r.id = p.return_id
WHERE i.status = 'completed' AND i.completed_at >= ? AND i.completed_at < ? {station}
"""
_FINDINGS = """
SELECT f.inspection_id, f.code FROM damage_findings AS f JOIN item_inspections AS i ON i.id = f.inspection_id
WHERE i.status = 'completed' AND i.completed_at >= ? AND i.completed_at < ? {station}
"""


def report_rows(database: Database, first_day: dt.date, last_day: dt.date,
                station: str | None = None, zone: SiteZone = LOCAL) -> Iterator[ReportRow]:
    start, end = (_TIME.process_bind_param(t, None) for t in zone.range_bounds(first_day, last_day))
    params: tuple[Any, ...] = (start, end) if station is None else (start, end, station)
    only = "" if station is None else "AND i.station = ?"
    money, when, loads = Decimal, dt.datetime.fromisoformat, json.loads
    with database.engine.connect() as conn:
        found: dict[str, list[Code]] = defaultdict(list)
        for inspection_id, code in conn.exec_driver_sql(_FINDINGS.format(station=only), params).fetchall():
            found[inspection_id].append(Code(code))
        # Sorted once per inspection here, not once per row below (most rows have no finding at all).
        codes = {inspection_id: tuple(sorted(items)) for inspection_id, items in found.items()}
        del found
        cursor = conn.exec_driver_sql(_ROWS.format(station=only, held=_HELD), params)
        signals: dict[str, tuple[str, ...]] = {}     # risk JSON -> its signals: a day repeats a few risks
        while batch := cursor.fetchmany(CHUNK):
            # The live photos of the batch's flagged rows only: they alone can be exceptions.
            photos = live_photo_hashes(conn, [row[19] for row in batch if row[8] is not None and row[8] != "[]"])
            for (plate, parcel, stn, badge, name, completed, grade, disposition, flags, currency, deduction, refund,
                 sku, line_sku, description, line_description, carrier, packaging, reason, inspection_id,
                 customer_id, outcome, outcome_amount, risk, held) in batch:
                refund = None if refund is None else money(refund)
                if risk is None:
                    reasons: tuple[str, ...] = ()
                elif (reasons := signals.get(risk)) is None:    # type: ignore[assignment]
                    reasons = signals[risk] = _signals(risk)
                yield ReportRow(plate, parcel, stn, badge, name, when(completed), grade, disposition,
                                () if flags == "[]" or flags is None else tuple(loads(flags)), currency,
                                None if deduction is None else money(deduction),
                                refund, sku, line_sku, description,
                                line_description, carrier, packaging, reason,
                                codes.get(inspection_id, ()), customer_id,
                                *_outcome(outcome, None if outcome_amount is None else money(outcome_amount), refund),
                                reasons, bool(held), photos.get(inspection_id, ()))
