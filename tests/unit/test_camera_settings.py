"""The bench camera's settings (`camera.json`), through `inspector settings --camera/--camera-size`."""
from __future__ import annotations

import json

import pytest

from inspector.cli.main import main
from inspector.paths import Paths
from inspector.photos.camera_settings import (
    CameraSettings,
    CameraSettingsError,
    load_camera_settings,
)


def test_the_settings_command_stores_the_camera(tmp_path, capsys):
    data = tmp_path / "data"
    assert main(["--data-dir", str(data), "settings", "--camera", "file:/videos/bench.mkv",
                 "--camera-size", "1280x720"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["camera"] == {"device": "file:/videos/bench.mkv", "size": "1280x720"}
    assert load_camera_settings(Paths(data)) == CameraSettings("file:/videos/bench.mkv", "1280x720")
    assert main(["--data-dir", str(data), "settings", "--camera", "none", "--camera-size", ""]) == 0
    assert load_camera_settings(Paths(data)) == CameraSettings("none", "")


def test_a_bad_size_changes_nothing(tmp_path, capsys):
    data = tmp_path / "data"
    assert main(["--data-dir", str(data), "settings", "--camera-size", "1280 by 720"]) == 2
    assert "not a size" in capsys.readouterr().err
    assert load_camera_settings(Paths(data)) == CameraSettings()


def test_settings_are_checked():
    with pytest.raises(CameraSettingsError):
        CameraSettings("file:")
    assert CameraSettings("", "1920x1080").dimensions == (1920, 1080)
