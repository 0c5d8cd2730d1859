"""The rules of decisions across the site, without storage: the version a decision was based on, the version a bench
sees, four eyes, and which of two decisions at one version wins."""
from __future__ import annotations

from inspector.domain.review import (Conflict, Decided, based_on, breaks_four_eyes, current_version,
                                     version_conflict)


def decided(n: int, station: str, basis: int, action: str = "override_grade", at: str = "") -> Decided:
    return Decided(f"d-{n}", station, f"op-{n}", at or f"2026-11-20T10:0{n}:00+00:00", action, basis, basis + 1)


def test_the_base_version_is_kept_and_derived_the_old_way_for_rows_from_before_the_site():
    assert based_on("approve", 5, 4) == 4 and based_on("override_grade", 5, 4) == 4
    assert based_on("approve", 3, None) == 3                 # an old approval left the version as it was
    assert based_on("override_disposition", 3, None) == 2    # an old override moved it on by one


def test_a_bench_sees_the_newest_of_its_row_and_what_decisions_produced():
    assert current_version(3, ()) == 3
    assert current_version(3, (4, 2)) == 4                   # a desk's copy stays at its owner's version


def test_four_eyes_refuses_only_the_inspector_and_only_while_the_policy_asks():
    assert breaks_four_eyes("op-1", "op-1", True)
    assert not breaks_four_eyes("op-1", "op-2", True)
    assert not breaks_four_eyes("op-1", "op-1", False)


def test_a_desk_must_decide_on_the_current_version_and_the_first_at_its_version_is_named():
    first, later = decided(1, "DESK-1", 3), decided(2, "DESK-1", 4)
    assert version_conflict("DESK-2", 3, "B1", 3, []) is None
    assert version_conflict("DESK-2", 3, "B1", 3, [first]) == Conflict(4, first)
    assert version_conflict("DESK-2", 3, "B1", 3, [later, first]) == Conflict(5, first)
    assert version_conflict("DESK-2", 5, "B1", 3, [first, later]) is None
    # The owner moved the item on by itself (a label reprinted): nobody to name but its bench.
    assert version_conflict("DESK-2", 3, "B1", 4, []) == Conflict(4, None)


def test_the_owner_conflicts_only_with_what_others_decided_after_its_base():
    mine = decided(1, "B1", 3)
    # Its own item, pushed first at the version its decision produced, and its own decisions: never a conflict.
    assert version_conflict("B1", 3, "B1", 4, [mine]) is None
    desk = decided(2, "DESK-1", 3)
    assert version_conflict("B1", 3, "B1", 4, [desk]) == Conflict(4, desk)
    # Once it applied the desk's decision (its next version is past what that produced), it decides again.
    assert version_conflict("B1", 4, "B1", 4, [desk]) is None


def test_two_approvals_of_one_version_conflict_like_overrides():
    approval = decided(1, "DESK-1", 3, "approve")
    assert version_conflict("DESK-2", 3, "B1", 3, [approval]) == Conflict(4, approval)
