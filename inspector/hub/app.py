"""The hub's HTTP API (FastAPI): push records, pull returns and policy, health. OpenAPI at /openapi.json.

Handlers do their database work in the thread pool (`run_in_threadpool`), so a slow commit never stalls the event
loop that answers health checks. Answers are built as JSON text directly: the push answer has one entry per record,
and FastAPI's generic encoder would cost more than the commit.
"""
# No `from __future__ import annotations`: FastAPI reads these annotations at run time.
import json
import time
from typing import Annotated, Any, Literal

import orjson
from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.utils import get_openapi
from fastapi.responses import Response
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel, ConfigDict, Field, field_validator, StringConstraints, ValidationError
from sqlalchemy import Engine
from sqlalchemy.exc import OperationalError

from inspector.hub import feed, ingest
from inspector.hub.record_types import RECORD_TYPES
from inspector.hub.stations import station_for_token
from inspector.hub.storage import schema_version

API_VERSION = "1"
MAX_BATCH = 5000
MAX_BODY_BYTES = 32 * 1024 * 1024
TOKEN_CACHE_SECONDS = 5.0   # a revoked token keeps working this long; saves a lookup on every batch


class PushedRecord(BaseModel):
    model_config = ConfigDict(extra="forbid")
    type: Annotated[str, StringConstraints(min_length=1, max_length=32)] = Field(
        description="record type: " + ", ".join(sorted(RECORD_TYPES)) + "; unknown types are rejected per record")
    id: Annotated[str, StringConstraints(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9._:-]+$")]
    version: Annotated[int, Field(ge=1, le=2**53)]
    data: dict[str, Any] = Field(description="the record in its upstream form; must carry the token's station")

    @field_validator("data", mode="plain", json_schema_input_type=dict[str, Any])
    @classmethod
    def _a_json_object(cls, value: Any) -> dict[str, Any]:
        # Only that it is an object: its record type's model checks the contents next (`problem_with`). Validating
        # dict[str, Any] here too copied every record deeply, a sixth of the hub's time per batch.
        if not isinstance(value, dict):
            raise ValueError("data must be a JSON object")
        return value


class PushBatch(BaseModel):
    model_config = ConfigDict(extra="forbid")
    records: Annotated[list[PushedRecord], Field(max_length=MAX_BATCH)]


class RecordAck(BaseModel):
    type: str
    id: str
    version: int
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


_bearer = HTTPBearer(auto_error=False, description="the station's token from `inspector hub add-station`")


async def current_station(request: Request,
                          credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)]) -> str:
    """The station the bearer token belongs to; every record pushed must carry this station."""
    if credentials is None or credentials.scheme.lower() != "bearer":
        raise HTTPException(401, "a station token is required", headers={"WWW-Authenticate": "Bearer"})
    token, cache = credentials.credentials, request.app.state.token_cache
    cached = cache.get(token)
    if cached and cached[1] > time.monotonic():
        return cached[0]
    name = await run_in_threadpool(station_for_token, request.app.state.engine, token)
    if name is None:
        raise HTTPException(401, "unknown or revoked station token", headers={"WWW-Authenticate": "Bearer"})
    if len(cache) > 1000:
        cache.clear()
    cache[token] = (name, time.monotonic() + TOKEN_CACHE_SECONDS)
    return name


Station = Annotated[str, Depends(current_station)]


def _json(payload: Any, status: int = 200) -> Response:
    return Response(json.dumps(payload, separators=(",", ":")), status_code=status, media_type="application/json")


def _too_large() -> Response:
    return _json({"detail": f"a batch is at most {MAX_BODY_BYTES} bytes"}, 413)


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


class _BodyTooLarge(Exception):
    pass


async def _body_within_limit(request: Request) -> bytes:
    """The body, counted as it arrives: one sent in chunks declares no length for the middleware to check."""
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > MAX_BODY_BYTES:
            raise _BodyTooLarge
        chunks.append(chunk)
    return b"".join(chunks)


def _push(engine: Engine, station: str, body: bytes) -> bytes:
    try:
        try:
            document = orjson.loads(body)
        except orjson.JSONDecodeError:   # what orjson refuses and json takes (a lone surrogate, NaN, a huge int)
            document = json.loads(body)  # is judged per record as before; anything else fails here as before
    except (ValueError, UnicodeDecodeError) as exc:
        raise RequestValidationError([{"loc": ["body"], "msg": f"not JSON: {exc}"}]) from None
    # json.loads then validating the objects is several times faster here than pydantic parsing the bytes itself.
    batch = PushBatch.model_validate(document)
    incoming = [ingest.Incoming(r.type, r.id, r.version, r.data) for r in batch.records]
    outcomes = ingest.apply_batch(engine, station, incoming)
    counts = {ingest.APPLIED: 0, ingest.DUPLICATE: 0, ingest.REJECTED: 0}
    for o in outcomes:
        counts[o.outcome] += 1
    return orjson.dumps({"station": station, **counts, "results": [o.to_json() for o in outcomes]})


def create_app(engine: Engine) -> FastAPI:
    app = FastAPI(title="Return inspection hub", version=API_VERSION,
                  description="Benches push their records here and pull the returns and policy they apply. "
                              "Every record is applied idempotently by (type, id, version) and acknowledged "
                              "on its own.")
    app.state.engine = engine
    app.state.token_cache = {}   # token -> (station, valid until): spares a lookup on every batch

    @app.exception_handler(OperationalError)
    async def database_down(_request: Request, exc: OperationalError) -> Response:
        # The database being away is the environment, not a bug: 503 tells the bench to back off and retry.
        return _json({"detail": "the hub database is unavailable"}, 503)

    @app.exception_handler(_BodyTooLarge)
    async def too_large(_request: Request, _exc: _BodyTooLarge) -> Response:
        return _too_large()

    @app.exception_handler(RequestValidationError)
    async def invalid(_request: Request, exc: RequestValidationError) -> Response:
        errors = [{"loc": list(e.get("loc", ())), "msg": e.get("msg", "")} for e in exc.errors()[:20]]
        return _json({"detail": errors}, 422)

    app.add_middleware(_DeclaredBodyLimit)

    @app.get("/v1/health", response_model=Health, tags=["hub"])
    def health() -> Response:
        try:
            with engine.connect() as conn:
                version = schema_version(conn)
            return _json({"status": "ok", "database": "ok", "schema_version": version, "api_version": API_VERSION})
        except OperationalError:
            return _json({"status": "degraded", "database": "unavailable", "schema_version": None,
                          "api_version": API_VERSION}, 503)

    @app.get("/v1/station", response_model=StationAnswer, tags=["stations"],
             responses={401: {"description": "no or unknown token"}})
    async def whoami(name: Station) -> Response:
        return _json({"station": name})

    @app.post("/v1/records", response_model=PushAnswer, tags=["records"],
              openapi_extra={"requestBody": {"required": True, "content": {"application/json": {
                  "schema": {"$ref": "#/components/schemas/PushBatch"}}}}},
              responses={401: {"description": "no or unknown token"}, 413: {"description": "batch too large"},
                         422: {"description": "the batch itself is malformed (records are judged one by one)"}})
    async def push_records(request: Request, name: Station) -> Response:
        # The body is read here and parsed by pydantic-core straight from bytes (in the thread pool, with the
        # commit): this is the hub's hot path, and FastAPI's generic body handling costs as much as the commit.
        body = await _body_within_limit(request)
        try:
            answer = await run_in_threadpool(_push, engine, name, body)
        except ValidationError as exc:
            raise RequestValidationError(exc.errors(include_url=False, include_input=False)) from None
        return Response(answer, media_type="application/json")

    @app.get("/v1/returns", response_model=ReturnsPage, tags=["returns"],
             responses={401: {"description": "no or unknown token"}})
    async def pull_returns(name: Station, since: Annotated[int, Query(ge=0, le=2**62)] = 0,
                           limit: Annotated[int, Query(ge=1, le=1000)] = 500) -> Response:
        docs, cursor, more = await run_in_threadpool(feed.returns_since, engine, since, limit)
        return _json({"returns": docs, "cursor": cursor, "more": more})

    @app.get("/v1/policy", response_model=PolicyAnswer, tags=["policy"],
             responses={401: {"description": "no or unknown token"}})
    async def pull_policy(name: Station) -> Response:
        version, policy = await run_in_threadpool(feed.current_policy, engine)
        return _json({"version": version, "policy": policy})

    def openapi() -> dict[str, Any]:
        # The push body is parsed by hand (see push_records), so its schema is added to the components here.
        if app.openapi_schema is None:
            schema = get_openapi(title=app.title, version=app.version, description=app.description,
                                 routes=app.routes)
            found = PushBatch.model_json_schema(ref_template="#/components/schemas/{model}")
            components = schema.setdefault("components", {}).setdefault("schemas", {})
            components.update(found.pop("$defs", {}))
            components["PushBatch"] = found
            app.openapi_schema = schema
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]
    return app
