"""Weighing at the bench (a settled reading from the scale, or a weight typed with Ctrl+W), and the serial typed
with Ctrl+Shift+S: the evidence the fraud signals read that is not in the scan itself.

A part of `BenchSession` (its weighing steps), as `parcel_opening.ParcelSteps` is: it owns `_held_weight`; the rest
it uses from the session. What a weight means (the parcel's expected weight, its flags, the item's risk) is the use
case's (`inspector.usecases.weighing`); this only decides what was weighed.

What the scale weighed follows the work in hand: the item in hand if it has no weight yet, else the open parcel if it
has none. With neither waiting (a parcel put on the scale before its label is scanned), the reading is kept for the
parcel scanned next, for `HOLD_FOR` only. An empty pan (about 0 g) drops a kept reading.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from inspector.bench.state import BenchState, Cue, Feedback, grams_text
from inspector.i18n import QT_TRANSLATE_NOOP
from inspector.usecases import inspections, weighing

if TYPE_CHECKING:
    from inspector.bench.state import ItemView, ParcelView
    from inspector.scans import Scan
    from inspector.usecases import operators
    from inspector.usecases.unit_of_work import UnitOfWork

HOLD_FOR = dt.timedelta(seconds=10)
EMPTY_PAN_G = 2           # at or below: nothing on the scale
MAX_G = 1_000_000         # what the bench stores at most (a line's unit weight has the same limit)


class WeighingSteps:
    """The weighing half of `BenchSession`."""

    clock: Callable[[], dt.datetime]
    _operator: operators.SignedIn | None
    _parcel: ParcelView | None
    _item: ItemView | None
    _feedback: Feedback | None
    _held_weight: tuple[int, dt.datetime] | None = None     # a reading waiting for the next parcel scan

    if TYPE_CHECKING:
        def _uow(self) -> UnitOfWork: ...
        def _guard(self, action: Callable[[], object]) -> object: ...
        def _refresh(self) -> None: ...
        def _say(self, cue: Cue, template: str, **params: object) -> None: ...
        def state(self) -> BenchState: ...

    def record_scale_weight(self, grams: int) -> BenchState:
        """A settled weight from the scale (`ui.bench.scale_bridge` forwards only settled changes)."""
        self._feedback = None
        if grams <= EMPTY_PAN_G:
            self._held_weight = None
            return self.state()
        if self._operator is None:
            return self.state()        # nobody at the bench: a reading is no one's work
        if not self._in_range(grams):
            return self.state()
        if self._item is not None and self._item.weight_g is None:
            self._weigh_item(grams, "scale")
        elif self._parcel is not None and self._parcel.weight_g is None:
            self._weigh_parcel(grams, "scale")
        else:
            self._held_weight = (grams, self.clock())
            self._say(Cue.INFO, QT_TRANSLATE_NOOP("bench", "{weight} on the scale: it is the parcel's if you scan "
                                                           "its label now."), weight=grams_text(grams))
        return self.state()

    def typed_weight(self, grams: int) -> BenchState:
        """Ctrl+W: a weight typed by hand, for the item in hand, else the open parcel (replacing any weighed)."""
        self._feedback = None
        if not self._in_range(grams):
            return self.state()
        if self._item is not None:
            self._weigh_item(grams, "typed")
        elif self._parcel is not None:
            self._weigh_parcel(grams, "typed")
        else:
            self._say(Cue.ERROR, QT_TRANSLATE_NOOP("bench", "Scan a parcel or an item before typing its weight."))
        return self.state()

    def set_serial(self, serial: str) -> BenchState:
        """Ctrl+Shift+S: the serial of the item in hand (its label had none); the unit is matched again."""
        self._feedback = None
        if self._item is None:
            self._say(Cue.ERROR, QT_TRANSLATE_NOOP("bench", "Scan an item first."))
            return self.state()
        cmd = inspections.SetSerial(self._item.id, serial, self.clock())
        if self._guard(lambda: inspections.set_serial(cmd, self._uow()) or True) is not None:
            self._refresh()
            item = self._item
            if item is not None and item.match_kind == "serial_mismatch":
                self._say(Cue.WARNING, QT_TRANSLATE_NOOP("bench", "Serial {serial}: not the one shipped."),
                          serial=item.serial)
            else:
                self._say(Cue.SUCCESS, QT_TRANSLATE_NOOP("bench", "Serial {serial} recorded."),
                          serial=item.serial if item is not None else serial)
        return self.state()

    def _in_range(self, grams: int) -> bool:
        if 0 < grams <= MAX_G:
            return True
        self._say(Cue.ERROR, QT_TRANSLATE_NOOP("bench", "{weight} is not a weight the bench can record."),
                  weight=grams_text(grams))
        return False

    def _open_parcel(self, scan: Scan) -> bool:
        """`ParcelSteps._open_parcel` (next in the session's MRO), then the reading kept for the parcel it opened:
        every way a parcel is opened (a scan, a return chosen among an order's) passes here."""
        before = self._parcel.id if self._parcel else None
        opened: bool = super()._open_parcel(scan)  # type: ignore[misc]
        held, self._held_weight = self._held_weight, None
        parcel = self._parcel
        if not opened or held is None or parcel is None or parcel.id == before or parcel.weight_g is not None:
            return opened
        grams, at = held
        if self.clock() - at <= HOLD_FOR:
            self._weigh_parcel(grams, "scale", quiet_unless_flagged=True, otherwise=self._feedback)
        return opened

    def _record(self, grams: int, source: str, parcel_id: str | None = None,
                inspection_id: str | None = None) -> bool:
        assert self._operator is not None
        cmd = weighing.RecordWeight(at=self.clock(), operator_id=self._operator.id, grams=grams, source=source,
                                    parcel_id=parcel_id, inspection_id=inspection_id)
        if self._guard(lambda: weighing.record_weight(cmd, self._uow()) or True) is None:
            return False
        self._refresh()
        return True

    def _weigh_item(self, grams: int, source: str) -> None:
        assert self._item is not None
        if not self._record(grams, source, inspection_id=self._item.id):
            return
        item = self._item
        off = next((r for r in item.risk.reasons if r.signal == "weight_off"), None) if item is not None else None
        if off is not None:
            self._say(Cue.WARNING, QT_TRANSLATE_NOOP("bench", "The item weighs {weight}: not what it should ({detail})."),
                      weight=grams_text(grams), detail=off.detail)
        else:
            self._say(Cue.SUCCESS, QT_TRANSLATE_NOOP("bench", "Item weighed: {weight}."), weight=grams_text(grams))

    def _weigh_parcel(self, grams: int, source: str, quiet_unless_flagged: bool = False,
                      otherwise: Feedback | None = None) -> None:
        assert self._parcel is not None
        if not self._record(grams, source, parcel_id=self._parcel.id):
            return
        parcel = self._parcel
        flags = set(parcel.flags) if parcel is not None else set()
        detail = parcel.weight_detail if parcel is not None else ""
        if "empty_box" in flags:
            self._say(Cue.WARNING, QT_TRANSLATE_NOOP("bench", "The parcel weighs {weight}: it may be empty ({detail})."),
                      weight=grams_text(grams), detail=detail)
        elif "weight_off" in flags:
            self._say(Cue.WARNING, QT_TRANSLATE_NOOP("bench", "The parcel weighs {weight}: not what its return's "
                                                              "items should ({detail})."),
                      weight=grams_text(grams), detail=detail)
        elif quiet_unless_flagged:
            self._feedback = otherwise
        else:
            self._say(Cue.SUCCESS, QT_TRANSLATE_NOOP("bench", "Parcel weighed: {weight}."), weight=grams_text(grams))
