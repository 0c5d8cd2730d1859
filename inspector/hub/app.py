"""The hub's HTTP API (FastAPI): push records, pull returns and policy, health; the site's routes and the
integrations' returns (`return_routes`) in modules of their own. OpenAPI at /openapi.json.

Handlers do their database work in the thread pool (`run_in_threadpool`), so a slow commit never stalls the event
loop that answers health checks. Answers are built as JSON text directly: the push answer has one entry per record,
and FastAPI's generic encoder would cost more than the commit.
"""
# No `from __future__ import annotations`: FastAPI reads these annotations at run time.
import datetime as dt
from pathlib import Path
from typing import Annotated, Any, Literal

import orjson
from fastapi import FastAPI, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.utils import get_openapi
from fastapi.responses import Response
from pydantic import BaseModel, ConfigDict, Field, TypeAdapter, with_config
from sqlalchemy import Engine
from sqlalchemy.exc import OperationalError
from typing_extensions import TypedDict

from inspector.hub import feed, ingest
from inspector.hub.http_common import Problem, Station, StationMismatch, declared, hub_clock, json_answer
from inspector.hub.metrics import HubMetrics
from inspector.hub.photo_store import HubPhotoStore
from inspector.hub.record_types import PushedRecord
from inspector.hub.request_log import RequestLog
from inspector.hub.request_body import BadBody, BodyTooLarge, batch_items, is_json, parse_json, read_body
from inspector.hub.storage import schema_version

API_VERSION = "1"
MAX_BATCH = 5000
MAX_BODY_BYTES = 32 * 1024 * 1024


@with_config(ConfigDict(strict=True, extra="forbid", title="PushBatch"))
class PushBatch(TypedDict):
    """What a push sends. Published only: the body is read by hand (`batch_items`, `ingest.read_envelopes`)."""
    records: Annotated[list[PushedRecord], Field(max_length=MAX_BATCH)]


class RecordAck(BaseModel):
    type: str
    id: str
    version: int | None = Field(description="as sent; null when what was sent is not an integer (then rejected)")
    outcome: Literal["applied", "duplicate", "rejected"]
    reason: str | None


class PushAnswer(BaseModel):
    station: str
    applied: int
    duplicate: int
    rejected: int
    results: list[RecordAck]


class ReturnsPage(BaseModel):
    returns: list[dict[str, Any]] = Field(description="returns in the import format (docs/import-format.md)")
    cursor: int = Field(description="pass as `since` next time")
    more: bool


class PolicyAnswer(BaseModel):
    version: int = Field(description="0 when the hub has no policy yet")
    policy: dict[str, Any] | None


class Health(BaseModel):
    status: Literal["ok", "degraded"]
    database: str
    schema_version: int | None
    api_version: str


class StationAnswer(BaseModel):
    station: str


def _too_large() -> Response:
    return json_answer({"detail": f"a batch is at most {MAX_BODY_BYTES} bytes"}, 413)


class _DeclaredBodyLimit:
    """Refuses a request whose Content-Length is over the limit before reading any of it.

    Plain ASGI: `@app.middleware("http")` builds Starlette's BaseHTTPMiddleware, which relays every chunk of a
    batch's megabyte through a memory stream on its way to the handler.
    """

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] == "http":
            length = dict(scope["headers"]).get(b"content-length")
            if length is not None and (not length.isdigit() or int(length) > MAX_BODY_BYTES):
                await _too_large()(scope, receive, send)
                return
        await self.app(scope, receive, send)


def _push(engine: Engine, station: str, body: bytes, now: dt.datetime, metrics: HubMetrics) -> bytes:
    # orjson then checking the objects is several times faster here than pydantic parsing the bytes itself.
    items = batch_items(parse_json(body), "records", MAX_BATCH)
    try:
        incoming = ingest.read_envelopes(items)
    except ingest.Unnamed as exc:
        raise BadBody(["records", exc.index], str(exc), "record_unnamed") from None
    outcomes = ingest.apply_batch(engine, station, incoming, now)
    metrics.count_push(station, incoming, outcomes, now)
    counts = {ingest.APPLIED: 0, ingest.DUPLICATE: 0, ingest.REJECTED: 0}
    for o in outcomes:
        counts[o.outcome] += 1
    return orjson.dumps({"station": station, **counts, "results": [o.to_json() for o in outcomes]})


def _push_refused() -> dict[int | str, dict[str, Any]]:
    """The 403s of a push (`decision_routes.PUSH_REFUSED`), and an integration's token, refused in a sentence."""
    refused = decision_routes.PUSH_REFUSED[403]
    return {403: {"model": refused["model"] | Problem,
                  "description": f"{refused['description']}; or the token is an integration's, which may only push "
                                 "returns"}}


def create_app(engine: Engine, photos_dir: Path | None = None) -> FastAPI:
    """`photos_dir`: where the hub keeps photos (`inspector hub --photos DIR`); without it the photo routes answer
    503."""
    app = FastAPI(title="Return inspection hub", version=API_VERSION,
                  description="Benches push their records here and pull the returns and policy they apply. "
                              "Every record is applied idempotently by (type, id, version) and acknowledged "
                              "on its own. The shop's systems (an ERP, a returns app) push and cancel returns "
                              "with an integration token; the same return sent again changes nothing.")
    app.state.engine = engine
    app.state.photo_store = HubPhotoStore(photos_dir) if photos_dir is not None else None
    app.state.token_cache = {}   # token -> ((kind, name), valid until): spares a lookup on every batch
    app.state.body_limit = lambda: MAX_BODY_BYTES   # read at each request: the module's limit as it is then
    app.state.metrics = HubMetrics(engine, clock=lambda: hub_clock(app)())   # GET /metrics (`health_routes`)

    @app.exception_handler(OperationalError)
    async def database_down(_request: Request, exc: OperationalError) -> Response:
        # The database being away is the environment, not a bug: 503 tells the bench to back off and retry.
        return json_answer({"detail": "the hub database is unavailable"}, 503)

    @app.exception_handler(BodyTooLarge)
    async def too_large(_request: Request, _exc: BodyTooLarge) -> Response:
        return _too_large()

    @app.exception_handler(RequestValidationError)
    async def invalid(_request: Request, exc: RequestValidationError) -> Response:
        errors = [{"loc": list(e.get("loc", ())), "msg": e.get("msg", ""), "type": e.get("type", "invalid")}
                  for e in exc.errors()[:20]]
        return json_answer({"detail": errors}, 422)

    @app.exception_handler(BadBody)
    async def bad_batch(_request: Request, exc: BadBody) -> Response:
        return json_answer({"detail": [exc.item]}, 422)

    @app.exception_handler(StationMismatch)
    async def wrong_station(_request: Request, exc: StationMismatch) -> Response:
        claimed = exc.claimed[:100]
        return json_answer({"detail": f"this token belongs to station {exc.token_station}, not {claimed}",
                      "token_station": exc.token_station, "station": claimed}, 403)

    app.add_middleware(_DeclaredBodyLimit)
    app.add_middleware(RequestLog)   # added last, so outermost: a refused body is logged too

    @app.get("/v1/health", response_model=Health, tags=["hub"],
             responses={503: {"model": Health, "description": "the hub database is unavailable"}})
    def health() -> Response:
        try:
            with engine.connect() as conn:
                version = schema_version(conn)
            return json_answer({"status": "ok", "database": "ok", "schema_version": version,
                                "api_version": API_VERSION})
        except OperationalError:
            return json_answer({"status": "degraded", "database": "unavailable", "schema_version": None,
                                "api_version": API_VERSION}, 503)

    @app.get("/v1/station", response_model=StationAnswer, tags=["stations"],
             responses=declared(401, 403, 422, 503))
    async def whoami(name: Station) -> Response:
        return json_answer({"station": name})

    @app.post("/v1/records", response_model=PushAnswer, tags=["records"],
              openapi_extra={"requestBody": {"required": True, "content": {"application/json": {
                  "schema": {"$ref": "#/components/schemas/PushBatch"}}}}},
              responses={**declared(401, 413, 415, 422, 503), **_push_refused()})
    async def push_records(request: Request, name: Station) -> Response:
        # The body is read here and parsed by `parse_json` (in the thread pool, with the commit): this is the hub's hot
        # path, and FastAPI's generic body handling costs as much as the commit.
        if not is_json(request.headers.get("content-type")):
            return json_answer({"detail": "a batch is sent as Content-Type: application/json (UTF-8)"}, 415)
        body = await read_body(request)
        answer = await run_in_threadpool(_push, engine, name, body, hub_clock(app)(), app.state.metrics)
        return Response(answer, media_type="application/json")

    @app.get("/v1/returns", response_model=ReturnsPage, tags=["returns"],
             responses=declared(401, 403, 422, 503))
    async def pull_returns(name: Station, since: Annotated[int, Query(ge=0, le=2**62)] = 0,
                           limit: Annotated[int, Query(ge=1, le=1000)] = 500,
                           fmt: Annotated[int, Query(alias="format", ge=1, le=2, description=(
                               "1 (default): the import format as benches before issue 13 read it; 2: with the "
                               "customer, outcome and weight keys and each return's \"customer\" block"))] = 1
                           ) -> Response:
        now = hub_clock(app)()
        docs, cursor, more = await run_in_threadpool(feed.returns_since, engine, since, limit, fmt, now)
        return json_answer({"returns": docs, "cursor": cursor, "more": more})

    @app.get("/v1/policy", response_model=PolicyAnswer, tags=["policy"],
             responses=declared(401, 403, 422, 503))
    async def pull_policy(name: Station) -> Response:
        version, policy = await run_in_threadpool(feed.current_policy, engine)
        return json_answer({"version": version, "policy": policy})

    # Bodies parsed by hand (see push_records) have their schemas added to the components here, by name; a route
    # module adds its own (`inspector.hub.return_routes`).
    app.state.published_bodies = {"PushBatch": PushBatch}

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            schema = get_openapi(title=app.title, version=app.version, description=app.description,
                                 routes=app.routes)
            components = schema.setdefault("components", {}).setdefault("schemas", {})
            for name, body in app.state.published_bodies.items():
                found = TypeAdapter(body).json_schema(ref_template="#/components/schemas/{model}")
                components.update(found.pop("$defs", {}))
                components[name] = found
            app.openapi_schema = schema
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]
    for add_routes in _SITE_ROUTES:
        add_routes(app, engine)
    return app


# The site's routes, each module adding its own: `add_routes(app, engine)`.
_SITE_ROUTES: list[Any] = []

from inspector.hub import operator_routes  # noqa: E402  (the site's team: GET /v1/operators)

_SITE_ROUTES.append(operator_routes.add_routes)

from inspector.hub import day_routes  # noqa: E402  (closed days: POST /v1/site/days/{day}/close, GET /v1/site/days)

_SITE_ROUTES.append(day_routes.add_routes)

from inspector.hub import site_routes  # noqa: E402  (the site feed for supervisor desks: GET /v1/site/records)

_SITE_ROUTES.append(site_routes.add_routes)

from inspector.hub import decision_routes  # noqa: E402  (decisions made elsewhere: GET /v1/decisions; foreign batches)

_SITE_ROUTES.append(decision_routes.add_routes)

from inspector.hub import return_routes  # noqa: E402  (returns pushed by integrations: POST and DELETE /v1/returns)

_SITE_ROUTES.append(return_routes.add_routes)

from inspector.hub import status_routes  # noqa: E402  (a return's timeline: GET /v1/returns/{rma_number}/status)

_SITE_ROUTES.append(status_routes.add_routes)

from inspector.hub import photo_routes  # noqa: E402  (photos: GET/PUT /v1/photos/{sha256}, its upload status)

_SITE_ROUTES.append(photo_routes.add_routes)

from inspector.hub import health_routes  # noqa: E402  (for load balancers and monitoring: /healthz, /readyz, /metrics)

_SITE_ROUTES.append(health_routes.add_routes)
