"""Two kinds of failure: the environment's (tell the person what to do next) and bugs (log and report)."""
from __future__ import annotations

from inspector.i18n import text


class EnvironmentProblem(Exception):
    """Disk full, database locked, printer offline, hub unreachable: not a bug, the person can act on it."""

    def __init__(self, message: str, what_to_do: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.what_to_do = what_to_do
        # Both parts are marked templates where they are written, so the window can translate them.
        self.text = text("{problem} {action}", problem=text(message), action=text(what_to_do))

    def __str__(self) -> str:
        return f"{self.message} {self.what_to_do}".strip()


class RefusedError(Exception):
    """A request the rules refuse (wrong PIN, a role that may not do this, a reason missing).

    Carries a translatable `Text` (see `inspector.i18n`); `str()` is the English message.
    """

    def __init__(self, template: str, **params: object) -> None:
        self.text = text(template, **params)
        super().__init__(str(self.text))
