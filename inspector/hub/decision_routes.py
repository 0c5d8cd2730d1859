"""GET /v1/decisions: what supervisors at other stations decided on this station's inspections, by change number,
so the owning bench applies each decision to its own item (`inspector.sync.decision_pull`).

Also where a push that carries another station's records is answered: a 403 for the whole batch
(`inspector.hub.decisions.ForeignRecords`), never a 500.
"""
# No `from __future__ import annotations`: FastAPI reads these annotations at run time.
from typing import Annotated, Any, Literal

from fastapi import FastAPI, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import Response
from pydantic import BaseModel, Field
from sqlalchemy import Engine

from inspector.hub import decisions
from inspector.hub.http_common import Station, declared, json_answer


class PulledDecision(BaseModel):
    type: Literal["inspection_override"]
    id: str
    version: int
    station: str = Field(description="the station where the supervisor decided")
    seq: int = Field(description="the decision's change number")
    data: dict[str, Any] = Field(description="the decision as that station pushed it (an inspection_override)")


class DecisionsPage(BaseModel):
    decisions: list[PulledDecision]
    cursor: int = Field(description="pass as `since` next time")
    more: bool


def _page(engine: Engine, station: str, since: int, limit: int) -> tuple[list[dict[str, Any]], int, bool]:
    with engine.connect() as conn:
        return decisions.decisions_since(conn, station, since, limit)


def add_routes(app: FastAPI, engine: Engine) -> None:
    @app.exception_handler(decisions.ForeignRecords)
    async def foreign_records(_request: Request, exc: decisions.ForeignRecords) -> Response:
        # The body of every 403 the hub gives (`WrongStation`): whose token it is, and which station was claimed.
        return json_answer({"detail": str(exc), "token_station": exc.token_station, "station": exc.station}, 403)

    @app.get("/v1/decisions", response_model=DecisionsPage, tags=["records"],
             responses=declared(401, 403, 422, 503))
    async def pull_decisions(name: Station, since: Annotated[int, Query(ge=0, le=2**62)] = 0,
                             limit: Annotated[int, Query(ge=1, le=1000)] = 500) -> Response:
        found, cursor, more = await run_in_threadpool(_page, engine, name, since, limit)
        return json_answer({"decisions": found, "cursor": cursor, "more": more})
