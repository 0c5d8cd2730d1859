"""The item models the window shows, checked by pytest-qt's model tester."""
from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt

from inspector.bench.state import Cue, ScanLogEntry
from tests.gui.sample_states import AT, parcel_view
from ui.bench.expected_lines_model import ExpectedLinesModel
from ui.bench.shift_log_model import ShiftLogModel

pytestmark = pytest.mark.gui


def entries(n: int, start: int = 0) -> tuple[ScanLogEntry, ...]:
    cues = list(Cue)
    return tuple(ScanLogEntry(AT + dt.timedelta(seconds=i), f"SCAN-{i}", cues[i % len(cues)], f"message {i}")
                 for i in range(start, start + n))


def test_shift_log_model_passes_the_model_tester(qtmodeltester):
    model = ShiftLogModel()
    model.set_entries(entries(12))
    qtmodeltester.check(model)


def test_shift_log_model_tester_while_growing_and_resetting(qtmodeltester):
    model = ShiftLogModel()
    qtmodeltester.check(model)
    model.set_entries(entries(3))
    model.set_entries(entries(10))           # grew: rows inserted at the top
    model.set_entries(entries(10, start=5))  # a sliding window: reset
    model.set_entries(())
    qtmodeltester.check(model)


def test_shift_log_shows_newest_first_with_cue_colour(qtbot):
    model = ShiftLogModel()
    model.set_entries(entries(3))
    inserted = []
    model.rowsInserted.connect(lambda _parent, first, last: inserted.append((first, last)))
    model.set_entries(entries(5))
    assert inserted == [(0, 1)]
    assert model.data(model.index(0, ShiftLogModel.SCAN)) == "SCAN-4"
    assert model.data(model.index(4, ShiftLogModel.SCAN)) == "SCAN-0"
    assert model.data(model.index(0, ShiftLogModel.TIME)) == "09:30:04"
    assert model.data(model.index(1, ShiftLogModel.RESULT), Qt.ItemDataRole.UserRole) == "error"   # SCAN-3
    assert model.data(model.index(0, ShiftLogModel.RESULT), Qt.ItemDataRole.ForegroundRole) is not None
    assert model.headerData(ShiftLogModel.RESULT, Qt.Orientation.Horizontal) == "Result"


def test_shift_log_shows_the_group_separator_visibly():
    model = ShiftLogModel()
    model.set_entries((ScanLogEntry(AT, "0104006381333931\x1d10LOT", Cue.SUCCESS, "ok"),))
    assert model.data(model.index(0, ShiftLogModel.SCAN)) == "0104006381333931<GS>10LOT"


def test_expected_lines_model_passes_the_model_tester(qtmodeltester):
    model = ExpectedLinesModel()
    model.set_lines(parcel_view().lines)
    qtmodeltester.check(model)


def test_expected_lines_counts_update_in_place(qtbot):
    model = ExpectedLinesModel()
    lines = parcel_view().lines
    model.set_lines(lines)
    resets, changes = [], []
    model.modelReset.connect(lambda: resets.append(1))
    model.dataChanged.connect(lambda *a: changes.append(1))
    model.set_lines((lines[0], replace(lines[1], inspected=2)))
    assert changes and not resets
    assert model.data(model.index(1, ExpectedLinesModel.REMAINING)) == "0"
    assert model.data(model.index(0, ExpectedLinesModel.PRICE)) == "€299.90"
    assert "PHONE-X1" in model.data(model.index(0, ExpectedLinesModel.ITEM))
