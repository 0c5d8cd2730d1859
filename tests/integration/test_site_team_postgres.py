"""Issue 17: the hub's operator store on PostgreSQL. Concurrent changes take distinct change numbers, an import is
all or nothing, and a bench pulls the team over HTTP and signs them in.

Needs a PostgreSQL (`bash .ci/postgres-setup.sh`, or $INSPECTOR_TEST_PG_URL): skipped without one, failed on CI.
"""
from __future__ import annotations

import io
from concurrent.futures import ThreadPoolExecutor

import pytest
from sqlalchemy import select

from inspector.cli.main import main
from inspector.errors import RefusedError
from inspector.hub import operators as hub_team
from inspector.hub.schema import operators as hub_operators_table
from inspector.hub.storage import make_hub_engine, opened
from inspector.sync.engine import SyncConfig, SyncEngine
from inspector.usecases.operators import SignIn, sign_in
from tests.conftest import NOW
from tests.integration.faults.hubs import ThreadHub, issue_tokens
from tests.integration.faults.postgres import fresh_database, require_url
from tests.integration.faults.workload import make_bench


@pytest.fixture
def pg_url():
    base = require_url()
    with fresh_database(base) as url:
        yield url


def test_concurrent_changes_each_take_their_own_change_number(pg_url):
    with opened(pg_url) as engine:
        def add(n: int) -> str:
            return hub_team.add_operator(engine, hub_team.NewOperator(f"OP-7{n:03d}", f"Person {n}", "inspector",
                                                                      None, "1234"))
        with ThreadPoolExecutor(6) as pool:
            ids = list(pool.map(add, range(24)))
        with ThreadPoolExecutor(6) as pool:
            list(pool.map(lambda n: hub_team.deactivate_operator(engine, f"OP-7{n:03d}"), range(0, 24, 3)))
        seen, cursor, more = [], 0, True
        while more:
            page, cursor, more = hub_team.operators_since(engine, cursor, 5)
            seen += page
    assert len(set(ids)) == 24
    assert len(seen) == 24 and {o["id"] for o in seen} == set(ids)     # each operator once, at its newest change
    assert sum(not o["active"] for o in seen) == 8
    assert all(not o["active"] for o in seen[-8:])     # the deactivations are the newest changes


def test_the_team_from_a_postgresql_hub_signs_in_at_a_bench_and_a_bad_import_stores_nothing(tmp_path, pg_url,
                                                                                            monkeypatch, capsys):
    token = issue_tokens(pg_url, "B1")["B1"]
    bad = tmp_path / "team.csv"
    bad.write_text("badge,name,role,lang,pin\nOP-8001,Elira Dervishi,supervisor,sq,4321\nOP-80,Jonas,inspector,,"
                   "1234\n", encoding="utf-8")
    assert main(["hub", "import-operators", str(bad), "--db", pg_url]) == 1
    assert '"line": 3' in capsys.readouterr().out
    engine = make_hub_engine(pg_url)
    try:
        with engine.connect() as conn:
            assert conn.scalar(select(hub_operators_table.c.id)) is None
    finally:
        engine.dispose()
    bad.write_text("badge,name,role,lang,pin\nOP-8001,Elira Dervishi,supervisor,sq,4321\n", encoding="utf-8")
    assert main(["hub", "import-operators", str(bad), "--db", pg_url]) == 0
    monkeypatch.setattr("sys.stdin", io.StringIO("97531\n"))
    assert main(["hub", "add-operator", "--badge", "OP-8002", "--name", "Jonas Berg", "--role", "inspector",
                 "--pin-stdin", "--db", pg_url]) == 0

    with ThreadHub(pg_url) as hub:
        bench = make_bench(tmp_path / "benches", "B1", hub.url, token)
        try:
            engine = SyncEngine(bench.database, bench.policy, bench.paths, SyncConfig(hub.url, token, "B1"))
            report = engine.run_once()
            assert report["ok"] and report["pulled"]["operators"]["added"] == 2
            assert sign_in(SignIn("OP-8002", "97531", NOW, "B1"), bench.uow()).name == "Jonas Berg"
            assert main(["hub", "deactivate-operator", "OP-8002", "--db", pg_url]) == 0
            assert engine.run_once()["pulled"]["operators"]["deactivated"] == 1
            engine.close()
            with pytest.raises(RefusedError):
                sign_in(SignIn("OP-8002", "97531", NOW, "B1"), bench.uow())
            assert sign_in(SignIn("OP-8001", "4321", NOW, "B1"), bench.uow()).name == "Elira Dervishi"
        finally:
            bench.close()
