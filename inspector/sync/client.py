"""Talking to the hub over HTTP (httpx). Network only: no database here, so it can run on the network lane.

Every failure becomes an `EnvironmentProblem` the person can act on; `transient` says whether trying again later
can help (hub down, timeout, 5xx) or a person must fix something first (token refused).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, NoReturn

import httpx
import orjson

from inspector.errors import EnvironmentProblem
from inspector.i18n import QT_TRANSLATE_NOOP, text
from inspector.wire import API, STATION_HEADER



class HubProblem(EnvironmentProblem):
    transient = True

    def __init__(self, message: str, what_to_do: str, detail: str = "") -> None:
        super().__init__(message, what_to_do)
        self.detail = detail     # for the log and the status bar's tooltip; never holds the token

    def __str__(self) -> str:
        return f"{super().__str__()} ({self.detail})" if self.detail else super().__str__()


class HubUnavailable(HubProblem):
    def __init__(self, detail: str) -> None:
        super().__init__(QT_TRANSLATE_NOOP("bench", "The hub cannot be reached."),
                         QT_TRANSLATE_NOOP("bench", "Work goes on; records are kept and sent when it is back."),
                         detail)


class HubRefused(HubProblem):
    transient = False

    def __init__(self, detail: str) -> None:
        super().__init__(QT_TRANSLATE_NOOP("bench", "The hub refused this station's token."),
                         QT_TRANSLATE_NOOP("bench", "Ask the administrator for a new station token."), detail)


class HubForbade(HubRefused):
    """The token is known, but the hub refused what it was asked (a right the station lacks, records it may not
    send): trying again changes nothing until a person acts.

    A push refused for one record the hub names (a decision the station had no right to send) carries it in
    `record` (type, id) and the hub's sentence about it in `reason`: the sender sets that record aside and sends the
    rest again (`inspector.sync.outbox.refused_by_name`)."""
    transient = False

    def __init__(self, detail: str, record: tuple[str, str] | None = None, reason: str = "") -> None:
        HubProblem.__init__(self, QT_TRANSLATE_NOOP("bench", "The hub refused what this station asked for."),
                            QT_TRANSLATE_NOOP("bench", "Tell the administrator what the hub said (in the details)."),
                            detail)
        self.record, self.reason = record, reason


class StationMismatch(HubRefused):
    """The token is a good one, for another station: most often the station was renamed on this bench only."""

    def __init__(self, token_station: str, bench_station: str, detail: str = "") -> None:
        names = {"token_station": token_station, "bench_station": bench_station}
        message = QT_TRANSLATE_NOOP("bench", "This station's token belongs to {token_station}, but this bench calls "
                                             "itself {bench_station}.")
        action = QT_TRANSLATE_NOOP("bench", "Set the station name to {token_station} (inspector settings "
                                            "--set-station {token_station}) or ask the administrator for a token "
                                            "for {bench_station}.")
        HubProblem.__init__(self, message.format(**names), action.format(**names), detail)
        self.token_station, self.bench_station = token_station, bench_station
        self.text = text("{problem} {action}", problem=text(message, **names), action=text(action, **names))


class HubNotConfigured(HubProblem):
    transient = False

    def __init__(self) -> None:
        super().__init__(QT_TRANSLATE_NOOP("bench", "No hub is set up for this station."),
                         QT_TRANSLATE_NOOP("bench", "Set hub_url and hub_token in the station settings."))


class BatchTooLarge(HubProblem):
    def __init__(self) -> None:
        super().__init__("The hub refused a batch as too large.", "", "413")


class PhotoOffsetWrong(HubProblem):
    """409: the hub holds a different number of the photo's bytes than the chunk assumed; go on from `received`."""

    def __init__(self, received: int) -> None:
        super().__init__("The hub holds another part of the photo.", "", f"HTTP 409: received {received}")
        self.received = received


class PhotoBytesRefused(HubProblem):
    """422 "hash" or "not_jpeg": the whole photo arrived but its bytes do not match its hash (or are no JPEG); the
    hub threw them away (start from 0)."""
    transient = False

    def __init__(self, detail: str) -> None:
        super().__init__(QT_TRANSLATE_NOOP("bench", "The hub refused a photo: its bytes did not match its hash."),
                         QT_TRANSLATE_NOOP("bench", "The photo is sent again from the start."), detail)


class PhotoSizeWrong(HubProblem):
    """422 "size": the photo's record at the hub gives another size than the bytes sent; sending again cannot
    help."""
    transient = False

    def __init__(self, detail: str) -> None:
        super().__init__(QT_TRANSLATE_NOOP("bench", "The hub's record of a photo gives another size than its file."),
                         QT_TRANSLATE_NOOP("bench", "The photo is set aside; tell the administrator."), detail)


class PhotoNotRecorded(HubProblem):
    """404 on a PUT: no record the hub holds names this photo yet (its record goes first)."""
    transient = False

    def __init__(self, detail: str) -> None:
        super().__init__("No record at the hub names this photo.", "", detail)


class PhotoTooBig(HubProblem):
    transient = False

    def __init__(self, detail: str) -> None:
        super().__init__(QT_TRANSLATE_NOOP("bench", "The hub refused a photo as too big."),
                         QT_TRANSLATE_NOOP("bench", "Ask the administrator to check the hub's photo size limit."),
                         detail)


class HubKeepsNoPhotos(HubProblem):
    """503 from the photo routes (the hub was started without --photos), or 404 on the status route (a hub from
    before photos): the photos wait at the bench; the records are not affected."""
    transient = False

    def __init__(self, detail: str) -> None:
        super().__init__(QT_TRANSLATE_NOOP("bench", "The hub keeps no photos: they wait at this bench."),
                         QT_TRANSLATE_NOOP("bench", "Ask the administrator to start the hub with --photos DIR."),
                         detail)


@dataclass(frozen=True)
class Ack:
    type: str
    id: str
    version: int
    outcome: str                # applied | duplicate | rejected
    reason: str | None


def push_body(records: list[dict[str, Any]]) -> bytes:
    # The same bytes as compact json.dumps(ensure_ascii=False) in UTF-8, at a fraction of the cost.
    return orjson.dumps({"records": records})


class HubClient:
    def __init__(self, url: str, token: str, verify_tls: bool = True, timeout: float = 15.0,
                 transport: httpx.BaseTransport | None = None, station: str | None = None) -> None:
        """`station`: the name this bench records on its records; sent so that the hub can say whose token it is
        when the two differ."""
        if not url.startswith(("http://", "https://")):
            raise HubUnavailable(f"hub URL must start with http:// or https://, got {url!r}")
        self.url = url.rstrip("/")
        self.bench_station = station
        headers = {"Authorization": f"Bearer {token}", "User-Agent": "inspector-bench"}
        if station is not None and station.isascii() and station.isprintable():
            # A header is ASCII. A name that is not can match no hub station anyway (their names are ASCII), and
            # `SyncEngine.check_station` says so by comparing with /v1/station.
            headers[STATION_HEADER] = station
        self._http = httpx.Client(base_url=self.url + API, verify=verify_tls, transport=transport,
                                  timeout=httpx.Timeout(timeout, connect=min(timeout, 5.0)), headers=headers)

    def __repr__(self) -> str:  # the token lives in the headers; never show them
        return f"HubClient({self.url!r})"

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> "HubClient":
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def pull_page(self, path: str, since: int, limit: int) -> Any | None:
        """One page of a feed the hub serves by change number (operators, decisions, the site, closed days); None
        from a hub that has no such route (one from before it), so the bench goes on without what it would serve.
        Every other failure is a HubProblem, as for any call."""
        try:
            return self._call("GET", path, params={"since": since, "limit": limit})
        except HubUnavailable as exc:
            if exc.detail.startswith("HTTP 404"):
                return None
            raise

    def _call(self, method: str, path: str, **kwargs: Any) -> Any:
        try:
            response = self._http.request(method, path, **kwargs)
        except httpx.HTTPError as exc:   # refused, reset, timed out, TLS failure, broken answer
            raise HubUnavailable(f"{type(exc).__name__}: {exc}") from exc
        if response.status_code != 200:
            self._call_failed(response)
        try:
            return orjson.loads(response.content)
        except ValueError as exc:   # orjson.JSONDecodeError is a ValueError
            raise HubUnavailable("the hub's answer is not JSON") from exc

    def _call_failed(self, response: httpx.Response) -> NoReturn:
        """Raises the HubProblem an answer other than 200 means."""
        status = response.status_code
        if status == 403:
            token_station = _token_station(response)
            if token_station is not None and self.bench_station is not None and token_station != self.bench_station:
                raise StationMismatch(token_station, self.bench_station)
        if status == 403:
            raise HubForbade(_detail(response), *_refused_record(response))
        if status == 401:
            raise HubRefused(f"HTTP {status}")
        if status == 413:
            raise BatchTooLarge()
        if status >= 500 or status == 429 or status == 408:
            raise HubUnavailable(f"HTTP {status}")
        # Our own request was malformed: a bug on one side or the other, retried later like an outage.
        raise HubUnavailable(f"HTTP {status}: {response.text[:300]}")

    def station(self) -> str:
        """The station the token belongs to (a hub that knows this bench's name refuses a mismatch itself)."""
        return self._call("GET", "/station")["station"]

    def push(self, records: list[dict[str, Any]]) -> list[Ack]:
        return self.push_body(push_body(records))

    def push_body(self, body: bytes) -> list[Ack]:
        """Sends a batch already serialised (by `push_body`), so the network thread does only network work."""
        answer = self._call("POST", "/records", content=body, headers={"Content-Type": "application/json"})
        return [Ack(r["type"], r["id"], r["version"], r["outcome"], r.get("reason")) for r in answer["results"]]

    def pull_returns(self, since: int, limit: int = 500) -> tuple[list[dict[str, Any]], int, bool]:
        """Format 2: the returns with their outcome and weight fields and their customer's history (a hub from
        before ignores the parameter and serves format 1, which this bench reads too)."""
        answer = self._call("GET", "/returns", params={"since": since, "limit": limit, "format": 2})
        return answer["returns"], int(answer["cursor"]), bool(answer["more"])

    def pull_policy(self) -> tuple[int, dict[str, Any] | None]:
        answer = self._call("GET", "/policy")
        return int(answer["version"]), answer["policy"]

    def health(self) -> dict[str, Any]:
        return self._call("GET", "/health")

    # -- photos (the bytes behind `inspection_photo` records; `inspector.sync.photo_upload`) ------------------------
    def photo_status(self, sha256: str) -> dict[str, Any]:
        """{"sha256", "size" (None while no record names it), "received", "complete"}."""
        return self._photo_call("GET", f"/photos/{sha256}/upload", status_route=True)

    def put_photo_chunk(self, sha256: str, offset: int, data: bytes, total: int) -> dict[str, Any]:
        """Bytes `offset`..`offset+len(data)-1` of a photo of `total` bytes: {"received", "complete"}. Raises
        `PhotoOffsetWrong` (409, with where to go on), `PhotoBytesRefused` (422 hash or not a JPEG),
        `PhotoSizeWrong` (422 size), `PhotoNotRecorded` (404),
        `PhotoTooBig` (413), `HubKeepsNoPhotos` (503) or `HubUnavailable` (network, 507, other 5xx)."""
        end = offset + len(data) - 1
        headers = {"Content-Type": "application/octet-stream", "Content-Range": f"bytes {offset}-{end}/{total}"}
        return self._photo_call("PUT", f"/photos/{sha256}", content=data, headers=headers)

    def get_photo(self, sha256: str) -> bytes:
        """The photo's bytes as the hub holds them (the caller checks the hash); a HubUnavailable whose detail starts
        "HTTP 404" when the hub has not got them (yet)."""
        return self._photo_call("GET", f"/photos/{sha256}", raw=True)

    def _photo_call(self, method: str, path: str, status_route: bool = False, raw: bool = False,
                    **kwargs: Any) -> Any:
        try:
            response = self._http.request(method, path, **kwargs)
        except httpx.HTTPError as exc:
            raise HubUnavailable(f"{type(exc).__name__}: {exc}") from exc
        status = response.status_code
        if status == 409:
            try:
                received = int(orjson.loads(response.content)["received"])
            except (ValueError, KeyError, TypeError) as exc:
                raise HubUnavailable(_detail(response)) from exc
            raise PhotoOffsetWrong(received)
        if status == 422:
            reason = _reason(response)
            if reason in ("hash", "not_jpeg"):
                raise PhotoBytesRefused(_detail(response))
            if reason == "size":
                raise PhotoSizeWrong(_detail(response))
            self._call_failed(response)   # a malformed request (a range): a bug, retried later like an outage
        if status == 404 and raw:
            raise HubUnavailable(_detail(response))   # "HTTP 404…": not held (yet); `photo_fetch.not_held`
        if status == 404:
            raise HubKeepsNoPhotos(_detail(response)) if status_route else PhotoNotRecorded(_detail(response))
        if status == 413:
            raise PhotoTooBig(_detail(response))
        if status == 503 and "photo" in _detail(response):
            raise HubKeepsNoPhotos(_detail(response))
        if status != 200:
            self._call_failed(response)
        if raw:
            return response.content
        try:
            return orjson.loads(response.content)
        except ValueError as exc:
            raise HubUnavailable("the hub's answer is not JSON") from exc


def _detail(response: httpx.Response) -> str:
    """What the hub said when it refused (its answers carry a `detail` sentence), for the log and the tooltip."""
    try:
        said = orjson.loads(response.content).get("detail")
    except (ValueError, AttributeError):
        said = None
    return f"HTTP {response.status_code}: {said[:300]}" if isinstance(said, str) and said else \
        f"HTTP {response.status_code}"


def _reason(response: httpx.Response) -> str | None:
    """The `reason` key of a photo PUT's 422 (`inspector.hub.photo_routes.PhotoRefused`)."""
    try:
        said = orjson.loads(response.content).get("reason")
    except (ValueError, AttributeError):
        return None
    return said if isinstance(said, str) else None


def _refused_record(response: httpx.Response) -> tuple[tuple[str, str] | None, str]:
    """The record a 403 names, as (type, id), and what the hub said about it; (None, "") when it names none."""
    try:
        answer = orjson.loads(response.content)
        named, said = answer.get("record"), answer.get("detail")
    except (ValueError, AttributeError):
        return None, ""
    if not isinstance(named, dict) or not isinstance(said, str):
        return None, ""
    record_type, record_id = named.get("type"), named.get("id")
    if not isinstance(record_type, str) or not isinstance(record_id, str):
        return None, ""
    return (record_type, record_id), said


def _token_station(response: httpx.Response) -> str | None:
    """The station a 403 says the token belongs to, when the answer says so."""
    try:
        named = orjson.loads(response.content).get("token_station")
    except (ValueError, AttributeError):
        return None
    return named if isinstance(named, str) and named else None
