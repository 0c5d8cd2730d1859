"""Issue 15: the PIN lockout as the window shows it, with a hand-moved clock (nothing sleeps)."""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt

from inspector.bench.session import BenchSession
from inspector.bench.state import Cue, Phase
from inspector.domain.policy import load_policy
from inspector.paths import resource
from inspector.storage.database import Database
from tests.conftest import NOW
from tests.gui.conftest import STATION, Bench, open_window, seed
from ui.bench.unlock_badge_dialog import UnlockBadgeDialog

pytestmark = pytest.mark.gui


class HandClock:
    def __init__(self) -> None:
        self.now = NOW

    def __call__(self) -> dt.datetime:
        return self.now


@pytest.fixture
def clock() -> HandClock:
    return HandClock()


@pytest.fixture
def bench(qtbot, gui_paths, runner, clock) -> Iterator[Bench]:
    seed(gui_paths)
    bench = open_window(qtbot, runner, gui_paths, lambda: BenchSession(
        Database.open_sqlite(gui_paths.database), load_policy(resource("policy.json")), STATION, clock))
    yield bench
    bench.window.close()
    bench.client.close()
    assert runner.shutdown(10_000)
    bench.window.deleteLater()


def type_pin(bench: Bench, pin: str) -> None:
    field = bench.window.sign_in.pin_field
    assert field.hasFocus()
    bench.qtbot.keyClicks(field, pin)
    bench.qtbot.keyClick(field, Qt.Key.Key_Return)
    bench.settle()


def test_five_wrong_pins_lock_the_badge_and_the_banner_says_for_how_long(bench, clock):
    bench.scan("OP-1001")
    for _ in range(4):
        type_pin(bench, "9999")
    assert bench.window.banner.message == "Badge or PIN not recognised."
    with bench.qtbot.waitSignal(bench.cues.cue_played) as played:
        type_pin(bench, "9999")
    assert played.args == ["error"] and bench.window.banner.cue is Cue.ERROR
    assert "is locked" in bench.window.banner.message and "30 s" in bench.window.banner.message
    type_pin(bench, "1234")                                  # the right PIN, refused while locked
    assert bench.state.phase is Phase.AWAITING_PIN and "is locked" in bench.window.banner.message
    clock.now += dt.timedelta(seconds=31)
    type_pin(bench, "1234")
    assert bench.state.phase is Phase.AWAITING_PARCEL and "Ana Popescu" in bench.window.operator_label.text()


def test_a_supervisor_unlocks_a_badge_with_ctrl_shift_u(bench, monkeypatch):
    bench.scan("OP-1001")
    for _ in range(5):
        type_pin(bench, "9999")
    bench.key(Qt.Key.Key_Escape)                             # the inspector steps aside
    bench.settle()
    asked = []
    monkeypatch.setattr(UnlockBadgeDialog, "ask", classmethod(lambda cls, parent: asked.append(1) or "OP-1001"))
    bench.key(Qt.Key.Key_U, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    bench.qtbot.waitUntil(lambda: "supervisor" in bench.window.banner.message)
    assert asked == [] and bench.window.banner.cue is Cue.ERROR             # nobody signed in: not even asked
    bench.sign_in("OP-2001", "4321")
    bench.key(Qt.Key.Key_U, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    bench.qtbot.waitUntil(lambda: asked == [1])
    bench.settle()
    assert bench.window.banner.cue is Cue.SUCCESS and "OP-1001 unlocked" in bench.window.banner.message
    bench.key(Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)          # the supervisor signs out
    bench.settle()
    bench.sign_in()
    assert bench.state.phase is Phase.AWAITING_PARCEL
