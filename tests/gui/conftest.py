"""GUI fixtures: the real window over a real SQLite file in a tmp data dir, its session on the database lane.

Every fixture that starts a lane shuts it down (waiting for the thread) before pytest-qt tears the app down, so no
thread outlives its test.
"""
from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

import pytest
from PySide6.QtCore import QEvent, QLocale, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from inspector.bench.session import BenchSession
from inspector.domain.operators import Role
from inspector.domain.policy import load_policy
from inspector.paths import Paths, resource
from inspector.storage.database import Database
from inspector.usecases.operators import CreateOperator, create_operator
from inspector.usecases.returns import UpsertReturns, upsert_returns
from inspector.usecases.unit_of_work import UnitOfWork
from tests.conftest import NOW, Clock, sample_returns
from ui.bench.bench_client import BenchClient
from ui.common.cue_player import CuePlayer
from ui.main_window import BenchWindow
from ui.common.style import apply_style
from ui.common.task_runner import TaskRunner
from ui.common.translations import Languages

STATION = "bench-gui"



def seed(paths: Paths) -> None:
    """Two operators and two returns, written before the app starts (the app itself never writes on this thread)."""
    policy = load_policy(resource("policy.json"))
    db = Database.open_sqlite(paths.database)
    try:
        create_operator(CreateOperator("OP-1001", "Ana Popescu", Role.INSPECTOR, "1234", NOW), UnitOfWork(db, policy))
        create_operator(CreateOperator("OP-2001", "Nguyễn Thị Lan", Role.SUPERVISOR, "4321", NOW),
                        UnitOfWork(db, policy))
        upsert_returns(UpsertReturns(sample_returns(), "test", NOW), UnitOfWork(db, policy))
    finally:
        db.dispose()


def open_session(paths: Paths) -> BenchSession:
    """Runs on the database lane."""
    return BenchSession(Database.open_sqlite(paths.database), load_policy(resource("policy.json")), STATION, Clock())


@dataclass
class Bench:
    window: BenchWindow
    client: BenchClient
    runner: TaskRunner
    cues: CuePlayer
    paths: Paths
    qtbot: object

    @property
    def state(self):
        return self.client.state

    def settle(self, timeout: int = 10_000) -> None:
        self.qtbot.waitUntil(lambda: self.client.in_flight == 0, timeout=timeout)

    def scan(self, text: str) -> None:
        """Types `text` and Enter the way a keyboard-wedge scanner does, into whatever has focus."""
        type_text(self.target(), text)
        self.qtbot.keyClick(self.target(), Qt.Key.Key_Return)
        self.settle()

    def key(self, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
        self.qtbot.keyClick(self.target(), key, modifier)

    def target(self) -> QWidget:
        return QApplication.focusWidget() or self.window

    def sign_in(self, badge: str = "OP-1001", pin: str = "1234") -> None:
        self.scan(badge)
        assert self.window.sign_in.pin_field.hasFocus()
        self.qtbot.keyClicks(self.window.sign_in.pin_field, pin)
        self.qtbot.keyClick(self.window.sign_in.pin_field, Qt.Key.Key_Return)
        self.settle()


def open_window(qtbot, runner: TaskRunner, paths: Paths, factory, languages: Languages | None = None) -> Bench:
    """The real window, shown and active, with the session `factory()` builds opened on the database lane;
    `languages` as `inspector run` gives them (None: the window follows no operator's language)."""
    client = BenchClient(runner, STATION)
    cues = CuePlayer(muted=True)
    window = BenchWindow(client, cues, languages=languages)
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    qtbot.waitUntil(window.isActiveWindow)
    with qtbot.waitSignal(client.settled, timeout=10_000):
        client.open(factory)
    return Bench(window, client, runner, cues, paths, qtbot)


def close_benches(opened: list[Bench], runner: TaskRunner) -> None:
    """Closes windows opened by a fixture, then stops the lanes before Qt deletes the windows."""
    for bench in opened:
        bench.window.close()
        bench.client.close()
    assert runner.shutdown(10_000)
    for bench in opened:
        bench.window.deleteLater()


def type_text(widget: QWidget, text: str) -> None:
    """QTest.keyClicks aborts on non-ASCII text, so characters outside ASCII (and the GS1 separator) are sent as
    key events carrying their text, which is what a wedge scanner's keyboard layout produces too."""
    for ch in text:
        if ch.isascii() and ch.isprintable():
            QTest.keyClicks(widget, ch)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch))


@pytest.fixture
def gui_paths(tmp_path) -> Paths:
    return Paths(tmp_path / "data").ensure()


@pytest.fixture
def runner(qtbot) -> Iterator[TaskRunner]:
    runner = TaskRunner()
    yield runner
    assert runner.shutdown(10_000)


@pytest.fixture
def bench(qtbot, gui_paths, runner) -> Iterator[Bench]:
    apply_style(QApplication.instance())
    seed(gui_paths)
    bench = open_window(qtbot, runner, gui_paths, lambda: open_session(gui_paths))
    client, window = bench.client, bench.window
    yield bench
    window.close()
    client.close()
    assert runner.shutdown(10_000)
    window.deleteLater()


@pytest.fixture
def station_languages(qapp) -> Iterator[Callable[[str], Languages]]:
    """Makes the station's `Languages` (as `inspector run --lang` does); all are removed and the locale restored."""
    before = QLocale()
    made: list[Languages] = []

    def make(station: str) -> Languages:
        made.append(Languages(qapp, station))
        return made[-1]
    yield make
    for languages in made:
        languages.remove()
        languages.deleteLater()
    QLocale.setDefault(before)
