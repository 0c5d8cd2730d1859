"""The hub's log lines: JSON, one object per line, for a log shipper (journald, Loki, Elasticsearch), or plain text
for a person at a terminal (`inspector hub --log-format json|text|auto`; auto, the default: JSON unless stderr is a
terminal, so a systemd service logs JSON and a hub started by hand reads as text).

Every JSON line has `time` (ISO-8601, UTC), `level`, `logger` and `message`; a request's line
(`inspector.hub.request_log`) adds `method`, `path`, `status`, `duration_ms`, `client` and, when its token was
known, `station` (or `integration`). A traceback comes as `exc_info`. Nothing logs headers or query strings, so no
token reaches a log.

The standard `logging` with a small formatter writing through orjson (already the hub's JSON library) rather than
python-json-logger: one more dependency for twenty lines, and this way the field names and the time's form are ours.
uvicorn's own loggers are left unconfigured (`log_config=None` in `inspector.hub.server`) so that they pass through
the same handler; its access log is off, `request_log` writes one line per request instead.
"""
from __future__ import annotations

import datetime as dt
import logging
import sys
from typing import Any, TextIO

import orjson

LOG_FORMATS = ("auto", "json", "text")
TEXT_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
# What every LogRecord carries: anything else on a record came as `extra=` and is written as a field of its own.
# uvicorn's `color_message` is its message again with terminal colours: left out.
_STANDARD = frozenset(vars(logging.LogRecord("", 0, "", 0, "", None, None))) | {"message", "asctime", "color_message"}


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        line: dict[str, Any] = {
            "time": dt.datetime.fromtimestamp(record.created, dt.timezone.utc).isoformat(timespec="milliseconds"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "message": record.getMessage(),
        }
        for key, value in vars(record).items():
            if key not in _STANDARD and not key.startswith("_"):
                line[key] = value
        if record.exc_info:
            line["exc_info"] = self.formatException(record.exc_info)
        elif record.stack_info:
            line["stack_info"] = self.formatStack(record.stack_info)
        # default=str: a field orjson cannot write (a Path, an exception) is still written, as text.
        return orjson.dumps(line, default=str).decode()


def chosen_format(log_format: str, stream: TextIO) -> str:
    """auto: JSON unless `stream` is a terminal."""
    if log_format != "auto":
        return log_format
    isatty = getattr(stream, "isatty", None)
    return "text" if isatty is not None and isatty() else "json"


def configure(log_format: str = "auto", level: str = "info", stream: TextIO | None = None) -> str:
    """Sends every logger of the process (the hub's, uvicorn's, SQLAlchemy's) to one handler on `stream` (stderr) in
    the chosen format; returns the format used."""
    stream = stream or sys.stderr
    used = chosen_format(log_format, stream)
    handler = logging.StreamHandler(stream)
    handler.setFormatter(JsonFormatter() if used == "json" else logging.Formatter(TEXT_FORMAT))
    logging.basicConfig(level=level.upper(), handlers=[handler], force=True)
    return used
