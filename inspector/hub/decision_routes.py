"""GET /v1/decisions: what supervisors at other stations decided on this station's inspections, by change number,
so the owning bench applies each decision to its own item (`inspector.sync.decision_pull`).

Also where a push is refused as a whole, never with a 500: a 403 for a batch that carries another station's records
(`inspector.hub.decisions.ForeignRecords`), or a decision its station had no right to send
(`inspector.hub.decisions.NoRight`: the answer names the record, so the bench sets that one aside and sends the rest
again). `PUSH_REFUSED` declares these answers of POST /v1/records.
"""
# No `from __future__ import annotations`: FastAPI reads these annotations at run time.
from typing import Annotated, Any, Literal

from fastapi import FastAPI, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import Response
from pydantic import BaseModel, Field
from sqlalchemy import Engine

from inspector.hub import decisions
from inspector.hub.http_common import Station, WrongStation, declared, json_answer
from inspector.hub.storage import reading


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


class RefusedRecordName(BaseModel):
    type: str
    id: str


class RefusedRecord(BaseModel):
    """A decision in the batch that its station had no right to send (a decider who is not a supervisor, four eyes,
    another station's inspection without the site view). Nothing of the batch was applied: the bench sets this
    record aside and sends the rest again."""
    detail: str = Field(description="why, about this record: the bench keeps it as the record's reason")
    record: RefusedRecordName = Field(description="the record refused")


class ForeignRecord(WrongStation):
    """A record of another station in the batch: nothing of the batch was applied; the bench sets it aside."""
    record: RefusedRecordName = Field(description="the record that names another station")


# The 403s of POST /v1/records: a token of another station (`WrongStation`), another station's record in the batch
# (`ForeignRecord`), or a record the station had no right to send (`RefusedRecord`).
PUSH_REFUSED: dict[int | str, dict[str, Any]] = {403: {
    "model": ForeignRecord | WrongStation | RefusedRecord,
    "description": "the token belongs to another station than the X-Inspector-Station header names, the batch "
                   "carries another station's record, or a decision its station has no right to send (the record is "
                   "named); nothing of the batch was applied"}}


def _page(engine: Engine, station: str, since: int, limit: int) -> tuple[list[dict[str, Any]], int, bool]:
    with reading(engine) as conn:
        return decisions.decisions_since(conn, station, since, limit)


def add_routes(app: FastAPI, engine: Engine) -> None:
    @app.exception_handler(decisions.ForeignRecords)
    async def foreign_records(_request: Request, exc: decisions.ForeignRecords) -> Response:
        # The body of every 403 the hub gives (`WrongStation`): whose token it is, and which station was claimed.
        return json_answer({"detail": str(exc), "token_station": exc.token_station, "station": exc.station,
                            "record": {"type": exc.record_type, "id": exc.record_id}}, 403)

    @app.exception_handler(decisions.NoRight)
    async def no_right(_request: Request, exc: decisions.NoRight) -> Response:
        return json_answer({"detail": exc.reason, "record": {"type": exc.record_type, "id": exc.record_id}}, 403)

    @app.get("/v1/decisions", response_model=DecisionsPage, tags=["records"],
             responses=declared(401, 403, 422, 503))
    async def pull_decisions(name: Station, since: Annotated[int, Query(ge=0, le=2**62)] = 0,
                             limit: Annotated[int, Query(ge=1, le=1000)] = 500) -> Response:
        found, cursor, more = await run_in_threadpool(_page, engine, name, since, limit)
        return json_answer({"decisions": found, "cursor": cursor, "more": more})
