"""Kiosk mode on the real window: idle sign-out through the session (nothing in hand lost), the close guard, full
screen, and one bench per data dir (two real processes)."""
from __future__ import annotations

import os
import signal
import socket
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt

from inspector.bench import open_bench
from inspector.bench.state import Cue, Phase
from inspector.instance_lock import running_holder
from inspector.kiosk.mode import KioskMode
from tests.bench_files import newer_database
from tests.conftest import UPS
from tests.gui.conftest import Bench
from tests.gui.test_bench_flow import grade_with_key, inspecting_phone
from ui.bench.bench_client import BenchClient
from ui.common.cue_player import CuePlayer
from ui.kiosk.kiosk_window import KioskParts, attach_kiosk
from ui.kiosk.single_instance import EXIT_ALREADY_RUNNING, EXIT_LOCK_UNUSABLE
from ui.main_window import BenchWindow

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parents[2]
IDLE_MS = 300          # "10 minutes" as a test lives them


@pytest.fixture
def kiosk(bench: Bench):
    made: list[KioskParts] = []

    def attach(mode: KioskMode = KioskMode(True, 10), idle_ms: int | None = IDLE_MS) -> KioskParts:
        parts = attach_kiosk(bench.window, mode, idle_ms)
        made.append(parts)
        parts.show()      # the window is shown anew (the window flags changed), so it is made active again
        bench.qtbot.waitExposed(bench.window)
        bench.window.activateWindow()
        bench.qtbot.waitUntil(bench.window.isActiveWindow)
        return parts
    yield attach
    for parts in made:
        parts.stand_down()      # the fixture closes the window afterwards, as after a supervisor's close


def signed_out_after_idle(bench: Bench) -> None:
    bench.qtbot.waitUntil(lambda: bench.client.in_flight == 0 and bench.state.phase is Phase.SIGNED_OUT,
                          timeout=5_000)


@pytest.mark.monotonic_waits
def test_an_idle_bench_signs_out_and_the_item_in_hand_resumes_with_its_note(bench, kiosk):
    inspecting_phone(bench)
    grade_with_key(bench, Qt.Key.Key_2)
    item = bench.state.item
    bench.key(Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    bench.qtbot.keyClicks(bench.window.item_panel.note, "left half typed")   # typed, never saved with Enter
    parts = kiosk()
    with bench.qtbot.waitSignal(parts.idle.signed_out_idle, timeout=5_000) as idle:
        pass
    assert idle.args == [10]
    signed_out_after_idle(bench)
    window = bench.window
    assert window.pages.currentWidget() is window.sign_in
    assert "Signed out: idle for 10 min" in window.banner.message
    assert bench.state.feedback.cue is Cue.WARNING and bench.state.operator is None

    bench.sign_in()                      # anybody signing in here next picks the item up where it was left
    assert bench.state.phase is Phase.INSPECTING
    assert bench.state.item.id == item.id and bench.state.item.grade == item.grade
    assert bench.state.item.note == "left half typed"
    assert "Resumed" in window.banner.message


@pytest.mark.monotonic_waits
def test_keys_and_scans_keep_the_operator_signed_in(bench, kiosk):
    bench.sign_in()
    kiosk(idle_ms=600)
    started = time.monotonic()
    while time.monotonic() - started < 1.5:          # 2.5 idle intervals of work, a key every 200 ms
        bench.key(Qt.Key.Key_Shift)
        bench.qtbot.wait(200)
    bench.scan(UPS)                                  # a scanner types keys too
    assert bench.state.phase is Phase.AWAITING_ITEM and bench.state.operator is not None
    signed_out_after_idle(bench)                     # and once the hands stop, it signs out
    assert "An open parcel resumes at the next sign-in" in bench.window.banner.message


@pytest.mark.monotonic_waits
def test_nobody_signed_in_nothing_happens_and_zero_minutes_is_no_watch(bench, kiosk):
    parts = kiosk()
    bench.qtbot.wait(IDLE_MS * 3)
    assert bench.state.phase is Phase.SIGNED_OUT and "idle" not in bench.window.banner.message
    assert attach_kiosk(bench.window, KioskMode(False, 0)).idle is None
    assert parts.idle is not None and parts.idle.minutes == 10


def test_in_kiosk_only_a_supervisor_closes_the_bench(bench, kiosk):
    parts = kiosk(idle_ms=None)                      # the real 10 minutes: nothing runs out here
    window = bench.window
    assert window.isFullScreen()
    with bench.qtbot.waitSignal(bench.cues.cue_played, timeout=5_000) as played:
        assert window.close() is False               # what Alt+F4 and the window manager's close send
    assert played.args == ["error"] and window.isVisible()
    assert "Only a supervisor can close the bench" in window.banner.message

    bench.sign_in()                                  # an inspector: still no
    with bench.qtbot.waitSignal(parts.guard.close_refused):
        assert window.close() is False
    bench.key(Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)   # sign out
    bench.settle()
    bench.sign_in("OP-2001", "4321")                 # a supervisor closes it
    assert window.close() is True and not window.isVisible()


def test_a_kiosk_whose_database_cannot_open_closes_on_request(qtbot, runner, gui_paths):
    """A database a newer program made: nobody can sign in to be a supervisor, and `inspector restore` waits for the
    window to let go of the data dir, so the kiosk closes for anybody."""
    newer_database(gui_paths.database)
    client = BenchClient(runner, "bench-gui")
    window = BenchWindow(client, CuePlayer(muted=True))
    qtbot.addWidget(window)
    parts = attach_kiosk(window, KioskMode(True, 10))
    parts.show()
    qtbot.waitExposed(window)
    try:
        with qtbot.waitSignal(client.session_failed, timeout=20_000):
            client.open(lambda: open_bench(gui_paths, "bench-gui"))
        assert window.isFullScreen() and not client.is_open and bench_state_is_signed_out(client)
        with qtbot.assertNotEmitted(parts.guard.close_refused):
            assert window.close() is True
        assert not window.isVisible()
    finally:
        parts.stand_down()
        window.close()
        client.close()


def bench_state_is_signed_out(client: BenchClient) -> bool:
    return client.state.phase is Phase.SIGNED_OUT and client.state.operator is None


class QtQuitHandling(QObject):
    """Does with a Quit what QGuiApplication.event does (closes the windows, here the bench's), then keeps it from
    the application: a real one would end the test session's application for the tests after this one."""

    def __init__(self, window: BenchWindow) -> None:
        super().__init__()
        self.window = window
        self.closed: list[bool] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() != QEvent.Type.Quit:
            return False
        self.closed.append(self.window.close())
        return True


def test_a_desktop_logout_is_not_held_up_by_a_kiosk(bench, kiosk):
    """The X session manager's "die" at a logout or shutdown is a Quit sent to the application, which then closes
    its windows: an inspector at the bench does not keep the desktop from ending. Alt+F4 stays guarded."""
    app = QCoreApplication.instance()
    qt_quit = QtQuitHandling(bench.window)
    app.installEventFilter(qt_quit)        # before the guard's: the last installed filter sees an event first
    try:
        parts = kiosk(idle_ms=None)
        bench.sign_in()                                   # an inspector, who may not close the window
        window = bench.window
        assert window.close() is False                    # Alt+F4 / the window manager's close
        with bench.qtbot.assertNotEmitted(parts.guard.close_refused):
            QCoreApplication.sendEvent(app, QEvent(QEvent.Type.Quit))     # what Qt's xcb plugin does at "die"
        assert qt_quit.closed == [True] and not window.isVisible()
    finally:
        app.removeEventFilter(qt_quit)
    window.show()                                         # a quit that was given up leaves no allowance behind
    bench.qtbot.wait(20)
    assert window.close() is False


def test_outside_kiosk_closing_is_unchanged_and_the_window_is_not_full_screen(bench, kiosk):
    parts = kiosk(KioskMode(False, 5), idle_ms=None)
    assert parts.guard is None and parts.full_screen is None and parts.idle.running
    assert not bench.window.isFullScreen()
    assert bench.window.close() is True


def test_a_minimised_kiosk_comes_back_full_screen(bench, kiosk):
    kiosk(idle_ms=None)
    window = bench.window
    window.showMinimized()
    bench.qtbot.waitUntil(lambda: window.isFullScreen() and not window.isMinimized(), timeout=5_000)
    window.showNormal()
    bench.qtbot.waitUntil(window.isFullScreen, timeout=5_000)


def _start_bench(data_dir: Path, *extra: str) -> subprocess.Popen:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "INSPECTOR_STATION": "BENCH-KIOSK", "INSPECTOR_MUTE": "1"}
    return subprocess.Popen([sys.executable, "main.py", "--data-dir", str(data_dir), *extra], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_a_second_bench_on_the_same_data_dir_opens_nothing_and_says_who_runs(tmp_path):
    first = _start_bench(tmp_path, "--kiosk")
    log = tmp_path / "logs" / "bench.log"
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and first.poll() is None:
            if log.exists() and "bench open: station BENCH-KIOSK" in log.read_text(encoding="utf-8"):
                break
            time.sleep(0.1)
        assert first.poll() is None, f"the first bench exited: {first.communicate(timeout=10)}"
        assert running_holder(tmp_path) == f"process {first.pid} on {socket.gethostname()}"

        second = _start_bench(tmp_path, "run")
        _out, err = second.communicate(timeout=60)
        assert second.returncode == EXIT_ALREADY_RUNNING, err
        assert (f"The bench is already running on this data folder (process {first.pid} on {socket.gethostname()})."
                " Switch to that window, or start with another --data-dir.") in err
        assert "Traceback" not in err
        assert log.read_text(encoding="utf-8").count("bench open:") == 1      # the second opened nothing
    finally:
        first.terminate()
        first.communicate(timeout=30)
    assert running_holder(tmp_path) is None         # the lock went with the process


def test_a_lock_file_that_cannot_be_opened_stops_the_start_with_what_to_do(tmp_path):
    """A bench.lock nobody can open (here a link into a folder that is not there; in life another user's file after a
    `sudo` command) stops the start with the reason and the fix, not a traceback, and opens no database."""
    (tmp_path / "bench.lock").symlink_to(tmp_path / "gone" / "bench.lock")
    start = _start_bench(tmp_path, "run")
    _out, err = start.communicate(timeout=60)
    assert start.returncode == EXIT_LOCK_UNUSABLE, err
    assert f"The bench's lock file {tmp_path / 'bench.lock'} cannot be opened" in err and "sudo chown -R" in err
    assert "Traceback" not in err
    assert not (tmp_path / "bench.sqlite3").exists()


def test_the_already_running_box_says_the_same(qtbot):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from ui.kiosk.single_instance import show_already_running
    seen = []

    def answer():
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.text())
            box.button(QMessageBox.StandardButton.Ok).click()
        else:
            QTimer.singleShot(20, answer)
    QTimer.singleShot(0, answer)
    show_already_running("process 4242 on bench-07")
    assert seen == ["The bench is already running on this data folder (process 4242 on bench-07). Switch to that "
                    "window, or start with another --data-dir."]


# Runs the real application (`inspector.cli.main`, as main.py does) in its own process, with the test's bench
# seeded, and takes it to an item in hand with a note typed but not saved; prints READY then.
HALF_TYPED_DRIVER = textwrap.dedent("""
    import sys
    from pathlib import Path

    from PySide6.QtCore import QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from inspector.bench.state import Phase
    from inspector.cli.main import main
    from inspector.paths import Paths
    from tests.conftest import UPS
    from tests.gui.conftest import seed
    from tests.gui.test_bench_flow import PHONE_SCAN
    from ui.main_window import BenchWindow

    data_dir = Path(sys.argv[1])
    seed(Paths(data_dir).ensure())

    def step():
        window = next((w for w in QApplication.topLevelWidgets() if isinstance(w, BenchWindow)), None)
        client = window.client if window is not None else None
        if client is None or not client.is_open or client.in_flight:
            QTimer.singleShot(50, step)
            return
        phase = client.state.phase
        if phase is Phase.SIGNED_OUT:
            client.scan("OP-1001")
        elif phase is Phase.AWAITING_PIN:
            client.enter_pin("1234")
        elif phase is Phase.AWAITING_PARCEL:
            client.scan(UPS)
        elif phase is Phase.AWAITING_ITEM:
            client.scan(PHONE_SCAN)
        else:
            note = window.item_panel.note
            note.setFocus()
            QTest.keyClicks(note, "half typed at shutdown")
            assert window.item_panel.pending_note() == "half typed at shutdown"   # the bench has not got it yet
            print("READY", client.state.item.id, flush=True)
            return
        QTimer.singleShot(50, step)

    QTimer.singleShot(0, step)
    sys.exit(main(["--data-dir", str(data_dir), "run", "--kiosk"]))
""")


def test_sigterm_ends_a_kiosk_bench_as_closing_does_and_keeps_the_half_typed_note(tmp_path):
    """systemd at shutdown or at the end of the login session sends SIGTERM: the kiosk ends (an inspector is signed
    in, who could not close it), the note typed but not saved reaches the item in hand, the lock is let go."""
    driver = tmp_path / "driver.py"
    driver.write_text(HALF_TYPED_DRIVER, encoding="utf-8")
    data_dir = tmp_path / "data"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "INSPECTOR_STATION": "BENCH-KIOSK", "INSPECTOR_MUTE": "1",
           "PYTHONPATH": str(ROOT)}
    process = subprocess.Popen([sys.executable, str(driver), str(data_dir)], cwd=ROOT, env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        ready = process.stdout.readline()          # blocks until the driver is there, or the process has ended
        assert ready.startswith("READY "), f"no item in hand: {ready!r} {process.communicate(timeout=30)}"
        item_id = ready.split()[1]
        assert running_holder(data_dir) is not None
        process.send_signal(signal.SIGTERM)
        _out, err = process.communicate(timeout=60)
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate(timeout=30)
    assert process.returncode == 0, err
    assert "Traceback" not in err, err
    with sqlite3.connect(data_dir / "bench.sqlite3") as conn:
        row = conn.execute("SELECT note, status FROM item_inspections WHERE id = ?", (item_id,)).fetchone()
    conn.close()
    assert row is not None and row[0] == "half typed at shutdown"
    assert "SIGTERM: the bench ends as when its window is closed" in (data_dir / "logs" / "bench.log").read_text(
        encoding="utf-8")
    assert running_holder(data_dir) is None
    assert not (data_dir / "crash").exists() or not any((data_dir / "crash").iterdir())
