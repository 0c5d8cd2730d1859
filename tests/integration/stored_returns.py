"""What an import left in a bench's SQLite file, read back independently of the import (for the import tests)."""
from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from inspector.storage.database import Database
from inspector.storage.orm import ReturnLineRow, ReturnRow, ReturnTrackingRow


def stored(data_dir: Path) -> dict[str, dict]:
    """Every return in the data dir's database by RMA number: its row id, fields, tracking numbers and lines."""
    db = Database.open_sqlite(data_dir / "bench.sqlite3")
    try:
        with db.session() as s:
            out = {}
            for r in s.scalars(select(ReturnRow)):
                lines = s.scalars(select(ReturnLineRow).where(ReturnLineRow.return_id == r.id)
                                  .order_by(ReturnLineRow.line_no)).all()
                tracking = s.scalars(select(ReturnTrackingRow.tracking_number)
                                     .where(ReturnTrackingRow.return_id == r.id)).all()
                out[r.rma_number] = {"id": r.id, "order": r.order_number, "status": r.status,
                                     "reason": r.customer_reason, "tracking": sorted(tracking),
                                     "lines": [(ln.line_no, ln.sku, ln.quantity, ln.unit_price, ln.currency)
                                               for ln in lines],
                                     "line_ids": [ln.id for ln in lines]}
            return out
    finally:
        db.dispose()
