"""Starts the bench window: `inspector run` (or `python main.py`) lands in `run_app(args)`.

Order matters for the first paint: the window shows at once with "Opening the database…"; opening (migrations,
policy) runs on the database lane, and the demo-data offer follows once the bench is open. The GUI thread never
touches the database.

One bench per data dir (`ui.kiosk.single_instance`): a second start opens nothing. Kiosk mode (`--kiosk` or the
station setting) and the idle sign-out are put on the window by `ui.kiosk.kiosk_window`. SIGTERM, SIGHUP and SIGINT
end the bench as closing its window does (`ui.kiosk.termination`).
"""
from __future__ import annotations

import logging
import sys
from typing import Any

from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtWidgets import QApplication

from inspector.bench.state import Cue
from inspector.kiosk.mode import mode_of_run
from inspector.paths import Paths, resolve_paths
from inspector.settings import SettingsError, station_override
from ui.bench.bench_client import BenchClient
from ui.common.cue_player import CuePlayer
from ui.bench.demo_offer import DemoOffer
from ui.common.first_paint import FirstPaintWatcher
from ui.main_window import BenchWindow
from ui.common.qt_logging import route_qt_messages
from ui.common.style import apply_style
from ui.common.task_runner import TaskRunner
from ui.common.translations import install_translators
from ui.kiosk.kiosk_window import attach_kiosk
from ui.kiosk.single_instance import take_instance_lock
from ui.kiosk.termination import quit_on_ending_signals

log = logging.getLogger(__name__)

UI_STATE_FILE = "ui-state.ini"   # window geometry and splitters: UI state, apart from station settings


def ui_state_settings(paths: Paths) -> QSettings:
    return QSettings(str(paths.data_dir / UI_STATE_FILE), QSettings.Format.IniFormat)


def _setup_logging(paths: Paths) -> None:
    root = logging.getLogger()
    if root.handlers:
        return
    root.setLevel(logging.INFO)
    # Imported here, after the first paint: its imports (socket, pickle) are not needed before.
    from logging.handlers import RotatingFileHandler

    handler = RotatingFileHandler(paths.log_dir / "bench.log", maxBytes=2_000_000, backupCount=5, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(threadName)s %(name)s: %(message)s"))
    root.addHandler(handler)
    console = logging.StreamHandler()
    console.setLevel(logging.WARNING)
    root.addHandler(console)


def _open_bench_factory(paths: Paths, station: str | None):
    def open_it() -> Any:
        from inspector.bench import open_bench
        return open_bench(paths, station)
    return open_it


def _attach_scale(client: BenchClient, paths: Paths, window: BenchWindow) -> Any:
    """The station's scale (`scale_port`), read once the bench is open; None without one."""
    from inspector.settings import load_settings
    from ui.bench.scale_bridge import attach_scale
    try:
        settings = load_settings(paths)
    except SettingsError as exc:
        log.warning("no scale: %s", exc)
        return None
    return attach_scale(client, settings.scale_port, settings.scale_baud, window)


class _OpenOnce:
    def __init__(self, action: Any) -> None:
        self._action = action

    def __call__(self, *_args: Any) -> None:
        action, self._action = self._action, None
        if action is not None:
            action()


def build_app(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    app.setOrganizationName("return-inspector")
    app.setApplicationName("Return inspection bench")
    return app  # type: ignore[return-value]


def run_app(args: Any) -> int:
    try:
        station = station_override(getattr(args, "station", None))   # the same rule as `inspector sync` and `demo`
    except SettingsError as exc:
        print(exc, file=sys.stderr)
        return 2
    paths = resolve_paths(getattr(args, "data_dir", None)).ensure()
    from inspector.support.crash_reports import install_crash_reports   # the support package loads only here
    install_crash_reports(paths, "bench")
    route_qt_messages()
    app = build_app()
    languages = install_translators(app, getattr(args, "lang", None))
    lock = take_instance_lock(paths)     # one bench per data dir; a second one opens nothing
    if isinstance(lock, int):
        return lock
    try:
        return _run_window(app, args, paths, station, languages)
    finally:
        lock.release()


def _run_window(app: QApplication, args: Any, paths: Paths, station: str | None, languages: Any) -> int:
    apply_style(app)
    mode, problem = mode_of_run(paths, bool(getattr(args, "kiosk", False)))
    if problem:
        print(f"inspector: {problem}", file=sys.stderr)
    runner = TaskRunner()
    client = BenchClient(runner, station or "")
    window = BenchWindow(client, CuePlayer(parent=app), ui_state_settings(paths), languages=languages)
    offer = DemoOffer(client, paths, window)
    client.session_opened.connect(offer.start)
    client.session_opened.connect(lambda: log.info("bench open: station %s, data in %s", client.state.station,
                                                   paths.data_dir))
    client.show_message(Cue.INFO, QCoreApplication.translate("app", "Opening the database…"))
    first_paint = FirstPaintWatcher(window)
    # The database opens (imports, migrations) once the window is on screen: done in parallel it would compete for
    # the interpreter with the first paint. The timer covers a window that is never painted (e.g. minimised).
    running: list[Any] = []

    def open_bench() -> None:
        _setup_logging(paths)  # until here, warnings go to stderr
        if problem:
            log.warning("%s", problem)   # an autostarted kiosk has no terminal: the log keeps it
        from ui.sync.sync_status import attach_to_window  # the HTTP stack loads after the first paint
        sync = attach_to_window(window, runner, paths, start=False, station=station)
        client.session_opened.connect(sync.start)   # the first sync once the database is open
        running.append(sync)
        from ui.bench.photo_actions import attach_photos   # QtMultimedia loads after the first paint too
        attach_photos(window, paths)
        scale = _attach_scale(client, paths, window)
        if scale is not None:
            running.append(scale)
        client.open(_open_bench_factory(paths, station))

    opener = _OpenOnce(open_bench)
    first_paint.first_painted.connect(opener)
    QTimer.singleShot(1500, opener)
    kiosk = attach_kiosk(window, mode)    # full screen, close guard, idle sign-out, as the mode says
    kiosk.show()
    signals = quit_on_ending_signals(app)   # SIGTERM and the like close the window as a person would
    try:
        return app.exec()
    finally:
        if signals is not None:
            signals.remove()
        kiosk.stand_down()
        for service in running:     # the sync loop and the scale
            service.stop()
        client.close()
        if not runner.shutdown():
            log.error("background work did not finish; exiting anyway")
        del languages, first_paint
