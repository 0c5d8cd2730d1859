"""Sync in the window: a worker that runs sync passes off the GUI thread, and the status-bar field that shows them.

`SyncStatus` drives `inspector.sync.engine.SyncEngine` one step at a time: database steps (read a batch, mark the
acknowledgements, store pulled returns) on the runner's database lane, where every other database call runs, as
background work that lets the operator's queued intents go first, and network steps (send, pull) on the background
lane. The GUI thread only chains callbacks, so it never waits on the network or the disk. Passes run on an
interval, at once on demand (`sync_now`), and later after a failure (exponential backoff with jitter); only one pass
runs at a time. While the operator is scanning, batches are small and spaced out (`inspector.sync.pacing`).

Wiring (main window / app): see `attach_to_window` below.
"""
from __future__ import annotations

import datetime as dt
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QT_TRANSLATE_NOOP, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QWidget

from inspector.errors import EnvironmentProblem
from inspector.i18n import Text
from inspector.sync.client import HubProblem
from inspector.sync import decision_pull, operator_pull, site_pull
from inspector.sync.engine import PassReport, SyncEngine
from inspector.sync.outbox import PENDING, REJECTED, AckSummary, PushBatch, refused_by_name
from inspector.sync.pacing import Pacing
from inspector.sync.schedule import SyncSchedule
from ui.common.retranslate import Retranslating
from ui.common.task_runner import TaskRunner
from ui.common.texts import translated_message

log = logging.getLogger(__name__)
CONTEXT = "sync"
COUNTS_EVERY_S = 1.0      # the pending count is re-read at most this often during a pass (and at its end)


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


@dataclass(frozen=True)
class SyncSnapshot:
    """What the status bar shows; plain data, emitted on the GUI thread."""
    configured: bool = False
    running: bool = False
    pending: int | None = None
    rejected: int | None = None
    last_success: str | None = None       # ISO time
    last_error: str | None = None         # already translated for the person
    next_try_in: float | None = None      # seconds, after a failure
    error_said: Text | None = None        # last_error's template, to say it again after a language switch
    photos_waiting: int | None = None     # own photos not at the hub yet (`ui.sync.photo_uploads`)


def problem_said(error: BaseException) -> Text:
    """What `problem_text` translates: the problem's own words, or the bug's short sentence."""
    if isinstance(error, EnvironmentProblem):
        return error.text
    return Text(QT_TRANSLATE_NOOP("sync", "Sync failed unexpectedly; see the log."), context=CONTEXT)


def problem_text(error: BaseException) -> str:
    """An EnvironmentProblem's message, translated; anything else is a bug and says so briefly."""
    if isinstance(error, EnvironmentProblem):
        return error.text.translated(QCoreApplication.translate)
    return _t("Sync failed unexpectedly; see the log.")


class SyncStatus(QObject):
    status_changed = Signal(object)        # SyncSnapshot
    pass_finished = Signal(bool)           # True when the pass reached the hub and finished
    policy_pulled = Signal()               # a newer site policy was written to the data dir
    operators_merged = Signal(dict)        # this bench's operators became the site's: local id -> site id

    def __init__(self, runner: TaskRunner, engine_factory: Callable[[], SyncEngine | None],
                 interval_s: float = 30.0, tick_ms: int = 1000, parent: QObject | None = None,
                 last_intent: Callable[[], float | None] = lambda: None, pacing: Pacing = Pacing()) -> None:
        """`last_intent`: when (monotonic seconds) the operator last did something at the bench, or None."""
        super().__init__(parent)
        self._runner = runner
        self._engine_factory = engine_factory
        self._engine: SyncEngine | None = None
        self._last_intent = last_intent
        self._pacing = pacing
        self._counts_at = 0.0
        self._stop_flag = threading.Event()
        self._schedule = SyncSchedule(interval=interval_s)
        self._snapshot = SyncSnapshot()
        self._running = False
        self._stopped = False
        self._made_progress = False
        self._timer = QTimer(self)
        self._timer.setInterval(tick_ms)
        self._timer.timeout.connect(self._tick)
        self.photos: Any = None            # the photo driver `attach_to_window` starts after good passes

    @property
    def engine(self) -> SyncEngine | None:
        return self._alive()

    def show_photos_waiting(self, count: int) -> None:
        self._publish(photos_waiting=count)

    @property
    def snapshot(self) -> SyncSnapshot:
        return self._snapshot

    @property
    def running(self) -> bool:
        return self._running

    # -- control (GUI thread) -----------------------------------------------------------------------------------
    def start(self) -> None:
        """Builds the engine on the database lane (it opens its own connection to the bench file), then ticks."""
        self._stopped = False
        stopped = self._stop_flag = threading.Event()
        factory = self._engine_factory

        def open_engine() -> SyncEngine | None:
            engine = factory()
            if engine is not None and stopped.is_set():
                # Stopped while this waited on the lane: its callback may never be delivered (the window is going),
                # so what it opened is closed here, on the lane that opened it.
                engine.dispose_database()
                engine.close()
                return None
            return engine
        self._runner.run_db_background(open_engine, on_done=self._engine_ready,
                                       on_error=self._engine_failed, description="sync: open")

    def stop(self) -> None:
        """Stops scheduling; a step already on a lane finishes, its callback then does nothing more."""
        self._stopped = True
        self._stop_flag.set()
        self._timer.stop()
        if self.photos is not None:
            self.photos.stop()
        engine, self._engine = self._engine, None
        if engine is not None:
            self._release(engine)

    def _release(self, engine: SyncEngine) -> None:
        # Its connections were made on the database lane, so they are closed there; the HTTP client anywhere.
        if not self._runner.database.closed:
            self._runner.run_db_background(engine.dispose_database, on_error=lambda _e: None,
                                           description="sync: close db")
        if not self._runner.background.closed:
            self._runner.run_background(engine.close, on_error=lambda _e: None, description="sync: close")

    @Slot()
    def sync_now(self) -> None:
        self._schedule.demand()
        self._tick()

    @Slot()
    def retry_rejected(self) -> None:
        """Puts the records the hub set aside back in the queue (after the cause was fixed), then syncs."""
        if self._engine is None:
            return
        self._runner.run_db_background(self._engine.retry_rejected, on_done=lambda _n: self.sync_now(),
                                       on_error=self._step_failed, description="sync: retry rejected")

    # -- pass, step by step ------------------------------------------------------------------------------------
    def _engine_ready(self, engine: SyncEngine | None) -> None:
        if self._stopped:
            if engine is not None:
                self._release(engine)
            return
        self._engine = engine
        if engine is None:
            self._publish(configured=False)
            return
        state = engine.state
        self._publish(configured=True, last_success=state.last_success,
                      last_error=state.last_error, error_said=None)
        self._timer.start()
        self._refresh_counts()
        self._tick()

    def _engine_failed(self, error: BaseException) -> None:
        log.warning("sync not started: %s", error)
        self._publish(configured=False, last_error=problem_text(error), error_said=problem_said(error))

    @Slot()
    def _tick(self) -> None:
        if self._stopped or self._running or self._engine is None:
            return
        now = time.monotonic()
        if not self._schedule.due(now):
            self._publish(next_try_in=max(0.0, self._schedule.next_due - now))
            return
        self._schedule.started()
        self._running = True
        self._made_progress = False
        self._publish(running=True, next_try_in=None)
        self._runner.run_background(self._engine.check_station, on_done=lambda _r: self._push_step(),
                                    on_error=self._step_failed, description="sync: station")

    def _alive(self) -> SyncEngine | None:
        return None if self._stopped else self._engine

    def _push_step(self) -> None:
        step = self._pacing.next_step(time.monotonic(), self._last_intent())
        if step.wait_s > 0:
            QTimer.singleShot(round(step.wait_s * 1000), self, lambda: self._read_batch(step.batch))
        else:
            self._read_batch(step.batch)

    def _read_batch(self, size: int) -> None:
        engine = self._alive()
        if engine is None:
            return self._abandon()
        self._runner.run_db_background(engine.prepare_push, 0, size, on_done=self._prepared,
                                       on_error=self._step_failed, description="sync: read batch")

    def _prepared(self, batch: PushBatch) -> None:
        engine = self._alive()
        if engine is None:
            return self._abandon()
        if batch.empty:
            return self._pull_step()
        self._runner.run_background(engine.send, batch, on_done=lambda acks: self._sent(batch, acks),
                                    on_error=lambda error: self._send_failed(batch, error),
                                    description="sync: send batch")

    def _sent(self, batch: PushBatch, acks: list[Any]) -> None:
        engine = self._alive()
        if engine is None:
            return self._abandon()   # rows stay pending: the next pass resends, the hub answers duplicate
        self._runner.run_db_background(engine.apply_acks, batch, acks,
                                       on_done=lambda summary: self._acked(batch, summary),
                                       on_error=self._step_failed, description="sync: mark sent")

    def _acked(self, batch: PushBatch, summary: AckSummary) -> None:
        self._made_progress = self._made_progress or summary.rows_done > 0
        if time.monotonic() - self._counts_at >= COUNTS_EVERY_S:
            self._refresh_counts()
        engine = self._alive()
        if engine is None:
            return self._abandon()
        if summary.rows_done and batch.full:
            return self._push_step()       # a full batch: more is probably waiting
        self._pull_step()

    def _send_failed(self, batch: PushBatch, error: BaseException) -> None:
        engine = self._alive()
        refused = None if engine is None else refused_by_name(batch, error)
        if engine is not None and refused is not None:
            # The hub applied nothing of the batch, for one record it named (a decision this station had no right
            # to send): that one is set aside, the rest goes again in this pass.
            self._runner.run_db_background(engine.apply_acks, batch, refused, on_done=self._set_aside,
                                           on_error=self._step_failed, description="sync: set aside refused")
            return
        if engine is not None:
            self._runner.run_db_background(engine.note_failure, batch, error, on_error=lambda _e: None,
                                           description="sync: note failure")
        self._step_failed(error)

    def _set_aside(self, _summary: AckSummary) -> None:
        self._made_progress = True
        self._refresh_counts()
        if self._alive() is None:
            return self._abandon()
        self._push_step()

    def _pull_step(self) -> None:
        engine = self._alive()
        if engine is None:
            return self._abandon()
        self._runner.run_background(engine.fetch_returns, on_done=self._fetched, on_error=self._step_failed,
                                    description="sync: pull returns")

    def _fetched(self, page: tuple[list[dict[str, Any]], int, bool]) -> None:
        documents, cursor, more = page
        engine = self._alive()
        if engine is None:
            return self._abandon()
        if not documents:
            return self._policy_step()

        def stored(_result: Any) -> None:
            self._pull_step() if more else self._policy_step()
        self._runner.run_db_background(engine.store_returns, documents, cursor, on_done=stored,
                                       on_error=self._step_failed, description="sync: store returns")

    def _policy_step(self) -> None:
        engine = self._alive()
        if engine is None:
            return self._abandon()
        self._runner.run_background(engine.sync_policy, on_done=self._policy_done,
                                    on_error=self._step_failed, description="sync: pull policy")

    def _policy_done(self, result: tuple[int, bool]) -> None:
        _version, updated = result
        if updated and not self._stopped:
            self.policy_pulled.emit()
        self._team_step(operator_pull.PulledTeam())

    def _team_step(self, pulled: operator_pull.PulledTeam) -> None:
        """The site's team, page by page: fetched on the background lane, stored on the database lane."""
        engine = self._alive()
        if engine is None:
            return self._abandon()

        def fetched(page: operator_pull.TeamPage) -> None:
            if self._alive() is None:
                return self._abandon()
            self._runner.run_db_background(engine.store_operators, page, pulled,
                                           on_done=lambda _r: self._team_step(pulled) if page.more
                                           else self._team_done(pulled),
                                           on_error=self._step_failed, description="sync: store operators")
        self._runner.run_background(engine.fetch_operators, on_done=fetched, on_error=self._step_failed,
                                    description="sync: pull operators")

    def _team_done(self, pulled: operator_pull.PulledTeam) -> None:
        merged = {m["local_id"]: m["site_id"] for m in pulled.merged if "local_id" in m and "site_id" in m}
        if merged and not self._stopped:
            self.operators_merged.emit(merged)
        self._decisions_step(decision_pull.DecisionsPulled())

    def _decisions_step(self, pulled: decision_pull.DecisionsPulled) -> None:
        """Decisions made elsewhere on this bench's items: fetched on the background lane, applied on the database
        lane."""
        engine = self._alive()
        if engine is None:
            return self._abandon()

        def fetched(page: tuple[list[Any], int, bool] | None) -> None:
            if self._alive() is None:
                return self._abandon()
            if page is None:      # a hub from before the site
                return self._site_step()
            items, cursor, more = page
            self._runner.run_db_background(engine.store_decisions, items, cursor, pulled,
                                           on_done=lambda go_on: self._decisions_step(pulled) if go_on and more
                                           else self._site_step(),
                                           on_error=self._step_failed, description="sync: apply decisions")
        self._runner.run_background(engine.fetch_decisions, on_done=fetched, on_error=self._step_failed,
                                    description="sync: pull decisions")

    def _site_step(self) -> None:
        """A supervisor desk's copies of the site (`inspector.sync.site_pull`): a page fetched on the background
        lane, stored on the database lane, until the hub has no more; then the copies that left the window go. A
        bench the hub refuses the site to fetches nothing (None) and ends its pass."""
        engine = self._alive()
        if engine is None:
            return self._abandon()
        self._runner.run_background(site_pull.next_page, engine, on_done=self._site_fetched,
                                    on_error=self._step_failed, description="sync: site page")

    def _site_fetched(self, page: site_pull.SitePage | None) -> None:
        engine = self._alive()
        if engine is None:
            return self._abandon()
        if page is None:      # not a desk: only copies kept from when it was one may be left to drop
            return self._site_done()
        # Stored a part at a time, each its own step on the database lane, small and spaced out while the operator
        # scans (`Pacing`), as the push's batches are: a page of 2,000 copies in one step held a scan up ~150 ms.
        self._site_part(page, site_pull.parts(page, self._pacing.idle_batch * 2), site_pull.CopyReport())

    def _site_part(self, page: site_pull.SitePage, left: list[list[dict[str, Any]]],
                   copies: site_pull.CopyReport) -> None:
        engine = self._alive()
        if engine is None:
            return self._abandon()
        if not left:
            def stored(_report: Any) -> None:
                self._site_step() if page.more else self._site_done()
            # The records are stored: this moves the cursor (and the hub's time) after them.
            done = site_pull.SitePage([], page.cursor, page.more, page.as_of, page.window_start, page.stations)
            self._runner.run_db_background(site_pull.store_page, engine, done, copies, on_done=stored,
                                           on_error=self._step_failed, description="sync: site page stored")
            return
        step = self._pacing.next_step(time.monotonic(), self._last_intent())
        part, rest = left[0], left[1:]
        if step.batch < len(part):      # the operator is scanning: smaller parts
            part, rest = part[:step.batch], [part[step.batch:], *rest]

        def store() -> None:
            if self._alive() is None:
                return self._abandon()
            self._runner.run_db_background(site_pull.store_part, engine, part, copies,
                                           on_done=lambda _r: self._site_part(page, rest, copies),
                                           on_error=self._step_failed, description="sync: store site part")
        if step.wait_s:
            QTimer.singleShot(round(step.wait_s * 1000), self, store)
        else:
            store()

    def _site_done(self) -> None:
        engine = self._alive()
        if engine is None:
            return self._abandon()
        self._runner.run_db_background(site_pull.drop_old, engine, on_done=lambda _d: self._days_step(),
                                       on_error=self._step_failed, description="sync: drop old copies")

    def _days_step(self) -> None:
        """A desk's closed days and their late records: network and the sync state only, no database."""
        engine = self._alive()
        if engine is None:
            return self._abandon()
        self._runner.run_background(engine.pull_closed_days, PassReport(), on_done=lambda _r: self._pass_done(),
                                    on_error=self._step_failed, description="sync: closed days")

    def _pass_done(self) -> None:
        engine = self._alive()
        self._running = False
        if engine is None:
            return
        self._schedule.succeeded(time.monotonic())
        # The state file is written on the background lane: no disk on the GUI thread.
        self._runner.run_background(engine.note_success, on_done=self._success_noted, on_error=lambda _e: None,
                                    description="sync: note success")

    def _success_noted(self, state: Any) -> None:
        self._publish(running=False, last_success=state.last_success, last_error=None, error_said=None)
        self._refresh_counts()
        self.pass_finished.emit(True)

    def _step_failed(self, error: BaseException) -> None:
        self._running = False
        if not isinstance(error, EnvironmentProblem):
            log.error("sync step failed: %r", error, exc_info=error)
        transient = getattr(error, "transient", True) if isinstance(error, HubProblem) else True
        delay = self._schedule.failed(time.monotonic(), transient)
        engine = self._alive()
        if engine is not None:
            self._runner.run_background(engine.note_error, error, on_error=lambda _e: None,
                                        description="sync: note error")
        self._publish(running=False, last_error=problem_text(error), error_said=problem_said(error),
                      next_try_in=delay)
        self._refresh_counts()
        self.pass_finished.emit(False)

    def _abandon(self) -> None:
        self._running = False

    def _refresh_counts(self) -> None:
        engine = self._alive()
        if engine is None:
            return
        self._counts_at = time.monotonic()
        self._runner.run_db_background(engine.counts,
                                       on_done=lambda c: self._publish(pending=c[PENDING], rejected=c[REJECTED]),
                                       on_error=lambda _e: None, description="sync: counts")

    def _publish(self, **changes: Any) -> None:
        self._snapshot = replace(self._snapshot, **changes)
        self.status_changed.emit(self._snapshot)


def _when(iso: str | None) -> str:
    if not iso:
        return _t("never")
    moment = dt.datetime.fromisoformat(iso).astimezone()
    today = dt.datetime.now().astimezone().date()
    return moment.strftime("%H:%M") if moment.date() == today else moment.strftime("%Y-%m-%d %H:%M")


class SyncStatusWidget(Retranslating, QWidget):
    """The status bar's sync field: pending count, set-aside count, last success, last error; a "sync now" button.

    The error shows in full in the tooltip; the field itself stays short so the status bar keeps its place. After a
    language switch the last snapshot is shown again in the new words."""

    def __init__(self, status: SyncStatus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sync_status")
        self.label = QLabel(self)
        self.label.setProperty("status_field", True)
        self.button = QToolButton(self)
        # The scanner's Enter must never press this: the bench keeps focus on its scan field.
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.button.clicked.connect(status.sync_now)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.button)
        self._shown = status.snapshot
        status.status_changed.connect(self.show_snapshot)
        self.retranslate()

    def retranslate(self) -> None:
        self.button.setText(_t("Sync now"))
        self.show_snapshot(self._shown)

    @Slot(object)
    def show_snapshot(self, s: SyncSnapshot) -> None:
        self._shown = s
        error = translated_message(s.last_error, s.error_said) if s.last_error else None
        if not s.configured:
            self.label.setText(_t("Sync: not set up") if not error else _t("Sync: off"))
            self.label.setToolTip(error or _t("Set hub_url and hub_token in the station settings."))
            self.button.setEnabled(False)
            self.setProperty("sync_state", "off")
            return
        pending = "…" if s.pending is None else str(s.pending)
        parts = [_t("Sync: {n} pending").format(n=pending)]
        if s.rejected:
            parts.append(_t("{n} set aside").format(n=s.rejected))
        if s.photos_waiting:
            parts.append(_t("photos waiting: {n}").format(n=s.photos_waiting))
        parts.append(_t("last {when}").format(when=_when(s.last_success)))
        if s.running:
            parts.append(_t("sending…"))
        elif error:
            parts.append(_t("error"))
        self.label.setText(" · ".join(parts))
        tip = [_t("Last success: {when}").format(when=_when(s.last_success))]
        if error:
            tip.append(_t("Last error: {error}").format(error=error))
        if s.next_try_in is not None and not s.running:
            tip.append(_t("Next try in {s} s").format(s=round(s.next_try_in)))
        if s.rejected:
            tip.append(_t("Records set aside by the hub wait for a supervisor: inspector sync --rejected"))
        self.label.setToolTip("\n".join(tip))
        self.button.setEnabled(not s.running)
        self.setProperty("sync_state", "error" if error else ("busy" if s.running else "ok"))


# lupdate: the templates above, listed for collection.
_TEXTS = (QT_TRANSLATE_NOOP("sync", "never"), QT_TRANSLATE_NOOP("sync", "Sync now"),
          QT_TRANSLATE_NOOP("sync", "Sync: not set up"), QT_TRANSLATE_NOOP("sync", "Sync: off"),
          QT_TRANSLATE_NOOP("sync", "Set hub_url and hub_token in the station settings."),
          QT_TRANSLATE_NOOP("sync", "Sync: {n} pending"), QT_TRANSLATE_NOOP("sync", "{n} set aside"),
          QT_TRANSLATE_NOOP("sync", "last {when}"), QT_TRANSLATE_NOOP("sync", "sending…"),
          QT_TRANSLATE_NOOP("sync", "error"), QT_TRANSLATE_NOOP("sync", "Last success: {when}"),
          QT_TRANSLATE_NOOP("sync", "Last error: {error}"), QT_TRANSLATE_NOOP("sync", "Next try in {s} s"),
          QT_TRANSLATE_NOOP("sync", "Records set aside by the hub wait for a supervisor: inspector sync --rejected"),
          QT_TRANSLATE_NOOP("sync", "Sync failed unexpectedly; see the log."),
          QT_TRANSLATE_NOOP("sync", "photos waiting: {n}"))


def engine_factory_for(paths: Any, station: str | None = None) -> Callable[[], SyncEngine | None]:
    """What `SyncStatus` calls on the database lane: an engine from the station settings, or None when no hub is
    set up. It opens its own `Database` on the bench file (steps still run on the database lane only). `station`
    is the window's `--station`: the sync pushes as the station the bench records as."""
    def make() -> SyncEngine | None:
        from inspector.settings import running_settings, site_policy
        from inspector.storage.database import Database
        from inspector.sync.engine import SyncConfig
        settings = running_settings(paths, station)
        if not settings.hub_url or not settings.hub_token:
            return None
        # Small batches in the window: each read and each marking is one step on the database lane, between the
        # operator's scans; `Pacing` picks each batch's size (1000 records would hold a scan up ~30 ms).
        return SyncEngine(Database.open_sqlite(paths.database), site_policy(paths), paths,
                          SyncConfig.from_settings(settings, batch_size=Pacing().idle_batch), owns_database=True)
    return make


def attach_to_window(window: Any, runner: TaskRunner, paths: Any, interval_s: float = 30.0,
                     start: bool = True, station: str | None = None) -> SyncStatus:
    """What the app needs: builds the worker and puts its field in the window's status bar.

        sync = attach_to_window(window, runner, paths, start=False)   # in run_app, after the window is built
        client.session_opened.connect(sync.start)                     # first sync after the database opened
        ... sync.stop() before runner.shutdown()
    """
    client = getattr(window, "client", None)
    status = SyncStatus(runner, engine_factory_for(paths, station), interval_s=interval_s, parent=window,
                        last_intent=(lambda: client.last_intent) if client is not None else (lambda: None))
    window.statusBar().addPermanentWidget(SyncStatusWidget(status, window))
    from ui.sync.photo_uploads import PhotoUploads
    status.photos = PhotoUploads(runner, lambda: status.engine, status._last_intent, parent=status)
    status.photos.waiting_changed.connect(status.show_photos_waiting)
    status.pass_finished.connect(lambda ok: status.photos.start_round() if ok else None)
    set_waiting = getattr(client, "set_photos_waiting", None)     # the bench's count (`BenchState.photos_waiting`)
    if set_waiting is not None:
        status.photos.waiting_changed.connect(set_waiting)
    if client is not None:
        from inspector.settings import site_policy
        status.policy_pulled.connect(lambda: client.adopt_policy(lambda: site_policy(paths)))
        status.operators_merged.connect(client.operators_merged)
    if start:
        status.start()
    return status
