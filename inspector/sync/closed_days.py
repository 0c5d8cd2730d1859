"""A supervisor desk and the site's closed days: signing a day off at the hub, and hearing of the records that reached
the hub after their day was signed.

Closing is the hub's work (`inspector.hub.closing`): the desk asks (POST /v1/site/days/{day}/close) and shows the
answer, or why not (this station is no desk, the day is closed already and by whom, the hub cannot be reached).

Late records come with the sync (`pull`, a step of `SyncEngine.site_pulls`): GET /v1/site/days by change number.
They are kept in the sync state beside the desk's other bookkeeping about the site, for the review window to mark
(`late_marks`) and for the desk's next report to list (`late_notes`), as the hub's own reports do. Only those of the
review window are kept.
"""
from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import httpx
import orjson

from inspector.errors import RefusedError
from inspector.i18n import QT_TRANSLATE_NOOP
from inspector.sync.client import HubForbade, HubRefused, HubUnavailable, StationMismatch
from inspector.wire import API, STATION_HEADER

if TYPE_CHECKING:
    from inspector.reports.day_pdf import LateRecord
    from inspector.sync.engine import PassReport, SyncConfig, SyncEngine
    from inspector.sync.state import SyncState

log = logging.getLogger(__name__)

CLOSE_TIMEOUT = 300.0     # the hub builds the day's whole report before it answers
PAGE = 1000


@dataclass(frozen=True)
class DayClosed:
    number: int
    day: dt.date
    signed_by: str
    signed_at: dt.datetime
    stations_behind: tuple[str, ...]


def _when(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text)


def _answer(response: httpx.Response) -> Any:
    try:
        return orjson.loads(response.content)
    except ValueError:
        return {}


def close_site_day(config: SyncConfig, day: dt.date, signer: str,
                   transport: httpx.BaseTransport | None = None) -> DayClosed:
    """Asks the hub to sign the site's `day` off in `signer`'s name (network only: the network lane). Raises
    RefusedError (no desk, closed already, a day not begun), HubUnavailable, HubRefused or StationMismatch."""
    headers = {"Authorization": f"Bearer {config.token}", "User-Agent": "inspector-bench"}
    if config.station.isascii() and config.station.isprintable():
        headers[STATION_HEADER] = config.station
    try:
        with httpx.Client(base_url=config.hub_url.rstrip("/") + API, headers=headers, verify=config.verify_tls,
                          transport=transport, timeout=httpx.Timeout(CLOSE_TIMEOUT, connect=5.0)) as http:
            response = http.post(f"/site/days/{day.isoformat()}/close", json={"signed_by": signer.strip()[:50]})
    except httpx.HTTPError as exc:
        raise HubUnavailable(f"{type(exc).__name__}: {exc}") from exc
    answer, status = _answer(response), response.status_code
    if status == 200:
        return DayClosed(int(answer["number"]), dt.date.fromisoformat(answer["day"]), answer["signed_by"],
                         _when(answer["signed_at"]),
                         tuple(s["station"] for s in answer.get("stations_behind") or ()))
    if status == 409:
        raise RefusedError(QT_TRANSLATE_NOOP("bench", "The site's day {day} is already closed: report no. {number}, "
                                                      "signed by {signer} at {at} (UTC)."),
                           day=day.isoformat(), number=answer.get("number", "?"), signer=answer.get("signed_by", "?"),
                           at=_when(answer["signed_at"]).strftime("%Y-%m-%d %H:%M") if answer.get("signed_at")
                           else "?")
    if status == 403:
        token_station = answer.get("token_station") if isinstance(answer, dict) else None
        if isinstance(token_station, str) and token_station != config.station:
            raise StationMismatch(token_station, config.station)
        raise RefusedError(QT_TRANSLATE_NOOP("bench", "This station may not close the site's day: only a supervisor "
                                                      "desk may. The administrator gives it the right with "
                                                      "`inspector hub add-station {station} --site-view`."),
                           station=config.station)
    if status == 400:
        raise RefusedError(QT_TRANSLATE_NOOP("bench", "The hub did not close the day: {why}"),
                           why=str(answer.get("detail", ""))[:300])
    if status == 401:
        raise HubRefused(f"HTTP {status}")
    raise HubUnavailable(f"HTTP {status}: {response.text[:300]}")


# -- late records, pulled with the sync -----------------------------------------------------------------------------
def _fetch(engine: SyncEngine, since: int) -> dict[str, Any] | None:
    """A page of closed days and late records, or None when the hub gives this station no site (no desk, or a hub
    from before closed days)."""
    try:
        return engine.client.pull_page("/site/days", since, PAGE)
    except HubForbade:
        return None


def _kept(late: list[dict[str, Any]], oldest: dt.date) -> list[dict[str, Any]]:
    """The newest version of each late record, of the days the desk still holds."""
    newest: dict[tuple[str, str], dict[str, Any]] = {}
    for record in late:
        try:
            if dt.date.fromisoformat(str(record["day"])) < oldest:
                continue
            key = (str(record["type"]), str(record["id"]))
        except (KeyError, ValueError):
            continue
        if key not in newest or int(newest[key].get("seq", 0)) < int(record.get("seq", 0)):
            newest[key] = record
    return sorted(newest.values(), key=lambda r: int(r.get("seq", 0)))


def pull(engine: SyncEngine, report: PassReport) -> None:
    """The desk's step of a pass (`SyncEngine.pull_closed_days`): the closed days and the late records since the
    last pull, kept in the sync state (after each page, as every cursor is)."""
    if engine.state.site_refused_at is not None:
        return      # the hub refused this station the site lately (inspector.sync.site_pull): no desk, no news
    pages, late_count = 0, 0
    while True:
        state = engine.state
        page = _fetch(engine, state.closed_days_cursor)
        if page is None:
            return
        pages += 1
        late = list(page.get("late") or [])
        late_count += len(late)
        oldest = engine.policy.zone.day_of(engine.clock()) - dt.timedelta(days=engine.policy.site.review_days)
        engine.update_state(closed_days=[{k: d[k] for k in ("number", "day", "signed_by", "signed_at", "last_seq")}
                                          for d in page.get("days") or []],
                             late_records=_kept([*state.late_records, *late], oldest),
                             closed_days_cursor=int(page["cursor"]))
        if not page.get("more") or int(page["cursor"]) <= state.closed_days_cursor:
            break
    report.site["closed_days"] = {"days": len(engine.state.closed_days), "late": late_count, "pages": pages}


def late_marks(state: SyncState) -> dict[str, tuple[str, int]]:
    """Item inspection id -> the closed day and its number, which the review queue shows with the item."""
    return {str(r["id"]): (str(r["day"]), int(r["number"])) for r in state.late_records
            if r.get("type") == "item_inspection"}


def late_notes(state: SyncState) -> tuple[LateRecord, ...]:
    """The late records no signed report lists yet (above the newest closing's change number), for the desk's
    next report: the section the hub's own reports carry."""
    from inspector.reports.day_pdf import LateRecord
    listed = max((int(d.get("last_seq", 0)) for d in state.closed_days), default=0)
    notes = []
    for r in state.late_records:
        if int(r.get("seq", 0)) <= listed:
            continue
        try:
            notes.append(LateRecord(dt.date.fromisoformat(r["day"]), int(r["number"]), str(r["type"]),
                                    str(r.get("reference", "")), str(r.get("station", "")), _when(r["happened_at"]),
                                    _when(r["arrived_at"]), str(r.get("change", "")), "", str(r["id"]),
                                    int(r["seq"])))
        except (KeyError, ValueError, TypeError):
            log.warning("late record of the sync state skipped: %r", r)
    return tuple(notes)


@dataclass(frozen=True)
class DeskDays:
    """What a desk's review window asks about the site's closed days. Each call is made on a lane of the window's
    task runner: `close` on the network lane, the others (a small file read) on the background lane."""
    data_dir: Path
    station: str | None      # the window's --station, else the settings' own
    signer: str              # the supervisor signed in

    def close(self, day: dt.date) -> DayClosed:
        from inspector.paths import Paths
        from inspector.settings import running_settings
        from inspector.sync.engine import SyncConfig
        config = SyncConfig.from_settings(running_settings(Paths(self.data_dir), self.station))  # HubNotConfigured
        return close_site_day(config, day, self.signer)

    def late(self) -> tuple[dict[str, str], tuple[LateRecord, ...]]:
        """The review queue's marks and the next report's late records, from the sync state."""
        from inspector.sync.state import load_state
        state = load_state(self.data_dir)
        return late_marks(state), late_notes(state)

