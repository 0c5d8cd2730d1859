"""A test camera's video: 3 s of numbered colour frames, MPEG-4 in Matroska, made by Qt's own FFmpeg.

Qt's bundled FFmpeg has no H.264, so the video is made by Qt itself, in a subprocess (`QMediaRecorder` warns
"Invalid frameRate 0", which must not reach pytest-qt's log check). Run: `python -m tests.photo_video OUT W H`.
"""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

SECONDS_FRAMES = 90


def make_video(out: Path, width: int = 1280, height: int = 720, timeout: float = 120) -> Path:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    subprocess.run([sys.executable, "-m", "tests.photo_video", str(out), str(width), str(height)], check=True,
                   env=env, timeout=timeout, capture_output=True, cwd=Path(__file__).resolve().parent.parent)
    if not out.is_file() or out.stat().st_size == 0:
        raise RuntimeError(f"no video was written to {out}")
    return out


@pytest.fixture(scope="session")
def photo_video(tmp_path_factory) -> Path:
    """A 1280×720 video for `FileCamera`."""
    return make_video(tmp_path_factory.mktemp("video") / "camera-720p.mkv")


def _main(out: str, width: int, height: int) -> int:
    from PySide6.QtCore import QSize, Qt, QUrl
    from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter
    from PySide6.QtMultimedia import (
        QMediaCaptureSession,
        QMediaFormat,
        QMediaRecorder,
        QVideoFrame,
        QVideoFrameInput,
    )
    app = QGuiApplication(sys.argv[:1])
    session, frames, recorder = QMediaCaptureSession(), QVideoFrameInput(), QMediaRecorder()
    session.setVideoFrameInput(frames)
    session.setRecorder(recorder)
    fmt = QMediaFormat(QMediaFormat.FileFormat.Matroska)
    fmt.setVideoCodec(QMediaFormat.VideoCodec.MPEG4)
    recorder.setMediaFormat(fmt)
    recorder.setVideoResolution(QSize(width, height))
    recorder.setOutputLocation(QUrl.fromLocalFile(out))
    sent = 0

    def send() -> None:
        nonlocal sent
        if sent == SECONDS_FRAMES:
            recorder.stop()
            return
        image = QImage(width, height, QImage.Format.Format_RGB32)
        image.fill(QColor.fromHsv(sent * 4 % 360, 200, 220))
        painter = QPainter(image)
        font = painter.font()
        font.setPixelSize(height // 4)
        painter.setFont(font)
        painter.drawText(image.rect(), Qt.AlignmentFlag.AlignCenter, str(sent))
        painter.end()
        frame = QVideoFrame(image)
        frame.setStartTime(sent * 33_333)
        frame.setEndTime((sent + 1) * 33_333)
        sent += frames.sendVideoFrame(frame)

    frames.readyToSendVideoFrame.connect(send)
    recorder.recorderStateChanged.connect(
        lambda state: state == QMediaRecorder.RecorderState.StoppedState and app.quit())
    recorder.record()
    send()
    return app.exec()


if __name__ == "__main__":
    sys.exit(_main(sys.argv[1], int(sys.argv[2]), int(sys.argv[3])))
