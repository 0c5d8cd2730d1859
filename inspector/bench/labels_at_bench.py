"""Restock labels at the bench, the database lane's half: queue a job, hand its ticket to the print lane, record what
the printer did, keep the count of labels waiting.

The session decides when (completion, reprint, a scanned label) and says what happened; this keeps the label
plumbing out of the state machine. Printing itself (`inspector.printing.delivery.deliver`) runs on the window's
background lane and never here: the bench's next scan must not wait for a printer.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from inspector.errors import EnvironmentProblem
from inspector.i18n import QT_TRANSLATE_NOOP
from inspector.labels.content import LabelData
from inspector.paths import Paths
from inspector.printing import jobs, problems
from inspector.printing.label_source import load_label
from inspector.printing.printer_settings import (PrinterKind, PrinterSettings, PrinterSettingsError,
                                                 load_printer_settings, save_printer_settings)
from inspector.usecases.unit_of_work import UnitOfWork

if TYPE_CHECKING:  # delivery pulls in ReportLab; the database lane has no use for it
    from inspector.printing.delivery import Delivery

log = logging.getLogger(__name__)


class LabelsAtBench:
    def __init__(self, new_uow: Callable[[], UnitOfWork], settings: PrinterSettings,
                 clock: Callable[[], dt.datetime], paths: Paths | None = None) -> None:
        self._new_uow = new_uow
        self._settings = settings
        self._clock = clock
        self._paths = paths            # where the printer choice is saved; None: kept for this run only
        self._tickets: list[jobs.LabelTicket] = []
        self._waiting = 0

    @classmethod
    def for_station(cls, paths: Paths, new_uow: Callable[[], UnitOfWork],
                    clock: Callable[[], dt.datetime]) -> "LabelsAtBench":
        try:
            settings = load_printer_settings(paths)
        except PrinterSettingsError as exc:
            # A broken printer entry must not keep the bench from opening: labels wait until it is set again.
            log.warning("label printer settings ignored: %s", exc)
            settings = PrinterSettings()
        return cls(new_uow, settings, clock, paths)

    # -- what the state shows --------------------------------------------------------------------------------
    @property
    def printer(self) -> PrinterSettings:
        return self._settings

    @property
    def waiting(self) -> int:
        return self._waiting

    def take_tickets(self) -> tuple[jobs.LabelTicket, ...]:
        """The tickets queued since the last state, handed out once."""
        tickets, self._tickets = tuple(self._tickets), []
        return tickets

    def count(self) -> None:
        self._waiting = jobs.queued_count(self._new_uow())

    # -- the work ----------------------------------------------------------------------------------------------
    def queue(self, ref: str, reason: str) -> problems.PrinterProblem | None:
        """Queues the item's label (inspection id or license plate) for the print lane.

        With no printer chosen there is nothing for the print lane to try: the attempt is recorded at once and the
        problem returned, and the job waits in the reprint queue. RefusedError / EnvironmentProblem as the use case.
        """
        ticket = jobs.queue_label(jobs.QueueLabel(ref, self._settings.label_size, self._clock(), reason),
                                  self._new_uow())
        problem = None
        if self._settings.kind is PrinterKind.NONE:
            problem = problems.no_printer()
            jobs.record_outcome(jobs.PrintOutcome(ticket.job_id, self._clock(), False, self._settings.description,
                                                  problem.reason, str(problem)), self._new_uow())
        else:
            self._tickets.append(ticket)
        self.count()
        return problem

    def retry_waiting(self) -> int:
        """Hands every queued job to the print lane again (start-up, a new printer); nothing without a printer."""
        if self._settings.kind is PrinterKind.NONE:
            self.count()
            return 0
        tickets = jobs.queued_tickets(self._new_uow())
        # Printed on today's roll: a job queued before the size changed gets the size loaded now.
        self._tickets.extend(dataclasses.replace(t, label_size=self._settings.label_size) for t in tickets)
        self.count()
        return len(tickets)

    def withdraw(self, inspection_id: str) -> int:
        """Drops the item's labels still waiting (it was reopened); a ticket already on the print lane is ignored
        when it reports back, as its job is no longer queued."""
        dropped = jobs.withdraw_queued(inspection_id, self._new_uow())
        self.count()
        return dropped

    def record(self, delivery: Delivery) -> None:
        jobs.record_outcome(delivery.outcome, self._new_uow())
        self.count()

    def set_printer(self, settings: PrinterSettings) -> None:
        if self._paths is not None:
            try:
                save_printer_settings(self._paths, settings)
            except (OSError, PrinterSettingsError) as exc:
                log.warning("saving the label printer failed: %s", exc)
                raise EnvironmentProblem(
                    QT_TRANSLATE_NOOP("bench", "The station settings could not be saved."),
                    QT_TRANSLATE_NOOP("bench", "Check the disk space and the data folder's permissions, then try "
                                               "again.")) from exc
        self._settings = settings

    def label(self, ref: str) -> LabelData:
        """What the item's label says (for the preview)."""
        with self._new_uow() as uow:
            return load_label(uow, ref)
