"""Grabs the next frame the capture session shows, and only that one.

The session's sink emits every frame on the thread that produced it. The tap is connected to it only while armed,
with a direct connection, so frames reach Python only between F9 and the next frame; that frame (a cheap, implicitly
shared `QVideoFrame`) is handed to the GUI thread by a queued signal, and the tap disconnects itself.
"""
from __future__ import annotations

import threading
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtMultimedia import QMediaCaptureSession, QVideoFrame


class FrameTap(QObject):
    grabbed = Signal(object, object)     # QVideoFrame, the tag given to arm()

    def __init__(self, session: QMediaCaptureSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._lock = threading.Lock()
        self._tag: Any = None
        self._armed = False
        self._sink: Any = None
        self.grabbed.connect(self._after_grab)     # queued: runs on the GUI thread

    @property
    def armed(self) -> bool:
        return self._armed

    def arm(self, tag: Any = None) -> None:
        """The next valid frame is announced by `grabbed` with `tag`; arming again before then replaces the tag."""
        with self._lock:
            self._tag = tag
            self._armed = True
        sink = self._session.videoSink()
        if sink is not self._sink:
            self._disconnect()
            if sink is not None:
                sink.videoFrameChanged.connect(self._on_frame, Qt.ConnectionType.DirectConnection)
                self._sink = sink

    def disarm(self) -> None:
        with self._lock:
            self._armed = False
            self._tag = None
        self._disconnect()

    def _disconnect(self) -> None:
        if self._sink is not None:
            try:
                self._sink.videoFrameChanged.disconnect(self._on_frame)
            except (RuntimeError, TypeError):
                pass   # the sink went with its preview widget
            self._sink = None

    def _on_frame(self, frame: QVideoFrame) -> None:
        # Runs on the frame thread: only decides and hands the frame on.
        if not frame.isValid():
            return
        with self._lock:
            if not self._armed:
                return
            self._armed, tag, self._tag = False, self._tag, None
        self.grabbed.emit(QVideoFrame(frame), tag)

    def _after_grab(self, _frame: QVideoFrame, _tag: Any) -> None:
        if not self._armed:
            self._disconnect()
