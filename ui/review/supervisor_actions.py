"""What a supervisor opens from the bench: the review window (Ctrl+Shift+R) and the unlocking of a locked badge
(Ctrl+Shift+U). Anyone else is told no here, and the use cases beneath refuse them too."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QWidget

from inspector.bench.state import Cue
from ui.bench.bench_client import BenchClient


class SupervisorActions(QObject):
    def __init__(self, client: BenchClient, window: QWidget) -> None:
        super().__init__(window)
        self._client, self._window = client, window
        self.review_window: QWidget | None = None     # the supervisor's review, while open

    def _supervisor(self) -> bool:
        operator = self._client.state.operator
        return operator is not None and operator.supervises

    def open_review(self) -> None:
        state = self._client.state
        if not self._supervisor() or not self._client.is_open:
            self._client.show_message(Cue.ERROR, self.tr("Only a supervisor can review and override inspections."))
            return
        from inspector.usecases.unit_of_work import UnitOfWork
        from ui.review.review_view import ReviewWindow  # loaded on first use, not before first paint
        from inspector.usecases.site_status import site_status_beside
        from inspector.sync.photo_fetch import PhotoFiles
        session = self._client.session
        # A supervisor desk says how current its copies of the site are; the sync state sits beside the database.
        found = session.database.engine.url.database
        database_file = Path(found) if found and found != ":memory:" else None
        station = state.station
        window = ReviewWindow(self._client.runner, lambda: UnitOfWork(session.database, session.policy),
                              state.operator.id, state.station, tuple(o.code for o in state.grades),
                              tuple(o.code for o in state.dispositions),
                              session.policy.zone.day_of(session.clock()),   # the site's today
                              clock=session.clock, parent=self._window,
                              site_status=lambda: site_status_beside(database_file, session.policy.zone, station),
                              desk_days=self._desk_days(database_file, station, state.operator.name),
                              photos=None if database_file is None else PhotoFiles(database_file.parent, station))
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.review_window = window
        window.finished.connect(lambda _r: setattr(self, "review_window", None))
        window.show()
        window.refresh()

    @staticmethod
    def _desk_days(database_file: Path | None, station: str, supervisor: str) -> object | None:
        """Closing the site's day from the window (and the late records of closed days); the station settings and
        the sync state sit beside the database. None for a database that is no file."""
        from inspector.sync.closed_days import DeskDays
        return None if database_file is None else DeskDays(database_file.parent, station, supervisor)

    def unlock_badge(self) -> None:
        if not self._supervisor():
            self._client.show_message(Cue.ERROR, self.tr("Only a supervisor can unlock a badge."))
            return
        from ui.bench.unlock_badge_dialog import UnlockBadgeDialog  # dialogs load on first use, not before first paint
        badge = UnlockBadgeDialog.ask(self._window)
        if badge is not None:
            self._client.unlock_badge(badge)

    def cancel_running_job(self) -> None:
        """A PDF or export still running stops at its next row, so shutting the bench down need not wait."""
        job = getattr(self.review_window, "job", None)
        if job is not None:
            job.cancel()
