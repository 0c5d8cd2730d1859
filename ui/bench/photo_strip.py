"""The item's photos at the bench: a thumbnail each, the finding it shows, a × to remove it, and a "not saved" mark
on a photo just taken until the bench has recorded it. Above them, why a photo is still needed, if it is.

Thumbnails are read off the GUI thread (`set_thumbs` gives the loader: a file read, and a missing thumbnail is made
from its photo) and come back as a `QImage`; only the pixmap is made here."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from inspector.bench.state import ItemView, Option
from ui.common.retranslate import Retranslating
from ui.common.texts import policy_label

THUMB = QSize(96, 54)
# (sha256, then) -> None: reads the thumbnail off the GUI thread and calls `then` on the GUI thread with it (None:
# not here, or unreadable).
ThumbLoader = Callable[[str, Callable[[QImage | None], None]], None]


def _translated(value: object) -> str:
    from PySide6.QtCore import QCoreApplication
    translate = getattr(value, "translated", None)
    return translate(QCoreApplication.translate) if translate is not None else str(value or "")


class PhotoTile(QWidget):
    remove_requested = Signal(str)     # photo id

    def __init__(self, photo_id: str, sha256: str, caption: str, pixmap: QPixmap | None, saved: bool,
                 removable: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("photo_tile")
        self.photo_id, self.sha256, self.saved = photo_id, sha256, saved
        self.picture = QLabel(self)
        self.picture.setObjectName("photo_thumb")
        self.picture.setFixedSize(THUMB)
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        if pixmap is not None:
            self.show_picture(pixmap)
        self.caption = QLabel(caption, self)
        self.caption.setObjectName("photo_caption")
        self.caption.setWordWrap(True)
        self.caption.setMaximumWidth(THUMB.width())
        self.remove = QToolButton(self)
        self.remove.setObjectName("photo_remove")
        self.remove.setText("×")
        self.remove.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.remove.setToolTip(self.tr("Remove this photo (Shift+F9); Ctrl+Z brings it back"))
        self.remove.setVisible(removable)
        self.remove.clicked.connect(lambda: self.remove_requested.emit(self.photo_id))
        self.unsaved = QLabel(self.tr("not saved"), self)
        self.unsaved.setObjectName("photo_not_saved")
        self.unsaved.setVisible(not saved)
        self.caption.setMaximumWidth(THUMB.width() - 20)
        below = QHBoxLayout()
        below.setContentsMargins(0, 0, 0, 0)
        below.setSpacing(2)
        below.addWidget(self.caption, 1)
        below.addWidget(self.unsaved)
        below.addWidget(self.remove)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(1)
        layout.addWidget(self.picture)
        layout.addLayout(below)

    def show_picture(self, pixmap: QPixmap) -> None:
        if not pixmap.isNull():
            self.picture.setPixmap(pixmap.scaled(THUMB, Qt.AspectRatioMode.KeepAspectRatio,
                                                 Qt.TransformationMode.SmoothTransformation))


class PhotoStrip(Retranslating, QWidget):
    remove_requested = Signal(str)     # photo id: only the newest has a ×, as Shift+F9 removes the newest

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("photo_strip")
        self._load: ThumbLoader | None = None
        self._asked: set[str] = set()                  # thumbnails being read now
        self._item: ItemView | None = None
        self._damage_types: tuple[Option, ...] = ()
        self._pending: dict[str, bytes] = {}          # sha256 -> thumbnail JPEG, not recorded yet
        self._cache: dict[str, QPixmap] = {}           # the item's thumbnails (and those just taken)
        self._shown: tuple = ()                        # what the tiles show now, so an unchanged item is not rebuilt
        self.needed = QLabel(self)
        self.needed.setObjectName("photo_needed")
        self.needed.setWordWrap(True)
        self._row = QWidget(self)
        self._row_layout = QHBoxLayout(self._row)
        self._row_layout.setContentsMargins(0, 0, 0, 0)
        self._row_layout.setSpacing(6)
        self._row_layout.addStretch(1)
        self._scroll = scroll = QScrollArea(self)
        scroll.setWidget(self._row)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFixedHeight(THUMB.height() + 26)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.needed)
        layout.addWidget(scroll)
        self.retranslate()

    def retranslate(self) -> None:
        self.setToolTip(self.tr("Photos: F9 the item · Ctrl+F1–F10 a finding · Shift+F9 remove the newest · "
                                "Ctrl+O or drop a picture file"))
        self._shown = ()
        self._rebuild()

    @property
    def tiles(self) -> list[PhotoTile]:
        return [self._row_layout.itemAt(i).widget() for i in range(self._row_layout.count() - 1)]

    def set_thumbs(self, load: ThumbLoader) -> None:
        self._load = load
        self._rebuild()

    def show_item(self, item: ItemView | None, damage_types: tuple[Option, ...] = ()) -> None:
        if item is None or (self._item is not None and item.id != self._item.id):
            self._pending.clear()
            self._cache = {sha: pixmap for sha, pixmap in self._cache.items()
                           if item is not None and any(p.sha256 == sha for p in item.photos)}
        if item is not None:
            for photo in item.photos:
                self._pending.pop(photo.sha256, None)
        if item == self._item and damage_types == self._damage_types:
            return
        self._item, self._damage_types = item, damage_types
        self._rebuild()

    def show_pending(self, sha256: str, thumb: bytes) -> None:
        """A photo just encoded: shown at once, marked "not saved" until the bench's state has it."""
        if self._item is not None and any(p.sha256 == sha256 for p in self._item.photos):
            return
        self._pending[sha256] = thumb
        self._rebuild()

    def drop_pending(self) -> None:
        if self._pending:
            self._pending.clear()
            self._rebuild()

    def _pixmap(self, sha256: str, data: bytes | None = None) -> QPixmap | None:
        if sha256 in self._cache:
            return self._cache[sha256]
        if data is None:
            self._ask(sha256)
            return None
        pixmap = QPixmap()
        pixmap.loadFromData(data, "JPEG")
        self._cache[sha256] = pixmap
        return pixmap

    def _ask(self, sha256: str) -> None:
        if self._load is None or sha256 in self._asked:
            return
        self._asked.add(sha256)
        self._load(sha256, lambda image: self._loaded(sha256, image))

    def _loaded(self, sha256: str, image: QImage | None) -> None:
        self._asked.discard(sha256)
        if image is None or self._item is None or all(p.sha256 != sha256 for p in self._item.photos):
            return
        pixmap = self._cache[sha256] = QPixmap.fromImage(image)
        for tile in self.tiles:
            if tile.sha256 == sha256:
                tile.show_picture(pixmap)

    def _caption(self, finding: str | None) -> str:
        if finding is None:
            return self.tr("Item")
        names = {o.code: policy_label(o.label) for o in self._damage_types}
        return names.get(finding, finding)

    def _rebuild(self) -> None:
        item = self._item
        shown = (None if item is None else (item.photos, item.photo_needed), tuple(self._pending), self._damage_types,
                 self._load)
        if shown == self._shown:
            return
        self._shown = shown
        while self._row_layout.count() > 1:
            widget = self._row_layout.takeAt(0).widget()
            widget.deleteLater()
        needed = item.photo_needed if item is not None else None
        self.needed.setText(_translated(needed) if needed is not None else "")
        # The sentence takes the tiles' place while there are none: the item page has no height to spare for both.
        has_tiles = item is not None and bool(item.photos or self._pending)
        self.needed.setVisible(needed is not None and not has_tiles)
        self._scroll.setVisible(needed is None or has_tiles)
        if item is None:
            return
        last = len(item.photos) - 1
        tiles = [PhotoTile(p.id, p.sha256, self._caption(p.finding_code), self._pixmap(p.sha256), True, n == last,
                           self._row) for n, p in enumerate(item.photos)]
        tiles += [PhotoTile("", sha, self.tr("Photo"), self._pixmap(sha, data), False, False, self._row)
                  for sha, data in self._pending.items()]
        for tile in tiles:
            tile.remove_requested.connect(self.remove_requested)
            self._row_layout.insertWidget(self._row_layout.count() - 1, tile)

