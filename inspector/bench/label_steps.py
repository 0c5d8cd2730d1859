"""Restock labels at the bench: printing an item's label again, what the print lane reports back, and the
station's label printer.

A part of `BenchSession` (its label steps), as `sign_in.SignInSteps` is. The queue and the printing are
`labels_at_bench.LabelsAtBench`'s; this only drives it and says what came of it.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from inspector.bench.state import BenchState, Cue, Feedback
from inspector.domain.review import may_review
from inspector.errors import EnvironmentProblem, RefusedError
from inspector.i18n import QT_TRANSLATE_NOOP, Text, text

if TYPE_CHECKING:
    from inspector.bench.labels_at_bench import LabelsAtBench
    from inspector.bench.state import ItemView
    from inspector.printing.delivery import Delivery
    from inspector.printing.printer_settings import PrinterSettings
    from inspector.usecases import operators

NOT_PRINTED = QT_TRANSLATE_NOOP("bench", "Label {plate} was not printed. {problem}")


class LabelSteps:
    """The restock-label half of `BenchSession`: it owns `_printing_said`; the rest it uses from the session."""

    _labels: LabelsAtBench | None       # None: a bench without label printing (some tests)
    _printing_said: Feedback | None     # "Printing label…", until the print lane answers it
    _operator: operators.SignedIn | None
    _item: ItemView | None
    _last_completed: ItemView | None
    _feedback: Feedback | None

    if TYPE_CHECKING:
        def _guard(self, action: Callable[[], object]) -> object: ...
        def _say(self, cue: Cue, template: str, **params: object) -> None: ...
        def state(self) -> BenchState: ...

    def _reprint(self) -> None:
        target = self._item or self._last_completed
        if target is None:
            self._say(Cue.ERROR, QT_TRANSLATE_NOOP("bench", "No label to reprint yet."))
            return
        if self._labels is None:
            self._say(Cue.WARNING, QT_TRANSLATE_NOOP(
                "bench", "No label printer is set up at this station; label {plate} was not printed."),
                      plate=target.license_plate)
            return
        self._print_again(target.license_plate)

    def reprint(self) -> BenchState:
        self._feedback = None
        self._reprint()
        return self.state()

    def _queue_label(self, ref: str, reason: str) -> Text | None:
        """Queues the item's label; the problem to tell when it cannot even be tried (no printer, refused)."""
        assert self._labels is not None
        try:
            problem = self._labels.queue(ref, reason)
        except (RefusedError, EnvironmentProblem) as exc:
            return exc.text
        return None if problem is None else problem.text

    def _print_again(self, plate: str, found: Text | None = None) -> None:
        problem = self._queue_label(plate, "reprint")
        if problem is None:
            said, cue = text(QT_TRANSLATE_NOOP("bench", "Printing label {plate}…"), plate=plate), Cue.INFO
        else:
            said, cue = text(NOT_PRINTED, plate=plate, problem=problem), Cue.WARNING
        if found is not None:
            said = text(QT_TRANSLATE_NOOP("bench", "{found} {printing}"), found=found, printing=said)
        self._feedback = Feedback(cue, str(said), said)
        self._printing_said = self._feedback if problem is None else None

    def retry_labels(self) -> BenchState:
        """Hands the reprint queue to the print lane again (at start-up)."""
        if self._labels is not None:
            self._guard(self._labels.retry_waiting)
        return self.state()

    def label_delivered(self, delivery: Delivery, plate: str) -> BenchState:
        """What the print lane did with a ticket: recorded here; a problem is told (the label stays queued)."""
        if self._labels is None:
            return self.state()
        labels = self._labels
        self._guard(lambda: labels.record(delivery))
        if delivery.problem is not None:
            said = text(NOT_PRINTED, plate=plate, problem=delivery.problem.text)
            self._feedback = Feedback(Cue.WARNING, str(said), said)
        elif self._printing_said is not None and self._feedback is self._printing_said:
            # Only answers "Printing label…" while nothing else has been said since.
            self._say(Cue.SUCCESS, QT_TRANSLATE_NOOP("bench", "Label {plate} printed."), plate=plate)
        return self.state()

    def set_label_printer(self, settings: PrinterSettings) -> BenchState:
        """The station's label printer, chosen in the window: saved, then the labels waiting are tried on it."""
        self._feedback = None
        labels = self._labels
        if labels is None:
            self._say(Cue.ERROR, QT_TRANSLATE_NOOP("bench", "Label printing is not available at this bench."))
            return self.state()
        if self._operator is None or not may_review(self._operator.role):
            self._say(Cue.ERROR, QT_TRANSLATE_NOOP("bench", "Only a supervisor can change the label printer."))
            return self.state()
        if self._guard(lambda: labels.set_printer(settings) or True):
            self._guard(labels.retry_waiting)
            self._say(Cue.SUCCESS, QT_TRANSLATE_NOOP("bench", "Label printer: {printer}. Labels waiting: {count}."),
                      printer=settings.description, count=labels.waiting)
        return self.state()

    def label_preview(self, ref: str):  # -> LabelData; RefusedError when there is no such item
        """What the item's label says, for the window's preview (not a state: nothing changes)."""
        if self._labels is None:
            raise RefusedError(QT_TRANSLATE_NOOP("bench", "Label printing is not available at this bench."))
        return self._labels.label(ref)
