"""On an empty database, offer demo data. Both the check and the loading run on the database lane."""
from __future__ import annotations

import importlib
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from inspector.bench.state import Cue
from inspector.paths import Paths
from ui.bench.bench_client import BenchClient
from ui.bench.demo_data_dialog import DemoDataDialog

log = logging.getLogger(__name__)


def _demo_module() -> Any:
    try:
        return importlib.import_module("inspector.demo")
    except ModuleNotFoundError as exc:
        if exc.name not in ("inspector.demo",):
            raise
        return None


def demo_loader() -> Callable[[Paths], Any] | None:
    """`inspector.demo.load_demo_data(paths)` when this build has it."""
    return getattr(_demo_module(), "load_demo_data", None)


def database_is_empty(paths: Paths, session: Any) -> bool:
    """Asks `inspector.demo` when it can tell; otherwise "no operators yet" means empty. Database lane only."""
    module = _demo_module()
    for name in ("database_is_empty", "is_empty", "needs_demo_data"):
        check = getattr(module, name, None)
        if callable(check):
            return bool(check(paths))
    database = getattr(session, "database", None)
    if database is None:
        return False
    from sqlalchemy import func, select

    from inspector.storage.orm import OperatorRow
    with database.session() as s:
        return not s.scalar(select(func.count()).select_from(OperatorRow))


class DemoOffer(QObject):
    """Checks once the bench is open; if empty and a loader exists, asks, loads, and refreshes the screen."""

    finished = Signal(bool)     # True when demo data was loaded

    def __init__(self, client: BenchClient, paths: Paths, parent_widget: Any,
                 ask: Callable[[Any], bool] = DemoDataDialog.ask) -> None:
        super().__init__(client)
        self._client = client
        self._paths = paths
        self._parent_widget = parent_widget
        self._ask = ask

    def start(self) -> None:
        loader = demo_loader()
        if loader is None:
            log.info("no demo loader in this build; not offering demo data")
            self.finished.emit(False)
            return
        session = self._client.session
        self._client.run_on_database(database_is_empty, self._paths, session,
                                     on_done=lambda empty: self._offer(bool(empty), loader),
                                     on_error=self._failed)

    def _offer(self, empty: bool, loader: Callable[[Paths], Any]) -> None:
        if not empty or not self._ask(self._parent_widget):
            self.finished.emit(False)
            return
        self._client.show_message(Cue.INFO, self.tr("Loading demo data…"))
        self._client.run_on_database(loader, self._paths, on_done=self._loaded, on_error=self._failed)

    def _loaded(self, _result: Any) -> None:
        self._client.show_message(Cue.SUCCESS, self.tr("Demo data loaded. Scan a demo badge to sign in."))
        self.finished.emit(True)

    def _failed(self, error: BaseException) -> None:
        log.error("demo data failed", exc_info=error)
        self._client.show_message(Cue.ERROR, self.tr("Demo data could not be loaded: {error}").format(error=error))
        self.finished.emit(False)
