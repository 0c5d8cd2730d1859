"""One bench's sync with the hub: the steps (each waiting on one thing only) and `run_once`, which runs them all.

The window runs the steps on its lanes (database steps on the database lane, network steps on the network lane);
the CLI and the tests call `run_once`. Either way a pass that fails leaves every record pending, and the next pass
sends it again: the hub answers "duplicate" for what it already has.
"""
from __future__ import annotations

import datetime as dt
import logging
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from typing import Any

from inspector.domain.policy import Policy, PolicyError
from inspector.errors import EnvironmentProblem
from inspector.i18n import QT_TRANSLATE_NOOP
from inspector.paths import Paths
from inspector.settings import StationSettings
from inspector.storage.database import Database
from inspector.sync import operator_pull, outbox, pulling
from inspector.sync.client import (
    Ack,
    BatchTooLarge,
    HubClient,
    HubNotConfigured,
    HubProblem,
    StationMismatch,
)
from inspector.sync.redaction import protect_token
from inspector.sync.state import SyncState, load_state, save_state
from inspector.usecases.unit_of_work import UnitOfWork

log = logging.getLogger(__name__)

DEFAULT_BATCH = 1000
MIN_BATCH = 10
FETCH_PER_PASS = 500      # a desk's photo downloads per pass: the next pass goes on where this one stopped


def _nothing_acknowledged() -> EnvironmentProblem:
    """The hub answered but acknowledged none of what was sent: looping would resend the same forever."""
    return EnvironmentProblem(QT_TRANSLATE_NOOP("bench", "The hub's answer acknowledged none of the records sent."),
                              QT_TRANSLATE_NOOP("bench", "Check that the hub and the bench run matching versions."))


@dataclass(frozen=True)
class SyncConfig:
    hub_url: str
    token: str = field(repr=False)
    station: str
    verify_tls: bool = True
    batch_size: int = DEFAULT_BATCH
    timeout: float = 15.0

    @classmethod
    def from_settings(cls, settings: StationSettings, hub_url: str | None = None, token: str | None = None,
                      **overrides: Any) -> "SyncConfig":
        url, secret = hub_url or settings.hub_url, token or settings.hub_token
        if not url or not secret:
            raise HubNotConfigured()
        return cls(url, secret, settings.station, settings.verify_tls, **overrides)


@dataclass
class PassReport:
    batches: int = 0
    applied: int = 0
    duplicate: int = 0
    rejected: int = 0
    set_aside: int = 0
    returns_added: int = 0
    returns_updated: int = 0
    returns_refused: list[str] = field(default_factory=list)
    policy_version: int = 0
    policy_updated: bool = False
    reasons: list[str] = field(default_factory=list)
    # What the site's pulls brought (operators, decisions, the desk's feed), by name, into the report's "pulled".
    site: dict[str, Any] = field(default_factory=dict)

    def add_acks(self, summary: outbox.AckSummary) -> None:
        self.batches += 1
        self.applied += summary.applied
        self.duplicate += summary.duplicate
        self.rejected += summary.rejected
        self.set_aside += summary.set_aside
        self.reasons.extend(r for r in summary.reasons if r not in self.reasons)


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


class SyncEngine:
    def __init__(self, database: Database, policy: Policy, paths: Paths, config: SyncConfig,
                 client: HubClient | None = None, clock: Callable[[], dt.datetime] = _now,
                 owns_database: bool = False) -> None:
        self.database, self.policy, self.paths, self.config = database, policy, paths, config
        self._owns_database = owns_database
        protect_token(config.token)
        self.client = client or HubClient(config.hub_url, config.token, config.verify_tls, config.timeout,
                                          station=config.station)
        self.clock = clock
        self.batch_size = config.batch_size
        self._state_lock = threading.Lock()
        self._state = load_state(paths.data_dir).for_hub(config.hub_url)
        self._station_checked = False

    def close(self) -> None:
        self.client.close()

    def dispose_database(self) -> None:
        """Closes the database only if this engine opened it (the window's engine does; the CLI's does not)."""
        if self._owns_database:
            self.database.dispose()

    # -- state ---------------------------------------------------------------------------------------------
    @property
    def state(self) -> SyncState:
        return self._state

    def update_state(self, **changes: Any) -> SyncState:
        with self._state_lock:
            self._state = replace(self._state, **changes)
            try:
                save_state(self.paths.data_dir, self._state)
            except OSError as exc:   # bookkeeping only: the next pull repeats, which is harmless
                log.warning("sync state not saved: %s", exc)
            return self._state

    def note_success(self) -> SyncState:
        return self.update_state(last_success=self.clock().isoformat(timespec="seconds"), last_error=None,
                                  last_error_at=None)

    def note_error(self, error: BaseException) -> SyncState:
        return self.update_state(last_error=str(error)[:500], last_error_at=self.clock().isoformat(timespec="seconds"))

    # -- database steps (database lane) --------------------------------------------------------------------
    def _in_transaction(self, work: Callable[[Any], Any]) -> Any:
        uow = UnitOfWork(self.database, self.policy)
        with uow:
            result = work(uow.connection)
            uow.commit()
            return result

    def prepare_push(self, after_id: int = 0, limit: int | None = None) -> outbox.PushBatch:
        """The next batch: `limit` records, or the engine's batch size (which halves when the hub says too large)."""
        size = self.batch_size if limit is None else min(limit, self.batch_size)
        return self._in_transaction(lambda conn: outbox.prepare_push(conn, size, after_id))

    def apply_acks(self, batch: outbox.PushBatch, acks: list[Ack]) -> outbox.AckSummary:
        return self._in_transaction(lambda conn: outbox.apply_acks(conn, batch, acks, self.policy))

    def note_failure(self, batch: outbox.PushBatch, error: BaseException) -> None:
        self._in_transaction(lambda conn: outbox.note_failure(conn, batch, str(error)))

    def counts(self) -> dict[str, int]:
        return self._in_transaction(outbox.counts)

    def rejected(self) -> list[dict[str, Any]]:
        return self._in_transaction(outbox.rejected_rows)

    def retry_rejected(self, outbox_ids: list[int] | None = None) -> int:
        return self._in_transaction(lambda conn: outbox.retry_rejected(conn, outbox_ids))

    def store_returns(self, documents: list[dict[str, Any]], cursor: int) -> pulling.StoredReturns:
        stored = pulling.store_returns(documents, UnitOfWork(self.database, self.policy), self.clock(),
                                       own_station=self.config.station)
        self.update_state(returns_cursor=cursor)   # after the commit: a crash in between only pulls again
        return stored

    # -- network steps (network lane) ----------------------------------------------------------------------
    def check_station(self) -> None:
        """Once per engine: a token issued for another station would get every record rejected."""
        if self._station_checked:
            return
        name = self.client.station()
        if name != self.config.station:
            raise StationMismatch(name, self.config.station)
        self._station_checked = True

    def send(self, batch: outbox.PushBatch) -> list[Ack]:
        if not batch.records:
            return []
        return self.client.push_body(batch.body)

    def fetch_returns(self) -> tuple[list[dict[str, Any]], int, bool]:
        return self.client.pull_returns(self._state.returns_cursor)

    def sync_policy(self) -> tuple[int, bool]:
        """Pulls the policy; writes it to the data dir when the hub's version is newer than the last one taken."""
        version, policy = self.client.pull_policy()
        if policy is None or version <= self._state.policy_version:
            return version, False
        pulling.store_policy(self.paths.policy_override, policy)
        self.update_state(policy_version=version)
        return version, True

    # -- whole passes ----------------------------------------------------------------------------------------
    def push_once(self, report: PassReport) -> bool:
        """One batch; returns whether anything was taken from the outbox (False: nothing pending)."""
        batch = self.prepare_push()
        if batch.empty:
            return False
        try:
            acks = self.send(batch)
        except BatchTooLarge:
            self.batch_size = max(MIN_BATCH, self.batch_size // 2)
            return True
        except HubProblem as exc:
            refused = outbox.refused_by_name(batch, exc)
            if refused is None:
                self.note_failure(batch, exc)
                raise
            # One record the station had no right to send: set aside; the rest goes in the next batch.
            report.add_acks(self.apply_acks(batch, refused))
            return True
        summary = self.apply_acks(batch, acks)
        report.add_acks(summary)
        if summary.rows_done == 0:
            # The hub answered but acknowledged none of what was sent: looping would resend the same forever.
            raise _nothing_acknowledged()
        return True

    def push_all(self, report: PassReport, max_batches: int | None = None) -> None:
        """Pushes until nothing is pending, with the reading and acknowledging on the bench overlapping the hub's
        work: while the hub commits batch n, the bench reads batch n+1; as soon as n is answered, n+1 goes out and
        the bench marks n. On an error the batch in flight stays pending and the one read ahead was never sent:
        both go next time."""
        def limit_reached() -> bool:
            return max_batches is not None and report.batches >= max_batches

        with ThreadPoolExecutor(1, thread_name_prefix="sync-send") as network:
            batch = self.prepare_push()
            if batch.empty:
                return
            in_flight = network.submit(self.send, batch)
            while True:
                ahead = self.prepare_push(batch.last_id)
                try:
                    acks = in_flight.result()
                except BatchTooLarge:
                    self.batch_size = max(MIN_BATCH, self.batch_size // 2)
                    batch = self.prepare_push()
                    in_flight = network.submit(self.send, batch)
                    continue
                except HubProblem as exc:
                    refused = outbox.refused_by_name(batch, exc)
                    if refused is None:
                        self.note_failure(batch, exc)
                        raise
                    # The hub applied nothing of the batch but for one record it named (a decision the station had
                    # no right to send): that one is set aside, and the rest goes again in this pass (the batch read
                    # ahead is read anew with it).
                    report.add_acks(self.apply_acks(batch, refused))
                    if limit_reached():
                        return
                    batch = self.prepare_push()
                    if batch.empty:
                        return
                    in_flight = network.submit(self.send, batch)
                    continue
                last = limit_reached() or report.batches + 1 == max_batches
                if not ahead.empty and not last:
                    in_flight = network.submit(self.send, ahead)
                summary = self.apply_acks(batch, acks)
                report.add_acks(summary)
                if summary.rows_done == 0:
                    raise _nothing_acknowledged()
                if limit_reached():
                    return
                if ahead.empty:
                    # The outbox had run dry when read ahead: look once more from the start (new rows, or rows
                    # the hub's answer did not mention).
                    ahead = self.prepare_push()
                    if ahead.empty:
                        return
                    in_flight = network.submit(self.send, ahead)
                batch = ahead

    def pull_all(self, report: PassReport) -> None:
        while True:
            documents, cursor, more = self.fetch_returns()
            if documents:
                stored = self.store_returns(documents, cursor)
                report.returns_added += stored.added
                report.returns_updated += stored.updated
                report.returns_refused.extend(stored.refused)
            elif cursor != self._state.returns_cursor:
                self.update_state(returns_cursor=cursor)
            if not more:
                break
        report.policy_version, report.policy_updated = self.sync_policy()
        for step in self.site_pulls():
            step(report)

    def site_pulls(self) -> list[Callable[[PassReport], None]]:
        """The site's pulls after returns and policy, in order: each stores what it pulled and notes it in
        `report.site`. Operators come before the desk's feed, whose records name them."""
        return [self.pull_operators, self.pull_decisions,
                self.pull_site,   # the desk's feed stays last: its records name the rest
                self.pull_closed_days]   # (only marks the feed's records: after it)

    # The team and the decisions come in halves, as returns do: a page fetched (network lane), then stored (database
    # lane); `pull_operators` and `pull_decisions` run both, the window runs each on its lane.
    def fetch_operators(self) -> operator_pull.TeamPage:
        return operator_pull.fetch(self.client, self._state.operators_cursor)

    def store_operators(self, page: operator_pull.TeamPage, pulled: operator_pull.PulledTeam) -> None:
        """One page of the team, in one transaction; its cursor is kept after the commit (a crash pulls it again).
        The last page's runs of wrong PINs become this bench's count (`inspector.sync.badge_locks`)."""
        if page.operators:
            operator_pull.store_page(page.operators, UnitOfWork(self.database, self.policy), self.clock(), pulled)
        if page.cursor != self._state.operators_cursor:
            self.update_state(operators_cursor=page.cursor)
        if page.badge_locks is not None:
            from inspector.sync import badge_locks
            pulled.badge_locks = badge_locks.apply_site_runs(page.badge_locks, UnitOfWork(self.database, self.policy),
                                                             self.clock())

    def team_done(self, pulled: operator_pull.PulledTeam) -> operator_pull.PulledTeam:
        pulled.conflicts = operator_pull.current_conflicts(UnitOfWork(self.database, self.policy))
        return pulled

    def pull_operators(self, report: PassReport) -> None:
        """The site's team, page by page."""
        pulled, more = operator_pull.PulledTeam(), True
        while more:
            page = self.fetch_operators()
            self.store_operators(page, pulled)
            more = page.more
        report.site["operators"] = self.team_done(pulled).to_json()

    def fetch_decisions(self) -> tuple[list[Any], int, bool] | None:
        """A page of the decisions made elsewhere on this bench's inspections; None from a hub before the site."""
        from inspector.sync import decision_pull
        try:
            return decision_pull.fetch_decisions(self.client, self._state.decisions_cursor)
        except decision_pull.NoDecisionsRoute:
            return None

    def store_decisions(self, items: list[Any], cursor: int, pulled: Any) -> bool:
        """Applies a page, then keeps its cursor; returns whether the cursor moved (a hub answering the same cursor
        has nothing more)."""
        from inspector.sync import decision_pull
        since = self._state.decisions_cursor
        if items:
            decision_pull.store_decisions(items, UnitOfWork(self.database, self.policy), self.clock(), pulled)
        if cursor != since:
            self.update_state(decisions_cursor=cursor)
        return cursor > since

    def pull_decisions(self, report: PassReport) -> None:
        """Decisions supervisors elsewhere made on this bench's inspections, applied to its own items
        (`inspector.sync.decision_pull`)."""
        from inspector.sync import decision_pull
        pulled, more = decision_pull.DecisionsPulled(), True
        while more:
            page = self.fetch_decisions()
            if page is None:
                break
            items, cursor, more = page
            more = self.store_decisions(items, cursor, pulled) and more
        report.site["decisions"] = pulled.to_json()

    def pull_closed_days(self, report: PassReport) -> None:
        """A desk's news of the closed days and of their late records (`inspector.sync.closed_days`)."""
        from inspector.sync import closed_days
        closed_days.pull(self, report)

    def pull_site(self, report: PassReport) -> None:
        """A supervisor desk's copies of every other station's records (`inspector.sync.site_pull`); a bench the hub
        refuses the site to is not a desk, which is no error of the pass."""
        from inspector.sync import site_pull
        site_pull.pull(self, report)

    def move_photos(self, photos: Any, upload: bool = True, fetch: bool = True) -> None:
        """After the records: the photos whose records the hub has (`inspector.sync.photo_upload`), then, on a desk,
        other benches' photos it holds copies of (`photo_fetch`). A hub that keeps no photos leaves them waiting here
        without failing the pass; any other problem stops it as for records."""
        from inspector.photos.store import PhotoStore
        from inspector.sync import photo_fetch, photo_upload
        from inspector.sync.client import HubKeepsNoPhotos
        try:
            if upload:
                photo_upload.upload_all(self, photos)
            if fetch:
                photos.fetched = photo_fetch.fetch_missing(self.database, PhotoStore(self.paths.photos_dir),
                                                           self.client, limit=FETCH_PER_PASS)
        except HubKeepsNoPhotos as exc:
            photos.error = str(exc)
            log.warning("photos not sent: %s", exc)

    def run_once(self, push: bool = True, pull: bool = True, max_batches: int | None = None) -> dict[str, Any]:
        """Pushes until nothing is pending, then pulls, then uploads photos; stops at the first error. JSON-ready
        report."""
        from inspector.sync import photo_upload
        started = time.monotonic()
        report, error, photos = PassReport(), None, photo_upload.PhotoReport()
        try:
            self.check_station()
            if push:
                self.push_all(report, max_batches)
            if pull:
                self.pull_all(report)
            if push or pull:
                self.move_photos(photos, upload=push, fetch=pull)
            self.note_success()
        except (EnvironmentProblem, PolicyError) as exc:
            error = exc
            self.note_error(exc)
            log.warning("sync stopped: %s", exc)
        left = self.counts()
        photos.pending = photo_upload.waiting(self)
        return {
            "hub": self.config.hub_url, "station": self.config.station, "ok": error is None,
            "error": None if error is None else str(error),
            "pushed": {"batches": report.batches, "applied": report.applied, "duplicate": report.duplicate,
                       "rejected": report.rejected, "set_aside_by_bench": report.set_aside,
                       "reasons": report.reasons},
            "pulled": {"returns_added": report.returns_added, "returns_updated": report.returns_updated,
                       "returns_refused": report.returns_refused, "policy_version": report.policy_version,
                       "policy_updated": report.policy_updated, **report.site},
            "photos": photos.to_json(),
            "pending": left[outbox.PENDING], "rejected_waiting": left[outbox.REJECTED],
            "last_success": self._state.last_success, "seconds": round(time.monotonic() - started, 3),
        }
