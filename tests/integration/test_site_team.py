"""Issue 17, one team for the site: operators added once at the hub sign in at every bench with one id; a
deactivation reaches every bench; a bench's own operators from before are matched by badge, never merged blindly.

Real hub over HTTP on loopback, real SQLite files, the real CLI.
"""
from __future__ import annotations

import datetime as dt
import io
import json
import logging

import httpx
import pytest
from sqlalchemy import select

from inspector.bench.session import BenchSession
from inspector.bench.sign_in import hub_contact_of
from inspector.bench.state import Cue, Phase
from inspector.cli.main import main
from inspector.domain.operators import Role
from inspector.domain.policy import load_policy
from inspector.errors import RefusedError
from inspector.hub import operators as hub_team
from inspector.hub.schema import operators as hub_operators_table
from inspector.hub.storage import make_hub_engine
from inspector.paths import Paths, resource
from inspector.settings import StationSettings, load_settings, save_settings
from inspector.storage.database import Database
from inspector.storage.orm import InspectionRow, OperatorRow, ParcelRow, ScanLogRow
from inspector.storage.orm_review import InspectionAuditRow
from inspector.sync.engine import SyncConfig, SyncEngine
from inspector.sync.state import SyncState, save_state
from inspector.usecases import inspections, parcels, review, scan_log
from inspector.usecases.operators import (CreateOperator, HubContact, SignIn, create_operator, offline_warning,
                                          sign_in)
from inspector.usecases.returns import UpsertReturns, upsert_returns
from inspector.usecases.unit_of_work import UnitOfWork
from tests.conftest import NOW, PHONE_GTIN, UPS, sample_returns
from tests.integration.faults.checks import hub_records
from tests.integration.faults.workload import Bench, make_bench, work
from tests.photos import without_photo_rules


def hub_cli(hub, *args: str, stdin: str | None = None, monkeypatch=None) -> int:
    if stdin is not None:
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    return main(["hub", *args, "--db", hub.db_url])


def fresh_bench(root, station: str, hub) -> Bench:
    """A bench that joined the site new: no operators of its own, the returns it expects."""
    paths = Paths(root / station).ensure()
    save_settings(paths, StationSettings(station=station, hub_url=hub.url, hub_token=hub.tokens[station]))
    database = Database.open_sqlite(paths.database)
    policy = without_photo_rules(load_policy(resource("policy.json")))   # photos are not this test's subject
    upsert_returns(UpsertReturns(sample_returns(), "test", NOW), UnitOfWork(database, policy))
    return Bench(station, paths, database, policy, operator_id="")


def sync(bench: Bench) -> dict:
    engine = SyncEngine(bench.database, bench.policy, bench.paths, SyncConfig.from_settings(load_settings(bench.paths)))
    try:
        report = engine.run_once()
    finally:
        engine.close()
    assert report["ok"], report["error"]
    return report


def signs_in(bench: Bench, badge: str, pin: str):
    return sign_in(SignIn(badge, pin, NOW, bench.station), bench.uow())


def operator_ids_at_hub(hub, station: str) -> set[str]:
    return {data["operator_id"] for _s, _v, data in hub_records(hub.db_url, station).values()}


@pytest.fixture
def benches(tmp_path, hub):
    made = [fresh_bench(tmp_path / "benches", name, hub) for name in ("B1", "B2")]
    yield made
    for bench in made:
        bench.close()


def test_an_operator_added_once_signs_in_at_every_bench_with_one_id_until_deactivated(hub, benches, monkeypatch,
                                                                                      capsys):
    assert hub_cli(hub, "add-operator", "--badge", "op2468", "--name", "Ioana  Marin", "--role", "inspector",
                   "--lang", "ro", "--pin-stdin", stdin="975310\n", monkeypatch=monkeypatch) == 0
    added = json.loads(capsys.readouterr().out)["added"]
    assert added["badge"] == "OP-2468" and added["name"] == "Ioana Marin" and added["lang"] == "ro"
    site_id = added["id"]
    for bench in benches:
        assert signs_in_refused(bench, "OP-2468", "975310")          # not pulled yet
        report = sync(bench)
        assert report["pulled"]["operators"]["added"] == 1 and report["pulled"]["operators"]["conflicts"] == []
        who = signs_in(bench, "OP-2468", "975310")
        assert (who.id, who.name, who.role) == (site_id, "Ioana Marin", Role.INSPECTOR) and who.warning is None
        bench.operator_id = who.id
        work(bench, 2)                                                   # records made under that sign-in
        scan_log.record_scan(scan_log.RecordScan(bench.station, who.id, NOW, UPS, "success", ""), bench.uow())
        sync(bench)
        assert operator_ids_at_hub(hub, bench.station) == {site_id}
        with bench.database.engine.connect() as conn:
            stored = conn.execute(select(OperatorRow.origin, OperatorRow.lang, OperatorRow.active)).all()
        assert stored == [("site", "ro", True)]

    assert hub_cli(hub, "deactivate-operator", "OP-2468") == 0
    assert "deactivated" in capsys.readouterr().out
    assert signs_in(benches[0], "OP-2468", "975310").id == site_id   # a bench that has not pulled yet still knows
    for bench in benches:
        report = sync(bench)
        assert report["pulled"]["operators"]["deactivated"] == 1
        assert signs_in_refused(bench, "OP-2468", "975310")
    assert hub_cli(hub, "deactivate-operator", "OP-2468") == 0
    assert "already" in capsys.readouterr().out


def signs_in_refused(bench: Bench, badge: str, pin: str) -> bool:
    with pytest.raises(RefusedError, match="not recognised"):
        signs_in(bench, badge, pin)
    return True


def test_a_bench_operator_from_before_is_the_same_person_at_the_site_and_keeps_every_record(tmp_path, hub,
                                                                                            monkeypatch, caplog):
    bench = make_bench(tmp_path / "benches", "B1", hub.url, hub.tokens["B1"])   # OP-1001 Ana Popescu, local
    try:
        local_id = bench.operator_id
        boss = create_operator(CreateOperator("OP-2001", "Nguyễn Thị Lan", Role.SUPERVISOR, "4321", NOW),
                               bench.uow())
        work(bench, 3)
        pid = parcels.receive_parcel(parcels.ReceiveParcel("B1", local_id, UPS, NOW, tracking_number=UPS,
                                                           carrier="ups"), bench.uow())
        in_hand = inspections.start_inspection(inspections.StartInspection(
            pid, local_id, "B1", PHONE_GTIN, "LP99999999", NOW, gtin=PHONE_GTIN), bench.uow())
        with bench.database.engine.connect() as conn:
            done = conn.scalars(select(InspectionRow.id).where(InspectionRow.status == "completed")).first()
        review.approve(review.Approve(done, boss, "B1", NOW), bench.uow())
        scan_log.record_scan(scan_log.RecordScan("B1", local_id, NOW, UPS, "success", ""), bench.uow())
        sync(bench)
        assert operator_ids_at_hub(hub, "B1") == {local_id, boss}

        # The same people at the site: names as another keyboard typed them, a new PIN for Ana.
        assert hub_cli(hub, "add-operator", "--badge", "OP-1001", "--name", " ana   POPESCU ", "--role", "inspector",
                       "--pin-stdin", stdin="8642\n", monkeypatch=monkeypatch) == 0
        assert hub_cli(hub, "add-operator", "--badge", "OP-2001", "--name", "Nguyễn Thị Lan", "--role",
                       "supervisor", "--pin-stdin", stdin="4321\n", monkeypatch=monkeypatch) == 0
        ana_site, lan_site = site_ids(hub, "OP-1001", "OP-2001")
        with caplog.at_level(logging.WARNING, logger="inspector.sync.operator_pull"):
            report = sync(bench)
        merged = {m["badge"]: m for m in report["pulled"]["operators"]["merged"]}
        assert set(merged) == {"OP-1001", "OP-2001"} and report["pulled"]["operators"]["conflicts"] == []
        assert merged["OP-1001"]["local_id"] == local_id and merged["OP-1001"]["site_id"] == ana_site
        assert merged["OP-1001"]["records"] == 4 + 4        # 4 parcels, 4 items (one in hand)
        assert merged["OP-2001"]["records"] == 0 and merged["OP-2001"]["decisions_kept_as_made"] == 1
        assert "is now the site's" in caplog.text

        with bench.database.engine.connect() as conn:
            assert conn.scalar(select(OperatorRow.id).where(OperatorRow.id == local_id)) is None
            # The approval is append-only: it keeps the id it was made under, now an alias no badge signs in as.
            alias = conn.execute(select(OperatorRow.badge, OperatorRow.active, OperatorRow.merged_into)
                                 .where(OperatorRow.id == boss)).one()
            assert alias.badge.startswith("OP-2001~") and not alias.active and alias.merged_into == lan_site
            assert set(conn.scalars(select(InspectionAuditRow.operator_id))) == {boss}
            for table in (ParcelRow, InspectionRow, ScanLogRow):
                assert set(conn.scalars(select(table.operator_id).distinct())) == {ana_site}
            item_in_hand_version = conn.scalar(select(InspectionRow.version).where(InspectionRow.id == in_hand))
        assert item_in_hand_version == 1                    # upstream has not heard of it: no new version yet
        assert signs_in(bench, "OP-1001", "8642").id == ana_site      # the site's PIN now
        signs_in_refused(bench, "OP-1001", "1234")
        assert signs_in(bench, "OP-2001", "4321").id == lan_site

        sync(bench)                                         # the re-pointed records go up again
        at_hub = hub_records(hub.db_url, "B1")
        assert {data["operator_id"] for (kind, _), (_s, _v, data) in at_hub.items()
                if kind != "inspection_override"} == {ana_site}
        inspections.cancel_inspection(inspections.InspectionCommand(in_hand, NOW), bench.uow())
        again = sync(bench)
        assert again["pending"] == 0 and again["rejected_waiting"] == 0
    finally:
        bench.close()


def site_ids(hub, *badges: str) -> list[str]:
    engine = make_hub_engine(hub.db_url)
    try:
        with engine.connect() as conn:
            found = dict(conn.execute(select(hub_operators_table.c.badge, hub_operators_table.c.id)).all())
    finally:
        engine.dispose()
    return [found[b] for b in badges]


def test_the_same_badge_for_another_person_is_a_conflict_never_a_merge(tmp_path, hub, monkeypatch, caplog, capsys):
    bench = make_bench(tmp_path / "benches", "B1", hub.url, hub.tokens["B1"])   # OP-1001 Ana Popescu, local
    try:
        work(bench, 1)
        assert hub_cli(hub, "add-operator", "--badge", "OP-1001", "--name", "Maria Ionescu", "--role", "supervisor",
                       "--pin-stdin", stdin="5555\n", monkeypatch=monkeypatch) == 0
        capsys.readouterr()
        with caplog.at_level(logging.WARNING, logger="inspector.sync.operator_pull"):
            report = sync(bench)
        conflicts = report["pulled"]["operators"]["conflicts"]
        assert [(c["badge"], c["local_name"], c["site_name"]) for c in conflicts] == [
            ("OP-1001", "Ana Popescu", "Maria Ionescu")]
        message = conflicts[0]["message"]
        assert "not merged" in message and "inspector hub deactivate-operator OP-1001" in message
        assert "Maria Ionescu" in caplog.text and "Ana Popescu" in caplog.text
        assert report["pulled"]["operators"]["merged"] == []

        assert signs_in(bench, "OP-1001", "1234").id == bench.operator_id   # the local one, untouched
        signs_in_refused(bench, "OP-1001", "5555")
        assert sync(bench)["pulled"]["operators"]["conflicts"] == conflicts   # told again until settled
        assert operator_ids_at_hub(hub, "B1") == {bench.operator_id}

        assert main(["--data-dir", str(bench.paths.data_dir), "operators"]) == 0
        out, err = capsys.readouterr()
        listed = json.loads(out)["operators"]
        assert listed == [{"badge": "OP-1001", "name": "Ana Popescu", "role": "inspector", "active": True,
                           "origin": "local", "lang": None, "conflict": conflicts[0]}]
        assert "pin" not in out.lower() and "Maria Ionescu" in err
    finally:
        bench.close()


def test_inspector_operators_lists_site_and_local_operators_without_pin_hashes(tmp_path, hub, monkeypatch, capsys):
    bench = make_bench(tmp_path / "benches", "B1", hub.url, hub.tokens["B1"])
    try:
        assert hub_cli(hub, "add-operator", "--badge", "OP-3001", "--name", "Trần Văn Minh", "--role", "admin",
                       "--lang", "vi", "--pin-stdin", stdin="13579\n", monkeypatch=monkeypatch) == 0
        hub_cli(hub, "deactivate-operator", "OP-3001")
        sync(bench)
        capsys.readouterr()
        assert main(["--data-dir", str(bench.paths.data_dir), "operators"]) == 0
        out, err = capsys.readouterr()
        assert json.loads(out) == {"operators": [
            {"badge": "OP-1001", "name": "Ana Popescu", "role": "inspector", "active": True, "origin": "local",
             "lang": None},
            {"badge": "OP-3001", "name": "Trần Văn Minh", "role": "admin", "active": False, "origin": "site",
             "lang": "vi"}]}
        assert "scrypt" not in out and "pin" not in out.lower() and err == ""
    finally:
        bench.close()


def test_import_operators_stores_all_rows_or_none_and_names_the_wrong_lines(tmp_path, hub, capsys):
    bad = tmp_path / "team.csv"
    bad.write_text("badge,name,role,lang,pin\n"
                   "OP-4001,Elira Dervishi,supervisor,sq,4321\n"
                   "BADGE-9,Jonas Berg,inspector,,1234\n"
                   "OP-4003,\"Nguyễn, Thị Lan\",inspector,vi,12ab\n"
                   "\n"
                   "op4001,Someone Else,inspector,,9999\n"
                   "OP-4005,Ana Popescu,cleaner,ro,2468\n", encoding="utf-8")
    assert main(["hub", "import-operators", str(bad), "--db", hub.db_url]) == 1
    out, err = capsys.readouterr()
    answer = json.loads(out)
    assert answer["ok"] is False and answer["stored"] == 0
    problems = {p["line"]: p for p in answer["problems"]}
    assert set(problems) == {3, 4, 6, 7}
    assert "not a badge" in problems[3]["problem"]
    assert "4 to 12 digits" in problems[4]["problem"] and "12ab" not in out    # a PIN is never echoed
    assert "line 2 already" in problems[6]["problem"]
    assert "role 'cleaner'" in problems[7]["problem"]
    assert "3, 4, 6, 7" in err and "Nothing imported" in err
    assert team_at_hub(hub) == {}

    good = tmp_path / "good.csv"
    good.write_bytes("\ufeffBadge,Name,Role,Lang,PIN\r\nOP-4001,Elira Dervishi,supervisor,sq,4321\r\n"
                     "OP-4002,Jonas Berg,inspector,,123456\r\n".encode("utf-8"))
    assert main(["hub", "import-operators", str(good), "--db", hub.db_url]) == 0
    assert json.loads(capsys.readouterr().out)["stored"] == 2
    assert team_at_hub(hub) == {"OP-4001": ("Elira Dervishi", "supervisor", "sq"),
                                "OP-4002": ("Jonas Berg", "inspector", None)}

    again = tmp_path / "again.csv"
    again.write_text("badge,name,role,lang,pin\nOP-4009,New Person,inspector,,1111\nOP-4002,Jonas Berg,inspector,,"
                     "1234\n", encoding="utf-8")
    assert main(["hub", "import-operators", str(again), "--db", hub.db_url]) == 1
    problems = json.loads(capsys.readouterr().out)["problems"]
    assert [(p["line"], p["badge"]) for p in problems] == [(3, "OP-4002")] and "already" in problems[0]["problem"]
    assert "OP-4009" not in team_at_hub(hub)            # the good row waits for the file to be right

    headless = tmp_path / "headless.csv"
    headless.write_text("OP-4010,X,inspector,,1234\n", encoding="utf-8")
    assert main(["hub", "import-operators", str(headless), "--db", hub.db_url]) == 2
    assert "badge,name,role,lang,pin" in json.loads(capsys.readouterr().out)["error"]


def team_at_hub(hub) -> dict[str, tuple]:
    engine = make_hub_engine(hub.db_url)
    try:
        with engine.connect() as conn:
            rows = conn.execute(select(hub_operators_table.c.badge, hub_operators_table.c.name,
                                       hub_operators_table.c.role, hub_operators_table.c.lang)).all()
    finally:
        engine.dispose()
    return {badge: (name, role, lang) for badge, name, role, lang in rows}


def test_add_operator_refuses_what_a_bench_would_refuse(hub, monkeypatch, capsys):
    assert hub_cli(hub, "add-operator", "--badge", "OP-12", "--name", "X", "--role", "inspector", "--pin-stdin",
                   stdin="1234\n", monkeypatch=monkeypatch) == 1
    assert "not a badge" in capsys.readouterr().err
    assert hub_cli(hub, "add-operator", "--badge", "OP-123", "--name", "X", "--role", "inspector", "--pin-stdin",
                   stdin="12\n", monkeypatch=monkeypatch) == 1
    assert "4 to 12 digits" in capsys.readouterr().err
    assert hub_cli(hub, "add-operator", "--badge", "OP-123", "--name", "X", "--role", "inspector", "--pin-stdin",
                   stdin="1234\n", monkeypatch=monkeypatch) == 0
    assert hub_cli(hub, "add-operator", "--badge", "op123", "--name", "Y", "--role",
                   "inspector", "--pin-stdin", stdin="1234\n", monkeypatch=monkeypatch) == 1
    assert "already X's at the site" in capsys.readouterr().err
    assert hub_cli(hub, "deactivate-operator", "OP-999") == 1
    assert "no operator at the site has badge OP-999" in capsys.readouterr().err


def test_pin_hashes_are_served_only_to_station_tokens_and_only_with_the_team(hub, monkeypatch, capsys):
    assert hub_cli(hub, "add-operator", "--badge", "OP-5001", "--name", "Lena Vogt", "--role", "inspector",
                   "--pin-stdin", stdin="2468\n", monkeypatch=monkeypatch) == 0
    engine = make_hub_engine(hub.db_url)
    try:
        with engine.connect() as conn:
            pin_hash = conn.scalar(select(hub_operators_table.c.pin_hash))
    finally:
        engine.dispose()
    assert pin_hash.startswith("scrypt$") and "2468" not in pin_hash
    token = {"Authorization": f"Bearer {hub.tokens['B1']}"}
    with httpx.Client(base_url=hub.url) as http:
        assert http.get("/v1/operators").status_code == 401
        assert http.get("/v1/operators", headers={"Authorization": "Bearer insp_not-a-token"}).status_code == 401
        page = http.get("/v1/operators", headers=token, params={"since": 0}).json()
        assert [o["pin_hash"] for o in page["operators"]] == [pin_hash] and page["more"] is False
        assert http.get("/v1/operators", headers=token, params={"since": page["cursor"]}).json()["operators"] == []
        others = {path: http.get(path, headers=token).text
                  for path in ("/v1/returns", "/v1/policy", "/v1/station", "/v1/health", "/openapi.json")}
    for path, body in others.items():
        assert pin_hash not in body, path
        if path != "/openapi.json":            # which documents the field
            assert "pin_hash" not in body and "scrypt$" not in body, path
    documented = json.loads(others["/openapi.json"])
    carriers = [name for name, schema in documented["components"]["schemas"].items()
                if "pin_hash" in json.dumps(schema)]
    assert carriers == ["SiteOperator"]


def test_paging_serves_every_change_once(hub, monkeypatch):
    engine = make_hub_engine(hub.db_url)
    try:
        for n in range(5):
            hub_team.add_operator(engine, hub_team.NewOperator(f"OP-60{n}", f"Person {n}", "inspector", None, "1234"))
        hub_team.deactivate_operator(engine, "OP-601")
        seen, cursor, more = [], 0, True
        while more:
            page, cursor, more = hub_team.operators_since(engine, cursor, 2)
            seen += [(o["badge"], o["active"]) for o in page]
    finally:
        engine.dispose()
    assert seen == [("OP-600", True), ("OP-602", True), ("OP-603", True), ("OP-604", True), ("OP-601", False)]


# -- the offline warning at sign-in -------------------------------------------------------------------------------
def test_the_offline_rule_warns_only_past_the_policy_hours_and_only_with_a_hub(policy):
    hours = policy.site.offline_sign_in_hours
    last = NOW - dt.timedelta(hours=hours, minutes=1)
    warned = offline_warning(SignIn("OP-1001", "1234", NOW, "B1", HubContact(last)), policy)
    since = policy.zone.local(last).strftime("%Y-%m-%d %H:%M")
    assert str(warned) == (f"This bench has not reached the hub since {since}; an operator deactivated since then "
                           "may still sign in.")
    assert offline_warning(SignIn("OP-1001", "1234", NOW, "B1", HubContact(NOW - dt.timedelta(hours=hours))),
                           policy) is None
    assert offline_warning(SignIn("OP-1001", "1234", NOW, "B1", None), policy) is None      # no hub set up
    assert "not reached the hub yet" in str(offline_warning(SignIn("OP-1001", "1234", NOW, "B1",
                                                                   HubContact(None)), policy))


class HandClock:
    def __init__(self, now: dt.datetime) -> None:
        self.now = now

    def __call__(self) -> dt.datetime:
        return self.now


def test_a_bench_out_of_touch_with_its_hub_says_so_at_sign_in(paths, seeded_database, policy):
    clock = HandClock(NOW)
    session = BenchSession(seeded_database, policy, "B1", clock, hub_contact=hub_contact_of(paths))
    session.handle_scan("OP-1001")
    state = session.enter_pin("1234")
    assert state.feedback.cue is Cue.SUCCESS and state.feedback.message == "Signed in: Ana Popescu."  # no hub
    session.sign_out()

    save_settings(paths, StationSettings(station="B1", hub_url="http://127.0.0.1:9", hub_token="insp_x"))
    last = NOW - dt.timedelta(hours=2)
    save_state(paths.data_dir, SyncState(hub_url="http://127.0.0.1:9",
                                         last_success=last.isoformat(timespec="seconds")))
    session.handle_scan("OP-1001")
    assert session.enter_pin("1234").feedback.cue is Cue.SUCCESS
    session.sign_out()

    clock.now = last + dt.timedelta(hours=policy.site.offline_sign_in_hours, seconds=1)
    session.handle_scan("OP-1001")
    state = session.enter_pin("1234")
    since = policy.zone.local(last).strftime("%Y-%m-%d %H:%M")
    assert state.phase is Phase.AWAITING_PARCEL and state.operator.name == "Ana Popescu"   # warned, not refused
    assert state.feedback.cue is Cue.WARNING
    assert state.feedback.message == (f"Signed in: Ana Popescu. This bench has not reached the hub since {since}; "
                                      "an operator deactivated since then may still sign in.")


def test_an_operator_signed_in_while_merged_goes_on_under_the_site_id(tmp_path, hub, monkeypatch):
    bench = make_bench(tmp_path / "benches", "B1", hub.url, hub.tokens["B1"])   # OP-1001 Ana Popescu, local
    try:
        session = BenchSession(bench.database, bench.policy, "B1", HandClock(NOW))
        session.handle_scan("OP-1001")
        assert session.enter_pin("1234").operator.id == bench.operator_id
        assert hub_cli(hub, "add-operator", "--badge", "OP-1001", "--name", "Ana Popescu", "--role", "inspector",
                       "--pin-stdin", stdin="1234\n", monkeypatch=monkeypatch) == 0
        merged = sync(bench)["pulled"]["operators"]["merged"]
        (site_id,) = site_ids(hub, "OP-1001")
        state = session.operators_merged({m["local_id"]: m["site_id"] for m in merged})
        assert state.operator.id == site_id and state.operator.name == "Ana Popescu"
        state = session.handle_scan(UPS)
        assert state.parcel is not None and state.feedback.cue is not Cue.ERROR
        with bench.database.engine.connect() as conn:
            assert set(conn.scalars(select(ParcelRow.operator_id))) == {site_id}
    finally:
        bench.close()
