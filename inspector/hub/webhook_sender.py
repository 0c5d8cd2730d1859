"""Posting the timeline's steps to the webhooks, off the request path: a thread of the serving hub, woken by commits.

Per webhook, only the head (lowest change number) of each return's pending steps is sent, heads in change-number
order, so a receiver sees each return's steps in order. A 2xx answer delivers the step; anything else (an error
status, no answer, a timeout) backs the whole endpoint off (2 s x 2^n, at most 5 minutes, jittered) and the head
stays the head: nothing behind it overtakes it, and a receiver that is down is not hammered. Retried for ever;
`inspector hub webhooks` shows what is stuck. A step answered with a lost reply is sent again: receivers
de-duplicate by `webhook-id`.

On PostgreSQL several hub processes share the outbox: the one holding a session advisory lock sends (for the
length of a pass), the others stand by. `run_once()` is one pass, public for tests that move the clock.

The clock is read for every post, not once per pass: a pass that waits on slow endpoints still signs each post with
the time it is sent (receivers refuse stale `webhook-timestamp`s) and backs off from the time the failure happened.
"""
from __future__ import annotations

import datetime as dt
import logging
import random
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import httpx
import orjson
from sqlalchemy import Engine, and_, func, or_, select, text, update

from inspector.hub import timeline
from inspector.hub.commit_woken_thread import CommitWokenThread
from inspector.hub.schema import return_events, webhook_deliveries, webhooks
from inspector.hub.storage import in_transaction, reading
from inspector.hub.webhooks import DELIVERED, PENDING, headers_for

log = logging.getLogger(__name__)

SENDER_LOCK_KEY = 72201030     # beside the schema's and the decisions' advisory lock keys
BASE_DELAY_S = 2.0
MAX_DELAY_S = 300.0
HEADS_PER_QUERY = 200
MAX_SENDS_PER_PASS = 5000      # per webhook; the next pass carries on
ERROR_TEXT = 500


def backoff_seconds(failures: int, rng: random.Random) -> float:
    """The wait after the `failures`-th failure in a row (1 for the first): 2 s x 2^(n-1), capped, the top quarter
    jittered so endpoints that failed together do not come back in step."""
    delay = min(MAX_DELAY_S, BASE_DELAY_S * 2 ** min(failures - 1, 20))
    return delay * (0.75 + 0.25 * rng.random())


def _iso(moment: dt.datetime) -> str:
    return moment.astimezone(dt.timezone.utc).isoformat(timespec="microseconds")


class WebhookSender(CommitWokenThread):
    def __init__(self, engine: Engine, clock: Callable[[], dt.datetime] | None = None,
                 sleep: Callable[[float], Any] | None = None, http: httpx.Client | None = None,
                 timeout_s: float = 10.0, poll_s: float = 1.0, rng: random.Random | None = None) -> None:
        super().__init__(engine, "hub-webhooks", join_s=30)
        self._clock = clock or (lambda: dt.datetime.now(dt.timezone.utc))
        self._own_http = http is None
        self._http = http or httpx.Client(timeout=timeout_s, follow_redirects=False)
        self._poll_s = poll_s
        self._rng = rng or random.Random()
        self._sleep = sleep or self._wait
        self.attempts = 0
        self.delivered = 0

    def stop(self) -> bool:
        stopped = super().stop()
        if stopped and self._own_http:
            self._http.close()
        return stopped

    def _wait(self, seconds: float) -> None:
        self._wake.wait(seconds)
        self._wake.clear()

    def _run(self) -> None:
        while not self._stopped.is_set():
            try:
                self.run_once()
            except Exception as exc:  # noqa: BLE001 - a database away, a bug: the next pass tries again
                log.warning("webhook pass failed: %s", exc)
            if self._stopped.is_set():
                break
            self._sleep(self._poll_s)

    # -- one pass --------------------------------------------------------------------------------------------------
    def run_once(self) -> int:
        """Sends what is due by the clock; the steps delivered."""
        with self._leading() as leading:
            if not leading:
                return 0
            with reading(self._engine) as conn:
                due = conn.execute(select(webhooks.c.name, webhooks.c.url, webhooks.c.secret, webhooks.c.failures)
                                   .where(webhooks.c.active.is_(True),
                                          or_(webhooks.c.next_attempt_at.is_(None),
                                              webhooks.c.next_attempt_at <= _iso(self._clock())))
                                   .order_by(webhooks.c.name)).all()
            return sum(self._serve(hook) for hook in due)

    @contextmanager
    def _leading(self) -> Iterator[bool]:
        if self._engine.dialect.name != "postgresql":
            yield True    # SQLite: one hub process, one sender
            return
        with self._engine.connect() as conn:
            leading = bool(conn.scalar(text("SELECT pg_try_advisory_lock(:key)"), {"key": SENDER_LOCK_KEY}))
            conn.commit()
            try:
                yield leading
            finally:
                if leading:
                    conn.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": SENDER_LOCK_KEY})
                    conn.commit()

    def _heads(self, webhook: str) -> list[Any]:
        pending = (select(webhook_deliveries.c.rma_number, func.min(webhook_deliveries.c.seq).label("seq"))
                   .where(webhook_deliveries.c.webhook == webhook, webhook_deliveries.c.state == PENDING)
                   .group_by(webhook_deliveries.c.rma_number).subquery())
        with reading(self._engine) as conn:
            return conn.execute(select(return_events).join(pending, and_(return_events.c.seq == pending.c.seq))
                                .order_by(return_events.c.seq).limit(HEADS_PER_QUERY)).all()

    def _serve(self, hook: Any) -> int:
        sent, failures = 0, hook.failures
        while sent < MAX_SENDS_PER_PASS and not self._stopped.is_set():
            heads = self._heads(hook.name)
            if not heads:
                break
            for row in heads:
                error, status = self._post(hook, row)
                if error is not None:
                    self._failed(hook.name, row, failures + 1, status, error)
                    return sent
                self._delivered(hook.name, row, status)
                sent, failures = sent + 1, 0
        return sent

    def _post(self, hook: Any, row: Any) -> tuple[str | None, int | None]:
        body = orjson.dumps(timeline.event_body(row))
        self.attempts += 1
        sent_at = int(self._clock().timestamp())
        try:
            answer = self._http.post(hook.url, content=body, headers=headers_for(hook.secret, row.id, sent_at, body))
        except httpx.HTTPError as exc:
            return f"{type(exc).__name__}: {exc}"[:ERROR_TEXT] or type(exc).__name__, None
        if 200 <= answer.status_code < 300:
            return None, answer.status_code
        return f"HTTP {answer.status_code}: {answer.text[:200]}", answer.status_code

    def _delivered(self, name: str, row: Any, status: int | None) -> None:
        now = self._clock()

        def work(conn: Any) -> None:
            conn.execute(update(webhook_deliveries)
                         .where(webhook_deliveries.c.webhook == name, webhook_deliveries.c.event_id == row.id)
                         .values(state=DELIVERED, attempts=webhook_deliveries.c.attempts + 1,
                                 delivered_at=_iso(now), last_error=None))
            conn.execute(update(webhooks).where(webhooks.c.name == name, webhooks.c.failures != 0)
                         .values(failures=0, next_attempt_at=None))
            conn.execute(update(webhooks).where(webhooks.c.name == name, or_(
                webhooks.c.last_status.is_(None), webhooks.c.last_status != status))
                .values(last_status=status, last_error=None))
        in_transaction(self._engine, work)
        self.delivered += 1

    def _failed(self, name: str, row: Any, failures: int, status: int | None, error: str) -> None:
        until = self._clock() + dt.timedelta(seconds=backoff_seconds(failures, self._rng))

        def work(conn: Any) -> None:
            conn.execute(update(webhook_deliveries)
                         .where(webhook_deliveries.c.webhook == name, webhook_deliveries.c.event_id == row.id)
                         .values(attempts=webhook_deliveries.c.attempts + 1, last_error=error))
            conn.execute(update(webhooks).where(webhooks.c.name == name)
                         .values(failures=failures, next_attempt_at=_iso(until), last_status=status,
                                 last_error=error))
        in_transaction(self._engine, work)
        log.info("webhook %s: %s; next try at %s", name, error, _iso(until))
