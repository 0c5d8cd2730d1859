"""Takes the bench's photos: the camera's next frame on F9, or a picture file dropped or chosen (Ctrl+O).

1. The session hands out `state.photo_request` once; the desk arms the frame tap and plays the shutter.
2. The grabbed frame goes to the photo lane (a worker of its own, not the database lane): planes copied, JPEG and
   thumbnail encoded (Pillow, GIL released), the thumbnail shown at once, then the file stored (`PhotoStore.put`).
3. `client.photo_taken(...)` records it on the database lane; `photo_failed` tells the operator what went wrong.

It also runs the camera: started just after the item page has painted, kept running across a parcel's items,
stopped after `IDLE_STOP_MS` with no item in hand, and at once on sign-out. It holds no rules: the session decides
whether a photo may be taken and what it is of.
"""
from __future__ import annotations

import datetime as dt
import logging
import os
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtMultimedia import QMediaCaptureSession, QVideoFrame, QVideoSink

from inspector.bench.state import BenchState, Cue, Phase, PhotoRequest
from inspector.errors import EnvironmentProblem, RefusedError
from inspector.i18n import QT_TRANSLATE_NOOP, Text, text
from inspector.photos.imaging import (
    EncodedPhoto,
    PhotoLimits,
    encode_file,
    encode_frame,
)
from inspector.photos.store import PhotoStore
from ui.bench.camera_source import CameraSource
from ui.bench.frame_planes import FrameUnreadable, raw_frame
from ui.bench.frame_tap import FrameTap
from ui.common.task_runner import BackgroundLane

log = logging.getLogger(__name__)

IDLE_STOP_MS = 30_000
GRAB_TIMEOUT_MS = 3_000       # no frame this long after F9: the camera is not delivering
LANE_NICENESS = 10
CAMERA = "camera"
FILE = "file"


@dataclass(frozen=True)
class Shot:
    """A photo on its way: what it is of, by whom, and when it was taken."""
    request: PhotoRequest | None      # None: nothing in hand when it was taken (the session says so)
    source: str
    taken_at: dt.datetime


class _Poster(QObject):
    thumbnail = Signal(str, bytes, str)     # sha256, thumbnail JPEG, the item it is of ("" none)


def _stored(store: PhotoStore, photo: EncodedPhoto, post: Callable[[str, bytes], None]) -> EncodedPhoto:
    post(photo.sha256, photo.thumb)        # seen on screen before the file is written
    store.put(photo)
    return photo


def _yield_the_cpu() -> None:
    """Encoding is background work: on a busy two-core bench the GUI thread goes first (Linux: per-thread nice)."""
    try:
        os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), LANE_NICENESS)
    except (AttributeError, OSError):   # not Linux, or not allowed: the lane runs at normal priority
        pass


def encode_and_store_frame(frame: QVideoFrame, limits: PhotoLimits, store: PhotoStore,
                           post: Callable[[str, bytes], None]) -> EncodedPhoto:
    _yield_the_cpu()
    return _stored(store, encode_frame(raw_frame(frame), limits), post)


def encode_and_store_file(path: Path, limits: PhotoLimits, store: PhotoStore,
                          post: Callable[[str, bytes], None]) -> EncodedPhoto:
    _yield_the_cpu()
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise CannotRead(str(path)) from exc
    return _stored(store, encode_file(data, limits), post)


class CannotRead(RefusedError):
    def __init__(self, path: str) -> None:
        super().__init__(QT_TRANSLATE_NOOP("bench", "The file {path} cannot be read."), path=path)


class PhotoDesk(QObject):
    thumbnail_ready = Signal(str, bytes)      # sha256, thumbnail JPEG: shown as "not saved" until the state has it
    shot_failed = Signal()
    camera_active_changed = Signal(bool)

    def __init__(self, client: Any, cues: Any, store: PhotoStore, clock: Callable[[], dt.datetime],
                 limits: Callable[[], PhotoLimits] | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._client = client
        self._cues = cues
        self._store = store
        self._clock = clock
        self._limits = limits or (lambda: PhotoLimits())
        self._lane = BackgroundLane(max_threads=1, parent=self)
        self._lane.bug_reported.connect(lambda message, _trace: log.error("photo lane: %s", message))
        self._poster = _Poster()
        self._poster.thumbnail.connect(self._thumbnail)
        self.session = QMediaCaptureSession(self)
        self._bare_sink = QVideoSink(self)
        self.session.setVideoSink(self._bare_sink)
        self._tap = FrameTap(self.session, self)
        self._tap.grabbed.connect(self._on_grabbed)
        self._source: CameraSource | None = None
        self._waiting: Shot | None = None
        self._grab_timer = QTimer(self, singleShot=True, interval=GRAB_TIMEOUT_MS)
        self._grab_timer.timeout.connect(self._on_grab_timeout)
        self._idle_stop = QTimer(self, singleShot=True, interval=IDLE_STOP_MS)
        self._idle_stop.timeout.connect(self._stop_camera)
        self._in_hand = False
        self._signed_out = True
        client.state_changed.connect(self.on_state)

    # -- what the window sets up ----------------------------------------------------------------------------------
    @property
    def source(self) -> CameraSource | None:
        return self._source

    @property
    def store(self) -> PhotoStore:
        return self._store

    @property
    def lane(self) -> BackgroundLane:
        return self._lane

    @property
    def busy(self) -> bool:
        return self._waiting is not None or self._lane.pending > 0

    def set_source(self, source: CameraSource | None) -> None:
        """A new camera (the settings changed); the old one is closed and deleted."""
        self._drop_source()
        self._source = source
        if source is not None:
            source.attach(self.session)
            source.problem.connect(lambda message: self._client.show_message(Cue.WARNING, message))
            source.active_changed.connect(self.camera_active_changed)
            if self._in_hand:
                QTimer.singleShot(0, self, self._start_camera)

    def show_preview(self, output: Any | None) -> None:
        """The preview widget while it is visible; a bare sink otherwise, so nothing is drawn that nobody sees."""
        if output is None:
            self.session.setVideoSink(self._bare_sink)
        else:
            self.session.setVideoOutput(output)
        if self._tap.armed:
            self._tap.arm(self._waiting)     # follow the new sink

    def close(self) -> None:
        self._idle_stop.stop()
        self._grab_timer.stop()
        self._tap.disarm()
        self._drop_source()
        self._lane.shutdown(10_000)

    def _drop_source(self) -> None:
        source, self._source = self._source, None
        if source is None:
            return
        if self._waiting is not None:          # a shot armed on the old camera is never coming
            self._waiting = None
            self._grab_timer.stop()
            self._tap.disarm()
        source.problem.disconnect()
        source.active_changed.disconnect(self.camera_active_changed)
        source.close()                         # stops it (and its thread), lets go of the device, deleteLater
        self.camera_active_changed.emit(False)

    # -- the bench's state ---------------------------------------------------------------------------------------
    def on_state(self, state: BenchState) -> None:
        in_hand = state.item is not None
        if state.phase is Phase.SIGNED_OUT:
            self._idle_stop.stop()
            if not self._signed_out:
                QTimer.singleShot(0, self, self._release_camera)   # not inside the state's own signal
        elif in_hand and not self._in_hand:
            self._idle_stop.stop()
            QTimer.singleShot(0, self, self._start_camera)   # after the item page has painted
        elif not in_hand and self._in_hand:
            self._idle_stop.start()
        self._in_hand = in_hand
        self._signed_out = state.phase is Phase.SIGNED_OUT
        if state.photo_request is not None:
            self.take(state.photo_request)

    def _start_camera(self) -> None:
        if self._source is not None and self._in_hand and not self._source.active:
            self._source.start()

    def _release_camera(self) -> None:
        """Signed out: the camera stops and lets go of its device (a video file's thread stops too)."""
        if self._source is not None and self._client.state.phase is Phase.SIGNED_OUT:
            self._source.release()

    def _stop_camera(self) -> None:
        if self._source is not None and self._source.active:
            self._source.stop()

    # -- camera shots --------------------------------------------------------------------------------------------
    def take(self, request: PhotoRequest) -> None:
        if self._source is None:
            self._fail(text(QT_TRANSLATE_NOOP("bench", "No camera is set up at this bench. Drop a picture file on "
                                                       "the window, or press Ctrl+O to choose one.")))
            return
        if not self._source.active:
            self._source.start()
            if not self._source.active:
                self._fail(text(QT_TRANSLATE_NOOP("bench", "No camera found. Drop a picture file on the window, "
                                                           "or press Ctrl+O to choose one.")))
                return
        self._waiting = Shot(request, CAMERA, self._clock())
        self._tap.arm(self._waiting)
        self._grab_timer.start()
        self._cues.shutter()

    def _on_grabbed(self, frame: QVideoFrame, shot: Shot) -> None:
        self._grab_timer.stop()
        self._waiting = None
        self._lane.submit(encode_and_store_frame, frame, self._limits(), self._store, self._post(shot),
                          on_done=lambda photo: self._taken(photo, shot), on_error=self._failed,
                          description="photo from the camera")

    def _on_grab_timeout(self) -> None:
        if self._waiting is None:
            return
        self._waiting = None
        self._tap.disarm()
        self._fail(text(QT_TRANSLATE_NOOP("bench", "The camera sent no picture. Press F9 again, or drop a picture "
                                                   "file on the window.")))

    # -- picture files -------------------------------------------------------------------------------------------
    def take_file(self, path: Path) -> None:
        """A picture file for the item in hand now, by the operator signed in now: a slow decode lands on them even
        when the next item is scanned, or the operator signs out, meanwhile."""
        state = self._client.state
        request = (PhotoRequest(state.item.id, None, state.operator.id if state.operator is not None else None)
                   if state.item is not None else None)
        shot = Shot(request, FILE, self._clock())
        self._lane.submit(encode_and_store_file, Path(path), self._limits(), self._store,
                          self._post(shot), on_done=lambda photo: self._taken(photo, shot),
                          on_error=self._failed, description="photo from a file")

    # -- outcomes ------------------------------------------------------------------------------------------------
    def _post(self, shot: Shot) -> Callable[[str, bytes], None]:
        """For the photo lane: shows the thumbnail (queued to the GUI thread), tagged with the shot's item."""
        item_id = shot.request.inspection_id if shot.request is not None else ""
        return lambda sha256, thumb: self._poster.thumbnail.emit(sha256, thumb, item_id)

    def _thumbnail(self, sha256: str, thumb: bytes, item_id: str) -> None:
        item = self._client.state.item
        if item is not None and item.id == item_id:      # not on the next item's strip when that was scanned meanwhile
            self.thumbnail_ready.emit(sha256, thumb)

    def _taken(self, photo: EncodedPhoto, shot: Shot) -> None:
        request = shot.request
        if request is None:
            self._client.photo_taken(photo, shot.source, None, shot.taken_at)
        else:
            self._client.photo_taken(photo, shot.source, request.finding_code, shot.taken_at,
                                     request.inspection_id, request.operator_id)

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, (RefusedError, EnvironmentProblem)):
            self._fail(error.text)
            return
        if isinstance(error, FrameUnreadable):
            log.warning("camera frame unreadable: %s", error)
            self._fail(text(QT_TRANSLATE_NOOP("bench", "The camera's picture could not be read. Press F9 again.")))
            return
        log.error("taking a photo failed", exc_info=error)
        self._fail(text(QT_TRANSLATE_NOOP("bench", "The photo could not be taken ({error}). Press F9 again."),
                        error=type(error).__name__))

    def _fail(self, problem: Text) -> None:
        self.shot_failed.emit()
        self._client.photo_failed(problem)

