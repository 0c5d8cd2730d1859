"""Rows for generated history, collected per table and written with Core `insert()` executemany in big transactions.

The ORM's unit of work costs far too much per object for a million rows; the tables are the ORM's own, so types
(exact money text, UTC times, JSON lists) are bound exactly as the use cases bind them.
"""
from __future__ import annotations

from typing import Any, cast

from sqlalchemy import Connection, Table, insert

from inspector.storage.orm import (FindingRow, InspectionRow, OutboxRow, ParcelRow, ReturnLineRow, ReturnRow,
                                   ReturnTrackingRow)

# Foreign keys are on: parents before children.
TABLE_ORDER: tuple[Table, ...] = tuple(cast(Table, row.__table__) for row in (
    ReturnRow, ReturnLineRow, ReturnTrackingRow, ParcelRow, InspectionRow, FindingRow, OutboxRow))


class RowBatch:
    def __init__(self) -> None:
        self.rows: dict[str, list[dict[str, Any]]] = {table.name: [] for table in TABLE_ORDER}

    def add(self, table: Table, row: dict[str, Any]) -> None:
        self.rows[table.name].append(row)

    def count(self, table: Table) -> int:
        return len(self.rows[table.name])

    def write(self, connection: Connection) -> None:
        for table in TABLE_ORDER:
            rows = self.rows[table.name]
            if rows:
                connection.execute(insert(table), rows)
        for rows in self.rows.values():
            rows.clear()
