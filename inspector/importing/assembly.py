"""From raw records to whole domain `Return`s: every field checked, every problem kept, bad returns set aside.

A return with any problem (in any of its rows) is left out entirely; the bench must never expect half a return.

Records are checked one at a time as the file is read (`ReturnChecker`). Per return only what later records are
checked against is kept (its own fields, the line numbers seen, its problems); its checked lines go to a store: in
memory for a page pulled from the hub, in a temporary file for an import file, so that a large file's lines are not
held in memory while the rest of it is read. Once the whole file is checked, `whole_returns` reads the store back and
hands out each good return whole, as soon as its last line is read. What a report with a row per item needs beyond
that (fields merged from its rows, lines numbered by content) is in `merging`.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import pickle
import re
import sys
import tempfile
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import IO, Any, Protocol, TypeVar

from inspector.domain.returns import Return, ReturnLine, ReturnStatus
from inspector.importing import field_rules as rules
from inspector.importing.field_rules import FieldError
from inspector.importing.merging import Merged, changes, merged_field, numbered_by_content, with_changes
from inspector.importing.pricing import unit_price_from_total
from inspector.importing.problems import ImportFileError, Location, Problem
from inspector.importing.raw_records import RETURN_FIELDS, RawLine, RawReturn

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class ReturnFields:
    order_number: str
    customer_reason: str
    delivered_on: dt.date | None
    status: ReturnStatus
    tracking_numbers: tuple[str, ...]
    customer_id: str | None = None
    customer_orders: int | None = None


# What the store keeps of one record that passed every check: its RMA number, its return's fields (only with the
# return's first record: the others' are the same, or the return is rejected), its lines.
Entry = tuple[str, ReturnFields | None, tuple[ReturnLine, ...]]


class LineStore(Protocol):
    def add(self, entry: Entry) -> None: ...
    def entries(self) -> Iterator[Entry]: ...
    def close(self) -> None: ...


class MemoryStore:
    def __init__(self) -> None:
        self._entries: list[Entry] = []

    def add(self, entry: Entry) -> None:
        self._entries.append(entry)

    def entries(self) -> Iterator[Entry]:
        return iter(self._entries)

    def close(self) -> None:
        self._entries = []


class FileStore:
    """Checked lines in an anonymous temporary file: nobody else can open it, and it is gone when closed (or when the
    process ends, however it ends). Only this process's own checked values are written to it and read back.

    Entries are kept as plain tuples (no class names in each record), each pickled on its own: one long-lived
    unpickler would remember every object it ever read."""

    def __init__(self, folder: str | None = None) -> None:
        self._file: IO[bytes] = tempfile.TemporaryFile(dir=folder)

    def add(self, entry: Entry) -> None:
        rma_number, f, lines = entry
        plain = (rma_number, f and (f.order_number, f.customer_reason, f.delivered_on, f.status.value,
                                    f.tracking_numbers, f.customer_id, f.customer_orders),
                 tuple((ln.line_no, ln.sku, ln.gtin, ln.description, ln.quantity, str(ln.unit_price), ln.currency,
                        ln.category, ln.serials, ln.requested_outcome, ln.exchange_sku, ln.exchange_description,
                        ln.unit_weight_g) for ln in lines))
        pickle.dump(plain, self._file, protocol=pickle.HIGHEST_PROTOCOL)

    def entries(self) -> Iterator[Entry]:
        self._file.flush()
        self._file.seek(0)
        while True:
            try:
                rma_number, f, lines = pickle.load(self._file)
            except EOFError:
                return
            yield (rma_number, f and ReturnFields(f[0], f[1], f[2], ReturnStatus(f[3]), f[4], f[5], f[6]),
                   tuple(ReturnLine("", n, sku, gtin, text, quantity, Decimal(price), currency, category, serials,
                                    requested, exchange, exchange_text, weight)
                         for n, sku, gtin, text, quantity, price, currency, category, serials, requested, exchange,
                         exchange_text, weight in lines))

    def close(self) -> None:
        self._file.close()


@dataclass(slots=True)
class _Draft:
    """What is kept of one return while the rest of the file is read: one of these per return in the file, so it
    stays small (a 200 MB report holds hundreds of thousands of returns)."""
    rma_number: str
    location: Location | int   # a CSV line as its bare number (see `_kept`)
    fields: ReturnFields | None = None
    fields_from: Location | int | None = None
    line_rows: dict[int, int] | None = None   # CSV with line numbers: line number -> the file line of its row
    line_count: int = 0
    stored: bool = False   # its fields are in the store (with its first record)
    merged: int = 0        # `merging.MERGED_*` of the fields merged from later rows since the first was stored
    problems: list[Problem] | None = None


def _kept(location: Location) -> Location | int:
    """A CSV line is kept as its bare number: one Location less for each return while the file is read."""
    return location.line if location.path is None and location.line is not None else location


def _place(kept: Location | int) -> Location:
    return kept if isinstance(kept, Location) else Location(line=kept)


@dataclass(frozen=True)
class ImportPlan:
    returns: tuple[Return, ...]        # whole, checked, in the order the file first names them
    rejected: tuple[str, ...]          # RMA numbers set aside
    problems: tuple[Problem, ...]      # in file order
    records_read: int                  # CSV rows or JSON return objects


@dataclass(frozen=True)
class CheckResult:
    """A whole file checked: which returns are good (their lines are in the store), which are not and why."""
    accepted: tuple[str, ...]          # RMA numbers of the good returns, in the order the file first names them
    rejected: tuple[str, ...]          # RMA numbers set aside
    problems: tuple[Problem, ...]      # in file order
    records_read: int                  # CSV rows or JSON return objects
    line_counts: Mapping[str, int]     # good RMA number -> its number of lines, to tell when it is whole
    # Good returns whose rows gave differing values of a merged field: those replace the stored ones.
    merged: Mapping[str, Merged] = dataclasses.field(default_factory=dict)


def _collect(errors: list[FieldError], check: Callable[..., T], *args: object) -> T | None:
    try:
        return check(*args)
    except FieldError as exc:
        errors.append(exc)
        return None


def _return_fields(values: Mapping[str, object], today: dt.date, errors: list[FieldError]) -> ReturnFields | None:
    found = (
        _collect(errors, rules.text, "order_number", values.get("order_number"), rules.ORDER_NUMBER_MAX, True),
        _collect(errors, rules.text, "customer_reason", values.get("customer_reason"), rules.REASON_MAX, False),
        _collect(errors, rules.delivered_on, values.get("delivered_on"), today),
        _collect(errors, rules.status, values.get("status")),
        _collect(errors, rules.tracking_numbers, values.get("tracking_numbers")),
        _collect(errors, rules.customer_id, values.get("customer_id")),
        _collect(errors, rules.customer_orders, values.get("customer_orders")),
    )
    if errors:
        return None
    order_number, reason, day, status, tracking, customer, orders = found
    # Reasons repeat from return to return ("Too small"): one string each, not one per return kept until the end.
    return ReturnFields(order_number, sys.intern(reason), day, status, tracking,   # type: ignore[arg-type]
                        customer, orders)   # type: ignore[arg-type]


def _line(values: Mapping[str, object], errors: list[FieldError], numbered: int | None) -> ReturnLine | None:
    """`numbered`: the line's number where the source gives none (see `RawReturn.number_lines`)."""
    line_no = (numbered if numbered is not None else
               _collect(errors, rules.whole_number, "line_no", values.get("line_no"), rules.MAX_LINE_NO))
    sku = _collect(errors, rules.text, "sku", values.get("sku"), rules.SKU_MAX, True)
    gtin = _collect(errors, rules.gtin, values.get("gtin"))
    description = _collect(errors, rules.text, "description", values.get("description"), rules.DESCRIPTION_MAX,
                           False)
    quantity = _collect(errors, rules.whole_number, "quantity", values.get("quantity"), rules.MAX_QUANTITY)
    currency = _collect(errors, rules.currency, values.get("currency"))
    if "unit_price" not in values and "order_amount" in values:
        price = _collect(errors, unit_price_from_total, values.get("order_amount"), values.get("order_quantity"),
                         currency)
    else:
        price = _collect(errors, rules.unit_price, values.get("unit_price"), currency)
    category = _collect(errors, rules.category, values.get("category"))
    serials = _collect(errors, rules.serials, values.get("serials"), quantity)
    requested = _collect(errors, rules.requested_outcome, values.get("requested_outcome"))
    # Judged against the request only when the request itself is readable (else its own error says it all).
    bad_request = any(e.field == "requested_outcome" for e in errors)
    exchange = None if bad_request else _collect(errors, rules.exchange_sku, values.get("exchange_sku"), requested)
    exchange_text = _collect(errors, rules.exchange_description, values.get("exchange_description"))
    weight = _collect(errors, rules.unit_weight_g, values.get("unit_weight_g"))
    if errors:
        return None
    # Ids are the database's business; `upsert_returns` keys on RMA number and line number.
    return ReturnLine(id="", line_no=line_no, sku=sku, gtin=gtin, description=description, quantity=quantity,
                      unit_price=price, currency=currency, category=category, serials=serials,
                      requested_outcome=requested, exchange_sku=exchange, exchange_description=exchange_text,
                      unit_weight_g=weight)


def _differences(first: ReturnFields, other: ReturnFields) -> list[str]:
    return [name for name in ReturnFields.__dataclass_fields__ if getattr(first, name) != getattr(other, name)]


def _sort_key(problem: Problem) -> tuple[int, list[Any]]:
    # JSON paths in natural order: returns[2] before returns[10].
    path = [int(part) if part.isdigit() else part for part in re.split(r"(\d+)", problem.location.path or "")]
    return (problem.location.line or 0, path)


class ReturnChecker:
    """Checks records one at a time (`add`), then judges the whole file (`finish`)."""

    def __init__(self, today: dt.date, store: LineStore) -> None:
        self.today = today
        self.store = store
        self.records_read = 0
        self._drafts: dict[str, _Draft] = {}
        self._loose: list[Problem] = []   # records whose RMA number cannot be read belong to no return
        # The rows of one CSV return repeat its fields word for word: checked once, not once per row.
        self._last_fields: tuple[tuple[object, ...], ReturnFields | None, list[FieldError]] | None = None

    def _fields(self, values: Mapping[str, object], errors: list[FieldError]) -> ReturnFields | None:
        key = tuple(values.get(name) for name in RETURN_FIELDS[1:])
        # Text and JSON integers (customer_orders) are remembered; not true/false, which compare equal to 1 and 0.
        if not all(value is None or isinstance(value, str) or type(value) is int for value in key):
            return _return_fields(values, self.today, errors)   # JSON lists are not worth remembering
        if self._last_fields is None or self._last_fields[0] != key:
            found: list[FieldError] = []
            self._last_fields = (key, _return_fields(values, self.today, found), found)
        errors.extend(self._last_fields[2])
        return self._last_fields[1]

    def add(self, record: RawReturn) -> None:
        self.records_read += 1
        try:
            rma_number = rules.rma_number(record.values.get("rma_number"))
        except FieldError as exc:
            if record.cut_short:
                # The rest of its return may be in the file, and would be imported without this row: half a return.
                shape = next((reason for fld, reason in record.problems if fld is None), "the row is cut short")
                raise ImportFileError(f"{shape}; its RMA number {exc.reason}, so which return the row belongs to "
                                      "cannot be told and nothing is imported", line=record.location.line)
            self._loose.append(Problem(record.location, None, exc.field, exc.reason))
            return
        draft = self._drafts.get(rma_number)
        if draft is None:
            draft = self._drafts[rma_number] = _Draft(rma_number, _kept(record.location))
        elif record.complete:
            _note(draft, Problem(record.location, rma_number, "rma_number",
                                 f"appears a second time (first at {_place(draft.location).describe()})"))
            return

        def problem(location: Location, fld: str | None, reason: str) -> None:
            _note(draft, Problem(location, rma_number, fld, reason))

        for fld, reason in record.problems:
            problem(record.location, fld, reason)
        errors: list[FieldError] = []
        fields = self._fields(record.values, errors)
        for exc in errors:
            problem(record.location, exc.field, exc.reason)
        if fields is not None:
            if draft.fields is None:
                draft.fields = fields
                draft.fields_from = draft.location if record.location == _place(draft.location) else \
                    _kept(record.location)
            elif fields is not draft.fields:
                for name in _differences(draft.fields, fields):
                    if name in record.merge:
                        draft.fields, which = merged_field(draft.fields, fields, name)
                        draft.merged |= which
                        continue
                    assert draft.fields_from is not None
                    problem(record.location, name,
                            f"differs from {_place(draft.fields_from).describe()} of the same return; a return's own "
                            "fields must be the same on each of its rows")
        if record.complete and not record.lines and not any(fld == "lines" for fld, _ in record.problems):
            problem(record.location, "lines", "a return needs at least one line")
        # A JSON return comes whole in one record; the line numbers of a CSV return are kept for its later rows.
        seen: dict[int, Location] = {}
        checked: list[ReturnLine] = []
        for raw_line in record.lines:
            line = self._line(draft, raw_line, record.number_lines, seen, problem)
            if line is not None:
                checked.append(line)
        if not draft.problems and fields is not None:
            self.store.add((rma_number, None if draft.stored else fields, tuple(checked)))
            draft.stored = True

    def _line(self, draft: _Draft, raw_line: RawLine, number: bool, seen: dict[int, Location],
              problem: Callable[[Location, str | None, str], None]) -> ReturnLine | None:
        errors: list[FieldError] = []
        line = _line(raw_line.values, errors, draft.line_count + 1 if number else None)
        for exc in errors:
            problem(raw_line.location, exc.field, exc.reason)
        if line is None:
            return None
        if number:   # numbered here, in arrival order: nothing to check it against
            draft.line_count += 1
            return line
        earlier = seen.get(line.line_no)
        if earlier is None and draft.line_rows is not None and line.line_no in draft.line_rows:
            earlier = Location(line=draft.line_rows[line.line_no])
        if earlier is not None:
            problem(raw_line.location, "line_no", f"line number {line.line_no} is used twice in this return "
                    f"(also at {earlier.describe()})")
            return None
        seen[line.line_no] = raw_line.location
        if raw_line.location.line is not None:   # a CSV row: later rows of this return are checked against it
            if draft.line_rows is None:
                draft.line_rows = {}
            draft.line_rows[line.line_no] = raw_line.location.line
        draft.line_count += 1
        return line

    def _shared_tracking_numbers(self) -> None:
        """A tracking number names one parcel, so one return; two returns naming it leave the parcel ambiguous."""
        first: dict[str, _Draft] = {}              # a number -> the return naming it first
        shared: dict[str, list[_Draft]] = {}       # only the numbers named more than once: few
        for draft in self._drafts.values():
            for number in draft.fields.tracking_numbers if draft.fields else ():
                owner = first.setdefault(number, draft)
                if owner is not draft:
                    shared.setdefault(number, [owner]).append(draft)
        del first
        for number, sharing in shared.items():
            names = ", ".join(d.rma_number for d in sharing)
            for draft in sharing:
                _note(draft, Problem(_place(draft.fields_from or draft.location), draft.rma_number, "tracking_numbers",
                                     f"{number} is named by more than one return ({names})"))

    def finish(self) -> CheckResult:
        self._shared_tracking_numbers()
        accepted, rejected, problems = [], [], list(self._loose)
        line_counts: dict[str, int] = {}
        merged: dict[str, Merged] = {}
        drafts, self._drafts = self._drafts, {}
        for rma_number in list(drafts):
            draft = drafts.pop(rma_number)   # let go of each as it is judged: this is the import's peak of memory
            if draft.problems or draft.fields is None:
                rejected.append(draft.rma_number)
                problems.extend(draft.problems or ())
            else:
                accepted.append(draft.rma_number)
                line_counts[draft.rma_number] = draft.line_count
                if draft.merged:
                    merged[draft.rma_number] = changes(draft.fields, draft.merged)
        problems.sort(key=_sort_key)
        self._loose = []
        return CheckResult(tuple(accepted), tuple(rejected), tuple(problems), self.records_read, line_counts, merged)


def _note(draft: _Draft, problem: Problem) -> None:
    if draft.problems is None:
        draft.problems = []   # most returns have none: no empty list for each
    draft.problems.append(problem)


def whole_returns(store: LineStore, result: CheckResult, renumber: bool = False) -> Iterator[Return]:
    """The good returns, read back from the store, each handed out whole as soon as its last line is read (the rows
    of a CSV return are usually next to each other, so only a few wait at a time).

    `renumber`: for a source whose rows carry no line number and come in no fixed order (Amazon's report), the lines
    are numbered by their content, so the same return read again keeps its line numbers."""
    waiting: dict[str, tuple[ReturnFields, list[ReturnLine]]] = {}
    for rma_number, fields, lines in store.entries():
        wanted = result.line_counts.get(rma_number)
        if wanted is None:
            continue   # a rejected return's early rows
        if fields is not None:
            waiting[rma_number] = (with_changes(fields, result.merged.get(rma_number)), [])
        gathered = waiting[rma_number]
        gathered[1].extend(lines)
        if len(gathered[1]) == wanted:
            del waiting[rma_number]
            yield _whole(rma_number, gathered[0], gathered[1], renumber)
    if waiting:
        raise AssertionError(f"returns left incomplete after reading back the checked lines: {sorted(waiting)[:5]}")


def _whole(rma_number: str, f: ReturnFields, lines: list[ReturnLine], renumber: bool) -> Return:
    ordered = numbered_by_content(lines) if renumber else tuple(sorted(lines, key=lambda line: line.line_no))
    return Return(id="", rma_number=rma_number, order_number=f.order_number, customer_reason=f.customer_reason,
                  delivered_on=f.delivered_on, status=f.status, tracking_numbers=f.tracking_numbers,
                  lines=ordered, customer_id=f.customer_id, customer_orders=f.customer_orders)


def plan_import(records: Iterable[RawReturn], today: dt.date) -> ImportPlan:
    """Every record checked and the good returns built in memory: for a page pulled from the hub or the demo
    returns. An import file goes through `ReturnChecker` with a `FileStore` instead (see `import_file`)."""
    store = MemoryStore()
    checker = ReturnChecker(today, store)
    for record in records:
        checker.add(record)
    result = checker.finish()
    built = {ret.rma_number: ret for ret in whole_returns(store, result)}
    return ImportPlan(tuple(built[name] for name in result.accepted), result.rejected, result.problems,
                      result.records_read)
