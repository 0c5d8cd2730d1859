"""All three steps of a label job in one call, for callers with no lanes: the command line and the tests.

The window never uses this: it runs `queue_label` and `record_outcome` on its database lane and `deliver` on its print
lane (see the package docstring).
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from inspector.printing.delivery import Delivery, SystemPrinter, deliver, utc_now
from inspector.printing.jobs import QueueLabel, queue_label, record_outcome
from inspector.printing.printer_settings import PrinterSettings
from inspector.usecases.unit_of_work import UnitOfWork


def print_now(ref: str, new_uow: Callable[[], UnitOfWork], settings: PrinterSettings,
              system_printer: SystemPrinter | None = None, reason: str = "reprint",
              clock: Callable[[], dt.datetime] = utc_now, lang: str | None = None) -> Delivery:
    ticket = queue_label(QueueLabel(ref, settings.label_size, clock(), reason), new_uow())
    delivery = deliver(ticket, settings, system_printer, clock, lang)
    record_outcome(delivery.outcome, new_uow())
    return delivery
