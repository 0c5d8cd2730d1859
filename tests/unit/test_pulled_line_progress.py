"""Storing the progress pulled with returns: other stations' counts replace what the bench knew, per return."""
from __future__ import annotations

from sqlalchemy import select

from inspector.storage.orm import LineProgressRow
from inspector.sync.pulling import served_progress, store_returns
from inspector.usecases.line_progress import LineProgress
from tests.conftest import MUG_GTIN, NOW
from tests.integration.faults.workload import make_bench


def document(rma: str, progress=None, quantity: int = 2) -> dict:
    doc = {"rma_number": rma, "order_number": "ORD-1", "customer_reason": "", "delivered_on": None,
           "status": "open", "tracking_numbers": [],
           "lines": [{"line_no": 1, "sku": "MUG", "gtin": MUG_GTIN, "description": "Mug", "quantity": quantity,
                      "unit_price": "9.99", "currency": "EUR", "category": "home", "serials": []}]}
    if progress is not None:
        doc["progress"] = progress
    return doc


def kept(bench) -> set[tuple[str, int, str, int]]:
    with bench.database.engine.connect() as conn:
        return {tuple(r) for r in conn.execute(select(LineProgressRow.__table__))}


def test_other_stations_counts_are_kept_and_replaced_per_return(tmp_path):
    bench = make_bench(tmp_path, "B1")
    try:
        stored = store_returns([
            document("RMA-100001", [{"line_no": 1, "station": "B1", "inspected": 1},      # our own: counted from rows
                               {"line_no": 1, "station": "B2", "inspected": 1},
                               {"line_no": 1, "station": "B3", "inspected": 2}]),
            document("RMA-100002", [{"line_no": 1, "station": "B2", "inspected": 1}]),
            document("RMA-100009", [{"line_no": 1, "station": "B2", "inspected": 1}], quantity=0),
        ], bench.uow(), NOW, own_station="B1")
        # The "progress" key never reaches the import checks; a return they refuse keeps no progress either.
        assert (stored.added, stored.refused) == (2, ("RMA-100009",))
        assert kept(bench) == {("RMA-100001", 1, "B2", 1), ("RMA-100001", 1, "B3", 2), ("RMA-100002", 1, "B2", 1)}

        # RMA-1 again: B3's unit was cancelled, so the hub no longer lists it. RMA-2 was not in this page.
        store_returns([document("RMA-100001", [{"line_no": 1, "station": "B2", "inspected": 1}])], bench.uow(), NOW,
                      own_station="B1")
        assert kept(bench) == {("RMA-100001", 1, "B2", 1), ("RMA-100002", 1, "B2", 1)}
        store_returns([document("RMA-100001", [])], bench.uow(), NOW, own_station="B1")
        assert kept(bench) == {("RMA-100002", 1, "B2", 1)}
        # A hub from before the site serves no progress at all: what the bench knew stays.
        assert store_returns([document("RMA-100002")], bench.uow(), NOW, own_station="B1").updated == 1
        assert kept(bench) == {("RMA-100002", 1, "B2", 1)}
    finally:
        bench.close()


def test_a_malformed_progress_entry_is_passed_over():
    assert served_progress([
        {"line_no": 1, "station": "B2", "inspected": 1},
        {"line_no": "1", "station": "B2", "inspected": 1}, {"line_no": 0, "station": "B2", "inspected": 1},
        {"line_no": 1, "station": "", "inspected": 1}, {"line_no": 1, "station": "B" * 65, "inspected": 1},
        {"line_no": 1, "station": "B3", "inspected": -1}, {"line_no": 1, "station": "B3", "inspected": True},
        {"line_no": 1, "station": "B3", "inspected": 2**40}, ["not", "an", "object"], None,
        {"line_no": 2, "station": "B2", "inspected": 3}, {"line_no": 2, "station": "B2", "inspected": 4},
    ]) == [LineProgress(1, "B2", 1), LineProgress(2, "B2", 4)]
    assert served_progress({"line_no": 1}) == [] and served_progress(None) == []
