"""The bench's state machine. Scans and key intents go in; a frozen `BenchState` comes out.

Not thread-safe by design: the UI runs every call on its one database lane, in order, so scans are never reordered.
Bad input and environment trouble come back as feedback (the parcel in progress is never lost); anything raised is a bug.
"""
from __future__ import annotations

import datetime as dt
import logging
from collections import deque
from collections.abc import Callable
from typing import TYPE_CHECKING

from inspector.bench import views
from inspector.bench.label_steps import NOT_PRINTED, LabelSteps
from inspector.bench.parcel_opening import ParcelSteps
from inspector.bench.photo_steps import PhotoSteps
from inspector.bench.sign_in import HubContactSource, SignInSteps, no_hub
from inspector.bench.weighing_steps import WeighingSteps
from inspector.bench.state import (BenchState, Cue, Feedback, ItemView, OperatorView, Option, ParcelView, Phase,
                                   ScanLogEntry)
from inspector.domain.policy import Policy, PolicyError
from inspector.domain.review import may_review
from inspector.errors import EnvironmentProblem, RefusedError
from inspector.i18n import QT_TRANSLATE_NOOP, policy_label, text
from inspector.scans import Command, Expect, Known, Scan, ScanError, ScanKind, new_license_plate, read_at_bench
from inspector.scans.keyboard_wedge import storable
from inspector.storage.database import Database
from inspector.usecases import inspections, operators, parcels, scan_log, scan_lookup
from inspector.usecases.unit_of_work import UnitOfWork

log = logging.getLogger(__name__)
if TYPE_CHECKING:
    from inspector.bench.labels_at_bench import LabelsAtBench

SHIFT_LOG_SIZE = 200


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


def shift_start(now: dt.datetime, policy: Policy) -> dt.datetime:
    """When the shift counted in "This shift: N scans" began: the start of the site's day (its local midnight,
    the same day reports and the review use), in UTC."""
    return policy.zone.day_start(policy.zone.day_of(now))


class BenchSession(SignInSteps, WeighingSteps, ParcelSteps, LabelSteps, PhotoSteps):  # WeighingSteps first: _open_parcel
    def __init__(self, database: Database, policy: Policy, station: str,
                 clock: Callable[[], dt.datetime] = utc_now, labels: LabelsAtBench | None = None,
                 hub_contact: HubContactSource = no_hub) -> None:
        self.database = database
        self.hub_contact = hub_contact      # when the bench last reached its hub, asked at each sign-in
        self.policy = policy
        self.station = station
        self.clock = clock
        self._operator: operators.SignedIn | None = None
        self._pending_badge: str | None = None
        self._parcel: ParcelView | None = None
        self._item: ItemView | None = None
        self._last_completed: ItemView | None = None
        self._feedback: Feedback | None = None
        self._choices, self._choice_scan = (), None
        self._log: deque[ScanLogEntry] = deque(maxlen=SHIFT_LOG_SIZE)
        self._options = _options_of(policy)
        self._next_policy: Policy | None = None     # pulled from the hub while an item was in hand
        self._log.extend(self._guard(lambda: views.recent_scans(self._uow(), station, SHIFT_LOG_SIZE)) or ())
        # The shift's own count: the list above keeps only the newest scans, the count keeps counting.
        self._shift_start = shift_start(clock(), policy)
        self._shift_scans = int(self._guard(lambda: views.scans_since(self._uow(), station, self._shift_start)) or 0)
        self._labels = labels               # restock labels; None: a bench without label printing (some tests)
        self._printing_said: Feedback | None = None
        if labels is not None:
            self._guard(labels.count)

    # ----------------------------------------------------------------- plumbing
    def _uow(self) -> UnitOfWork:
        return UnitOfWork(self.database, self.policy)

    def _guard(self, action: Callable[[], object]) -> object:
        """Runs one step; refusals and environment trouble become feedback, state stays as it was."""
        try:
            return action()
        except RefusedError as exc:
            self._feedback = Feedback(Cue.ERROR, str(exc), exc.text)
        except EnvironmentProblem as exc:
            self._feedback = Feedback(Cue.ERROR, str(exc), exc.text)
        return None

    def _refresh(self) -> None:
        loaded = self._guard(lambda: views.load_views(
            self._uow(), self._parcel.id if self._parcel else None, self._item.id if self._item else None))
        if loaded is not None:
            self._parcel, self._item = loaded  # type: ignore[misc]

    def _say(self, cue: Cue, template: str, **params: object) -> None:
        said = text(template, **params)
        self._feedback = Feedback(cue, str(said), said)

    def _phase(self) -> Phase:
        if self._operator is None:
            return Phase.AWAITING_PIN if self._pending_badge else Phase.SIGNED_OUT
        if self._item is not None:
            return Phase.INSPECTING
        return Phase.AWAITING_ITEM if self._parcel is not None else Phase.AWAITING_PARCEL

    def _take_next_policy(self) -> None:
        """Between items only: the one in hand keeps the policy it started with."""
        if self._next_policy is not None and self._item is None:
            self.policy, self._options, self._next_policy = self._next_policy, _options_of(self._next_policy), None

    def state(self) -> BenchState:
        self._retry_unrecorded_photos()
        self._take_next_policy()
        op = self._operator
        if op is None or self._item is not None:    # returns are offered to a signed-in operator with hands free
            self._drop_choices()
        labels = self._labels
        return BenchState(
            phase=self._phase(), station=self.station, database=self.database.description,
            operator=None if op is None else OperatorView(op.id, op.badge, op.name, op.role.value,
                                                            may_review(op.role), op.lang),
            pending_badge=self._pending_badge, parcel=self._parcel, item=self._item, feedback=self._feedback,
            shift_log=tuple(self._log), shift_scans=self._shift_scans, last_completed=self._last_completed,
            return_choices=self._choices, **self._options,
            labels_to_print=labels.take_tickets() if labels else (), labels_waiting=labels.waiting if labels else 0,
            label_printer=labels.printer if labels else None, **self._photo_state())

    def _log_scan(self, text: str) -> None:
        fb = self._feedback or Feedback(Cue.INFO, "")
        # As it is stored (any text a scanner or Qt sends can be written, see `storable`), so the list shows the
        # same before and after a restart.
        entry = ScanLogEntry(self.clock(), storable(text)[:scan_log.TEXT_LIMIT], fb.cue, fb.message, fb.text)
        self._log.append(entry)
        start = shift_start(entry.at, self.policy)
        if start != self._shift_start:       # past midnight (or the site's zone changed): counted afresh
            self._shift_start = start
            self._shift_scans = int(self._guard(lambda: views.scans_since(self._uow(), self.station, start)) or 0)
        self._shift_scans += 1

        try:
            scan_log.record_scan(scan_log.RecordScan(self.station, self._operator.id if self._operator else None,
                                                     entry.at, entry.text, entry.cue.value, entry.message),
                                 self._uow())
        except EnvironmentProblem:
            pass  # the shift list is a convenience; the scan's own outcome was already reported

    # ----------------------------------------------------------------- scans
    def handle_scan(self, text: str) -> BenchState:
        text = text.rstrip("\r\n")
        self._feedback = None
        expect = Expect.ITEM if self._parcel is not None else Expect.PARCEL
        try:
            scan = read_at_bench(text, expect, self._known, self.policy.return_numbers)
        except ScanError as exc:
            self._drop_choices()
            self._feedback = Feedback(Cue.ERROR, exc.message, getattr(exc, "text", None))
        except EnvironmentProblem as exc:   # looking the text up in the returns
            self._drop_choices()
            self._feedback = Feedback(Cue.ERROR, str(exc), exc.text)
        else:
            if scan.command is not Command.CANCEL:   # a scanned cancel answers an offer of returns as Esc does
                self._drop_choices()
            self._dispatch(scan)
        self._log_scan(text)
        return self.state()

    def _known(self, text: str) -> Known:
        uow = self._uow()
        with uow:
            return scan_lookup.known_for_scan(uow.connection, text)

    def _dispatch(self, scan: Scan) -> None:
        if scan.kind is ScanKind.BADGE:
            return self._badge(scan.value)
        if self._operator is None:
            self._say(Cue.ERROR, QT_TRANSLATE_NOOP("bench", "Type your PIN, or scan your badge again.")
                      if self._pending_badge else QT_TRANSLATE_NOOP("bench", "Sign in first: scan your badge."))
            return None
        if scan.kind is ScanKind.COMMAND:
            return self._command(scan)
        if scan.kind in (ScanKind.TRACKING, ScanKind.RMA, ScanKind.ORDER):
            return self._parcel_scan(scan)
        if scan.kind in (ScanKind.ITEM, ScanKind.SKU):
            return self._item_scan(scan)
        if scan.kind is ScanKind.LICENSE_PLATE:
            found = self._guard(lambda: views.find_by_license_plate(self._uow(), scan.value))
            if found is None:
                self._say(Cue.ERROR, QT_TRANSLATE_NOOP("bench", "No item with label {plate} on this bench."),
                          plate=scan.value)
            else:
                assert isinstance(found, ItemView)
                said = text(QT_TRANSLATE_NOOP(
                    "bench", "{plate}: {description}, grade {grade}, {disposition} to bin {bin} ({status})."),
                    plate=scan.value, description=found.description, grade=found.grade or "-",
                    disposition=found.disposition, bin=found.bin, status=found.status)
                if self._labels is not None and found.status == "completed":
                    self._print_again(found.license_plate, said)   # a scanned label: print it again
                else:
                    self._feedback = Feedback(Cue.INFO, str(said), said)
        return None

    def _item_scan(self, scan: Scan) -> None:
        if self._parcel is None:
            self._say(Cue.ERROR, QT_TRANSLATE_NOOP("bench", "Scan the parcel (tracking or RMA label) before its items."))
            return
        if self._item is not None:
            if self._item.grade is None:
                self._say(Cue.ERROR, QT_TRANSLATE_NOOP("bench", "Grade the item in hand (keys 1-5) or cancel it (Esc) before the next."))
                return
            if not self._complete_item(quiet=True):
                return
        self._take_next_policy()
        assert self._operator is not None
        cmd = inspections.StartInspection(
            parcel_id=self._parcel.id, operator_id=self._operator.id, station=self.station, scanned_text=scan.raw,
            license_plate=new_license_plate(), at=self.clock(),
            gtin=scan.gtin, sku=scan.value if scan.kind is ScanKind.SKU else None,
            serial=scan.serial, lot=scan.lot, expiry=scan.expiry)
        item_id = self._guard(lambda: inspections.start_inspection(cmd, self._uow()))
        if item_id is None:
            return
        # Only the item is read back: starting one changes none of the parcel's counts (they count completed
        # units, and the item before was completed and shown above).
        loaded = self._guard(lambda: views.load_views(self._uow(), None, str(item_id)))
        if loaded is None:
            return
        self._item = loaded[1]  # type: ignore[index]
        item = self._item
        assert item is not None
        problems = [_FLAG_TEXT[f] for f in item.flags if f in _FLAG_TEXT]
        if problems:
            self._say(Cue.WARNING, QT_TRANSLATE_NOOP("bench", "{description}: {problems}"),
                      description=item.description, problems=tuple(problems))
        else:
            self._say(Cue.SUCCESS, QT_TRANSLATE_NOOP("bench", "{description}: grade it (1-5)."),
                      description=item.description)

    # ----------------------------------------------------------------- commands and keys
    def _command(self, scan: Scan) -> None:
        handlers: dict[Command, Callable[[], object]] = {
            Command.COMPLETE: lambda: self._complete_item(quiet=False),
            Command.CANCEL: self._cancel,
            Command.GRADE: lambda: self._grade(scan.argument or ""),
            Command.DISPOSITION: lambda: self._disposition(scan.argument or "", None),
            Command.REPRINT: self._reprint,
            Command.SIGN_OUT: self._sign_out,
            Command.COMPLETE_PARCEL: self._complete_parcel,
            Command.PHOTO: self._request_photo,
        }
        assert scan.command is not None
        handlers[scan.command]()

    def _need_item(self) -> bool:
        if self._item is None:
            self._say(Cue.ERROR, QT_TRANSLATE_NOOP("bench", "Scan an item first."))
            return False
        return True

    def _update_item(self, action: Callable[[], object], cue: Cue, template: str, **params: object) -> None:
        if self._guard(action) is None:  # refused: the feedback already says why
            return
        self._refresh()
        self._say(cue, template, **params)

    def _grade(self, code: str) -> None:
        if not self._need_item():
            return
        assert self._item is not None
        item_id = self._item.id
        self._update_item(lambda: inspections.grade_inspection(inspections.GradeInspection(item_id, code),
                                                               self._uow()) or True,
                          Cue.SUCCESS, QT_TRANSLATE_NOOP("bench", "Grade {grade}."), grade=code.upper())

    def grade_key(self, n: int) -> BenchState:
        if self._choices:   # the digit keys choose among the returns offered
            return self.choose_return(n)
        self._feedback = None
        code = self.policy.grade_for_key(n)
        if code is None:
            self._say(Cue.ERROR, QT_TRANSLATE_NOOP("bench", "Key {key} is not a grade here."), key=n)
        else:
            self._grade(code)
        return self.state()

    def set_grade(self, code: str) -> BenchState:
        self._feedback = None
        self._grade(code)
        return self.state()

    def toggle_finding(self, code: str) -> BenchState:
        self._feedback = None
        if self._need_item():
            assert self._item is not None
            item_id = self._item.id
            label = next((d.label for d in self.policy.damage_types if d.code == code), code)
            ticked = self._guard(lambda: inspections.toggle_finding(inspections.ToggleFinding(item_id, code, self.clock()),
                                                                    self._uow()))
            if ticked is not None:
                self._refresh()
                self._say(Cue.INFO, QT_TRANSLATE_NOOP("bench", "{finding}: recorded.") if ticked
                          else QT_TRANSLATE_NOOP("bench", "{finding}: removed."), finding=policy_label(label))
        return self.state()

    def _disposition(self, code: str, reason: str | None) -> None:
        if not self._need_item():
            return
        assert self._item is not None
        item_id = self._item.id
        self._update_item(lambda: inspections.choose_disposition(
            inspections.ChooseDisposition(item_id, code, reason), self._uow()) or True,
            Cue.SUCCESS, QT_TRANSLATE_NOOP("bench", "Disposition: {disposition}."),
            disposition=policy_label(self.policy.disposition(code).label) if self.policy.has_disposition(code)
            else code)

    def set_disposition(self, code: str, reason: str | None) -> BenchState:
        self._feedback = None
        self._disposition(code, reason)
        return self.state()

    def set_note(self, note: str) -> BenchState:
        self._feedback = None
        if self._need_item():
            assert self._item is not None
            item_id = self._item.id
            self._update_item(lambda: inspections.set_note(inspections.SetNote(item_id, note), self._uow()) or True,
                              Cue.INFO, QT_TRANSLATE_NOOP("bench", "Note saved."))
        return self.state()

    def set_packaging(self, code: str) -> BenchState:
        self._feedback = None
        if self._parcel is None:
            self._say(Cue.ERROR, QT_TRANSLATE_NOOP("bench", "Scan a parcel first."))
            return self.state()
        parcel_id = self._parcel.id
        self._update_item(lambda: parcels.set_packaging(parcels.SetPackaging(parcel_id, code, self.clock()),
                                                        self._uow()) or True,
                          Cue.INFO, QT_TRANSLATE_NOOP("bench", "Packaging condition recorded."))
        return self.state()

    def _complete_item(self, quiet: bool) -> bool:
        if not self._need_item():
            return False
        assert self._item is not None
        item_id = self._item.id
        if not self._photos_recorded(item_id):     # a photo still unrecorded: never completed without it
            return False
        done = self._guard(lambda: inspections.complete_inspection(
            inspections.InspectionCommand(item_id, self.clock()), self._uow()) or True)
        if not done:
            return False
        self._last_completed = self._guard(lambda: views.load_item(self._uow(), item_id))  # type: ignore[assignment]
        self._item = None
        self._refresh()
        last = self._last_completed
        # The inspection is committed; its label follows on the print lane (a printer problem never undoes it).
        problem = self._queue_label(item_id, "completed") \
            if self._labels is not None and self._labels.printer.auto_print else None
        if not quiet and last is not None:
            done = text(QT_TRANSLATE_NOOP("bench", "Done: {description}, grade {grade}, {disposition} to bin {bin}."),
                        description=last.description, grade=last.grade,
                        disposition=policy_label(self.policy.disposition(last.disposition).label), bin=last.bin)
            if problem is None:
                self._feedback = Feedback(Cue.COMPLETED, str(done), done)
            else:
                said = text(QT_TRANSLATE_NOOP("bench", "{done} {problem}"), done=done,
                            problem=text(NOT_PRINTED, plate=last.license_plate, problem=problem))
                self._feedback = Feedback(Cue.WARNING, str(said), said)
        return True

    def complete_item(self) -> BenchState:
        self._feedback = None
        self._complete_item(quiet=False)
        return self.state()

    def _cancel(self) -> None:
        if self._decline_returns():
            return
        if self._item is not None:
            item_id = self._item.id
            if self._guard(lambda: inspections.cancel_inspection(
                    inspections.InspectionCommand(item_id, self.clock()), self._uow()) or True):
                self._item = None
                self._refresh()
                self._say(Cue.INFO, QT_TRANSLATE_NOOP("bench", "Item cancelled; nothing was recorded for it."))
        elif self._parcel is not None:
            self._say(Cue.ERROR, QT_TRANSLATE_NOOP("bench", "No item in hand. To finish the parcel scan PARCEL DONE."))
        else:
            self._say(Cue.ERROR, QT_TRANSLATE_NOOP("bench", "Nothing to cancel."))

    def cancel_item(self) -> BenchState:
        self._feedback = None
        self._cancel()
        return self.state()

    def undo_complete(self) -> BenchState:
        """Reopen the item just completed (a slip of the key), while its parcel is still open."""
        self._feedback = None
        last = self._last_completed
        if last is None or self._item is not None:
            self._say(Cue.ERROR, QT_TRANSLATE_NOOP("bench", "Nothing to undo."))
            return self.state()
        if self._guard(lambda: inspections.reopen_last_completed(
                inspections.InspectionCommand(last.id, self.clock()), self._uow()) or True):
            self._item, self._last_completed = last, None
            self._refresh()
            if self._labels is not None:
                self._guard(lambda: self._labels.withdraw(last.id))
            self._say(Cue.INFO, QT_TRANSLATE_NOOP("bench", "Reopened {description}."), description=last.description)
        return self.state()

    def adopt_policy(self, load: Callable[[], Policy]) -> BenchState:
        """A newer site policy arrived from the hub (`load` reads it): it applies from the next item on; an item in
        hand is finished under the policy it was started with, so its deductions do not shift under the operator
        (an item reopened later with Ctrl+Z is reassessed under the policy then in force)."""
        self._feedback = None
        try:
            policy = load()
        except (PolicyError, OSError) as exc:
            log.warning("pulled policy not applied: %s", exc)
            self._say(Cue.WARNING, QT_TRANSLATE_NOOP("bench", "A new site policy came from the hub but could not be "
                                                              "read; the bench keeps the one it has."))
            return self.state()
        self._next_policy = policy
        self._say(Cue.INFO, QT_TRANSLATE_NOOP("bench", "The site policy was updated from the hub; it applies from the "
                                                       "next item."))
        return self.state()


_FLAG_TEXT = {
    "wrong_item": QT_TRANSLATE_NOOP("bench", "Not on this return (wrong item)."),
    "extra_quantity": QT_TRANSLATE_NOOP("bench", "More units than the return expects."),
    "serial_mismatch": QT_TRANSLATE_NOOP("bench", "Serial number is not the one shipped."),
    "serial_missing": QT_TRANSLATE_NOOP("bench", "No serial number scanned: type it with Ctrl+Shift+S."),
    "unexpected_parcel": QT_TRANSLATE_NOOP("bench", "Parcel has no return."),
    "outside_window": QT_TRANSLATE_NOOP("bench", "Outside the return window."),
    "non_returnable": QT_TRANSLATE_NOOP("bench", "Non-returnable category."),
    "return_not_open": QT_TRANSLATE_NOOP("bench", "Return is not open upstream."),
}


def _options_of(policy: Policy) -> dict[str, tuple[Option, ...]]:
    return dict(
        grades=tuple(Option(g.code, g.label) for g in policy.grades),
        damage_types=tuple(Option(d.code, d.label) for d in policy.damage_types),
        dispositions=tuple(Option(d.code, d.label) for d in policy.dispositions),
        packaging_conditions=tuple(Option(c.code, c.label) for c in policy.packaging_conditions),
    )
