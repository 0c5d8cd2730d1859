"""Issue 13's import fields (customer, requested outcome, exchange SKU, unit weight) from CSV and JSON files into a
real SQLite file, read back as stored; and the hub's format-2 page (a customer block) stored by the pull."""
from __future__ import annotations

import datetime as dt
import json
import re
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select

from inspector.domain.fraud import CustomerHistory
from inspector.importing import import_returns_file, plan_import
from inspector.importing.json_reader import read_json
from inspector.storage.orm import ReturnLineRow, ReturnRow
from inspector.storage.snapshots import load_return
from inspector.sync.pulling import store_returns
from inspector.usecases.unit_of_work import UnitOfWork

AT = dt.datetime(2026, 11, 23, 10, 0, tzinfo=dt.timezone.utc)   # the import's clock: "today" for delivered_on
SAMPLE = Path(__file__).resolve().parents[2] / "docs" / "samples" / "outcomes-returns.csv"
HEADER = ("rma_number,order_number,line_no,sku,quantity,unit_price,currency,customer_id,customer_orders,"
          "requested_outcome,exchange_sku,exchange_description,unit_weight_g")


def _stored(database) -> dict[str, dict]:
    with database.session() as s:
        out = {}
        for r in s.scalars(select(ReturnRow)):
            lines = s.scalars(select(ReturnLineRow).where(ReturnLineRow.return_id == r.id)
                              .order_by(ReturnLineRow.line_no)).all()
            out[r.rma_number] = {"customer": (r.customer_id, r.customer_orders), "history": r.customer_history,
                                 "lines": [(ln.line_no, ln.sku, ln.unit_price, ln.requested_outcome,
                                            ln.exchange_sku, ln.exchange_description, ln.unit_weight_g)
                                           for ln in lines]}
        return out


def _import(tmp_path, database, policy, text: str, name: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return import_returns_file(path, None, UnitOfWork(database, policy), AT)


def test_the_sample_csv_imports_every_new_field(database, policy):
    report = import_returns_file(SAMPLE, None, UnitOfWork(database, policy), AT)
    assert report.problems == () and report.added == 3
    db = _stored(database)
    assert db["RMA-200101"]["customer"] == ("CUST-4471", 6)
    assert db["RMA-200101"]["lines"] == [
        (1, "TEE-S-BLU", Decimal("24.90"), "exchange", "TEE-M-BLU", "T-shirt M blue", 180),
        (2, "SOCK-3P", Decimal("9.90"), "store_credit", None, None, 120)]
    assert db["RMA-200102"]["customer"] == ("CUST-0093", 1)
    assert db["RMA-200102"]["lines"] == [(1, "HP-NC700", Decimal("149.99"), "refund", None, None, 254)]
    # All optional: a return without them is stored as before.
    assert db["RMA-200103"]["customer"] == (None, None)
    assert db["RMA-200103"]["lines"] == [(1, "EB-TWS-3", Decimal("12800"), None, None, None, None)]
    with database.engine.connect() as conn:
        rma = load_return(conn, database_id(database, "RMA-200101"))
    assert (rma.customer_id, rma.customer_orders) == ("CUST-4471", 6)
    assert rma.lines[0].requested_outcome == "exchange" and rma.lines[0].unit_weight_g == 180


def database_id(database, rma_number: str) -> str:
    with database.session() as s:
        return s.scalar(select(ReturnRow.id).where(ReturnRow.rma_number == rma_number))


def test_an_exchange_without_its_sku_rejects_the_return_and_keeps_the_others(tmp_path, database, policy):
    report = _import(tmp_path, database, policy, "\n".join((
        HEADER,
        "RMA-300001,O-1,1,TEE-S,1,24.90,EUR,C-1,3,exchange,,,180",
        "RMA-300002,O-2,1,TEE-S,1,24.90,EUR,C-1,3,EXCHANGE,TEE-M,,180",
        "RMA-300003,O-3,1,TEE-S,1,24.90,EUR,,,refund,TEE-M,,",
        "RMA-300004,O-4,1,TEE-S,1,24.90,EUR,,,voucher,TEE-M,,",
    )) + "\n", "exchange.csv")
    assert report.rejected == ("RMA-300001", "RMA-300003", "RMA-300004")
    said = {(p.rma_number, p.field): p.reason for p in report.problems}
    assert said[("RMA-300001", "exchange_sku")] == "is empty; an exchange needs the SKU to send instead"
    assert "requested_outcome is refund" in said[("RMA-300003", "exchange_sku")]
    # A request that cannot be read is reported once, not again as a SKU that does not fit it.
    assert set(k for k in said if k[0] == "RMA-300004") == {("RMA-300004", "requested_outcome")}
    assert list(_stored(database)) == ["RMA-300002"]
    assert _stored(database)["RMA-300002"]["lines"][0][3:5] == ("exchange", "TEE-M")


def test_a_returns_customer_must_be_the_same_on_each_of_its_rows(tmp_path, database, policy):
    report = _import(tmp_path, database, policy, "\n".join((
        HEADER,
        "RMA-300010,O-1,1,A,1,1.00,EUR,C-1,3,,,,",
        "RMA-300010,O-1,2,B,1,1.00,EUR,C-2,3,,,,",
        "RMA-300011,O-2,1,A,1,1.00,EUR,C-1,0,,,,",
        "RMA-300011,O-2,2,B,1,1.00,EUR,C-1,0,,,,",
    )) + "\n", "customer.csv")
    assert report.rejected == ("RMA-300010",)
    assert [(p.field, p.location.line) for p in report.problems] == [("customer_id", 3)]
    assert _stored(database)["RMA-300011"]["customer"] == ("C-1", 0)


def test_json_takes_the_new_keys_with_integers_where_numbers_are_meant(tmp_path, database, policy):
    document = {"returns": [
        {"rma_number": "RMA-300020", "order_number": "O-20", "customer_id": "gid://shopify/Customer/7",
         "customer_orders": 12,
         "lines": [{"line_no": 1, "sku": "TEE-S", "quantity": 2, "unit_price": "24.90", "currency": "EUR",
                    "requested_outcome": "store_credit", "unit_weight_g": 180}]},
        {"rma_number": "RMA-300021", "order_number": "O-21", "customer_orders": True,
         "lines": [{"line_no": 1, "sku": "TEE-S", "quantity": 1, "unit_price": "24.90", "currency": "EUR",
                    "unit_weight_g": 180.5, "exchange_sku": "TEE-M"}]},
    ]}
    report = _import(tmp_path, database, policy, json.dumps(document), "returns.json")
    assert report.rejected == ("RMA-300021",)
    assert sorted(p.field for p in report.problems) == ["customer_orders", "exchange_sku", "unit_weight_g"]
    db = _stored(database)
    assert db["RMA-300020"]["customer"] == ("gid://shopify/Customer/7", 12)
    assert db["RMA-300020"]["lines"] == [(1, "TEE-S", Decimal("24.90"), "store_credit", None, None, 180)]


def test_a_second_import_replaces_the_fields_and_clears_those_left_out(tmp_path, database, policy):
    _import(tmp_path, database, policy, HEADER + "\nRMA-300030,O-1,1,TEE-S,1,24.90,EUR,C-9,4,exchange,TEE-M,M,180\n",
            "first.csv")
    _import(tmp_path, database, policy, HEADER + "\nRMA-300030,O-1,1,TEE-S,1,24.90,EUR,,,,,,\n", "second.csv")
    db = _stored(database)
    assert db["RMA-300030"]["customer"] == (None, None)
    assert db["RMA-300030"]["lines"] == [(1, "TEE-S", Decimal("24.90"), None, None, None, None)]


def _served(rma: str, **extra) -> dict:
    return {"rma_number": rma, "order_number": "O-1", "customer_reason": "Too small", "delivered_on": None,
            "status": "open", "tracking_numbers": [], "progress": [],
            "lines": [{"line_no": 1, "sku": "TEE-S", "gtin": None, "description": "T-shirt", "quantity": 1,
                       "unit_price": "24.90", "currency": "EUR", "category": "", "serials": [],
                       "requested_outcome": "exchange", "exchange_sku": "TEE-M", "unit_weight_g": 180}],
            **extra}


def test_a_format_2_page_stores_the_customer_block_with_the_return(database, policy):
    block = {"returns": 3, "days": 90, "orders": 4, "rate_percent": "75.0", "as_of": "2026-11-23T10:00:00+00:00"}
    stored = store_returns([_served("RMA-300040", customer_id="CUST-1", customer_orders=4, customer=block),
                            _served("RMA-300041")], UnitOfWork(database, policy), AT)
    assert (stored.added, stored.refused, stored.problems) == (2, (), ())
    db = _stored(database)
    assert db["RMA-300040"]["customer"] == ("CUST-1", 4)
    assert CustomerHistory.from_json(db["RMA-300040"]["history"]) == CustomerHistory(
        3, 90, 4, Decimal("75.0"), "2026-11-23T10:00:00+00:00")
    assert db["RMA-300041"]["history"] is None
    with database.engine.connect() as conn:
        assert load_return(conn, database_id(database, "RMA-300040")).customer.returns == 3
    # The next pull without the block (the customer id was taken off upstream) forgets it.
    store_returns([_served("RMA-300040")], UnitOfWork(database, policy), AT)
    assert _stored(database)["RMA-300040"]["history"] is None
    assert _stored(database)["RMA-300040"]["customer"] == (None, None)


def test_the_documentations_outcome_example_is_valid():
    text = (Path(__file__).resolve().parents[2] / "docs" / "import-format.md").read_text(encoding="utf-8")
    example = re.findall(r"```json\n(.*?)```", text, re.S)[1]
    plan = plan_import(list(read_json(example.encode())), AT.date())
    assert plan.problems == () and [r.customer_id for r in plan.returns] == ["CUST-4471"]
    assert plan.returns[0].lines[0].exchange_sku == "TEE-M-BLU"
