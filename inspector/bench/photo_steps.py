"""Damage photos at the bench: asking the window for a shot of the item in hand (F9, `CMD:PHOTO`, Ctrl+F1..F10),
recording what it took, removing the item's newest photo (Shift+F9) and bringing it back (Ctrl+Z).

A photo is in the store before it is recorded, so recording it must not be lost to a busy database: an attach that
fails for the machine's sake (database locked, disk trouble) is kept, with the item and the operator it was taken
for, and tried again before the next state goes out (each intent, or `retry_pending_photos` on the window's timer)
and before its item is completed. A refusal that can never succeed (the item cancelled, a copy) drops it, told.

A part of `BenchSession` (its photo steps), as `label_steps.LabelSteps` is. The camera, the encoding and the file
are the window's (on its photo lane); this records the photo (`usecases.photos`) and says what came of it.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol

from inspector.bench.state import BenchState, Cue, Feedback, PhotoRequest
from inspector.errors import EnvironmentProblem, RefusedError
from inspector.i18n import QT_TRANSLATE_NOOP, Text, policy_label
from inspector.usecases import photos

if TYPE_CHECKING:
    from inspector.bench.state import ItemView
    from inspector.domain.policy import Policy
    from inspector.usecases import operators
    from inspector.usecases.unit_of_work import UnitOfWork


class StoredPhoto(Protocol):
    """What the window keeps of a photo it encoded and stored (`inspector.photos.imaging.EncodedPhoto` is one)."""
    sha256: str
    size: int
    width: int
    height: int


class PhotoSteps:
    """The photo half of `BenchSession`: it owns the photo request and the photos removed; the rest it uses from
    the session."""

    _photo_request: PhotoRequest | None = None      # handed out once, in the state of the call that asked
    # (item id, photo id) removed while that item is in hand, newest last: what Ctrl+Z brings back.
    _photos_removed: tuple[tuple[str, str], ...] = ()
    _photos_waiting: int = 0                        # own photos not uploaded yet, as the uploads last said
    _photos_unrecorded: tuple[photos.AttachPhoto, ...] = ()   # stored, not recorded yet (transient failure), oldest first
    _photos_problem: Text | None = None             # why the oldest of them is not recorded yet
    _photos_busy: bool = False                      # recording failed in this intent: its state does not try again

    KEPT = QT_TRANSLATE_NOOP("bench", "The photo is kept and will be recorded: {problem}")

    _item: ItemView | None
    _operator: operators.SignedIn | None
    _feedback: Feedback | None
    policy: Policy
    station: str
    clock: Callable[[], dt.datetime]

    if TYPE_CHECKING:
        def _uow(self) -> UnitOfWork: ...
        def _guard(self, action: Callable[[], object]) -> object: ...
        def _say(self, cue: Cue, template: str, **params: object) -> None: ...
        def _need_item(self) -> bool: ...
        def _refresh(self) -> None: ...
        def state(self) -> BenchState: ...
        def undo_complete(self) -> BenchState: ...

    def _photo_state(self) -> dict[str, Any]:
        request, self._photo_request = self._photo_request, None
        return dict(photo_request=request, photos_waiting=self._photos_waiting,
                    photos_unrecorded=len(self._photos_unrecorded))

    def _finding_label(self, code: str) -> Text:
        return policy_label(next((d.label for d in self.policy.damage_types if d.code == code), code))

    def _request_photo(self, finding: str | None = None) -> None:
        if not self._need_item():
            return
        assert self._item is not None
        if finding is not None and all(d.code != finding for d in self.policy.damage_types):
            self._say(Cue.ERROR, QT_TRANSLATE_NOOP("bench", "{finding} is not a finding here."), finding=finding)
            return
        self._photo_request = PhotoRequest(self._item.id, finding, self._operator.id if self._operator else None)
        if finding is None:
            self._say(Cue.INFO, QT_TRANSLATE_NOOP("bench", "Taking a photo of {description}…"),
                      description=self._item.description)
        else:
            self._say(Cue.INFO, QT_TRANSLATE_NOOP("bench", "Taking a photo of {finding}…"),
                      finding=self._finding_label(finding))

    def request_photo(self, finding: str | None = None) -> BenchState:
        """F9 (or Ctrl+F1..F10 for a finding): the window takes the shot when the state hands out the request."""
        self._feedback = None
        self._request_photo(finding)
        return self.state()

    def photo_taken(self, photo: StoredPhoto, source: str, finding: str | None, taken_at: dt.datetime,
                    inspection_id: str | None = None, operator_id: str | None = None) -> BenchState:
        """The window stored a photo (camera or file): it is recorded against `inspection_id` by `operator_id` (the
        request's, so a photo finished after the next scan or a sign-out still lands on its own item, by the one
        who took it), else the item in hand by the operator signed in."""
        self._feedback = None
        operator = operator_id or (self._operator.id if self._operator is not None else None)
        if operator is None:
            self._say(Cue.ERROR, QT_TRANSLATE_NOOP("bench", "Sign in first: scan your badge."))
            return self.state()
        target = inspection_id or (self._item.id if self._item is not None else None)
        if target is None:
            self._say(Cue.ERROR, QT_TRANSLATE_NOOP("bench", "Scan an item first."))
            return self.state()
        command = photos.AttachPhoto(
            inspection_id=target, sha256=photo.sha256, size=photo.size, width=photo.width, height=photo.height,
            finding_code=finding, taken_at=taken_at, operator_id=operator, station=self.station, source=source)
        if not self._attach(command, first=True):
            return self.state()
        if finding is None:
            self._say(Cue.SUCCESS, QT_TRANSLATE_NOOP("bench", "Photo saved."))
        else:
            self._say(Cue.SUCCESS, QT_TRANSLATE_NOOP("bench", "Photo of {finding} saved."),
                      finding=self._finding_label(finding))
        return self.state()

    def _attach(self, command: photos.AttachPhoto, first: bool) -> bool:
        """Records one photo; True when it is. Kept for later on a transient failure (said only the first time),
        dropped on a refusal (said)."""
        try:
            if first or not self._recorded_already(command):
                photos.attach_photo(command, self._uow())
        except EnvironmentProblem as exc:
            if command not in self._photos_unrecorded:
                self._photos_unrecorded += (command,)
            self._photos_problem, self._photos_busy = exc.text, True
            if first:
                self._say(Cue.WARNING, self.KEPT, problem=exc.text)
            return False
        except RefusedError as exc:
            self._photos_unrecorded = tuple(c for c in self._photos_unrecorded if c != command)
            if first:
                self._feedback = Feedback(Cue.ERROR, str(exc), exc.text)
            else:
                self._say(Cue.ERROR, QT_TRANSLATE_NOOP("bench", "A photo kept for recording was dropped: {problem}"),
                          problem=exc.text)
            return False
        self._photos_unrecorded = tuple(c for c in self._photos_unrecorded if c != command)
        if self._item is not None and self._item.id == command.inspection_id:
            self._refresh()
        return True

    def _recorded_already(self, command: photos.AttachPhoto) -> bool:
        """A retry after a failure that came after the commit records nothing twice: the same shot is on the item."""
        return any(p.sha256 == command.sha256 and p.taken_at == command.taken_at
                   for p in photos.photos_of(self._uow(), command.inspection_id, include_removed=True))

    def _record_unrecorded(self) -> None:
        """Tries the kept photos again, oldest first; the first still failing stops the round (the database is busy:
        no use waiting on it once per photo)."""
        for command in self._photos_unrecorded:
            if not self._attach(command, first=False) and command in self._photos_unrecorded:
                return
        self._photos_problem = None

    def _retry_unrecorded_photos(self) -> None:
        """Before each state goes out: kept photos are tried again, unless recording failed in this intent already."""
        if self._photos_unrecorded and not self._photos_busy:
            self._record_unrecorded()
        self._photos_busy = False

    def _photos_recorded(self, item_id: str) -> bool:
        """Before completing: the item's kept photos are recorded first; while one is not, it is not completed."""
        if not any(c.inspection_id == item_id for c in self._photos_unrecorded):
            return True
        self._record_unrecorded()
        if not any(c.inspection_id == item_id for c in self._photos_unrecorded):
            return True
        self._say(Cue.ERROR, QT_TRANSLATE_NOOP("bench", "This item's photo is not recorded yet, so it cannot be "
                                                        "completed: {problem}"), problem=self._photos_problem or "")
        return False

    def retry_pending_photos(self) -> BenchState:
        """The window's timer: photos kept after a transient failure are tried again (nothing is done when none
        is kept)."""
        return self.state()

    def photo_failed(self, problem: Text) -> BenchState:
        """The shot or the file could not become a photo (no camera, not a picture, disk full): told, nothing else
        changes."""
        self._feedback = Feedback(Cue.ERROR, str(problem), problem)
        return self.state()

    def remove_last_photo(self) -> BenchState:
        """Shift+F9: the item's newest photo is removed (Ctrl+Z brings it back while the item is in hand)."""
        self._feedback = None
        if not self._need_item():
            return self.state()
        assert self._item is not None
        item_id = self._item.id
        if not self._item.photos:
            self._say(Cue.ERROR, QT_TRANSLATE_NOOP("bench", "This item has no photo to remove."))
            return self.state()
        photo_id = self._item.photos[-1].id
        if self._guard(lambda: photos.remove_photo(photo_id, self.clock(), self._uow())) is None:
            return self.state()
        self._photos_removed = tuple(e for e in self._photos_removed if e[0] == item_id) + ((item_id, photo_id),)
        self._refresh()
        self._say(Cue.INFO, QT_TRANSLATE_NOOP("bench", "Photo removed. Ctrl+Z brings it back."))
        return self.state()

    def undo(self) -> BenchState:
        """Ctrl+Z: brings back the photo removed last while its item is still in hand; else reopens the item just
        completed (`undo_complete`)."""
        item = self._item
        removed = [photo_id for item_id, photo_id in self._photos_removed if item is not None and item_id == item.id]
        if not removed:
            self._photos_removed = ()
            return self.undo_complete()
        self._feedback = None
        photo_id = removed[-1]
        if self._guard(lambda: photos.restore_photo(photo_id, self.clock(), self._uow())) is None:
            return self.state()
        self._photos_removed = tuple((item_id, p) for item_id, p in self._photos_removed if p != photo_id)
        self._refresh()
        self._say(Cue.INFO, QT_TRANSLATE_NOOP("bench", "Photo brought back."))
        return self.state()

    def set_photos_waiting(self, count: int) -> BenchState:
        """How many of this bench's photos are not uploaded yet (the uploads tell after each pass)."""
        self._photos_waiting = count
        return self.state()
