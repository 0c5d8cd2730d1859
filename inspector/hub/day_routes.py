"""The site's closed days over HTTP, for supervisor desks (site-view tokens only; any other token gets a 403 saying
why).

    POST /v1/site/days/{day}/close   sign the day off: the hub builds and keeps its report, numbered
    GET  /v1/site/days               the closed days, and the late records of closed days since a change number
"""
# No `from __future__ import annotations`: FastAPI reads these annotations at run time.
import datetime as dt
from typing import Annotated, Any

from fastapi import FastAPI, Path, Query
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import Response
from pydantic import BaseModel, ConfigDict, Field, StringConstraints
from sqlalchemy import Engine

from inspector.hub.http_common import Problem, SiteView, declared, hub_clock, json_answer

# `inspector.hub.closing` (and ReportLab with it) is imported when a day is closed or listed, not when the hub starts.

DAY_PATTERN = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"


class CloseDay(BaseModel):
    model_config = ConfigDict(extra="forbid")
    # With " (station)" added, at most 50 + 67 characters: within what `hub_closed_days.signed_by` holds (120).
    signed_by: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=50)] = Field(
        description="the supervisor signing, as reports name them; the hub adds the desk's station")


class StationBehind(BaseModel):
    station: str
    last_heard_at: str | None = Field(description="UTC; null: never heard from")


class ClosedDayAnswer(BaseModel):
    number: int = Field(description="1, 2, ... in closing order")
    day: str
    time_zone: str
    signed_by: str
    signed_at: str = Field(description="UTC")
    last_seq: int = Field(description="the newest record change number the signed report saw")
    stations_behind: list[StationBehind]
    report_sha256: str = Field(description="of the signed PDF (`inspector hub report --date DAY` gives it)")


class AlreadyClosed(BaseModel):
    detail: str
    number: int
    signed_by: str
    signed_at: str


class LateRecordAnswer(BaseModel):
    type: str
    id: str
    station: str
    seq: int
    day: str = Field(description="the closed day it belongs to")
    number: int = Field(description="that day's report number")
    reference: str
    happened_at: str
    arrived_at: str
    change: str = Field(description="new, or changed: a newer version of a record the signed report saw")


class ClosedDays(BaseModel):
    days: list[ClosedDayAnswer]
    late: list[LateRecordAnswer] = Field(description="late records with a change number above `since`")
    cursor: int = Field(description="pass as `since` next time")
    more: bool


def _late_json(r: Any) -> dict[str, object]:
    from inspector.hub.site_report import utc_text
    return {"type": r.kind, "id": r.record_id, "station": r.station, "seq": r.seq, "day": r.closed_day.isoformat(),
            "number": r.number, "reference": r.reference, "happened_at": utc_text(r.happened_at),
            "arrived_at": utc_text(r.arrived_at), "change": r.change}


def _listing(engine: Engine, since: int, limit: int, now: dt.datetime) -> dict[str, object]:
    from inspector.hub import closing
    from inspector.hub.site_report import hub_policy, hub_snapshot, newest_seq
    with hub_snapshot(engine) as conn:
        days = closing.list_closed_days(conn)
        newest = newest_seq(conn)
        # Late records only of the days a desk keeps (the review window): a new desk's first call would otherwise
        # read every record since the site's first closed day, to be thrown away at the desk.
        policy = hub_policy(conn)
        oldest = policy.zone.day_of(now) - dt.timedelta(days=policy.site.review_days)
        kept = [d for d in days if d.day >= oldest]
        late = closing.late_records(conn, kept, after_seq=since, limit=limit + 1)
    more = len(late) > limit
    late = late[:limit]
    cursor = late[-1].seq if more else max(newest, since)
    return {"days": [d.to_json() for d in days], "late": [_late_json(r) for r in late], "cursor": cursor,
            "more": more}


REFUSED = {403: {"model": Problem, "description": "the token's station is no supervisor desk (the answer says how it "
                                                  "gets the right), or the X-Inspector-Station header names another "
                                                  "station than the token's"}}


def add_routes(app: FastAPI, engine: Engine) -> None:
    @app.post("/v1/site/days/{day}/close", response_model=ClosedDayAnswer, tags=["site"],
              responses={**declared(401, 422, 503), **REFUSED,
                         409: {"model": AlreadyClosed, "description": "the day is closed already: by whom, when"},
                         400: {"model": Problem, "description": "the day cannot be closed (it has not begun)"}})
    async def close_day(station: SiteView, body: CloseDay,
                        day: Annotated[str, Path(pattern=DAY_PATTERN, description="the site's day, YYYY-MM-DD")]
                        ) -> Response:
        try:
            chosen = dt.date.fromisoformat(day)
        except ValueError:
            return json_answer({"detail": [{"loc": ["path", "day"], "msg": f"{day} is not a day",
                                            "type": "date_from_datetime_parsing"}]}, 422)
        from inspector.hub import closing
        from inspector.hub.site_report import hub_photos
        store = getattr(app.state, "photo_store", None)     # the signed PDF shows the photos held now
        try:
            closed = await run_in_threadpool(closing.close_day, engine, chosen, f"{body.signed_by} ({station})",
                                             hub_clock(app), desk=station,
                                             photos=hub_photos(store.root if store is not None else None))
        except closing.DayAlreadyClosed as exc:
            known = exc.closed
            return json_answer({"detail": str(exc), "number": known.number, "signed_by": known.signed_by,
                                "signed_at": known.to_json()["signed_at"]}, 409)
        except closing.ClosingRefused as exc:
            return json_answer({"detail": str(exc)}, 400)
        return json_answer(closed.to_json())

    @app.get("/v1/site/days", response_model=ClosedDays, tags=["site"],
             responses={**declared(401, 422, 503), **REFUSED})
    async def closed_days(station: SiteView, since: Annotated[int, Query(ge=0, le=2**62)] = 0,
                          limit: Annotated[int, Query(ge=1, le=5000)] = 1000) -> Response:
        return json_answer(await run_in_threadpool(_listing, engine, since, limit, hub_clock(app)()))
