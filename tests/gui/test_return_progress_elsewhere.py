"""The parcel panel shows what the site's other benches already inspected against each line of the return."""
from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt

from inspector.bench.state import InspectedElsewhere
from inspector.bench.views import load_views
from inspector.usecases import parcels
from inspector.usecases.line_progress import LineProgress, ReplaceLineProgress, replace_line_progress
from tests.conftest import NOW
from tests.gui.sample_states import parcel_view
from tests.integration.faults.workload import make_bench
from ui.bench.expected_lines_model import ExpectedLinesModel
from ui.bench.parcel_panel import ParcelPanel


def test_a_line_shows_the_units_inspected_at_other_benches(qtbot, tmp_path):
    bench = make_bench(tmp_path, "BENCH-01")   # RMA-10000001: line 1 one phone, line 2 two mugs
    try:
        # As a pull from the hub stores it: the own station's count is never kept (its own rows are fresher).
        replace_line_progress(ReplaceLineProgress({"RMA-10000001": [
            LineProgress(2, "BENCH-02", 1), LineProgress(2, "BENCH-01", 5)]}, own_station="BENCH-01"), bench.uow())
        parcel_id = parcels.receive_parcel(parcels.ReceiveParcel(
            "BENCH-01", bench.operator_id, "RMA-10000001", NOW, rma_number="RMA-10000001"), bench.uow())
        parcel, _item = load_views(bench.uow(), parcel_id, None)
    finally:
        bench.close()
    panel = ParcelPanel()
    qtbot.addWidget(panel)
    panel.render(parcel)
    model = panel.lines_model
    phone, mugs = (model.index(row, ExpectedLinesModel.ITEM).data() for row in range(2))
    assert "inspected at" not in phone
    assert mugs.splitlines()[-1] == "expected 2, 1 inspected at BENCH-02"
    assert model.index(1, ExpectedLinesModel.REMAINING).data() == "1"
    assert "1 of 2 inspected" in model.index(1, ExpectedLinesModel.ITEM).data(Qt.ItemDataRole.ToolTipRole)


def test_several_benches_are_listed_in_turn(qtmodeltester):
    parcel = parcel_view()
    line = replace(parcel.lines[1], quantity=3, inspected=2,
                   elsewhere=(InspectedElsewhere("B1", 1), InspectedElsewhere("B3", 1)))
    model = ExpectedLinesModel()
    model.set_lines((parcel.lines[0], line))
    qtmodeltester.check(model)
    assert model.elsewhere_text(line) == "expected 3, 1 inspected at B1, 1 inspected at B3"
    assert model.index(1, ExpectedLinesModel.REMAINING).data() == "1"
