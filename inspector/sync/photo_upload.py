"""Uploading photos to the hub: one photo in chunks from where the hub stands, and a whole queue after a pass.

Network steps (`begin`, `send_chunk`: the hub and the photo file, no database) and database steps (`next_photos`,
`finish`, `waiting`: the bench file only) are apart, so the window runs each on its lane with the pacing between
chunks (`ui.sync.photo_uploads`); the CLI and the tests call `upload_all`, which chains them.

Nothing is lost or sent twice whatever fails: each photo starts from the hub's own count of the bytes it holds
(`photo_status`), so a cut, a hub killed mid-body or a bench killed mid-upload goes on where the bytes stopped; a
409 says where the hub stands and the upload goes on from there; a 422 "hash" or "not_jpeg" (the hub found the
whole wrong, and threw it away) starts again from 0, up to 3 times; a photo whose record at the hub gives another size
(422 "size") is set aside at once. The local file is checked against its hash before a byte leaves: a damaged file
is set aside with a message, never sent. Why a photo was set aside is a `Text` (translated where it is shown); the
bench file keeps its English in `upload_error`.
"""
from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from inspector.i18n import QT_TRANSLATE_NOOP, Text, text
from inspector.sync import photo_queue
from inspector.sync.client import (
    HubClient,
    HubUnavailable,
    PhotoBytesRefused,
    PhotoNotRecorded,
    PhotoOffsetWrong,
    PhotoSizeWrong,
    PhotoTooBig,
)
from inspector.sync.pacing import ChunkStep, PhotoPacing
from inspector.sync.photo_queue import QueuedPhoto

if TYPE_CHECKING:
    from inspector.sync.engine import SyncEngine

log = logging.getLogger(__name__)

UPLOADED, WAITING, DAMAGED, REFUSED, TOO_BIG, SIZE_WRONG = ("uploaded", "waiting", "damaged", "refused", "too_big",
                                                             "size_wrong")
BATCH = 20                 # photos read from the queue per database step
MAX_CONFLICTS = 5          # 409s in a row before the pass gives up on the hub for now

DAMAGED_FILE = text(QT_TRANSLATE_NOOP("bench", "The photo file on this bench is damaged or missing; it was not sent."))
BYTES_REFUSED = QT_TRANSLATE_NOOP("bench", "The hub refused the photo 3 times ({detail}).")
SIZE_DIFFERS = QT_TRANSLATE_NOOP("bench", "The hub's record of the photo gives another size than its file ({detail}).")
TOO_BIG_AT_HUB = QT_TRANSLATE_NOOP("bench", "The hub refused the photo as too big ({detail}).")


@dataclass
class Upload:
    """A photo on its way: its bytes (checked against the hash) and how far the hub has them."""
    photo: QueuedPhoto
    data: bytes
    offset: int
    resumed: bool
    sent: int = 0
    conflicts: int = 0           # 409s in a row

    @property
    def total(self) -> int:
        return len(self.data)


@dataclass(frozen=True)
class Finished:
    photo: QueuedPhoto
    outcome: str                 # UPLOADED | WAITING | DAMAGED | REFUSED | TOO_BIG | SIZE_WRONG
    resumed: bool = False        # went on from bytes the hub already held
    sent: int = 0                # bytes put on the wire for it
    reason: Text | None = None   # why it cannot go (yet), for people


@dataclass
class PhotoReport:
    uploaded: int = 0
    resumed: int = 0
    refused: int = 0             # 422s: the hub threw the bytes away; sent again
    set_aside: int = 0
    sent_bytes: int = 0
    pending: int = 0
    fetched: int = 0             # a desk's copies of other benches' photos brought here (`photo_fetch`)
    error: str | None = None     # why photos stopped while the records went on (the hub keeps none)
    reasons: list[Text] = field(default_factory=list)     # why photos were set aside; English in to_json

    def add(self, done: Finished, aside: bool) -> None:
        self.uploaded += done.outcome == UPLOADED
        self.resumed += done.resumed
        self.refused += done.outcome == REFUSED
        self.set_aside += aside
        self.sent_bytes += done.sent
        if aside and done.reason and done.reason not in self.reasons:
            self.reasons.append(done.reason)

    def to_json(self) -> dict[str, Any]:
        answer: dict[str, Any] = {"uploaded": self.uploaded, "resumed": self.resumed, "refused": self.refused,
                                  "pending": self.pending, "set_aside": self.set_aside,
                                  "bytes_sent": self.sent_bytes, "fetched": self.fetched}
        if self.reasons:
            answer["reasons"] = [str(r) for r in self.reasons]
        if self.error:
            answer["error"] = self.error
        return answer


# -- network steps ---------------------------------------------------------------------------------------------
def begin(client: HubClient, store: Any, photo: QueuedPhoto) -> Upload | Finished:
    """Asks the hub how far it has the photo, then reads and checks the local file."""
    status = client.photo_status(photo.sha256)
    if status.get("complete"):
        return Finished(photo, UPLOADED)
    if status.get("size") is None:      # no record names it at the hub yet
        return Finished(photo, WAITING)
    data = store.read_checked(photo.sha256)
    if data is None:
        log.warning("photo %s: the local file is damaged or missing; set aside", photo.sha256)
        return Finished(photo, DAMAGED, reason=DAMAGED_FILE)
    if status["size"] != len(data):
        return _size_wrong(photo, f"the photo's record at the hub gives {status['size']} bytes, not {len(data)}")
    offset = int(status.get("received") or 0)
    if offset >= len(data):
        raise _held_whole_not_kept(photo)
    return Upload(photo, data, max(offset, 0), resumed=offset > 0)


def _size_wrong(photo: QueuedPhoto, detail: str, sent: int = 0, resumed: bool = False) -> Finished:
    log.warning("photo %s: %s; set aside", photo.sha256, detail)
    return Finished(photo, SIZE_WRONG, resumed, sent, text(SIZE_DIFFERS, detail=detail))


def _held_whole_not_kept(photo: QueuedPhoto) -> HubUnavailable:
    return HubUnavailable(f"the hub holds every byte of photo {photo.sha256} but has not kept it yet")


def send_chunk(client: HubClient, upload: Upload, size: int) -> Finished | None:
    """Sends the next `size` bytes; a Finished when the photo is done (or cannot go), None when more is to send."""
    photo, start = upload.photo, upload.offset
    chunk = upload.data[start:start + size]
    try:
        answer = client.put_photo_chunk(photo.sha256, start, chunk, upload.total)
    except PhotoOffsetWrong as wrong:
        # The hub holds another count (a chunk cut on its way, another upload of it under way): go on from there.
        upload.conflicts += 1
        if upload.conflicts > MAX_CONFLICTS:
            raise HubUnavailable(f"the hub keeps answering 409 for photo {photo.sha256}") from wrong
        upload.resumed = True
        if wrong.received >= upload.total:       # every byte is there: its status says whether it kept them
            if client.photo_status(photo.sha256).get("complete"):
                return Finished(photo, UPLOADED, True, upload.sent)
            raise _held_whole_not_kept(photo) from wrong
        upload.offset = max(wrong.received, 0)
        return None
    except PhotoBytesRefused as refused:
        return Finished(photo, REFUSED, upload.resumed, upload.sent + len(chunk),
                        text(BYTES_REFUSED, detail=refused.detail))
    except PhotoSizeWrong as wrong:
        return _size_wrong(photo, wrong.detail, upload.sent, upload.resumed)
    except PhotoNotRecorded:
        return Finished(photo, WAITING, upload.resumed, upload.sent)
    except PhotoTooBig as too_big:
        return Finished(photo, TOO_BIG, upload.resumed, upload.sent, text(TOO_BIG_AT_HUB, detail=too_big.detail))
    upload.sent += len(chunk)
    upload.conflicts = 0
    if answer.get("complete"):
        return Finished(photo, UPLOADED, upload.resumed, upload.sent)
    received = int(answer.get("received", -1))
    if received <= start:
        raise HubUnavailable(f"the hub took none of a photo's chunk at {start} (it answered {received})")
    upload.offset = received
    return None


def upload_photo(client: HubClient, store: Any, photo: QueuedPhoto, next_chunk: Callable[[], ChunkStep],
                 sleep: Callable[[float], None] = time.sleep) -> Finished:
    """One photo, chunk after chunk at the pace `next_chunk` gives."""
    upload = begin(client, store, photo)
    while isinstance(upload, Upload):
        step = next_chunk()
        if step.wait_s:
            sleep(step.wait_s)
        done = send_chunk(client, upload, step.size)
        if done is not None:
            return done
    return upload


# -- database steps ----------------------------------------------------------------------------------------------
def next_photos(engine: SyncEngine, skip: list[str], limit: int = BATCH) -> list[QueuedPhoto]:
    with engine.database.engine.begin() as conn:
        return photo_queue.next_photos(conn, limit, skip)


def waiting(engine: SyncEngine) -> int:
    with engine.database.engine.begin() as conn:
        return photo_queue.waiting_count(conn)


def set_aside_list(engine: SyncEngine) -> list[dict[str, object]]:
    with engine.database.engine.begin() as conn:
        return photo_queue.set_aside_rows(conn)


def retry_set_aside(engine: SyncEngine) -> int:
    with engine.database.engine.begin() as conn:
        return photo_queue.retry_set_aside(conn)


def finish(engine: SyncEngine, done: Finished) -> bool:
    """Marks how the upload went; returns whether the photo is now set aside."""
    with engine.database.engine.begin() as conn:
        if done.outcome == UPLOADED:
            photo_queue.mark_uploaded(conn, done.photo.sha256, engine.clock())
            return False
        if done.outcome == REFUSED:
            aside = photo_queue.note_refused(conn, done.photo.id, str(done.reason))
            log.warning("photo %s refused by the hub (%s)%s", done.photo.sha256, done.reason,
                        "; set aside" if aside else "; sent again from the start")
            return aside
        if done.outcome in (DAMAGED, TOO_BIG, SIZE_WRONG):
            photo_queue.set_aside(conn, done.photo.id, str(done.reason))
            return True
        return False        # WAITING: its record has not reached the hub; next pass


def tried_for_good(done: Finished, aside: bool) -> bool:
    """Whether the pass is done with this photo (a refused one not yet set aside goes again at once, from 0)."""
    return done.outcome != REFUSED or aside


# -- the whole queue (CLI, tests) ----------------------------------------------------------------------------------
def upload_all(engine: SyncEngine, report: PhotoReport, pacing: PhotoPacing = PhotoPacing(),
               last_intent: Callable[[], float | None] = lambda: None,
               sleep: Callable[[float], None] = time.sleep) -> None:
    """Every photo whose records the hub has, one after another; a HubProblem stops it (the next pass resumes)."""
    from inspector.photos.store import PhotoStore
    store = PhotoStore(engine.paths.photos_dir)
    tried: list[str] = []

    def next_chunk() -> ChunkStep:
        return pacing.next_chunk(time.monotonic(), last_intent())
    while queued := next_photos(engine, tried):
        for photo in queued:
            while True:     # a refused photo goes again at once, from 0, until done or set aside
                done = upload_photo(engine.client, store, photo, next_chunk, sleep)
                aside = finish(engine, done)
                report.add(done, aside)
                if tried_for_good(done, aside):
                    break
            tried.append(photo.id)
