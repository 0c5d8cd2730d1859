"""The review window shows a decision of this bench that the hub refused: it counts for nothing (the item is still
open) and selecting the item says who decided first and when."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from inspector.domain.policy import load_policy
from inspector.domain.site_day import LOCAL
from inspector.paths import resource
from inspector.storage.database import Database
from inspector.usecases import inspections, parcels, review
from inspector.usecases.site_decisions import note_refusals
from inspector.usecases.unit_of_work import UnitOfWork
from tests.conftest import NOW, PHONE_GTIN, UPS
from tests.gui.conftest import STATION

pytestmark = pytest.mark.gui

WHO_WON = ("conflict: Maria Ionescu at DESK-1 decided LP000007 first, at 2026-11-20 09:31:00 UTC (approved); this "
           "decision, made on version 2, was not applied (the inspection is at version 3)")


def _refused_approval(paths) -> None:
    """A serial mismatch approved by the supervisor here, and the hub's refusal of it noted, as a sync notes it."""
    policy = load_policy(resource("policy.json"))
    db = Database.open_sqlite(paths.database)
    try:
        with db.engine.connect() as conn:
            ids = dict(conn.exec_driver_sql("SELECT badge, id FROM operators").all())
        uow = lambda: UnitOfWork(db, policy)  # noqa: E731
        pid = parcels.receive_parcel(parcels.ReceiveParcel(STATION, ids["OP-1001"], UPS, NOW, tracking_number=UPS),
                                     uow())
        iid = inspections.start_inspection(inspections.StartInspection(
            pid, ids["OP-1001"], STATION, PHONE_GTIN, "LP000007", NOW, gtin=PHONE_GTIN, serial="SN-OTHER"), uow())
        inspections.grade_inspection(inspections.GradeInspection(iid, "B"), uow())
        inspections.complete_inspection(inspections.InspectionCommand(iid, NOW), uow())
        audit_id = review.approve(review.Approve(iid, ids["OP-2001"], STATION, NOW), uow())
        with db.engine.begin() as conn:
            note_refusals(conn, {audit_id: WHO_WON}, NOW, policy)
    finally:
        db.dispose()


def test_a_refused_decision_counts_for_nothing_and_the_window_says_who_won(bench, qtbot):
    bench.runner.run_db(lambda: _refused_approval(bench.paths))
    bench.qtbot.waitUntil(lambda: bench.runner.database.pending == 0)
    bench.sign_in("OP-2001", "4321")
    bench.key(Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: bench.window.review_window is not None)
    window = bench.window.review_window
    qtbot.waitUntil(lambda: bench.runner.database.pending == 0 and window.message.text() != "")
    window.day.set_day(LOCAL.day_of(NOW))
    with qtbot.waitSignal(window.refreshed, timeout=10_000):
        window.refresh()
    item = window.model.item(0)
    assert item.review_state == "open" and item.refused == WHO_WON
    state = window.model.index(0, window.model.COLUMNS.index("state"))
    assert window.model.data(state) == "open; your decision was refused"
    assert WHO_WON in window.model.data(state, Qt.ItemDataRole.ToolTipRole)
    window.table.clearSelection()
    window.table.selectRow(0)
    assert window.message.text() == f"The hub refused this bench's decision: {WHO_WON}"
    window.close()
