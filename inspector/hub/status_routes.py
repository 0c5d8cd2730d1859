"""GET /v1/returns/{rma_number}/status: a return's timeline, for the shop's systems (an integration token) and the
benches and desks (a station token). The steps are those of `inspector.hub.timeline`, oldest first, with when and at
which station each happened.

The RMA number is the rest of the path before `/status`, so a `/` in it needs no escaping; a `#` must be sent as
`%23` (a client would take it for the start of a fragment), and so must `%` itself (`%25`).
"""
# No `from __future__ import annotations`: FastAPI reads these annotations at run time.
from typing import Any

from fastapi import FastAPI
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import Response
from pydantic import BaseModel, Field
from sqlalchemy import Engine

from inspector.hub import timeline
from inspector.hub.http_common import Problem, Reader, declared, json_answer
from inspector.hub.storage import reading

MAX_RMA = 64


class Step(BaseModel):
    id: str = Field(description="the step's id: the `webhook-id` its webhook was posted with")
    step: str = Field(description=", ".join(timeline.STEPS))
    seq: int = Field(description="the hub's event number: rises with every step of every return")
    at: str = Field(description="when it happened (UTC; the bench's clock for what a bench did)")
    station: str | None = Field(description="the bench or desk it happened at; null for the hub's own steps")
    detail: dict[str, Any]


class ReturnStatus(BaseModel):
    rma_number: str
    status: str | None = Field(description="open, closed or cancelled; null when the hub was never given the "
                                           "return but a bench received a parcel for it")
    steps: list[Step]


def _status(engine: Engine, rma_number: str) -> Response:
    with reading(engine) as conn:
        found = timeline.status_of(conn, rma_number)
    if found is None:
        return json_answer({"detail": f"the hub knows nothing of return {rma_number}"}, 404)
    return json_answer(found)


def add_routes(app: FastAPI, engine: Engine) -> None:
    unknown = {404: {"model": Problem, "description": "the hub knows nothing of this return"}}

    @app.get("/v1/returns/{rma_number:path}/status", response_model=ReturnStatus, tags=["returns"],
             responses={**declared(401, 422, 503), **unknown})
    async def return_status(rma_number: str, name: Reader) -> Response:
        """A return's status and the steps of its timeline, oldest first."""
        if not 1 <= len(rma_number) <= MAX_RMA:
            return json_answer({"detail": [{"loc": ["path", "rma_number"], "msg": f"1 to {MAX_RMA} characters",
                                            "type": "string_length"}]}, 422)
        return await run_in_threadpool(_status, engine, rma_number)
