"""Which camera this bench takes photos with, and at what size: `camera.json` in the data folder.

`device` is "" for the system's default camera, "none" for no camera (pictures come from files), "file:PATH" for a
video played in a loop (tests, demos, screenshots), or a camera's id as Qt lists it. `size` is "WxH" or "" for the
camera's own default.
"""
from __future__ import annotations

import json
import os
import re
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from inspector.paths import Paths

FILE_NAME = "camera.json"
NO_CAMERA = "none"
FILE_PREFIX = "file:"
_SIZE = re.compile(r"^([1-9][0-9]{1,4})x([1-9][0-9]{1,4})$")


class CameraSettingsError(ValueError):
    pass


@dataclass(frozen=True)
class CameraSettings:
    device: str = ""
    size: str = ""

    def __post_init__(self) -> None:
        if not isinstance(self.device, str) or (self.device and not self.device.isprintable()):
            raise CameraSettingsError(f"{self.device!r} is not a camera")
        if self.device.startswith(FILE_PREFIX) and not self.device[len(FILE_PREFIX):]:
            raise CameraSettingsError("file: needs the path of a video")
        if self.size and not _SIZE.match(self.size):
            raise CameraSettingsError(f"{self.size!r} is not a size like 1280x720")

    @property
    def dimensions(self) -> tuple[int, int] | None:
        match = _SIZE.match(self.size)
        return (int(match.group(1)), int(match.group(2))) if match else None

    @property
    def description(self) -> str:
        if self.device == NO_CAMERA:
            return "no camera"
        name = self.device or "the default camera"
        return f"{name} at {self.size}" if self.size else name

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: Any) -> CameraSettings:
        if not isinstance(data, dict):
            raise CameraSettingsError("camera settings: not an object")
        try:
            return cls(device=str(data.get("device") or ""), size=str(data.get("size") or ""))
        except CameraSettingsError as exc:
            raise CameraSettingsError(f"camera settings: {exc}") from exc


def camera_file(paths: Paths) -> Path:
    return paths.data_dir / FILE_NAME


def load_camera_settings(paths: Paths) -> CameraSettings:
    path = camera_file(paths)
    if not path.exists():
        return CameraSettings()
    try:
        return CameraSettings.from_json(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, json.JSONDecodeError) as exc:
        raise CameraSettingsError(f"cannot read {path}: {exc}") from exc


def save_camera_settings(paths: Paths, settings: CameraSettings) -> None:
    """Replaced atomically, so a crash never leaves half a file."""
    path = camera_file(paths)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(settings.to_json(), indent=2, ensure_ascii=False), encoding="utf-8")
    os.replace(tmp, path)
