"""Printer trouble told to the person at the bench: what happened and what to do, never a traceback.

Each message is a marked template (translated by the window); the printer's address is a parameter, so the
translation still matches.
"""
from __future__ import annotations

from inspector.errors import EnvironmentProblem
from inspector.i18n import QT_TRANSLATE_NOOP, text

KEPT = QT_TRANSLATE_NOOP("bench", "The label is kept in the reprint queue; the inspection is saved.")


class PrinterProblem(EnvironmentProblem):
    """An EnvironmentProblem with a reason code (for logs and tests) and parameters in its message."""

    def __init__(self, reason: str, template: str, what_to_do: str, **params: object) -> None:
        message = template.format(**params)
        super().__init__(message, what_to_do)
        self.reason = reason
        self.text = text("{problem} {action} {kept}", problem=text(template, **params), action=text(what_to_do),
                         kept=text(KEPT))

    def __str__(self) -> str:
        return f"{self.message} {self.what_to_do} {KEPT}".strip()


def no_printer() -> PrinterProblem:
    return PrinterProblem("no_printer", QT_TRANSLATE_NOOP("bench", "No label printer is set up at this station."),
                          QT_TRANSLATE_NOOP("bench", "Ask an administrator to choose one in the station settings."))


def refused(where: str) -> PrinterProblem:
    return PrinterProblem("refused", QT_TRANSLATE_NOOP("bench", "The label printer {where} refused the connection."),
                          QT_TRANSLATE_NOOP("bench", "Check that it is switched on, online and set to raw port 9100."),
                          where=where)


def timed_out(where: str) -> PrinterProblem:
    return PrinterProblem("timeout", QT_TRANSLATE_NOOP("bench", "The label printer {where} did not answer in time."),
                          QT_TRANSLATE_NOOP("bench", "Check its power and network cable, then reprint."), where=where)


def unreachable(where: str, detail: str) -> PrinterProblem:
    return PrinterProblem("unreachable",
                          QT_TRANSLATE_NOOP("bench", "The label printer {where} cannot be reached ({detail})."),
                          QT_TRANSLATE_NOOP("bench", "Check the printer's address in the station settings and the "
                                                     "network."), where=where, detail=detail)


def printer_not_ready(where: str, state: str) -> PrinterProblem:
    """`state` is one of the marked texts below (paper out, head open, paused...)."""
    return PrinterProblem("not_ready", QT_TRANSLATE_NOOP("bench", "The label printer {where} is not ready: {state}."),
                          QT_TRANSLATE_NOOP("bench", "Fix it at the printer, then reprint."), where=where,
                          state=text(state))


def system_printer_missing(name: str) -> PrinterProblem:
    return PrinterProblem("missing", QT_TRANSLATE_NOOP("bench", "The printer {name} is not installed on this computer."),
                          QT_TRANSLATE_NOOP("bench", "Choose an installed printer in the station settings."),
                          name=name)


def system_printer_failed(name: str) -> PrinterProblem:
    return PrinterProblem("failed", QT_TRANSLATE_NOOP("bench", "The printer {name} did not take the label."),
                          QT_TRANSLATE_NOOP("bench", "Check the printer and its queue, then reprint."), name=name)


PAPER_OUT = QT_TRANSLATE_NOOP("bench", "out of labels")
HEAD_OPEN = QT_TRANSLATE_NOOP("bench", "print head open")
PAUSED = QT_TRANSLATE_NOOP("bench", "paused")
RIBBON_OUT = QT_TRANSLATE_NOOP("bench", "ribbon out")
