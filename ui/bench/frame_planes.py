"""A `QVideoFrame` into a `RawFrame`: its planes mapped and copied, nothing converted.

Copying the planes is the only work done holding the GIL (Pillow builds the picture with it released), so this runs
on the photo lane, never on the GUI thread. A format Pillow cannot read as planes goes through `QVideoFrame.toImage()`,
which holds the GIL for the conversion (about 13 ms at 1080p); that is logged once per format.
"""
from __future__ import annotations

import logging

from PySide6.QtGui import QImage
from PySide6.QtMultimedia import QVideoFrame, QVideoFrameFormat

from inspector.photos.imaging import RawFrame

log = logging.getLogger(__name__)

_Px = QVideoFrameFormat.PixelFormat
PLANAR: dict[_Px, str] = {
    _Px.Format_YUV420P: "yuv420p",
    _Px.Format_YV12: "yuv420p",       # its V plane comes before U: swapped below
    _Px.Format_YUV422P: "yuv422p",
    _Px.Format_NV12: "nv12",
    _Px.Format_YUYV: "yuyv",
    _Px.Format_UYVY: "uyvy",
    _Px.Format_RGBX8888: "rgbx",
    _Px.Format_RGBA8888: "rgbx",      # the alpha byte is read as padding: a camera's frame is opaque
    _Px.Format_BGRX8888: "bgrx",
    _Px.Format_BGRA8888: "bgrx",
}
_warned: set[_Px] = set()


class FrameUnreadable(Exception):
    """The frame could not be mapped (a hardware frame gone, an invalid frame)."""


def raw_frame(frame: QVideoFrame) -> RawFrame:
    if not frame.isValid():
        raise FrameUnreadable("invalid frame")
    fmt = frame.pixelFormat()
    name = PLANAR.get(fmt)
    if name is None:
        return _through_image(frame, fmt)
    copy = QVideoFrame(frame)
    if not copy.map(QVideoFrame.MapMode.ReadOnly):
        raise FrameUnreadable(f"cannot map a {fmt.name} frame")
    try:
        count = copy.planeCount()
        planes = tuple(bytes(copy.bits(i)[:copy.mappedBytes(i)]) for i in range(count))
        strides = tuple(copy.bytesPerLine(i) for i in range(count))
        width, height = copy.width(), copy.height()
    finally:
        copy.unmap()
    if fmt == _Px.Format_YV12:
        planes, strides = (planes[0], planes[2], planes[1]), (strides[0], strides[2], strides[1])
    return RawFrame(name, width, height, planes, strides)


def _through_image(frame: QVideoFrame, fmt: _Px) -> RawFrame:
    if fmt not in _warned:
        _warned.add(fmt)
        log.info("camera frames in %s go through QVideoFrame.toImage (slower, holds the GIL)", fmt.name)
    image = frame.toImage()
    if image.isNull():
        raise FrameUnreadable(f"cannot convert a {fmt.name} frame")
    image = image.convertToFormat(QImage.Format.Format_RGB888)
    data = bytes(image.constBits()[:image.sizeInBytes()])
    return RawFrame("rgb", image.width(), image.height(), (data,), (image.bytesPerLine(),))
