"""Restock labels between the lanes: the tickets the bench queued go to the printer on the background lane, one at a
time, and what the printer did goes back to the database lane to be recorded.

No business logic here: which labels, when, and what to tell the operator are the session's
(`inspector.bench.labels_at_bench`). The GUI thread only moves tickets and results. Rendering, the Zebra's socket and
the Qt print helper run on the background lane (`inspector.printing.delivery.deliver`, which never touches the
database), and the heavy modules (ReportLab, QtPdf, QtPrintSupport) are imported there, after start-up.
"""
from __future__ import annotations

import logging
from collections import deque
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from inspector.bench.state import BenchState, Cue
from ui.bench.bench_client import BenchClient
from ui.common.texts import translated_message
from ui.common.translations import current_language

log = logging.getLogger(__name__)


# -- background lane ---------------------------------------------------------------------------------------------
def _system_printer(pdf: bytes, printer_name: str, document_name: str) -> str:
    from ui.printing.label_printing import print_pdf_in_helper  # QtPdf and QtPrintSupport load only for desktop printers
    return print_pdf_in_helper(pdf, printer_name, document_name)


def deliver_label(ticket: Any, settings: Any, lang: str | None = None) -> Any:
    """Renders and sends one label, its fixed words in `lang`; printer trouble comes back in the Delivery, never
    raised."""
    from inspector.printing.delivery import deliver
    return deliver(ticket, settings, _system_printer, lang=lang)


def preload_fonts() -> None:
    from inspector.labels import fonts
    fonts.preload()


def render_preview(label: Any, size: str, lang: str | None = None) -> Any:
    """The label as its printer will see it (a QImage at 203 dpi), its fixed words in `lang`."""
    from inspector.labels.pdf_label import render_pdf
    from ui.printing.label_printing import render_image
    return render_image(render_pdf(label, size, lang=lang))


def installed_printers() -> list[str]:
    from ui.printing.label_printing import installed_printers as names
    return names()


# -- GUI thread ----------------------------------------------------------------------------------------------------
class LabelQueue(QObject):
    label_delivered = Signal(object)      # a Delivery, once its outcome has been handed to the database lane
    preview_ready = Signal(str, object)   # license plate, QImage

    def __init__(self, client: BenchClient, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._client = client
        self._runner = client.runner
        # (ticket, batch number, language): a label speaks the language of the window when its item was completed
        # (the operator's), even if it prints later, after a dead printer came back or someone else signed in.
        self._waiting: deque[tuple[Any, int, str]] = deque()
        self._current: tuple[Any, int, str] | None = None
        self._last_batch: tuple[Any, ...] = ()
        self._batches = 0
        self._printer: Any = None
        self._start_pending = False
        client.state_changed.connect(self._on_state)
        client.session_opened.connect(self._on_opened)

    @property
    def busy(self) -> bool:
        """A label is being printed or waits its turn here."""
        return self._current is not None or bool(self._waiting)

    @property
    def printer(self) -> Any:
        """The station's PrinterSettings as last reported by the bench (None: no label printing)."""
        return self._printer

    # -- tickets in ------------------------------------------------------------------------------------------
    def _on_opened(self) -> None:
        self._start_pending = True   # acted on with the first state, which says whether labels are wired

    def _on_state(self, state: BenchState) -> None:
        if state.label_printer is None:
            return
        self._printer = state.label_printer
        if self._start_pending:
            self._start_pending = False
            self._background(preload_fonts, on_error=lambda exc: log.warning("label fonts: %r", exc))
            self._client.retry_labels()   # labels a crash or a dead printer left waiting
        batch = state.labels_to_print
        # The client may publish the same state again (a banner of its own): a batch is taken once.
        if not batch or batch is self._last_batch:
            return
        self._last_batch = batch
        self._batches += 1
        known = {entry[0].job_id for entry in self._waiting}
        if self._current is not None:
            known.add(self._current[0].job_id)
        lang = current_language()
        self._waiting.extend((ticket, self._batches, lang) for ticket in batch if ticket.job_id not in known)
        self._next()

    # -- one at a time on the background lane --------------------------------------------------------------------
    def _next(self) -> None:
        if self._current is not None or not self._waiting:
            return
        if self._runner.background.closed:
            self._waiting.clear()   # shutting down: the jobs stay queued in the database for the next start
            return
        self._current = self._waiting.popleft()
        ticket, _batch, lang = self._current
        self._runner.run_background(deliver_label, ticket, self._printer, lang,
                                    on_done=self._on_delivered, on_error=self._on_failed)

    def _on_delivered(self, delivery: Any) -> None:
        assert self._current is not None
        (ticket, batch, _lang), self._current = self._current, None
        if delivery.problem is not None:
            # The rest of this batch would meet the same printer; they stay queued in the database, told once.
            self._waiting = deque(entry for entry in self._waiting if entry[1] != batch)
        self._client.label_delivered(delivery, ticket.label.license_plate)
        self.label_delivered.emit(delivery)
        self._next()

    def _on_failed(self, error: BaseException) -> None:
        # Not the printer (that comes back in the Delivery): a bug making the label. Logged; the job stays queued.
        assert self._current is not None
        ticket, self._current = self._current[0], None
        log.error("label %s could not be made", ticket.label.license_plate, exc_info=error)
        self._client.show_message(Cue.ERROR, self.tr(
            "Label {plate} could not be made ({error}). It stays in the reprint queue; tell your supervisor.").format(
            plate=ticket.label.license_plate, error=type(error).__name__))
        self._next()

    # -- preview ---------------------------------------------------------------------------------------------------
    def preview(self, ref: str) -> None:
        """Reads the item's label on the database lane, renders it on the background lane: `preview_ready`."""
        session = self._client.session
        if session is None or self._runner.database.closed:
            return
        size = self._printer.label_size if self._printer is not None else "4x6"
        self._client.run_on_database(lambda: session.label_preview(ref),
                                     on_done=lambda label: self._render(label, size),
                                     on_error=self._preview_failed)

    def _render(self, label: Any, size: str) -> None:
        # the window's language now, read on the GUI thread: the label speaks the operator's language
        self._background(render_preview, label, size, current_language(),
                         on_done=lambda image: self.preview_ready.emit(label.license_plate, image),
                         on_error=self._preview_failed)

    def _preview_failed(self, error: BaseException) -> None:
        said = getattr(error, "text", None)
        if said is None:
            log.error("label preview failed", exc_info=error)
        self._client.show_message(Cue.ERROR, translated_message(str(error) or type(error).__name__, said))

    def _background(self, fn: Callable[..., Any], *args: Any, on_done: Callable[[Any], None] | None = None,
                    on_error: Callable[[BaseException], None] | None = None) -> None:
        if not self._runner.background.closed:
            self._runner.run_background(fn, *args, on_done=on_done, on_error=on_error)
