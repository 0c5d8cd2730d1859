"""`inspector export` on a real SQLite file: the CSV parsed back equals the database to the cent; failures leave
nothing behind; spreadsheet formulas are neutralised."""
from __future__ import annotations

import csv
import hashlib
import datetime as dt
import errno
import json
import os
import shutil
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

import inspector.exporting as exporting
from inspector.cli.main import main
from inspector.demo.history import HistoryOptions, generate_history
from inspector.domain.operators import Role
from inspector.domain.returns import Return, ReturnLine, ReturnStatus
from inspector.domain.site_day import site_zone
from inspector.exporting import COLUMNS, neutralise
from inspector.paths import Paths
from inspector.photos.store import PhotoStore
from inspector.storage.database import Database
from inspector.storage.orm import FindingRow, InspectionRow, OperatorRow, ParcelRow, ReturnLineRow, ReturnRow
from inspector.usecases import inspections as ins
from inspector.usecases.operators import CreateOperator, create_operator
from inspector.usecases.parcels import ParcelCommand, ReceiveParcel, complete_parcel, receive_parcel
from inspector.usecases.returns import UpsertReturns, upsert_returns
from inspector.usecases.unit_of_work import UnitOfWork
from tests.conftest import pin_site_zone
from tests.photos import attach_test_photo

DAY = dt.date(2026, 11, 20)
UTC = dt.timezone.utc
UPS = "1Z999AA10123456784"


def at(hour: int, minute: int = 0, second: int = 0, micro: int = 0, day: dt.date = DAY) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, minute, second, micro), tzinfo=UTC)


PHOTO_SEEDS = iter(range(100, 200))


def inspect(uow, parcel_id, operator_id, plate, gtin, when, grade, findings=(), disposition=None, reason=None,
            note="", serial=None, photos=0, store=None):
    inspection_id = ins.start_inspection(ins.StartInspection(parcel_id, operator_id, "BENCH-07", gtin, plate,
                                                             when - dt.timedelta(minutes=1), gtin=gtin,
                                                             serial=serial), uow)
    ins.grade_inspection(ins.GradeInspection(inspection_id, grade), uow)
    for code in findings:
        ins.toggle_finding(ins.ToggleFinding(inspection_id, code), uow)
    if disposition:
        ins.choose_disposition(ins.ChooseDisposition(inspection_id, disposition, reason), uow)
    if note:
        ins.set_note(ins.SetNote(inspection_id, note), uow)
    with uow:
        needed = uow.session.get(InspectionRow, inspection_id).photo_needed
    for n in range(max(photos, 1 if needed else 0)):   # the shipped policy asks a photo of most of these
        attach_test_photo(uow, inspection_id, store=store, seed=next(PHOTO_SEEDS),
                          at=when - dt.timedelta(seconds=30 - n), operator_id=operator_id, station="BENCH-07")
    ins.complete_inspection(ins.InspectionCommand(inspection_id, when), uow)
    return inspection_id


@pytest.fixture(scope="module")
def bench_db(tmp_path_factory):
    """A bench database with hand-made inspections around the day's edges, plus generated history."""
    from inspector.domain.policy import load_policy
    from inspector.paths import resource
    policy = load_policy(resource("policy.json"))
    data_dir = tmp_path_factory.mktemp("export") / "data"
    db = Database.open_sqlite(data_dir / "bench.sqlite3")
    pin_site_zone(Paths(data_dir), "UTC")     # the rows below sit on both sides of UTC midnight
    store = PhotoStore(Paths(data_dir).photos_dir)
    uow = UnitOfWork(db, policy)
    operator = create_operator(CreateOperator("OP-1001", "Ana Popescu", Role.INSPECTOR, "1234", at(6)), uow)
    rma = Return("", "RMA-10000001", "=cmd|' /C calc'!A0", "+lazy customer", DAY - dt.timedelta(days=3),
                 ReturnStatus.OPEN, (UPS,), (
                     ReturnLine("", 1, "PHONE-X1", "4006381333931", "Telefon mobil X1 (negru)", 1, Decimal("299.90"),
                                "EUR", "electronics", ("SN-AAA1",)),
                     ReturnLine("", 2, "CUP-JP", "5901234123457", "@湯呑み", 3, Decimal("1999"), "JPY", "home")))
    upsert_returns(UpsertReturns([rma], "test", at(6)), uow)
    parcel = receive_parcel(ReceiveParcel("BENCH-07", operator, UPS, at(0, 0), tracking_number=UPS, carrier="ups",
                                          packaging_condition="dented"), uow)
    ids = {
        "first": inspect(uow, parcel, operator, "LP0000000001", "04006381333931", at(0, 0, 0, 0), "B",
                         ("scratches", "missing_accessory"), serial="SN-AAA1", note="-broken hinge", photos=2,
                         store=store),
        "cup": inspect(uow, parcel, operator, "LP0000000002", "05901234123457", at(12), "C", ("dents", "stains"),
                       disposition="liquidate", reason="=HYPERLINK(\"http://x\")", store=store),
        "wrong": inspect(uow, parcel, operator, "LP0000000003", "09501101530003", at(13), "A", ("scratches",),
                         store=store),
        "last": inspect(uow, parcel, operator, "LP0000000004", "05901234123457", at(23, 59, 59, 999999), "D",
                        ("transit_damage",), store=store),
        "next_day": inspect(uow, parcel, operator, "LP0000000005", "05901234123457",
                            at(0, 0, 0, 0, DAY + dt.timedelta(days=1)), "A", store=store),
    }
    complete_parcel(ParcelCommand(parcel, at(0, 5, day=DAY + dt.timedelta(days=1))), uow)
    # An item still in progress is not exported.
    second = receive_parcel(ReceiveParcel("BENCH-07", operator, "RMA-10000001", at(14), rma_number="RMA-10000001"),
                            uow)
    ins.start_inspection(ins.StartInspection(second, operator, "BENCH-07", "x", "LP0000000006", at(14),
                                             gtin="05901234123457"), uow)
    generate_history(db, policy, HistoryOptions(parcels=150, days=3, seed=7), now=at(22))
    yield data_dir, db, ids
    db.dispose()


def export(data_dir: Path, out: Path, fmt: str = "csv", day: dt.date = DAY) -> int:
    return main(["--data-dir", str(data_dir), "export", "--date", day.isoformat(), "--format", fmt, "-o", str(out)])


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
        assert tuple(reader.fieldnames) == COLUMNS
        return list(reader)


def unneutralised(cell: str) -> str:
    return cell[1:] if cell.startswith("'") and cell[1:2] in ("=", "+", "-", "@", "\t", "\r") else cell


def test_csv_round_trips_to_the_database_to_the_cent(bench_db, tmp_path, capsys):
    data_dir, db, ids = bench_db
    out = tmp_path / "day.csv"
    assert export(data_dir, out) == 0
    rows = read_csv(out)
    assert f"Exported {len(rows)} item inspection(s)" in capsys.readouterr().out
    start, end = site_zone("UTC").day_bounds(DAY)
    with db.session() as s:
        expected = {r.id: r for r in s.scalars(select(InspectionRow).where(
            InspectionRow.status == "completed", InspectionRow.completed_at >= start, InspectionRow.completed_at < end))}
        findings = {}
        for f in s.scalars(select(FindingRow)):
            findings.setdefault(f.inspection_id, []).append(f)
        badges = dict(s.execute(select(OperatorRow.id, OperatorRow.badge)).all())
        parcels = {p.id: p for p in s.scalars(select(ParcelRow))}
        lines = {ln.id: ln for ln in s.scalars(select(ReturnLineRow))}
        rmas = dict(s.execute(select(ReturnRow.id, ReturnRow.rma_number)).all())
    assert len(expected) > 50   # the generated history put many on this day too
    assert {r["inspection_id"] for r in rows} == set(expected)
    assert ids["next_day"] not in expected and ids["first"] in expected and ids["last"] in expected
    totals: dict[str, Decimal] = {}
    for r in rows:
        db_row = expected[r["inspection_id"]]
        for money in ("unit_price", "deduction_total", "refund"):
            value = getattr(db_row, money)
            assert r[money] == ("" if value is None else str(value))           # exact text, same minor units
            assert (Decimal(r[money]) if r[money] else None) == value
        if db_row.refund is not None:
            totals[db_row.currency] = totals.get(db_row.currency, Decimal(0)) + Decimal(r["refund"])
        assert r["findings"] == ";".join(f"{f.code}:{'' if f.deduction is None else f.deduction}"
                                         for f in sorted(findings.get(db_row.id, []), key=lambda f: f.code))
        assert dt.datetime.fromisoformat(r["completed_at"]) == db_row.completed_at
        assert r["operator_badge"] == badges[db_row.operator_id] and r["station"] == db_row.station
        assert r["grade"] == db_row.grade and r["disposition"] == db_row.disposition
        assert r["license_plate"] == db_row.license_plate and r["match_kind"] == db_row.match_kind
        assert r["flags"] == ";".join(db_row.flags)
        parcel = parcels[db_row.parcel_id]
        assert r["parcel_tracking_number"] == (parcel.tracking_number or "")
        assert r["rma_number"] == (rmas.get(parcel.return_id) or "")
        if db_row.return_line_id:
            assert r["line_no"] == str(lines[db_row.return_line_id].line_no)
    with db.session() as s:
        db_totals: dict[str, Decimal] = {}
        for refund, currency in s.execute(select(InspectionRow.refund, InspectionRow.currency).where(
                InspectionRow.status == "completed", InspectionRow.completed_at >= start,
                InspectionRow.completed_at < end, InspectionRow.refund.is_not(None))):
            db_totals[currency] = db_totals.get(currency, Decimal(0)) + refund
    assert totals == db_totals


def test_the_hand_made_rows_carry_every_field(bench_db, tmp_path):
    data_dir, _, ids = bench_db
    out = tmp_path / "day.csv"
    assert export(data_dir, out) == 0
    by_id = {r["inspection_id"]: r for r in read_csv(out)}
    first = by_id[ids["first"]]
    assert first["findings"] == "missing_accessory:5.00;scratches:29.99"
    assert (first["unit_price"], first["deduction_total"], first["refund"], first["currency"]) == (
        "299.90", "34.99", "264.91", "EUR")
    assert first["serial"] == "SN-AAA1" and first["line_serials"] == "SN-AAA1" and first["line_no"] == "1"
    assert first["operator_name"] == "Ana Popescu" and first["station"] == "BENCH-07"
    assert first["parcel_packaging_condition"] == "dented" and first["parcel_carrier"] == "ups"
    assert first["completed_at"] == "2026-11-20T00:00:00+00:00" and first["started_at"].startswith("2026-11-19T23:59")
    assert first["parcel_status"] == "completed" and first["delivered_on"] == "2026-11-17"
    cup = by_id[ids["cup"]]
    assert (cup["unit_price"], cup["deduction_total"], cup["refund"], cup["currency"]) == ("1999", "900", "1099", "JPY")
    assert cup["disposition"] == "liquidate" and cup["proposed_disposition"] == "refurbish"
    wrong = by_id[ids["wrong"]]
    assert wrong["match_kind"] == "wrong_item" and wrong["refund"] == "" and wrong["findings"] == "scratches:"
    assert by_id[ids["last"]]["completed_at"] == "2026-11-20T23:59:59.999999+00:00"
    assert by_id[ids["last"]]["findings"] == "transit_damage:0"


def test_formula_cells_are_neutralised(bench_db, tmp_path):
    data_dir, _, ids = bench_db
    out = tmp_path / "day.csv"
    assert export(data_dir, out) == 0
    by_id = {r["inspection_id"]: r for r in read_csv(out)}
    first, cup = by_id[ids["first"]], by_id[ids["cup"]]
    assert first["order_number"] == "'=cmd|' /C calc'!A0"
    assert first["customer_reason"] == "'+lazy customer"
    assert first["note"] == "'-broken hinge"
    assert cup["disposition_reason"] == "'=HYPERLINK(\"http://x\")"
    assert cup["line_description"] == "'@湯呑み" and cup["description"] == "'@湯呑み"
    for row in by_id.values():
        for cell in row.values():
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), cell


@pytest.mark.parametrize("cell, expected", [("=1+1", "'=1+1"), ("+1", "'+1"), ("-1", "'-1"), ("@x", "'@x"),
                                            ("\tx", "'\tx"), ("\rx", "'\rx"), ("a=b", "a=b"), ("", ""),
                                            ("'=x", "'=x")])
def test_neutralise(cell, expected):
    assert neutralise(cell) == expected


def test_json_export_matches_the_csv(bench_db, tmp_path):
    data_dir, _, ids = bench_db
    assert export(data_dir, tmp_path / "day.csv") == 0
    assert export(data_dir, tmp_path / "day.json", "json") == 0
    document = json.loads((tmp_path / "day.json").read_text(encoding="utf-8"))
    assert document["date"] == "2026-11-20" and document["timezone"] == "UTC"
    csv_rows = {r["inspection_id"]: r for r in read_csv(tmp_path / "day.csv")}
    assert document["count"] == len(document["inspections"]) == len(csv_rows)
    for obj in document["inspections"]:
        row = csv_rows[obj["inspection_id"]]
        for money in ("unit_price", "deduction_total", "refund"):
            assert (obj[money] or "") == row[money] and not isinstance(obj[money], float)
        assert (obj["order_number"] or "") == unneutralised(row["order_number"])
        assert ";".join(f"{f['code']}:{f['deduction'] or ''}" for f in obj["findings"]) == row["findings"]
    first = next(o for o in document["inspections"] if o["inspection_id"] == ids["first"])
    assert first["findings"][1] == {"code": "scratches", "deduction": "29.99", "basis": "10% of 299.90 EUR"}


def test_a_day_without_inspections_writes_just_the_header(bench_db, tmp_path, capsys):
    data_dir, _, _ = bench_db
    out = tmp_path / "empty.csv"
    assert export(data_dir, out, day=dt.date(2020, 1, 1)) == 0
    assert read_csv(out) == []
    assert "Exported 0" in capsys.readouterr().out


def test_a_full_disk_leaves_nothing_half_written(bench_db, tmp_path, monkeypatch, capsys):
    data_dir, _, _ = bench_db
    out = tmp_path / "day.csv"
    out.write_text("yesterday's export\n")

    def write_then_fill_the_disk(rows, handle):
        handle.write("inspection_id,half a row")
        handle.flush()
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(exporting, "write_csv", write_then_fill_the_disk)
    assert export(data_dir, out) == 2
    assert "The disk is full" in capsys.readouterr().err
    assert out.read_text() == "yesterday's export\n"                # the old file is untouched
    assert sorted(p.name for p in tmp_path.iterdir()) == ["day.csv"]  # and no temporary file is left


@pytest.mark.parametrize("make_target, words", [
    (lambda tmp: tmp / "missing" / "day.csv", "does not exist"),
    (lambda tmp: tmp / "a_file" / "day.csv", "is not a folder"),
    (lambda tmp: tmp, "is a folder"),
])
def test_unwritable_paths_give_a_clear_message(bench_db, tmp_path, capsys, make_target, words):
    data_dir, _, _ = bench_db
    (tmp_path / "a_file").write_text("x")
    assert export(data_dir, make_target(tmp_path)) == 2
    err = capsys.readouterr().err
    assert err.startswith("Export failed: ") and words in err
    assert not list(tmp_path.glob(".*.tmp"))


def test_no_database_is_an_error_not_an_empty_export(tmp_path, capsys):
    assert export(tmp_path / "nowhere", tmp_path / "x.csv") == 2
    assert "no bench database" in capsys.readouterr().err
    assert not (tmp_path / "nowhere").exists()


def test_bad_date_is_refused(tmp_path, capsys):
    with pytest.raises(SystemExit) as info:
        main(["--data-dir", str(tmp_path), "export", "--date", "20.11.2026", "-o", str(tmp_path / "x.csv")])
    assert info.value.code == 2
    assert "YYYY-MM-DD" in capsys.readouterr().err


@pytest.mark.parametrize("zone, inside, label", [
    ("Pacific/Kiritimati", {"first"}, "Pacific/Kiritimati"),                        # the day is 11-19 10:00 to 11-20 10:00 UTC
    ("Etc/GMT+12", {"cup", "wrong", "last", "next_day"}, "Etc/GMT+12"),              # 11-20 12:00 to 11-21 12:00 UTC
])
def test_the_day_asked_for_is_the_sites_day_in_its_zone(bench_db, tmp_path, zone, inside, label):
    """A site far from UTC gets its own calendar day in the export and the report, not the UTC day."""
    data_dir, _db, ids = bench_db
    pin_site_zone(Paths(data_dir), zone)
    try:
        out = tmp_path / "day.csv"
        assert export(data_dir, out) == 0
        exported = {r["inspection_id"] for r in read_csv(out)}
        assert {name for name, inspection_id in ids.items() if inspection_id in exported} == inside
        start, end = site_zone(zone).day_bounds(DAY)
        assert all(start.isoformat() <= r["completed_at"] < end.isoformat() for r in read_csv(out))
        pdf = tmp_path / "day.pdf"
        assert main(["--data-dir", str(data_dir), "report", "--date", DAY.isoformat(), "-o", str(pdf)]) == 0
        from pypdf import PdfReader
        first_page = PdfReader(pdf).pages[0].extract_text()
        assert f"Day: {DAY.isoformat()} ({label})" in first_page
    finally:
        pin_site_zone(Paths(data_dir), "UTC")


def live_hashes(db) -> dict[str, str]:
    """Each item's live photo hashes as the CSV cell writes them (space separated, oldest first)."""
    from inspector.storage.orm_photos import InspectionPhotoRow as P
    found: dict[str, list[str]] = {}
    with db.session() as s:
        for inspection_id, sha in s.execute(select(P.inspection_id, P.sha256).where(P.removed_at.is_(None))
                                            .order_by(P.taken_at, P.id)):
            found.setdefault(inspection_id, []).append(sha)
    return {k: " ".join(v) for k, v in found.items()}


def test_photo_hashes_column_lists_each_items_live_photos(bench_db, tmp_path):
    data_dir, db, ids = bench_db
    assert COLUMNS[-1] == "photo_hashes"
    assert export(data_dir, tmp_path / "day.csv") == 0
    assert export(data_dir, tmp_path / "day.json", "json") == 0
    rows = {r["inspection_id"]: r for r in read_csv(tmp_path / "day.csv")}
    expected = live_hashes(db)
    assert all(r["photo_hashes"] == expected.get(i, "") for i, r in rows.items())
    assert len(rows[ids["first"]]["photo_hashes"].split(" ")) == 2
    assert all(len(rows[ids[name]]["photo_hashes"].split(" ")) == 1 for name in ("cup", "wrong", "last"))
    document = json.loads((tmp_path / "day.json").read_text(encoding="utf-8"))
    assert all(obj["photo_hashes"] == rows[obj["inspection_id"]]["photo_hashes"].split()
               for obj in document["inspections"])


def exported_hashes(path: Path) -> set[str]:
    return {sha for r in read_csv(path) for sha in r["photo_hashes"].split()}


def _edit_in_place(path: Path) -> int:
    """The exit code of a process that opens `path` for writing, as a person's editor would (root's override of file
    modes dropped, so the file's own mode decides)."""
    command = [sys.executable, "-c", "import sys; open(sys.argv[1], 'r+b').write(b'edited')", str(path)]
    if os.geteuid() == 0:
        if shutil.which("setpriv") is None:
            pytest.skip("running as root with no setpriv to drop the override of file modes")
        command = ["setpriv", "--bounding-set=-all", "--inh-caps=-all", *command]
    return subprocess.run(command, capture_output=True, timeout=60).returncode


def test_photos_option_places_byte_identical_files_beside_the_export(bench_db, tmp_path, capsys):
    data_dir, _, _ = bench_db
    store = PhotoStore(Paths(data_dir).photos_dir)
    folder = tmp_path / "photos"
    assert main(["--data-dir", str(data_dir), "export", "--date", DAY.isoformat(), "-o", str(tmp_path / "day.csv"),
                 "--photos", str(folder)]) == 0
    hashes = exported_hashes(tmp_path / "day.csv")
    assert hashes and {p.name for p in folder.iterdir()} == {f"{sha}.jpg" for sha in hashes}
    for sha in hashes:
        placed = folder / f"{sha}.jpg"
        assert placed.read_bytes() == store.read(sha)
        assert hashlib.sha256(placed.read_bytes()).hexdigest() == sha
        assert placed.stat().st_ino == store.path(sha).stat().st_ino          # same disk: a hard link
        # The link is the bench's evidence itself: read-only, so an edit in place fails and changes nothing.
        assert placed.stat().st_mode & 0o777 == 0o444 and store.thumb_path(sha).stat().st_mode & 0o777 == 0o444
        assert _edit_in_place(placed) != 0 and store.verify(sha)
    assert f"Placed {len(hashes)} photo(s)" in capsys.readouterr().out
    # Again into the same folder: the files are there already and kept.
    assert main(["--data-dir", str(data_dir), "export", "--date", DAY.isoformat(), "-o", str(tmp_path / "day.csv"),
                 "--photos", str(folder)]) == 0
    assert f"{len(hashes)} there already" in capsys.readouterr().out


def test_photos_on_another_disk_are_copied(bench_db, tmp_path_factory, tmp_path, capsys):
    data_dir, _, _ = bench_db
    shm = Path("/dev/shm")
    if not shm.is_dir() or shm.stat().st_dev == Path(data_dir).stat().st_dev:
        pytest.skip("no second file system to export to")
    store = PhotoStore(Paths(data_dir).photos_dir)
    import tempfile
    with tempfile.TemporaryDirectory(dir=shm) as other:
        folder = Path(other) / "photos"
        assert main(["--data-dir", str(data_dir), "export", "--date", DAY.isoformat(), "-o",
                     str(tmp_path / "day.csv"), "--photos", str(folder)]) == 0
        hashes = exported_hashes(tmp_path / "day.csv")
        assert all((folder / f"{sha}.jpg").read_bytes() == store.read(sha) for sha in hashes)
        assert {p.name for p in folder.iterdir()} == {f"{sha}.jpg" for sha in hashes}     # no temporary file left
        assert f"0 linked, {len(hashes)} copied" in capsys.readouterr().out


def test_a_full_disk_while_copying_photos_says_so(bench_db, tmp_path, monkeypatch, capsys):
    from contextlib import contextmanager

    import inspector.exporting.photo_copies as photo_copies
    data_dir, _, _ = bench_db
    real = photo_copies.replaced_atomically

    class FillingBuffer:
        def __init__(self, buffer):
            self.buffer = buffer

        def write(self, data):
            self.buffer.write(data[: len(data) // 2])
            raise OSError(errno.ENOSPC, "No space left on device")

    class Handle:
        def __init__(self, handle):
            self.buffer = FillingBuffer(handle.buffer)

    @contextmanager
    def filling(target, encoding="utf-8"):
        with real(target, encoding) as handle:
            yield Handle(handle)

    def no_links(source, target):
        raise OSError(errno.EXDEV, "Invalid cross-device link")

    monkeypatch.setattr(photo_copies, "replaced_atomically", filling)
    monkeypatch.setattr(photo_copies.os, "link", no_links)
    folder = tmp_path / "photos"
    assert main(["--data-dir", str(data_dir), "export", "--date", DAY.isoformat(), "-o", str(tmp_path / "day.csv"),
                 "--photos", str(folder)]) == 2
    err = capsys.readouterr().err
    assert "Photos not copied: The disk is full:" in err and "Free some space" in err
    assert "The export itself is complete." in err
    assert read_csv(tmp_path / "day.csv")                 # the export stands
    assert list(folder.iterdir()) == []                   # no half picture, no temporary file


def test_the_windows_export_places_the_photos_too(bench_db, tmp_path):
    from inspector.domain.policy import load_policy
    from inspector.paths import resource
    from inspector.usecases.exports import ExportInspections, export_inspections
    data_dir, db, _ = bench_db
    policy = load_policy(resource("policy.json"))
    supervisor = create_operator(CreateOperator("OP-2002", "Lan", Role.SUPERVISOR, "4321", at(6)),
                                 UnitOfWork(db, policy))
    done = export_inspections(ExportInspections(supervisor, DAY, DAY, "csv", tmp_path / "day.csv",
                                                photos_to=tmp_path / "photos",
                                                photo_store=Paths(data_dir).photos_dir), UnitOfWork(db, policy))
    hashes = exported_hashes(tmp_path / "day.csv")
    assert done.photos is not None and done.photos.placed == len(hashes) and done.photos.missing == 0
    assert {p.name for p in (tmp_path / "photos").iterdir()} == {f"{sha}.jpg" for sha in hashes}
