"""The window's only way to the bench: turns user intents into `BenchSession` calls on the database lane.

No business logic lives here. Each intent is queued on the one database lane, in the order the operator made it,
and the `BenchState` that comes back is announced by `state_changed` on the GUI thread. The latest state is kept so
widgets and the scanner capture can ask what phase the bench is in without touching the database.
"""
from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

import inspector.scans  # noqa: F401
from inspector.bench.state import BenchState, Cue, Feedback, Phase
from ui.common.task_runner import TaskRunner

# `inspector.scans` is imported above, on the GUI thread and before the database lane opens the bench: its modules
# import each other, and were the window's lazy imports and the lane's to load it at the same time, one thread would
# be handed the package half made ("cannot import name … partially initialized module", seen at start-up).

log = logging.getLogger(__name__)


IDLE_CHECKPOINT_MS = 2000
PHOTO_RETRY_MS = 5000          # photos stored but not recorded (database busy) are tried again this often
# What the photo lane reports back is never dropped for a session still opening: it is replayed once it is open.
_KEPT_UNTIL_OPEN = frozenset({"photo_taken", "photo_failed"})


class BenchClient(QObject):
    state_changed = Signal(object)        # BenchState, after every call, in call order
    session_opened = Signal()
    session_failed = Signal(str)          # opening the bench failed; the message is for the operator
    settled = Signal()                    # nothing left in flight: the screen shows the last intent's outcome
    bug_reported = Signal(str)
    checkpointed = Signal(int)            # the write-ahead log was copied into the database file while idle

    def __init__(self, runner: TaskRunner, station: str = "", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._session: Any = None
        self._extras: tuple[Any, ...] = ()
        self._in_flight = 0
        self._last_intent: float | None = None
        self._state = BenchState(phase=Phase.SIGNED_OUT, station=station, database="")
        self._until_open: list[tuple[str, tuple[Any, ...]]] = []
        self._photo_policy: Any = None
        runner.bug_reported.connect(self._on_bug)
        # SQLite's write-ahead log is copied into the database file when the bench has been idle a moment, so the
        # copying never lands inside a scan (see inspector.storage.database).
        self._idle_checkpoint = QTimer(self)
        self._idle_checkpoint.setSingleShot(True)
        self._idle_checkpoint.setInterval(IDLE_CHECKPOINT_MS)
        self._idle_checkpoint.timeout.connect(self._checkpoint_if_idle)
        self.settled.connect(self._idle_checkpoint.start)
        self.photo_retry = QTimer(self)     # runs only while a photo is kept unrecorded (tests shorten it)
        self.photo_retry.setInterval(PHOTO_RETRY_MS)
        self.photo_retry.timeout.connect(self._retry_photos_if_kept)
        self.state_changed.connect(self._watch_unrecorded)

    # -- what the window may read ----------------------------------------------------------------------------
    @property
    def state(self) -> BenchState:
        return self._state

    @property
    def in_flight(self) -> int:
        """Intents queued or running whose state has not come back yet."""
        return self._in_flight

    @property
    def last_intent(self) -> float | None:
        """When (time.monotonic) the operator last did something at the bench; background work paces itself by it."""
        return self._last_intent

    @property
    def is_open(self) -> bool:
        return self._session is not None

    @property
    def runner(self) -> TaskRunner:
        return self._runner

    @property
    def photo_policy(self) -> Any:
        """The policy's photo block (`PhotoPolicy`) as the last call on the database lane saw it; None before."""
        return self._photo_policy

    @property
    def session(self) -> Any:
        """Only to hand to work queued on the database lane; never call it from the GUI thread."""
        return self._session

    def show_message(self, cue: Cue, message: str) -> None:
        """A banner message from the window itself (demo loading, start-up); the bench state is unchanged."""
        self._publish(self._with_feedback(cue, message))

    # -- opening -------------------------------------------------------------------------------------------
    def open(self, factory: Callable[[], Any]) -> None:
        """Runs `factory()` (which builds the session: migrations, policy) on the database lane."""
        self._runner.run_db(factory, on_done=self._on_opened, on_error=self._on_open_failed)

    def attach(self, session: Any) -> None:
        """For a session built already on the database lane's thread (tests, the screenshot tool)."""
        self._on_opened(session)

    def _on_opened(self, opened: Any) -> None:
        if isinstance(opened, tuple):
            self._session, self._extras = opened[0], tuple(opened[1:])
        else:
            self._session, self._extras = opened, ()
        self.session_opened.emit()
        self._call("state", by_operator=False)
        waiting, self._until_open = self._until_open, []
        for method, args in waiting:
            self._call(method, *args, by_operator=False)

    def _on_open_failed(self, error: BaseException) -> None:
        from inspector.errors import EnvironmentProblem, RefusedError   # only on this rare path
        log.exception("opening the bench failed", exc_info=error)
        if isinstance(error, (EnvironmentProblem, RefusedError)):
            # What happened and what to do (a database from a newer version, a full disk), in the person's language.
            from ui.common.error_text import error_text
            self.session_failed.emit(error_text(error))
        else:
            self.session_failed.emit(str(error) or type(error).__name__)

    # -- intents (one per session method) ---------------------------------------------------------------------
    def scan(self, text: str) -> None:
        self._call("handle_scan", text)

    def enter_pin(self, pin: str) -> None:
        self._call("enter_pin", pin)

    def grade_key(self, n: int) -> None:
        self._call("grade_key", n)

    def choose_return(self, n: int) -> None:
        """The n-th (1-based) of the returns the session offers to choose from."""
        self._call("choose_return", n)

    def set_grade(self, code: str) -> None:
        self._call("set_grade", code)

    def toggle_finding(self, code: str) -> None:
        self._call("toggle_finding", code)

    def set_disposition(self, code: str, reason: str | None) -> None:
        self._call("set_disposition", code, reason)

    def set_note(self, text: str) -> None:
        self._call("set_note", text)

    def set_packaging(self, code: str) -> None:
        self._call("set_packaging", code)

    def complete_item(self) -> None:
        self._call("complete_item")

    def cancel_item(self) -> None:
        self._call("cancel_item")

    def complete_parcel(self) -> None:
        self._call("complete_parcel")

    def sign_out(self) -> None:
        self._call("sign_out")

    def sign_out_idle(self, minutes: int) -> None:
        """Nobody touched the bench for `minutes` (ui.kiosk.idle_watch); not the operator's intent."""
        self._call("sign_out_idle", minutes, by_operator=False)

    def undo_complete(self) -> None:
        self._call("undo_complete")

    def record_scale_weight(self, grams: int) -> None:
        """A settled weight from the scale (ui.bench.scale_bridge)."""
        self._call("record_scale_weight", grams)

    def typed_weight(self, grams: int) -> None:
        self._call("typed_weight", grams)

    def set_serial(self, serial: str) -> None:
        self._call("set_serial", serial)

    def unlock_badge(self, badge_text: str) -> None:
        self._call("unlock_badge", badge_text)

    # -- damage photos (ui.bench.photo_desk takes and stores them off the GUI thread) --------------------------------
    def request_photo(self, finding: str | None = None) -> None:
        self._call("request_photo", finding)

    def photo_taken(self, photo: Any, source: str, finding: str | None, taken_at: Any,
                    inspection_id: str | None = None, operator_id: str | None = None) -> None:
        self._call("photo_taken", photo, source, finding, taken_at, inspection_id, operator_id, by_operator=False)

    def photo_failed(self, problem: Any) -> None:
        self._call("photo_failed", problem, by_operator=False)

    def retry_pending_photos(self) -> None:
        """Photos stored but not recorded yet (the database was busy) are tried again."""
        self._call("retry_pending_photos", by_operator=False)

    def _watch_unrecorded(self, state: BenchState) -> None:
        if state.photos_unrecorded > 0 and self._session is not None:
            if not self.photo_retry.isActive():
                self.photo_retry.start()
        else:
            self.photo_retry.stop()

    def _retry_photos_if_kept(self) -> None:
        if self._state.photos_unrecorded > 0 and self._session is not None and not self._runner.database.closed:
            if self._in_flight == 0:        # a busy database: one retry at a time, and intents retry anyway
                self.retry_pending_photos()
        else:
            self.photo_retry.stop()

    def remove_last_photo(self) -> None:
        self._call("remove_last_photo")

    def undo(self) -> None:
        """Ctrl+Z: a photo just removed comes back, else the item just completed reopens."""
        self._call("undo")

    def set_photos_waiting(self, count: int) -> None:
        """The uploads' count of this bench's photos not at the hub yet (`BenchState.photos_waiting`)."""
        if self._session is None or count == self._state.photos_waiting:
            return     # nothing to tell, and no "still starting" banner for a count the operator did not ask for
        self._call("set_photos_waiting", count, by_operator=False)

    def refresh(self) -> None:
        self._call("state")

    # -- restock labels (ui.printing.label_queue does the printing off the GUI thread) -----------------------------------
    def reprint(self) -> None:
        self._call("reprint")

    def retry_labels(self) -> None:
        self._call("retry_labels")

    def label_delivered(self, delivery: Any, plate: str) -> None:
        """What the print lane did with a label; recorded on the database lane like any intent."""
        self._call("label_delivered", delivery, plate, by_operator=False)

    def set_label_printer(self, settings: Any) -> None:
        self._call("set_label_printer", settings)

    def adopt_policy(self, load: Callable[[], Any]) -> None:
        """A newer site policy was pulled from the hub; `load` reads it on the database lane."""
        self._call("adopt_policy", load, by_operator=False)

    def operators_merged(self, site_ids: dict[str, str]) -> None:
        """A sync pass made this bench's operators the site's: the one signed in goes on under their site id."""
        self._call("operators_merged", site_ids, by_operator=False)

    def run_on_database(self, fn: Callable[..., Any], *args: Any, on_done: Callable[[Any], None] | None = None,
                        on_error: Callable[[BaseException], None] | None = None) -> None:
        """Other database work (the demo loader) queued behind the operator's intents."""
        self._runner.run_db(fn, *args, on_done=on_done, on_error=on_error)

    def _checkpoint_if_idle(self) -> None:
        database = getattr(self._session, "database", None)
        if database is None or self._in_flight or self._runner.database.closed:
            return
        self._runner.run_db_background(database.checkpoint, on_done=self.checkpointed.emit,
                                       on_error=lambda error: log.warning("idle checkpoint skipped: %s", error))

    def close(self) -> None:
        """Queues, behind every intent still waiting, the release of the session's database connections."""
        self._idle_checkpoint.stop()
        self.photo_retry.stop()
        if self._runner.database.closed or self._session is None:
            return
        for holder in (getattr(self._session, "database", None), *self._extras):
            closer = getattr(holder, "close", None) or getattr(holder, "dispose", None)
            if callable(closer):
                # Queued as background work, so it stays behind an idle checkpoint already waiting there.
                self._runner.run_db_background(closer, on_error=lambda exc: log.warning("closing failed: %r", exc))

    # -- plumbing ----------------------------------------------------------------------------------------------
    def _call(self, method: str, *args: Any, by_operator: bool = True) -> None:
        if self._session is None and method in _KEPT_UNTIL_OPEN:
            self._until_open.append((method, args))
            return
        if self._session is None:
            # The database is still opening: nothing is lost by refusing, and the banner says why.
            log.warning("%s before the bench was open", method)
            self._publish(self._with_feedback(Cue.WARNING, self.tr("The bench is still starting. Scan again in a moment.")))
            return
        if self._runner.database.closed:
            log.warning("%s after shutdown: dropped", method)
            return
        session = self._session
        if by_operator:
            self._last_intent = time.monotonic()
        self._in_flight += 1

        def call() -> tuple[BenchState, Any]:
            # The policy's photo block is read here, on the lane, for the photo desk's encoding limits.
            return getattr(session, method)(*args), getattr(getattr(session, "policy", None), "photos", None)
        self._runner.run_db(call, on_done=self._on_state, on_error=self._on_call_failed)

    def _on_state(self, outcome: tuple[BenchState, Any]) -> None:
        self._in_flight -= 1
        state, self._photo_policy = outcome
        self._publish(state)

    def _on_call_failed(self, error: BaseException) -> None:
        # The session promises to turn environment errors into feedback; anything raised is a bug. The traceback
        # goes to the log, the operator gets a red banner, and the last good state stays on screen.
        self._in_flight -= 1
        log.error("bench call failed", exc_info=error)
        message = self.tr("Internal error: {error}. The work so far is kept; tell your supervisor.").format(
            error=type(error).__name__)
        self.bug_reported.emit(f"{type(error).__name__}: {error}")
        self._publish(self._with_feedback(Cue.ERROR, message))

    def _on_bug(self, message: str, trace: str) -> None:
        self.bug_reported.emit(message)

    def _with_feedback(self, cue: Cue, message: str) -> BenchState:
        return replace(self._state, feedback=Feedback(cue, message))

    def _publish(self, state: BenchState) -> None:
        self._state = state
        self.state_changed.emit(state)
        if self._in_flight == 0:
            self.settled.emit()
