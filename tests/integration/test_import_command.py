"""`inspector import-rmas` end to end on a real SQLite file: exit codes, what lands, what never half-lands."""
from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from pathlib import Path

import pytest

from inspector.cli.main import main
from tests.integration.stored_returns import stored

# Delivered a few days before the real today: the import refuses a delivery date in the future, so a fixed date
# would fail under a clock set before it (tests/shifted_clocks.sh).
DELIVERED = (dt.datetime.now(dt.timezone.utc).date() - dt.timedelta(days=3)).isoformat()
HEADER = ("rma_number,order_number,customer_reason,delivered_on,status,tracking_numbers,line_no,sku,gtin,"
          "description,quantity,unit_price,currency,category,serials")


def row(rma="RMA-100001", line_no=1, price="19.99", tracking="1Z4E7W903618442102", order="ORD-1", sku=None,
        status="open", quantity=1, currency="EUR"):
    return (f"{rma},{order},Too small,{DELIVERED},{status},{tracking},{line_no},{sku or f'SKU-{line_no}'},,"
            f"Rochie de vară,{quantity},{price},{currency},clothing,")


def write_csv(tmp_path: Path, *rows: str, name="returns.csv") -> Path:
    path = tmp_path / name
    path.write_text("\n".join((HEADER, *rows)) + "\n", encoding="utf-8")
    return path


def run(data_dir: Path, *args: str) -> int:
    return main(["--data-dir", str(data_dir), "import-rmas", *args])


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


def test_a_good_file_imports_everything(tmp_path, data_dir, capsys):
    path = write_csv(tmp_path, row(), row(line_no=2, price="5.00", quantity=2),
                     row("RMA-100002", tracking="3401234561", price="12800", currency="JPY"))
    assert run(data_dir, str(path)) == 0
    out = capsys.readouterr().out
    assert "Imported 2 return(s): 2 added, 0 updated." in out
    db = stored(data_dir)
    assert db["RMA-100001"]["lines"] == [(1, "SKU-1", 1, Decimal("19.99"), "EUR"), (2, "SKU-2", 2, Decimal("5.00"), "EUR")]
    assert db["RMA-100002"]["lines"] == [(1, "SKU-1", 1, Decimal("12800"), "JPY")]
    assert db["RMA-100002"]["tracking"] == ["3401234561"]


def test_partly_bad_file_imports_the_good_returns_whole_and_none_of_the_bad(tmp_path, data_dir, capsys):
    path = write_csv(tmp_path, row(), row(line_no=2, price="5.005"),          # RMA-100001: second line bad
                     row("RMA-100002", tracking="3401234561"),
                     row("RMA-100003", tracking="", quantity=0))
    assert run(data_dir, str(path)) == 1
    out = capsys.readouterr().out
    assert "Rejected 2 return(s), not imported at all: RMA-100001, RMA-100003." in out
    assert "line 3, unit_price [RMA-100001]: 5.005 has more decimals than EUR allows" in out
    assert "line 5, quantity [RMA-100003]: must be 1 or more, got 0" in out
    # Never half-imported: the good first line of RMA-100001 is not there either.
    assert set(stored(data_dir)) == {"RMA-100002"}


def test_a_problem_that_belongs_to_no_return_is_said_plainly(tmp_path, data_dir, capsys):
    path = write_csv(tmp_path, row(), row("", line_no=2, tracking=""))
    assert run(data_dir, str(path)) == 1
    out = capsys.readouterr().out
    assert "Imported 1 return(s): 1 added, 0 updated." in out and "Rejected" not in out
    assert "Left out 1 record(s) whose RMA number cannot be read: they belong to no return." in out
    assert "line 3, rma_number: is empty" in out


def test_reimport_updates_in_place(tmp_path, data_dir, capsys):
    first = write_csv(tmp_path, row(), row(line_no=2, price="5.00"), row(line_no=3, price="1.00"), name="a.csv")
    assert run(data_dir, str(first)) == 0
    before = stored(data_dir)["RMA-100001"]
    changed = dict(order="ORD-1B", status="cancelled", tracking="3401234561")
    second = write_csv(tmp_path, row(price="17.50", **changed), row(line_no=2, price="5.00", quantity=3, **changed),
                       name="b.csv")
    assert run(data_dir, str(second)) == 0
    assert "0 added, 1 updated" in capsys.readouterr().out
    after = stored(data_dir)["RMA-100001"]
    assert after["id"] == before["id"] and after["line_ids"] == before["line_ids"][:2]   # same rows, updated
    assert after["order"] == "ORD-1B" and after["status"] == "cancelled"
    assert after["tracking"] == ["3401234561"]
    assert after["lines"] == [(1, "SKU-1", 1, Decimal("17.50"), "EUR"), (2, "SKU-2", 3, Decimal("5.00"), "EUR")]


def test_a_rejected_reimport_leaves_the_previous_version_untouched(tmp_path, data_dir):
    assert run(data_dir, str(write_csv(tmp_path, row(), name="a.csv"))) == 0
    before = stored(data_dir)
    bad = write_csv(tmp_path, row(price="99.00"), row(line_no=2, price="oops"), name="b.csv")
    assert run(data_dir, str(bad)) == 1
    assert stored(data_dir) == before


@pytest.mark.parametrize("content", [
    b"",
    b"rma_number,order_number\nRMA-100001,ORD-1\n",
    (HEADER + "\n" + row()).encode("utf-8").replace(b"\xc4\x83", b"\xe3"),   # "ă" in Latin-1: not UTF-8
    (HEADER + ",surprise\n").encode(),
])
def test_unusable_csv_exits_2_and_writes_nothing(tmp_path, data_dir, capsys, content):
    path = tmp_path / "bad.csv"
    path.write_bytes(content)
    assert run(data_dir, str(path)) == 2
    err = capsys.readouterr().err
    assert err.startswith("Nothing imported: bad.csv: ")
    assert not (data_dir / "bench.sqlite3").exists()   # the database is not even opened


@pytest.mark.parametrize("content", [b'{"returns": [', b'{"returns": 5}', b"\xff\xfe{}", b"NaN"])
def test_unusable_json_exits_2(tmp_path, data_dir, capsys, content):
    path = tmp_path / "bad.json"
    path.write_bytes(content)
    assert run(data_dir, str(path)) == 2
    assert "Nothing imported" in capsys.readouterr().err


def test_missing_file_and_unknown_extension_exit_2(tmp_path, data_dir, capsys):
    assert run(data_dir, str(tmp_path / "nope.csv")) == 2
    assert "does not exist" in capsys.readouterr().err
    other = tmp_path / "returns.txt"
    other.write_text(HEADER + "\n" + row() + "\n")
    assert run(data_dir, str(other)) == 2
    assert "--format" in capsys.readouterr().err
    assert run(data_dir, str(other), "--format", "csv") == 0


def test_json_file_with_machine_readable_output(tmp_path, data_dir, capsys):
    good = {"rma_number": "RMA-200001", "order_number": "ORD-9", "delivered_on": DELIVERED,
            "tracking_numbers": ["EJ123456785JP"],
            "lines": [{"line_no": 1, "sku": "EB-1", "gtin": "4901234005013", "description": "无线蓝牙耳机",
                       "quantity": 1, "unit_price": "12800", "currency": "JPY", "category": "electronics"}]}
    bad = json.loads(json.dumps(good))
    bad.update(rma_number="RMA-200002", tracking_numbers=[])
    bad["lines"][0]["unit_price"] = 12800.0
    path = tmp_path / "returns.json"
    path.write_text(json.dumps({"returns": [good, bad]}, ensure_ascii=False), encoding="utf-8")
    assert run(data_dir, str(path), "--json") == 1
    report = json.loads(capsys.readouterr().out)
    assert report["imported"] == ["RMA-200001"] and report["rejected"] == ["RMA-200002"]
    assert report["added"] == 1 and report["ok"] is False
    (problem,) = report["problems"]
    assert problem["path"] == "returns[1].lines[0]" and problem["field"] == "unit_price"
    assert "float" in problem["reason"]
    assert stored(data_dir)["RMA-200001"]["lines"] == [(1, "EB-1", 1, Decimal("12800"), "JPY")]


def test_json_output_for_an_unusable_file(tmp_path, data_dir, capsys):
    path = tmp_path / "bad.json"
    path.write_text("{")
    assert run(data_dir, str(path), "--json") == 2
    report = json.loads(capsys.readouterr().out)
    assert report["ok"] is False and "broken JSON" in report["error"]
