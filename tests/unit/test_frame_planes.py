"""Each camera pixel format becomes planes Pillow reads, with the colour the camera saw."""
from __future__ import annotations

import io

import pytest
from PIL import Image
from PySide6.QtCore import QSize
from PySide6.QtMultimedia import QVideoFrame, QVideoFrameFormat

from inspector.photos.imaging import PhotoLimits, encode_frame
from ui.bench.frame_planes import FrameUnreadable, raw_frame

Px = QVideoFrameFormat.PixelFormat
W, H = 64, 48
Y, U, V = 81, 90, 240           # red, as full-range BT.601 YCbCr
RED = (238, 14, 14)


def _frame(fmt: Px, fill) -> QVideoFrame:
    frame = QVideoFrame(QVideoFrameFormat(QSize(W, H), fmt))
    assert frame.map(QVideoFrame.MapMode.WriteOnly)
    for plane in range(frame.planeCount()):
        data = fill(plane, frame.bytesPerLine(plane), frame.mappedBytes(plane))
        frame.bits(plane)[:len(data)] = data
    frame.unmap()
    return frame


def _repeat(unit: bytes, n: int) -> bytes:
    return (unit * (n // len(unit) + 1))[:n]


FILLS = {
    Px.Format_YUV420P: lambda p, stride, n: bytes([(Y, U, V)[p]]) * n,
    Px.Format_YV12: lambda p, stride, n: bytes([(Y, V, U)[p]]) * n,
    Px.Format_YUV422P: lambda p, stride, n: bytes([(Y, U, V)[p]]) * n,
    Px.Format_NV12: lambda p, stride, n: bytes([Y]) * n if p == 0 else _repeat(bytes([U, V]), n),
    Px.Format_YUYV: lambda p, stride, n: _repeat(bytes([Y, U, Y, V]), n),
    Px.Format_UYVY: lambda p, stride, n: _repeat(bytes([U, Y, V, Y]), n),
    Px.Format_RGBX8888: lambda p, stride, n: _repeat(bytes([*RED, 255]), n),
    Px.Format_RGBA8888: lambda p, stride, n: _repeat(bytes([*RED, 255]), n),
    Px.Format_BGRX8888: lambda p, stride, n: _repeat(bytes([*reversed(RED), 255]), n),
    Px.Format_BGRA8888: lambda p, stride, n: _repeat(bytes([*reversed(RED), 255]), n),
}


def _centre(jpeg: bytes) -> tuple[int, int, int]:
    picture = Image.open(io.BytesIO(jpeg))
    assert picture.size == (W, H)
    return picture.convert("RGB").getpixel((W // 2, H // 2))


@pytest.mark.parametrize("fmt", list(FILLS), ids=lambda f: f.name)
def test_each_format_keeps_its_colour(qapp, fmt):
    raw = raw_frame(_frame(fmt, FILLS[fmt]))
    assert (raw.width, raw.height) == (W, H)
    assert raw.pixel_format != "rgb", "a planar format must not go through toImage"
    for got, want in zip(_centre(encode_frame(raw, PhotoLimits()).jpeg), RED):
        assert abs(got - want) <= 12


def test_other_formats_go_through_an_image(qapp):
    raw = raw_frame(_frame(Px.Format_XRGB8888, lambda p, stride, n: _repeat(bytes([255, *RED]), n)))
    assert raw.pixel_format == "rgb"
    for got, want in zip(_centre(encode_frame(raw, PhotoLimits()).jpeg), RED):
        assert abs(got - want) <= 12


def test_an_invalid_frame_is_refused(qapp):
    with pytest.raises(FrameUnreadable):
        raw_frame(QVideoFrame())
