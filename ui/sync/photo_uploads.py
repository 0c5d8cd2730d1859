"""Photos in the window: a driver of its own, after the records, that uploads the bench's photos chunk by chunk and
(on a supervisor desk) fetches the site's photos, each step on its lane.

`SyncStatus` starts a round after each good record pass (`start_round`); records and photos never share a step.
Database steps (which photos next, how one went, the waiting count) run on the database lane as background work;
network steps (status, one chunk, one download) on the background lane; the gaps between chunks are timers on the
GUI thread, so a lane never sleeps. While the operator scans, chunks are 64 KiB a quarter second apart
(`inspector.sync.pacing.PhotoPacing`), the same sense of "busy" as the records' pacing.
"""
from __future__ import annotations

import importlib.util
import logging
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from inspector.errors import EnvironmentProblem
from inspector.sync import photo_upload
from inspector.sync.client import HubUnavailable
from inspector.sync.pacing import PhotoPacing
from ui.common.task_runner import TaskRunner

log = logging.getLogger(__name__)
FETCH_LIMIT = 50          # a desk's downloads per round


def _has_photo_fetch() -> bool:
    return importlib.util.find_spec("inspector.sync.photo_fetch") is not None


class PhotoUploads(QObject):
    waiting_changed = Signal(int)          # own photos not at the hub yet
    round_finished = Signal(bool)          # True when the round ran out of work without a problem

    def __init__(self, runner: TaskRunner, engine: Callable[[], Any], last_intent: Callable[[], float | None],
                 pacing: PhotoPacing = PhotoPacing(), parent: QObject | None = None) -> None:
        """`engine`: the record sync's engine (`SyncStatus.engine`), or None while there is none."""
        super().__init__(parent)
        self._runner, self._engine_of, self._last_intent, self._pacing = runner, engine, last_intent, pacing
        self._running = self._again = self._stopped = False
        self._tried: list[str] = []
        self._store: Any = None

    @property
    def running(self) -> bool:
        return self._running

    def start_round(self) -> None:
        """After a good record pass: upload what waits (a round already under way takes the new work too)."""
        if self._engine_of() is None:      # the record sync stopped: so do the photos
            return
        self._stopped = False
        if self._running:
            self._again = True
            return
        self._running, self._again, self._tried = True, False, []
        self._next_batch()

    def stop(self) -> None:
        """A step already on a lane finishes; nothing follows it (until the next `start_round`)."""
        self._stopped, self._running = True, False

    # -- uploads ------------------------------------------------------------------------------------------------
    def _engine(self) -> Any:
        return None if self._stopped else self._engine_of()

    def _photo_store(self, engine: Any) -> Any:
        if self._store is None:
            from inspector.photos.store import PhotoStore
            self._store = PhotoStore(engine.paths.photos_dir)
        return self._store

    def _next_batch(self) -> None:
        engine = self._engine()
        if engine is None:
            return self._end(False)
        self._runner.run_db_background(photo_upload.next_photos, engine, list(self._tried),
                                       on_done=self._got_batch, on_error=self._failed,
                                       description="photos: next")

    def _got_batch(self, queued: list[Any]) -> None:
        if not queued:
            return self._fetch_step()
        self._begin(queued[0], queued[1:])

    def _begin(self, photo: Any, rest: list[Any]) -> None:
        engine = self._engine()
        if engine is None:
            return self._end(False)
        self._runner.run_background(photo_upload.begin, engine.client, self._photo_store(engine), photo,
                                    on_done=lambda upload: self._progress(upload, rest), on_error=self._failed,
                                    description="photos: status")

    def _progress(self, upload: Any, rest: list[Any]) -> None:
        if isinstance(upload, photo_upload.Finished):
            return self._finish(upload, rest)
        step = self._pacing.next_chunk(time.monotonic(), self._last_intent())

        def send() -> None:
            engine = self._engine()
            if engine is None:
                return self._end(False)
            self._runner.run_background(photo_upload.send_chunk, engine.client, upload, step.size,
                                        on_done=lambda done: self._progress(done or upload, rest),
                                        on_error=self._failed, description="photos: chunk")
        if step.wait_s:
            QTimer.singleShot(round(step.wait_s * 1000), self, send)
        else:
            send()

    def _finish(self, done: photo_upload.Finished, rest: list[Any]) -> None:
        engine = self._engine()
        if engine is None:
            return self._end(False)

        def marked(aside: bool) -> None:
            if not photo_upload.tried_for_good(done, aside):
                return self._begin(done.photo, rest)      # refused: at once again, from the start
            self._tried.append(done.photo.id)
            self._begin(rest[0], rest[1:]) if rest else self._next_batch()
        self._runner.run_db_background(photo_upload.finish, engine, done, on_done=marked, on_error=self._failed,
                                       description="photos: mark")

    # -- a desk's downloads (`inspector.sync.photo_fetch`), paced alike ----------------------------------------
    def _fetch_step(self) -> None:
        engine = self._engine()
        if engine is None or not _has_photo_fetch():
            return self._end(True)
        from inspector.sync import photo_fetch
        self._runner.run_db_background(photo_fetch.missing_photos, engine.database, FETCH_LIMIT,
                                       on_done=lambda hashes: self._fetch_next(list(hashes), [], []),
                                       on_error=self._failed, description="photos: missing")

    def _fetch_next(self, left: list[str], fetched: list[str], wrong: list[str]) -> None:
        engine = self._engine()
        if engine is None:
            return self._end(False)
        if not left:
            return self._fetched(fetched, wrong)
        from inspector.sync import photo_fetch
        sha, rest = left[0], left[1:]

        def got(here: bool) -> None:
            (fetched if here else wrong).append(sha)
            self._fetch_next(rest, fetched, wrong)

        def failed(error: BaseException) -> None:
            if isinstance(error, HubUnavailable) and photo_fetch.not_held(error):
                return self._fetch_next(rest, fetched, wrong)   # its bench has not sent it yet
            self._fetched(fetched, wrong, error)

        def download() -> None:
            self._runner.run_background(photo_fetch.download, self._photo_store(engine), engine.client, sha,
                                        on_done=got, on_error=failed, description="photos: download")
        wait = self._pacing.next_chunk(time.monotonic(), self._last_intent()).wait_s
        QTimer.singleShot(round(wait * 1000), self, download) if wait else download()

    def _fetched(self, fetched: list[str], wrong: list[str], error: BaseException | None = None) -> None:
        engine = self._engine()
        if engine is None:
            return self._end(False)
        from inspector.sync import photo_fetch

        def mark() -> None:
            if fetched:
                photo_fetch.mark_fetched(engine.database, fetched, engine.clock())
            for sha in wrong:
                photo_fetch.note_mismatch(engine.database, sha)
        self._runner.run_db_background(mark, on_done=lambda _r: self._failed(error) if error else self._end(True),
                                       on_error=self._failed, description="photos: mark fetched")

    # -- end of a round ------------------------------------------------------------------------------------------
    def _failed(self, error: BaseException) -> None:
        if isinstance(error, EnvironmentProblem):
            log.info("photos wait: %s", error)
        else:
            log.error("photo step failed: %r", error, exc_info=error)
        self._again = False       # the next good record pass tries again
        self._end(False)

    def _end(self, ok: bool) -> None:
        engine = self._engine()
        if engine is not None:
            self._runner.run_db_background(photo_upload.waiting, engine, on_done=self._publish_waiting,
                                           on_error=lambda _e: None, description="photos: waiting")
        self._running = False
        if ok and self._again and not self._stopped:
            return self.start_round()
        if not self._stopped:
            self.round_finished.emit(ok)

    def _publish_waiting(self, count: int) -> None:
        if not self._stopped:
            self.waiting_changed.emit(count)
