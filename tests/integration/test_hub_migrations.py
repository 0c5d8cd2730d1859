"""The hub's own Alembic line: a fresh database upgrades to head, one made by create_all before migrations is stamped
and kept, one migrated by a newer hub is refused clearly, and hubs starting together do not trip over each other.

SQLite on real files; PostgreSQL as in test_hub_postgres.py (skipped without one, failed on CI).
"""
from __future__ import annotations

import json
import multiprocessing
import shutil
import threading
from dataclasses import replace
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Engine, func, select, text

from inspector.cli.main import main
from inspector.errors import EnvironmentProblem
from inspector.hub import feed, ingest, stations
from inspector.hub.schema import HubBase, counters, photos, records, return_docs
from inspector.hub.storage import (MIGRATIONS_DIR, VERSION_TABLE, ensure_schema, make_hub_engine, opened,
                                   schema_version)
from inspector.storage import migrating
from inspector.storage.database import MIGRATIONS_DIR as BENCH_MIGRATIONS_DIR
from tests.conftest import sample_returns
from tests.integration.faults.postgres import fresh_database, require_url
from tests.unit.test_sync_hub_records import parcel

# Made by the hub before it had migrations (create_all plus the hub_schema marker), through its own code: station
# LEGACY-1 (token below), one parcel receipt at version 3, return RMA-LEGACY-01 (change number 1), policy version 1.
PRE_MIGRATION_FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "hub-schema-1.sqlite3"
LEGACY_TOKEN = "insp_legacy-fixture-token"


@pytest.fixture
def pg_url():
    with fresh_database(require_url()) as url:
        yield url


@pytest.fixture
def sqlite_url(tmp_path):
    return f"sqlite:///{tmp_path}/hub.sqlite3"


@pytest.fixture
def pre_migration_sqlite(tmp_path):
    path = tmp_path / "hub.sqlite3"
    shutil.copy(PRE_MIGRATION_FIXTURE, path)
    return f"sqlite:///{path}"


def revision_of(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return migrating.current_revision(conn, VERSION_TABLE)


def schema_differences(engine: Engine) -> list:
    """What autogenerate would change to make the database match the models: nothing, when head equals them."""
    with engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"version_table": VERSION_TABLE, "compare_type": True})
        return compare_metadata(context, HubBase.metadata)


def make_pre_migration_database(url: str) -> None:
    """A database as the hub made it before migrations: revision 0001 is that schema (the SQLite fixture proves it
    below), so running it and dropping the version table leaves exactly what create_all left."""
    engine = make_hub_engine(url)
    try:
        with engine.begin() as conn:
            migrating.upgrade(MIGRATIONS_DIR, conn, "0001", VERSION_TABLE)
            conn.execute(text(f"DROP TABLE {VERSION_TABLE}"))
    finally:
        engine.dispose()


def check_fresh_database_upgrades_to_head_and_works(url: str, capsys) -> None:
    assert main(["hub", "add-station", "B1", "--db", url]) == 0
    token = capsys.readouterr().out.strip()
    engine = make_hub_engine(url)
    try:
        assert revision_of(engine) == migrating.head_revision(MIGRATIONS_DIR)
        assert schema_differences(engine) == []
        with engine.connect() as conn:
            assert schema_version(conn) == 5   # revision 0005 added a table
            assert conn.scalar(select(counters.c.value).where(counters.c.name == "returns")) == 0
            assert conn.scalar(select(counters.c.value).where(counters.c.name == "events")) == 0
        assert stations.station_for_token(engine, token) == "B1"
        assert [r.outcome for r in ingest.apply_batch(engine, "B1", [parcel("p1")])] == ["applied"]
        ensure_schema(engine)                              # opening again finds nothing to do
        assert revision_of(engine) == migrating.head_revision(MIGRATIONS_DIR)
    finally:
        engine.dispose()
    assert main(["hub", "stats", "--db", url]) == 0
    assert json.loads(capsys.readouterr().out)["stations"] == {"B1": {"parcel_receipt": 1, "total": 1}}


def test_fresh_sqlite_upgrades_to_head_and_the_hub_works(sqlite_url, capsys):
    check_fresh_database_upgrades_to_head_and_works(sqlite_url, capsys)


def test_fresh_postgres_upgrades_to_head_and_the_hub_works(pg_url, capsys):
    check_fresh_database_upgrades_to_head_and_works(pg_url, capsys)


def test_the_hub_line_keeps_apart_from_the_bench_line(sqlite_url):
    engine = make_hub_engine(sqlite_url)
    try:
        ensure_schema(engine)
        with engine.connect() as conn:
            assert migrating.current_revision(conn) is None          # no bench `alembic_version` table
            tables = set(conn.scalars(text("SELECT name FROM sqlite_master WHERE type = 'table'")))
        assert VERSION_TABLE in tables and "alembic_version" not in tables
        assert MIGRATIONS_DIR != BENCH_MIGRATIONS_DIR
    finally:
        engine.dispose()


def test_revision_0001_is_exactly_what_create_all_made(tmp_path, pre_migration_sqlite):
    def ddl(url: str) -> set[str]:
        engine = make_hub_engine(url)
        try:
            with engine.connect() as conn:
                return set(conn.scalars(text(f"SELECT sql FROM sqlite_master WHERE sql IS NOT NULL "
                                             f"AND name NOT LIKE '{VERSION_TABLE}%'")))
        finally:
            engine.dispose()

    fresh = f"sqlite:///{tmp_path}/fresh.sqlite3"
    make_pre_migration_database(fresh)
    assert ddl(fresh) == ddl(pre_migration_sqlite)


def test_pre_migration_sqlite_database_is_stamped_and_keeps_its_data(pre_migration_sqlite, capsys):
    assert main(["hub", "stats", "--db", pre_migration_sqlite]) == 0       # a hub command adopts it on opening
    assert json.loads(capsys.readouterr().out) == {
        "stations": {"LEGACY-1": {"parcel_receipt": 1, "total": 1}}, "records": 1, "returns": 1,
        "photos": {"held": 0, "stored": 0}}
    with opened(pre_migration_sqlite) as engine:
        assert revision_of(engine) == migrating.head_revision(MIGRATIONS_DIR)
        assert schema_differences(engine) == []
        assert stations.station_for_token(engine, LEGACY_TOKEN) == "LEGACY-1"
        with engine.connect() as conn:
            assert conn.scalar(select(records.c.version).where(records.c.record_id == "p-legacy-1")) == 3
        older = ingest.apply_batch(engine, "LEGACY-1", [parcel("p-legacy-1", 2, station="LEGACY-1")])
        assert older[0].outcome == "duplicate"                          # versions kept: nothing applied twice
        assert feed.current_policy(engine)[0] == 1
        docs, cursor, more = feed.returns_since(engine, 0, 10)
        assert [d["rma_number"] for d in docs] == ["RMA-LEGACY-01"] and (cursor, more) == (1, False)
        assert feed.store_policy(engine, feed.current_policy(engine)[1]) == 2
        assert feed.store_returns(engine, sample_returns()[:1]).stored == 1   # the change counter carries on
        docs, cursor, _ = feed.returns_since(engine, 1, 10)
        assert [d["rma_number"] for d in docs] == ["RMA-10000001"] and cursor == 2
        with engine.connect() as conn:
            assert conn.scalar(select(func.count()).select_from(return_docs)) == 2


def test_pre_migration_postgres_database_is_stamped_and_keeps_its_data(pg_url):
    make_pre_migration_database(pg_url)
    engine = make_hub_engine(pg_url)
    try:
        with engine.connect() as conn:
            assert migrating.current_revision(conn, VERSION_TABLE) is None
        # Written as the old hub wrote: straight into its tables (its columns only), no schema step in between.
        token = "insp_old-hub-token"
        record = parcel("p1", 5, station="OLD-1")
        with engine.begin() as conn:
            conn.execute(text("INSERT INTO hub_stations (name, token_hash, created_at, active) "
                              "VALUES ('OLD-1', :h, '2026-11-01T00:00:00+00:00', true)"),
                         {"h": stations.hash_token(token)})
            conn.execute(text("INSERT INTO hub_records (record_type, record_id, station, version, data, received_at, "
                              "updated_at) VALUES ('parcel_receipt', 'p1', 'OLD-1', 5, :d, :at, :at)"),
                         {"d": json.dumps(record.data), "at": "2026-11-01T00:00:00+00:00"})
        ensure_schema(engine)
        assert revision_of(engine) == migrating.head_revision(MIGRATIONS_DIR)
        assert schema_differences(engine) == []
        assert stations.station_for_token(engine, token) == "OLD-1"
        with engine.connect() as conn:
            assert conn.execute(select(records.c.record_id, records.c.version)).all() == [("p1", 5)]
            assert schema_version(conn) == 5   # revision 0005 added a table
    finally:
        engine.dispose()


def check_revision_0003_keeps_returns_and_takes_longer_numbers(url: str) -> None:
    """A hub at revision 0002 holding a return: after the upgrade it is served as before, the same content stored
    again is unchanged, and a number of 64 characters fits (PostgreSQL enforced 32 before)."""
    engine = make_hub_engine(url)
    try:
        with engine.begin() as conn:
            migrating.upgrade(MIGRATIONS_DIR, conn, "0002", VERSION_TABLE)
            conn.execute(text("INSERT INTO hub_returns (rma_number, status, data, seq, updated_at) "
                              "VALUES (:rma, 'open', :data, 1, '2026-12-01T00:00:00+00:00')"),
                         {"rma": "RMA-10000001", "data": json.dumps(feed.return_document(sample_returns()[0]),
                                                                    ensure_ascii=False)})
            conn.execute(text("UPDATE hub_counters SET value = 1 WHERE name = 'returns'"))
        ensure_schema(engine)
        assert revision_of(engine) == migrating.head_revision(MIGRATIONS_DIR)
        assert schema_differences(engine) == []
        assert feed.store_returns(engine, sample_returns()[:1]).counts()["unchanged"] == 1
        longest = replace(sample_returns()[1], rma_number="R" * 64)
        assert feed.store_returns(engine, [longest], source="ERP", versions={"R" * 64: 3}).stored == 1
        docs, cursor, _more = feed.returns_since(engine, 0, 10)
        assert [d["rma_number"] for d in docs] == ["RMA-10000001", "R" * 64] and cursor == 2
        with engine.connect() as conn:
            assert conn.execute(select(return_docs.c.upstream_version, return_docs.c.source)
                                .where(return_docs.c.rma_number == "R" * 64)).one() == (3, "ERP")
            assert schema_version(conn) == 5
    finally:
        engine.dispose()


def test_revision_0003_on_sqlite_keeps_returns_and_takes_longer_numbers(sqlite_url):
    check_revision_0003_keeps_returns_and_takes_longer_numbers(sqlite_url)


def test_revision_0003_on_postgres_keeps_returns_and_takes_longer_numbers(pg_url):
    check_revision_0003_keeps_returns_and_takes_longer_numbers(pg_url)


def check_revision_0004_keeps_returns_and_gives_records_their_subjects(url: str) -> None:
    """A hub at revision 0003 holding a return and a parcel received for it: after the upgrade the return keeps its
    text (stored again: unchanged), counts as first seen when it was last stored, and the parcel is found by its
    return (`subject`), as the timeline looks it up."""
    engine = make_hub_engine(url)
    try:
        with engine.begin() as conn:
            migrating.upgrade(MIGRATIONS_DIR, conn, "0003", VERSION_TABLE)
            conn.execute(text("INSERT INTO hub_returns (rma_number, status, data, seq, updated_at) "
                              "VALUES (:rma, 'open', :data, 1, '2026-12-01T00:00:00+00:00')"),
                         {"rma": "RMA-10000001", "data": json.dumps(feed.return_document(sample_returns()[0]),
                                                                    ensure_ascii=False)})
            conn.execute(text("UPDATE hub_counters SET value = 1 WHERE name = 'returns'"))
            conn.execute(text("INSERT INTO hub_records (record_type, record_id, station, version, data, received_at, "
                              "updated_at, seq) VALUES ('parcel_receipt', 'p1', 'B1', 1, :d, :at, :at, 1)"),
                         {"d": json.dumps(parcel("p1", rma_number="RMA-10000001").data),
                          "at": "2026-12-01T00:00:00+00:00"})
        ensure_schema(engine)
        assert revision_of(engine) == migrating.head_revision(MIGRATIONS_DIR)
        assert schema_differences(engine) == []
        assert feed.store_returns(engine, sample_returns()[:1]).counts()["unchanged"] == 1
        with engine.connect() as conn:
            assert conn.execute(select(return_docs.c.first_seen_at, return_docs.c.customer_id)).one() == (
                "2026-12-01T00:00:00+00:00", None)
            assert conn.scalar(select(records.c.subject).where(records.c.record_id == "p1")) == "RMA-10000001"
            assert schema_version(conn) == 5
    finally:
        engine.dispose()


def test_revision_0004_on_sqlite_keeps_returns_and_gives_records_their_subjects(sqlite_url):
    check_revision_0004_keeps_returns_and_gives_records_their_subjects(sqlite_url)


def test_revision_0004_on_postgres_keeps_returns_and_gives_records_their_subjects(pg_url):
    check_revision_0004_keeps_returns_and_gives_records_their_subjects(pg_url)


def check_revision_0005_keeps_photo_records_and_takes_their_photos(url: str) -> None:
    """A hub at revision 0004 holding a bench's records: after the upgrade they are kept, hub_schema says 5, and a
    photo's record applied then names its photo in hub_photos (in the same transaction), found by its inspection."""
    engine = make_hub_engine(url)
    try:
        with engine.begin() as conn:
            migrating.upgrade(MIGRATIONS_DIR, conn, "0004", VERSION_TABLE)
            assert schema_version(conn) == 4
        assert [r.outcome for r in ingest.apply_batch(engine, "B1", [parcel("p1")])] == ["applied"]
        ensure_schema(engine)
        assert revision_of(engine) == migrating.head_revision(MIGRATIONS_DIR)
        assert schema_differences(engine) == []
        sha = "ab" * 32
        photo = ingest.Incoming("inspection_photo", "ph1", 1, {
            "id": "ph1", "version": 1, "station": "B1", "inspection_id": "i1", "finding_code": "scratches",
            "sha256": sha, "bytes": 1234, "width": 1600, "height": 1200, "taken_at": "2026-12-07T10:15:00+00:00",
            "operator_id": "op", "source": "file", "removed": False})
        assert [r.outcome for r in ingest.apply_batch(engine, "B1", [photo])] == ["applied"]
        with engine.connect() as conn:
            assert schema_version(conn) == 5
            assert sorted(conn.execute(select(records.c.record_id)).scalars()) == ["p1", "ph1"]
            assert conn.scalar(select(records.c.subject).where(records.c.record_id == "ph1")) == "i1"
            assert conn.execute(select(photos.c.sha256, photos.c.bytes, photos.c.station, photos.c.stored_at)
                                ).all() == [(sha, 1234, "B1", None)]
    finally:
        engine.dispose()


def test_revision_0005_on_sqlite_keeps_records_and_takes_photos(sqlite_url):
    check_revision_0005_keeps_photo_records_and_takes_their_photos(sqlite_url)


def test_revision_0005_on_postgres_keeps_records_and_takes_photos(pg_url):
    check_revision_0005_keeps_photo_records_and_takes_their_photos(pg_url)


def test_a_database_migrated_by_a_newer_hub_is_refused_with_a_clear_message(sqlite_url, capsys):
    engine = make_hub_engine(sqlite_url)
    try:
        ensure_schema(engine)
        with engine.begin() as conn:
            conn.execute(text(f"UPDATE {VERSION_TABLE} SET version_num = '9001'"))
        with pytest.raises(EnvironmentProblem, match="revision 9001, made by a newer hub"):
            ensure_schema(engine)
        assert revision_of(engine) == "9001"                            # left as it was
    finally:
        engine.dispose()
    for action in (["stats"], ["add-station", "B9"]):
        assert main(["hub", *action, "--db", sqlite_url]) == 2
        err = capsys.readouterr().err
        assert "newer hub" in err and "Upgrade the hub program." in err and "Traceback" not in err


def test_an_unknown_pre_migration_version_is_refused_and_left_alone(pre_migration_sqlite, capsys):
    engine = make_hub_engine(pre_migration_sqlite)
    try:
        with engine.begin() as conn:
            conn.execute(text("UPDATE hub_schema SET version = 7"))
        with pytest.raises(EnvironmentProblem, match="unknown schema"):
            ensure_schema(engine)
        assert revision_of(engine) is None
    finally:
        engine.dispose()
    assert main(["hub", "stats", "--db", pre_migration_sqlite]) == 2
    assert "hub_schema version 7" in capsys.readouterr().err


def _start_hubs_together(url: str, count: int) -> list[str]:
    """`count` threads each open the hub database with an engine of its own, released at the same moment."""
    engines = [make_hub_engine(url) for _ in range(count)]
    barrier, outcomes = threading.Barrier(count), []

    def start(engine: Engine) -> None:
        barrier.wait()
        try:
            ensure_schema(engine)
            outcomes.append("ok")
        except Exception as exc:  # noqa: BLE001 - reported by the assertion below
            outcomes.append(repr(exc))
    threads = [threading.Thread(target=start, args=(e,)) for e in engines]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    for engine in engines:
        engine.dispose()
    return outcomes


def test_hubs_starting_together_on_one_sqlite_file_both_start(sqlite_url):
    assert _start_hubs_together(sqlite_url, 3) == ["ok"] * 3
    engine = make_hub_engine(sqlite_url)
    try:
        assert revision_of(engine) == migrating.head_revision(MIGRATIONS_DIR)
    finally:
        engine.dispose()


def _open_in_process(url: str, barrier, outcomes) -> None:  # type: ignore[no-untyped-def]
    engine = make_hub_engine(url)
    engine.connect().close()             # connected before the barrier: the upgrades themselves race
    barrier.wait()
    try:
        ensure_schema(engine)
        outcomes.put("ok")
    except Exception as exc:  # noqa: BLE001 - reported by the assertion in the test
        outcomes.put(repr(exc))
    finally:
        engine.dispose()


@pytest.mark.parametrize("start_from", ["fresh", "pre-migration"])
def test_hub_processes_starting_together_on_postgres_all_start(pg_url, start_from):
    """Without the advisory lock, all but one fail with a duplicate key in pg_type (CREATE TABLE racing itself)."""
    if start_from == "pre-migration":
        make_pre_migration_database(pg_url)
    spawn = multiprocessing.get_context("spawn")    # separate processes, as separate hubs are
    count = 4
    barrier, outcomes = spawn.Barrier(count), spawn.Queue()
    processes = [spawn.Process(target=_open_in_process, args=(pg_url, barrier, outcomes)) for _ in range(count)]
    for process in processes:
        process.start()
    try:
        results = [outcomes.get(timeout=90) for _ in processes]
    finally:
        for process in processes:
            process.join(30)
    assert results == ["ok"] * count
    engine = make_hub_engine(pg_url)
    try:
        assert revision_of(engine) == migrating.head_revision(MIGRATIONS_DIR)
        with engine.connect() as conn:
            assert conn.scalar(text(f"SELECT count(*) FROM {VERSION_TABLE}")) == 1
            assert conn.scalar(select(func.count()).select_from(counters)) == 4   # returns, operators, records, events
        assert schema_differences(engine) == []
    finally:
        engine.dispose()


def test_threads_of_one_process_opening_hubs_together_on_postgres(pg_url):
    assert _start_hubs_together(pg_url, 3) == ["ok"] * 3
