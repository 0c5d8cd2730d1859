"""The bench knows its returns: any return number opens its parcel, an order number opens its one open return or
offers its several, and a text that is both a return's number and a line's SKU is read by the bench's phase.

Real parts throughout: returns imported by the real `inspector import-rmas` into a real SQLite file, the real
`BenchSession` over it, and `inspector explain-scan` as a subprocess on the same data dir.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import event, select

from inspector.bench.session import BenchSession
from inspector.bench.state import RETURN_CHOICES_MAX, Cue, Phase, ReturnChoice
from inspector.domain.operators import Role
from inspector.domain.policy import load_policy, policy_from_dict
from inspector.paths import Paths, resource
from inspector.storage.database import Database
from inspector.storage.orm import ParcelRow, ReturnRow
from inspector.usecases.operators import CreateOperator, create_operator
from inspector.usecases.scan_lookup import known_for_scan
from inspector.usecases.unit_of_work import UnitOfWork
from tests.conftest import NOW, Clock

_SCRIPT = Path(sys.executable).with_name("inspector")
COMMAND = [str(_SCRIPT)] if _SCRIPT.exists() else [sys.executable, "-m", "inspector"]

AMAZON = "DZMb5xQ4RRMA"
LONG = "ERP-RETURN-2026-11-" + "0" * 44 + "9"          # as long as a return number may be
ERP, ERP_SKU = "R-2026-000123", "R-2026-000777"       # a line of ERP's return has the other return's number as SKU
DELIVERED = "2026-11-18"
SEVERAL = "Order {order} has {count} open returns: press 1-{count} or scan the RMA label."


def _return(rma: str, order: str, skus: list[tuple[str, int]], status: str = "open", reason: str = "",
            delivered_on: str | None = None) -> dict:
    return {"rma_number": rma, "order_number": order, "customer_reason": reason, "delivered_on": delivered_on,
            "status": status,
            "lines": [{"line_no": n, "sku": sku, "description": f"Item {sku}", "quantity": quantity,
                       "unit_price": "10.00", "currency": "EUR", "category": "home"}
                      for n, (sku, quantity) in enumerate(skus, start=1)]}


RETURNS = [
    _return(AMAZON, "114-3941689-8772232", [("KTL-17-BS", 1), ("TST-2S", 1)], reason="Arrived dented"),
    _return("#1001-R1", "#1001", [("TEE-BLK-M", 1)]),
    _return("#1002-R1", "#1002", [("CAP-RED", 1)]),
    _return("#1003-R1", "#1003", [("SHOE-41", 1), ("SOCK-3P", 2)], reason="Too small", delivered_on=DELIVERED),
    _return("#1003-R2", "#1003", [("BELT-90", 1)], reason="Changed my mind"),
    _return("#1003-R0", "#1003", [("HAT-1", 1)], status="closed"),     # closed: never offered
    # SKUs match in any case (domain.matching), so a lower-case line SKU is still that number.
    _return(ERP, "ERP-77", [(ERP_SKU.lower(), 1)]),
    _return(ERP_SKU, "ERP-78", [("LAMP-1", 1)]),
    _return(LONG, "ERP-79", [("DESK-1", 1)]),
    *[_return(f"#2000-R{n}", "#2000", [("MUG-1", 1)]) for n in range(1, RETURN_CHOICES_MAX + 2)],
]


def cli(data_dir: Path, *args: str) -> subprocess.CompletedProcess:
    done = subprocess.run([*COMMAND, "--data-dir", str(data_dir), *args], capture_output=True, text=True,
                          encoding="utf-8", timeout=120)
    assert "Traceback" not in done.stderr, done.stderr
    return done


def import_returns(data_dir: Path, tmp: Path) -> None:
    source = tmp / "returns.json"
    source.write_text(json.dumps({"returns": RETURNS}), encoding="utf-8")
    done = cli(data_dir, "import-rmas", str(source), "--json")
    assert done.returncode == 0, done.stdout + done.stderr
    assert len(json.loads(done.stdout)["imported"]) == len(RETURNS)


def explain(data_dir: Path, text: str, *extra: str) -> dict:
    done = cli(data_dir, "explain-scan", text, *extra)
    assert done.returncode in (0, 2), done.stderr
    return json.loads(done.stdout)


@pytest.fixture(scope="module")
def imported(tmp_path_factory) -> Path:
    """A data dir with an operator and RETURNS, imported by the real command; copied by each test that writes."""
    tmp = tmp_path_factory.mktemp("any-rma")
    paths = Paths(tmp / "data").ensure()
    database = Database.open_sqlite(paths.database)
    try:
        create_operator(CreateOperator("OP-1001", "Ana Popescu", Role.INSPECTOR, "1234", NOW),
                        UnitOfWork(database, load_policy(resource("policy.json"))))
    finally:
        database.dispose()
    import_returns(paths.data_dir, tmp)
    return paths.data_dir


@pytest.fixture
def data_dir(imported, tmp_path) -> Path:
    return Path(shutil.copytree(imported, tmp_path / "data"))



@pytest.fixture
def database(data_dir):
    db = Database.open_sqlite(Paths(data_dir).database)
    yield db
    db.dispose()


def signed_in(database: Database, policy=None) -> BenchSession:
    bench = BenchSession(database, policy or load_policy(resource("policy.json")), "bench-1", Clock())
    bench.handle_scan("OP-1001")
    assert bench.enter_pin("1234").phase is Phase.AWAITING_PARCEL
    return bench


def scanned_text_of(database: Database, rma: str) -> list[str]:
    with database.session() as s:
        return list(s.scalars(select(ParcelRow.scanned_text).join(ReturnRow, ReturnRow.id == ParcelRow.return_id)
                              .where(ReturnRow.rma_number == rma)))


# ----------------------------------------------------------------------------------------------- at the bench
@pytest.mark.parametrize("number", [AMAZON, "#1001-R1", LONG])
def test_a_return_opens_by_its_own_number_whatever_its_shape(database, number):
    bench = signed_in(database)
    state = bench.handle_scan(f"{number}\r\n")
    assert state.phase is Phase.AWAITING_ITEM and state.feedback.cue is Cue.SUCCESS
    assert state.parcel.rma_number == number and state.parcel.flags == ()
    assert scanned_text_of(database, number) == [number]


def test_a_64_character_number_is_stored_whole_and_its_items_match(database):
    with database.session() as s:
        assert s.scalar(select(ReturnRow.rma_number).where(ReturnRow.rma_number == LONG)) == LONG
    assert len(LONG) == 64
    bench = signed_in(database)
    bench.handle_scan(LONG)
    state = bench.handle_scan("DESK-1")
    assert state.phase is Phase.INSPECTING and state.item.match_kind == "matched"


def test_an_amazon_id_then_its_items(database):
    bench = signed_in(database)
    assert bench.handle_scan(AMAZON).parcel.order_number == "114-3941689-8772232"
    state = bench.handle_scan("ktl-17-bs")
    assert state.phase is Phase.INSPECTING and state.item.match_kind == "matched"


def test_an_order_number_with_one_open_return_opens_it(database):
    bench = signed_in(database)
    state = bench.handle_scan("#1002")
    assert state.phase is Phase.AWAITING_ITEM and state.parcel.rma_number == "#1002-R1"
    assert state.return_choices == () and state.feedback.cue is Cue.SUCCESS
    assert scanned_text_of(database, "#1002-R1") == ["#1002"]   # what was scanned, as for any parcel


def test_the_order_number_of_the_parcel_already_open_keeps_it_open(database):
    bench = signed_in(database)
    first = bench.handle_scan("#1002").parcel.id
    state = bench.handle_scan("#1002")             # the packing slip inside carries the order number too
    assert state.phase is Phase.AWAITING_ITEM and state.parcel.id == first and state.feedback.cue is Cue.INFO
    assert "#1002-R1 is the parcel open now" in state.feedback.message
    assert scanned_text_of(database, "#1002-R1") == ["#1002"]   # one receipt, not two


def test_an_order_with_two_open_returns_offers_them_and_a_choice_opens_one(database):
    bench = signed_in(database)
    state = bench.handle_scan("#1003")
    assert state.phase is Phase.AWAITING_PARCEL and state.parcel is None   # no phase of its own
    assert state.return_choices == (
        ReturnChoice("#1003-R1", "#1003", "Too small", dt.date.fromisoformat(DELIVERED), 2, 3),
        ReturnChoice("#1003-R2", "#1003", "Changed my mind", None, 1, 1))
    assert state.feedback.cue is Cue.WARNING
    assert state.feedback.text.template == SEVERAL
    assert state.feedback.message == "Order #1003 has 2 open returns: press 1-2 or scan the RMA label."

    state = bench.choose_return(2)
    assert state.phase is Phase.AWAITING_ITEM and state.parcel.rma_number == "#1003-R2"
    assert state.return_choices == () and state.feedback.cue is Cue.SUCCESS
    assert scanned_text_of(database, "#1003-R2") == ["#1003"]
    assert bench.choose_return(1).feedback.cue is Cue.ERROR            # nothing offered any more
    assert bench.state().parcel.rma_number == "#1003-R2"


def test_a_digit_key_chooses_while_returns_are_offered_and_escape_drops_them(database):
    bench = signed_in(database)
    bench.handle_scan("#1003")
    state = bench.grade_key(2)
    assert state.parcel.rma_number == "#1003-R2" and state.return_choices == ()

    # The order again with that parcel open: offered again; Esc drops the offer and keeps the parcel.
    assert len(bench.handle_scan("#1003").return_choices) == 2
    state = bench.cancel_item()
    assert state.return_choices == () and state.feedback.cue is Cue.INFO
    assert state.parcel.rma_number == "#1003-R2" and state.phase is Phase.AWAITING_ITEM
    state = bench.grade_key(2)                      # a grade key again: no item in hand
    assert state.feedback.cue is Cue.ERROR and state.parcel.rma_number == "#1003-R2"

    # A scanned CANCEL answers the offer as Esc does.
    bench.handle_scan("#1003")
    state = bench.handle_scan("CMD:CANCEL")
    assert state.return_choices == () and state.feedback.cue is Cue.INFO


def test_any_other_scan_drops_the_offer(database):
    bench = signed_in(database)
    for other in ("SOCK-3P", "#9999", "#1002"):
        assert bench.handle_scan("#1003").return_choices
        state = bench.handle_scan(other)
        assert state.return_choices == ()
    assert state.parcel.rma_number == "#1002-R1"


def test_choosing_outside_the_offer_changes_nothing(database):
    bench = signed_in(database)
    bench.handle_scan("#1003")
    for n in (0, 3):
        state = bench.choose_return(n)
        assert state.feedback.cue is Cue.ERROR and len(state.return_choices) == 2 and state.parcel is None


def test_an_order_with_more_returns_than_keys_asks_for_the_rma_label(database):
    bench = signed_in(database)
    state = bench.handle_scan("#2000")
    assert state.return_choices == () and state.parcel is None and state.feedback.cue is Cue.WARNING
    assert state.feedback.message == "Order #2000 has more than 9 open returns: scan the RMA label."
    assert bench.handle_scan("#2000-R10").parcel.rma_number == "#2000-R10"


def test_signing_out_or_an_item_back_in_hand_drops_the_offer(database):
    bench = signed_in(database)
    bench.handle_scan("#1003")
    assert bench.sign_out().return_choices == ()

    bench = signed_in(database)
    bench.handle_scan("#1003-R1")
    bench.handle_scan("SHOE-41")
    bench.grade_key(1)
    assert bench.complete_item().item is None
    assert bench.handle_scan("#1003").return_choices
    state = bench.undo_complete()                       # the item just completed is in hand again
    assert state.item is not None and state.return_choices == ()
    assert bench.grade_key(2).item.grade == "B"         # a digit grades it


def test_a_known_return_that_is_also_a_line_sku_is_read_by_the_phase(database):
    bench = signed_in(database)
    state = bench.handle_scan(ERP_SKU)                  # between parcels: the parcel
    assert state.parcel.rma_number == ERP_SKU and state.phase is Phase.AWAITING_ITEM
    bench.complete_parcel()

    bench.handle_scan(ERP)
    state = bench.handle_scan(ERP_SKU)                  # ERP's parcel open: the item on its line
    assert state.phase is Phase.INSPECTING and state.parcel.rma_number == ERP
    assert state.item.match_kind == "matched" and state.item.sku == ERP_SKU.lower()


def test_the_site_policy_shapes_name_returns_not_imported_yet(database):
    unknown = "#1009-R1"
    assert signed_in(database).handle_scan(unknown).feedback.cue is Cue.ERROR      # no shape: refused
    data = json.loads(resource("policy.json").read_text(encoding="utf-8"))
    data["return_numbers"] = {"sources": ["shopify"]}
    bench = signed_in(database, policy_from_dict(data))
    bench.complete_parcel()
    state = bench.handle_scan(unknown)
    assert state.phase is Phase.AWAITING_ITEM and state.parcel.rma_number is None
    assert "unexpected_parcel" in state.parcel.flags and state.feedback.cue is Cue.WARNING


def test_the_lookup_is_at_most_three_indexed_reads(database):
    plans: list[str] = []

    def explain_query(conn, _cursor, statement, parameters, _context, _many):
        if statement.lstrip().upper().startswith("SELECT"):
            rows = conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {statement}", parameters).all()
            plans.append(" / ".join(row[-1] for row in rows))

    with database.engine.connect() as connection:
        event.listen(connection, "before_cursor_execute", explain_query)
        try:
            for text, expected in ((ERP_SKU, (ERP_SKU, (), True)), ("#1003", (None, ("#1003-R1", "#1003-R2"), False)),
                                   ("unknown-text", (None, (), False)), (AMAZON.lower(), (None, (), False))):
                plans.clear()
                known = known_for_scan(connection, text)
                assert (known.rma_number, known.order_returns, known.known_sku) == expected
                assert 1 <= len(plans) <= 3
                assert all("USING" in plan and "INDEX" in plan and "SCAN" not in plan for plan in plans), plans
        finally:
            event.remove(connection, "before_cursor_execute", explain_query)


# ----------------------------------------------------------------------------------------------- explain-scan
def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_explain_scan_reads_an_amazon_id_as_a_sku_until_its_return_is_imported(tmp_path):
    data_dir = tmp_path / "data"
    before = explain(data_dir, AMAZON)
    assert (before["ok"], before["kind"], before["why"]) == (True, "sku", None)
    assert not data_dir.exists()                        # nothing created to answer

    import_returns(data_dir, tmp_path)
    database = Paths(data_dir).database
    digest = sha256(database)
    after = explain(data_dir, AMAZON)
    assert (after["kind"], after["value"], after["why"]) == ("rma", AMAZON, "known_return")
    assert [(a["kind"], a["value"]) for a in after["alternatives"]] == [("sku", AMAZON.upper())]
    assert sha256(database) == digest                   # read, never written


def test_explain_scan_says_which_reading_the_phase_picks_and_lists_an_orders_returns(imported, tmp_path):
    data_dir = Path(shutil.copytree(imported, tmp_path / "data"))
    database = Paths(data_dir).database
    digest = sha256(database)

    in_hand = explain(data_dir, ERP_SKU, "--expect", "item")
    assert (in_hand["kind"], in_hand["value"], in_hand["why"]) == ("sku", ERP_SKU, "phase_item")
    assert [(a["kind"], a["value"]) for a in in_hand["alternatives"]] == [("rma", ERP_SKU)]
    between = explain(data_dir, ERP_SKU, "--expect", "parcel")
    assert (between["kind"], between["why"]) == ("rma", "phase_parcel")

    order = explain(data_dir, "#1003")
    assert (order["kind"], order["value"], order["why"], order["choices"]) == (
        "order", "#1003", "several_returns", ["#1003-R1", "#1003-R2"])
    one = explain(data_dir, "#1002")
    assert (one["kind"], one["value"], one["why"]) == ("rma", "#1002-R1", "known_order")

    unknown = explain(data_dir, "#1009-R1")
    assert unknown["ok"] is False
    policy = json.loads(resource("policy.json").read_text(encoding="utf-8"))
    policy["return_numbers"] = {"sources": ["shopify"]}
    Paths(data_dir).policy_override.write_text(json.dumps(policy), encoding="utf-8")
    shaped = explain(data_dir, "#1009-R1")
    assert (shaped["kind"], shaped["value"], shaped["why"]) == ("rma", "#1009-R1", "policy_shape:shopify")
    assert sha256(database) == digest
