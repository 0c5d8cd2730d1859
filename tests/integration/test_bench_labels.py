"""Restock labels from the bench session on a real SQLite file: a completed item queues its label for the print lane,
so does a reprint or a scanned label; the print lane's outcome is recorded back; with no printer, or a dead one, the
label waits in the reprint queue, the inspection stays completed and the operator is told clearly."""
from __future__ import annotations


import pytest
from sqlalchemy import select

from inspector.bench import open_bench
from inspector.bench.labels_at_bench import LabelsAtBench
from inspector.bench.session import BenchSession
from inspector.bench.state import Cue, Phase
from inspector.printing.delivery import deliver
from inspector.printing.printer_settings import (PrinterKind, PrinterSettings, load_printer_settings,
                                                 save_printer_settings)
from inspector.storage.orm import InspectionRow
from inspector.storage.orm_labels import LabelJobRow
from inspector.usecases.unit_of_work import UnitOfWork
from tests.conftest import Clock, PHONE_GTIN, UPS
from tests.fake_zebra import FakeZebra, free_port, zebra_settings
from tests.photos import take_test_photo

PHONE_SCAN = f"]C101{PHONE_GTIN}21SN-AAA1"



@pytest.fixture
def zebra():
    printer = FakeZebra()
    yield printer
    printer.close()


def make_bench(database, policy, paths, settings: PrinterSettings) -> BenchSession:
    clock = Clock()
    labels = LabelsAtBench(lambda: UnitOfWork(database, policy), settings, clock, paths)
    return BenchSession(database, policy, "bench-1", clock, labels=labels)


def complete_phone(bench: BenchSession):
    bench.handle_scan("OP-1001")
    bench.enter_pin("1234")
    bench.handle_scan(UPS)
    assert bench.handle_scan(PHONE_SCAN).phase is Phase.INSPECTING
    bench.grade_key(2)
    return bench.handle_scan("CMD:COMPLETE")


def jobs_in(database) -> list[tuple[str, str, int, str | None]]:
    with database.session() as s:
        return [(j.license_plate, j.status, j.attempts, j.last_reason)
                for j in s.scalars(select(LabelJobRow).order_by(LabelJobRow.id))]


def inspection(database, plate: str) -> tuple[str, int]:
    with database.session() as s:
        row = s.scalar(select(InspectionRow).where(InspectionRow.license_plate == plate))
        return row.status, row.label_prints


def test_completion_queues_the_label_and_the_print_lane_result_is_recorded(seeded_database, policy, paths, zebra):
    settings = zebra_settings(zebra.port)
    bench = make_bench(seeded_database, policy, paths, settings)
    state = complete_phone(bench)
    plate = state.last_completed.license_plate
    assert state.feedback.cue is Cue.COMPLETED                  # the label does not hold up the "done"
    assert [t.label.license_plate for t in state.labels_to_print] == [plate]
    assert state.labels_waiting == 1 and state.label_printer == settings
    assert bench.state().labels_to_print == ()                  # handed out once
    ticket = state.labels_to_print[0]
    assert (ticket.reason, ticket.label_size, ticket.label.grade) == ("completed", "4x6", "B")

    delivery = deliver(ticket, settings)                        # what the window's print lane does
    state = bench.label_delivered(delivery, plate)
    assert delivery.problem is None and f"^FD{plate}^FS" in zebra.labels()[-1]
    assert state.labels_waiting == 0 and state.feedback.cue is Cue.COMPLETED
    assert inspection(seeded_database, plate) == ("completed", 1)
    assert jobs_in(seeded_database) == [(plate, "printed", 1, None)]


def test_no_auto_print_queues_nothing_on_completion(seeded_database, policy, paths):
    bench = make_bench(seeded_database, policy, paths, zebra_settings(free_port(), auto_print=False))
    state = complete_phone(bench)
    assert state.labels_to_print == () and state.labels_waiting == 0 and jobs_in(seeded_database) == []
    assert state.feedback.cue is Cue.COMPLETED


def test_reprint_command_and_a_scanned_label_queue_the_label_again(seeded_database, policy, paths, zebra):
    settings = zebra_settings(zebra.port)
    bench = make_bench(seeded_database, policy, paths, settings)
    first = complete_phone(bench)
    plate = first.last_completed.license_plate
    bench.label_delivered(deliver(first.labels_to_print[0], settings), plate)

    state = bench.handle_scan("CMD:REPRINT")
    assert state.feedback.cue is Cue.INFO and f"Printing label {plate}" in state.feedback.message
    assert [(t.label.license_plate, t.reason) for t in state.labels_to_print] == [(plate, "reprint")]
    state = bench.label_delivered(deliver(state.labels_to_print[0], settings), plate)
    assert state.feedback.cue is Cue.SUCCESS and state.feedback.message == f"Label {plate} printed."

    state = bench.handle_scan(plate)                            # the label on the item, scanned
    assert state.feedback.message.startswith(f"{plate}: Telefon mobil X1 (negru), grade B")
    assert f"Printing label {plate}" in state.feedback.message
    assert [t.reason for t in state.labels_to_print] == ["reprint"]
    bench.label_delivered(deliver(state.labels_to_print[0], settings), plate)
    assert inspection(seeded_database, plate) == ("completed", 3) and len(zebra.labels()) == 3


def test_no_printer_configured_keeps_the_job_queued_and_says_so(seeded_database, policy, paths):
    bench = make_bench(seeded_database, policy, paths, PrinterSettings())   # the default: no printer yet
    state = complete_phone(bench)
    plate = state.last_completed.license_plate
    assert state.feedback.cue is Cue.WARNING
    assert state.feedback.message.startswith("Done: Telefon mobil X1 (negru), grade B")
    assert f"Label {plate} was not printed. No label printer is set up at this station." in state.feedback.message
    assert "kept in the reprint queue; the inspection is saved" in state.feedback.message
    assert state.feedback.text is not None            # translatable, like every bench message
    assert state.labels_to_print == () and state.labels_waiting == 1
    assert inspection(seeded_database, plate) == ("completed", 0)
    assert jobs_in(seeded_database) == [(plate, "queued", 1, "no_printer")]

    state = bench.handle_scan("CMD:REPRINT")
    assert state.feedback.cue is Cue.WARNING and "No label printer is set up" in state.feedback.message
    assert jobs_in(seeded_database) == [(plate, "queued", 2, "no_printer")]   # still one job, never two


def test_a_dead_printer_leaves_the_label_queued_until_it_prints(seeded_database, policy, paths):
    port = free_port()
    dead = zebra_settings(port)
    bench = make_bench(seeded_database, policy, paths, dead)
    state = complete_phone(bench)
    plate = state.last_completed.license_plate
    delivery = deliver(state.labels_to_print[0], dead)
    state = bench.label_delivered(delivery, plate)
    assert state.feedback.cue is Cue.WARNING
    assert state.feedback.message.startswith(f"Label {plate} was not printed. The label printer 127.0.0.1:{port} "
                                             "refused the connection.")
    assert state.labels_waiting == 1 and inspection(seeded_database, plate) == ("completed", 0)
    assert jobs_in(seeded_database) == [(plate, "queued", 1, "refused")]

    zebra = FakeZebra(port)                                     # switched back on
    try:
        state = bench.handle_scan("CMD:REPRINT")
        bench.label_delivered(deliver(state.labels_to_print[0], dead), plate)
        assert f"^FD{plate}^FS" in zebra.labels()[-1]
    finally:
        zebra.close()
    assert inspection(seeded_database, plate) == ("completed", 1)
    assert jobs_in(seeded_database) == [(plate, "printed", 2, None)]


def test_open_bench_wires_the_stations_printer_and_retries_the_queue(paths, seeded_database, policy, zebra):
    save_printer_settings(paths, PrinterSettings())
    bench = open_bench(paths, "bench-1", clock=Clock())
    try:
        state = complete_phone(bench)
        plate = state.last_completed.license_plate
        assert state.labels_waiting == 1 and state.label_printer.kind is PrinterKind.NONE
        assert bench.retry_labels().labels_to_print == ()       # nothing to try without a printer

        settings = zebra_settings(zebra.port, label_size="2x1")
        refused = bench.set_label_printer(settings)             # an inspector may not change the printer
        assert refused.feedback.cue is Cue.ERROR and "Only a supervisor" in refused.feedback.message
        assert load_printer_settings(paths).kind is PrinterKind.NONE
        bench.sign_out()
        bench.handle_scan("OP-2001")
        assert bench.enter_pin("4321").operator.supervises
        state = bench.set_label_printer(settings)               # the printer dialog's choice, by a supervisor
        assert load_printer_settings(paths) == settings
        assert state.feedback.cue is Cue.SUCCESS and state.label_printer == settings
        assert [(t.label.license_plate, t.label_size) for t in state.labels_to_print] == [(plate, "2x1")]
        state = bench.label_delivered(deliver(state.labels_to_print[0], settings), plate)
        assert state.labels_waiting == 0 and "^PW406" in zebra.labels()[-1]
    finally:
        bench.database.dispose()


def test_a_cancelled_item_scanned_gets_no_label(seeded_database, policy, paths, zebra):
    bench = make_bench(seeded_database, policy, paths, zebra_settings(zebra.port))
    bench.handle_scan("OP-1001")
    bench.enter_pin("1234")
    bench.handle_scan(UPS)
    plate = bench.handle_scan(PHONE_SCAN).item.license_plate
    state = bench.handle_scan("CMD:CANCEL")
    state = bench.handle_scan(plate)
    assert state.feedback.cue is Cue.INFO and "(cancelled)" in state.feedback.message
    assert state.labels_to_print == () and jobs_in(seeded_database) == []


def test_reopening_an_item_drops_its_waiting_label_and_completing_it_again_queues_a_fresh_one(
        seeded_database, policy, paths):
    bench = make_bench(seeded_database, policy, paths, PrinterSettings())   # no printer: the label waits
    state = complete_phone(bench)
    plate = state.last_completed.license_plate
    assert state.labels_waiting == 1 and jobs_in(seeded_database)[0][:2] == (plate, "queued")
    state = bench.undo_complete()
    assert state.phase is Phase.INSPECTING and state.labels_waiting == 0
    assert jobs_in(seeded_database)[0][:2] == (plate, "cancelled")   # a grade or bin that may change is not printed
    bench.grade_key(4)                            # grade D: the policy asks a photo before completing
    assert bench.handle_scan("CMD:COMPLETE").labels_waiting == 0
    take_test_photo(bench, paths.photos_dir)
    state = bench.handle_scan("CMD:COMPLETE")
    assert state.labels_waiting == 1
    assert [(p, s) for p, s, _a, _r in jobs_in(seeded_database)] == [(plate, "cancelled"), (plate, "queued")]
