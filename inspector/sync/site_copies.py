"""A supervisor desk's read-only copies of other stations' records, as the hub's site feed serves them.

Copies live in the bench's own tables with `origin = 'site'` (parcel_receipts, item_inspections with their
damage_findings, inspection_audit), so review, reports, export and insight read them unchanged. They are never queued
in the outbox, the bench's own work never sees them (its queries ask for `origin = 'own'`), and use cases that change
an item refuse them.

`store_copies(items, uow, own_station)` takes feed records `{"type", "id", "version", "station", "seq", "data"}`
(data in the upstream form of `inspector.usecases.records`) and, in one transaction:
- checks each with the hub's own record types; a malformed one is set aside with its reason, the rest is stored;
- skips the own station's records (the desk has them already, as its own);
- keeps the newest version of each record (an older or equal version changes nothing);
- maps the site's identities to this desk's rows: an RMA number to its `returns` row, an RMA number and line number
  to its `return_lines` row (None when this desk does not know the return);
- gives an operator id the desk does not know a placeholder row (origin 'site', inactive, a PIN hash that never
  verifies, a name saying unknown), so foreign keys hold until the site's team is pulled;
- gives an item whose parcel is missing a placeholder parcel (version 0, so the real parcel replaces it whenever
  it arrives; the hub's feed serves an item's parcel on the same page, so this is only a safety net);
- sets aside an override whose inspection this desk does not hold (the feed serves the inspection beside it).
License plates are unique in item_inspections but are not across benches: plates are random (10**15 of them), yet
generated ones (the demo's history, test and benchmark data) repeat from bench to bench. A copy whose plate is held
by another row is stored under a stand-in (`LP…~XXXX`, see `stand_in_plate`) and reported in `plates_renamed`.

`drop_old_copies(uow, before)` then removes the copies older than the review window, so a desk's database stays the
size of the window however long the site runs.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection, text
from sqlalchemy.exc import IntegrityError

from inspector.hub.record_types import problem_with
from inspector.storage.orm import SITE_COPY, SITE_OPERATOR, UtcDateTime
from inspector.usecases.unit_of_work import UnitOfWork

PARCEL, INSPECTION, OVERRIDE = "parcel_receipt", "item_inspection", "inspection_override"
PHOTO = "inspection_photo"    # stored by inspector.sync.site_photo_copies
# A PIN hash no PIN matches (inspector.domain.operators.verify_pin reads six `$` fields): a placeholder operator can
# never sign in, and `drop_old_copies` tells placeholders from real site operators by it.
PLACEHOLDER_PIN_HASH = "none$placeholder-for-an-operator-of-another-station"
PLACEHOLDER_VERSION = 0       # a placeholder parcel: any real version of the parcel replaces it
_CHUNK = 500                  # ids per IN list (SQLite allows 32766 variables; small lists keep plans simple)


@dataclass
class CopyReport:
    stored: int = 0                    # records written: new, or a newer version than the desk held
    unchanged: int = 0                 # held already at this version or a newer one
    own: int = 0                       # the own station's records, skipped
    set_aside: list[tuple[str, str]] = field(default_factory=list)         # (record id, reason)
    placeholder_operators: int = 0
    placeholder_parcels: int = 0
    plates_renamed: list[tuple[str, str]] = field(default_factory=list)    # (inspection id, plate stored)

    def add(self, other: "CopyReport") -> None:
        self.stored += other.stored
        self.unchanged += other.unchanged
        self.own += other.own
        self.set_aside.extend(other.set_aside)
        self.placeholder_operators += other.placeholder_operators
        self.placeholder_parcels += other.placeholder_parcels
        self.plates_renamed.extend(other.plates_renamed)

    def to_json(self) -> dict[str, Any]:
        return {"stored": self.stored, "unchanged": self.unchanged, "own": self.own,
                "set_aside": [{"id": i, "reason": r} for i, r in self.set_aside[:100]],
                "set_aside_count": len(self.set_aside), "placeholder_operators": self.placeholder_operators,
                "placeholder_parcels": self.placeholder_parcels,
                "plates_renamed": [{"id": i, "plate": p} for i, p in self.plates_renamed[:100]]}


@dataclass(frozen=True)
class DropReport:
    inspections: int
    audits: int
    parcels: int
    operators: int

    def to_json(self) -> dict[str, int]:
        return {"inspections": self.inspections, "audits": self.audits, "parcels": self.parcels,
                "operators": self.operators}


@dataclass(frozen=True)
class Copy:
    """A record of the site feed, its envelope checked."""
    type: str
    id: str
    version: int
    station: str
    data: dict[str, Any]


class _Malformed(ValueError):
    pass


# -- reading the page -------------------------------------------------------------------------------------------
def _envelope(item: Any) -> Copy:
    if type(item) is not dict:
        raise _Malformed("a feed record is a JSON object")
    kind, record_id, version, station, data = (item.get(k) for k in ("type", "id", "version", "station", "data"))
    if type(kind) is not str or type(record_id) is not str or not record_id:
        raise _Malformed("a feed record has a text type and id")
    if type(version) is not int or version < 1:
        raise _Malformed("version: a whole number from 1")
    if type(station) is not str or not station:
        raise _Malformed("station: text")
    if type(data) is not dict:
        raise _Malformed("data: a JSON object")
    return Copy(kind, record_id, version, station, data)


def _record_id(item: Any) -> str:
    named = item.get("id") if type(item) is dict else None
    return named[:64] if type(named) is str and named else "(no id)"


def _sorted_page(items: Iterable[Any], own_station: str, report: CopyReport) -> dict[str, dict[str, Copy]]:
    """The page's good records by type and id (the newest version of each); the rest counted or set aside."""
    page: dict[str, dict[str, Copy]] = {PARCEL: {}, INSPECTION: {}, OVERRIDE: {}, PHOTO: {}}
    for item in items:
        try:
            record = _envelope(item)
        except _Malformed as exc:
            report.set_aside.append((_record_id(item), str(exc)))
            continue
        if record.station == own_station:
            report.own += 1
            continue
        problem = problem_with(record.type, record.id, record.version, record.station, record.data)
        if problem is None and record.type not in page:     # a type the hub knows but desks keep no copy of
            problem = f"{record.type} records are not copied to a desk"
        if problem is not None:
            report.set_aside.append((record.id, problem))
            continue
        held = page[record.type].get(record.id)
        if held is None or held.version < record.version:
            page[record.type][record.id] = record
    return page


# -- the stored forms --------------------------------------------------------------------------------------------
def stored_time(text: str | None) -> str | None:
    if text is None:
        return None
    # What benches send is the stored form already, less a zero fraction (`UtcDateTime.isoformat_of_stored`):
    # taken as it is, as 700,000 items' times add up. Anything else goes the long way.
    if text.endswith("+00:00") and text[10:11] == "T":
        if len(text) == 32 and text[19] == ".":
            return text
        if len(text) == 25:
            return text[:19] + ".000000+00:00"
    return UtcDateTime.stored(dt.datetime.fromisoformat(text))


_time = stored_time     # the row builders' short name


def _money(text: str | None) -> str | None:
    return None if text is None else str(Decimal(text))


def _json(value: Any) -> str:
    return json.dumps(value, separators=(",", ":"), sort_keys=True)   # as orm.JsonText writes it


@lru_cache(maxsize=1024)
def _flags(flags: tuple[str, ...]) -> str:
    """A flag list as stored: a site's items carry few different ones, so each is written once."""
    return _json(list(flags))


def _chunks(values: Sequence[Any]) -> Iterable[Sequence[Any]]:
    for start in range(0, len(values), _CHUNK):
        yield values[start:start + _CHUNK]


def _rows(conn: Connection, sql: str, keys: Sequence[Any]) -> list[Any]:
    """`sql` holds one `{marks}` for an IN list; run once per chunk of `keys`."""
    found: list[Any] = []
    for part in _chunks(list(keys)):
        found.extend(conn.exec_driver_sql(sql.format(marks=",".join("?" * len(part))), tuple(part)).all())
    return found


def _held(conn: Connection, table: str, ids: Iterable[str]) -> dict[str, tuple[int, str]]:
    """id -> (version, origin) of the rows this desk holds already."""
    return {i: (v, o) for i, v, o in _rows(conn, f"SELECT id, version, origin FROM {table} WHERE id IN ({{marks}})",
                                           sorted(set(ids)))}


def _write(conn: Connection, table: str, columns: Sequence[str], rows: list[tuple[Any, ...]],
           existing: set[str]) -> None:
    """Inserts the new rows and replaces the older copies (their origin checked again in the statement)."""
    if not rows:
        return
    inserts = [r for r in rows if r[0] not in existing]
    updates = [(*r[1:], r[0]) for r in rows if r[0] in existing]
    if inserts:
        conn.exec_driver_sql(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
                             inserts)
    if updates:
        assignments = ", ".join(f"{c} = ?" for c in columns[1:])
        conn.exec_driver_sql(f"UPDATE {table} SET {assignments} WHERE id = ? AND origin = '{SITE_COPY}'", updates)


def _to_write(records: dict[str, Copy], held: dict[str, tuple[int, str]],
              report: CopyReport) -> list[Copy]:
    """The records newer than what the desk holds; a record bearing the id of one of the desk's own rows is set
    aside (another station cannot own it)."""
    chosen = []
    for record in records.values():
        found = held.get(record.id)
        if found is not None and found[1] != SITE_COPY:
            report.set_aside.append((record.id, "this id is one of this bench's own records"))
        elif found is not None and found[0] >= record.version:
            report.unchanged += 1
        else:
            chosen.append(record)
    return chosen


@dataclass(frozen=True)
class OnItems:
    """Records newer than the desk holds, parted by the item each names (`data["inspection_id"]`)."""
    held: set[str]            # ids the desk holds (older versions: to update)
    on_copies: list[Copy]     # the item is held here as a site copy
    on_own: list[Copy]        # the item is one of this desk's own
    missing: list[Copy]       # the item is not here


def newer_on_items(conn: Connection, table: str, records: dict[str, Copy], report: CopyReport) -> OnItems:
    """For records that name an item (decisions, photos): which to write, and which name no copy held here."""
    chosen = _to_write(records, held := _held(conn, table, records), report)
    origins = dict(_rows(conn, "SELECT id, origin FROM item_inspections WHERE id IN ({marks})",
                         sorted({r.data["inspection_id"] for r in chosen})))
    found = OnItems(set(held), [], [], [])
    for record in chosen:
        origin = origins.get(record.data["inspection_id"])
        (found.on_copies if origin == SITE_COPY else found.missing if origin is None else found.on_own).append(record)
    return found


# -- identities ----------------------------------------------------------------------------------------------------
def _returns_by_rma(conn: Connection, rma_numbers: Iterable[str | None]) -> dict[str, str]:
    wanted = sorted({n for n in rma_numbers if n})
    return dict(_rows(conn, "SELECT rma_number, id FROM returns WHERE rma_number IN ({marks})", wanted))


def _lines_by_identity(conn: Connection, rma_numbers: Iterable[str | None]) -> dict[tuple[str, int], str]:
    wanted = sorted({n for n in rma_numbers if n})
    return {(rma, no): line_id for rma, no, line_id in _rows(
        conn, "SELECT r.rma_number, l.line_no, l.id FROM return_lines AS l JOIN returns AS r ON r.id = l.return_id "
              "WHERE r.rma_number IN ({marks})", wanted)}


def placeholder_badge(operator_id: str) -> str:
    """Unique like the id, fits the badge column, and is nothing a badge scan gives (see inspector.scans)."""
    return "?site-" + hashlib.sha1(operator_id.encode("utf-8", "surrogatepass")).hexdigest()[:26]


def _placeholder_operators(conn: Connection, wanted: dict[str, str], report: CopyReport) -> None:
    """`wanted`: operator id -> a time it acted (the placeholder's created_at)."""
    if not wanted:
        return
    known = {row[0] for row in _rows(conn, "SELECT id FROM operators WHERE id IN ({marks})", sorted(wanted))}
    missing = [(op, placeholder_badge(op), f"Unknown operator {op[:8]}", "inspector", PLACEHOLDER_PIN_HASH, 0,
                _time(at), SITE_OPERATOR) for op, at in sorted(wanted.items()) if op not in known]
    if missing:
        conn.exec_driver_sql("INSERT INTO operators (id, badge, name, role, pin_hash, active, created_at, origin) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", missing)
        report.placeholder_operators += len(missing)


def ensure_operators(conn: Connection, wanted: dict[str, str]) -> int:
    """Placeholder rows for the operator ids (-> a time each acted, ISO text) this database does not hold yet, so
    rows naming them keep their foreign keys; the site's team pull turns a placeholder into the person. Returns how
    many were made."""
    report = CopyReport()
    _placeholder_operators(conn, wanted, report)
    return report.placeholder_operators


# -- parcels ---------------------------------------------------------------------------------------------------------
_PARCEL_COLUMNS = ("id", "return_id", "tracking_number", "carrier", "scanned_text", "station", "operator_id",
                   "received_at", "packaging_condition", "status", "flags", "completed_at", "version", "origin",
                   "weight_g", "weight_source", "expected_weight_g")


def _parcel_row(record: Copy, returns: dict[str, str]) -> tuple[Any, ...]:
    d = record.data
    rma = d["rma_number"]
    return (record.id, returns.get(rma) if rma else None, d["tracking_number"], d["carrier"],
            d["tracking_number"] or rma or "", record.station, d["operator_id"], _time(d["received_at"]),
            d["packaging_condition"], d["status"], _flags(tuple(d["flags"])), _time(d["completed_at"]), record.version,
            # Records of benches from before issue 13 have no weighing: .get()
            SITE_COPY, d.get("weight_g"), d.get("weight_source"), d.get("expected_weight_g"))


def _store_parcels(conn: Connection, records: dict[str, Copy], report: CopyReport) -> None:
    chosen = _to_write(records, held := _held(conn, "parcel_receipts", records), report)
    if not chosen:
        return
    returns = _returns_by_rma(conn, (r.data["rma_number"] for r in chosen))
    _placeholder_operators(conn, {r.data["operator_id"]: r.data["received_at"] for r in chosen}, report)
    _write(conn, "parcel_receipts", _PARCEL_COLUMNS, [_parcel_row(r, returns) for r in chosen], set(held))
    report.stored += len(chosen)


def _placeholder_parcels(conn: Connection, items: list[Copy], returns: dict[str, str],
                         report: CopyReport) -> None:
    """A stand-in for each parcel the desk does not hold yet, made from its first item."""
    wanted: dict[str, Copy] = {}
    for item in items:
        wanted.setdefault(item.data["parcel_id"], item)
    present = {row[0] for row in _rows(conn, "SELECT id FROM parcel_receipts WHERE id IN ({marks})", sorted(wanted))}
    rows, operators = [], {}
    for parcel_id, item in sorted(wanted.items()):
        if parcel_id in present:
            continue
        d, rma = item.data, item.data.get("rma_number")
        rows.append((parcel_id, returns.get(rma) if rma else None, None, None, "", item.station, d["operator_id"],
                     _time(d["started_at"]), "intact", "open", "[]", None, PLACEHOLDER_VERSION, SITE_COPY,
                     None, None, None))
        operators.setdefault(d["operator_id"], d["started_at"])
    if rows:
        _placeholder_operators(conn, operators, report)
        _write(conn, "parcel_receipts", _PARCEL_COLUMNS, rows, set())
        report.placeholder_parcels += len(rows)


# -- item inspections --------------------------------------------------------------------------------------------
_INSPECTION_COLUMNS = ("id", "license_plate", "parcel_id", "return_line_id", "scanned_text", "gtin", "sku", "serial",
                       "lot", "expiry", "description", "match_kind", "flags", "grade", "unit_price", "currency",
                       "deduction_total", "refund", "proposed_disposition", "disposition", "disposition_reason",
                       "bin", "note", "status", "operator_id", "station", "started_at", "completed_at",
                       "label_prints", "version", "origin", "requested_outcome", "outcome", "outcome_amount",
                       "outcome_basis", "exchange_sku", "weight_g", "weight_source", "risk")
STAND_IN_MARK = "~"


def stand_in_plate(plate: str, record_id: str, attempt: int = 0) -> str:
    """The plate a copy is stored under when another row holds its own: the plate cut to leave room, a mark that no
    printed plate carries, and four characters from the record's id (the same each time, so a newer version of the
    copy keeps it)."""
    digest = hashlib.sha1(f"{record_id}:{attempt}".encode("utf-8", "surrogatepass")).hexdigest().upper()[:4]
    return plate[:11] + STAND_IN_MARK + digest


def _plates(conn: Connection, chosen: list[Copy], report: CopyReport) -> dict[str, str]:
    """The plate each copy is stored under: its own, unless another row (or an earlier copy of the page) has it."""
    wanted = [r.data["license_plate"] for r in chosen]
    taken = dict(_rows(conn, "SELECT license_plate, id FROM item_inspections WHERE license_plate IN ({marks})",
                       sorted(set(wanted))))
    given: dict[str, str] = {}
    for record in chosen:
        plate, attempt = record.data["license_plate"], 0
        candidate = plate
        while taken.get(candidate, record.id) != record.id:
            candidate = stand_in_plate(plate, record.id, attempt)
            if candidate not in taken:
                owner = conn.exec_driver_sql("SELECT id FROM item_inspections WHERE license_plate = ?",
                                             (candidate,)).scalar()
                if owner is not None:
                    taken[candidate] = owner
            attempt += 1
        taken[candidate] = record.id
        given[record.id] = candidate
        if candidate != plate:
            report.plates_renamed.append((record.id, candidate))
    return given


def _inspection_row(record: Copy, plate: str, lines: dict[tuple[str, int], str]) -> tuple[Any, ...]:
    d = record.data
    rma, line_no = d.get("rma_number"), d.get("line_no")
    line_id = lines.get((rma, line_no)) if rma and line_no is not None else None
    return (record.id, plate, d["parcel_id"], line_id, d["gtin"] or d["sku"] or d["serial"] or "", d["gtin"], d["sku"],
            d["serial"], d["lot"], d["expiry"], d["description"], d["match_kind"], _flags(tuple(d["flags"])),
            d["grade"], _money(d["unit_price"]), d["currency"], _money(d["deduction_total"]), _money(d["refund"]),
            d["proposed_disposition"], d["disposition"], d["disposition_reason"], d["bin"], d["note"], d["status"],
            d["operator_id"], record.station, _time(d["started_at"]), _time(d["completed_at"]), 0, record.version,
            # Records of benches from before issue 13 lack these (.get): an outcome left NULL reads as a refund.
            SITE_COPY, d.get("requested_outcome"), d.get("outcome"), _money(d.get("outcome_amount")),
            d.get("outcome_basis"), d.get("exchange_sku"), d.get("weight_g"), d.get("weight_source"),
            None if (risk := d.get("risk")) is None else _json(risk))


def _store_inspections(conn: Connection, records: dict[str, Copy], report: CopyReport) -> None:
    chosen = _to_write(records, held := _held(conn, "item_inspections", records), report)
    if not chosen:
        return
    rma_numbers = [r.data.get("rma_number") for r in chosen]
    _placeholder_parcels(conn, chosen, _returns_by_rma(conn, rma_numbers), report)
    _placeholder_operators(conn, {r.data["operator_id"]: r.data["started_at"] for r in chosen}, report)
    lines = _lines_by_identity(conn, rma_numbers)
    plates = _plates(conn, chosen, report)
    _write(conn, "item_inspections", _INSPECTION_COLUMNS,
           [_inspection_row(r, plates[r.id], lines) for r in chosen], set(held))
    written = [r.id for r in chosen if r.id in held]
    for part in _chunks(written):
        conn.exec_driver_sql(f"DELETE FROM damage_findings WHERE inspection_id IN ({','.join('?' * len(part))})",
                             tuple(part))
    findings = [(r.id, f["code"], _money(f["deduction"]), f["basis"]) for r in chosen for f in r.data["findings"]]
    if findings:
        conn.exec_driver_sql("INSERT OR REPLACE INTO damage_findings (inspection_id, code, deduction, basis) "
                             "VALUES (?, ?, ?, ?)", findings)
    report.stored += len(chosen)


# -- supervisors' decisions ------------------------------------------------------------------------------------------
_AUDIT_COLUMNS = ("id", "inspection_id", "action", "before", "after", "reason", "operator_id", "station", "at",
                  "inspection_version", "version", "origin")


def _store_overrides(conn: Connection, records: dict[str, Copy], report: CopyReport) -> None:
    found = newer_on_items(conn, "inspection_audit", records, report)
    # A decision on this desk's own item: the decisions pull applies it to the item and keeps its row
    # (`inspector.sync.decision_pull`); storing it here first would make that pull pass it over.
    report.own += len(found.on_own)
    report.set_aside.extend((r.id, "the inspection it decides on is not at this desk") for r in found.missing)
    kept = found.on_copies
    if not kept:
        return
    _placeholder_operators(conn, {r.data["operator_id"]: r.data["at"] for r in kept}, report)
    _write(conn, "inspection_audit", _AUDIT_COLUMNS, [
        (r.id, r.data["inspection_id"], r.data["action"], _json(r.data["before"]), _json(r.data["after"]),
         r.data["reason"], r.data["operator_id"], r.station, _time(r.data["at"]), r.data["inspection_version"],
         r.version, SITE_COPY) for r in kept], found.held)
    report.stored += len(kept)


# -- the contract ------------------------------------------------------------------------------------------------
def _store_page(uow: UnitOfWork, page: dict[str, dict[str, Copy]], report: CopyReport) -> None:
    from inspector.sync.site_photo_copies import store_photos   # it builds on this module's helpers
    with uow:
        conn = uow.connection
        # Parcels, then items (which name parcels), then decisions and photos (which name items).
        _store_parcels(conn, page[PARCEL], report)
        _store_inspections(conn, page[INSPECTION], report)
        _store_overrides(conn, page[OVERRIDE], report)
        store_photos(conn, page.get(PHOTO, {}), report)
        uow.commit()


def store_copies(items: list[dict[str, Any]], uow: UnitOfWork, own_station: str) -> CopyReport:
    """Stores a page of the site feed as read-only copies, in one transaction of its own (`with uow:` inside; the
    unit of work is used again, one record at a time, only if the page as a whole breaks a constraint)."""
    report = CopyReport()
    page = _sorted_page(items, own_station, report)
    try:
        _store_page(uow, page, report)
    except IntegrityError:
        # Something the checks above did not foresee: each record on its own, so only the one at fault is set
        # aside and the page's others are kept (a page that always failed would stop the desk's feed for good).
        report = CopyReport(own=report.own, set_aside=report.set_aside)
        for kind in (PARCEL, INSPECTION, OVERRIDE, PHOTO):
            for record in page[kind].values():
                alone = CopyReport()
                try:
                    alone_page = {PARCEL: {}, INSPECTION: {}, OVERRIDE: {}, PHOTO: {}} | {kind: {record.id: record}}
                    _store_page(uow, alone_page, alone)
                except IntegrityError as exc:
                    alone = CopyReport(set_aside=[(record.id, f"not stored: {str(exc.orig)[:200]}")])
                report.add(alone)
    return report


# Found through their parcels (the (origin, received_at) index): a copy's parcel was received before the item was
# started, and a desk that works itself must not read its own years of items on every pass to find none.
_DROPPED_ITEMS = f"""
SELECT i.id FROM parcel_receipts AS p JOIN item_inspections AS i ON i.parcel_id = p.id
WHERE p.origin = '{SITE_COPY}' AND p.received_at < :before AND i.origin = '{SITE_COPY}'
  AND (i.completed_at < :before OR (i.completed_at IS NULL AND i.started_at < :before))
  AND i.id NOT IN (SELECT inspection_id FROM inspection_audit WHERE origin != '{SITE_COPY}')
"""


def drop_old_copies(uow: UnitOfWork, before: dt.datetime) -> DropReport:
    """Removes copies that happened before `before` (an item by its completion, else its start; a decision by its
    time; a parcel by its receipt once none of its items is left) and the placeholder operators no row names any
    more. A copy one of the desk's own decisions names stays (its foreign key)."""
    at = UtcDateTime.stored(before)
    with uow:
        conn = uow.connection
        params = {"before": at}
        # Only decisions on copies: a decision made elsewhere on one of this bench's own items, pulled and applied
        # (`inspector.usecases.site_decisions`), is part of that item's history and stays with it.
        audits = conn.execute(text(
            f"DELETE FROM inspection_audit WHERE origin = '{SITE_COPY}' AND inspection_id IN "
            f"(SELECT id FROM item_inspections WHERE origin = '{SITE_COPY}') AND "
            f"(at < :before OR inspection_id IN ({_DROPPED_ITEMS}))"), params).rowcount
        conn.execute(text(f"DELETE FROM damage_findings WHERE inspection_id IN ({_DROPPED_ITEMS})"), params)
        items = conn.execute(text(f"DELETE FROM item_inspections WHERE id IN ({_DROPPED_ITEMS})"), params).rowcount
        parcels = conn.execute(text(
            f"DELETE FROM parcel_receipts WHERE origin = '{SITE_COPY}' AND received_at < :before AND NOT EXISTS "
            "(SELECT 1 FROM item_inspections AS i WHERE i.parcel_id = parcel_receipts.id)"), params).rowcount
        # Only when copies went: the operators' foreign keys have no index, and nothing else frees a placeholder.
        operators = 0 if not (audits or items or parcels) else conn.execute(text(
            "DELETE FROM operators WHERE origin = :site AND pin_hash = :placeholder "
            "AND NOT EXISTS (SELECT 1 FROM parcel_receipts AS p WHERE p.operator_id = operators.id) "
            "AND NOT EXISTS (SELECT 1 FROM item_inspections AS i WHERE i.operator_id = operators.id) "
            "AND NOT EXISTS (SELECT 1 FROM inspection_audit AS a WHERE a.operator_id = operators.id)"),
            {"site": SITE_OPERATOR, "placeholder": PLACEHOLDER_PIN_HASH}).rowcount
        uow.commit()
    return DropReport(items, audits, parcels, operators)
