"""The source readers (Amazon report, AfterShip and Shopify objects, any CSV through a mapping file): each source's
own layout in, the bench's returns out, through the same field rules and the same all-or-nothing per return."""
from __future__ import annotations

import datetime as dt
import io
import json
from decimal import Decimal
from pathlib import Path

import pytest

from inspector.domain.returns import Return, ReturnStatus
from inspector.importing import ImportFileError, check_file, format_for
from inspector.importing.assembly import CheckResult, MemoryStore, whole_returns
from inspector.importing.field_rules import FieldError
from inspector.importing.import_file import check_stream
from inspector.importing.pricing import unit_price_from_total
from inspector.importing.sources import reader_for
from inspector.importing.sources.mapped_csv import parse_mapping

TODAY = dt.date(2026, 12, 7)
SAMPLES = Path(__file__).resolve().parents[2] / "docs" / "samples"
# The report's full header, as the sample (written from Amazon's documentation of the report) has it.
AMAZON_COLUMNS = tuple((SAMPLES / "amazon-returns.tsv").read_text(encoding="utf-8").split("\n", 1)[0].split("\t"))
UPS_1, UPS_2 = "1ZA52R170376863541", "1ZA52R170350551417"


def read(data: bytes, fmt: str, mapping: bytes | None = None, encoding: str | None = None,
         ) -> tuple[CheckResult, dict[str, Return]]:
    """The file checked as the import checks it, and its good returns built whole."""
    reader = reader_for(fmt, parse_mapping(mapping, "map.csv") if mapping is not None else None, encoding)
    store = MemoryStore()
    result = check_stream(io.BytesIO(data), reader, TODAY, store)
    return result, {r.rma_number: r for r in whole_returns(store, result, reader.renumber)}


def amazon_row(rma="DZMb5xQ4RRMA", sku="KB-WL-DE-BLK", quantity="1", amount="89.99", order_quantity="1",
               reason="No longer needed", tracking=UPS_1, status="Approved", order="114-3941689-8772232",
               name="Wireless keyboard", currency="USD", merchant_rma="", **other: str) -> dict[str, str]:
    row = {column: "" for column in AMAZON_COLUMNS}
    row.update({"Order ID": order, "Return request status": status, "Amazon RMA ID": rma,
                "Merchant RMA ID": merchant_rma, "Currency code": currency, "Tracking ID": tracking,
                "Merchant SKU": sku, "Item Name": name, "Return quantity": quantity, "Return Reason": reason,
                "Order Amount": amount, "Order quantity": order_quantity, "ASIN": "B0C7KX41QZ"})
    row.update(other)
    return row


def amazon(*rows: dict[str, str], columns: tuple[str, ...] = AMAZON_COLUMNS) -> bytes:
    lines = ["\t".join(columns)] + ["\t".join(row.get(c, "") for c in columns) for row in rows]
    return ("\n".join(lines) + "\n").encode()


def refused(data: bytes, fmt: str, **options: object) -> ImportFileError:
    with pytest.raises(ImportFileError) as info:
        read(data, fmt, **options)   # type: ignore[arg-type]
    return info.value


# ---------------------------------------------------------------- pricing
@pytest.mark.parametrize("total, quantity, currency, unit", [
    ("89.99", "1", "USD", "89.99"),
    ("59.98", "2", "USD", "29.99"),
    ("25.00", 3, "EUR", "8.33"),
    ("100.01", "2", "EUR", "50.01"),     # 50.005 half up; banker's rounding would give 50.00
    ("0.05", "2", "EUR", "0.03"),
    ("17.97", 2, "EUR", "8.99"),
    ("1000", "3", "JPY", "333"),
    ("1.000", "3", "KWD", "0.333"),
    ("0", "1", "EUR", "0.00"),
])
def test_the_unit_price_is_the_amount_over_the_quantity_rounded_half_up(total, quantity, currency, unit):
    price = unit_price_from_total(total, quantity, currency)
    assert price == Decimal(unit) and str(price) == unit


@pytest.mark.parametrize("total, quantity, field, words", [
    ("10.00", "0", "order_quantity", "must be 1 or more"),
    ("10.00", "", "order_quantity", "is empty"),
    ("10.00", "1.5", "order_quantity", "not a whole number"),
    ("", "1", "order_amount", "is empty"),
    ("-3.00", "1", "order_amount", "negative"),
    ("1,234.00", "1", "order_amount", "thousands separators"),
    ("19.999", "1", "order_amount", "more decimals than EUR allows"),
    (19.99, "1", "order_amount", "float"),
])
def test_an_amount_or_quantity_that_cannot_be_used_names_itself(total, quantity, field, words):
    with pytest.raises(FieldError) as info:
        unit_price_from_total(total, quantity, "EUR")
    assert info.value.field == field and words in info.value.reason


# ---------------------------------------------------------------- Amazon
def test_the_amazon_sample_gives_whole_returns_with_worked_out_prices():
    result, returns = read((SAMPLES / "amazon-returns.tsv").read_bytes(), "amazon")
    assert not result.problems and result.records_read == 4
    assert list(returns) == ["DZMb5xQ4RRMA", "Ck7Pq2WzRRMA", "Hn3Rt8YbRRMA"]
    two_items = returns["DZMb5xQ4RRMA"]
    assert two_items.order_number == "114-3941689-8772232" and two_items.status is ReturnStatus.OPEN
    assert two_items.customer_reason == "Item defective or doesn't work; No longer needed"
    assert two_items.tracking_numbers == ("1ZA52R170376863541",) and two_items.delivered_on is None
    assert [(ln.line_no, ln.sku, ln.quantity, ln.unit_price, ln.currency) for ln in two_items.lines] == [
        (1, "KB-WL-DE-BLK", 1, Decimal("89.99"), "USD"), (2, "MS-OPT-GRY", 1, Decimal("29.99"), "USD")]
    assert returns["Ck7Pq2WzRRMA"].lines[0].unit_price == Decimal("50.01")
    assert returns["Hn3Rt8YbRRMA"].status is ReturnStatus.CLOSED
    assert returns["Hn3Rt8YbRRMA"].lines[0].unit_price == Decimal("8.33")


def test_amazon_lines_are_numbered_by_content_so_row_order_does_not_matter():
    rows = [amazon_row(sku="ZZ-LAST", amount="5.00"), amazon_row(sku="AA-FIRST", amount="7.00"),
            amazon_row(sku="MM-MIDDLE", amount="9.00")]
    _, forward = read(amazon(*rows), "amazon")
    _, backward = read(amazon(*reversed(rows)), "amazon")
    assert forward == backward
    assert [(ln.line_no, ln.sku) for ln in forward["DZMb5xQ4RRMA"].lines] == [
        (1, "AA-FIRST"), (2, "MM-MIDDLE"), (3, "ZZ-LAST")]


def test_each_items_reason_and_tracking_number_are_merged_into_the_return():
    rows = [amazon_row(sku="A", reason="Too small"), amazon_row(sku="B", reason="", tracking=UPS_2),
            amazon_row(sku="C", reason="Too small"), amazon_row(sku="D", reason="Arrived late", tracking=UPS_2)]
    result, returns = read(amazon(*rows), "amazon")
    assert not result.problems
    ret = returns["DZMb5xQ4RRMA"]
    assert ret.customer_reason == "Arrived late; Too small"      # each once, sorted: row order does not count
    assert ret.tracking_numbers == (UPS_2, UPS_1)
    _, again = read(amazon(*reversed(rows)), "amazon")
    assert again == returns


def test_merged_reasons_are_cut_to_the_fields_length():
    rows = [amazon_row(sku=f"S-{n}", reason=f"reason number {n} " + "x" * 40) for n in range(10)]
    _, returns = read(amazon(*rows), "amazon")
    reason = returns["DZMb5xQ4RRMA"].customer_reason
    assert len(reason) == 255 and reason.endswith("\u2026") and reason.startswith("reason number 0 ")


def test_fields_that_are_not_merged_must_still_agree():
    result, returns = read(amazon(amazon_row(sku="A"), amazon_row(sku="B", order="114-0000000-0000000")), "amazon")
    assert not returns and result.rejected == ("DZMb5xQ4RRMA",)
    (problem,) = result.problems
    assert (problem.location.line, problem.field) == (3, "order_number") and "differs from line 2" in problem.reason


def test_amazon_columns_the_report_adds_are_ignored_and_optional_ones_may_be_missing():
    lean = ("order-id", "AMAZON RMA ID", "Merchant SKU", "return_quantity", "Order Amount", "Order quantity",
            "Currency code", "Some new column")
    row = amazon_row(**{"order-id": "114-3941689-8772232", "AMAZON RMA ID": "DZMb5xQ4RRMA",
                        "return_quantity": "2", "Some new column": "whatever"})
    result, returns = read(amazon(row, columns=lean), "amazon")
    assert not result.problems
    ret = returns["DZMb5xQ4RRMA"]
    assert (ret.customer_reason, ret.tracking_numbers, ret.status) == ("", (), ReturnStatus.OPEN)
    assert [(ln.sku, ln.description, ln.quantity) for ln in ret.lines] == [("KB-WL-DE-BLK", "", 2)]


def test_the_merchant_rma_id_stands_in_for_an_empty_amazon_rma_id():
    _, returns = read(amazon(amazon_row(rma="", merchant_rma="W-40021")), "amazon")
    assert list(returns) == ["W-40021"]


@pytest.mark.parametrize("renamed, closest", [
    ("Amazon RMA Number", "Amazon RMA Number"),
    ("Amazon RMA", "Amazon RMA"),
])
def test_a_renamed_required_column_is_named_at_line_1_with_the_closest_header(renamed, closest):
    columns = tuple(renamed if c == "Amazon RMA ID" else c for c in AMAZON_COLUMNS)
    error = refused(amazon(amazon_row(), columns=columns), "amazon")
    assert error.line == 1
    assert "'Amazon RMA ID'" in error.message and f"closest column in the header is {closest!r}" in error.message


def test_a_missing_column_with_nothing_like_it_says_so():
    columns = tuple(c for c in AMAZON_COLUMNS if c != "Order quantity")
    error = refused(amazon(amazon_row(), columns=columns), "amazon")
    assert error.line == 1 and "'Order quantity'" in error.message


def test_a_row_cut_short_rejects_its_return_with_its_line_and_no_other():
    short = "\t".join(amazon_row(rma="Ck7Pq2WzRRMA", tracking=UPS_2)[c] for c in AMAZON_COLUMNS[:18])
    data = amazon(amazon_row()) + short.encode() + b"\n" + amazon(amazon_row(sku="B")).split(b"\n", 1)[1]
    result, returns = read(data, "amazon")
    assert list(returns) == ["DZMb5xQ4RRMA"] and result.rejected == ("Ck7Pq2WzRRMA",)
    assert result.problems[0].location.line == 3
    assert "has 18 cells but the header has 32 columns: the row is cut short" in result.problems[0].reason


@pytest.mark.parametrize("cells", [
    2,   # cut before the Amazon RMA ID
    5,   # an empty Amazon RMA ID, cut before the Merchant RMA ID that would stand in for it
])
def test_a_row_cut_before_its_return_can_be_told_makes_the_report_unusable(cells):
    # The cut row is the second item of DZMb5xQ4RRMA (same order): importing that return without it would be half
    # a return, so nothing of the report is imported.
    cut = "\t".join(amazon_row(rma="", sku="B")[c] for c in AMAZON_COLUMNS[:cells])
    data = amazon(amazon_row()) + cut.encode() + b"\n" + amazon(amazon_row(rma="Ck7Pq2WzRRMA", tracking=UPS_2)
                                                                ).split(b"\n", 1)[1]
    error = refused(data, "amazon")
    assert error.line == 3
    assert error.message == (f"has {cells} cells but the header has 32 columns: the row is cut short; its RMA "
                             "number is empty, so which return the row belongs to cannot be told and nothing is "
                             "imported")


@pytest.mark.parametrize("status, ours", [("Approved", "open"), ("authorized", "open"), ("Pending", "open"),
                                          ("Closed", "closed"), ("Cancelled", "cancelled"), ("Denied", "cancelled")])
def test_amazon_request_statuses_map_to_ours(status, ours):
    _, returns = read(amazon(amazon_row(status=status)), "amazon")
    assert returns["DZMb5xQ4RRMA"].status.value == ours


def test_an_unknown_request_status_rejects_the_return_naming_it():
    result, _ = read(amazon(amazon_row(status="In transit")), "amazon")
    (problem,) = result.problems
    assert problem.field == "status" and "'In transit'" in problem.reason


def test_an_unusable_order_amount_rejects_the_return_naming_the_column_meaning():
    result, _ = read(amazon(amazon_row(amount="1,299.00")), "amazon")
    (problem,) = result.problems
    assert (problem.location.line, problem.field) == (2, "order_amount") and "thousands" in problem.reason


def test_a_long_item_name_is_cut():
    _, returns = read(amazon(amazon_row(name="Keyboard " * 60)), "amazon")
    description = returns["DZMb5xQ4RRMA"].lines[0].description
    assert len(description) <= 255 and description.endswith("\u2026")


def test_a_cp1252_report_read_as_utf8_is_refused_with_its_line_and_read_when_named():
    data = amazon(amazon_row(), amazon_row(rma="Ck7Pq2WzRRMA", tracking=UPS_2, name="Tastatur, Qualität B"))
    cp1252 = data.decode().encode("cp1252")
    error = refused(cp1252, "amazon")
    assert error.line == 3 and "not UTF-8" in error.message and "--encoding" in error.message
    result, returns = read(cp1252, "amazon", encoding="cp1252")
    assert not result.problems and returns["Ck7Pq2WzRRMA"].lines[0].description == "Tastatur, Qualität B"


def test_a_byte_the_named_encoding_lacks_is_refused_with_its_line():
    data = amazon(amazon_row()).replace(b"Wireless", b"Wire\x81less")
    error = refused(data, "amazon", encoding="cp1252")
    assert error.line == 2 and "not cp1252 text (byte 0x81" in error.message


def test_a_utf8_file_named_as_cp1252_is_refused():
    error = refused(b"\xef\xbb\xbf" + amazon(amazon_row()), "amazon", encoding="cp1252")
    assert "UTF-8 byte-order mark" in error.message


def test_an_unknown_encoding_is_refused():
    assert "unknown encoding" in refused(amazon(amazon_row()), "amazon", encoding="klingon").message


# ---------------------------------------------------------------- AfterShip
def aftership_return(rma="A7K2P9QX", **changes: object) -> dict:
    ret = {"rma_number": rma, "approval_status": "approved",
           "order": {"order_number": "10001", "order_name": "#10001"},
           "shipments": [{"tracking_number": UPS_2, "slug": "ups"}],
           "return_items": [{"sku": "BOOT-42", "product_title": "Chelsea boot", "variant_title": "42 / Brown",
                             "return_quantity": 1, "return_reason": "Too small", "return_reason_comment": "tight",
                             "unit_discounted_price_including_tax": {"amount": "119.00", "currency": "EUR"}}]}
    ret.update(changes)
    return ret


def test_the_aftership_sample_gives_whole_returns():
    result, returns = read((SAMPLES / "aftership-returns.json").read_bytes(), "aftership")
    assert not result.problems and list(returns) == ["A7K2P9QX", "M3X8R2TD", "Q9W4E7LZ"]
    ret = returns["A7K2P9QX"]
    assert (ret.order_number, ret.status, ret.tracking_numbers) == ("#10001", ReturnStatus.OPEN,
                                                                    ("1ZA52R170350551417",))
    assert ret.customer_reason == "Too small: My usual size but tight; No longer needed"
    assert [(ln.line_no, ln.sku, ln.description, ln.quantity, ln.unit_price) for ln in ret.lines] == [
        (1, "BOOT-CH-42-BRN", "Chelsea boot - 42 / Brown", 1, Decimal("119.00")),
        (2, "INSOLE-GEL-42", "Gel insole", 2, Decimal("9.95"))]
    assert returns["Q9W4E7LZ"].status is ReturnStatus.CLOSED and returns["Q9W4E7LZ"].tracking_numbers == ()


@pytest.mark.parametrize("document", [
    [aftership_return()],
    {"returns": [aftership_return()]},
    {"meta": {"code": 200}, "data": aftership_return()},
    {"data": {"pagination": {"limit": 1}, "returns": [aftership_return()]}},
], ids=["bare list", "returns", "one return", "list after other keys"])
def test_aftership_envelopes(document):
    result, returns = read(json.dumps(document).encode(), "aftership")
    assert not result.problems and list(returns) == ["A7K2P9QX"]


def test_aftership_older_fields_stand_in():
    item = {"sku": "BOOT-42", "title": "x", "intended_return_quantity": 3,
            "unit_display_price": {"amount": "10.00", "currency": "EUR"}}
    old = aftership_return(approval_status=None, status="received", return_items=[item])
    del old["approval_status"]
    result, returns = read(json.dumps([old]).encode(), "aftership")
    assert not result.problems
    assert returns["A7K2P9QX"].status is ReturnStatus.OPEN
    assert (returns["A7K2P9QX"].lines[0].quantity, returns["A7K2P9QX"].lines[0].unit_price) == (3, Decimal("10.00"))


def test_aftership_problems_are_placed_by_path_and_reject_only_their_return():
    bad = aftership_return("M3X8R2TD", approval_status="lost", shipments=[])
    bad["return_items"][0]["unit_discounted_price_including_tax"]["amount"] = 119.0
    result, returns = read(json.dumps({"data": {"returns": [aftership_return(), bad]}}).encode(), "aftership")
    assert list(returns) == ["A7K2P9QX"] and result.rejected == ("M3X8R2TD",)
    assert {(p.location.path, p.field) for p in result.problems} == {
        ("data.returns[1]", "approval_status"), ("data.returns[1].return_items[0]", "unit_price")}


def test_a_json_file_without_a_list_of_returns_is_refused_naming_the_shapes():
    error = refused(b'{"meta": {"code": 401}, "errors": [{"message": "Unauthorized"}]}', "aftership")
    assert "no list of returns found" in error.message and '{"data": {"returns": [...]}}' in error.message


def test_another_sources_file_is_not_taken_for_one_return():
    error = refused((SAMPLES / "shopify-returns.json").read_bytes(), "aftership")
    assert "no list of returns found" in error.message


def test_json_sources_are_utf8_only():
    assert "UTF-8" in refused(b"[]", "aftership", encoding="cp1252").message


def test_json_sources_are_read_as_a_stream():
    document = {"data": {"returns": [aftership_return(f"R{n:07d}X", shipments=[]) for n in range(8000)]}}
    data = json.dumps(document).encode()
    assert len(data) > 3 * 2**20

    class Recording(io.BytesIO):
        furthest = 0

        def read(self, size: int | None = -1) -> bytes:
            chunk = super().read(size)
            self.furthest = max(self.furthest, self.tell())
            return chunk

    stream = Recording(data)
    records = reader_for("aftership").read(stream)
    assert next(records).values["rma_number"] == "R0000000X"
    assert stream.furthest <= 2 * 2**20 < len(data)
    assert sum(1 for _ in records) == 7999


# ---------------------------------------------------------------- Shopify
def shopify_return(name="#1001-R1", status="OPEN", order: str | None = "#1001", **line_changes: object) -> dict:
    line = {"quantity": 2, "returnReason": "SIZE_TOO_SMALL", "returnReasonNote": "", "customerNote": "tight",
            "fulfillmentLineItem": {"lineItem": {"sku": "TEE-M", "name": "T-shirt - M"}},
            "withCodeDiscountedTotalPriceSet": {"shopMoney": {"amount": "25.00", "currencyCode": "EUR"}}}
    line.update(line_changes)
    ret = {"name": name, "status": status, "returnLineItems": {"edges": [{"node": line, "cursor": "c1"}]},
           "reverseFulfillmentOrders": {"nodes": [{"reverseDeliveries": {"nodes": [
               {"deliverable": {"tracking": {"number": "5276863546", "carrierName": "DHL"}}}]}}]}}
    if order is not None:
        ret["order"] = {"name": order}
    return ret


def test_the_shopify_sample_gives_whole_returns():
    result, returns = read((SAMPLES / "shopify-returns.json").read_bytes(), "shopify")
    assert not result.problems
    assert list(returns) == ["#1001-R1", "#1002-R1", "#1003-R1", "#1003-R2", "#1004-R1"]
    assert {r.rma_number for r in returns.values() if r.order_number == "#1003"
            and r.status is ReturnStatus.OPEN} == {"#1003-R1", "#1003-R2"}
    assert [r.rma_number for r in returns.values() if r.order_number == "#1002"] == ["#1002-R1"]
    two = returns["#1002-R1"]
    assert [(ln.line_no, ln.sku, ln.quantity, ln.unit_price) for ln in two.lines] == [
        (1, "JKT-RAIN-L-NVY", 1, Decimal("79.90")), (2, "SCK-WOOL-3P", 2, Decimal("8.99"))]
    assert two.customer_reason == "Style; Unwanted" and two.tracking_numbers == ("5350551415",)
    assert returns["#1003-R1"].customer_reason == "Damaged or defective: Strap came loose"
    assert returns["#1004-R1"].status is ReturnStatus.CLOSED


def test_a_shopify_line_price_is_its_discounted_total_over_its_quantity():
    _, returns = read(json.dumps([shopify_return()]).encode(), "shopify")
    ret = returns["#1001-R1"]
    assert ret.lines[0].unit_price == Decimal("12.50") and ret.customer_reason == "Size too small: tight"
    assert ret.tracking_numbers == ("5276863546",)


def test_without_a_total_the_line_items_unit_price_is_taken():
    item = {"sku": "TEE-M", "name": "T-shirt - M",
            "originalUnitPriceSet": {"shopMoney": {"amount": "30.00", "currencyCode": "EUR"}},
            "discountedUnitPriceSet": {"shopMoney": {"amount": "27.00", "currencyCode": "EUR"}}}
    ret = shopify_return(withCodeDiscountedTotalPriceSet=None, fulfillmentLineItem={"lineItem": item})
    _, returns = read(json.dumps([ret]).encode(), "shopify")
    assert returns["#1001-R1"].lines[0].unit_price == Decimal("27.00")


def test_a_return_under_its_order_takes_the_orders_name():
    document = {"data": {"order": {"name": "#1003", "returns": {"nodes": [
        shopify_return("#1003-R1", order=None), shopify_return("#1003-R2", order=None)]}}}}
    document["data"]["order"]["returns"]["nodes"][1]["reverseFulfillmentOrders"] = {"nodes": []}
    result, returns = read(json.dumps(document).encode(), "shopify")
    assert not result.problems
    assert [(r.rma_number, r.order_number) for r in returns.values()] == [("#1003-R1", "#1003"),
                                                                          ("#1003-R2", "#1003")]


@pytest.mark.parametrize("status, ours", [("REQUESTED", "open"), ("CLOSED", "closed"), ("CANCELED", "cancelled"),
                                          ("DECLINED", "cancelled")])
def test_shopify_statuses_map_to_ours(status, ours):
    _, returns = read(json.dumps({"data": {"returns": {"nodes": [shopify_return(status=status)]}}}).encode(),
                      "shopify")
    assert returns["#1001-R1"].status.value == ours


def test_shopify_problems_are_placed_by_path():
    bad = shopify_return("#1002-R1", status="LOST", fulfillmentLineItem={"lineItem": {"sku": None}})
    bad["reverseFulfillmentOrders"] = {"nodes": []}
    document = {"data": {"orders": {"edges": [{"node": {"name": "#1001", "returns": {"nodes": [shopify_return()]}}},
                                              {"node": {"name": "#1002", "returns": {"nodes": [bad]}}}]}}}
    result, returns = read(json.dumps(document).encode(), "shopify")
    assert list(returns) == ["#1001-R1"] and result.rejected == ("#1002-R1",)
    assert {(p.location.path, p.field) for p in result.problems} == {
        ("data.orders.edges[1].node.returns.nodes[0]", "status"),
        ("data.orders.edges[1].node.returns.nodes[0].returnLineItems.edges[0].node", "sku")}


def test_a_saved_graphql_error_is_named():
    error = refused(b'{"errors": [{"message": "Access denied for returns field."}], "data": null}', "shopify")
    assert "Access denied for returns field." in error.message


# ---------------------------------------------------------------- any CSV through a mapping
ERP_MAPPING = b"""field,column,default
@delimiter,tab
@list_separator,|
rma_number,Return no.,
order_number,Order,
sku,Item,
quantity,Qty,
unit_price,Price,
currency,,EUR
tracking_numbers,Parcels,
status,State,open
"""


def test_the_erp_sample_gives_whole_returns_with_prices_worked_out():
    mapping = (SAMPLES / "erp-mapping.csv").read_bytes()
    result, returns = read((SAMPLES / "erp-returns.csv").read_bytes(), "mapped", mapping)
    assert not result.problems and list(returns) == ["R-2026-000123", "R-2026-000124", "R-2026-000777"]
    ret = returns["R-2026-000123"]
    assert [(ln.line_no, ln.sku, ln.quantity, ln.unit_price, ln.currency, ln.gtin, ln.category)
            for ln in ret.lines] == [(1, "HP-NC700", 1, Decimal("149.99"), "EUR", "5941234001010", "electronics"),
                                     (2, "HP-CASE", 2, Decimal("19.90"), "EUR", "5941234001027", "accessories")]
    assert returns["R-2026-000124"].lines[0].sku == "R-2026-000777"


def test_a_mapping_takes_columns_defaults_and_options():
    data = ("Return no.\tOrder\tItem\tQty\tPrice\tParcels\tState\tExtra\n"
            f"R-1\tO-1\tA\t1\t2.50\t{UPS_1}|{UPS_2}\t\tx\n"
            "R-1\tO-1\tB\t2\t1.00\t" + f"{UPS_1}|{UPS_2}\t\tx\n"
            "R-2\tO-2\tC\t1\t3.00\t\tcancelled\t\n").encode()
    result, returns = read(data, "mapped", ERP_MAPPING)
    assert not result.problems
    assert returns["R-1"].tracking_numbers == (UPS_1, UPS_2) and returns["R-1"].status is ReturnStatus.OPEN
    assert [(ln.line_no, ln.sku, ln.currency) for ln in returns["R-1"].lines] == [(1, "A", "EUR"), (2, "B", "EUR")]
    assert returns["R-2"].status is ReturnStatus.CANCELLED


@pytest.mark.parametrize("mapping, words", [
    (ERP_MAPPING + b"colour,Colour,\n", "line 12: unknown field 'colour'"),
    (ERP_MAPPING + b"sku,Other,\n", "line 12: maps sku a second time (first on line 6)"),
    (ERP_MAPPING + b"gtin,,\n", "line 12: gtin names neither a column nor a default"),
    (ERP_MAPPING + b"@quote,',\n", "line 12: unknown option '@quote'"),
    (ERP_MAPPING.replace(b"@delimiter,tab", b"@delimiter,;;"), "line 2: @delimiter must be one character"),
    (ERP_MAPPING.replace(b"sku,Item,\n", b""), "maps no sku"),
    (ERP_MAPPING + b"order_amount,Total,\n", "map unit_price or order_amount, not both"),
    (ERP_MAPPING.replace(b"unit_price,Price,", b"order_amount,Price,"), "order_amount and order_quantity go"),
])
def test_a_wrong_mapping_file_is_named_with_its_line(mapping, words):
    with pytest.raises(ImportFileError) as info:
        parse_mapping(mapping, "map.csv")
    assert "the mapping file map.csv" in str(info.value) and words in str(info.value)


def test_a_mapped_row_cut_before_its_return_number_makes_the_file_unusable():
    data = (b"Order\tItem\tQty\tPrice\tParcels\tState\tReturn no.\n"
            b"O-1\tA\t1\t2.50\t\t\tR-1\n"
            b"O-1\tB\t2\n"
            b"O-2\tC\t1\t3.00\t\t\tR-2\n")
    error = refused(data, "mapped", mapping=ERP_MAPPING)
    assert error.line == 3 and "cut short; its RMA number is empty" in error.message


def test_a_mapped_row_cut_short_after_its_return_number_rejects_only_that_return():
    data = (b"Return no.\tOrder\tItem\tQty\tPrice\tParcels\tState\n"
            b"R-1\tO-1\tA\t1\t2.50\t\t\n"
            b"R-1\tO-1\tB\t2\n"
            b"R-2\tO-2\tC\t1\t3.00\t\t\n")
    result, returns = read(data, "mapped", ERP_MAPPING)
    assert list(returns) == ["R-2"] and result.rejected == ("R-1",)
    assert (result.problems[0].location.line, result.problems[0].rma_number) == (3, "R-1")


def test_a_mapped_line_no_column_is_required_on_every_row():
    mapping = ERP_MAPPING + b"line_no,Line,\n"
    data = (b"Return no.\tOrder\tLine\tItem\tQty\tPrice\tParcels\tState\n"
            b"R-1\tO-1\t2\tA\t1\t2.50\t\t\n"
            b"R-1\tO-1\t\tB\t1\t1.00\t\t\n")
    result, returns = read(data, "mapped", mapping)
    assert not returns
    assert [(p.location.line, p.field, p.reason) for p in result.problems] == [(3, "line_no", "is empty")]


@pytest.mark.parametrize("fmt, name", [("amazon", "amazon-returns.tsv"), ("aftership", "aftership-returns.json"),
                                       ("shopify", "shopify-returns.json"), ("mapped", "erp-returns.csv")])
def test_a_source_without_line_numbers_has_its_lines_numbered_from_one(fmt, name):
    mapping = (SAMPLES / "erp-mapping.csv").read_bytes() if fmt == "mapped" else None
    assert b"line_no" not in (mapping or b"")
    result, returns = read((SAMPLES / name).read_bytes(), fmt, mapping)
    assert returns and not result.problems
    assert all([ln.line_no for ln in r.lines] == list(range(1, len(r.lines) + 1)) for r in returns.values())
    assert any(len(r.lines) > 1 for r in returns.values())


def test_a_mapped_column_missing_from_the_file_names_the_mapping_line_and_the_closest_header():
    data = b"Return no.\tOrder\tItem\tQuantity\tPrice\tParcels\tState\nR-1\tO-1\tA\t1\t2.50\t\t\n"
    error = refused(data, "mapped", mapping=ERP_MAPPING)
    assert error.line == 1
    assert "'Qty' (mapped to quantity on line 7 of map.csv) is missing" in error.message
    assert "closest column in the header is 'Quantity'" in error.message


# ---------------------------------------------------------------- choosing a format, progress
def test_format_names():
    assert format_for(Path("x.tsv"), "amazon") == "amazon" and format_for(Path("x.CSV"), None) == "csv"
    with pytest.raises(ImportFileError, match="--source"):
        format_for(Path("x.tsv"), None)
    with pytest.raises(ImportFileError, match="unknown format"):
        format_for(Path("x.tsv"), "ebay")
    with pytest.raises(ImportFileError, match="mapping"):
        reader_for("mapped")
    with pytest.raises(ImportFileError, match="mapping"):
        reader_for("csv", mapping=Path("m.csv"))


def test_check_file_takes_each_source_and_reports_progress_at_the_end(tmp_path):
    mapping = SAMPLES / "erp-mapping.csv"
    for fmt, name in (("amazon", "amazon-returns.tsv"), ("aftership", "aftership-returns.json"),
                      ("shopify", "shopify-returns.json"), ("mapped", "erp-returns.csv")):
        calls: list[tuple[int, int, int]] = []
        path = SAMPLES / name
        with check_file(path, fmt, TODAY, mapping=mapping if fmt == "mapped" else None,
                        progress=lambda *a: calls.append(a)) as checked:
            assert checked.result.accepted and not checked.result.problems
            assert calls == [(path.stat().st_size, path.stat().st_size, checked.result.records_read)]


def test_progress_comes_at_most_every_half_second(monkeypatch):
    from inspector.importing import import_file
    clock = iter(range(10_000))
    monkeypatch.setattr(import_file, "monotonic", lambda: next(clock) * 0.2)   # 0.2 s per record
    rows = [amazon_row(rma=f"Q{n:07d}RRMA", tracking="") for n in range(10)]
    calls: list[tuple[int, int, int]] = []
    store = MemoryStore()
    check_stream(io.BytesIO(amazon(*rows)), reader_for("amazon"), TODAY, store, lambda *a: calls.append(a))
    assert [records for _, _, records in calls] == [3, 6, 9, 10]   # every third record (0.6 s), then the end
