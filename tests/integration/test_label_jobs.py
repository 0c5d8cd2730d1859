"""Label jobs on a real SQLite file: ZPL to a loopback "Zebra" over TCP, every failure keeps the job queued and the
inspection saved, success counts in label_prints; the `inspector label` command; printer settings; migration 0003."""
from __future__ import annotations

import datetime as dt
import json
import re
import shutil
import socket
from pathlib import Path

import pytest
from sqlalchemy import inspect, select

from inspector.cli.main import main
from inspector.errors import EnvironmentProblem, RefusedError
from inspector.printing import jobs
from inspector.printing.delivery import deliver
from inspector.printing.print_now import print_now
from inspector.printing.printer_settings import (PrinterKind, PrinterSettings, PrinterSettingsError,
                                                 load_printer_settings, save_printer_settings)
from inspector.printing.zebra import parse_host_status
from inspector.storage.database import Database
from inspector.storage.orm import InspectionRow, OperatorRow, OutboxRow
from inspector.storage.orm_labels import LabelJobRow
from inspector.usecases import inspections, parcels
from inspector.usecases.unit_of_work import UnitOfWork
from tests.fake_zebra import HEAD_OPEN, PAPER_OUT, READY, FakeZebra
from tests.conftest import NOW, PHONE_GTIN, UPS

PLATE = "LP0J4K8M2Q7X"


def clock() -> dt.datetime:
    return NOW + dt.timedelta(minutes=5)


@pytest.fixture
def item(seeded_database, policy) -> str:
    """A completed, graded item with GTIN, serial and lot: what a real bench hands to the label printer."""
    uow = lambda: UnitOfWork(seeded_database, policy)  # noqa: E731
    with uow() as u:
        op = u.session.scalar(select(OperatorRow.id).where(OperatorRow.badge == "OP-1001"))
    pid = parcels.receive_parcel(parcels.ReceiveParcel("bench-03", op, UPS, NOW, tracking_number=UPS), uow())
    iid = inspections.start_inspection(inspections.StartInspection(
        pid, op, "bench-03", f"01{PHONE_GTIN}21SN-AAA1\x1d10L2611-07", PLATE, NOW, gtin=PHONE_GTIN,
        serial="SN-AAA1", lot="L2611-07"), uow())
    inspections.grade_inspection(inspections.GradeInspection(iid, "B"), uow())
    inspections.complete_inspection(inspections.InspectionCommand(iid, NOW), uow())
    return iid


@pytest.fixture
def zebra():
    printer = FakeZebra()
    yield printer
    printer.close()


def _uow(database, policy):
    return lambda: UnitOfWork(database, policy)


def _job(database) -> LabelJobRow:
    with database.session() as s:
        return s.scalars(select(LabelJobRow).order_by(LabelJobRow.id.desc())).first()


def _prints(database, item) -> tuple[int, str]:
    with database.session() as s:
        row = s.get(InspectionRow, item)
        return row.label_prints, row.status


def test_label_goes_to_the_zebra_and_counts_as_printed(seeded_database, policy, item, zebra):
    delivery = print_now(PLATE, _uow(seeded_database, policy), zebra.settings(), reason="completed", clock=clock)
    assert delivery.problem is None and delivery.outcome.printed
    zpl = zebra.zpl
    assert zpl.startswith("~HS^XA\n^CI28\n")  # status asked first, then one UTF-8 label
    bc = re.findall(r"\^BCN,\d+,N,N,N,N\^FD(.*?)\^FS", zpl)
    assert bc == [">:LP0J4K8M2Q7X", ">;>8010400638133393121>6SN-AAA1>810L2611-07"]
    for text in ("Telefon mobil X1 (negru)", "OPEN BOX", "Ana Popescu", "bench-03", "^FR^FDB^FS"):
        assert text in zpl
    job = _job(seeded_database)
    assert (job.status, job.attempts, job.reason, job.printer) == ("printed", 1, "completed",
                                                                   f"Zebra 127.0.0.1:{zebra.port}")
    assert _prints(seeded_database, item) == (1, "completed")
    with seeded_database.session() as s:  # upstream hears the new print count
        versions = s.scalars(select(OutboxRow.version).where(OutboxRow.record_id == item)).all()
    assert versions == [2, 3]


@pytest.mark.parametrize("make_settings, reason, words", [
    (lambda port: PrinterSettings(), "no_printer", "No label printer is set up"),
    (lambda port: PrinterSettings(kind=PrinterKind.ZEBRA, zebra_host="127.0.0.1", zebra_port=port,
                                  timeout_s=0.5), "refused", "refused the connection"),
    (lambda port: PrinterSettings(kind=PrinterKind.ZEBRA, zebra_host="printer.invalid", timeout_s=0.5),
     "unreachable", "cannot be reached"),
    (lambda port: PrinterSettings(kind=PrinterKind.SYSTEM), "no_printer", "No label printer is set up"),
], ids=["no-printer", "refused", "unknown-host", "system-printer-without-qt"])
def test_printer_failures_keep_the_job_queued_and_the_inspection_saved(seeded_database, policy, item,
                                                                       make_settings, reason, words):
    closed = socket.create_server(("127.0.0.1", 0))
    port = closed.getsockname()[1]
    closed.close()  # nothing listens there now: connection refused
    delivery = print_now(item, _uow(seeded_database, policy), make_settings(port), clock=clock)
    _assert_kept(seeded_database, item, delivery, reason, words)


def _assert_kept(database, item, delivery, reason, words):
    assert not delivery.outcome.printed
    problem = delivery.problem
    assert isinstance(problem, EnvironmentProblem) and problem.reason == reason
    assert words in str(problem) and problem.what_to_do and "kept in the reprint queue" in str(problem)
    assert words in str(problem.text)  # the translatable form says the same
    job = _job(database)
    assert (job.status, job.attempts, job.last_reason) == ("queued", 1, reason) and words in job.last_error
    assert _prints(database, item) == (0, "completed")


def test_a_dead_printer_times_out_and_the_job_stays_queued(seeded_database, policy, item):
    dead = FakeZebra(status=None)
    try:
        delivery = print_now(item, _uow(seeded_database, policy), dead.settings(timeout_s=0.3), clock=clock)
    finally:
        dead.close()
    _assert_kept(seeded_database, item, delivery, "timeout", "did not answer in time")


@pytest.mark.parametrize("status, words", [(PAPER_OUT, "out of labels"), (HEAD_OPEN, "print head open")])
def test_a_printer_that_is_not_ready_gets_nothing_sent(seeded_database, policy, item, status, words):
    printer = FakeZebra(status=status)
    try:
        delivery = print_now(item, _uow(seeded_database, policy), printer.settings(), clock=clock)
        _assert_kept(seeded_database, item, delivery, "not_ready", words)
        assert printer.wait_received() == [b"~HS"]  # the label was never sent, so it cannot come out later as a double
    finally:
        printer.close()


def test_the_reprint_queue_retries_and_clears_when_the_printer_is_back(seeded_database, policy, item, zebra):
    new_uow = _uow(seeded_database, policy)
    print_now(item, new_uow, PrinterSettings(), clock=clock)             # no printer yet
    assert jobs.queued_count(new_uow()) == 1
    waiting = jobs.reprint_queue(new_uow())
    assert [(j.license_plate, j.attempts, j.description) for j in waiting] == [
        (PLATE, 1, "Telefon mobil X1 (negru)")]
    # Asking again while one is queued gives that same job: never two labels for one failure.
    again = jobs.queue_label(jobs.QueueLabel(PLATE, "2x1", clock(), "reprint"), new_uow())
    assert again.job_id == waiting[0].job_id and again.label_size == "2x1"
    for ticket in jobs.queued_tickets(new_uow()):
        jobs.record_outcome(deliver(ticket, zebra.settings(), clock=clock).outcome, new_uow())
    assert jobs.queued_count(new_uow()) == 0
    assert "^PW406" in zebra.zpl  # the 2x1 it was re-queued as
    assert _prints(seeded_database, item) == (1, "completed")


def test_recording_the_same_success_twice_counts_one_print(seeded_database, policy, item, zebra):
    new_uow = _uow(seeded_database, policy)
    ticket = jobs.queue_label(jobs.QueueLabel(item, "4x6", clock()), new_uow())
    outcome = deliver(ticket, zebra.settings(), clock=clock).outcome
    jobs.record_outcome(outcome, new_uow())
    jobs.record_outcome(outcome, new_uow())
    assert _prints(seeded_database, item) == (1, "completed")
    # A reprint after a print is a new job, and a second print.
    print_now(PLATE, new_uow, zebra.settings(), clock=clock)
    assert _prints(seeded_database, item) == (2, "completed")


def test_unknown_item_cancelled_job_and_bad_size_are_refused(seeded_database, policy, item):
    new_uow = _uow(seeded_database, policy)
    with pytest.raises(RefusedError, match="No item with label or id LP9999999999"):
        jobs.queue_label(jobs.QueueLabel("LP9999999999", "4x6", clock()), new_uow())
    with pytest.raises(RefusedError, match="Unknown label size"):
        jobs.queue_label(jobs.QueueLabel(item, "A4", clock()), new_uow())
    ticket = jobs.queue_label(jobs.QueueLabel(item, "4x6", clock()), new_uow())
    jobs.cancel_job(ticket.job_id, new_uow())
    assert jobs.queued_count(new_uow()) == 0
    with pytest.raises(RefusedError, match="no longer waiting"):
        jobs.ticket_for_job(ticket.job_id, new_uow())


def test_zebra_status_parsing():
    assert parse_host_status(READY).problem_state() is None
    assert parse_host_status(PAPER_OUT).paper_out
    assert parse_host_status(HEAD_OPEN).head_open
    assert parse_host_status(b"garbage") is None


# ------------------------------------------------------------------ settings


def test_printer_settings_live_beside_the_station_settings_without_touching_them(paths):
    paths.settings_file.write_text(json.dumps({"station": "bench-03", "locale": "ro_RO"}), encoding="utf-8")
    assert load_printer_settings(paths) == PrinterSettings()
    chosen = PrinterSettings(kind=PrinterKind.ZEBRA, zebra_host="10.0.0.7", label_size="2x1", zebra_dpi=300)
    save_printer_settings(paths, chosen)
    stored = json.loads(paths.settings_file.read_text(encoding="utf-8"))
    assert stored["station"] == "bench-03" and stored["locale"] == "ro_RO"
    assert stored["label_printer"]["kind"] == "zebra"
    assert load_printer_settings(paths) == chosen


def test_bad_printer_settings_are_a_clear_error(paths):
    paths.settings_file.write_text(json.dumps({"label_printer": {"kind": "zebra", "label_size": "A4"}}))
    with pytest.raises(PrinterSettingsError, match="label size 'A4'"):
        load_printer_settings(paths)


# ------------------------------------------------------------------ command line


def test_label_command_writes_pdf_and_zpl(seeded_database, item, paths, tmp_path, capsys):
    pdf, zpl = tmp_path / "label.pdf", tmp_path / "label.zpl"
    assert main(["--data-dir", str(paths.data_dir), "label", PLATE.lower(), "--size", "2x1", "-o", str(pdf)]) == 0
    assert pdf.read_bytes().startswith(b"%PDF") and b"Restock label LP0J4K8M2Q7X" in pdf.read_bytes()
    assert main(["--data-dir", str(paths.data_dir), "label", item, "--size", "62mm", "--format", "zpl",
                 "-o", str(zpl)]) == 0
    assert zpl.read_text(encoding="utf-8").startswith("^XA\n^CI28\n^PW496\n")
    assert "written to" in capsys.readouterr().err


def test_label_command_fails_clearly(seeded_database, item, paths, tmp_path, capsys):
    out = tmp_path / "x.pdf"
    assert main(["--data-dir", str(paths.data_dir), "label", "LP9999999999", "-o", str(out)]) == 2
    assert "No item with label or id LP9999999999" in capsys.readouterr().err and not out.exists()
    assert main(["--data-dir", str(tmp_path / "empty"), "label", PLATE, "-o", str(out)]) == 2
    assert "No bench database" in capsys.readouterr().err
    # --send with no printer configured: exit 1, the label waits in the queue.
    assert main(["--data-dir", str(paths.data_dir), "label", PLATE, "--send"]) == 1
    assert "No label printer is set up" in capsys.readouterr().err
    assert _job(seeded_database).status == "queued"


def test_label_command_sends_to_the_station_zebra(seeded_database, item, paths, zebra, capsys):
    save_printer_settings(paths, zebra.settings(label_size="2x1"))
    assert main(["--data-dir", str(paths.data_dir), "label", PLATE, "--send"]) == 0
    assert "^PW406" in zebra.zpl and "Printed on Zebra" in capsys.readouterr().err
    assert _prints(seeded_database, item)[0] == 1


# ------------------------------------------------------------------ schema


def test_the_first_schema_upgrades_to_the_label_queue(tmp_path):
    fixture = Path(__file__).resolve().parent.parent / "fixtures" / "bench-schema-0001.sqlite3"
    copy = tmp_path / "bench.sqlite3"
    shutil.copy(fixture, copy)
    db = Database.open_sqlite(copy)
    try:
        assert "label_jobs" in inspect(db.engine).get_table_names()
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() >= "0003"
    finally:
        db.dispose()
