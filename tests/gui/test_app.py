"""Start-up: `run_app` opens the bench off the GUI thread, offers demo data on an empty database, exits cleanly."""
from __future__ import annotations

import argparse

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

import ui.app
import ui.bench.demo_offer
from inspector.bench.state import Phase
from tests.gui.conftest import Bench, open_session, seed
from ui.bench.bench_client import BenchClient
from ui.bench.demo_data_dialog import DemoDataDialog
from ui.bench.demo_offer import DemoOffer
from ui.main_window import BenchWindow

pytestmark = pytest.mark.gui


def test_run_app_shows_the_bench_and_exits_cleanly(qtbot, gui_paths, monkeypatch):
    seed(gui_paths)
    monkeypatch.setattr(ui.app, "route_qt_messages", lambda: None)      # pytest-qt keeps Qt's messages
    monkeypatch.setattr(ui.app, "_setup_logging", lambda paths: None)
    monkeypatch.setattr(DemoDataDialog, "ask", classmethod(lambda cls, parent: pytest.fail("database is not empty")))
    seen = {}

    def close_once_open():
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, BenchWindow) and w.isVisible()]
        window = windows[0] if windows else None
        if window is not None and window.client.is_open and window.client.in_flight == 0 \
                and window.shown_state.station == "bench-run":
            seen["state"] = window.shown_state
            window.close()
        else:
            QTimer.singleShot(20, close_once_open)

    QTimer.singleShot(0, close_once_open)
    args = argparse.Namespace(data_dir=str(gui_paths.data_dir), lang="en_US", station="bench-run")
    assert ui.app.run_app(args) == 0
    assert seen["state"].phase is Phase.SIGNED_OUT
    assert (gui_paths.data_dir / "ui-state.ini").exists()


@pytest.fixture
def bare_bench(qtbot, runner, gui_paths):
    client = BenchClient(runner, "bench-demo")
    window = BenchWindow(client)
    qtbot.addWidget(window)
    with qtbot.waitSignal(client.settled, timeout=10_000):
        client.open(lambda: open_session(gui_paths))
    yield Bench(window, client, runner, window.cue_player, gui_paths, qtbot)
    window.close()
    client.close()


def test_an_empty_database_is_offered_demo_data(qtbot, runner, gui_paths, monkeypatch, bare_bench):
    bench = bare_bench
    loaded_on = []

    def fake_loader(paths):
        import threading
        loaded_on.append(threading.get_ident())
        seed(paths)

    monkeypatch.setattr(ui.bench.demo_offer, "demo_loader", lambda: fake_loader)
    asked = []
    offer = DemoOffer(bench.client, gui_paths, bench.window, ask=lambda parent: asked.append(parent) or True)
    with qtbot.waitSignal(offer.finished, timeout=10_000) as finished:
        offer.start()
    assert finished.args == [True] and asked == [bench.window]
    assert loaded_on == [runner.database.thread_ident]
    assert "Demo data loaded" in bench.window.banner.message
    bench.scan("OP-1001")
    assert bench.state.phase is Phase.AWAITING_PIN


def test_a_declined_offer_loads_nothing(qtbot, gui_paths, monkeypatch, bare_bench):
    bench = bare_bench
    monkeypatch.setattr(ui.bench.demo_offer, "demo_loader", lambda: lambda paths: pytest.fail("declined"))
    offer = DemoOffer(bench.client, gui_paths, bench.window, ask=lambda parent: False)
    with qtbot.waitSignal(offer.finished) as finished:
        offer.start()
    assert finished.args == [False]


def test_no_offer_when_there_is_data_or_no_loader(qtbot, gui_paths, monkeypatch, bare_bench):
    bench = bare_bench
    bench.scan("x")                                  # the bench is open; now give the database an operator
    seed(gui_paths)
    monkeypatch.setattr(ui.bench.demo_offer, "demo_loader", lambda: lambda paths: None)
    offer = DemoOffer(bench.client, gui_paths, bench.window, ask=lambda parent: pytest.fail("has data"))
    with qtbot.waitSignal(offer.finished) as finished:
        offer.start()
    assert finished.args == [False]
    monkeypatch.setattr(ui.bench.demo_offer, "demo_loader", lambda: None)
    offer = DemoOffer(bench.client, gui_paths, bench.window, ask=lambda parent: pytest.fail("no loader"))
    with qtbot.waitSignal(offer.finished) as finished:
        offer.start()
    assert finished.args == [False]
