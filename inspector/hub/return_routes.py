"""POST and DELETE /v1/returns: the shop's ERP or returns app adds, updates and cancels the returns benches expect.

Only an integration token (`inspector hub add-integration NAME`) may; a station's gets a 403. Each return pushed is
checked as an import file's return is (`inspector.importing`: the JSON format's reading and `ReturnChecker`), all or
nothing per return, and stored by `feed.store_returns`: the same content again changes nothing, an older "version"
than the one held is stale, the same one with other content is rejected, a newer one replaces it and takes a new
change number, so benches pull it as any other. A change without a version (a DELETE or push without one, `inspector
hub import-rmas`) keeps the version held, so a replay of an earlier push never undoes it: after a DELETE without a
version, that push's version is rejected and an older one stale; only a higher version reopens the return.

The RMA number of DELETE is a query parameter, not part of the path: upstream numbers hold `/` and `#`, and a `%2F`
is decoded before routing.
"""
# No `from __future__ import annotations`: FastAPI reads these annotations at run time.
import datetime as dt
import re
from typing import Annotated, Any, Literal, NamedTuple

import orjson
from fastapi import FastAPI, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import Response
from pydantic import BaseModel, ConfigDict, Field, with_config
from sqlalchemy import Engine
from typing_extensions import NotRequired, TypedDict

from inspector.domain.returns import Return
from inspector.hub import feed
from inspector.hub.http_common import Integration, Problem, declared, hub_clock, json_answer
from inspector.hub.request_body import BadBody, batch_items, is_json, read_body
from inspector.importing import ReturnChecker, field_rules, returns_from_document, whole_returns
from inspector.importing.assembly import MemoryStore
from inspector.importing.field_rules import FieldError
from inspector.importing.problems import ImportFileError, Location
from inspector.importing.problems import Problem as ImportProblem
from inspector.importing.json_stream import open_json

MAX_RETURNS = 1000
MAX_VERSION = 2**53   # what every JSON reader keeps exactly


@with_config(ConfigDict(strict=True, extra="forbid", title="InboundReturnLine"))
class InboundReturnLine(TypedDict):
    line_no: int
    sku: str
    gtin: NotRequired[str | None]
    description: NotRequired[str | None]
    quantity: int
    unit_price: str
    currency: str
    category: NotRequired[str | None]
    serials: NotRequired[list[str] | None]
    # Issue 13 (docs/import-format.md): checked as the import checks them.
    requested_outcome: NotRequired[Literal["refund", "exchange", "store_credit"] | None]
    exchange_sku: NotRequired[Annotated[str, Field(max_length=64)] | None]
    exchange_description: NotRequired[Annotated[str, Field(max_length=255)] | None]
    unit_weight_g: NotRequired[Annotated[int, Field(ge=1, le=1_000_000)] | None]


@with_config(ConfigDict(strict=True, extra="forbid", title="InboundReturn"))
class InboundReturn(TypedDict):
    """A return in the import format (docs/import-format.md), with the sender's version if it keeps one."""
    rma_number: Annotated[str, Field(min_length=1, max_length=64)]
    order_number: str
    customer_reason: NotRequired[str | None]
    delivered_on: NotRequired[str | None]
    status: NotRequired[Literal["open", "closed", "cancelled"] | None]
    tracking_numbers: NotRequired[list[str] | None]
    customer_id: NotRequired[Annotated[str, Field(min_length=1, max_length=64)] | None]
    customer_orders: NotRequired[Annotated[int, Field(ge=0, le=1_000_000)] | None]
    lines: Annotated[list[InboundReturnLine], Field(min_length=1)]
    version: NotRequired[Annotated[int, Field(ge=0, le=MAX_VERSION, description=(
        "the sender's version of the return: an older one than the hub holds is stale, the same one with other "
        "content rejected; a change made without a version keeps the version held"))]]


@with_config(ConfigDict(strict=True, extra="forbid", title="ReturnsPush"))
class ReturnsPush(TypedDict):
    """What an integration pushes. Published only: the body is read by hand (`_push`)."""
    returns: Annotated[list[InboundReturn], Field(max_length=MAX_RETURNS)]


class ReturnProblem(BaseModel):
    line: int | None
    path: str | None = Field(description="where in the batch, e.g. returns[3].lines[0].unit_price")
    rma_number: str | None
    field: str | None
    reason: str
    message: str


class ReturnResult(BaseModel):
    rma_number: str | None = Field(description="as the hub reads it; null when it cannot be read")
    outcome: Literal["added", "updated", "unchanged", "stale", "rejected"]
    problems: list[ReturnProblem] = Field(description="why it was rejected or stale; empty otherwise")


class ReturnsPushAnswer(BaseModel):
    integration: str
    added: int
    updated: int
    unchanged: int
    stale: int
    rejected: int
    results: list[ReturnResult] = Field(description="one per return sent, in the order sent")


class CancelAnswer(BaseModel):
    integration: str
    rma_number: str
    outcome: Literal["updated", "unchanged", "stale", "rejected"] = Field(
        description="updated: now cancelled, with a new change number; unchanged: it already was; stale: the "
                    "version is older than the hub holds; rejected: the version is the one held, on a return not "
                    "cancelled")
    problems: list[ReturnProblem]


REFUSED = {403: {"model": Problem, "description": "the token is a station's: only an integration token may push or "
                                                  "cancel returns"}}
UNKNOWN = {404: {"model": Problem, "description": "the hub holds no return with this RMA number"}}
_POSITION = re.compile(r"returns\[(\d+)\]")


def _versions(items: list[Any]) -> tuple[list[Any], dict[int, int], dict[int, str]]:
    """The returns without their "version" (it is no field of the import format), the versions by position, and
    the positions whose version is no whole number the hub keeps."""
    plain, versions, wrong = [], {}, {}
    for index, obj in enumerate(items):
        if type(obj) is dict and "version" in obj:
            obj = dict(obj)
            version = obj.pop("version")
            if type(version) is int and 0 <= version <= MAX_VERSION:
                versions[index] = version
            else:
                wrong[index] = f"must be a whole number from 0 to {MAX_VERSION}"
        plain.append(obj)
    return plain, versions, wrong


def _rma_of(obj: Any) -> str | None:
    try:
        return field_rules.rma_number(obj.get("rma_number")) if type(obj) is dict else None
    except FieldError:
        return None


class _Checked(NamedTuple):
    names: list[str | None]                  # per position: its RMA number as read, None if unreadable
    problems: dict[int, list[ImportProblem]]  # per position
    refused: set[str]                        # RMA numbers not to store
    good: list[Return]
    versions: dict[str, int]                 # by RMA number
    all_problems: tuple[ImportProblem, ...]


def _check(items: list[Any], today: dt.date) -> _Checked:
    """Each return checked as an import file's (its version aside), all or nothing per return."""
    items, versions, wrong_versions = _versions(items)
    checker = ReturnChecker(today, MemoryStore())
    for raw in returns_from_document({"returns": items}):
        checker.add(raw)
    result = checker.finish()
    names = [_rma_of(obj) for obj in items]
    problems: dict[int, list[ImportProblem]] = {}
    for problem in result.problems:
        if found := _POSITION.match(problem.location.path or ""):
            problems.setdefault(int(found[1]), []).append(problem)
    refused = set(result.rejected)
    for index, reason in wrong_versions.items():
        problems.setdefault(index, []).append(_version_problem(f"returns[{index}]", names[index], reason))
        if names[index] is not None:
            refused.add(names[index])
    good = [ret for ret in whole_returns(checker.store, result) if ret.rma_number not in refused]
    return _Checked(names, problems, refused, good,
                    {name: version for index, version in versions.items() if (name := names[index]) is not None},
                    result.problems)


def _version_problem(path: str, rma_number: str | None, reason: str) -> ImportProblem:
    return ImportProblem(Location(path=path), rma_number, "version", reason)


def _document(body: bytes) -> Any:
    """The body read as the import reads a JSON file (not the hub's faster parser of pushed records): a key twice in
    one object, NaN, or text that is not UTF-8 refuse the batch, as they make a file unusable."""
    try:
        body.decode("utf-8")   # said here in HTTP's words; the file's would name --encoding
    except UnicodeDecodeError as exc:
        raise BadBody(["body"], f"not JSON: not UTF-8 ({exc.reason} at byte {exc.start})", "json_invalid") from None
    try:
        text = open_json(body)
        document = text.value()
        if text.peek():
            raise text.broken("Extra data")
    except ImportFileError as exc:
        raise BadBody(["body"], f"not JSON the hub reads: {exc}", "json_invalid") from None
    return document


def _push(engine: Engine, integration: str, body: bytes, now: dt.datetime) -> bytes:
    checked = _check(batch_items(_document(body), "returns", MAX_RETURNS), now.astimezone(dt.timezone.utc).date())
    stored = feed.store_returns(engine, checked.good, source=integration, versions=checked.versions, now=now)
    outcomes = {r.rma_number: r for r in stored.results}
    results = []
    for index, name in enumerate(checked.names):
        kept = outcomes.get(name) if name is not None and name not in checked.refused else None
        if kept is None:
            own = checked.problems.get(index, [])
            if not own and name is not None:   # rejected for what another return of the batch says (a repeat)
                own = [p for p in checked.all_problems if p.rma_number == name]
            results.append({"rma_number": name, "outcome": feed.REJECTED, "problems": [p.to_json() for p in own]})
        else:
            said = [_version_problem(f"returns[{index}]", name, kept.reason).to_json()] if kept.reason else []
            results.append({"rma_number": name, "outcome": kept.outcome, "problems": said})
    counts = dict.fromkeys(feed.OUTCOMES, 0)
    for entry in results:
        counts[entry["outcome"]] += 1
    return orjson.dumps({"integration": integration, **counts, "results": results})


def _cancel(engine: Engine, integration: str, rma_number: str, version: int | None, now: dt.datetime) -> Response:
    try:
        name = field_rules.rma_number(rma_number)
    except FieldError as exc:
        return json_answer({"detail": [{"loc": ["query", "rma_number"], "msg": exc.reason,
                                        "type": "rma_number"}]}, 422)
    done = feed.cancel_return(engine, name, source=integration, version=version, now=now)
    if done is None:
        return json_answer({"detail": f"the hub holds no return {name}"}, 404)
    said = [_version_problem("query", name, done.reason).to_json()] if done.reason else []
    return json_answer({"integration": integration, "rma_number": name, "outcome": done.outcome, "problems": said})


def add_routes(app: FastAPI, engine: Engine) -> None:
    app.state.published_bodies["ReturnsPush"] = ReturnsPush

    @app.post("/v1/returns", response_model=ReturnsPushAnswer, tags=["returns"],
              openapi_extra={"requestBody": {"required": True, "content": {"application/json": {
                  "schema": {"$ref": "#/components/schemas/ReturnsPush"}}}}},
              responses={**declared(401, 413, 415, 422, 503), **REFUSED})
    async def push_returns(request: Request, name: Integration) -> Response:
        """Adds or updates up to 1000 returns, each checked as an import file's return, all or nothing per return.
        A return with "status": "cancelled" cancels it.

        With a "version": one older than the hub holds is stale, the same one with other content is rejected, a
        newer one replaces the return. A change made without a version (a push or DELETE without one) keeps the
        version held, so sending an earlier push again never undoes it: after a DELETE without a version, the
        version pushed before is rejected and an older one stale. To reopen a cancelled return, push a higher
        version."""
        if not is_json(request.headers.get("content-type")):
            return json_answer({"detail": "returns are sent as Content-Type: application/json (UTF-8)"}, 415)
        body = await read_body(request)
        answer = await run_in_threadpool(_push, engine, name, body, hub_clock(app)())
        return Response(answer, media_type="application/json")

    @app.delete("/v1/returns", response_model=CancelAnswer, tags=["returns"],
                responses={**declared(401, 422, 503), **REFUSED, **UNKNOWN})
    async def cancel_return(name: Integration,
                            rma_number: Annotated[str, Query(min_length=1, max_length=64,
                                                             description="the return's number, as pushed")],
                            version: Annotated[int | None, Query(
                                ge=0, le=MAX_VERSION, description="the sender's version of the cancellation: "
                                                                  "one older than the hub holds is stale, the one "
                                                                  "held is rejected unless already cancelled; "
                                                                  "without one, the version held stays")] = None
                            ) -> Response:
        """Cancels a return: its status becomes cancelled, with a new change number, so benches pull it.

        Without a version only the status changes and the hub keeps the version it holds: the push of that version
        sent again afterwards is rejected (an older one stale), so a replayed push never reopens the return. A
        push of a higher version does, as any newer version replaces the return."""
        return await run_in_threadpool(_cancel, engine, name, rma_number, version, hub_clock(app)())

