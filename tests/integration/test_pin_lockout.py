"""Issue 15: wrong PINs lock a badge for a while, doubling up to a cap; a supervisor (or the CLI) lifts it.

A real SQLite file and a hand-moved clock, so nothing sleeps.
"""
from __future__ import annotations

import datetime as dt
import logging

import pytest
from sqlalchemy import select

from inspector.bench.session import BenchSession
from inspector.bench.state import Cue, Phase
from inspector.cli.main import main
from inspector.errors import RefusedError
from inspector.storage.orm import BadgeLockRow, PinFailureRow
from inspector.usecases.operators import SignIn, UnlockBadge, sign_in, unlock_badge
from inspector.usecases.unit_of_work import UnitOfWork
from tests.conftest import NOW


class HandClock:
    """Stands still unless moved."""

    def __init__(self) -> None:
        self.now = NOW

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += dt.timedelta(seconds=seconds)


@pytest.fixture
def clock() -> HandClock:
    return HandClock()


@pytest.fixture
def bench(seeded_database, policy, clock) -> BenchSession:
    return BenchSession(seeded_database, policy, "bench-1", clock)


def wrong_pins(bench: BenchSession, badge: str, times: int):
    bench.handle_scan(badge)
    state = None
    for _ in range(times):
        state = bench.enter_pin("9999")
    return state


def try_at(db, policy, badge: str, pin: str, at: dt.datetime, station: str = "bench-1") -> str:
    """The outcome of one try through the use case: "ok", "wrong" or "locked"."""
    try:
        sign_in(SignIn(badge, pin, at, station), UnitOfWork(db, policy))
    except RefusedError as refused:
        return "locked" if "locked" in str(refused) else "wrong"
    return "ok"


def test_five_wrong_pins_lock_the_badge_for_30_seconds_even_against_the_right_pin(bench, clock):
    state = wrong_pins(bench, "OP-1001", 4)
    assert state.feedback.message == "Badge or PIN not recognised."
    state = bench.enter_pin("9999")                                  # the fifth in a row
    assert state.feedback.cue is Cue.ERROR and state.phase is Phase.AWAITING_PIN
    assert state.feedback.message.startswith("Badge OP-1001 is locked") and "30 s" in state.feedback.message
    clock.advance(10)
    state = bench.enter_pin("1234")                                  # right, but locked: not even checked
    assert state.phase is Phase.AWAITING_PIN and state.operator is None
    assert "locked" in state.feedback.message and "20 s" in state.feedback.message
    clock.advance(20)
    assert bench.enter_pin("1234").phase is Phase.AWAITING_PARCEL


def test_each_further_wrong_pin_doubles_the_lock_up_to_the_cap(seeded_database, policy):
    for _ in range(4):
        assert try_at(seeded_database, policy, "OP-1001", "9999", NOW) == "wrong"
    at, locks = NOW, []
    for _ in range(7):
        assert try_at(seeded_database, policy, "OP-1001", "9999", at) == "locked"
        with seeded_database.session() as s:
            until = s.get(BadgeLockRow, "OP-1001").locked_until
        locks.append((until - at).total_seconds())
        assert try_at(seeded_database, policy, "OP-1001", "1234", until - dt.timedelta(seconds=1)) == "locked"
        at = until                                                   # waited it out, and tries wrong again
    assert locks == [30, 60, 120, 240, 480, 900, 900]


def test_lock_lengths_come_from_the_policy(seeded_database, policy):
    from dataclasses import replace

    from inspector.domain.policy import SignInLockout
    strict = replace(policy, sign_in_lockout=SignInLockout(failures_to_lock=2, first_lock_seconds=60,
                                                           longest_lock_seconds=90))
    assert try_at(seeded_database, strict, "OP-1001", "9999", NOW) == "wrong"
    assert try_at(seeded_database, strict, "OP-1001", "9999", NOW) == "locked"
    assert try_at(seeded_database, strict, "OP-1001", "1234", NOW + dt.timedelta(seconds=59)) == "locked"
    assert try_at(seeded_database, strict, "OP-1001", "9999", NOW + dt.timedelta(seconds=60)) == "locked"
    assert try_at(seeded_database, strict, "OP-1001", "1234", NOW + dt.timedelta(seconds=149)) == "locked"
    assert try_at(seeded_database, strict, "OP-1001", "1234", NOW + dt.timedelta(seconds=150)) == "ok"


def test_the_right_pin_resets_the_count(seeded_database, policy):
    for _ in range(4):
        try_at(seeded_database, policy, "OP-1001", "9999", NOW)
    assert try_at(seeded_database, policy, "OP-1001", "1234", NOW) == "ok"
    assert [try_at(seeded_database, policy, "OP-1001", "9999", NOW) for _ in range(5)] == ["wrong"] * 4 + ["locked"]


def test_an_unknown_badge_is_told_exactly_what_a_known_one_is(bench):
    known, unknown = wrong_pins(bench, "OP-1001", 5), wrong_pins(bench, "OP-7777", 5)
    assert unknown.feedback.message == known.feedback.message.replace("OP-1001", "OP-7777")
    assert wrong_pins(bench, "OP-7777", 1).feedback.message.startswith("Badge OP-7777 is locked")


def test_every_failed_try_is_a_row_and_a_log_line_without_the_pin(bench, seeded_database, clock, caplog):
    caplog.set_level(logging.INFO)
    wrong_pins(bench, "OP-1001", 6)                                  # five wrong, then one while locked
    with seeded_database.session() as s:
        rows = s.scalars(select(PinFailureRow).order_by(PinFailureRow.id)).all()
    assert [(r.badge, r.station, r.at, r.while_locked) for r in rows] == \
        [("OP-1001", "bench-1", NOW, False)] * 5 + [("OP-1001", "bench-1", NOW, True)]
    logged = [r.getMessage() for r in caplog.records if r.name == "inspector.usecases.operators"]
    assert len(logged) >= 6 and all("OP-1001" in m and "9999" not in m for m in logged)
    assert any("locked" in m and "30 s" in m for m in logged)


def test_a_supervisor_at_the_bench_lifts_the_lock(bench, clock):
    wrong_pins(bench, "OP-1001", 5)
    bench.handle_scan("OP-2001")
    assert bench.enter_pin("4321").operator.role == "supervisor"
    state = bench.unlock_badge("op1001")                           # scanned or typed, read as a badge
    assert state.feedback.cue is Cue.SUCCESS and "OP-1001" in state.feedback.message
    assert "not locked" in bench.unlock_badge("OP-1001").feedback.message
    assert "not a badge" in bench.unlock_badge("RMA-10000001").feedback.message
    bench.sign_out()
    bench.handle_scan("OP-1001")
    assert bench.enter_pin("1234").phase is Phase.AWAITING_PARCEL  # well inside the 30 s


def test_only_a_supervisor_may_lift_a_lock(bench, seeded_database, policy):
    wrong_pins(bench, "OP-2001", 5)
    bench.handle_scan("OP-1001")
    bench.enter_pin("1234")
    state = bench.unlock_badge("OP-2001")
    assert state.feedback.cue is Cue.ERROR and "supervisor" in state.feedback.message
    assert try_at(seeded_database, policy, "OP-2001", "4321", NOW) == "locked"
    inspector_id = state.operator.id
    with pytest.raises(RefusedError):                             # the use case refuses too, whatever asks it
        unlock_badge(UnlockBadge("OP-2001", NOW, "bench-1", inspector_id), UnitOfWork(seeded_database, policy))


def test_the_cli_lifts_the_lock(seeded_database, policy, paths, capsys):
    for _ in range(5):
        try_at(seeded_database, policy, "OP-1001", "9999", NOW)
    assert main(["--data-dir", str(paths.data_dir), "unlock-operator", "op-1001"]) == 0
    assert "Badge OP-1001 unlocked" in capsys.readouterr().out
    assert try_at(seeded_database, policy, "OP-1001", "1234", NOW) == "ok"
    assert main(["--data-dir", str(paths.data_dir), "unlock-operator", "OP-1001"]) == 0
    assert "was not locked" in capsys.readouterr().out
    assert main(["--data-dir", str(paths.data_dir), "unlock-operator", "RMA-1"]) == 1
    assert "not a badge" in capsys.readouterr().err


def test_a_pin_in_other_digits_or_garbled_by_qt_is_read_never_a_crash(bench):
    bench.handle_scan("OP-1001")
    state = bench.enter_pin("12\udcff4")                             # half a UTF-16 pair: just a wrong PIN
    assert state.feedback.message == "Badge or PIN not recognised." and state.phase is Phase.AWAITING_PIN
    # The PIN field takes any decimal digits; an Arabic keyboard's top row types these for 1234.
    assert bench.enter_pin("١٢٣٤").phase is Phase.AWAITING_PARCEL
