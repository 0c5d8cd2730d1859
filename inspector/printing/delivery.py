"""The print lane's half of a label job: render, send, report. No database here, so it may run beside scans.

Environment trouble never escapes as an exception: it comes back in the outcome (to be recorded on the database lane)
together with the problem to show. A bug (a template that cannot lay out, say) does raise, to be reported as one.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from inspector.errors import EnvironmentProblem
from inspector.labels.layout import lay_out
from inspector.labels.pdf_label import layout_pdf
from inspector.labels.template import load_template
from inspector.labels.zpl_label import caption_language, layout_zpl
from inspector.printing import problems, zebra
from inspector.printing.jobs import LabelTicket, PrintOutcome
from inspector.printing.printer_settings import PrinterKind, PrinterSettings


class SystemPrinter(Protocol):
    """Prints a one-page PDF on a system printer; `ui.printing.label_printing.print_pdf` is the Qt one.

    Raises EnvironmentProblem when the printer is missing or refuses the job. Must be safe off the GUI thread.
    """

    def __call__(self, pdf: bytes, printer_name: str, document_name: str) -> str: ...


@dataclass(frozen=True)
class Delivery:
    outcome: PrintOutcome
    problem: EnvironmentProblem | None     # for the window: `problem.text` is translatable


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


def render_for(ticket: LabelTicket, settings: PrinterSettings, lang: str | None = None) -> bytes:
    """PDF for system printers, ZPL for Zebras: what `deliver` would send (the preview uses the PDF). The label's
    fixed words are in `lang` (inspector.languages; None: English); its barcodes are the same in every language."""
    if settings.kind is PrinterKind.ZEBRA:
        lang = caption_language(lang, settings.zpl_font)
    layout = lay_out(load_template(ticket.label_size), ticket.label, lang=lang)
    if settings.kind is PrinterKind.ZEBRA:
        return layout_zpl(layout, dpi=settings.zebra_dpi, font=settings.zpl_font).encode("utf-8")
    return layout_pdf(layout, ticket.label.license_plate)


def deliver(ticket: LabelTicket, settings: PrinterSettings, system_printer: SystemPrinter | None = None,
            clock: Callable[[], dt.datetime] = utc_now, lang: str | None = None) -> Delivery:
    printer = settings.description
    try:
        if settings.kind is PrinterKind.NONE:
            raise problems.no_printer()
        data = render_for(ticket, settings, lang)
        if settings.kind is PrinterKind.ZEBRA:
            zebra.send_zpl(data, settings.zebra_host, settings.zebra_port, settings.timeout_s,
                           settings.check_status)
        else:
            if system_printer is None:  # the CLI and the hub have no Qt: a system printer needs the window
                raise problems.no_printer()
            printer = system_printer(data, settings.system_printer, f"label {ticket.label.license_plate}") \
                or printer
    except EnvironmentProblem as problem:
        reason = getattr(problem, "reason", "environment")
        return Delivery(PrintOutcome(ticket.job_id, clock(), False, printer, reason, str(problem)), problem)
    return Delivery(PrintOutcome(ticket.job_id, clock(), True, printer), None)
