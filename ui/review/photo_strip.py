"""The selected exception's photos as a row of thumbnails under the review queue.

Each thumbnail is read from the photo store as a `QImage` on the background lane (a file read, and making a missing
thumbnail decodes the photo), and shown only if its item is still the one selected. At a supervisor desk a photo of
another station whose bytes are not here yet says "not at this desk yet" and is asked for at once: the hub on the
network lane, the "fetched here" mark on the database lane (`inspector.sync.photo_fetch`), then its thumbnail.
Each photo is asked for once while the window is open; the desk's sync fetches the rest in its own time.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget

from inspector.sync import photo_fetch
from inspector.usecases.review import PhotoRef, ReviewItem
from ui.common.retranslate import Retranslating

THUMB_BOX = 240        # inspector.photos.imaging.THUMB_LONG_SIDE: a thumbnail is shown at its own size


def read_image(path: Path | None) -> QImage | None:
    """Background lane: the picture at `path`, None when there is none (or it cannot be read)."""
    if path is None:
        return None
    image = QImage(str(path))
    return None if image.isNull() else image


class PhotoStrip(Retranslating, QFrame):
    thumbnails_shown = Signal()      # every photo of the selected item shows its thumbnail or says why not
    photo_fetched = Signal(str)      # a photo asked for at once is here now (its hash)

    def __init__(self, runner: Any, files: photo_fetch.PhotoFiles | None, database: Callable[[], Any] | None,
                 clock: Callable[[], dt.datetime], parent: QWidget | None = None) -> None:
        """`database()`: the bench's `Database`, for the "fetched here" mark (on the database lane); `files`: None
        where the window knows of no photo store (nothing is then shown)."""
        super().__init__(parent)
        self.setObjectName("review_photo_strip")
        self._runner, self._files, self._database, self._clock = runner, files, database, clock
        self._item: ReviewItem | None = None
        self._cells: list[QLabel] = []
        self._waiting = 0
        self._asked: set[str] = set()
        self._fetched: set[str] = set()
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addStretch(1)
        self.hide()

    def retranslate(self) -> None:
        for cell in self._cells:
            if cell.pixmap().isNull():
                cell.setText(self._missing_words())

    def _missing_words(self) -> str:
        return self.tr("not at this desk yet")

    def here(self, ref: PhotoRef) -> bool:
        """Its file is at this station: so it was when the queue was read, or it was fetched since."""
        return ref.here or ref.sha256 in self._fetched

    @property
    def item(self) -> ReviewItem | None:
        return self._item

    def cells(self) -> list[QLabel]:
        return list(self._cells)

    def show_item(self, item: ReviewItem | None) -> None:
        """The photos of `item` (None: no row selected); the strip hides when there are none."""
        self._item = item
        for cell in self._cells:
            self._layout.removeWidget(cell)
            cell.deleteLater()
        self._cells = []
        refs = () if item is None or self._files is None else item.photos
        self.setVisible(bool(refs))
        self._waiting = len(refs)
        for n, ref in enumerate(refs):
            cell = QLabel(self)
            cell.setObjectName(f"review_photo_{n}")
            cell.setFixedSize(THUMB_BOX, THUMB_BOX * 3 // 4)
            cell.setAlignment(Qt.AlignmentFlag.AlignCenter)
            cell.setWordWrap(True)
            cell.setFrameShape(QFrame.Shape.Box)
            cell.setToolTip(ref.finding_code or "")
            self._layout.insertWidget(n, cell)
            self._cells.append(cell)
            if self.here(ref):
                self._load(item, n, ref.sha256)
            else:
                cell.setText(self._missing_words())
                self._done_one()
                self._ask(ref.sha256)
        if not refs:
            self.thumbnails_shown.emit()

    def _load(self, item: ReviewItem | None, n: int, sha256: str) -> None:
        files = self._files
        assert files is not None
        self._runner.run_background(lambda: read_image(files.thumbnail(sha256)),
                                    on_done=lambda image: self._loaded(item, n, image),
                                    on_error=lambda _e: self._loaded(item, n, None))

    def _loaded(self, item: ReviewItem | None, n: int, image: QImage | None) -> None:
        if item is not self._item or n >= len(self._cells):
            return              # another row was selected meanwhile
        cell = self._cells[n]
        if image is None:
            cell.setText(self._missing_words())
        else:
            cell.setPixmap(QPixmap.fromImage(image))
        self._done_one()

    def _done_one(self) -> None:
        self._waiting -= 1
        if self._waiting == 0:
            self.thumbnails_shown.emit()

    def _ask(self, sha256: str) -> None:
        """Asks the hub for a photo not here yet, once; a refusal or an outage leaves the words as they are."""
        if sha256 in self._asked or self._files is None or self._database is None:
            return
        self._asked.add(sha256)
        files = self._files
        self._runner.run_background(lambda: files.fetch(sha256), on_done=lambda here: self._got(sha256, here),
                                    on_error=lambda _e: None)

    def _got(self, sha256: str, here: bool) -> None:
        """The file is in the store (or the hub's bytes did not match: then nothing changes)."""
        if not here or self._database is None:
            return
        database, at = self._database, self._clock()
        self._runner.run_db(lambda: photo_fetch.mark_fetched(database(), [sha256], at),
                            on_done=lambda _n: self._arrived(sha256), on_error=lambda _e: None)

    def _arrived(self, sha256: str) -> None:
        self._fetched.add(sha256)
        self.photo_fetched.emit(sha256)
        item = self._item
        if item is None:
            return
        for n, ref in enumerate(item.photos):
            if ref.sha256 == sha256 and n < len(self._cells):
                self._waiting += 1
                self._load(item, n, sha256)
