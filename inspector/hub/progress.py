"""Each return's progress per line and station, kept as item inspections arrive and served with the return.

The site's identity of a return line is its RMA number and line number (a bench's row ids mean nothing elsewhere).
Every applied item inspection that names a line is kept as one unit in `hub_line_units`, with whether it counts
against that line by the bench's own rule (`counts_against_line`). When a return's counts change, the return takes
a new change number, so every bench pulls it again, with its progress (`progress_of`, in `feed.returns_since`).

This runs inside the push's transaction, on the hub's hot path: a batch whose records name no line costs one pass
over it in Python; otherwise one read of the batch's units, one write of those that changed, one read of which of
their returns the hub holds and one renumbering of those, whatever the batch's size.

Lock order (PostgreSQL, several hub processes): the push has taken the records' counter and its records by then;
this takes the units, then the returns' counter, then the returns, as `feed.store_returns` takes the counter before
the returns. Nothing takes them the other way round, so no two transactions wait on each other in a circle.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, NamedTuple

from sqlalchemy import Connection, bindparam, func, select

from inspector.domain.matching import MatchKind
from inspector.hub.schema import counters, line_units, return_docs
from inspector.hub.storage import now_iso

if TYPE_CHECKING:
    from inspector.hub.ingest import Incoming

ITEM_INSPECTION = "item_inspection"
# What uses up a line's quantity, as the bench counts it (`inspector.usecases.inspections._inspected_per_line`):
# a unit matched to the line, matched with a serial the line did not list, or without the serial the line asks for.
# A unit beyond the quantity, and a cancelled one, do not.
COUNTING_MATCHES = frozenset({MatchKind.MATCHED.value, MatchKind.SERIAL_MISMATCH.value,
                              MatchKind.SERIAL_MISSING.value})
CHUNK = 500   # ids per IN list: well within every database's limit on bound parameters


class Unit(NamedTuple):
    rma_number: str
    line_no: int
    counted: bool


def counts_against_line(data: dict[str, Any]) -> bool:
    return data.get("status") != "cancelled" and data.get("match_kind") in COUNTING_MATCHES


def units_of(applied: Iterable[Incoming]) -> dict[str, Unit]:
    """The applied item inspections that name a return line, by inspection id. An inspection's line is fixed when
    its unit is scanned, so a record that names none has nothing to change here."""
    return {r.id: Unit(rma, line_no, counts_against_line(r.data)) for r in applied
            if r.type == ITEM_INSPECTION and (rma := r.data.get("rma_number")) and (line_no := r.data.get("line_no"))}


def note_applied(conn: Connection, station: str, applied: list[Incoming]) -> None:
    """Called in the push's transaction with the records whose version was applied."""
    units = units_of(applied)
    if not units:
        return
    with _statements(conn) as db:
        ids = sorted(units)   # rows are locked in key order, as ingest locks its records
        before = {i: Unit(rma, line_no, bool(counted)) for i, rma, line_no, counted in db.units(ids)}
        changed = [i for i in ids if before.get(i) != units[i]]
        if not changed:
            return   # a new version that changed nothing a line counts (a grade, a note): returns stay as they are
        db.keep_units([(i, units[i].rma_number, units[i].line_no, station, units[i].counted) for i in changed])
        moved: Counter[tuple[str, int]] = Counter()
        for i in changed:
            old, new = before.get(i), units[i]
            if old is not None and old.counted:
                moved[(old.rma_number, old.line_no)] -= 1
            if new.counted:
                moved[(new.rma_number, new.line_no)] += 1
        _renumber(db, sorted({rma for (rma, _line), delta in moved.items() if delta}))


def _renumber(db: _Statements, rma_numbers: list[str]) -> None:
    """Gives each of these returns that the hub holds a new change number, so benches pull them again."""
    if not rma_numbers:
        return
    held = sorted(db.held(rma_numbers))
    if not held:
        return   # returns the hub was never given (imported at the benches from files): nobody pulls them
    # Taking the numbers locks the counter row until commit (see CounterRow), as `feed.store_returns` does.
    last = db.take_numbers(len(held))
    db.renumber(held, last - len(held) + 1, now_iso())


class _Statements:
    """The push path's statements, on the driver's own cursor in the push's transaction: on the hub's hot path,
    SQLAlchemy's work per statement and per row cost more than the statements themselves (as `ingest._store_sqlite`
    found). SQLite runs them as plain IN lists and executemany, which it does in-process."""

    UNITS = f"SELECT inspection_id, rma_number, line_no, counted FROM {line_units.name} WHERE inspection_id IN "
    KEEP = (f"INSERT INTO {line_units.name} (inspection_id, rma_number, line_no, station, counted) "
            "VALUES (?, ?, ?, ?, ?) ON CONFLICT (inspection_id) DO UPDATE SET rma_number = excluded.rma_number, "
            "line_no = excluded.line_no, station = excluded.station, counted = excluded.counted")
    HELD = f"SELECT rma_number FROM {return_docs.name} WHERE rma_number IN "
    NUMBERS = f"UPDATE {counters.name} SET value = value + ? WHERE name = 'returns' RETURNING value"
    RENUMBER = f"UPDATE {return_docs.name} SET seq = ?, updated_at = ? WHERE rma_number = ?"

    def __init__(self, cursor: Any) -> None:
        self.cursor = cursor

    def units(self, ids: list[str]) -> list[tuple[str, str, int, Any]]:
        return [row for chunk in _chunks(ids) for row in self.cursor.execute(self.UNITS + _marks(chunk), chunk)]

    def keep_units(self, rows: list[tuple[str, str, int, str, bool]]) -> None:
        self.cursor.executemany(self.KEEP, rows)

    def held(self, rma_numbers: list[str]) -> list[str]:
        return [rma for chunk in _chunks(rma_numbers)
                for (rma,) in self.cursor.execute(self.HELD + _marks(chunk), chunk).fetchall()]

    def take_numbers(self, count: int) -> int:
        return int(self.cursor.execute(self.NUMBERS, (count,)).fetchone()[0])

    def renumber(self, rma_numbers: list[str], first: int, at: str) -> None:
        self.cursor.executemany(self.RENUMBER, [(first + n, at, rma) for n, rma in enumerate(rma_numbers)])


class _PostgresStatements(_Statements):
    """PostgreSQL: a statement per row is a round trip to the server each, so every step is one statement over
    arrays (`= ANY`, `unnest`), whatever the batch's size."""

    UNITS = (f"SELECT inspection_id, rma_number, line_no, counted FROM {line_units.name} "
             "WHERE inspection_id = ANY(%s)")
    KEEP = (f"INSERT INTO {line_units.name} (inspection_id, rma_number, line_no, station, counted) "
            "SELECT * FROM unnest(%s::text[], %s::text[], %s::int[], %s::text[], %s::bool[]) "
            "ON CONFLICT (inspection_id) DO UPDATE SET rma_number = excluded.rma_number, "
            "line_no = excluded.line_no, station = excluded.station, counted = excluded.counted")
    HELD = f"SELECT rma_number FROM {return_docs.name} WHERE rma_number = ANY(%s)"
    NUMBERS = f"UPDATE {counters.name} SET value = value + %s WHERE name = 'returns' RETURNING value"
    RENUMBER = (f"UPDATE {return_docs.name} AS r SET seq = v.seq, updated_at = %s "
                "FROM unnest(%s::text[], %s::bigint[]) AS v(rma_number, seq) WHERE r.rma_number = v.rma_number")

    def units(self, ids: list[str]) -> list[tuple[str, str, int, Any]]:
        return self.cursor.execute(self.UNITS, (ids,)).fetchall()

    def keep_units(self, rows: list[tuple[str, str, int, str, bool]]) -> None:
        # Rows go in the order given (sorted by inspection id), so two batches lock them in the same order.
        self.cursor.execute(self.KEEP, [list(column) for column in zip(*rows, strict=True)])

    def held(self, rma_numbers: list[str]) -> list[str]:
        return [rma for (rma,) in self.cursor.execute(self.HELD, (rma_numbers,)).fetchall()]

    def take_numbers(self, count: int) -> int:
        return int(self.cursor.execute(self.NUMBERS, (count,)).fetchone()[0])

    def renumber(self, rma_numbers: list[str], first: int, at: str) -> None:
        # The returns' rows are locked only under the returns' counter (here and in `feed.store_returns`), so the
        # order the join takes them in cannot deadlock.
        self.cursor.execute(self.RENUMBER, (at, rma_numbers, list(range(first, first + len(rma_numbers)))))


@contextmanager
def _statements(conn: Connection) -> Iterator[_Statements]:
    cursor = conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:
        yield _PostgresStatements(cursor) if conn.dialect.name == "postgresql" else _Statements(cursor)
    finally:
        cursor.close()


def _marks(values: list[str]) -> str:
    return f"({', '.join('?' * len(values))})"


def _chunks(values: list[str]) -> Iterable[list[str]]:
    return (values[start:start + CHUNK] for start in range(0, len(values), CHUNK))


def progress_of(conn: Connection, rma_numbers: Sequence[str]) -> dict[str, list[dict[str, Any]]]:
    """Per return: what each station has inspected against each line, as `[{"line_no", "station", "inspected"}]`
    ordered by line and station; lines nobody has inspected against are left out."""
    found: dict[str, list[dict[str, Any]]] = {}
    for start in range(0, len(rma_numbers), CHUNK):
        for row in conn.execute(_PROGRESS, {"rmas": list(rma_numbers[start:start + CHUNK])}):
            found.setdefault(row.rma_number, []).append(
                {"line_no": row.line_no, "station": row.station, "inspected": row.inspected})
    return found


_PROGRESS = (select(line_units.c.rma_number, line_units.c.line_no, line_units.c.station,
                    func.count().label("inspected"))
             .where(line_units.c.rma_number.in_(bindparam("rmas", expanding=True)), line_units.c.counted.is_(True))
             .group_by(line_units.c.rma_number, line_units.c.line_no, line_units.c.station)
             .order_by(line_units.c.rma_number, line_units.c.line_no, line_units.c.station))
