"""Ctrl+Shift+C at the real bench window: the camera dialog, its choices with no camera on the machine, and
`camera.json` written through `inspector.photos.camera_settings`."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtMultimedia import QMediaDevices
from PySide6.QtWidgets import QApplication

from inspector.bench.state import Cue
from inspector.photos.camera_settings import (
    NO_CAMERA,
    CameraSettings,
    camera_file,
    load_camera_settings,
    save_camera_settings,
)
from tests.conftest import NOW
from tests.gui.conftest import Bench
from ui.bench.camera_dialog import CameraDialog
from ui.bench.photo_actions import attach_photos

pytestmark = pytest.mark.gui

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
VIDEO = "file:/srv/bench/demo-camera.mkv"


@pytest.fixture
def photo_bench(bench) -> Bench:
    actions = attach_photos(bench.window, bench.paths, clock=lambda: NOW, camera=CameraSettings(NO_CAMERA))
    yield bench
    actions.close()


def when_shown(act) -> None:
    """Acts on the camera dialog once `exec()` shows it (a timer, since exec blocks this stack)."""
    def poll():
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, CameraDialog) and dialog.isVisible():
            act(dialog)
        else:
            QTimer.singleShot(10, poll)
    QTimer.singleShot(0, poll)


def choices(dialog: CameraDialog) -> list[str]:
    return [dialog.device.itemData(i) for i in range(dialog.device.count())]


@pytest.mark.skipif(bool(QMediaDevices.videoInputs()), reason="this machine has a camera")
def test_with_no_camera_the_dialog_offers_the_default_none_and_the_video_file(qtbot):
    dialog = CameraDialog(CameraSettings(VIDEO, "1280x720"))
    qtbot.addWidget(dialog)
    assert choices(dialog) == ["", NO_CAMERA, VIDEO]
    assert dialog.device.currentData() == VIDEO          # the setting in force is the one shown
    assert dialog.size.currentData() == "1280x720" and dialog.size.isEnabled()
    dialog.device.setCurrentIndex(dialog.device.findData(NO_CAMERA))
    assert not dialog.size.isEnabled()
    assert dialog.chosen() == CameraSettings(NO_CAMERA, "")   # no camera has no size


def test_a_supervisor_chooses_no_camera_and_camera_json_is_saved(photo_bench):
    bench = photo_bench
    save_camera_settings(bench.paths, CameraSettings(VIDEO))
    bench.sign_in("OP-2001", "4321")
    seen: list[list[str]] = []

    def choose_none(dialog: CameraDialog) -> None:
        seen.append(choices(dialog))
        dialog.device.setCurrentIndex(dialog.device.findData(NO_CAMERA))
        dialog.accept()

    when_shown(choose_none)
    bench.key(Qt.Key.Key_C, CTRL_SHIFT)
    bench.qtbot.waitUntil(lambda: load_camera_settings(bench.paths) == CameraSettings(NO_CAMERA), timeout=10_000)
    assert NO_CAMERA in seen[0] and VIDEO in seen[0]
    bench.qtbot.waitUntil(lambda: bench.state.feedback is not None and "Camera set" in bench.state.feedback.message)
    assert bench.state.feedback.cue is Cue.SUCCESS and "no camera" in bench.state.feedback.message
    assert bench.window.photos.desk.source is None       # the bench now takes pictures from files only


def test_a_supervisor_who_cancels_changes_nothing(photo_bench):
    bench = photo_bench
    bench.sign_in("OP-2001", "4321")
    shown: list[CameraDialog] = []

    def cancel(dialog: CameraDialog) -> None:
        shown.append(dialog)
        dialog.device.setCurrentIndex(dialog.device.findData(NO_CAMERA))
        dialog.reject()

    when_shown(cancel)
    bench.key(Qt.Key.Key_C, CTRL_SHIFT)
    bench.qtbot.waitUntil(lambda: bool(shown) and QApplication.activeModalWidget() is None, timeout=10_000)
    assert not camera_file(bench.paths).exists()


def test_an_inspector_cannot_open_the_camera_settings(photo_bench):
    bench = photo_bench
    bench.sign_in()                                     # OP-1001, an inspector
    bench.key(Qt.Key.Key_C, CTRL_SHIFT)
    bench.qtbot.waitUntil(lambda: bench.state.feedback is not None
                          and "Only a supervisor" in bench.state.feedback.message, timeout=10_000)
    assert bench.state.feedback.cue is Cue.ERROR
    assert QApplication.activeModalWidget() is None
    assert not camera_file(bench.paths).exists()
