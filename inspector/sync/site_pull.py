"""A supervisor desk's pull of the site feed (GET /v1/site/records): every other station's records in the review
window, stored as read-only copies (`inspector.sync.site_copies`), then the copies older than the window dropped.

Pages until the hub says no more; each page is committed before its cursor is saved, so a desk killed between the
two only pulls that page again (copies are upserts by id and version). A bench without the site-view right gets a
403: it is not a desk, which is no error of the pass; the bench remembers it and asks again an hour later, or at
once when its station or token changes. The hub's time of the last page ("as of") and each station's last-heard
time are kept in the sync state for the window and the reports (`inspector.usecases.site_status`).
"""
from __future__ import annotations

import datetime as dt
import hashlib
import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from inspector.sync.client import HubClient, HubForbade, HubUnavailable
from inspector.sync.site_copies import CopyReport, DropReport, drop_old_copies, store_copies
from inspector.usecases.unit_of_work import UnitOfWork

if TYPE_CHECKING:
    from inspector.sync.engine import PassReport, SyncEngine

log = logging.getLogger(__name__)

PAGE = 2000
RECHECK = dt.timedelta(hours=1)     # how soon a bench the hub refused the site asks again
SET_ASIDE_KEPT = 100                # malformed records remembered in the sync state, newest last


class NotADesk(Exception):
    """The hub does not give this station the site (no site-view right, or a hub without the site feed)."""


@dataclass(frozen=True)
class SitePage:
    records: list[dict[str, Any]]
    cursor: int
    more: bool
    as_of: str
    window_start: str
    stations: list[dict[str, Any]]


def fetch(client: HubClient, since: int, limit: int | None = None) -> SitePage:
    """One page of the feed (network only). NotADesk for a 403 on the token's right or a hub without the route;
    every other failure is the client's HubProblem, as for any pull."""
    try:
        answer = client.pull_page("/site/records", since, limit or PAGE)
    except HubForbade as exc:
        raise NotADesk("the hub gives this station no site-view right (inspector hub add-station NAME --site-view)") \
            from exc
    if answer is None:
        raise NotADesk("the hub serves no site feed (a hub from before the site)")
    try:
        records, stations = answer["records"], answer.get("stations") or []
        if not isinstance(records, list) or not isinstance(stations, list):
            raise TypeError("records and stations are lists")
        return SitePage(records, int(answer["cursor"]), answer["more"] is True, str(answer["as_of"]),
                        str(answer["window_start"]), [s for s in stations if isinstance(s, dict)])
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        # A record is judged on its own when stored; a page without its frame is the hub's (or a proxy's) fault.
        raise HubUnavailable(f"the hub's site page is malformed: {exc}") from exc


def desk_key(station: str, token: str) -> str:
    """A fingerprint of what the hub's refusal was about: a new station name or token asks again at once."""
    return hashlib.sha256(f"{station}\0{token}".encode("utf-8", "surrogatepass")).hexdigest()[:16]


def _refusal_holds(engine: SyncEngine, key: str, now: dt.datetime) -> bool:
    state = engine.state
    if state.site_refused_at is None or state.site_refused_key != key:
        return False
    try:
        refused = dt.datetime.fromisoformat(state.site_refused_at)
    except ValueError:
        return False
    return dt.timedelta(0) <= now - refused < RECHECK


def drop_cutoff(now: dt.datetime, review_days: int, window_start: str | None) -> dt.datetime:
    """Copies that happened before this go. Never later than the hub's own window start: the feed would not serve
    again what the desk dropped early, as its cursor has passed it."""
    mine = now - dt.timedelta(days=review_days)
    if window_start:
        try:
            return min(mine, dt.datetime.fromisoformat(window_start))
        except ValueError:
            pass
    return mine


def next_page(engine: SyncEngine) -> SitePage | None:
    """The network half of a step: the page after the desk's cursor, or None for a bench that is not a desk (the
    hub's refusal is remembered, and asked again only after RECHECK or a new station or token)."""
    now, key = engine.clock(), desk_key(engine.config.station, engine.config.token)
    if _refusal_holds(engine, key, now):
        return None
    try:
        return fetch(engine.client, engine.state.site_cursor)
    except NotADesk as exc:
        engine.update_state(site_refused_at=now.isoformat(timespec="seconds"), site_refused_key=key,
                             site_refused_reason=str(exc))
        return None


def store_page(engine: SyncEngine, page: SitePage, copies: CopyReport | None = None) -> CopyReport:
    """The database half: the page's copies in one transaction, then (after the commit) the cursor, the hub's time
    and the stations' last-heard times. A crash in between only pulls the page again."""
    stored = store_copies(page.records, UnitOfWork(engine.database, engine.policy), engine.config.station)
    aside = [{"id": i, "reason": r} for i, r in stored.set_aside]
    for item in aside:
        log.warning("site feed record %s set aside: %s", item["id"], item["reason"])
    engine.update_state(site_cursor=page.cursor, site_as_of=page.as_of, site_window_start=page.window_start,
                         site_stations=page.stations, site_refused_at=None, site_refused_key=None,
                         site_refused_reason=None,
                         site_set_aside=(list(engine.state.site_set_aside) + aside)[-SET_ASIDE_KEPT:])
    if copies is not None:
        copies.add(stored)
    return stored


_TYPE_ORDER = {"parcel_receipt": 0, "item_inspection": 1, "inspection_override": 2}


def parts(page: SitePage, size: int) -> list[list[dict[str, Any]]]:
    """The page's records in parts of `size`, parcels first, then items, then decisions (each part names only what
    an earlier part or the desk already holds): the window stores a page a part at a time between the operator's
    scans, and `store_page` with the records taken off keeps the cursor last."""
    ordered = sorted(page.records, key=lambda r: _TYPE_ORDER.get(r.get("type") if isinstance(r, dict) else None, 3))
    return [ordered[n:n + size] for n in range(0, len(ordered), max(1, size))]


def store_part(engine: SyncEngine, records: list[dict[str, Any]], copies: CopyReport) -> CopyReport:
    """One part of a page (`parts`), in one transaction; the cursor does not move (a crash pulls the page again, and
    copies are stored by id and version, so nothing doubles)."""
    stored = store_copies(records, UnitOfWork(engine.database, engine.policy), engine.config.station)
    copies.add(stored)
    return stored


def drop_old(engine: SyncEngine) -> DropReport:
    """The database half that ends a pull: the copies that left the review window go. A bench the hub no longer
    gives the site keeps none past the window either (its last window start no longer matters then)."""
    desk = engine.state.site_refused_at is None
    cutoff = drop_cutoff(engine.clock(), engine.policy.site.review_days,
                         engine.state.site_window_start if desk else None)
    return drop_old_copies(UnitOfWork(engine.database, engine.policy), cutoff)


def pull(engine: SyncEngine, report: PassReport) -> None:
    """The desk's step of a pass (`SyncEngine.pull_site`): pages until done, then drops what left the window. The
    window runs the same halves on its lanes: `next_page` on the network lane, `store_page` and `drop_old` on the
    database lane."""
    copies, pages = CopyReport(), 0
    while True:
        since = engine.state.site_cursor
        page = next_page(engine)
        if page is None:
            dropped = drop_old(engine)      # copies from when it was a desk, if any
            report.site["site"] = {"desk": False, "reason": engine.state.site_refused_reason,
                                   "asked_at": engine.state.site_refused_at, "dropped": dropped.to_json()}
            return
        store_page(engine, page, copies)
        pages += 1
        if not page.more or page.cursor <= since:
            break
    dropped = drop_old(engine)
    report.site["site"] = {"desk": True, "pages": pages, "cursor": engine.state.site_cursor,
                           "as_of": engine.state.site_as_of, **copies.to_json(), "dropped": dropped.to_json()}


__all__ = ["CopyReport", "DropReport", "NotADesk", "SitePage", "desk_key", "drop_cutoff", "drop_old", "fetch",
           "next_page", "pull", "store_page"]
