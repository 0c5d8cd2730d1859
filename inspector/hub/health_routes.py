"""The routes a load balancer and a monitoring system call: GET /healthz, /readyz and /metrics. No token: a load
balancer has none, and none of them tells anything a token guards (no record, no name but the stations' in
/metrics, which the reverse proxy serves only to the monitoring network: see the README). Left out of the OpenAPI
description on purpose: they are the operators', not the benches' API (`/v1/health` stays there for the benches).

- /healthz: the process answers; touches no database. 200 `{"status": "ok"}`.
- /readyz: the database answers and its schema is at this hub's newest revision; else 503 with the reason. A hub
  whose database another, newer hub process has migrated (a rolling upgrade on one PostgreSQL) is not ready: take it
  out of the pool and upgrade it.
- /metrics: `inspector.hub.metrics`, in the Prometheus text format.
"""
# No `from __future__ import annotations`: FastAPI reads these annotations at run time.
import logging

from fastapi import FastAPI
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import Response
from sqlalchemy import Connection, Engine, inspect, text
from sqlalchemy.exc import DBAPIError, SQLAlchemyError

from inspector.hub.http_common import json_answer
from inspector.hub.metrics import HubMetrics
from inspector.hub.storage import MIGRATIONS_DIR, VERSION_TABLE, reading
from inspector.storage import migrating
from inspector.storage.migrating import SchemaAge

_log = logging.getLogger(__name__)
# The classic text format: every Prometheus reads it (2.x and 3.x), and the hub's metric names need nothing newer.
METRICS_CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8"


def schema_problem(current: str | None) -> str | None:
    """Why a database at hub revision `current` is not this hub's; None when it is."""
    age, head = migrating.schema_age(MIGRATIONS_DIR, current), migrating.head_revision(MIGRATIONS_DIR)
    if age is SchemaAge.CURRENT:
        return None
    if age is SchemaAge.EMPTY:
        return (f"schema behind: the database has no hub schema; this hub needs revision {head} (any "
                "`inspector hub` command brings it there)")
    if age is SchemaAge.OLDER:
        return (f"schema behind: the database is at revision {current}, this hub needs {head} (restarting "
                "the hub brings it there)")
    return (f"schema ahead: the database is at revision {current}, made by a newer hub; this hub knows up to "
            f"{head} (upgrade this hub)")


def schema_revision(conn: Connection) -> str | None:
    """The database's hub revision; None when it has none. Read by hand: alembic's own reader logs a line at info
    each time, and a load balancer asks every few seconds."""
    if not inspect(conn).has_table(VERSION_TABLE):
        return None
    return conn.scalar(text(f"SELECT version_num FROM {VERSION_TABLE}"))


def readiness(engine: Engine) -> tuple[int, dict[str, str]]:
    """(status, body) of /readyz. What went wrong in the driver's words is logged, not answered: its text may name
    the database server, user or path."""
    try:
        with reading(engine) as conn:
            current = schema_revision(conn)
    except DBAPIError as exc:
        _log.warning("not ready: the database did not answer: %s",
                     (str(exc.orig).splitlines() or [type(exc.orig).__name__])[0])
        return 503, {"status": "unavailable", "reason": "database unreachable: the hub database did not answer"}
    except SQLAlchemyError as exc:
        _log.warning("not ready: reading the schema revision failed: %s", type(exc).__name__)
        return 503, {"status": "unavailable", "reason": "database unreachable: the schema revision could not be read"}
    problem = schema_problem(current)
    if problem is not None:
        _log.warning("not ready: %s", problem)
        return 503, {"status": "unavailable", "reason": problem}
    return 200, {"status": "ready", "schema_revision": current or ""}


def add_routes(app: FastAPI, engine: Engine) -> None:
    metrics: HubMetrics = app.state.metrics

    @app.get("/healthz", include_in_schema=False)
    async def healthz() -> Response:
        return json_answer({"status": "ok"})

    @app.get("/readyz", include_in_schema=False)
    async def readyz() -> Response:
        status, body = await run_in_threadpool(readiness, engine)
        return json_answer(body, status)

    @app.get("/metrics", include_in_schema=False)
    async def prometheus_metrics() -> Response:
        text = await run_in_threadpool(metrics.exposition)
        return Response(text, media_type=METRICS_CONTENT_TYPE)
