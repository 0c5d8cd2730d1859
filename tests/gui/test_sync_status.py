"""The status bar's sync field over a real hub on loopback: passes run off the GUI thread, on a schedule and on
demand; pending count, last success and last error are shown."""
from __future__ import annotations

import threading

import pytest

from inspector.settings import load_settings, save_settings
from tests.integration.faults.hubs import ThreadHub, free_port, issue_tokens
from tests.integration.faults.workload import make_bench, work
from ui.sync.sync_status import SyncStatus, SyncStatusWidget, engine_factory_for
from ui.common.task_runner import TaskRunner


@pytest.fixture
def runner(qtbot):
    made = TaskRunner()
    yield made
    assert made.shutdown(10_000)


@pytest.fixture
def hub(tmp_path):
    db_url = f"sqlite:///{tmp_path}/hub.sqlite3"
    token = issue_tokens(db_url, "B1")["B1"]
    with ThreadHub(db_url) as running:
        running.token = token
        yield running


def _status(qtbot, runner, paths, watch_threads: list | None = None):
    factory = engine_factory_for(paths)

    def make():
        engine = factory()
        if engine is not None and watch_threads is not None:
            send = engine.client.push_body

            def recorded(body):
                watch_threads.append(threading.current_thread())
                return send(body)
            engine.client.push_body = recorded
        return engine
    status = SyncStatus(runner, make, interval_s=60.0, tick_ms=50)
    widget = SyncStatusWidget(status)
    qtbot.addWidget(widget)
    return status, widget


def test_pending_records_go_up_off_the_gui_thread_and_the_field_says_so(qtbot, runner, hub, tmp_path):
    bench = make_bench(tmp_path / "benches", "B1", hub.url, hub.token)
    made = work(bench, 5)
    threads: list = []
    status, widget = _status(qtbot, runner, bench.paths, threads)
    with qtbot.waitSignal(status.pass_finished, timeout=15_000) as finished:
        status.start()
    assert finished.args == [True]
    qtbot.waitUntil(lambda: status.snapshot.pending == 0, timeout=5_000)
    assert status.snapshot.last_success and status.snapshot.last_error is None
    assert "0 pending" in widget.label.text() and "never" not in widget.label.text()
    assert threads and all(t is not threading.main_thread() for t in threads)
    from tests.integration.faults.checks import assert_hub_matches_bench
    assert assert_hub_matches_bench(hub.db_url, bench.database, "B1") == made

    work(bench, 2)                                    # new work, then a person presses "Sync now"
    with qtbot.waitSignal(status.pass_finished, timeout=15_000):
        widget.button.click()
    qtbot.waitUntil(lambda: status.snapshot.pending == 0, timeout=5_000)
    status.stop()
    bench.close()


def test_while_the_operator_works_the_worker_sends_small_spaced_batches_then_full_ones(qtbot, runner, hub, tmp_path):
    import json
    import time

    from inspector.sync.pacing import Pacing
    bench = make_bench(tmp_path / "benches", "B1", hub.url, hub.token)
    made = work(bench, 6)
    factory = engine_factory_for(bench.paths)
    sent: list[tuple[float, int]] = []

    def make():
        engine = factory()
        send = engine.client.push_body

        def recorded(body):
            sent.append((time.monotonic(), len(json.loads(body)["records"])))
            return send(body)
        engine.client.push_body = recorded
        return engine
    last_intent = [time.monotonic()]          # the operator is scanning
    status = SyncStatus(runner, make, interval_s=60.0, tick_ms=50, last_intent=lambda: last_intent[0],
                        pacing=Pacing(idle_batch=100, busy_batch=4, busy_gap_s=0.15, quiet_after_s=30.0))
    with qtbot.waitSignal(status.pass_finished, timeout=15_000):
        status.start()
    # four outbox rows a batch at most, spaced out; the hub ends up with every record
    from tests.integration.faults.checks import assert_hub_matches_bench
    assert len(sent) >= 4 and all(n <= 4 for _t, n in sent)
    assert assert_hub_matches_bench(hub.db_url, bench.database, "B1") == made
    assert all(b[0] - a[0] >= 0.14 for a, b in zip(sent, sent[1:]))   # the lane left to the operator between
    sent.clear()
    work(bench, 6)
    last_intent[0] = None                     # the bench is quiet: one full batch at once
    with qtbot.waitSignal(status.pass_finished, timeout=15_000):
        status.sync_now()
    assert len(sent) == 1
    status.stop()
    bench.close()


def test_a_newer_policy_set_at_the_hub_is_announced_to_the_window(qtbot, runner, hub, tmp_path):
    import json

    from inspector.cli.main import main
    from inspector.domain.policy import load_policy
    from inspector.paths import resource
    data = json.loads(resource("policy.json").read_text(encoding="utf-8"))
    data["return_window_days"] = 45
    site = tmp_path / "site-policy.json"
    site.write_text(json.dumps(data))
    assert main(["hub", "set-policy", str(site), "--db", hub.db_url]) == 0
    bench = make_bench(tmp_path / "benches", "B1", hub.url, hub.token)
    status, _widget = _status(qtbot, runner, bench.paths)
    with qtbot.waitSignal(status.policy_pulled, timeout=15_000):
        status.start()
    assert load_policy(bench.paths.policy_override).return_window_days == 45
    announced = []
    status.policy_pulled.connect(lambda: announced.append(True))
    with qtbot.waitSignal(status.pass_finished, timeout=15_000):   # the same version again: nothing announced
        status.sync_now()
    assert announced == []
    status.stop()
    bench.close()


def test_an_unreachable_hub_shows_the_error_and_backs_off(qtbot, runner, tmp_path):
    bench = make_bench(tmp_path / "benches", "B1", f"http://127.0.0.1:{free_port()}", "insp_token-for-nowhere")
    work(bench, 2)
    status, widget = _status(qtbot, runner, bench.paths)
    with qtbot.waitSignal(status.pass_finished, timeout=15_000) as finished:
        status.start()
    assert finished.args == [False]
    # 4 rows a parcel: it and its item, each again once the parcel is done with units of its return missing.
    qtbot.waitUntil(lambda: status.snapshot.pending == 8, timeout=5_000)
    snapshot = status.snapshot
    assert "cannot be reached" in snapshot.last_error and snapshot.next_try_in and snapshot.next_try_in > 0
    assert "error" in widget.label.text() and "8 pending" in widget.label.text()
    assert "cannot be reached" in widget.label.toolTip()
    assert "insp_token-for-nowhere" not in widget.label.toolTip()
    status.stop()
    bench.close()


def test_the_field_says_its_last_state_again_in_the_new_language(qtbot, runner, tmp_path, station_languages):
    """A language switch (an operator signing in) turns the field, its button and the hub's error in the tooltip
    into the new language at once, from the last snapshot: nothing is synced again for it."""
    from tests.gui.languages import ro
    bench = make_bench(tmp_path / "benches", "B1", f"http://127.0.0.1:{free_port()}", "insp_token-for-nowhere")
    work(bench, 2)
    status, widget = _status(qtbot, runner, bench.paths)
    with qtbot.waitSignal(status.pass_finished, timeout=15_000):
        status.start()
    qtbot.waitUntil(lambda: status.snapshot.pending == 8, timeout=5_000)
    status.stop()
    languages = station_languages("en")
    languages.use("ro")
    pending = ro("sync", "Sync: {n} pending").format(n=8)
    qtbot.waitUntil(lambda: widget.label.text().startswith(pending), timeout=5_000)
    assert widget.button.text() == ro("sync", "Sync now")
    assert ro("bench", "The hub cannot be reached.") in widget.label.toolTip()
    assert ro("sync", "error") in widget.label.text()
    languages.use("en")
    qtbot.waitUntil(lambda: widget.label.text().startswith("Sync: 8 pending"), timeout=5_000)
    assert "The hub cannot be reached." in widget.label.toolTip() and widget.button.text() == "Sync now"
    bench.close()


def test_no_hub_set_up_says_so(qtbot, runner, tmp_path):
    bench = make_bench(tmp_path / "benches", "B1")
    save_settings(bench.paths, load_settings(bench.paths))
    status, widget = _status(qtbot, runner, bench.paths)
    status.start()
    qtbot.waitUntil(lambda: "not set up" in widget.label.text(), timeout=5_000)
    assert not widget.button.isEnabled()
    status.stop()
    bench.close()


def test_a_decision_the_hub_refuses_by_name_is_set_aside_and_the_rest_goes_up_in_the_same_pass(qtbot, runner, hub,
                                                                                                tmp_path):
    """Four eyes: a supervisor approves an item she inspected herself at a bench whose own policy has four eyes off.
    The hub (four eyes on) answers the window's batch with a 403 naming the approval and applies nothing of it; the
    window sets that one aside with the hub's reason, undone, and sends the rest of the outbox in the same pass."""
    from dataclasses import replace

    from sqlalchemy import select

    from inspector.domain.operators import Role
    from inspector.domain.policy import SitePolicy
    from inspector.storage.orm import InspectionRow
    from inspector.usecases import review
    from inspector.usecases.operators import CreateOperator, create_operator
    from tests.conftest import NOW
    from tests.integration.faults.checks import bench_records, hub_records
    bench = make_bench(tmp_path / "benches", "B1", hub.url, hub.token)
    inspector_id = bench.operator_id
    maria = create_operator(CreateOperator("OP-2001", "Maria Ionescu", Role.SUPERVISOR, "4321", NOW), bench.uow())
    work(bench, 2)
    bench.operator_id = maria
    work(bench, 1)
    with bench.database.engine.connect() as conn:
        hers, plate = conn.execute(select(InspectionRow.id, InspectionRow.license_plate)
                                   .where(InspectionRow.operator_id == maria)).one()
    relaxed = replace(bench, policy=replace(bench.policy, site=SitePolicy(four_eyes=False)))
    decided = review.approve(review.Approve(hers, maria, "B1", NOW), relaxed.uow())
    bench.operator_id = inspector_id
    work(bench, 2)
    status, _widget = _status(qtbot, runner, bench.paths)
    with qtbot.waitSignal(status.pass_finished, timeout=15_000) as finished:
        status.start()
    assert finished.args == [True]
    qtbot.waitUntil(lambda: (status.snapshot.pending, status.snapshot.rejected) == (0, 1), timeout=5_000)
    # The hub does not know this bench's own operator by name: it names her by id.
    reason = (f"four eyes: {maria} inspected {plate} and may not approve, override or release it; another "
              f"supervisor must decide")
    (entry,) = review.audit_trail(hers, bench.uow())
    assert entry.id == decided and entry.refused_reason == reason
    mine, at_hub = bench_records(bench.database), hub_records(hub.db_url, "B1")
    assert set(at_hub) == set(mine) - {("inspection_override", decided)} and len(at_hub) == 10
    assert all(at_hub[key][2] == mine[key] for key in at_hub)
    status.stop()
    bench.close()
