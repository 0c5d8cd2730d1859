"""What a supervisor opens from the bench: the review window (Ctrl+Shift+R) and the unlocking of a locked badge
(Ctrl+Shift+U). Anyone else is told no here, and the use cases beneath refuse them too."""
from __future__ import annotations

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
        session = self._client.session
        window = ReviewWindow(self._client.runner, lambda: UnitOfWork(session.database, session.policy),
                              state.operator.id, state.station, tuple(o.code for o in state.grades),
                              tuple(o.code for o in state.dispositions),
                              session.policy.zone.day_of(session.clock()),   # the site's today
                              clock=session.clock, parent=self._window)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.review_window = window
        window.finished.connect(lambda _r: setattr(self, "review_window", None))
        window.show()
        window.refresh()

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
