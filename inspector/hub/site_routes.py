"""The site feed's route: GET /v1/site/records, every other station's records for a supervisor desk.

Only a station with the site-view right (`inspector hub add-station NAME --site-view`) reads it; any other token gets
a 403 that says why and how to get the right. It serves the records whose time lies in the policy's review window
(`site.review_days`, 35 by default), by change number, with the hub's time and each station's last-heard time, so
the desk can say "as of" when.
"""
# No `from __future__ import annotations`: FastAPI reads these annotations at run time.
import datetime as dt
import threading
from typing import Annotated, Any

from fastapi import FastAPI, Query
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import Response
from pydantic import BaseModel, Field
from sqlalchemy import Engine

from inspector.hub import feed, site_feed
from inspector.hub.http_common import Problem, SiteView, declared, hub_clock
from inspector.hub.stations import heard_from
from inspector.hub.storage import reading

MAX_PAGE = 5000
FLOOR_KEPT = dt.timedelta(days=1)   # how long a window's lower change number is reused before it is read again


class SiteRecord(BaseModel):
    type: str = Field(description="parcel_receipt, item_inspection or inspection_override")
    id: str
    version: int
    station: str = Field(description="the station that owns the record")
    seq: int = Field(description="the change number this version took")
    data: dict[str, Any] = Field(description="the record in its upstream form, as its station pushed it")


class StationHeard(BaseModel):
    name: str
    last_heard_at: str | None = Field(description="the last time its token was used (UTC), null if never")


class SitePage(BaseModel):
    records: list[SiteRecord] = Field(description="by change number; a record an item or override names comes "
                                                  "along, even from before the window")
    cursor: int = Field(description="pass as `since` for the next page")
    more: bool
    as_of: str = Field(description="the hub's time of this answer (UTC)")
    window_start: str = Field(description="records that happened before this time (UTC) are not served")
    stations: list[StationHeard]


class _Floors:
    """The window's lower change number (`site_feed.window_floor`), read once a day at most per process."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._kept: tuple[dt.datetime, int] | None = None

    def floor(self, conn: Any, start: dt.datetime) -> int:
        with self._lock:
            kept = self._kept
        if kept is not None and dt.timedelta(0) <= start - kept[0] < FLOOR_KEPT:
            # Read with an earlier start, it holds for this one too (see window_floor); not for an earlier one
            # (a longer review window, a clock set back).
            return kept[1]
        value = site_feed.window_floor(conn, start.isoformat(timespec="microseconds"))
        with self._lock:
            self._kept = (start, value)
        return value


def _page(engine: Engine, floors: _Floors, desk: str, since: int, limit: int, now: dt.datetime) -> bytes:
    _version, policy = feed.current_policy(engine)
    start = (now - dt.timedelta(days=site_feed.review_days(policy))).astimezone(dt.timezone.utc)
    start_text = start.isoformat(timespec="microseconds")
    with reading(engine) as conn:
        served, cursor, more = site_feed.serve_page(conn, desk, since, limit, start_text, floors.floor(conn, start))
    return site_feed.page_body({
        "records": served, "cursor": cursor, "more": more,
        "as_of": now.astimezone(dt.timezone.utc).isoformat(timespec="microseconds"), "window_start": start_text,
        "stations": heard_from(engine)})


def add_routes(app: FastAPI, engine: Engine) -> None:
    floors = _Floors()
    refused = {403: {"model": Problem, "description": "the token's station may not read the site (the answer says "
                                                      "how it gets the right), or the X-Inspector-Station header "
                                                      "names another station than the token's"}}

    @app.get("/v1/site/records", response_model=SitePage, tags=["site"],
             responses={**declared(401, 422, 503), **refused})
    async def site_records(name: SiteView, since: Annotated[int, Query(ge=0, le=2**62)] = 0,
                           limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 1000) -> Response:
        now = hub_clock(app)()
        body = await run_in_threadpool(_page, engine, floors, name, since, limit, now)
        return Response(body, media_type="application/json")
