"""The photos' routes: benches upload a photo's bytes in chunks after its `inspection_photo` record, and benches and
desks download it.

    GET /v1/photos/{sha256}/upload   where an upload stands: {"sha256", "size", "received", "complete"}
    PUT /v1/photos/{sha256}          a chunk, `Content-Range: bytes a-b/total`, any content type (octet-stream)
    GET /v1/photos/{sha256}          the JPEG (ETag = its hash, immutable, Range served)

Station tokens only (an integration's gets 403). A hub started without `--photos DIR` answers 503 on all three. A
PUT answers 200 {"received", "complete"}; 409 {"received"} when the chunk does not start where the hub's copy ends;
422 when the whole file does not match its hash or is not a JPEG (the hub's copy is deleted: start again from 0),
when it is not the size the photo's record gives, or when the range is malformed, its `reason` ("hash", "not_jpeg",
"size", "range") telling which; 404 when no record names the photo; 413 over the largest photo a policy allows;
507 when the hub's disk is full (try later).
"""
# No `from __future__ import annotations`: FastAPI reads these annotations at run time.
import asyncio
import re
from collections.abc import AsyncIterator
from typing import Annotated, Any, Literal

from fastapi import FastAPI, Header, Path, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import FileResponse, Response
from pydantic import BaseModel, Field
from sqlalchemy import Engine
from starlette.requests import ClientDisconnect

from inspector.hub import photo_rows
from inspector.hub.http_common import Invalid, InvalidItem, Problem, Station, declared, hub_clock, json_answer
from inspector.hub.photo_store import Busy, DiskFull, HubPhotoStore, NotTheHash, WrongOffset
from inspector.hub.record_types import MAX_PHOTO_BYTES

IDLE_BODY_SECONDS = 60.0   # a body that sends nothing this long is over: what arrived is kept
RANGE = r"^bytes ([0-9]{1,12})-([0-9]{1,12})/([0-9]{1,12})$"
_RANGE = re.compile(RANGE)
NO_PHOTOS = "this hub keeps no photos: start it with --photos DIR"
Sha256 = Annotated[str, Path(pattern=r"^[0-9a-f]{64}$", description="the SHA-256 of the JPEG, lowercase hex")]


class UploadStatus(BaseModel):
    sha256: str
    size: int | None = Field(description="the photo's size as its record gives it; null when no record names it yet")
    received: int = Field(description="the bytes the hub holds: the next chunk starts here")
    complete: bool


class ChunkAnswer(BaseModel):
    received: int
    complete: bool


class Behind(BaseModel):
    """The chunk does not start where the hub's copy ends (or another upload of it is still under way)."""
    detail: str
    received: int = Field(description="the bytes the hub holds: send from here")


class PhotoRefused(BaseModel):
    """The PUT was refused as it stands (422); `reason` says whether sending the photo again can help."""
    detail: str | list[InvalidItem]
    reason: Literal["hash", "not_jpeg", "size", "range"] = Field(description=(
        "hash, not_jpeg: the whole file was wrong and the hub's copy is deleted (send it again from 0); size: the "
        "photo's record gives another size (sending again cannot help); range: a malformed Content-Range"))


def _problem(code: int, text: str) -> dict[str, Any]:
    return {code: {"model": Problem, "description": text}}


_NO_PHOTOS = _problem(503, "the hub database is unavailable, or " + NO_PHOTOS)
_NOT_HELD = _problem(404, "the hub does not hold this photo")


def _store(app: FastAPI) -> HubPhotoStore | None:
    return app.state.photo_store


async def _body(request: Request) -> AsyncIterator[bytes]:
    """The request's body as it arrives; ends quietly when the client goes or sends nothing for a while."""
    stream = request.stream().__aiter__()
    while True:
        try:
            chunk = await asyncio.wait_for(stream.__anext__(), IDLE_BODY_SECONDS)
        except (TimeoutError, StopAsyncIteration, ClientDisconnect):
            return
        yield chunk


async def _drain(request: Request) -> None:
    # Read to the end before a refusal, so the client, still sending, gets the answer rather than a reset.
    async for _chunk in _body(request):
        pass


def _status(engine: Engine, store: HubPhotoStore, sha256: str) -> dict[str, Any]:
    size = photo_rows.size_of(engine, sha256)
    if store.has(sha256):
        return {"sha256": sha256, "size": size, "received": store.path(sha256).stat().st_size, "complete": True}
    return {"sha256": sha256, "size": size, "received": store.received(sha256), "complete": False}


def add_routes(app: FastAPI, engine: Engine) -> None:
    def now() -> str:
        return hub_clock(app)().isoformat(timespec="microseconds")

    @app.get("/v1/photos/{sha256}/upload", response_model=UploadStatus, tags=["photos"],
             responses={**declared(401, 403, 422), **_NO_PHOTOS})
    async def photo_upload_status(sha256: Sha256, name: Station) -> Response:
        """Where an upload of this photo stands: the next chunk starts at `received`."""
        store = _store(app)
        if store is None:
            return json_answer({"detail": NO_PHOTOS}, 503)
        size = await run_in_threadpool(photo_rows.size_of, engine, sha256)
        if size is not None and await store.settle(sha256, size):
            await run_in_threadpool(photo_rows.mark_stored, engine, sha256, now())
        return json_answer(await run_in_threadpool(_status, engine, store, sha256))

    @app.put("/v1/photos/{sha256}", response_model=ChunkAnswer, tags=["photos"],
             openapi_extra={"requestBody": {"required": True, "content": {"application/octet-stream": {
                 "schema": {"type": "string", "format": "binary"}}}}},
             responses={**declared(401, 403), **_NO_PHOTOS,
                        **_problem(404, "no inspection_photo record names this photo: push the records first"),
                        409: {"model": Behind, "description": "the chunk does not start where the hub's copy ends"},
                        **_problem(413, f"the photo is over {MAX_PHOTO_BYTES} bytes"),
                        422: {"model": PhotoRefused | Invalid,
                              "description": "the whole file does not match its hash, or is not a JPEG (the hub's "
                                             "copy is deleted: send it again from 0), or it is not the size its "
                                             "record gives, or the request is malformed (`reason` says which; a "
                                             "header refused before the route has none)"},
                        **_problem(507, "the hub's disk is full: try again later")})
    async def put_photo_chunk(sha256: Sha256, name: Station, request: Request,
                              content_range: Annotated[str, Header(alias="Content-Range", pattern=RANGE, description=(
                                  "bytes first-last/total of this chunk, the last byte included"))]) -> Response:
        """A chunk of the photo's bytes, from where the hub's copy ends (`received` of the status)."""
        store = _store(app)
        first, last, total = (int(g) for g in _RANGE.fullmatch(content_range).groups())  # type: ignore[union-attr]
        refusal = await _refusal(request, store, sha256, first, last, total)
        if refusal is not None:
            await _drain(request)
            return refusal
        assert store is not None
        if store.has(sha256):
            await _drain(request)
            await run_in_threadpool(photo_rows.mark_stored, engine, sha256, now())
            return json_answer({"received": total, "complete": True})
        try:
            progress = await store.receive(sha256, first, last + 1, total, _body(request))
        except WrongOffset as exc:   # and Busy
            await _drain(request)
            detail = ("another upload of this photo is under way" if isinstance(exc, Busy)
                      else f"the hub holds {exc.received} bytes of this photo: send from there")
            return json_answer({"detail": detail, "received": exc.received}, 409)
        except NotTheHash as exc:
            return json_answer({"detail": exc.detail, "reason": exc.reason}, 422)
        except DiskFull:
            await _drain(request)
            return json_answer({"detail": "the hub's disk is full: try again later"}, 507)
        if progress.complete:
            await run_in_threadpool(photo_rows.mark_stored, engine, sha256, now())
        return json_answer({"received": progress.received, "complete": progress.complete})

    async def _refusal(request: Request, store: HubPhotoStore | None, sha256: str, first: int, last: int,
                       total: int) -> Response | None:
        if store is None:
            return json_answer({"detail": NO_PHOTOS}, 503)
        if total > MAX_PHOTO_BYTES:
            return json_answer({"detail": f"a photo is at most {MAX_PHOTO_BYTES} bytes"}, 413)
        length = request.headers.get("content-length")
        if last < first or last >= total or (length is not None and length != str(last - first + 1)):
            return json_answer({"detail": [{"loc": ["header", "Content-Range"], "type": "range",
                                            "msg": "the range must lie within the total and match the body's "
                                                   "length"}], "reason": "range"}, 422)
        size = await run_in_threadpool(photo_rows.size_of, engine, sha256)
        if size is None:
            return json_answer({"detail": "no inspection_photo record names this photo: push the records first"},
                               404)
        if size != total:
            return json_answer({"detail": f"the photo's record gives {size} bytes, not {total}", "reason": "size"},
                               422)
        return None

    @app.get("/v1/photos/{sha256}", tags=["photos"], response_class=Response,
             responses={200: {"content": {"image/jpeg": {"schema": {"type": "string", "format": "binary"}}},
                              "description": "the JPEG; a Range request gets 206 with that part"},
                        **declared(401, 403, 422), **_NOT_HELD, **_NO_PHOTOS})
    async def get_photo(sha256: Sha256, name: Station) -> Response:
        """The photo's bytes. Named by its hash, it never changes: cache it for good."""
        store = _store(app)
        if store is None:
            return json_answer({"detail": NO_PHOTOS}, 503)
        path = store.path(sha256)
        if not path.is_file():
            return json_answer({"detail": "the hub does not hold this photo"}, 404)
        return FileResponse(path, media_type="image/jpeg",
                            headers={"etag": f'"{sha256}"', "cache-control": "public, max-age=31536000, immutable"})
