"""What a window shows for a failed task: a refusal's or an environment problem's message in the person's language.
Anything else is a bug: it is logged with its traceback (the task runner does not, once a task has an error
callback) and shown as its English text."""
from __future__ import annotations

import logging

from inspector.errors import EnvironmentProblem, RefusedError
from ui.common.texts import translated_message

log = logging.getLogger(__name__)


def error_text(exc: BaseException) -> str:
    if isinstance(exc, (RefusedError, EnvironmentProblem)):
        return translated_message(str(exc), exc.text)
    log.error("unexpected failure: %r", exc, exc_info=exc)
    return str(exc)
