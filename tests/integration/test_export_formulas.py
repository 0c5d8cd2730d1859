"""CSV export and spreadsheet formulas in list cells (`line_serials`, `parcel_flags`, `flags`, `findings`).

A list cell is `a;b;c`. A spreadsheet splits it into cells (Text to Columns on ';', or opening the file where ';' is
the list separator, as in most of Europe), so each element must be as harmless as a whole cell: none may start a
formula. Checked through the real `inspector export` on a real database, and on every list field of the writer.
"""
from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import io
from decimal import Decimal

import pytest
from sqlalchemy import update

from inspector.cli.main import main
from inspector.domain.operators import Role
from inspector.domain.policy import load_policy
from inspector.domain.returns import Return, ReturnLine, ReturnStatus
from inspector.exporting import ExportFinding, ExportRow, write_csv
from inspector.paths import Paths, resource
from inspector.storage.database import Database
from inspector.storage.orm import InspectionRow, ParcelRow
from inspector.usecases.operators import CreateOperator, create_operator
from inspector.usecases.parcels import ReceiveParcel, receive_parcel
from inspector.usecases.returns import UpsertReturns, upsert_returns
from inspector.usecases.unit_of_work import UnitOfWork
from tests.conftest import pin_site_zone
from tests.integration.test_export_command import UPS, at, inspect

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
DANGEROUS = ("=HYPERLINK(\"http://evil.example\",\"click\")", "+1+1", "-2+3", "@SUM(1)", "\t=1", "\r=1")
LIST_COLUMNS = ("parcel_flags", "line_serials", "flags", "findings")


def elements(cell: str) -> list[str]:
    return cell.split(";") if cell else []


def assert_harmless(row: dict[str, str]) -> None:
    for name in LIST_COLUMNS:
        for element in elements(row[name]):
            assert not element.startswith(FORMULA_STARTS), (name, element)


def test_every_element_of_a_list_cell_is_neutralised_in_a_real_export(tmp_path):
    data_dir = tmp_path / "data"
    db = Database.open_sqlite(data_dir / "bench.sqlite3")
    try:
        pin_site_zone(Paths(data_dir), "UTC")
        uow = UnitOfWork(db, load_policy(resource("policy.json")))
        operator = create_operator(CreateOperator("OP-1001", "Ana Popescu", Role.INSPECTOR, "1234", at(6)), uow)
        serials = ("SN-OK", *DANGEROUS)
        upsert_returns(UpsertReturns([Return("", "RMA-10000001", "ORD-1", "", None, ReturnStatus.OPEN, (UPS,), (
            ReturnLine("", 1, "PHONE-X1", "4006381333931", "Telefon", len(serials), Decimal("299.90"), "EUR",
                       "electronics", serials),))], "test", at(6)), uow)
        parcel = receive_parcel(ReceiveParcel("BENCH-07", operator, UPS, at(7), tracking_number=UPS, carrier="ups"),
                                uow)
        inspection = inspect(uow, parcel, operator, "LP0000000001", "04006381333931", at(8), "B", ("scratches",),
                             serial="SN-OK")
        # Flags are codes the bench writes; a hub or a later version could carry anything, so the export must not
        # trust them either.
        with db.engine.begin() as conn:
            conn.execute(update(ParcelRow).where(ParcelRow.id == parcel).values(flags=["late", *DANGEROUS]))
            conn.execute(update(InspectionRow).where(InspectionRow.id == inspection)
                         .values(flags=["serial_mismatch", *DANGEROUS]))
    finally:
        db.dispose()
    out = tmp_path / "day.csv"
    assert main(["--data-dir", str(data_dir), "export", "--date", at(8).date().isoformat(), "-o", str(out)]) == 0
    with out.open(encoding="utf-8-sig", newline="") as handle:
        (row,) = list(csv.DictReader(handle))
    assert_harmless(row)
    assert elements(row["line_serials"]) == ["SN-OK", *("'" + s for s in DANGEROUS)]
    assert elements(row["parcel_flags"]) == ["late", *("'" + s for s in DANGEROUS)]
    assert elements(row["flags"])[0] == "serial_mismatch" and len(elements(row["flags"])) == 1 + len(DANGEROUS)


def _row(**changes: object) -> ExportRow:
    now = dt.datetime(2026, 11, 20, 8, tzinfo=dt.timezone.utc)
    plain = {f.name: None for f in dataclasses.fields(ExportRow)}
    plain.update(inspection_id="i1", license_plate="LP1", status="completed", started_at=now, completed_at=now,
                 station="B", operator_badge="OP", operator_name="Ana", parcel_id="p1", parcel_scanned_text="x",
                 parcel_received_at=now, parcel_received_by_badge="OP", parcel_station="B",
                 parcel_packaging_condition="intact", parcel_status="completed", parcel_flags=(), line_serials=(),
                 scanned_text="x", description="d", match_kind="matched", flags=(), findings=(),
                 proposed_disposition="restock", disposition="restock", bin="A1", note="", label_prints=0, version=1)
    plain.update(changes)
    return ExportRow(**plain)


@pytest.mark.parametrize("start", FORMULA_STARTS, ids=["eq", "plus", "minus", "at", "tab", "cr"])
@pytest.mark.parametrize("column", LIST_COLUMNS)
def test_no_element_of_any_list_field_can_start_a_formula(column, start):
    dangerous = f"{start}cmd|' /C calc'!A0"
    if column == "findings":
        value: object = (ExportFinding("scratches", Decimal("1.00"), "10%"), ExportFinding(dangerous, None, "x"))
    else:
        value = ("ok", dangerous, "also-ok")
    out = io.StringIO()
    write_csv([_row(**{column: value})], out)
    (row,) = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert_harmless(row)
    assert elements(row[column])[1].startswith("'" + start)   # kept, shown as text, not dropped or altered


def test_a_whole_list_cell_is_still_neutralised_at_its_start():
    out = io.StringIO()
    write_csv([_row(line_serials=("=1+1", "SN-2"))], out)
    (row,) = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert row["line_serials"] == "'=1+1;SN-2"
