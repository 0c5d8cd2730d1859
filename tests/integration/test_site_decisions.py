"""Supervisors' decisions across benches, with the real hub over HTTP: a bench (B1) owns the inspections, two
supervisor desks (DESK-1, DESK-2: benches whose station has the site view) hold copies of them from the site feed.

Two desks override one inspection: one wins, the other is told who won and when (a per-record rejection in the push's
answer), and every bench converges to the winner's values (the owner's label too). The owner's own decision that came
second is undone. Four eyes holds at the bench and at the hub, and gives way when the site's policy says so. A decision
the station had no right to send (a decider the site does not hold for a supervisor, four eyes, a station that is no
desk) is a 403 naming it: the bench sets that one aside, undone, and pushes the rest of its outbox in the same pass. A
hold released at one desk leaves every desk. On SQLite, and on PostgreSQL where a test says so.
"""
from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, replace

import httpx
import jsonschema_rs
import pytest
from sqlalchemy import select

from inspector.domain.policy import SitePolicy
from inspector.errors import RefusedError
from inspector.hub import feed
from inspector.hub import operators as hub_team
from inspector.hub.schema import operators as hub_operators
from inspector.hub.schema import records
from inspector.hub.stations import add_station, set_site_view
from inspector.hub.storage import ensure_schema, make_hub_engine
from inspector.paths import Paths, resource
from inspector.printing.label_source import load_label
from inspector.settings import StationSettings, load_settings, save_settings, site_policy
from inspector.storage.database import Database
from inspector.storage.orm import InspectionRow, OutboxRow
from inspector.sync.engine import SyncConfig, SyncEngine
from inspector.sync.site_copies import drop_old_copies
from inspector.usecases import inspections, parcels, review
from tests.conftest import PHONE_GTIN, UPS, pin_site_zone
from tests.integration.faults.hubs import ThreadHub
from tests.integration.faults.postgres import fresh_database, require_url
from tests.integration.faults.workload import Bench

UTC = dt.timezone.utc
# A day shortly before the real one: the site feed serves the review window, counted back from the hub's today.
DAY = (dt.datetime.now(UTC) - dt.timedelta(days=2)).date()
MORNING = dt.datetime.combine(DAY, dt.time(9, 0), tzinfo=UTC)
TEAM = (("OP-1001", "Ana Popescu", "inspector", "1234"), ("OP-2001", "Maria Ionescu", "supervisor", "4321"),
        ("OP-2002", "Ion Popa", "supervisor", "5678"))


def _site_policy_data(four_eyes: bool = True) -> dict:
    data = json.loads(resource("policy.json").read_text(encoding="utf-8"))
    data["time_zone"] = "UTC"
    data["site"]["four_eyes"] = four_eyes
    return data


@dataclass
class Site:
    hub: ThreadHub
    benches: dict[str, Bench]
    team: dict[str, str]          # name -> the site's operator id
    tokens: dict[str, str]

    def set_policy(self, data: dict) -> None:
        engine = make_hub_engine(self.hub.db_url)
        try:
            feed.store_policy(engine, data)
        finally:
            engine.dispose()


def _join(root, station: str, hub: ThreadHub, token: str) -> Bench:
    paths = Paths(root / station).ensure()
    save_settings(paths, StationSettings(station=station, hub_url=hub.url, hub_token=token))
    pin_site_zone(paths, "UTC")
    bench = Bench(station, paths, Database.open_sqlite(paths.database), site_policy(paths), operator_id="")
    sync(bench)    # the site's team
    with bench.database.engine.connect() as conn:
        bench.operator_id = conn.exec_driver_sql("SELECT id FROM operators WHERE badge = 'OP-1001'").scalar_one()
    return bench


@pytest.fixture
def site(request, tmp_path):
    """The hub on SQLite, or on PostgreSQL for a test parametrized `indirect` with "postgresql"."""
    if getattr(request, "param", "sqlite") == "sqlite":
        yield from _site(tmp_path, f"sqlite:///{tmp_path}/hub.sqlite3")
        return
    with fresh_database(require_url()) as db_url:
        yield from _site(tmp_path, db_url)


def _site(tmp_path, db_url: str):
    engine = make_hub_engine(db_url)
    try:
        ensure_schema(engine)
        feed.store_policy(engine, _site_policy_data())
        team = {name: hub_team.add_operator(engine, hub_team.NewOperator(badge, name, role, None, pin))
                for badge, name, role, pin in TEAM}
        tokens = {"B1": add_station(engine, "B1")}
        tokens.update({name: add_station(engine, name, site_view=True) for name in ("DESK-1", "DESK-2")})
    finally:
        engine.dispose()
    with ThreadHub(db_url) as hub:
        benches = {}
        try:
            for name, token in tokens.items():
                benches[name] = _join(tmp_path / "benches", name, hub, token)
            yield Site(hub, benches, team, tokens)
        finally:
            for bench in benches.values():
                bench.close()


def sync(bench: Bench, pull: bool = True) -> dict:
    engine = SyncEngine(bench.database, bench.policy, bench.paths,
                        SyncConfig.from_settings(load_settings(bench.paths)))
    try:
        report = engine.run_once(pull=pull)
    finally:
        engine.close()
    assert report["ok"], report
    return report


def post_pending(site: Site, bench: Bench) -> httpx.Response:
    """The bench's pending records as the batch its sync would push first, posted over HTTP as it posts it."""
    engine = SyncEngine(bench.database, bench.policy, bench.paths,
                        SyncConfig.from_settings(load_settings(bench.paths)))
    try:
        batch = engine.prepare_push()
    finally:
        engine.close()
    return httpx.post(f"{site.hub.url}/v1/records", content=batch.body, timeout=10,
                      headers={"Authorization": f"Bearer {site.tokens[bench.station]}",
                               "Content-Type": "application/json"})


def at_hub(site: Site, *record_ids: str) -> set[str]:
    engine = make_hub_engine(site.hub.db_url)
    try:
        with engine.connect() as conn:
            return set(conn.scalars(select(records.c.record_id).where(records.c.record_id.in_(record_ids))))
    finally:
        engine.dispose()


def outbox_rows(bench: Bench, status: str) -> dict[tuple[str, str], str | None]:
    """(type, id) -> the row's last error, of the bench's outbox rows in that status."""
    with bench.database.engine.connect() as conn:
        return {(t, i): error for t, i, error in conn.execute(
            select(OutboxRow.record_type, OutboxRow.record_id, OutboxRow.last_error)
            .where(OutboxRow.status == status))}


def scan(bench: Bench, n: int, operator_id: str | None = None) -> tuple[str, str]:
    """A parcel nobody announced with one graded item: an exception for review. Returns (inspection id, plate)."""
    at, operator = MORNING + dt.timedelta(minutes=n), operator_id or bench.operator_id
    plate = f"LP{bench.station[-1]}{n:07d}"
    pid = parcels.receive_parcel(parcels.ReceiveParcel(bench.station, operator, UPS, at, tracking_number=UPS,
                                                       carrier="ups"), bench.uow())
    iid = inspections.start_inspection(inspections.StartInspection(pid, operator, bench.station, PHONE_GTIN, plate,
                                                                   at, gtin=PHONE_GTIN), bench.uow())
    inspections.grade_inspection(inspections.GradeInspection(iid, "B"), bench.uow())
    inspections.complete_inspection(inspections.InspectionCommand(iid, at), bench.uow())
    parcels.complete_parcel(parcels.ParcelCommand(pid, at), bench.uow())
    return iid, plate


def item_row(bench: Bench, inspection_id: str) -> InspectionRow:
    with bench.database.session() as session:
        row = session.get(InspectionRow, inspection_id)
        session.expunge(row)
        return row


def queue(bench: Bench, supervisor_id: str, open_only: bool = False) -> dict[str, review.ReviewItem]:
    items = review.review_queue(review.ReviewQuery(DAY, DAY, open_only=open_only), supervisor_id, bench.uow())
    return {i.inspection_id: i for i in items}


def outbox_types(bench: Bench, record_id: str) -> list[str]:
    with bench.database.engine.connect() as conn:
        return list(conn.scalars(select(OutboxRow.record_type).where(OutboxRow.record_id == record_id)))


@pytest.mark.parametrize("site", ["sqlite", "postgresql"], indirect=True)
def test_two_desks_override_one_inspection_one_wins_and_every_bench_converges(site):
    b1, desk1, desk2 = (site.benches[n] for n in ("B1", "DESK-1", "DESK-2"))
    maria, ion = site.team["Maria Ionescu"], site.team["Ion Popa"]
    item, plate = scan(b1, 1)
    for bench in (b1, desk1, desk2):
        sync(bench)
    assert queue(desk1, maria)[item].station == "B1" and queue(desk2, ion)[item].review_state == "open"
    version, original = item_row(desk1, item).version, item_row(desk2, item).disposition
    at = MORNING + dt.timedelta(hours=3)
    review.override_disposition(review.OverrideDisposition(item, maria, "DESK-1", at, disposition="liquidate",
                                                           reason="Water damage"), desk1.uow())
    review.override_disposition(review.OverrideDisposition(item, ion, "DESK-2", at + dt.timedelta(minutes=1),
                                                           disposition="return_to_vendor", reason="Still sealed"),
                                desk2.uow())
    # Each desk's copy shows its decision at once, but is neither queued nor moved on: its owner writes it.
    copy = item_row(desk1, item)
    assert (copy.disposition, copy.version) == ("liquidate", version)
    assert outbox_types(desk1, item) == [] and outbox_types(desk2, item) == []

    assert sync(desk1)["pushed"]["applied"] == 1
    # A conflict is a race between supervisors, not a missing right: rejected in the push's answer (a 200).
    answer = post_pending(site, desk2)
    assert answer.status_code == 200
    (result,) = answer.json()["results"]
    assert result["outcome"] == "rejected" and result["reason"].startswith("conflict: Maria Ionescu at DESK-1")
    second = sync(desk2)
    assert second["pushed"]["rejected"] == 1
    (reason,) = second["pushed"]["reasons"]
    assert reason.startswith(f"conflict: Maria Ionescu at DESK-1 decided {plate} first, at "
                             f"{at:%Y-%m-%d %H:%M:%S} UTC (disposition overridden)")
    # At DESK-2 the refused decision counts for nothing: its copy is as it was, the state is DESK-1's decision
    # (pulled in the same pass), and the window has the refusal to show.
    assert item_row(desk2, item).disposition == original
    trail = {e.origin: e for e in review.audit_trail(item, desk2.uow())}
    assert trail["own"].refused_reason == reason and trail["site"].operator_name == "Maria Ionescu"
    seen = queue(desk2, ion)[item]
    assert seen.review_state == "overridden" and seen.refused == reason

    # The owner pulls the winner's decision and makes the change itself, at a new version it sends up.
    pulled = sync(b1)["pulled"]["decisions"]
    assert pulled["applied"] == 1 and pulled["set_aside"] == []
    owned = item_row(b1, item)
    assert owned.version > version and owned.disposition == "liquidate"
    assert sync(b1)["pushed"]["applied"] == 1
    assert sync(b1)["pulled"]["decisions"]["applied"] == 0          # nothing new, nothing applied twice
    for bench in (desk1, desk2):
        sync(bench)
    bin_ = b1.policy.disposition("liquidate").bin
    for bench in (b1, desk1, desk2):
        row = item_row(bench, item)
        assert (row.disposition, row.bin, row.disposition_reason, row.version) == (
            "liquidate", bin_, "Water damage", owned.version), bench.station
        assert queue(bench, maria)[item].review_state == "overridden"
    with b1.uow() as uow:
        label = load_label(uow, plate)
    assert label.bin == bin_ and label.disposition == b1.policy.disposition("liquidate").label


def test_the_owners_own_decision_made_second_is_undone_and_the_desks_wins_everywhere(site):
    b1, desk1 = site.benches["B1"], site.benches["DESK-1"]
    maria, ion = site.team["Maria Ionescu"], site.team["Ion Popa"]
    item, _plate = scan(b1, 2)
    sync(b1)
    sync(desk1)
    at = MORNING + dt.timedelta(hours=4)
    review.override_grade(review.OverrideGrade(item, maria, "DESK-1", at, grade="D", reason="Cracked back"),
                          desk1.uow())
    sync(desk1)
    # Meanwhile at the owning bench, not synced since: its own supervisor grades the same item otherwise.
    review.override_grade(review.OverrideGrade(item, ion, "B1", at + dt.timedelta(minutes=5), grade="C",
                                               reason="Light wear"), b1.uow())
    assert item_row(b1, item).grade == "C"
    report = sync(b1)
    assert report["pushed"]["rejected"] == 1 and "Maria Ionescu at DESK-1 decided" in report["pushed"]["reasons"][0]
    assert report["pulled"]["decisions"]["applied"] == 1
    assert item_row(b1, item).grade == "D"                   # its own change undone, the desk's made
    mine = queue(b1, ion)[item]
    assert mine.review_state == "overridden" and mine.refused.startswith("conflict: Maria Ionescu")
    sync(b1)
    sync(desk1)
    assert item_row(desk1, item).grade == "D" and item_row(desk1, item).version == item_row(b1, item).version


def test_four_eyes_is_refused_at_the_bench_and_at_the_hub_and_allowed_on_a_one_person_site(site):
    b1, desk1 = site.benches["B1"], site.benches["DESK-1"]
    maria = site.team["Maria Ionescu"]
    item, plate = scan(b1, 3, operator_id=maria)             # the supervisor inspected this one herself
    sync(b1)
    sync(desk1)
    at = MORNING + dt.timedelta(hours=5)
    with pytest.raises(RefusedError, match="You inspected this item yourself"):
        review.approve(review.Approve(item, maria, "DESK-1", at), desk1.uow())
    # A bench that thinks otherwise (its policy switched four eyes off) is refused by the hub.
    relaxed = replace(desk1.policy, site=SitePolicy(four_eyes=False))
    review.approve(review.Approve(item, maria, "DESK-1", at), replace(desk1, policy=relaxed).uow())
    report = sync(desk1)
    assert report["pushed"]["rejected"] == 1
    assert report["pushed"]["reasons"] == [f"four eyes: Maria Ionescu inspected {plate} and may not approve, "
                                           f"override or release it; another supervisor must decide"]
    held = queue(desk1, maria)[item]
    assert held.review_state == "open" and held.refused.startswith("four eyes")
    # A one-person site: the hub's policy says so, and the bench's.
    site.set_policy(_site_policy_data(four_eyes=False))
    review.approve(review.Approve(item, maria, "DESK-1", at + dt.timedelta(minutes=1)),
                   replace(desk1, policy=relaxed).uow())
    assert sync(desk1)["pushed"]["applied"] == 1
    assert queue(desk1, maria)[item].review_state == "approved"


def refused_own(bench: Bench, inspection_id: str) -> dict[str, str | None]:
    """This bench's own decisions on the inspection, each with the hub's reason for refusing it (None: not refused)."""
    return {e.id: e.refused_reason for e in review.audit_trail(inspection_id, bench.uow()) if e.origin == "own"}


def assert_published_403(site: Site, answer: httpx.Response) -> None:
    """POST /v1/records declares this answer in the hub's OpenAPI description, and the body matches it."""
    spec = httpx.get(f"{site.hub.url}/openapi.json", timeout=10).json()
    schema = spec["paths"]["/v1/records"]["post"]["responses"]["403"]["content"]["application/json"]["schema"]
    assert {"$ref": "#/components/schemas/RefusedRecord"} in schema["anyOf"]
    refused = {"$ref": "#/components/schemas/RefusedRecord", "components": spec["components"]}
    assert list(jsonschema_rs.validator_for(refused).iter_errors(answer.json())) == []


def refused_whole_then_pushed(site: Site, bench: Bench, decision_id: str, reason: str) -> None:
    """The bench's outbox holds its own work around a decision the hub refuses: its batch gets a 403 naming the
    decision (and nothing of it is written), then one push sets the decision aside with the hub's reason and takes
    every other record up."""
    sent = outbox_rows(bench, "pending")
    others = {i for t, i in sent if t != "inspection_override"}
    assert ("inspection_override", decision_id) in sent and len(others) >= 4
    answer = post_pending(site, bench)
    assert answer.status_code == 403
    assert answer.json() == {"detail": reason, "record": {"type": "inspection_override", "id": decision_id}}
    assert_published_403(site, answer)
    assert at_hub(site, *others, decision_id) == set()
    pushed = sync(bench, pull=False)["pushed"]
    assert (pushed["rejected"], pushed["reasons"]) == (1, [reason])
    assert at_hub(site, *others, decision_id) == others
    assert outbox_rows(bench, "pending") == {}
    assert outbox_rows(bench, "rejected")[("inspection_override", decision_id)] == reason


@pytest.mark.parametrize("site", ["sqlite", "postgresql"], indirect=True)
def test_a_decision_the_station_has_no_right_to_send_is_a_403_naming_it_and_the_rest_goes_up(site):
    b1, desk1, desk2 = (site.benches[n] for n in ("B1", "DESK-1", "DESK-2"))
    maria, ion = site.team["Maria Ionescu"], site.team["Ion Popa"]
    item, plate = scan(b1, 11)
    hers, her_plate = scan(b1, 12, operator_id=maria)        # the supervisor inspected this one herself
    for bench in (b1, desk1, desk2):
        sync(bench)
    at = MORNING + dt.timedelta(hours=8)
    hub = make_hub_engine(site.hub.db_url)
    try:
        # The site no longer holds Ion for a supervisor; DESK-2 has not pulled the team since.
        with hub.begin() as conn:
            conn.execute(hub_operators.update().where(hub_operators.c.id == ion).values(role="inspector"))
        scan(desk2, 21)
        decided = review.override_grade(review.OverrideGrade(item, ion, "DESK-2", at, grade="D",
                                                             reason="Cracked back"), desk2.uow())
        scan(desk2, 22)
        assert item_row(desk2, item).grade == "D"
        reason = "Ion Popa is not a supervisor at this site: only a supervisor may approve or override an inspection"
        refused_whole_then_pushed(site, desk2, decided, reason)
        assert item_row(desk2, item).grade == "B"                        # the change undone
        assert refused_own(desk2, item) == {decided: reason}

        # Four eyes, at a desk whose own policy thinks otherwise.
        relaxed = replace(desk1, policy=replace(desk1.policy, site=SitePolicy(four_eyes=False)))
        scan(desk1, 31)
        decided = review.approve(review.Approve(hers, maria, "DESK-1", at), relaxed.uow())
        scan(desk1, 32)
        reason = (f"four eyes: Maria Ionescu inspected {her_plate} and may not approve, override or release it; "
                  f"another supervisor must decide")
        refused_whole_then_pushed(site, desk1, decided, reason)
        assert refused_own(desk1, hers) == {decided: reason}
        assert queue(desk1, maria)[hers].review_state == "open"           # the approval counts for nothing

        # The administrator took DESK-1's site view away: it still holds its copies, and decides on one.
        set_site_view(hub, "DESK-1", False)
        original = item_row(desk1, item).disposition
        scan(desk1, 33)
        decided = review.override_disposition(review.OverrideDisposition(
            item, maria, "DESK-1", at + dt.timedelta(minutes=1), disposition="liquidate", reason="Water damage"),
            desk1.uow())
        scan(desk1, 34)
        reason = (f"station DESK-1 may not decide on station B1's inspection {plate}: it is not a supervisor desk "
                  f"(add-station --site-view)")
        refused_whole_then_pushed(site, desk1, decided, reason)
        assert item_row(desk1, item).disposition == original
        assert refused_own(desk1, item) == {decided: reason}
    finally:
        hub.dispose()
    # None of them reached the owner: its item is as its inspector left it.
    assert sync(b1)["pulled"]["decisions"]["applied"] == 0
    assert (item_row(b1, item).grade, item_row(b1, item).disposition) == ("B", original)


def test_a_hold_released_at_one_desk_leaves_every_desk_and_the_owner_once_synced(site):
    b1, desk1, desk2 = (site.benches[n] for n in ("B1", "DESK-1", "DESK-2"))
    maria, ion = site.team["Maria Ionescu"], site.team["Ion Popa"]
    held, _ = scan(b1, 4)
    other, _ = scan(b1, 5)
    for bench in (b1, desk1, desk2):
        sync(bench)
    assert {held, other} <= set(queue(desk2, ion, open_only=True))
    review.approve(review.Approve(held, maria, "DESK-1", MORNING + dt.timedelta(hours=6)), desk1.uow())
    assert held not in queue(desk1, maria, open_only=True)
    assert held in queue(desk2, ion, open_only=True)          # not synced yet
    sync(desk1)
    sync(desk2)
    assert set(queue(desk2, ion, open_only=True)) == {other}
    assert sync(b1)["pulled"]["decisions"]["applied"] == 1
    assert set(queue(b1, ion, open_only=True)) == {other}
    assert queue(b1, ion)[held].review_state == "approved"
    assert outbox_types(b1, held).count("item_inspection") == 1   # an approval changes nothing on the item
    # Long after the window, the owner still keeps the decision made elsewhere on its own item (its history), while
    # a desk drops its copies of the item and of the decisions on it.
    far = MORNING + dt.timedelta(days=400)
    assert drop_old_copies(b1.uow(), far).audits == 0
    assert queue(b1, ion)[held].review_state == "approved"
    assert [e.origin for e in review.audit_trail(held, b1.uow())] == ["site"]
    dropped = drop_old_copies(desk2.uow(), far)
    assert dropped.inspections >= 2 and dropped.audits == 1


def test_a_decision_by_a_supervisor_the_owner_does_not_know_is_applied_not_left_waiting(site):
    """A desk's supervisor account made before the site (never on the site's team): the owner applies the decision
    under a placeholder, so the owner, the hub's report and the desks agree."""
    b1, desk1 = site.benches["B1"], site.benches["DESK-1"]
    item, _plate = scan(b1, 6)
    for bench in (b1, desk1):
        sync(bench)
    from inspector.domain.operators import Role
    from inspector.usecases.operators import CreateOperator, create_operator
    local = create_operator(CreateOperator("OP-2999", "Vlad Local", Role.SUPERVISOR, "2999", MORNING), desk1.uow())
    review.override_disposition(review.OverrideDisposition(item, local, "DESK-1", MORNING + dt.timedelta(hours=4),
                                                           disposition="liquidate", reason="Crushed"), desk1.uow())
    assert sync(desk1)["pushed"]["applied"] == 1
    pulled = sync(b1)["pulled"]["decisions"]
    assert pulled["applied"] == 1 and pulled["set_aside"] == []
    assert item_row(b1, item).disposition == "liquidate"
    assert review.audit_trail(item, b1.uow())[0].operator_name.startswith("Unknown operator")


def test_the_hub_refuses_a_batch_of_another_stations_records_and_serves_decisions_only_to_their_owner(site):
    desk1 = site.benches["DESK-1"]
    maria = site.team["Maria Ionescu"]
    item, _ = scan(site.benches["B1"], 6)
    sync(site.benches["B1"])
    sync(desk1)
    review.approve(review.Approve(item, maria, "DESK-1", MORNING + dt.timedelta(hours=7)), desk1.uow())
    sync(desk1)
    parcel = {"id": "p-x", "version": 1, "rma_number": None, "tracking_number": None, "carrier": None,
              "station": "B1", "operator_id": maria, "received_at": MORNING.isoformat(),
              "packaging_condition": "intact", "status": "open", "flags": [], "completed_at": None}
    headers = {"Authorization": f"Bearer {site.tokens['DESK-1']}"}
    answer = httpx.post(f"{site.hub.url}/v1/records", headers=headers, timeout=10,
                        json={"records": [{"type": "parcel_receipt", "id": "p-x", "version": 1, "data": parcel}]})
    assert answer.status_code == 403
    assert answer.json()["detail"].startswith("record 0 of the batch is station B1's; a station pushes only its own")
    mine = httpx.get(f"{site.hub.url}/v1/decisions", headers={"Authorization": f"Bearer {site.tokens['B1']}"},
                     timeout=10).json()
    assert [d["data"]["inspection_id"] for d in mine["decisions"]] == [item] and not mine["more"]
    assert httpx.get(f"{site.hub.url}/v1/decisions", headers=headers, timeout=10).json()["decisions"] == []


def test_the_audit_trail_stays_append_only_but_for_the_hubs_refusal_and_a_desks_copies(seeded_database, policy):
    from sqlalchemy import text
    from sqlalchemy.exc import DatabaseError

    database = seeded_database
    with database.engine.connect() as conn:
        ids = dict(conn.exec_driver_sql("SELECT badge, id FROM operators").all())
    bench = Bench("B1", None, database, policy, ids["OP-1001"])
    item, _plate = scan(bench, 8)
    audit_id = review.approve(review.Approve(item, ids["OP-2001"], "B1", MORNING), bench.uow())
    with database.engine.begin() as conn:
        conn.execute(text("INSERT INTO inspection_audit (id, inspection_id, action, before, after, reason, "
                          "operator_id, station, at, inspection_version, version, origin) VALUES ('copy-1', :i, "
                          "'approve', '{}', '{}', '', :op, 'DESK-9', :at, 9, 1, 'site')"),
                     {"i": item, "op": ids["OP-2001"], "at": MORNING.isoformat()})
        conn.execute(text("UPDATE inspection_audit SET refused_reason = 'conflict' WHERE id = :a"), {"a": audit_id})
        conn.execute(text("DELETE FROM inspection_audit WHERE id = 'copy-1'"))
    for statement in ("UPDATE inspection_audit SET reason = 'x'", "UPDATE inspection_audit SET based_on_version = 1",
                      "DELETE FROM inspection_audit"):
        with pytest.raises(DatabaseError, match="append-only"):
            with database.engine.begin() as conn:
                conn.execute(text(statement))
    (entry,) = review.audit_trail(item, bench.uow())
    assert entry.refused_reason == "conflict"
