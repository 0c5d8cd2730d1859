"""Kiosk mode's rules: when it is on, how long idle is, who may close the window, who an idle bench signs out."""
from __future__ import annotations

import json

import pytest

from inspector.bench.state import Phase
from inspector.domain.operators import Role
from inspector.kiosk.mode import (DEFAULT_IDLE_MINUTES, KioskMode, KioskSettingError, check_idle_minutes, kiosk_mode,
                                  mode_of_run, parse_switch, signs_out_when_idle)
from inspector.paths import Paths


@pytest.mark.parametrize("option, setting, idle, expected", [
    (False, False, None, KioskMode(False, 0)),                     # an ordinary bench: never signed out for idling
    (True, False, None, KioskMode(True, DEFAULT_IDLE_MINUTES)),    # --kiosk alone
    (False, True, None, KioskMode(True, DEFAULT_IDLE_MINUTES)),    # the station setting alone
    (True, True, 3, KioskMode(True, 3)),
    (True, False, 0, KioskMode(True, 0)),                          # 0: never, even in kiosk
    (False, False, 15, KioskMode(False, 15)),                      # idle sign-out outside kiosk too
])
def test_kiosk_is_the_option_or_the_setting_and_idle_has_a_default_per_mode(option, setting, idle, expected):
    assert kiosk_mode(option, setting, idle) == expected
    assert expected.idle_ms == expected.idle_minutes * 60_000


@pytest.mark.parametrize("bad", [-1, 1441, 2.5, "10", True, None])
def test_idle_minutes_are_whole_minutes_up_to_a_day(bad):
    with pytest.raises(KioskSettingError, match=r"whole minutes from 0 \(never\) to 1440"):
        check_idle_minutes(bad)


def test_a_kiosk_setting_that_is_not_true_or_false_is_refused():
    with pytest.raises(KioskSettingError, match="true or false, not 'yes'"):
        kiosk_mode(False, "yes", None)


@pytest.mark.parametrize("word, on", [("on", True), ("OFF", False), (" yes ", True), ("0", False)])
def test_the_kiosk_switch_reads_on_and_off(word, on):
    assert parse_switch(word) is on


def test_any_other_switch_word_is_refused():
    with pytest.raises(KioskSettingError, match="--kiosk takes on or off, not 'maybe'"):
        parse_switch("maybe")


@pytest.mark.parametrize("role, in_kiosk", [(None, False), (Role.INSPECTOR.value, False),
                                            (Role.SUPERVISOR.value, True)])
def test_in_kiosk_only_a_supervisor_may_close_and_outside_anybody(role, in_kiosk):
    assert KioskMode(True, 10).may_close(role, session_open=True) is in_kiosk
    assert KioskMode(False, 10).may_close(role, session_open=True) is True


@pytest.mark.parametrize("role", [None, Role.INSPECTOR.value, Role.SUPERVISOR.value])
def test_a_kiosk_whose_session_is_not_open_closes_for_anybody(role):
    """Opening failed (a newer program's database, a damaged file) or is still under way: nobody can sign in, so a
    guard would hold the window, and the data dir's lock, for ever."""
    assert KioskMode(True, 10).may_close(role, session_open=False) is True


@pytest.mark.parametrize("role", [None, Role.INSPECTOR.value])
def test_an_end_the_system_asks_for_is_not_held_up_by_a_kiosk(role):
    """A desktop logout or shutdown, a SIGTERM: the idle sign-out and the lock screen keep the bench safe."""
    assert KioskMode(True, 10).may_close(role, session_open=True, system_quit=True) is True
    assert KioskMode(True, 10).may_close(role, session_open=True, system_quit=False) is False


@pytest.mark.parametrize("phase", list(Phase))
def test_an_idle_bench_signs_out_whoever_is_there(phase):
    assert signs_out_when_idle(phase) is (phase is not Phase.SIGNED_OUT)


def test_a_run_reads_the_station_settings_and_survives_bad_ones(tmp_path):
    paths = Paths(tmp_path).ensure()
    assert mode_of_run(paths, False) == (KioskMode(False, 0), None)        # no settings file yet
    paths.settings_file.write_text(json.dumps({"station": "B1", "kiosk": True, "idle_signout_minutes": 4}))
    assert mode_of_run(paths, False) == (KioskMode(True, 4), None)
    paths.settings_file.write_text(json.dumps({"station": "B1", "kiosk": True, "idle_signout_minutes": -5}))
    mode, problem = mode_of_run(paths, True)
    assert mode == KioskMode(True, DEFAULT_IDLE_MINUTES)                  # a kiosk still starts, and signs out
    assert "whole minutes" in problem and "inspector settings" in problem
    paths.settings_file.write_text("{not json")
    mode, problem = mode_of_run(paths, False)
    assert mode == KioskMode(False, 0) and "cannot read station settings" in problem
