"""Issue 15: how long wrong PINs lock a badge is domain arithmetic over policy data."""
from __future__ import annotations

import datetime as dt
import json

import pytest

from inspector.domain.operators import lock_duration
from inspector.domain.policy import PolicyError, SignInLockout, load_policy, policy_from_dict
from inspector.paths import resource


def test_no_lock_below_the_threshold_then_doubling_to_the_cap():
    rule = SignInLockout(failures_to_lock=5, first_lock_seconds=30, longest_lock_seconds=900)
    assert [lock_duration(n, rule).total_seconds() for n in range(1, 12)] == [
        0, 0, 0, 0, 30, 60, 120, 240, 480, 900, 900]
    assert lock_duration(10**6, rule) == dt.timedelta(seconds=900)          # no overflow, however long the run


def test_the_shipped_policy_says_five_tries_thirty_seconds_fifteen_minutes():
    assert load_policy(resource("policy.json")).sign_in_lockout == SignInLockout(5, 30, 900)


def test_a_policy_without_the_rule_gets_the_default_and_a_bad_rule_is_refused():
    data = json.loads(resource("policy.json").read_text(encoding="utf-8"))
    del data["sign_in_lockout"]
    assert policy_from_dict(data).sign_in_lockout == SignInLockout()
    for bad in ({"failures_to_lock": 0}, {"first_lock_seconds": "30"}, {"first_lock_seconds": 60,
                                                                         "longest_lock_seconds": 30},
                {"failures_to_lock": True}, {"lock_forever": 1}):
        with pytest.raises(PolicyError, match="sign_in_lockout"):
            policy_from_dict({**data, "sign_in_lockout": bad})
