"""Where the bench's frames come from: a real camera (`UvcCamera`) or a looping video file (`FileCamera`).

Both feed one `QMediaCaptureSession`; everything after it (preview, frame tap, planes, encoding) is the same code, so
tests, demos and screenshots run the production capture path with a file (camera setting `file:PATH`).

Neither ever blocks the bench: a missing or unplugged camera becomes a message (`problem`) and the item goes on, with
a picture file if the policy asks for a photo.
"""
from __future__ import annotations

import logging
import threading
import time
from pathlib import Path

from PySide6.QtCore import (
    SIGNAL,
    SLOT,
    QCoreApplication,
    QObject,
    QSize,
    Qt,
    QThread,
    QUrl,
    Signal,
    Slot,
)
from PySide6.QtMultimedia import (
    QCamera,
    QCameraDevice,
    QCameraFormat,
    QMediaCaptureSession,
    QMediaDevices,
    QMediaPlayer,
    QVideoFrameInput,
    QVideoSink,
)

log = logging.getLogger(__name__)

FILE_PREFIX = "file:"


class CameraSource(QObject):
    """What the photo desk needs of a source: attach to a session, start, stop, and say what went wrong."""

    problem = Signal(str)          # a sentence for the operator's banner
    active_changed = Signal(bool)

    def attach(self, session: QMediaCaptureSession) -> None:  # pragma: no cover - abstract
        raise NotImplementedError

    def start(self) -> None:  # pragma: no cover - abstract
        raise NotImplementedError

    def stop(self) -> None:  # pragma: no cover - abstract
        raise NotImplementedError

    @property
    def active(self) -> bool:  # pragma: no cover - abstract
        raise NotImplementedError

    def release(self) -> None:
        """Stops and lets go of what the source holds while nobody is signed in; `start` opens it again."""
        self.stop()

    def close(self) -> None:
        """For good: the source lets go of everything and is deleted (later)."""
        self.release()
        self.deleteLater()


def _device(device_id: str | None) -> QCameraDevice | None:
    devices = QMediaDevices.videoInputs()
    if not devices:
        return None
    if not device_id:
        return QMediaDevices.defaultVideoInput()
    for device in devices:
        if bytes(device.id().data()).decode(errors="replace") == device_id:
            return device
    return None


def device_id(device: QCameraDevice) -> str:
    return bytes(device.id().data()).decode(errors="replace")


def best_format(device: QCameraDevice, size: QSize | None) -> QCameraFormat | None:
    """The format of that size with the highest frame rate; None (the camera's own default) when no size is set or
    the camera has no such size."""
    formats = [f for f in device.videoFormats() if size is not None and f.resolution() == size]
    return max(formats, key=lambda f: f.maxFrameRate()) if formats else None


class UvcCamera(CameraSource):
    """A USB camera through Qt's `QCamera`. Unplugging it, or starting with none, is reported, never raised."""

    def __init__(self, device_id: str | None = None, size: QSize | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._device_id = device_id
        self._size = size
        self._camera: QCamera | None = None
        self._session: QMediaCaptureSession | None = None
        self._devices = QMediaDevices(self)
        self._devices.videoInputsChanged.connect(self._on_inputs_changed)

    @property
    def active(self) -> bool:
        return self._camera is not None and self._camera.isActive()

    def attach(self, session: QMediaCaptureSession) -> None:
        self._session = session
        if self._camera is not None:
            session.setCamera(self._camera)

    def start(self) -> None:
        if self._camera is None and not self._open():
            return
        if not self._camera.isActive():  # type: ignore[union-attr]
            self._camera.start()  # type: ignore[union-attr]

    def stop(self) -> None:
        if self._camera is not None and self._camera.isActive():
            self._camera.stop()

    def release(self) -> None:
        self.stop()
        camera, self._camera = self._camera, None
        if camera is not None:
            if self._session is not None and self._session.camera() is camera:
                self._session.setCamera(None)  # type: ignore[arg-type]
            camera.errorOccurred.disconnect(self._on_error)
            camera.deleteLater()

    def close(self) -> None:
        self.release()
        self._devices.videoInputsChanged.disconnect(self._on_inputs_changed)
        self._devices.deleteLater()
        self._session = None
        self.deleteLater()

    def _open(self) -> bool:
        device = _device(self._device_id)
        if device is None:
            self.problem.emit(self.tr("No camera found. Plug in the camera, or drop a picture file on the window."))
            return False
        camera = QCamera(device, self)
        chosen = best_format(device, self._size)
        if chosen is not None:
            camera.setCameraFormat(chosen)
        camera.errorOccurred.connect(self._on_error)
        camera.activeChanged.connect(self.active_changed)
        self._camera = camera
        if self._session is not None:
            self._session.setCamera(camera)
        return True

    @Slot()
    def _on_inputs_changed(self) -> None:
        if self._camera is None:
            return
        present = {device_id(d) for d in QMediaDevices.videoInputs()}
        if device_id(self._camera.cameraDevice()) not in present:
            log.warning("the camera was unplugged")
            self.release()
            self.problem.emit(self.tr("The camera was unplugged. Plug it back in, or drop a picture file on the "
                                      "window."))

    @Slot(QCamera.Error, str)
    def _on_error(self, error: QCamera.Error, message: str) -> None:
        log.warning("camera error %s: %s", error, message)
        self.problem.emit(self.tr("The camera stopped working ({message}). Drop a picture file on the window, or "
                                  "ask a supervisor to check the camera (Ctrl+Shift+C).").format(message=message))


class _FilePlayer(QObject):
    """Lives on the file camera's thread: the player decodes there and its frames go straight into the session."""

    def __init__(self, path: Path, frames: QVideoFrameInput) -> None:
        super().__init__()
        self._path = path
        self._frames = frames
        self._player: QMediaPlayer | None = None
        self._sink: QVideoSink | None = None
        self.released = threading.Event()

    @Slot()
    def play(self) -> None:
        if self._player is None:
            self._player, self._sink = QMediaPlayer(self), QVideoSink(self)
            self._player.setVideoSink(self._sink)
            self._player.setLoops(QMediaPlayer.Loops.Infinite)
            # A C++ to C++ connection: frames pass with no Python (and no GIL) on the decoder's thread, and stopping
            # the player cannot wait on a frame that waits for the GIL.
            QObject.connect(self._sink, SIGNAL("videoFrameChanged(QVideoFrame)"), self._frames,
                            SLOT("sendVideoFrame(QVideoFrame)"), Qt.ConnectionType.DirectConnection)
            self._player.setSource(QUrl.fromLocalFile(str(self._path)))
        self._player.play()

    @Slot()
    def pause(self) -> None:
        if self._player is not None:
            self._player.pause()

    @Slot()
    def release(self) -> None:
        if self._player is not None:
            QObject.disconnect(self._sink, SIGNAL("videoFrameChanged(QVideoFrame)"), self._frames,
                               SLOT("sendVideoFrame(QVideoFrame)"))
            self._player.stop()
            self._player.deleteLater()
            self._sink.deleteLater()  # type: ignore[union-attr]
            self._player = self._sink = None
        self.released.set()


class _Controls(QObject):
    play = Signal()
    pause = Signal()
    release = Signal()


class FileCamera(CameraSource):
    """A video file played in a loop on its own thread, standing in for a camera (tests, demos, screenshots)."""

    def __init__(self, path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._path = Path(path)
        self._frames = QVideoFrameInput()
        self._thread = QThread()
        self._thread.setObjectName("file-camera")
        self._player = _FilePlayer(self._path, self._frames)
        self._player.moveToThread(self._thread)
        self._frames.moveToThread(self._thread)
        self._controls = _Controls()
        self._controls.play.connect(self._player.play)
        self._controls.pause.connect(self._player.pause)
        self._controls.release.connect(self._player.release)
        self._session: QMediaCaptureSession | None = None
        self._active = False
        self._closed = False

    @property
    def path(self) -> Path:
        return self._path

    @property
    def active(self) -> bool:
        return self._active

    def attach(self, session: QMediaCaptureSession) -> None:
        self._session = session
        session.setVideoFrameInput(self._frames)

    def start(self) -> None:
        if self._closed or self._active:
            return
        if not self._path.is_file():
            self.problem.emit(self.tr("No camera found: the video {path} is missing.").format(path=str(self._path)))
            return
        if not self._thread.isRunning():
            self._player.released.clear()
            self._thread.start()
        self._active = True
        self._controls.play.emit()
        self.active_changed.emit(True)

    def stop(self) -> None:
        if self._active:
            self._active = False
            self._controls.pause.emit()
            self.active_changed.emit(False)

    def release(self) -> None:
        """Stops the player and its thread (`start` starts them again)."""
        self.stop()
        if self._thread.isRunning():
            # Not a blocking call: stopping the player may wait for a frame the GUI thread is to take.
            self._controls.release.emit()
            deadline = time.monotonic() + 5
            while not self._player.released.wait(0.005) and time.monotonic() < deadline:
                QCoreApplication.processEvents()
            self._thread.quit()
            self._thread.wait(5000)

    def close(self) -> None:
        """Stops the thread for good; a test must call it before teardown, or Qt warns about a running thread."""
        if self._closed:
            return
        self._closed = True
        self.release()
        if self._session is not None and self._session.videoFrameInput() is self._frames:
            self._session.setVideoFrameInput(None)  # type: ignore[arg-type]
        self._session = None
        # Their thread has stopped: the player and the frame input go with the last reference, on this thread.
        self._player = self._frames = None  # type: ignore[assignment]
        self.deleteLater()


def source_for(setting: str | None, size: QSize | None = None, parent: QObject | None = None) -> CameraSource | None:
    """The camera setting: None or "" = the default camera, "none" = no camera, "file:PATH" = a video file, else a
    device id."""
    if setting == "none":
        return None
    if setting and setting.startswith(FILE_PREFIX):
        return FileCamera(Path(setting[len(FILE_PREFIX):]), parent)
    return UvcCamera(setting or None, size, parent)
