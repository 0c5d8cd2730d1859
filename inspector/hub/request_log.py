"""One log line per request, in place of uvicorn's access log: method, path, status, duration and who asked.

Plain ASGI, as `app._DeclaredBodyLimit` is: Starlette's BaseHTTPMiddleware would relay every chunk of a batch through
a memory stream. The path is logged without its query string and no header is read, so a token never reaches the log;
the station (or integration) comes from the token check, which notes it in the request's state
(`http_common._heard`). Health checks and scrapes that succeed are logged at debug: a load balancer asking every
few seconds would bury everything else.
"""
from __future__ import annotations

import logging
import time
from typing import Any

_log = logging.getLogger(__name__)
# Whose X-Forwarded-For and X-Forwarded-Proto uvicorn believes (`inspector hub --forwarded-allow-ips`): the `client`
# logged is the proxy's client only for a request that came through one of these.
FORWARDED_ALLOW_IPS = "127.0.0.1"
QUIET_PATHS = frozenset({"/healthz", "/readyz", "/metrics", "/v1/health"})
CALLER = "caller"   # the request state's key for (kind, name) of the token's holder


class RequestLog:
    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        status: list[int] = []

        async def noting_send(message: Any) -> None:
            if message["type"] == "http.response.start":
                status.append(message["status"])
            await send(message)

        try:
            await self.app(scope, receive, noting_send)
        finally:
            # No answer started: the app raised, and uvicorn answers 500 (and logs the traceback).
            _request_line(scope, status[0] if status else 500, time.perf_counter() - started)


def _request_line(scope: Any, status: int, seconds: float) -> None:
    path = scope.get("path", "")
    level = logging.DEBUG if path in QUIET_PATHS and status < 400 else logging.INFO
    if not _log.isEnabledFor(level):
        return
    method = scope.get("method", "")
    client = scope.get("client")
    fields: dict[str, Any] = {"method": method, "path": path, "status": status,
                              "duration_ms": round(seconds * 1000, 1),
                              "client": client[0] if client else None}
    caller = (scope.get("state") or {}).get(CALLER)
    if caller is not None:
        fields[caller[0]] = caller[1]   # "station": "B1", or "integration": "ERP"
    who = f" {caller[0]}={caller[1]}" if caller is not None else ""
    _log.log(level, "%s %s %s %.1fms%s client=%s", method, path, status, fields["duration_ms"], who,
             fields["client"], extra=fields)
