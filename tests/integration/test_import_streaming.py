"""Large imports are streamed: the readers hand out the first return long before the end of the file, and a
mid-size file (several write batches, rows of a return far apart, bad returns among good) lands exactly as a small
one does: each return whole or not at all, nothing at all when the file turns out broken at its very end.

No timing or memory figure is asserted here (that is `tests/benchmarks/bench_import_memory.py`'s job); what is
checked is the shape that keeps memory flat: how far a file has been read when its first return comes out.
"""
from __future__ import annotations

import datetime as dt
import io
import json
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from inspector.cli.main import main
from inspector.demo.generated_codes import tracking_number
from inspector.importing.assembly import FileStore, ReturnChecker, whole_returns
from inspector.importing.csv_reader import read_csv
from inspector.importing.json_reader import read_json
from inspector.storage.database import Database
from inspector.storage.orm import ReturnLineRow, ReturnRow, ReturnTrackingRow
from inspector.usecases.returns import BATCH

TODAY = dt.datetime.now(dt.timezone.utc).date()     # the CLI checks against the real today too
# Delivered a few days before the real today: the import refuses a delivery date in the future, so a fixed date
# would fail under a clock set before it (tests/shifted_clocks.sh).
DELIVERED = (TODAY - dt.timedelta(days=3)).isoformat()
HEADER = ("rma_number,order_number,customer_reason,delivered_on,status,tracking_numbers,line_no,sku,gtin,"
          "description,quantity,unit_price,currency,category,serials")


class RecordingStream(io.BytesIO):
    """A file that remembers the furthest byte anyone has read from it."""

    def __init__(self, data: bytes) -> None:
        super().__init__(data)
        self.furthest = 0

    def read(self, size: int | None = -1) -> bytes:
        chunk = super().read(size)
        self.furthest = max(self.furthest, self.tell())
        return chunk


def csv_row(n: int, line_no: int, price: str | None = None, tracking: str | None = None) -> str:
    tracking = tracking_number("ups", n) if tracking is None else tracking
    return (f"RMA-{1_000_000 + n},ORD-{n},\"Prea mic, returnat\",{DELIVERED},open,{tracking},{line_no},"
            f"SKU-{n}-{line_no},4006381333931,Rochie de vară {line_no},{line_no},{price or f'{n % 997}.{line_no:02d}'},"
            f"EUR,clothing,")


def json_return(n: int, lines: int = 2) -> dict:
    return {"rma_number": f"RMA-{1_000_000 + n}", "order_number": f"ORD-{n}", "customer_reason": "صغير جدا",
            "delivered_on": DELIVERED, "tracking_numbers": [tracking_number("ups", n)],
            "lines": [{"line_no": k, "sku": f"SKU-{n}-{k}", "quantity": 1, "unit_price": f"{n % 997}.{k:02d}",
                       "currency": "EUR", "description": "无线蓝牙耳机"} for k in range(1, lines + 1)]}


# ---------------------------------------------------------------- the readers stream
def test_the_csv_reader_hands_out_the_first_return_before_reading_the_file():
    rows = [csv_row(n, 1) for n in range(30_000)]
    data = ("\ufeff" + HEADER + "\r\n" + "\r\n".join(rows) + "\r\n").encode()
    assert len(data) > 4 * 2**20
    stream = RecordingStream(data)
    records = read_csv(stream)
    first = next(records)
    assert first.values["rma_number"] == "RMA-1000000"
    assert stream.furthest <= 2 * 2**20 < len(data) // 2   # a piece read, not the file
    assert sum(1 for _ in records) == len(rows) - 1 and stream.furthest == len(data)


def test_the_json_reader_hands_out_the_first_return_before_reading_the_file():
    document = {"returns": [json_return(n) for n in range(12_000)]}
    data = json.dumps(document, ensure_ascii=False, indent=1).encode()
    assert len(data) > 5_000_000
    stream = RecordingStream(data)
    records = read_json(stream)
    first = next(records)
    assert first.values["rma_number"] == "RMA-1000000" and len(first.lines) == 2
    assert stream.furthest <= 2 * 2**20 < len(data) // 2
    assert sum(1 for _ in records) == 12_000 - 1


def test_a_return_split_across_reading_pieces_is_read_whole():
    # Pieces of 7 bytes cut every string, number, escape and multi-byte character somewhere.
    document = {"returns": [json_return(n, lines=3) for n in range(40)]}
    document["returns"][5]["customer_reason"] = "tab\\t \"quoted\" \u00e9\U0001F600 \\u00e9"
    data = json.dumps(document, ensure_ascii=False).encode()
    expected = [(r.values, [ln.values for ln in r.lines]) for r in read_json(data)]
    from inspector.importing import json_reader
    original = json_reader.text_chunks
    json_reader.text_chunks = lambda source: original(source, 7)
    try:
        got = [(r.values, [ln.values for ln in r.lines]) for r in read_json(data)]
    finally:
        json_reader.text_chunks = original
    assert got == expected and got[5][0]["customer_reason"] == document["returns"][5]["customer_reason"]


def test_checked_lines_wait_on_disk_and_come_back_whole_even_when_rows_are_far_apart():
    rows = [csv_row(n, 1) for n in range(300)] + [csv_row(n, 2) for n in range(300)]   # line 2s come much later
    store = FileStore()
    try:
        checker = ReturnChecker(TODAY, store)
        for record in read_csv(("\n".join([HEADER, *rows]) + "\n").encode()):
            checker.add(record)
        result = checker.finish()
        assert not result.problems and len(result.accepted) == 300
        back = list(whole_returns(store, result))
    finally:
        store.close()
    assert sorted(r.rma_number for r in back) == sorted(result.accepted)
    assert all([ln.line_no for ln in r.lines] == [1, 2] for r in back)
    assert back[0].lines[1].unit_price == Decimal("0.02") and back[0].customer_reason == "Prea mic, returnat"


# ---------------------------------------------------------------- a mid-size file end to end
def stored(data_dir: Path) -> dict[str, tuple]:
    db = Database.open_sqlite(data_dir / "bench.sqlite3")
    try:
        with db.session() as s:
            lines: dict[str, list] = {}
            for rma, line_no, sku, quantity, price in s.execute(
                    select(ReturnRow.rma_number, ReturnLineRow.line_no, ReturnLineRow.sku, ReturnLineRow.quantity,
                           ReturnLineRow.unit_price).join(ReturnLineRow, ReturnLineRow.return_id == ReturnRow.id)):
                lines.setdefault(rma, []).append((line_no, sku, quantity, price))
            tracking = dict(s.execute(select(ReturnTrackingRow.tracking_number, ReturnRow.rma_number)
                                      .join(ReturnRow, ReturnRow.id == ReturnTrackingRow.return_id)).all())
            return {rma: tuple(sorted(found)) for rma, found in lines.items()}, tracking
    finally:
        db.dispose()


def test_a_mid_size_csv_lands_whole_over_several_batches(tmp_path, capsys):
    count = 3 * BATCH + 17
    bad = {7, BATCH + 1, 2 * BATCH + 5}       # one bad return in each of several batches
    rows = [csv_row(n, 1) for n in range(count)]
    rows += [csv_row(n, 2, price="oops" if n in bad else None) for n in range(count)]   # far from their line 1
    path = tmp_path / "mid.csv"
    path.write_text("\n".join([HEADER, *rows]) + "\n", encoding="utf-8")
    data_dir = tmp_path / "data"
    assert main(["--data-dir", str(data_dir), "import-rmas", str(path), "--json"]) == 1
    report = json.loads(capsys.readouterr().out)
    assert report["added"] == count - len(bad) and report["records_read"] == 2 * count
    assert report["rejected"] == [f"RMA-{1_000_000 + n}" for n in sorted(bad)]
    assert [p["line"] for p in report["problems"]] == [2 + count + n for n in sorted(bad)]
    lines, tracking = stored(data_dir)
    assert len(lines) == count - len(bad) and not {f"RMA-{1_000_000 + n}" for n in bad} & set(lines)
    assert lines["RMA-1000600"] == ((1, "SKU-600-1", 1, Decimal("600.01")), (2, "SKU-600-2", 2, Decimal("600.02")))
    assert tracking[tracking_number("ups", 600)] == "RMA-1000600"

    # Again, changed: every return is updated in place, and a tracking number moves to the return that now names it
    # (across batches: the number's first owner is written in the first batch, its new owner in the last).
    moved = tracking_number("ups", 3)
    rows = [csv_row(n, 1, price="1.00", tracking="" if n == 3 else (moved if n == count - 1 else None))
            for n in range(count)]
    path.write_text("\n".join([HEADER, *rows]) + "\n", encoding="utf-8")
    assert main(["--data-dir", str(data_dir), "import-rmas", str(path), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert (report["added"], report["updated"]) == (len(bad), count - len(bad))
    lines, tracking = stored(data_dir)
    assert lines["RMA-1000600"] == ((1, "SKU-600-1", 1, Decimal("1.00")),)   # line 2 is gone from the file
    assert tracking[moved] == f"RMA-{1_000_000 + count - 1}"
    assert tracking_number("ups", count - 1) not in tracking


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_a_file_broken_at_its_very_end_writes_nothing(tmp_path, capsys, fmt):
    count = 2 * BATCH + 3
    path = tmp_path / f"broken.{fmt}"
    if fmt == "csv":
        text = "\n".join([HEADER, *(csv_row(n, 1) for n in range(count))]) + '\nRMA-1999999,"ORD-1\n'
    else:
        text = json.dumps({"returns": [json_return(n) for n in range(count)]})[:-3]   # cut short
    path.write_text(text, encoding="utf-8")
    data_dir = tmp_path / "data"
    assert main(["--data-dir", str(data_dir), "import-rmas", str(path), "--json"]) == 2
    report = json.loads(capsys.readouterr().out)
    assert report["ok"] is False and report["imported"] == []
    assert not (data_dir / "bench.sqlite3").exists()   # checked to the last byte before the database is opened


@pytest.mark.parametrize("order", ["owner first", "owner last", "owner absent"])
def test_a_tracking_number_moves_to_the_return_that_now_names_it_within_one_batch(tmp_path, capsys, order):
    data_dir, path = tmp_path / "data", tmp_path / "r.csv"
    number = tracking_number("ups", 1)
    path.write_text("\n".join([HEADER, csv_row(1, 1), csv_row(2, 1)]) + "\n", encoding="utf-8")
    assert main(["--data-dir", str(data_dir), "import-rmas", str(path)]) == 0
    old_owner, new_owner = csv_row(1, 1, tracking=""), csv_row(2, 1, tracking=number)
    rows = {"owner first": [old_owner, new_owner], "owner last": [new_owner, old_owner],
            "owner absent": [new_owner]}[order]
    path.write_text("\n".join([HEADER, *rows]) + "\n", encoding="utf-8")
    assert main(["--data-dir", str(data_dir), "import-rmas", str(path)]) == 0
    capsys.readouterr()
    _, tracking = stored(data_dir)
    assert tracking[number] == "RMA-1000002"
    assert tracking_number("ups", 2) not in tracking      # the new owner's old number was replaced
