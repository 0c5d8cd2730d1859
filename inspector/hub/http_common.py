"""What every route of the hub shares: the station (or integration) behind a request's token, JSON answers, declared
error bodies.

Two kinds of token: a station's (benches and supervisor desks: records, the feeds they pull) and an integration's
(the shop's ERP or returns app: it pushes and cancels returns, and reads their status). Each kind gets a 403 on the
other's routes, saying which token it is and which it needs; a return's status takes either (`Reader`).

Routes beyond push and pull live in their own modules (operators, the site feed, closed days) and take these from
here; `inspector.hub.app` puts them together.
"""
# No `from __future__ import annotations`: FastAPI reads these annotations at run time.
import asyncio
import datetime as dt
import json
import logging
import time
from collections.abc import Callable
from typing import Annotated, Any

from fastapi import Depends, Header, HTTPException, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import Response
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel, Field

from inspector.hub import integrations
from inspector.hub.request_log import CALLER
from inspector.hub.stations import may_view_site, note_heard, station_for_token
from inspector.wire import STATION_HEADER

TOKEN_CACHE_SECONDS = 5.0   # a revoked token keeps working this long; saves a lookup on every batch


class Problem(BaseModel):
    """Every refusal but a malformed request: what was wrong, in a sentence."""
    detail: str


class WrongStation(BaseModel):
    """A known token sent by a bench that calls itself another station (its X-Inspector-Station header)."""
    detail: str
    token_station: str = Field(description="the station the token belongs to")
    station: str = Field(description="the station the bench says it is")


class InvalidItem(BaseModel):
    loc: list[str | int] = Field(description="where: e.g. [\"records\", 3] or [\"query\", \"since\"]")
    msg: str
    type: str


class Invalid(BaseModel):
    """A malformed request: not JSON, not a batch, a query or header out of range. Records are judged one by one
    in a 200 answer instead, as long as each is an object with a text type and id."""
    detail: list[InvalidItem]


def declared(*codes: int) -> dict[int | str, dict[str, Any]]:
    """The error answers an operation can give, each with its body's schema."""
    known: dict[int, tuple[Any, str]] = {
        401: (Problem, "no token, or one the hub does not know"),
        403: (WrongStation | Problem, ("the token belongs to another station than the X-Inspector-Station header "
                                       "names, or it is an integration's token, which may only push returns")),
        413: (Problem, "the batch is over the hub's size limit"),
        415: (Problem, "the body is not sent as application/json"),
        422: (Invalid, "the request itself is malformed"),
        503: (Problem, "the hub database is unavailable; try again later"),
    }
    return {code: {"model": known[code][0], "description": known[code][1]} for code in codes}


class StationMismatch(Exception):
    def __init__(self, token_station: str, claimed: str) -> None:
        super().__init__(token_station)
        self.token_station, self.claimed = token_station, claimed


STATION, INTEGRATION = "station", "integration"   # the kinds of token
READER = "reader"                                  # either kind: routes that only read a return's status
_A_TOKEN = {STATION: "a station token", INTEGRATION: "an integration token",
            READER: "a station or integration token"}

_station_bearer = HTTPBearer(auto_error=False, scheme_name="StationToken",
                             description="the station's token from `inspector hub add-station`")
_integration_bearer = HTTPBearer(auto_error=False, scheme_name="IntegrationToken",
                                 description="an integration's token from `inspector hub add-integration` (the "
                                             "shop's ERP or returns app): it may only push and cancel returns")

_reader_bearer = HTTPBearer(auto_error=False, scheme_name="ReaderToken",
                            description="a station's token or an integration's: either may read a return's status")


def _owner_of(engine: Any, token: str) -> tuple[str, str] | None:
    """(kind, name) of the station or integration the token belongs to; None for a token the hub does not know."""
    name = station_for_token(engine, token)
    if name is not None:
        return STATION, name
    name = integrations.integration_for_token(engine, token)
    return None if name is None else (INTEGRATION, name)


async def _token_owner(request: Request, credentials: HTTPAuthorizationCredentials | None,
                       wanted: str) -> tuple[str, str]:
    if credentials is None or credentials.scheme.lower() != "bearer":
        raise HTTPException(401, f"{_A_TOKEN[wanted]} is required", headers={"WWW-Authenticate": "Bearer"})
    token, cache = credentials.credentials, request.app.state.token_cache
    cached = cache.get(token)
    if cached and cached[1] > time.monotonic():
        return cached[0]
    owner = await run_in_threadpool(_owner_of, request.app.state.engine, token)
    if owner is None:
        raise HTTPException(401, f"unknown or revoked {wanted} token", headers={"WWW-Authenticate": "Bearer"})
    if len(cache) > 1000:
        cache.clear()
    cache[token] = (owner, time.monotonic() + TOKEN_CACHE_SECONDS)
    return owner


async def current_station(request: Request,
                          credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_station_bearer)],
                          claimed: Annotated[str | None, Header(
                              alias=STATION_HEADER,
                              description="the station the bench believes it is; when the token belongs to another "
                                          "one the answer is a 403 that names the token's station")] = None) -> str:
    """The station the bearer token belongs to; every record pushed must carry this station."""
    kind, name = await _token_owner(request, credentials, STATION)
    if kind != STATION:
        raise HTTPException(403, f"this is the token of integration {name}: an integration token may only push and "
                                 "cancel returns (POST and DELETE /v1/returns); a bench needs a station token "
                                 "(`inspector hub add-station`)")
    if claimed is not None and claimed != name:
        # Telling whose token it is gives nothing away: its holder can ask /v1/station. It tells the bench the fix.
        raise StationMismatch(name, claimed)
    _heard(request, STATION, name)
    return name


async def current_integration(
        request: Request,
        credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_integration_bearer)]) -> str:
    """The integration the bearer token belongs to: only an integration pushes returns."""
    kind, name = await _token_owner(request, credentials, INTEGRATION)
    if kind != INTEGRATION:
        raise HTTPException(403, f"this is the token of station {name}: a station token cannot push or cancel "
                                 "returns; the shop's system needs an integration token (`inspector hub "
                                 "add-integration NAME`)")
    _heard(request, INTEGRATION, name)
    return name


async def current_reader(
        request: Request,
        credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_reader_bearer)]) -> str:
    """The station or integration the bearer token belongs to: both may read a return's status."""
    kind, name = await _token_owner(request, credentials, READER)
    _heard(request, kind, name)
    return name


Station = Annotated[str, Depends(current_station)]
Integration = Annotated[str, Depends(current_integration)]
Reader = Annotated[str, Depends(current_reader)]

HEARD_EVERY_SECONDS = 60.0   # a station's last_heard_at is written at most this often
_log = logging.getLogger(__name__)


def hub_clock(app: Any) -> Callable[[], dt.datetime]:
    """The hub's clock for the site's routes and last-heard times: `app.state.clock` when set (tests move it)."""
    return getattr(app.state, "clock", None) or (lambda: dt.datetime.now(dt.timezone.utc))


def _heard(request: Request, kind: str, name: str) -> None:
    """Notes that the station's (or integration's) token was used: at most once a minute per name, written on a
    worker thread so the request never waits for it (a lost note only leaves the time a minute older). The request's
    log line names it too (`inspector.hub.request_log`)."""
    request.scope.setdefault("state", {})[CALLER] = (kind, name)
    state = request.app.state
    heard: dict[tuple[str, str], float] | None = getattr(state, "heard", None)
    if heard is None:
        heard = state.heard = {}
    now = time.monotonic()
    if now - heard.get((kind, name), -HEARD_EVERY_SECONDS) < HEARD_EVERY_SECONDS:
        return
    heard[(kind, name)] = now
    at = hub_clock(request.app)().astimezone(dt.timezone.utc).isoformat(timespec="microseconds")
    note = note_heard if kind == STATION else integrations.note_heard
    asyncio.get_running_loop().run_in_executor(None, _write_heard, note, state.engine, name, at)


def _write_heard(note: Callable[[Any, str, str], None], engine: Any, name: str, at: str) -> None:
    try:
        note(engine, name, at)
    except Exception as exc:  # noqa: BLE001 - bookkeeping only; the request it came with was answered
        _log.warning("last heard time of %s not written: %s", name, exc)


async def site_viewer(request: Request, name: Station) -> str:
    """The station behind the token, if it holds the site-view right; else a 403 saying why and how to get it."""
    if not await run_in_threadpool(may_view_site, request.app.state.engine, name):
        raise HTTPException(403, f"station {name} may not read the site's records: only a supervisor desk may. "
                                 f"The administrator gives it the right with `inspector hub add-station {name} "
                                 "--site-view` (its token stays as it is).")
    return name


SiteView = Annotated[str, Depends(site_viewer)]


def json_answer(payload: Any, status: int = 200) -> Response:
    return Response(json.dumps(payload, separators=(",", ":")), status_code=status, media_type="application/json")


