"""The hub's rule for supervisors' decisions, on SQLite and PostgreSQL: the first decision at an inspection's version
wins and a later one is refused naming who and when; the owning bench's own decisions never conflict with the item it
pushes; a decider who is no supervisor, four eyes and a station without the site view refuse the batch naming the
decision (nothing of it is written), while a conflict is rejected per record and the rest goes in; a batch with another
station's record is refused whole; the owner pulls what others decided on its inspections."""
from __future__ import annotations

import json
import threading

import pytest
from sqlalchemy import select

from inspector.hub import decisions, feed, ingest
from inspector.hub import operators as hub_team
from inspector.hub.schema import records
from inspector.hub.stations import add_station
from inspector.hub.storage import ensure_schema, make_hub_engine
from inspector.paths import resource
from tests.integration.faults.postgres import fresh_database, require_url

AT = "2026-11-20T10:00:00+00:00"


@pytest.fixture(params=["sqlite", "postgresql"])
def hub(request, tmp_path):
    """A hub database with stations B1, B2 (benches), DESK-1, DESK-2 (site view) and the site's team; the
    operators' ids in `hub.team` by name."""
    if request.param == "sqlite":
        url, done = f"sqlite:///{tmp_path}/hub.sqlite3", None
    else:
        done = fresh_database(require_url())
        url = done.__enter__()
    engine = make_hub_engine(url)
    try:
        ensure_schema(engine)
        for name in ("B1", "B2"):
            add_station(engine, name)
        for name in ("DESK-1", "DESK-2"):
            add_station(engine, name, site_view=True)
        engine.team = {name: hub_team.add_operator(engine, hub_team.NewOperator(badge, name, role, None, "1234"))
                       for badge, name, role in (("OP-1001", "Ana Popescu", "inspector"),
                                                 ("OP-2001", "Maria Ionescu", "supervisor"),
                                                 ("OP-2002", "Ion Popa", "supervisor"))}
        yield engine
    finally:
        engine.dispose()
        if done is not None:
            done.__exit__(None, None, None)


def item(record_id: str, version: int, operator_id: str, station: str = "B1", **changes) -> ingest.Incoming:
    data = {"id": record_id, "version": version, "station": station, "license_plate": f"LP-{record_id}",
            "parcel_id": "p-1", "return_line_id": None, "gtin": "05901234123457", "sku": "MUG", "serial": None,
            "lot": None, "expiry": None, "description": "Mug", "match_kind": "expected", "flags": ["wrong_item"],
            "grade": "B", "unit_price": "19.99", "currency": "EUR", "deduction_total": "0.00", "refund": "19.99",
            "findings": [], "proposed_disposition": "open_box", "disposition": "open_box",
            "disposition_reason": None, "bin": "OB-1", "note": "", "status": "completed", "operator_id": operator_id,
            "started_at": AT, "completed_at": AT}
    data.update(changes)
    return ingest.Incoming("item_inspection", record_id, version, data)


def decision(record_id: str, station: str, operator_id: str, inspection_id: str, based_on: int,
             action: str = "override_grade", at: str = AT, **changes) -> ingest.Incoming:
    data = {"id": record_id, "version": 1, "station": station, "inspection_id": inspection_id, "action": action,
            "before": {"grade": "B"} if action != "approve" else {"review": "open"},
            "after": {"grade": "C"} if action != "approve" else {"review": "approved"},
            "reason": "looked again", "operator_id": operator_id, "at": at, "inspection_version": based_on + 1,
            "based_on_version": based_on}
    data.update(changes)
    return ingest.Incoming("inspection_override", record_id, 1, data)


def judged(engine, station, *batch):
    return {r.id: (r.outcome, r.reason) for r in ingest.apply_batch(engine, station, list(batch))}


def test_the_first_decision_at_a_version_wins_and_a_later_one_is_told_who_and_when(hub):
    team = hub.team
    assert judged(hub, "B1", item("i-1", 3, team["Ana Popescu"]))["i-1"][0] == "applied"
    assert judged(hub, "DESK-1", decision("d-1", "DESK-1", team["Maria Ionescu"], "i-1", 3))["d-1"] == (
        "applied", None)
    outcome, reason = judged(hub, "DESK-2", decision("d-2", "DESK-2", team["Ion Popa"], "i-1", 3,
                                                     at="2026-11-20T12:05:00+02:00"))["d-2"]
    assert outcome == "rejected"
    assert reason.startswith("conflict: Maria Ionescu at DESK-1 decided LP-i-1 first, at 2026-11-20 10:00:00 UTC")
    assert "made on version 3" in reason and "at version 4" in reason
    # An approval of a version already decided loses the same way: one wins.
    outcome, reason = judged(hub, "DESK-2", decision("d-3", "DESK-2", team["Ion Popa"], "i-1", 3, "approve"))["d-3"]
    assert outcome == "rejected" and "Maria Ionescu at DESK-1" in reason
    # Made on what the first decision produced, it is applied.
    assert judged(hub, "DESK-2", decision("d-4", "DESK-2", team["Ion Popa"], "i-1", 4))["d-4"][0] == "applied"
    # The owning bench changed the item since (a reprinted label): a decision on the older version is refused.
    judged(hub, "B1", item("i-1", 6, team["Ana Popescu"], label_prints=1))
    outcome, reason = judged(hub, "DESK-1", decision("d-5", "DESK-1", team["Maria Ionescu"], "i-1", 5))["d-5"]
    assert outcome == "rejected" and reason.startswith("conflict: LP-i-1 was changed at its bench B1 at ")


def test_the_owners_own_decision_never_conflicts_with_the_item_it_pushes_first(hub):
    team = hub.team
    judged(hub, "B1", item("i-1", 3, team["Ana Popescu"]))
    # The owner pushes the changed item (version 4) and the decision made on version 3, in one batch or two.
    assert judged(hub, "B1", item("i-1", 4, team["Ana Popescu"], grade="C"),
                  decision("o-1", "B1", team["Ion Popa"], "i-1", 3)) == {"i-1": ("applied", None),
                                                                         "o-1": ("applied", None)}
    judged(hub, "B1", item("i-1", 5, team["Ana Popescu"], grade="D"))
    assert judged(hub, "B1", decision("o-2", "B1", team["Ion Popa"], "i-1", 4, after={"grade": "D"}))["o-2"][0] == \
        "applied"
    # A desk that decided on version 3 lost to the owner's supervisor.
    outcome, reason = judged(hub, "DESK-1", decision("d-1", "DESK-1", team["Maria Ionescu"], "i-1", 3))["d-1"]
    assert outcome == "rejected" and "Ion Popa at B1 decided LP-i-1 first" in reason
    # On the current version it wins; the owner's next decision made without having pulled it is refused.
    assert judged(hub, "DESK-1", decision("d-2", "DESK-1", team["Maria Ionescu"], "i-1", 5))["d-2"][0] == "applied"
    judged(hub, "B1", item("i-1", 6, team["Ana Popescu"], disposition="liquidate"))
    outcome, reason = judged(hub, "B1", decision("o-3", "B1", team["Ion Popa"], "i-1", 5,
                                                 action="override_disposition"))["o-3"]
    assert outcome == "rejected" and "Maria Ionescu at DESK-1 decided LP-i-1 first" in reason
    # Once it has applied the desk's decision (its version 6 is past what that decision produced), it decides again.
    assert judged(hub, "B1", decision("o-4", "B1", team["Ion Popa"], "i-1", 6))["o-4"][0] == "applied"


def _parcel(record_id: str, station: str) -> ingest.Incoming:
    return ingest.Incoming("parcel_receipt", record_id, 1, {
        "id": record_id, "version": 1, "rma_number": None, "tracking_number": None, "carrier": None,
        "station": station, "operator_id": "op", "received_at": AT, "packaging_condition": "intact", "status": "open",
        "flags": [], "completed_at": None})


def held(engine, *record_ids: str) -> set[str]:
    with engine.connect() as conn:
        return set(conn.scalars(select(records.c.record_id).where(records.c.record_id.in_(record_ids))))


def no_right(engine, station, *batch) -> tuple[str, str, str]:
    with pytest.raises(decisions.NoRight) as refused:
        ingest.apply_batch(engine, station, list(batch))
    return refused.value.record_type, refused.value.record_id, refused.value.reason


def test_no_supervisor_four_eyes_and_no_site_view_refuse_the_batch_naming_the_decision_and_write_nothing(hub):
    team = hub.team
    judged(hub, "B1", item("i-1", 3, team["Ana Popescu"]), item("i-2", 3, team["Maria Ionescu"]))
    # The batch as a bench sends it, resent without each decision named (as the bench does) until it goes in.
    not_a_supervisor = decision("d-1", "DESK-1", team["Ana Popescu"], "i-1", 3)
    four_eyes = decision("d-2", "DESK-1", team["Maria Ionescu"], "i-2", 3)
    batch = [_parcel("p-8", "DESK-1"), not_a_supervisor, four_eyes, _parcel("p-9", "DESK-1")]
    assert no_right(hub, "DESK-1", *batch) == (
        "inspection_override", "d-1", "Ana Popescu is not a supervisor at this site: only a supervisor may approve or "
                                      "override an inspection")
    assert held(hub, "p-8", "p-9", "d-1", "d-2") == set()          # a refused batch writes nothing
    record_type, record_id, reason = no_right(hub, "DESK-1", *(r for r in batch if r.id != "d-1"))
    assert (record_type, record_id) == ("inspection_override", "d-2") and reason == (
        "four eyes: Maria Ionescu inspected LP-i-2 and may not approve, override or release it; another supervisor "
        "must decide")
    assert held(hub, "p-8", "p-9") == set()
    assert judged(hub, "DESK-1", *(r for r in batch if r.id not in ("d-1", "d-2"))) == {
        "p-8": ("applied", None), "p-9": ("applied", None)}
    # A station without the site view deciding on another station's inspection; its own parcel waits with it.
    record_type, record_id, reason = no_right(hub, "B2", _parcel("p-b2", "B2"),
                                              decision("b-1", "B2", team["Ion Popa"], "i-1", 3))
    assert (record_type, record_id) == ("inspection_override", "b-1")
    assert reason == ("station B2 may not decide on station B1's inspection LP-i-1: it is not a supervisor desk "
                      "(add-station --site-view)")
    assert held(hub, "p-b2", "b-1") == set()
    # A conflict is no missing right: rejected in the answer, the rest of its batch applied.
    assert judged(hub, "DESK-1", decision("d-4", "DESK-1", team["Maria Ionescu"], "i-1", 3))["d-4"][0] == "applied"
    found = judged(hub, "DESK-2", _parcel("p-d2", "DESK-2"), decision("e-1", "DESK-2", team["Ion Popa"], "i-1", 3))
    assert found["p-d2"] == ("applied", None)
    assert found["e-1"][0] == "rejected" and found["e-1"][1].startswith("conflict: Maria Ionescu at DESK-1 decided")
    # A missing right is told first, even beside a conflict: still nothing written.
    assert no_right(hub, "DESK-2", _parcel("p-d3", "DESK-2"), decision("e-2", "DESK-2", team["Ion Popa"], "i-1", 3),
                    decision("e-3", "DESK-2", team["Ana Popescu"], "i-2", 3))[1] == "e-3"
    assert held(hub, "p-d3", "e-2", "e-3") == set()
    # A one-person site switches four eyes off.
    policy = json.loads(resource("policy.json").read_text(encoding="utf-8"))
    policy["site"]["four_eyes"] = False
    feed.store_policy(hub, policy)
    assert judged(hub, "DESK-1", decision("d-3", "DESK-1", team["Maria Ionescu"], "i-2", 3))["d-3"][0] == "applied"


def test_a_resent_decision_is_a_duplicate_and_one_batch_is_judged_in_the_order_decided(hub):
    team = hub.team
    judged(hub, "B1", item("i-1", 3, team["Ana Popescu"]))
    first = decision("d-1", "DESK-1", team["Maria Ionescu"], "i-1", 3, "approve")
    assert judged(hub, "DESK-1", first)["d-1"][0] == "applied"
    assert judged(hub, "DESK-1", first)["d-1"] == ("duplicate", None)          # the answer was lost: sent again
    # The desk's next two, sent in the reverse order: judged in the order they were based on.
    found = judged(hub, "DESK-1", decision("d-3", "DESK-1", team["Maria Ionescu"], "i-1", 5),
                   decision("d-2", "DESK-1", team["Maria Ionescu"], "i-1", 4))
    assert found == {"d-2": ("applied", None), "d-3": ("applied", None)}
    # Another desk's two, the first too late: the second, made after it, is refused with it.
    found = judged(hub, "DESK-2", decision("e-1", "DESK-2", team["Ion Popa"], "i-1", 4, "approve"),
                   decision("e-2", "DESK-2", team["Ion Popa"], "i-1", 5))
    assert found["e-1"][0] == "rejected" and "Maria Ionescu at DESK-1" in found["e-1"][1]
    assert found["e-2"][0] == "rejected" and "made after decision e-1" in found["e-2"][1]


def test_a_batch_with_another_stations_record_is_refused_whole(hub):
    team = hub.team
    with pytest.raises(decisions.ForeignRecords, match="record 1 of the batch is station B1's"):
        ingest.apply_batch(hub, "DESK-1", [decision("d-1", "DESK-1", team["Maria Ionescu"], "i-1", 3),
                                           item("i-1", 3, team["Ana Popescu"])])
    with hub.connect() as conn:
        assert conn.scalar(select(records.c.record_id).where(records.c.record_id == "d-1")) is None


def test_the_owner_pulls_what_other_stations_decided_on_its_inspections(hub):
    team = hub.team
    judged(hub, "B1", item("i-1", 3, team["Ana Popescu"]), item("i-2", 3, team["Ana Popescu"]))
    judged(hub, "B2", item("j-1", 3, team["Ana Popescu"], station="B2"))
    judged(hub, "B1", item("i-2", 4, team["Ana Popescu"]), decision("o-1", "B1", team["Ion Popa"], "i-2", 3))
    judged(hub, "DESK-1", decision("d-1", "DESK-1", team["Maria Ionescu"], "i-1", 3),
           decision("d-2", "DESK-1", team["Maria Ionescu"], "j-1", 3))
    judged(hub, "DESK-2", decision("e-1", "DESK-2", team["Ion Popa"], "i-2", 4, "approve"))
    with hub.connect() as conn:
        page, cursor, more = decisions.decisions_since(conn, "B1", 0, 1)
        assert [d["id"] for d in page] == ["d-1"] and more
        assert page[0]["station"] == "DESK-1" and page[0]["data"]["inspection_id"] == "i-1"
        rest, last, more = decisions.decisions_since(conn, "B1", cursor, 10)
        assert [d["id"] for d in rest] == ["e-1"] and not more      # not its own o-1, not B2's j-1
        assert last == rest[0]["seq"]                               # the newest change of all
        assert decisions.decisions_since(conn, "B1", last, 10) == ([], last, False)
    # Records that are no decision move the cursor on too: the next pass starts after them.
    judged(hub, "B2", item("j-2", 3, team["Ana Popescu"], station="B2"))
    with hub.connect() as conn:
        assert decisions.decisions_since(conn, "B1", last, 10) == ([], last + 1, False)
        assert [d["id"] for d in decisions.decisions_since(conn, "B2", 0, 10)[0]] == ["d-2"]


def test_two_desks_deciding_at_the_same_moment_get_one_decision_applied(hub):
    """Through two connections at once (two hub processes on PostgreSQL): the lock makes the second see the first."""
    team = hub.team
    judged(hub, "B1", item("i-1", 3, team["Ana Popescu"]))
    start, found = threading.Barrier(2), {}

    def push(station, record_id, operator):
        start.wait()
        found.update(judged(hub, station, decision(record_id, station, team[operator], "i-1", 3)))

    threads = [threading.Thread(target=push, args=args) for args in (("DESK-1", "d-1", "Maria Ionescu"),
                                                                     ("DESK-2", "d-2", "Ion Popa"))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert sorted(outcome for outcome, _reason in found.values()) == ["applied", "rejected"]
