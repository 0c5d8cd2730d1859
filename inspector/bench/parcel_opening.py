"""Opening a parcel at the bench: by a scanned tracking or return number, by a return chosen among an order's open
returns, or resumed after a restart; and finishing it.

A part of `BenchSession` (its parcel steps), as `sign_in.SignInSteps` is: it owns `_choices` and `_choice_scan`; the
rest it uses from the session. The rules are the use cases' (`inspector.usecases.parcels`); this only drives them.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from inspector.bench import views
from inspector.bench.state import RETURN_CHOICES_MAX, BenchState, Cue, Feedback, ReturnChoice
from inspector.i18n import QT_TRANSLATE_NOOP
from inspector.scans import Scan, ScanKind
from inspector.usecases import inspections, parcels

if TYPE_CHECKING:
    from inspector.bench.state import ItemView, ParcelView
    from inspector.usecases import operators
    from inspector.usecases.unit_of_work import UnitOfWork


class ParcelSteps:
    """The parcel half of `BenchSession`."""

    station: str
    clock: Callable[[], dt.datetime]
    _operator: operators.SignedIn | None
    _parcel: ParcelView | None
    _item: ItemView | None
    _feedback: Feedback | None
    # An order number's open returns offered to choose from, and the scan that asked (the parcel records its text).
    _choices: tuple[ReturnChoice, ...]
    _choice_scan: Scan | None

    if TYPE_CHECKING:
        def _uow(self) -> UnitOfWork: ...
        def _guard(self, action: Callable[[], object]) -> object: ...
        def _say(self, cue: Cue, template: str, **params: object) -> None: ...
        def state(self) -> BenchState: ...

    def _resume(self) -> None:
        """Pick up the parcel and the item a crash or restart left open at this station."""
        parcel_id = self._guard(lambda: parcels.open_parcel_for_station(self._uow(), self.station))
        if not parcel_id:
            return
        assert isinstance(parcel_id, str)
        item_id = self._guard(lambda: inspections.in_progress_for_parcel(self._uow(), parcel_id))
        loaded = self._guard(lambda: views.load_views(self._uow(), parcel_id, item_id if item_id else None))
        if loaded is not None:
            self._parcel, self._item = loaded  # type: ignore[misc]
            self._say(Cue.INFO, QT_TRANSLATE_NOOP("bench", "Resumed the parcel left open at this bench."))

    def _hands_free(self) -> bool:
        if self._item is not None:
            self._say(Cue.ERROR, QT_TRANSLATE_NOOP("bench", "Finish (F12) or cancel (Esc) the item in hand before the next parcel."))
            return False
        return True

    def _parcel_scan(self, scan: Scan) -> None:
        """A tracking number or a return's number opens its parcel; an order number with several open returns offers
        them to choose from."""
        if not self._hands_free():
            return
        if scan.kind is ScanKind.ORDER:
            self._offer_returns(scan)
        else:
            self._open_parcel(scan)

    def _open_parcel(self, scan: Scan) -> bool:
        if self._parcel is not None and scan.why == "known_order" and scan.value == self._parcel.rma_number:
            # The packing slip inside carries the order number: the parcel in hand, not a second receipt of it.
            self._say(Cue.INFO, QT_TRANSLATE_NOOP("bench", "{rma} is the parcel open now: scan its items, or press "
                                                           "F11 when it is done."), rma=scan.value)
            return True
        if self._parcel is not None and self._close_parcel() is None:
            return False
        assert self._operator is not None
        cmd = parcels.ReceiveParcel(
            station=self.station, operator_id=self._operator.id, scanned_text=scan.raw, at=self.clock(),
            tracking_number=scan.value if scan.kind is ScanKind.TRACKING else None,
            carrier=scan.carrier, rma_number=scan.value if scan.kind is ScanKind.RMA else None)
        parcel_id = self._guard(lambda: parcels.receive_parcel(cmd, self._uow()))
        if parcel_id is None:
            return False
        loaded = self._guard(lambda: views.load_views(self._uow(), str(parcel_id), None))
        if loaded is None:
            return False
        self._parcel, self._item = loaded  # type: ignore[misc]
        p = self._parcel
        assert p is not None
        if p.rma_number is None:
            self._say(Cue.WARNING, QT_TRANSLATE_NOOP("bench", "No return found for this parcel: received as an unexpected return."))
        elif p.warnings:
            self._say(Cue.WARNING, QT_TRANSLATE_NOOP("bench", "{rma}: {warnings}"), rma=p.rma_number,
                      warnings=tuple(p.warnings))
        else:
            self._say(Cue.SUCCESS, QT_TRANSLATE_NOOP("bench", "{rma}, order {order}: scan the first item."),
                      rma=p.rma_number, order=p.order_number)
        return True

    def _offer_returns(self, scan: Scan) -> None:
        if len(scan.choices) > RETURN_CHOICES_MAX:
            self._say(Cue.WARNING, QT_TRANSLATE_NOOP(
                "bench", "Order {order} has more than {count} open returns: scan the RMA label."),
                order=scan.value, count=RETURN_CHOICES_MAX)
            return
        choices = self._guard(lambda: views.return_choices(self._uow(), scan.choices))
        if choices is None:
            return
        assert isinstance(choices, tuple)
        self._choices, self._choice_scan = choices, scan
        self._say(Cue.WARNING, QT_TRANSLATE_NOOP(
            "bench", "Order {order} has {count} open returns: press 1-{count} or scan the RMA label."),
            order=scan.value, count=len(choices))

    def _drop_choices(self) -> bool:
        """Ends an offer of returns; whether there was one."""
        offered = bool(self._choices)
        self._choices, self._choice_scan = (), None
        return offered

    def _decline_returns(self) -> bool:
        """Esc (or a scanned cancel) while returns are offered: the offer ends, an open parcel stays open."""
        if not self._drop_choices():
            return False
        self._say(Cue.INFO, QT_TRANSLATE_NOOP("bench", "No return chosen: scan the RMA label or the tracking number."))
        return True

    def choose_return(self, n: int) -> BenchState:
        """Opens the n-th (from 1) of the returns offered, as scanning its number would."""
        self._feedback = None
        choices, asked = self._choices, self._choice_scan
        if not choices or asked is None:
            self._say(Cue.ERROR, QT_TRANSLATE_NOOP("bench", "No returns to choose from."))
        elif not 1 <= n <= len(choices):
            self._say(Cue.ERROR, QT_TRANSLATE_NOOP("bench", "Press 1-{count} to choose a return, or scan the RMA "
                                                            "label."), count=len(choices))
        elif self._hands_free():
            chosen = Scan(ScanKind.RMA, asked.raw, choices[n - 1].rma_number, symbology=asked.symbology,
                          why="known_order")
            if self._open_parcel(chosen):
                self._drop_choices()
        return self.state()

    def _close_parcel(self) -> bool | None:
        assert self._parcel is not None
        parcel_id = self._parcel.id
        done = self._guard(lambda: parcels.complete_parcel(parcels.ParcelCommand(parcel_id, self.clock()),
                                                           self._uow()) or True)
        if done:
            self._parcel = None
        return done  # type: ignore[return-value]

    def _complete_parcel(self) -> None:
        if self._parcel is None:
            self._say(Cue.ERROR, QT_TRANSLATE_NOOP("bench", "No parcel open."))
            return
        if self._item is not None:
            self._say(Cue.ERROR, QT_TRANSLATE_NOOP("bench", "Finish or cancel the item in hand first."))
            return
        parcel = self._parcel
        if self._close_parcel():
            self._say(Cue.COMPLETED, QT_TRANSLATE_NOOP("bench", "Parcel done: {count} item(s). Scan the next parcel."),
                      count=parcel.items_done)

    def complete_parcel(self) -> BenchState:
        self._feedback = None
        self._complete_parcel()
        return self.state()
