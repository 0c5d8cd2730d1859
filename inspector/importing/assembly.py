"""From raw records to whole domain `Return`s: every field checked, every problem kept, bad returns set aside.

A return with any problem (in any of its rows) is left out entirely; the bench must never expect half a return.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from inspector.domain.returns import Return, ReturnLine, ReturnStatus
from inspector.importing import field_rules as rules
from inspector.importing.field_rules import FieldError
from inspector.importing.problems import Location, Problem
from inspector.importing.raw_records import RawLine, RawReturn

T = TypeVar("T")


@dataclass(frozen=True)
class ReturnFields:
    order_number: str
    customer_reason: str
    delivered_on: dt.date | None
    status: ReturnStatus
    tracking_numbers: tuple[str, ...]


@dataclass
class _Draft:
    rma_number: str
    location: Location
    fields: ReturnFields | None = None
    fields_from: Location | None = None
    lines: dict[int, tuple[Location, ReturnLine]] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)


@dataclass(frozen=True)
class ImportPlan:
    returns: tuple[Return, ...]        # whole, checked, in the order the file first names them
    rejected: tuple[str, ...]          # RMA numbers set aside
    problems: tuple[Problem, ...]      # in file order
    records_read: int                  # CSV rows or JSON return objects


def _collect(errors: list[FieldError], check: Callable[..., T], *args: object) -> T | None:
    try:
        return check(*args)
    except FieldError as exc:
        errors.append(exc)
        return None


def _return_fields(values: dict[str, object], today: dt.date, errors: list[FieldError]) -> ReturnFields | None:
    found = (
        _collect(errors, rules.text, "order_number", values.get("order_number"), rules.ORDER_NUMBER_MAX, True),
        _collect(errors, rules.text, "customer_reason", values.get("customer_reason"), rules.REASON_MAX, False),
        _collect(errors, rules.delivered_on, values.get("delivered_on"), today),
        _collect(errors, rules.status, values.get("status")),
        _collect(errors, rules.tracking_numbers, values.get("tracking_numbers")),
    )
    if errors:
        return None
    return ReturnFields(*found)


def _line(values: dict[str, object], errors: list[FieldError]) -> ReturnLine | None:
    line_no = _collect(errors, rules.whole_number, "line_no", values.get("line_no"), rules.MAX_LINE_NO)
    sku = _collect(errors, rules.text, "sku", values.get("sku"), rules.SKU_MAX, True)
    gtin = _collect(errors, rules.gtin, values.get("gtin"))
    description = _collect(errors, rules.text, "description", values.get("description"), rules.DESCRIPTION_MAX,
                           False)
    quantity = _collect(errors, rules.whole_number, "quantity", values.get("quantity"), rules.MAX_QUANTITY)
    currency = _collect(errors, rules.currency, values.get("currency"))
    price = _collect(errors, rules.unit_price, values.get("unit_price"), currency)
    category = _collect(errors, rules.category, values.get("category"))
    serials = _collect(errors, rules.serials, values.get("serials"), quantity)
    if errors:
        return None
    # Ids are the database's business; `upsert_returns` keys on RMA number and line number.
    return ReturnLine(id="", line_no=line_no, sku=sku, gtin=gtin, description=description, quantity=quantity,
                      unit_price=price, currency=currency, category=category, serials=serials)


def _differences(first: ReturnFields, other: ReturnFields) -> list[str]:
    return [name for name in ReturnFields.__dataclass_fields__ if getattr(first, name) != getattr(other, name)]


def _add_record(drafts: dict[str, _Draft], problems: list[Problem], record: RawReturn, today: dt.date) -> None:
    try:
        rma_number = rules.rma_number(record.values.get("rma_number"))
    except FieldError as exc:
        problems.append(Problem(record.location, None, exc.field, exc.reason))
        return
    draft = drafts.get(rma_number)
    if draft is None:
        draft = drafts[rma_number] = _Draft(rma_number, record.location)
    elif record.complete:
        draft.problems.append(Problem(record.location, rma_number, "rma_number",
                                      f"appears a second time (first at {draft.location.describe()})"))
        return

    def problem(location: Location, fld: str | None, reason: str) -> None:
        draft.problems.append(Problem(location, rma_number, fld, reason))

    for fld, reason in record.problems:
        problem(record.location, fld, reason)
    errors: list[FieldError] = []
    fields = _return_fields(dict(record.values), today, errors)
    for exc in errors:
        problem(record.location, exc.field, exc.reason)
    if fields is not None:
        if draft.fields is None:
            draft.fields, draft.fields_from = fields, record.location
        else:
            for name in _differences(draft.fields, fields):
                assert draft.fields_from is not None
                problem(record.location, name,
                        f"differs from {draft.fields_from.describe()} of the same return; a return's own "
                        "fields must be the same on each of its rows")
    if record.complete and not record.lines and not any(fld == "lines" for fld, _ in record.problems):
        problem(record.location, "lines", "a return needs at least one line")
    for raw_line in record.lines:
        _add_line(draft, raw_line, problem)


def _add_line(draft: _Draft, raw_line: RawLine, problem: Callable[[Location, str | None, str], None]) -> None:
    errors: list[FieldError] = []
    line = _line(dict(raw_line.values), errors)
    for exc in errors:
        problem(raw_line.location, exc.field, exc.reason)
    if line is None:
        return
    earlier = draft.lines.get(line.line_no)
    if earlier is not None:
        problem(raw_line.location, "line_no", f"line number {line.line_no} is used twice in this return "
                f"(also at {earlier[0].describe()})")
        return
    draft.lines[line.line_no] = (raw_line.location, line)


def _shared_tracking_numbers(drafts: dict[str, _Draft]) -> None:
    """A tracking number names one parcel, so one return; two returns naming it leave the parcel ambiguous."""
    owners: dict[str, list[_Draft]] = {}
    for draft in drafts.values():
        for number in draft.fields.tracking_numbers if draft.fields else ():
            owners.setdefault(number, []).append(draft)
    for number, sharing in owners.items():
        if len(sharing) > 1:
            names = ", ".join(d.rma_number for d in sharing)
            for draft in sharing:
                draft.problems.append(Problem(draft.fields_from or draft.location, draft.rma_number,
                                              "tracking_numbers",
                                              f"{number} is named by more than one return ({names})"))


def _sort_key(problem: Problem) -> tuple[int, list[Any]]:
    # JSON paths in natural order: returns[2] before returns[10].
    path = [int(part) if part.isdigit() else part for part in re.split(r"(\d+)", problem.location.path or "")]
    return (problem.location.line or 0, path)


def plan_import(records: Iterable[RawReturn], today: dt.date) -> ImportPlan:
    drafts: dict[str, _Draft] = {}
    loose: list[Problem] = []   # rows whose RMA number cannot be read belong to no return
    count = 0
    for record in records:
        count += 1
        _add_record(drafts, loose, record, today)
    _shared_tracking_numbers(drafts)
    good, rejected, problems = [], [], list(loose)
    for draft in drafts.values():
        if draft.problems or draft.fields is None:
            rejected.append(draft.rma_number)
            problems.extend(draft.problems)
            continue
        f = draft.fields
        lines = tuple(line for _, line in sorted(draft.lines.values(), key=lambda item: item[1].line_no))
        good.append(Return(id="", rma_number=draft.rma_number, order_number=f.order_number,
                           customer_reason=f.customer_reason, delivered_on=f.delivered_on, status=f.status,
                           tracking_numbers=f.tracking_numbers, lines=lines))
    problems.sort(key=_sort_key)
    return ImportPlan(tuple(good), tuple(rejected), tuple(problems), count)
