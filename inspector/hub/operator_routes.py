"""GET /v1/operators: the site's team for benches, by change number, and on the last page the site's runs of wrong
PINs per badge (`inspector.hub.badge_runs`), so a badge locked at one bench is locked at every bench that pulls.

The only answer of the hub that carries PIN hashes, and only to a station token: a bench needs them to let any
operator sign in offline. They are the bench's own salted slow hashes, never PINs.
"""
# No `from __future__ import annotations`: FastAPI reads these annotations at run time.
from typing import Annotated, Literal

from fastapi import FastAPI, Query
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import Response
from pydantic import BaseModel, Field
from sqlalchemy import Engine

from inspector.hub import badge_runs, operators
from inspector.hub.http_common import Station, declared, json_answer


class SiteOperator(BaseModel):
    id: str = Field(description="the operator's site id: every bench records them by it")
    badge: str
    name: str
    role: Literal["inspector", "supervisor", "admin"]
    lang: str | None = Field(description="preferred language, e.g. ro; null: the bench's own")
    active: bool = Field(description="false once deactivated: a bench that has pulled this refuses the sign-in")
    pin_hash: str = Field(description="the PIN as the bench's salted slow hash (scrypt$N$r$p$salt$digest)")
    updated_at: str


class SiteBadgeRun(BaseModel):
    badge: str
    failures: int = Field(description="wrong PINs in a row at the site's benches since the last good sign-in or unlock")
    locked_until: str | None = Field(description="UTC; null while the run is shorter than the policy's "
                                                 "failures_to_lock; a time past: the lock has run out")
    last_failure_at: str


class OperatorsPage(BaseModel):
    operators: list[SiteOperator]
    cursor: int = Field(description="pass as `since` next time")
    more: bool
    badge_locks: list[SiteBadgeRun] | None = Field(
        None, description="on the last page only (more is false): every badge's current run of wrong PINs at the "
                          "site, whatever `since`; a badge not listed has none")


def add_routes(app: FastAPI, engine: Engine) -> None:
    @app.get("/v1/operators", response_model=OperatorsPage, tags=["operators"],
             responses=declared(401, 403, 422, 503))
    async def pull_operators(name: Station, since: Annotated[int, Query(ge=0, le=2**62)] = 0,
                             limit: Annotated[int, Query(ge=1, le=1000)] = 500) -> Response:
        return json_answer(await run_in_threadpool(_page, engine, since, limit))


def _page(engine: Engine, since: int, limit: int) -> dict[str, object]:
    team, cursor, more = operators.operators_since(engine, since, limit)
    answer: dict[str, object] = {"operators": team, "cursor": cursor, "more": more}
    if not more:
        answer["badge_locks"] = badge_runs.current_runs(engine)
    return answer
