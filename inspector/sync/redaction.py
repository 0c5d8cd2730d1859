"""Keeping station tokens out of logs: a logging filter that blanks every known token in every record."""
from __future__ import annotations

import logging
import re

_BEARER = re.compile(r"(?i)(bearer\s+)[A-Za-z0-9._~+/=-]+")
MASK = "***"


def redact(text: str, secrets: frozenset[str] | set[str] = frozenset()) -> str:
    for secret in secrets:
        if secret:
            text = text.replace(secret, MASK)
    return _BEARER.sub(r"\1" + MASK, text)


class TokenRedactingFilter(logging.Filter):
    """Attach to handlers (filters on a logger do not see records propagated from child loggers)."""

    def __init__(self) -> None:
        super().__init__("token-redaction")
        self.secrets: set[str] = set()

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if self.secrets or "earer" in message:
            cleaned = redact(message, self.secrets)
            if cleaned != message:
                record.msg, record.args = cleaned, None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text, self.secrets)
        return True


_FILTER = TokenRedactingFilter()


def protect_token(token: str | None, logger: logging.Logger | None = None) -> TokenRedactingFilter:
    """Registers a token to be blanked and makes sure every handler of the root logger (or `logger`) filters."""
    if token:
        _FILTER.secrets.add(token)
    target = logger or logging.getLogger()
    for handler in target.handlers:
        if _FILTER not in handler.filters:
            handler.addFilter(_FILTER)
    return _FILTER
