"""The supervisor's review window: reachable by Ctrl+Shift+R for a supervisor only, approve and override through
`ask(...)` dialogs, the end-of-day PDF on the background lane with progress and cancel; the model passes the tester."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from inspector.domain.site_day import LOCAL
from inspector.domain.policy import load_policy
from inspector.paths import resource
from inspector.storage.database import Database
from inspector.usecases import inspections, parcels, review
from inspector.usecases.unit_of_work import UnitOfWork
from tests.conftest import NOW, OTHER_GTIN, PHONE_GTIN, UPS
from tests.photos import attach_test_photo
from ui.review.override_dialog import OverrideDialog
from ui.review.review_model import ReviewModel

STATE = ReviewModel.COLUMNS.index("state")   # the Review column, the last

pytestmark = pytest.mark.gui


def _sample_item(n: int, state: str = "open") -> review.ReviewItem:
    return review.ReviewItem(
        f"id-{n}", f"LP{n:08d}", NOW, "B1", "Nguyễn Thị Lan", "RMA-1", "质量问题", "SKU-1", "Cană", ("wrong_item",),
        "B", "open_box", "quarantine", None, "EUR", Decimal("10.00"), Decimal("1.00"), Decimal("9.00"),
        (("scratches", Decimal("1.00")),), state, 3)


def test_review_model_passes_the_model_tester(qtmodeltester):
    model = ReviewModel()
    qtmodeltester.check(model)
    model.set_items([_sample_item(n, s) for n, s in enumerate(("open", "approved", "overridden"))])
    qtmodeltester.check(model)
    assert model.rowCount() == 3 and model.data(model.index(1, STATE)) == "approved"
    assert model.data(model.index(0, 9)) == "9.00 EUR"


def _flagged_day(paths) -> None:
    """A serial mismatch and a return outside its window, completed by the inspector before the app starts."""
    policy = load_policy(resource("policy.json"))
    db = Database.open_sqlite(paths.database)
    try:
        with db.engine.connect() as conn:
            inspector_id = conn.exec_driver_sql("SELECT id FROM operators WHERE badge = 'OP-1001'").scalar()
        for n, (gtin, serial, rma, tracking, findings) in enumerate((
                (PHONE_GTIN, "SN-OTHER", None, UPS, ("scratches",)), (OTHER_GTIN, None, "RMA-10000002", None, ()))):
            uow = lambda: UnitOfWork(db, policy)  # noqa: E731
            pid = parcels.receive_parcel(parcels.ReceiveParcel("B1", inspector_id, tracking or rma, NOW,
                                                               tracking_number=tracking, rma_number=rma), uow())
            iid = inspections.start_inspection(inspections.StartInspection(
                pid, inspector_id, "B1", gtin, f"LP{n:06d}", NOW + dt.timedelta(minutes=n), gtin=gtin,
                serial=serial), uow())
            inspections.grade_inspection(inspections.GradeInspection(iid, "B"), uow())
            for code in findings:
                inspections.toggle_finding(inspections.ToggleFinding(iid, code), uow())
            # The shipped policy asks a photo of a deduction and of a wrong item (tests.photos: a real JPEG).
            attach_test_photo(uow(), iid, store=paths.photos_dir, seed=n, at=NOW + dt.timedelta(minutes=n),
                              operator_id=inspector_id, station="B1")
            inspections.complete_inspection(inspections.InspectionCommand(iid, NOW + dt.timedelta(minutes=n)), uow())
    finally:
        db.dispose()


@pytest.fixture
def supervisor_review(bench, qtbot):
    bench.runner.run_db(lambda: _flagged_day(bench.paths))
    bench.qtbot.waitUntil(lambda: bench.runner.database.pending == 0)
    bench.sign_in("OP-2001", "4321")
    bench.key(Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: bench.window.review_window is not None)
    window = bench.window.review_window
    qtbot.waitUntil(lambda: bench.runner.database.pending == 0 and window.message.text() != "")
    window.day.set_day(LOCAL.day_of(NOW))   # the site's day (this computer's zone by default) of the records at NOW
    with qtbot.waitSignal(window.refreshed, timeout=10_000):
        window.refresh()        # also when the window opened on that day already (the day typed is not a change)
    yield bench, window
    window.close()


def test_an_inspector_is_refused_the_review(bench, qtbot):
    bench.sign_in()
    bench.key(Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: bench.state.feedback is not None and "Only a supervisor" in bench.state.feedback.message)
    assert bench.window.review_window is None


def test_a_supervisor_approves_and_overrides_by_keyboard(supervisor_review, qtbot, monkeypatch):
    bench, window = supervisor_review
    assert window.model.rowCount() == 2
    assert {window.model.item(r).review_state for r in range(2)} == {"open"}
    with qtbot.waitSignal(window.refreshed, timeout=10_000):
        with qtbot.waitSignal(window.decided, timeout=10_000):
            qtbot.keyClick(window.table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert window.model.item(0).review_state == "approved"

    asked = []

    def fake_ask(parent, kind, item, choices):
        asked.append((kind, item.license_plate, choices))
        return ("liquidate", "", "Water damage")
    monkeypatch.setattr(OverrideDialog, "ask", classmethod(lambda cls, *a: fake_ask(*a)))
    window.table.selectRow(1)
    with qtbot.waitSignal(window.refreshed, timeout=10_000):
        with qtbot.waitSignal(window.decided, timeout=10_000):
            qtbot.keyClick(window.table, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert asked[0][0] == "disposition" and "liquidate" in asked[0][2]
    overridden = window.model.item(1)
    assert overridden.review_state == "overridden" and overridden.disposition == "liquidate"


def test_the_override_dialog_needs_a_reason(qtbot):
    dialog = OverrideDialog("deduction", _sample_item(1), ("scratches",))
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    dialog.amount.setText("0.50")
    assert not ok.isEnabled()
    dialog.reason.setText("Light marks only")
    assert ok.isEnabled() and dialog.answer() == ("scratches", "0.50", "Light marks only")


def test_the_end_of_day_pdf_from_the_window_with_progress(supervisor_review, qtbot, tmp_path):
    _bench, window = supervisor_review
    seen = []
    window._relay.progressed.connect(lambda d, t: seen.append(d))
    out = tmp_path / "day.pdf"
    with qtbot.waitSignal(window.report_finished, timeout=20_000) as finished:
        window.export_pdf(out)
        assert window.progress.isVisibleTo(window)
    assert finished.args == [str(out)] and out.read_bytes().startswith(b"%PDF")
    assert seen and seen[-1] == 1000 and not window.progress.isVisibleTo(window)


def test_cancelling_the_pdf_leaves_no_file(supervisor_review, qtbot, tmp_path):
    _bench, window = supervisor_review
    folder = tmp_path / "reports"
    folder.mkdir()
    out = folder / "cancelled.pdf"
    with qtbot.waitSignal(window.report_cancelled, timeout=20_000):
        window.export_pdf(out)
        qtbot.keyClick(window, Qt.Key.Key_Escape)       # Esc while building cancels, it does not close
    assert window.isVisible() and list(folder.iterdir()) == []


def test_rows_model_passes_the_model_tester(qtmodeltester):
    from ui.review.insight_view import RowsModel
    model = RowsModel(("SKU", "Items"))
    qtmodeltester.check(model)
    model.set_rows([("A-1", "3"), ("质量", "1")])
    qtmodeltester.check(model)
    assert model.data(model.index(1, 0)) == "质量"


def test_the_insight_view_shows_a_range_by_keyboard(supervisor_review, qtbot):
    _bench, window = supervisor_review
    qtbot.keyClick(window.table, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.insight_view is not None)
    view = window.insight_view
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        qtbot.keyClick(view, Qt.Key.Key_F5)
    assert view.skus.rowCount() == 2 and view.carriers.rowCount() >= 1 and view.reasons.rowCount() >= 1
    assert "2 items" in view.summary.text() and "Return-window violations: 1" in view.summary.text()
    assert len(view.trend.points) == 30 and view.trend.points[-1][1:] == (2, 2)
    view.grab()       # paints the chart once (offscreen): a painting error would fail here
    view.close()
