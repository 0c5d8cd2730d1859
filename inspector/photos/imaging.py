"""Frames and picture files into a clean JPEG and its thumbnail, with Pillow (no Qt).

What leaves here carries no metadata: no EXIF (so no GPS, no maker), no XMP, no ICC profile and no comment. Pillow
writes a comment back from `info` unless it is cleared, so it is. Phone pictures are turned upright first
(`exif_transpose`), as their EXIF orientation is dropped with the rest.
"""
from __future__ import annotations

import hashlib
import io
from dataclasses import dataclass
from typing import Any

from PIL import Image, ImageOps, UnidentifiedImageError

from inspector.errors import RefusedError
from inspector.i18n import QT_TRANSLATE_NOOP

try:   # iPhone pictures (HEIC); the wheel carries libheif
    from pillow_heif import register_heif_opener
    register_heif_opener()
    HEIC = True
except ImportError:   # pragma: no cover - pillow-heif is a dependency; without it HEIC is "not a picture"
    HEIC = False

THUMB_LONG_SIDE = 240
THUMB_QUALITY = 75
# Pixels a picture file may have before it is taken for a decompression bomb: a 200 MP phone sensor's full
# picture is about this; Pillow's own limit only warns below twice its 89 MP.
MAX_PIXELS = 200_000_000
Image.init()     # every plugin registered, so `formats` below can name them
FILE_FORMATS = tuple(f for f in ("JPEG", "MPO", "PNG", "HEIF", "WEBP") if f in Image.OPEN)
PIXEL_FORMATS = ("yuv420p", "yuv422p", "nv12", "yuyv", "uyvy", "rgbx", "bgrx", "rgb")


class NotAPicture(RefusedError):
    """A file that cannot become a photo: not a picture, too large a file, or too many pixels."""


@dataclass(frozen=True)
class RawFrame:
    """A camera frame's planes as mapped, each with its bytes per line."""
    pixel_format: str
    width: int
    height: int
    planes: tuple[bytes, ...]
    strides: tuple[int, ...]


@dataclass(frozen=True)
class PhotoLimits:
    max_long_side: int = 1600
    jpeg_quality: int = 85
    max_file_bytes: int = 25_000_000

    @classmethod
    def of(cls, photos: Any) -> PhotoLimits:
        """From the policy's `PhotoPolicy`."""
        return cls(photos.max_long_side, photos.jpeg_quality, photos.max_file_bytes)


@dataclass(frozen=True)
class EncodedPhoto:
    jpeg: bytes
    thumb: bytes
    sha256: str      # of `jpeg`, hex
    width: int
    height: int

    @property
    def size(self) -> int:
        return len(self.jpeg)


def _plane(data: bytes, size: tuple[int, int], stride: int, mode: str = "L") -> Image.Image:
    return Image.frombuffer(mode, size, data, "raw", mode, stride, 1)


def _split_pairs(packed: Image.Image, first_is_luma: bool) -> tuple[Image.Image, Image.Image, Image.Image]:
    """YUYV / UYVY read as two-channel pixels: one channel is Y, the other alternates U and V."""
    luma, chroma = (packed.getchannel(0), packed.getchannel(1)) if first_is_luma else \
        (packed.getchannel(1), packed.getchannel(0))
    w, h = packed.size
    u, v = Image.frombytes("LA", (w // 2, h), chroma.tobytes()).split()
    return luma, u, v


def frame_image(raw: RawFrame) -> Image.Image:
    """The frame as a Pillow picture (YCbCr or RGB), sharing the planes' bytes where it can."""
    w, h, fmt = raw.width, raw.height, raw.pixel_format
    cw, ch = (w + 1) // 2, (h + 1) // 2
    if fmt in ("yuv420p", "yuv422p"):
        chroma_h = ch if fmt == "yuv420p" else h
        y = _plane(raw.planes[0], (w, h), raw.strides[0])
        u, v = (_plane(raw.planes[i], (cw, chroma_h), raw.strides[i]).resize((w, h)) for i in (1, 2))
        return Image.merge("YCbCr", (y, u, v))
    if fmt == "nv12":
        y = _plane(raw.planes[0], (w, h), raw.strides[0])
        u, v = (c.resize((w, h)) for c in _plane(raw.planes[1], (cw, ch), raw.strides[1], "LA").split())
        return Image.merge("YCbCr", (y, u, v))
    if fmt in ("yuyv", "uyvy"):
        packed = _plane(raw.planes[0], (2 * cw, h), raw.strides[0], "LA")
        y, u, v = _split_pairs(packed, first_is_luma=fmt == "yuyv")
        if 2 * cw != w:
            y = y.crop((0, 0, w, h))
        return Image.merge("YCbCr", (y, u.resize((w, h)), v.resize((w, h))))
    if fmt in ("rgbx", "bgrx"):
        return Image.frombuffer("RGB", (w, h), raw.planes[0], "raw", fmt.upper(), raw.strides[0], 1)
    if fmt == "rgb":
        return Image.frombuffer("RGB", (w, h), raw.planes[0], "raw", "RGB", raw.strides[0], 1)
    raise ValueError(f"unknown pixel format {fmt!r}")


def _jpeg(picture: Image.Image, quality: int) -> bytes:
    picture.info.clear()   # else Pillow writes the comment (and more) back
    out = io.BytesIO()
    picture.save(out, "JPEG", quality=quality)
    return out.getvalue()


def _encoded(picture: Image.Image, limits: PhotoLimits) -> EncodedPhoto:
    if picture.mode != "RGB":
        picture = picture.convert("RGB")
    picture.thumbnail((limits.max_long_side, limits.max_long_side))
    jpeg = _jpeg(picture, limits.jpeg_quality)
    small = picture.copy()
    small.thumbnail((THUMB_LONG_SIDE, THUMB_LONG_SIDE))
    return EncodedPhoto(jpeg, _jpeg(small, THUMB_QUALITY), hashlib.sha256(jpeg).hexdigest(), *picture.size)


def encode_frame(raw: RawFrame, limits: PhotoLimits) -> EncodedPhoto:
    return _encoded(frame_image(raw), limits)


def _refused() -> NotAPicture:
    return NotAPicture(QT_TRANSLATE_NOOP("bench", "This file is not a picture (JPEG, PNG or HEIC)."))


def _opaque(picture: Image.Image) -> Image.Image:
    """RGB; a transparent picture on white, as it looks in a viewer."""
    if picture.mode == "RGB":
        return picture
    if picture.mode in ("RGBA", "LA", "PA", "P") or "transparency" in picture.info:
        rgba = picture.convert("RGBA")
        white = Image.new("RGB", rgba.size, (255, 255, 255))
        white.paste(rgba, mask=rgba.getchannel("A"))
        return white
    return picture.convert("RGB")


def open_picture(data: bytes, limits: PhotoLimits) -> Image.Image:
    """The file's picture, upright and in RGB, loaded; NotAPicture when it is none or too big."""
    if len(data) > limits.max_file_bytes:
        raise NotAPicture(QT_TRANSLATE_NOOP("bench", "This picture file is too big: {size} MB (at most {limit} MB)."),
                          size=round(len(data) / 1e6, 1), limit=round(limits.max_file_bytes / 1e6, 1))
    try:
        picture = Image.open(io.BytesIO(data), formats=FILE_FORMATS)
        width, height = picture.size
        if width * height > MAX_PIXELS:
            raise NotAPicture(QT_TRANSLATE_NOOP("bench", "This picture has too many pixels ({pixels} million; at "
                                                         "most {limit} million)."),
                              pixels=round(width * height / 1e6), limit=MAX_PIXELS // 1_000_000)
        if picture.format in ("JPEG", "MPO"):
            # Decode at a fraction of the size when that is still at least the long side kept.
            picture.draft("RGB", (limits.max_long_side, limits.max_long_side))
        picture = ImageOps.exif_transpose(picture)
        picture.load()
        return _opaque(picture)
    except NotAPicture:
        raise
    except (UnidentifiedImageError, Image.DecompressionBombError, OSError, ValueError, SyntaxError, EOFError,
            IndexError, KeyError, TypeError) as exc:
        raise _refused() from exc


def encode_file(data: bytes, limits: PhotoLimits) -> EncodedPhoto:
    """A picture file (JPEG, PNG, HEIC, WebP) as a photo: upright, at most `max_long_side`, metadata gone."""
    return _encoded(open_picture(data, limits), limits)


def thumbnail_of(jpeg: bytes) -> bytes:
    """The thumbnail of a stored photo (a photo downloaded from the hub comes without one)."""
    picture = open_picture(jpeg, PhotoLimits(max_file_bytes=max(len(jpeg), 1)))
    picture.thumbnail((THUMB_LONG_SIDE, THUMB_LONG_SIDE))
    return _jpeg(picture, THUMB_QUALITY)
