"""Webhooks through faults: every step of every return reaches a real receiver exactly once (it de-duplicates by
`webhook-id`), each return's steps in order, through dropped connections, 500s, stalls and an hour with the
receiver down.

The hub is real (ThreadHub over HTTP: the ERP pushes 20 returns, a bench its records, a desk its approvals); the
receiver is real (tests/integration/faults/receiver.py, checking each signature) behind the fault proxy. The sender
runs on a virtual clock (the clock callable it reads for every post, which the test moves) through `run_once()`, so
"an hour down" takes seconds; its HTTP timeouts are real waits.
Prints the counts (events, deliveries, duplicates) for the note.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import json
import random
import time

import httpx
import pytest
from sqlalchemy import func, select

from inspector.cli.main import main
from inspector.hub.schema import return_events, webhook_deliveries, webhooks
from inspector.hub.storage import make_hub_engine
from inspector.hub.webhook_sender import WebhookSender, backoff_seconds
from inspector.hub.webhooks import add_webhook, list_webhooks
from tests.integration.faults.proxy import Fault, FaultProxy
from tests.integration.faults.receiver import Receiver
from tests.integration.test_hub_timeline import (
    approval,
    inbound,
    item,
    parcel,
    push_records,
    push_returns,
    serving,
)

T0 = dt.datetime(2026, 12, 1, 12, 0, tzinfo=dt.timezone.utc)
RETURNS = 20
HOOK_PATH = "/hooks/returns"


def faults(n: int, method: str, path: str) -> Fault:
    """A fault now and then on the webhook's posts: the receiver's answer lost (it has the step), a 500, a stall
    past the sender's timeout (it has the step), the post lost on its way (it has not)."""
    if (method, path) != ("POST", HOOK_PATH):
        return Fault.PASS
    if n % 7 == 3:
        return Fault.DROP_AFTER
    if n % 11 == 5:
        return Fault.ERROR_500
    if n % 13 == 8:
        return Fault.STALL_AFTER
    if n % 17 == 2:
        return Fault.DROP_BEFORE
    return Fault.PASS


class VirtualClock:
    """What the sender reads the time from; the test moves it, and `tick` moves it on at every reading."""

    def __init__(self, now: dt.datetime, tick: dt.timedelta = dt.timedelta(0)) -> None:
        self.now, self.tick = now, tick

    def __call__(self) -> dt.datetime:
        now = self.now
        self.now += self.tick
        return now

    def advance(self, seconds: float) -> dt.datetime:
        self.now += dt.timedelta(seconds=seconds)
        return self.now


def work_for(hub, numbers: range) -> None:
    """The ERP's returns, then per return a parcel with its three units (so the return closes) completed; every 4th
    return has an item held by its fraud score, which a desk approves."""
    push_returns(hub, [inbound(f"RMA/{n:03d}#A") for n in numbers])
    for n in numbers:
        rma, pid = f"RMA/{n:03d}#A", f"p-{n}"
        push_records(hub, "B1", [parcel(pid, rma)])
        push_records(hub, "B1", [
            item(f"i-{n}-1", pid, rma, 1, outcome="refund", amount="134.99"),
            item(f"i-{n}-2", pid, rma, 2, minute=2, held=n % 4 == 0, outcome="store_credit", amount="13.75"),
            item(f"i-{n}-3", pid, rma, 1, minute=3, outcome="refund", amount="134.99"),
            parcel(pid, rma, status="completed", version=2)])
    push_records(hub, "D1", [approval(f"d-{n}", f"i-{n}-2") for n in numbers if n % 4 == 0])


def pending(engine) -> int:
    with engine.connect() as conn:
        return conn.scalar(select(func.count()).select_from(webhook_deliveries)
                           .where(webhook_deliveries.c.state == "pending"))


def run_until_delivered(sender: WebhookSender, engine, clock: VirtualClock, step_s: float = 5.0,
                        passes: int = 400) -> None:
    for _ in range(passes):
        sender.run_once()
        if pending(engine) == 0:
            return
        clock.advance(step_s)
    raise AssertionError(f"{pending(engine)} deliveries still pending after {passes} passes: {list_webhooks(engine)}")


@pytest.mark.monotonic_waits   # the sender's HTTP timeout on a stalled answer is a real wait
def test_every_step_reaches_the_receiver_once_and_in_order_through_faults_and_an_hour_down(tmp_path, capsys):
    db_url = f"sqlite:///{tmp_path}/hub.sqlite3"
    with contextlib.contextmanager(serving)(db_url) as hub, Receiver() as receiver, \
            FaultProxy(receiver.port, faults, stall_seconds=1.0) as proxy:
        engine = make_hub_engine(db_url)
        http = httpx.Client(timeout=0.5)
        clock = VirtualClock(T0)
        sender = WebhookSender(engine, clock=clock, http=http, rng=random.Random(13))
        try:
            receiver.secret = add_webhook(engine, "erp", proxy.url + HOOK_PATH)

            work_for(hub, range(1, 11))
            run_until_delivered(sender, engine, clock)

            # Down for an hour: the steps of ten more returns wait, each retry backs the endpoint off further.
            receiver.stop()
            work_for(hub, range(11, RETURNS + 1))
            down_attempts, until = sender.attempts, clock.now + dt.timedelta(hours=1)
            while clock.now < until:
                sender.run_once()
                clock.advance(20)
            tried_while_down = sender.attempts - down_attempts
            state = {w.name: w for w in list_webhooks(engine)}["erp"]
            assert state.pending > 0 and state.failures >= 5 and state.last_error
            # Backed off, not hammered: a try every 2, 4, 8 ... s, then every 5 minutes at most.
            assert 8 <= tried_while_down <= 25, tried_while_down

            receiver.start()
            clock.advance(5 * 60)
            run_until_delivered(sender, engine, clock)
        finally:
            sender.stop()
            http.close()

        with engine.connect() as conn:
            events = {row.id: row for row in conn.execute(select(return_events))}
            deliveries = conn.execute(select(webhook_deliveries.c.state, webhook_deliveries.c.attempts)).all()
            hook = conn.execute(select(webhooks)).one()
        engine.dispose()

    assert receiver.bad_signatures == 0
    # Every step exactly once at the receiver, each a step the hub wrote.
    assert len(receiver.events) == len(receiver.seen) == len(events)
    assert receiver.seen == set(events)
    assert {d.state for d in deliveries} == {"delivered"} and len(deliveries) == len(events)
    # Each return's steps in the hub's order (the head of a return waits for the one before it).
    per_return: dict[str, list[int]] = {}
    for event in receiver.events:
        per_return.setdefault(event["rma_number"], []).append(event["seq"])
    assert len(per_return) == RETURNS
    assert all(seqs == sorted(seqs) and len(set(seqs)) == len(seqs) for seqs in per_return.values())
    steps = [e["step"] for e in receiver.events]
    assert steps.count("expected") == steps.count("closed") == RETURNS
    assert steps.count("held_for_review") == steps.count("approved") == RETURNS // 4
    assert receiver.duplicates > 0                 # answers lost after the receiver had the step: sent again
    assert (hook.failures, hook.next_attempt_at) == (0, None)
    counts = {"events": len(events), "deliveries": len(deliveries), "posts": receiver.posts,
              "attempts": sum(d.attempts for d in deliveries), "duplicates": receiver.duplicates,
              "faults": dict(proxy.injected), "tried_while_down_1h": tried_while_down}
    with capsys.disabled():
        print(f"\n[webhooks-faults] {json.dumps(counts, sort_keys=True)}")


def test_each_post_is_signed_and_backed_off_by_the_clock_as_it_is_sent(tmp_path):
    """One pass of many posts reads the clock for each: every post carries its own `webhook-timestamp` (a pass held
    up by slow endpoints does not sign late posts with its start), and a failure backs off from when it failed."""
    db_url = f"sqlite:///{tmp_path}/hub.sqlite3"
    with contextlib.contextmanager(serving)(db_url) as hub, Receiver() as receiver:
        engine = make_hub_engine(db_url)
        clock = VirtualClock(T0, tick=dt.timedelta(seconds=7))     # each reading is 7 s after the one before
        sender = WebhookSender(engine, clock=clock, rng=random.Random(5))
        try:
            receiver.secret = add_webhook(engine, "erp", receiver.url)
            push_returns(hub, [inbound(f"R/{n}#t") for n in range(4)])
            assert sender.run_once() == 4                 # one pass
            stamps = [int(s) for s in receiver.timestamps]
            assert len(stamps) == 4 and len(set(stamps)) == 4 and stamps == sorted(stamps)
            assert stamps[0] > int(T0.timestamp())       # not the time the pass started at

            receiver.stop()                              # the next post fails: backed off from its own time
            push_returns(hub, [inbound("R/9#t")])
            clock.tick = dt.timedelta(0)
            clock.advance(3600)
            failed_at = clock.now
            assert sender.run_once() == 0
            state = {w.name: w for w in list_webhooks(engine)}["erp"]
            wait = dt.datetime.fromisoformat(state.next_attempt_at) - failed_at
            assert dt.timedelta(seconds=1.5) <= wait <= dt.timedelta(seconds=2)
        finally:
            sender.stop()
            engine.dispose()


def test_the_backoff_doubles_from_2_seconds_to_5_minutes_at_most():
    rng = random.Random(1)
    waits = [backoff_seconds(n, rng) for n in range(1, 12)]
    assert 1.5 <= waits[0] <= 2.0 and 3.0 <= waits[1] <= 4.0
    assert all(225.0 <= w <= 300.0 for w in waits[8:])


@pytest.mark.monotonic_waits   # the sender's own thread, woken by the hub's commits
def test_the_serving_hub_posts_steps_from_its_own_thread(tmp_path, capsys):
    db_url = f"sqlite:///{tmp_path}/hub.sqlite3"
    with Receiver() as receiver:
        assert main(["hub", "add-webhook", "erp", receiver.url, "--db", db_url]) == 0
        receiver.secret = capsys.readouterr().out.strip()
        assert receiver.secret.startswith("whsec_")
        assert main(["hub", "add-webhook", "erp", receiver.url, "--db", db_url]) == 1     # known: --rotate
        assert "--rotate" in capsys.readouterr().err
        with contextlib.contextmanager(serving)(db_url) as hub:
            hub.server.sender = None   # (stopped by `serving`; this one is started by hand below)
            engine = make_hub_engine(db_url)
            sender = WebhookSender(engine).start()
            try:
                push_returns(hub, [inbound("R/1#x")])
                deadline = time.monotonic() + 20
                while not receiver.events and time.monotonic() < deadline:
                    time.sleep(0.05)
            finally:
                sender.stop()
                engine.dispose()
        assert [e["step"] for e in receiver.events] == ["expected"]
        assert receiver.events[0]["rma_number"] == "R/1#x" and receiver.events[0]["type"] == "return.expected"
    assert main(["hub", "webhooks", "--db", db_url]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [(w["name"], w["pending"], w["delivered"]) for w in listed] == [("erp", 0, 1)]
    assert main(["hub", "remove-webhook", "erp", "--db", db_url]) == 0
    assert main(["hub", "webhooks", "--db", db_url]) == 0
    assert json.loads(capsys.readouterr().out) == []


def test_on_postgres_one_sender_sends_and_the_others_stand_by(tmp_path):
    """Hub processes share one outbox: a sender whose advisory lock another holds sends nothing (no step twice,
    none out of order); once the lock is free it sends."""
    from sqlalchemy import text

    from inspector.hub.webhook_sender import SENDER_LOCK_KEY
    from tests.integration.faults.postgres import fresh_database, require_url
    with fresh_database(require_url()) as db_url, contextlib.contextmanager(serving)(db_url) as hub, \
            Receiver() as receiver:
        engine = make_hub_engine(db_url)
        sender = WebhookSender(engine, clock=VirtualClock(T0))
        try:
            receiver.secret = add_webhook(engine, "erp", receiver.url)
            push_returns(hub, [inbound("R/1#x"), inbound("R/2#x")])
            with engine.connect() as other:     # another hub process's sender, mid-pass
                assert other.scalar(text("SELECT pg_try_advisory_lock(:k)"), {"k": SENDER_LOCK_KEY})
                assert sender.run_once() == 0 and receiver.posts == 0
                other.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": SENDER_LOCK_KEY})
            assert sender.run_once() == 2
            assert sorted(e["rma_number"] for e in receiver.events) == ["R/1#x", "R/2#x"]
        finally:
            sender.stop()
            engine.dispose()
