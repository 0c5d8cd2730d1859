"""Pictures into clean JPEGs: metadata gone, upright, bombs and non-pictures refused, every camera plane layout."""
from __future__ import annotations

import hashlib
import io

import pytest
from PIL import Image

from inspector.photos import imaging
from inspector.photos.imaging import (THUMB_LONG_SIDE, NotAPicture, PhotoLimits, RawFrame, encode_file, encode_frame,
                                      frame_image)

LIMITS = PhotoLimits()


def _markers(jpeg: bytes) -> list[int]:
    """The JPEG's marker segments before the scan (APP1 = EXIF/XMP, APP2 = ICC, COM = comment)."""
    found, i = [], 2
    while i < len(jpeg) and jpeg[i] == 0xFF and jpeg[i + 1] != 0xDA:
        found.append(jpeg[i + 1])
        i += 2 + int.from_bytes(jpeg[i + 2:i + 4], "big")
    return found


def _phone_picture(size=(1200, 900), orientation=6) -> bytes:
    """Landscape pixels, EXIF saying "turn 90° clockwise", GPS, a maker, XMP, an ICC profile and a comment."""
    picture = Image.new("RGB", size, (200, 80, 40))
    picture.paste((20, 40, 220), (0, 0, size[0] // 4, size[1]))         # blue on the left edge
    exif = Image.Exif()
    exif[0x0112] = orientation
    exif[0x010F] = "PhoneMaker"
    exif[0x8825] = {1: "N", 2: (44.0, 26.0, 0.0), 3: "E", 4: (26.0, 6.0, 0.0)}
    out = io.BytesIO()
    picture.save(out, "JPEG", exif=exif.tobytes(), comment=b"secret comment", xmp=b"<x:xmpmeta>GPSPosition</x>",
                 icc_profile=b"\0" * 128 + b"fake icc profile", quality=90)
    return out.getvalue()


def test_exif_gps_comment_xmp_and_icc_are_gone():
    raw = _phone_picture()
    assert {0xE1, 0xFE, 0xE2} <= set(_markers(raw))
    photo = encode_file(raw, LIMITS)
    for data in (photo.jpeg, photo.thumb):
        assert not {0xE1, 0xE2, 0xFE} & set(_markers(data))
        for secret in (b"secret", b"GPS", b"Exif", b"PhoneMaker", b"xmpmeta", b"icc"):
            assert secret not in data
        reopened = Image.open(io.BytesIO(data))
        assert not reopened.getexif() and "comment" not in reopened.info and "icc_profile" not in reopened.info
    assert photo.sha256 == hashlib.sha256(photo.jpeg).hexdigest()


def test_orientation_is_applied_so_the_photo_is_upright():
    photo = encode_file(_phone_picture((1200, 900), orientation=6), LIMITS)
    assert (photo.width, photo.height) == (900, 1200)            # turned: portrait now
    picture = Image.open(io.BytesIO(photo.jpeg))
    assert picture.size == (900, 1200)
    top, bottom = picture.getpixel((450, 50)), picture.getpixel((450, 1150))
    assert top[2] > 150 and top[0] < 100                         # the left edge went to the top
    assert bottom[0] > 150 and bottom[2] < 100


def test_long_side_and_thumbnail_sizes_and_quality_follow_the_limits():
    raw = _phone_picture((4000, 3000), orientation=1)
    photo = encode_file(raw, PhotoLimits(max_long_side=1000, jpeg_quality=60))
    assert (photo.width, photo.height) == (1000, 750)
    assert Image.open(io.BytesIO(photo.thumb)).size == (THUMB_LONG_SIDE, 180)
    assert photo.size == len(photo.jpeg)


def test_a_decompression_bomb_is_refused_before_it_is_decoded(monkeypatch):
    monkeypatch.setattr(imaging, "MAX_PIXELS", 4_000_000)
    out = io.BytesIO()
    Image.new("1", (3000, 2000)).save(out, "PNG")                  # 6 MP in a few kB
    assert len(out.getvalue()) < 20_000
    with pytest.raises(NotAPicture, match="too many pixels"):
        encode_file(out.getvalue(), LIMITS)


def test_a_file_over_the_size_limit_is_refused():
    with pytest.raises(NotAPicture, match="too big"):
        encode_file(_phone_picture(), PhotoLimits(max_file_bytes=1000))


@pytest.mark.parametrize("data", [b"", b"%PDF-1.7 not a picture", b"\xff\xd8\xff\xe0 truncated jpeg",
                                  b"GIF89a" + b"\0" * 40])
def test_a_file_that_is_not_a_picture_is_refused_with_a_clear_message(data):
    with pytest.raises(NotAPicture) as refused:
        encode_file(data, LIMITS)
    assert str(refused.value) == "This file is not a picture (JPEG, PNG or HEIC)."
    assert refused.value.text.template == "This file is not a picture (JPEG, PNG or HEIC)."


def test_a_truncated_jpeg_is_refused():
    raw = _phone_picture()
    with pytest.raises(NotAPicture):
        encode_file(raw[: len(raw) // 2], LIMITS)


def test_heic_from_a_phone_is_read():
    pytest.importorskip("pillow_heif")
    out = io.BytesIO()
    Image.new("RGB", (640, 480), (0, 200, 0)).save(out, "HEIF")
    assert out.getvalue()[4:12] == b"ftypheic"
    photo = encode_file(out.getvalue(), LIMITS)
    assert (photo.width, photo.height) == (640, 480)
    r, g, b = Image.open(io.BytesIO(photo.jpeg)).getpixel((320, 240))
    assert g > 150 and r < 60 and b < 60


def test_a_png_with_transparency_lands_on_white():
    picture = Image.new("RGBA", (200, 100), (0, 0, 0, 0))
    picture.paste((255, 0, 0, 255), (0, 0, 100, 100))
    out = io.BytesIO()
    picture.save(out, "PNG")
    decoded = Image.open(io.BytesIO(encode_file(out.getvalue(), LIMITS).jpeg))
    assert min(decoded.getpixel((150, 50))) > 240 and decoded.getpixel((50, 50))[0] > 240


# -- camera frames --------------------------------------------------------------------------------------------------

W, H = 64, 32
RED, BLUE = (220, 30, 30), (30, 30, 220)


def _source() -> Image.Image:
    picture = Image.new("RGB", (W, H), RED)
    picture.paste(BLUE, (W // 2, 0, W, H))
    return picture


def _padded(plane: Image.Image, pad: int = 16) -> tuple[bytes, int]:
    """A plane's rows with padding at the end of each, as cameras align lines."""
    data, row = plane.tobytes(), plane.size[0] * len(plane.getbands())
    return b"".join(data[i:i + row] + b"\x7f" * pad for i in range(0, len(data), row)), row + pad


def _frame(fmt: str) -> RawFrame:
    source = _source()
    y, u, v = source.convert("YCbCr").split()
    half = (W // 2, H // 2)
    if fmt in ("yuv420p", "yuv422p"):
        size = half if fmt == "yuv420p" else (W // 2, H)
        planes = [_padded(y), _padded(u.resize(size)), _padded(v.resize(size))]
    elif fmt == "nv12":
        planes = [_padded(y), _padded(Image.merge("LA", (u.resize(half), v.resize(half))))]
    elif fmt in ("yuyv", "uyvy"):
        pairs = Image.merge("LA", (u.resize((W // 2, H)), v.resize((W // 2, H)))).tobytes()
        chroma = Image.frombytes("L", (W, H), pairs)
        planes = [_padded(Image.merge("LA", (y, chroma) if fmt == "yuyv" else (chroma, y)))]
    else:
        r, g, b = source.split()
        x = Image.new("L", (W, H), 255)
        bands = {"rgbx": (r, g, b, x), "bgrx": (b, g, r, x), "rgb": (r, g, b)}[fmt]
        planes = [_padded(Image.merge("RGBA" if len(bands) == 4 else "RGB", bands))]
    return RawFrame(fmt, W, H, tuple(p for p, _ in planes), tuple(s for _, s in planes))


def _close(pixel, want, slack=40):
    return all(abs(a - b) <= slack for a, b in zip(pixel, want))


@pytest.mark.parametrize("fmt", imaging.PIXEL_FORMATS)
def test_every_camera_plane_layout_becomes_the_same_picture(fmt):
    raw = _frame(fmt)
    picture = frame_image(raw).convert("RGB")
    assert picture.size == (W, H)
    assert _close(picture.getpixel((8, 16)), RED) and _close(picture.getpixel((W - 8, 16)), BLUE), fmt
    photo = encode_frame(raw, LIMITS)
    decoded = Image.open(io.BytesIO(photo.jpeg))
    assert (photo.width, photo.height) == decoded.size == (W, H)
    assert _close(decoded.getpixel((8, 16)), RED) and _close(decoded.getpixel((W - 8, 16)), BLUE), fmt
    assert not {0xE1, 0xE2, 0xFE} & set(_markers(photo.jpeg))


def test_a_large_frame_is_scaled_to_the_long_side():
    y = Image.new("L", (1920, 1080), 128)
    c = Image.new("L", (960, 540), 128)
    raw = RawFrame("yuv420p", 1920, 1080, (y.tobytes(), c.tobytes(), c.tobytes()), (1920, 960, 960))
    photo = encode_frame(raw, LIMITS)
    assert (photo.width, photo.height) == (1600, 900)
    assert Image.open(io.BytesIO(photo.thumb)).size == (240, 135)


def test_an_unknown_pixel_format_is_a_bug_not_a_refusal():
    with pytest.raises(ValueError):
        frame_image(RawFrame("p010", 2, 2, (b"\0" * 8,), (4,)))
