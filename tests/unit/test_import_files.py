"""Reading import files: malformed files are refused as a whole; bad rows reject only their own return."""
from __future__ import annotations

import datetime as dt
import json
import re
from decimal import Decimal
from pathlib import Path

import pytest

from inspector.domain.returns import ReturnStatus
from inspector.importing import ImportFileError, plan_import, returns_from_document
from inspector.importing.csv_reader import read_csv
from inspector.importing.json_reader import read_json

TODAY = dt.date(2026, 11, 23)
HEADER = ("rma_number,order_number,customer_reason,delivered_on,status,tracking_numbers,line_no,sku,gtin,"
          "description,quantity,unit_price,currency,category,serials")
GOOD_ROW_1 = "RMA-100001,ORD-1,Too small,2026-11-20,open,1Z4E7W903618442102,1,SKU-1,4006381333931,Căști,1,19.99,EUR,electronics,"
GOOD_ROW_2 = "RMA-100001,ORD-1,Too small,2026-11-20,open,1Z4E7W903618442102,2,SKU-2,,Husă,2,5.00,EUR,,"


def csv_plan(*lines: str):
    return plan_import(list(read_csv(("\n".join(lines) + "\n").encode("utf-8"))), TODAY)


def json_plan(document):
    return plan_import(list(read_json(json.dumps(document, ensure_ascii=False).encode("utf-8"))), TODAY)


def file_error(reader, data: bytes) -> ImportFileError:
    with pytest.raises(ImportFileError) as info:
        list(reader(data))
    return info.value


def good_json_return(rma="RMA-200001", **changes):
    line = {"line_no": 1, "sku": "EB-1", "gtin": "4901234005013", "description": "无线蓝牙耳机", "quantity": 1,
            "unit_price": "12800", "currency": "JPY", "category": "electronics"}
    ret = {"rma_number": rma, "order_number": "ORD-9", "customer_reason": "音质不好", "delivered_on": "2026-11-19",
           "status": "open", "tracking_numbers": ["EJ123456785JP"], "lines": [line]}
    ret.update(changes)
    return ret


# ---------------------------------------------------------------- CSV, whole-file faults
@pytest.mark.parametrize("data, words", [
    (b"", "empty"),
    (b"\n\n", "empty"),
    ("rma_number,order_number\nRMA-100001,ORD-1\n".encode(), "missing required column(s): line_no, sku"),
    ((HEADER + ",colour\n").encode(), "unknown column(s) colour"),
    (HEADER.replace("serials", "serial").encode() + b"\n", "unknown column(s) serial"),
    ((HEADER + ",sku\n").encode(), "more than once"),
    (HEADER.replace(",", ";").encode() + b"\n", "separated by ';'"),
    ((HEADER + "\n" + GOOD_ROW_1 + "\n").encode("latin-1", errors="replace").replace(b"?", b"\xe2"), "not UTF-8"),
    ((HEADER + "\nRMA-100001,\"ORD-1\"x,\n").encode(), "cannot be read"),
])
def test_malformed_csv_files_are_refused_whole(data, words):
    assert words in str(file_error(read_csv, data))


def test_not_utf8_names_the_line():
    data = (HEADER + "\n" + GOOD_ROW_1 + "\n").encode() + "RMA-100002,Ünïcode\n".encode("cp1252")
    error = file_error(read_csv, data)
    assert error.line == 3 and "UTF-8" in error.message


def test_a_utf8_byte_order_mark_is_accepted():
    plan = plan_import(list(read_csv(("\ufeff" + HEADER + "\n" + GOOD_ROW_1 + "\n").encode())), TODAY)
    assert [r.rma_number for r in plan.returns] == ["RMA-100001"] and not plan.problems


def test_header_names_are_case_insensitive_and_in_any_order():
    plan = csv_plan("SKU,Quantity,Unit_Price,Currency,Line_No,Order_Number,RMA_Number",
                    "A-1,1,10.00,EUR,1,ORD-1,RMA-100001")
    assert not plan.problems and plan.returns[0].lines[0].sku == "A-1"


# ---------------------------------------------------------------- CSV, rows
def test_good_rows_make_one_whole_return():
    plan = csv_plan(HEADER, GOOD_ROW_1, "", GOOD_ROW_2)
    assert not plan.problems
    (ret,) = plan.returns
    assert ret.status is ReturnStatus.OPEN and ret.delivered_on == dt.date(2026, 11, 20)
    assert ret.tracking_numbers == ("1Z4E7W903618442102",)
    assert [(ln.line_no, ln.quantity, ln.unit_price, ln.gtin) for ln in ret.lines] == [
        (1, 1, Decimal("19.99"), "4006381333931"), (2, 2, Decimal("5.00"), None)]


def test_one_bad_row_rejects_its_whole_return_and_only_that():
    bad = GOOD_ROW_2.replace(",5.00,", ",5.001,")
    other = "RMA-100002,ORD-2,,2026-11-20,,,1,SKU-9,,Ok,1,3.50,GBP,,"
    plan = csv_plan(HEADER, GOOD_ROW_1, bad, other)
    assert [r.rma_number for r in plan.returns] == ["RMA-100002"]
    assert plan.rejected == ("RMA-100001",)
    (problem,) = plan.problems
    assert (problem.location.line, problem.rma_number, problem.field) == (3, "RMA-100001", "unit_price")
    assert problem.describe() == "line 3, unit_price [RMA-100001]: 5.001 has more decimals than EUR allows"


def test_every_problem_of_a_row_is_reported_not_just_the_first():
    row = "RMA-100001,,x,2026-02-30,gone,1Z4E7W903618442103,0,,4006381333932,d,0,abc,EURO,,"
    plan = csv_plan(HEADER, row)
    fields = {p.field for p in plan.problems}
    assert {"order_number", "delivered_on", "status", "tracking_numbers", "line_no", "sku", "gtin", "quantity",
            "currency", "unit_price"} <= fields
    assert all(p.location.line == 2 for p in plan.problems)


def test_rows_of_a_return_must_agree_on_its_fields():
    plan = csv_plan(HEADER, GOOD_ROW_1, GOOD_ROW_2.replace("ORD-1", "ORD-2"))
    assert not plan.returns
    (problem,) = plan.problems
    assert problem.field == "order_number" and "differs from line 2" in problem.reason


def test_duplicate_line_numbers_reject_the_return():
    plan = csv_plan(HEADER, GOOD_ROW_1, GOOD_ROW_2.replace(",2,SKU-2,", ",1,SKU-2,"))
    assert not plan.returns
    assert "line number 1 is used twice" in plan.problems[0].reason
    assert plan.problems[0].location.line == 3


def test_a_row_whose_rma_number_is_unreadable_belongs_to_no_return():
    plan = csv_plan(HEADER, GOOD_ROW_1, GOOD_ROW_2.replace("RMA-100001", "OP-1234"))
    assert [r.rma_number for r in plan.returns] == ["RMA-100001"]
    assert plan.problems[0].rma_number is None and plan.problems[0].field == "rma_number"


def test_a_row_with_the_wrong_number_of_cells_is_reported():
    plan = csv_plan(HEADER, GOOD_ROW_1 + ",extra")
    assert not plan.returns
    assert "has 16 cells but the header has 15" in plan.problems[0].reason


def test_a_row_cut_short_after_its_rma_number_rejects_only_its_return():
    other = "RMA-100002,ORD-2,,2026-11-20,,,1,SKU-9,,Ok,1,3.50,GBP,,"
    plan = csv_plan(HEADER, GOOD_ROW_1, GOOD_ROW_2.split(",Husă")[0], other)
    assert [r.rma_number for r in plan.returns] == ["RMA-100002"] and plan.rejected == ("RMA-100001",)
    assert (plan.problems[0].location.line, plan.problems[0].rma_number) == (3, "RMA-100001")


def test_a_row_cut_short_before_its_rma_number_makes_the_file_unusable():
    header = "order_number,line_no,sku,quantity,unit_price,currency,rma_number"
    rows = ["ORD-1,1,SKU-1,1,19.99,EUR,RMA-100001", "ORD-1,2,SKU-2,1", "ORD-2,1,SKU-9,1,3.50,GBP,RMA-100002"]
    error = file_error(lambda data: plan_import(read_csv(data), TODAY), "\n".join([header, *rows]).encode())
    assert error.line == 3
    assert error.message.startswith("has 4 cells but the header has 7 columns")
    assert "its RMA number is empty, so which return the row belongs to cannot be told" in error.message


def test_an_empty_line_no_cell_rejects_the_return_it_is_never_numbered_for_us():
    plan = csv_plan(HEADER, GOOD_ROW_1, GOOD_ROW_2.replace(",2,SKU-2,", ",,SKU-2,"))
    assert not plan.returns
    assert [(p.location.line, p.field, p.reason) for p in plan.problems] == [(3, "line_no", "is empty")]


def test_two_returns_naming_one_tracking_number_are_both_rejected():
    other = "RMA-100002,ORD-2,,2026-11-20,,1Z4E7W903618442102,1,SKU-9,,Ok,1,3.50,GBP,,"
    plan = csv_plan(HEADER, GOOD_ROW_1, other)
    assert not plan.returns and set(plan.rejected) == {"RMA-100001", "RMA-100002"}


def test_quoted_cells_may_hold_commas_and_list_separators_split_lists():
    row = ('RMA-100003,ORD-3,"Too big, too heavy",2026-11-20,,"3401234561; 1Z4E7W903618442102",1,SKU-1,,'
           '"Laptop, 14 inch",2,999.00,USD,Electronics,SN1;SN2')
    (ret,) = csv_plan(HEADER, row).returns
    assert ret.customer_reason == "Too big, too heavy"
    assert ret.tracking_numbers == ("3401234561", "1Z4E7W903618442102")
    assert ret.lines[0].serials == ("SN1", "SN2") and ret.lines[0].category == "electronics"


# ---------------------------------------------------------------- JSON
@pytest.mark.parametrize("data, words", [
    (b"", "empty"),
    (b'{"returns": [', "broken JSON"),
    (b'[]', '"returns" list'),
    (b'{"returns": {}}', '"returns" list'),
    (b'{"returns": [], "extra": 1}', "unknown top-level key(s) extra"),
    (b'{"returns": [{"rma_number": "RMA-100001", "rma_number": "RMA-100002"}]}', "appears twice"),
    (b'{"returns": [{"lines": [{"unit_price": NaN}]}]}', "NaN"),
    ("{\"returns\": [\"ă\"]}".encode("utf-16"), "not UTF-8"),
])
def test_malformed_json_files_are_refused_whole(data, words):
    assert words in str(file_error(read_json, data))


def test_broken_json_names_its_line():
    error = file_error(read_json, b'{\n  "returns": [\n    {"a": 1,}\n  ]\n}')
    assert error.line == 3


def test_good_json_return():
    plan = json_plan({"returns": [good_json_return()]})
    assert not plan.problems
    (ret,) = plan.returns
    assert ret.lines[0].unit_price == Decimal("12800") and ret.lines[0].description == "无线蓝牙耳机"


def test_a_float_price_in_json_rejects_the_return_by_path():
    bad = good_json_return("RMA-200002", tracking_numbers=[])
    bad["lines"][0].update(unit_price=19.99, currency="EUR")
    plan = json_plan({"returns": [good_json_return(), bad]})
    assert [r.rma_number for r in plan.returns] == ["RMA-200001"]
    (problem,) = plan.problems
    assert problem.describe().startswith("returns[1].lines[0].unit_price [RMA-200002]: ")
    assert "float" in problem.reason


@pytest.mark.parametrize("change, field", [
    ({"lines": []}, "lines"),
    ({"lines": "none"}, "lines"),
    ({"tracking_numbers": "EJ123456785JP"}, None),   # a string is accepted as a ;-list too
    ({"colour": "red"}, "colour"),
    ({"order_number": 17}, "order_number"),
    ({"delivered_on": "19.11.2026"}, "delivered_on"),
])
def test_json_return_level_problems(change, field):
    plan = json_plan({"returns": [good_json_return(**change)]})
    if field is None:
        assert not plan.problems
    else:
        assert plan.problems and plan.problems[0].field == field


@pytest.mark.parametrize("line_change, field", [
    ({"quantity": 1.0}, "quantity"),
    ({"quantity": "1"}, None),
    ({"line_no": True}, "line_no"),
    ({"serials": "A;B"}, "serials"),          # two serials for a quantity of one
    ({"colour": "red"}, "lines[0].colour"),
    ({"unit_price": None}, "unit_price"),
])
def test_json_line_level_problems(line_change, field):
    ret = good_json_return()
    ret["lines"][0].update(line_change)
    plan = json_plan({"returns": [ret]})
    if field is None:
        assert not plan.problems
    else:
        assert plan.problems and plan.problems[0].field == field


@pytest.mark.parametrize("read", [
    json_plan,                                                          # an import file
    lambda document: plan_import(returns_from_document(document), TODAY),   # the hub's POST /v1/returns, a pull
])
def test_a_json_line_without_line_no_rejects_the_return_it_is_never_numbered_for_us(read):
    ret = good_json_return()
    ret["lines"].append(dict(ret["lines"][0], line_no=2, sku="EB-2"))
    del ret["lines"][0]["line_no"]
    plan = read({"returns": [ret, good_json_return("RMA-200002", tracking_numbers=[])]})
    assert [r.rma_number for r in plan.returns] == ["RMA-200002"] and plan.rejected == ("RMA-200001",)
    assert [(p.location.path, p.field, p.reason) for p in plan.problems] == [
        ("returns[0].lines[0]", "line_no", "is empty")]


def test_an_rma_twice_in_json_is_rejected():
    plan = json_plan({"returns": [good_json_return(), good_json_return()]})
    assert not plan.returns
    assert "second time (first at returns[0])" in plan.problems[0].reason


def test_a_non_object_entry_is_a_problem_not_a_crash():
    plan = json_plan({"returns": [7, good_json_return()]})
    assert [r.rma_number for r in plan.returns] == ["RMA-200001"]
    assert plan.problems[0].location.path == "returns[0]"


def test_problems_are_listed_in_natural_file_order():
    returns = [good_json_return(f"RMA-3000{i:02d}", order_number="") for i in range(12)]
    plan = json_plan({"returns": returns})
    assert [p.location.path for p in plan.problems] == [f"returns[{i}]" for i in range(12)]


def test_the_examples_in_the_documentation_are_valid():
    text = (Path(__file__).resolve().parents[2] / "docs" / "import-format.md").read_text(encoding="utf-8")
    csv_example = re.search(r"```csv\n(.*?)```", text, re.S)[1]
    json_example = re.search(r"```json\n(.*?)```", text, re.S)[1]
    csv_result = plan_import(list(read_csv(csv_example.encode())), TODAY)
    json_result = plan_import(list(read_json(json_example.encode())), TODAY)
    assert not csv_result.problems and len(csv_result.returns) == 2
    assert not json_result.problems and len(json_result.returns) == 1
