"""The bench window's photo keys, drops and camera settings, wired to the photo desk; the window only routes to it.

F9 and Ctrl+F1..F10 ask the session for a photo (it refuses with no item in hand); Shift+F9 and the × remove the
newest; Ctrl+O and a file dropped on the window become a picture for the item in hand; Ctrl+Shift+C lets a
supervisor choose the camera (`camera.json`).
"""
from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, QSize, QTimer
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QImage
from PySide6.QtWidgets import QFileDialog

from inspector.bench.state import BenchState, Cue
from inspector.photos.camera_settings import (
    CameraSettings,
    CameraSettingsError,
    load_camera_settings,
    save_camera_settings,
)
from inspector.photos.imaging import PhotoLimits
from inspector.photos.store import PhotoStore
from ui.bench.camera_source import CameraSource, source_for
from ui.bench.photo_desk import PhotoDesk
from ui.bench.scanner_capture import Command
from ui.review.photo_strip import read_image

log = logging.getLogger(__name__)

COMMANDS = frozenset({Command.TAKE_PHOTO, Command.REMOVE_PHOTO, Command.OPEN_PICTURE, Command.CAMERA_SETTINGS})
PICTURE_FILTER = "*.jpg *.jpeg *.png *.heic *.heif *.webp"


def _utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def camera_for(settings: CameraSettings, parent: QObject | None = None) -> CameraSource | None:
    size = settings.dimensions
    return source_for(settings.device, QSize(*size) if size else None, parent)


def read_thumbnail(store: PhotoStore, sha256: str) -> QImage | None:
    """Photo lane: the thumbnail of a photo in the store, None when the photo is not here."""
    return read_image(store.thumb_path(sha256)) if store.has(sha256) else None


class PhotoActions(QObject):
    COMMANDS = COMMANDS

    def __init__(self, window: Any, store: PhotoStore, paths: Any | None = None,
                 clock: Callable[[], dt.datetime] = _utc_now) -> None:
        super().__init__(window)
        self._window = window
        self._client = window.client
        self._paths = paths
        self._panel_wired = False
        self.desk = PhotoDesk(self._client, window.cue_player, store, clock, self._limits, self)
        self._client.state_changed.connect(self._on_state)     # after the window's render: the panel exists
        self.desk.shot_failed.connect(self._drop_pending)
        window.setAcceptDrops(True)
        window.installEventFilter(self)

    # -- the camera ----------------------------------------------------------------------------------------------
    def use_camera(self, settings: CameraSettings) -> None:
        self.desk.set_source(camera_for(settings, self))

    def use_source(self, source: CameraSource | None) -> None:
        self.desk.set_source(source)

    def close(self) -> None:
        self.desk.close()

    def _limits(self) -> PhotoLimits:
        photos = self._client.photo_policy      # read on the database lane, never here
        return PhotoLimits.of(photos) if photos is not None else PhotoLimits()

    # -- keys ----------------------------------------------------------------------------------------------------
    def on_command(self, command: Command) -> None:
        if command is Command.TAKE_PHOTO:
            self._client.request_photo()
        elif command is Command.REMOVE_PHOTO:
            self._client.remove_last_photo()
        elif command is Command.OPEN_PICTURE:
            QTimer.singleShot(0, self._choose_file)     # dialogs open after the key event is handled
        elif command is Command.CAMERA_SETTINGS:
            QTimer.singleShot(0, self._camera_settings)

    def finding_photo(self, index: int) -> None:
        item = self._client.state.item
        if item is not None and 0 <= index < len(item.findings):
            self._client.request_photo(item.findings[index].code)
        else:
            self._client.request_photo()     # the session says what is wrong (no item in hand)

    def _choose_file(self) -> None:
        if self._client.state.item is None:
            self._client.show_message(Cue.ERROR, self.tr("Scan an item first, then choose its picture."))
            return
        name, _ = QFileDialog.getOpenFileName(self._window, self.tr("A picture of the item"), "",
                                              self.tr("Pictures ({patterns})").format(patterns=PICTURE_FILTER))
        if name:
            self.desk.take_file(Path(name))

    def _camera_settings(self) -> None:
        state = self._client.state
        if state.operator is None or not state.operator.supervises:
            self._client.show_message(Cue.ERROR, self.tr("Only a supervisor can change the camera."))
            return
        if self._paths is None:
            return
        from ui.bench.camera_dialog import (
            CameraDialog,  # loads on first use, not before the first paint
        )
        try:
            current = load_camera_settings(self._paths)
        except CameraSettingsError as exc:
            log.warning("camera settings unreadable, starting afresh: %s", exc)
            current = CameraSettings()
        chosen = CameraDialog.ask(self._window, current)
        if chosen is None or chosen == current:
            return
        try:
            save_camera_settings(self._paths, chosen)
        except OSError as exc:
            self._client.show_message(Cue.ERROR, self.tr("The camera settings could not be saved: {error}").format(
                error=exc.strerror or exc))
            return
        self.use_camera(chosen)
        self._client.show_message(Cue.SUCCESS, self.tr("Camera set: {camera}").format(camera=chosen.description))

    # -- dropped files -------------------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.DragEnter and isinstance(event, QDragEnterEvent):
            if any(url.isLocalFile() for url in event.mimeData().urls()):
                event.acceptProposedAction()
                return True
        elif kind == QEvent.Type.Drop and isinstance(event, QDropEvent):
            files = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
            if files:
                event.acceptProposedAction()
                self.drop_files(files)
                return True
        return False

    def drop_files(self, files: list[Path]) -> None:
        if self._client.state.item is None:
            self._client.show_message(Cue.ERROR, self.tr("Scan an item first, then drop its picture."))
            return
        for path in files:
            self.desk.take_file(path)

    # -- the item page -------------------------------------------------------------------------------------------
    def _on_state(self, state: BenchState) -> None:
        panel = self._window.__dict__.get("item_panel")
        if panel is None:
            return
        if not self._panel_wired:
            self._panel_wired = True
            strip = panel.photo_strip
            strip.set_thumbs(self._thumb)
            strip.remove_requested.connect(lambda _photo_id: self._client.remove_last_photo())
            self.desk.thumbnail_ready.connect(strip.show_pending)
            panel.camera_preview.visibility_changed.connect(self._preview_shown)
            self.desk.camera_active_changed.connect(lambda _active: self._show_preview(self._client.state))
        panel.photo_strip.show_item(state.item, state.damage_types)
        self._show_preview(state)

    def _thumb(self, sha256: str, then: Callable[[QImage | None], None]) -> None:
        """The strip's thumbnail, read on the photo lane (making a missing one decodes the photo)."""
        def failed(error: BaseException) -> None:
            log.warning("thumbnail %s unreadable: %s", sha256, error)
            then(None)
        self.desk.lane.submit(read_thumbnail, self.desk.store, sha256, on_done=then, on_error=failed,
                              description="a photo's thumbnail")

    def _show_preview(self, state: BenchState) -> None:
        source = self.desk.source
        preview = self._window.item_panel.camera_preview
        preview.setVisible(state.item is not None and source is not None and source.active)

    def _preview_shown(self, visible: bool) -> None:
        self.desk.show_preview(self._window.item_panel.camera_preview if visible else None)

    def _drop_pending(self) -> None:
        panel = self._window.__dict__.get("item_panel")
        if panel is not None:
            panel.photo_strip.drop_pending()


def attach_photos(window: Any, paths: Any, clock: Callable[[], dt.datetime] = _utc_now,
                  camera: CameraSettings | None = None) -> PhotoActions:
    """The window's photo actions, with the station's camera (`camera.json`) unless one is given."""
    actions = PhotoActions(window, PhotoStore(paths.photos_dir), paths, clock)
    if camera is None:
        try:
            camera = load_camera_settings(paths)
        except CameraSettingsError as exc:
            log.warning("%s; using the default camera", exc)
            camera = CameraSettings()
    actions.use_camera(camera)
    window.photos = actions
    return actions
