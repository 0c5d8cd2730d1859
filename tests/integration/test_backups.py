"""Backups of the bench database (`inspector.storage.backups`, `inspector backup`, `inspector restore`) on real SQLite
files: taken while another connection writes, kept N deep before upgrades, checked before a restore, refused on a
full disk, and a database from a newer program refused untouched."""
from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
import threading
import time
from pathlib import Path

import pytest

from inspector.cli.main import main
from inspector.errors import EnvironmentProblem
from inspector.instance_lock import InstanceLock
from inspector.storage.backups import (BACKUP_DIR_NAME, check_backup_file, kept_backup, list_backups,
                                       pre_upgrade_backup, take_backup)
from inspector.storage.database import Database, SchemaAge, head_revision
from tests.bench_files import FUTURE_REVISION, first_release_database, newer_database
from tests.conftest import NOW
from tests.integration.faults.workload import work


def _bench_database(folder: Path) -> Path:
    """A bench database at today's schema, with the first release's records in it."""
    path = first_release_database(folder / "bench.sqlite3")
    Database.open_sqlite(path).dispose()
    shutil.rmtree(folder / BACKUP_DIR_NAME)      # the upgrade's backup: not what these tests count
    return path


def _fill(path: Path, megabytes: int) -> None:
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE IF NOT EXISTS filler (b BLOB)")
        conn.executemany("INSERT INTO filler VALUES (?)", [(os.urandom(100_000),) for _ in range(megabytes * 10)])
    conn.close()


def _content(path: Path) -> list[str]:
    with sqlite3.connect(path) as conn:
        dumped = list(conn.iterdump())
    conn.close()
    return dumped


def _cli(data_dir: Path, *args: str) -> int:
    return main(["--data-dir", str(data_dir), *args])


class _Clock:
    def __init__(self) -> None:
        self.now = dt.datetime(2026, 11, 20, 9, 30, tzinfo=dt.timezone.utc)

    def __call__(self) -> dt.datetime:
        self.now += dt.timedelta(minutes=1)
        return self.now


def test_a_backup_taken_while_another_connection_keeps_writing_is_whole_and_consistent(tmp_path):
    path = _bench_database(tmp_path / "data")
    _fill(path, 8)               # big enough that writes land while the copy is made
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE pairs_a (n INTEGER)")
        conn.execute("CREATE TABLE pairs_b (n INTEGER)")
    conn.close()
    stop, commits = threading.Event(), []

    def writer() -> None:     # another process's connection, as the running bench's: each commit writes both halves
        conn = sqlite3.connect(path, isolation_level=None)
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA busy_timeout=5000")
        n = 0
        while not stop.is_set():
            n += 1
            conn.execute("BEGIN")
            conn.execute("INSERT INTO pairs_a VALUES (?)", (n,))
            conn.execute("INSERT INTO outbox (record_type, record_id, version, created_at, status, attempts) "
                         "VALUES ('item_inspection', ?, 1, '2026-11-20T09:30:00+00:00', 'pending', 0)", (str(n),))
            conn.execute("INSERT INTO pairs_b VALUES (?)", (n,))
            conn.execute("COMMIT")
            commits.append(time.monotonic())
        conn.close()

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        while len(commits) < 20:
            time.sleep(0.005)
        copies = []
        for i in range(3):
            started = time.monotonic()
            copies.append(take_backup(path, tmp_path / "out" / f"copy-{i}.sqlite3"))
            during = [t for t in commits if started <= t <= time.monotonic()]
            assert during, "the writer was not held up by the backup: it committed while the copy was made"
    finally:
        stop.set()
        thread.join(10)
    for copy in copies:
        check = check_backup_file(copy)
        assert check.integrity == "ok" and check.usable and check.age is SchemaAge.CURRENT
        with sqlite3.connect(copy) as conn:
            a, b = (conn.execute(f"SELECT count(*), coalesce(max(n), 0) FROM {t}").fetchone()
                    for t in ("pairs_a", "pairs_b"))
            assert a == b and a[0] > 0               # never half a transaction
            assert check.pending == 1 + a[0]         # the first release's pending row and the writer's
            assert conn.execute("PRAGMA journal_mode").fetchone() == ("delete",)    # one self-contained file
        assert not Path(f"{copy}-wal").exists()
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["copy-0.sqlite3", "copy-1.sqlite3",
                                                                    "copy-2.sqlite3"]   # no partial files left


def test_pre_upgrade_backups_are_named_for_the_upgrade_and_the_newest_five_are_kept(tmp_path):
    path = first_release_database(tmp_path / "data" / "bench.sqlite3")
    clock = _Clock()
    restore_safety = kept_backup(path, "before-restore", 5, clock)
    made = [pre_upgrade_backup(path, keep=5, clock=clock) for _ in range(7)]
    kept = list_backups(tmp_path / "data")
    upgrades = [p for p in kept if "-upgrade-" in p.name]
    assert upgrades == made[:1:-1]          # the newest five, newest first
    assert restore_safety in kept           # another kind of backup is not pruned by the upgrades
    assert made[-1].name == f"bench-20261120T093800Z-upgrade-0001-to-{head_revision()}.sqlite3"
    check = check_backup_file(made[-1])
    assert (check.revision, check.age, check.inspections, check.pending) == ("0001", SchemaAge.OLDER, 1, 1)
    assert oct(made[-1].stat().st_mode & 0o777) == "0o600"     # PIN hashes are in it


def test_no_backup_for_a_new_file_or_a_database_already_at_the_head(tmp_path):
    path = tmp_path / "data" / "bench.sqlite3"
    assert pre_upgrade_backup(path) is None                    # no file yet
    Database.open_sqlite(path).dispose()                       # a brand-new database: nothing to keep
    assert pre_upgrade_backup(path) is None                    # at the head
    Database.open_sqlite(path).dispose()
    assert not (tmp_path / "data" / BACKUP_DIR_NAME).exists()


def test_the_bench_backs_up_before_upgrading_and_the_start_at_the_head_only_reads_the_revision(tmp_path):
    path = first_release_database(tmp_path / "data" / "bench.sqlite3")
    Database.open_sqlite(path).dispose()
    [backup] = list_backups(tmp_path / "data")
    assert check_backup_file(backup).revision == "0001"
    statements: list[str] = []
    db = Database.open_sqlite(path, migrate_schema=False)
    try:
        from sqlalchemy import event
        event.listen(db.engine, "before_cursor_execute", lambda *a: statements.append(a[2]))
        started = time.perf_counter()
        db.migrate()
        took = time.perf_counter() - started
    finally:
        db.dispose()
    # At the head nothing is migrated and nothing copied: the version table read (and the pragmas of a new connection).
    assert not [s for s in statements if not s.lstrip().upper().startswith(("SELECT", "PRAGMA"))], statements
    assert any("alembic_version" in s for s in statements)
    assert took < 0.5, f"an up-to-date start took {took:.3f} s in migrate"
    assert list_backups(tmp_path / "data") == [backup]


def test_backup_and_restore_round_trip_through_the_commands(tmp_path, capsys):
    data = tmp_path / "data"
    path = _bench_database(data)
    out = tmp_path / "saved.sqlite3"
    assert _cli(data, "backup", "-o", str(out)) == 0
    said = capsys.readouterr().out
    assert str(out) in said and f"schema {head_revision()} (current), 1 inspections, 1 records waiting" in said

    assert _cli(data, "backup", "-o", str(out)) == 2                   # never over a file without --force
    assert "exists already" in capsys.readouterr().err
    assert _cli(data, "backup", "-o", str(out), "--force") == 0
    capsys.readouterr()
    assert _cli(data, "backup", "-o", str(path)) == 2                  # the database itself: not "add --force"
    assert "the bench database itself" in capsys.readouterr().err

    with sqlite3.connect(path) as conn:                                 # the day goes on after the backup
        conn.execute("DELETE FROM damage_findings")
        conn.execute("UPDATE item_inspections SET note = 'after the backup'")
    conn.close()
    assert _cli(data, "restore", str(out)) == 0
    said = capsys.readouterr().out
    assert f"Restored {out} into {path}" in said and "1 inspections" in said
    [safety] = list_backups(data)
    assert "before-restore" in safety.name and f"kept in {safety}" in said
    db = Database.open_sqlite(path)
    try:
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT note FROM item_inspections").scalar() == ""
            assert conn.exec_driver_sql("SELECT code FROM damage_findings").scalar() == "scratches"
    finally:
        db.dispose()
    with sqlite3.connect(safety) as conn:                               # what it replaced is kept
        assert conn.execute("SELECT note FROM item_inspections").fetchone() == ("after the backup",)
    conn.close()


def test_restoring_an_older_backup_says_it_upgrades_at_the_next_start_and_it_does(tmp_path, capsys):
    data = tmp_path / "data"
    _bench_database(data)
    old = first_release_database(tmp_path / "old" / "bench.sqlite3")
    assert _cli(data, "restore", str(old)) == 0
    assert "schema 0001 (older; upgraded when the bench next starts)" in capsys.readouterr().out
    Database.open_sqlite(data / "bench.sqlite3").dispose()
    assert check_backup_file(data / "bench.sqlite3").age is SchemaAge.CURRENT


@pytest.fixture
def current(tmp_path):
    """A data dir with a bench database, and its bytes before the command under test."""
    data = tmp_path / "data"
    path = _bench_database(data)
    return data, path, path.read_bytes()


def test_restore_refuses_a_newer_schema(tmp_path, capsys, current):
    data, path, before = current
    newer = newer_database(tmp_path / "newer" / "bench.sqlite3")
    assert _cli(data, "restore", str(newer)) == 2
    err = capsys.readouterr().err
    assert f"made by a newer version of the program (schema {FUTURE_REVISION}; this version knows up to " \
           f"{head_revision()})" in err and "Nothing was changed." in err
    assert path.read_bytes() == before and not list_backups(data)


def test_restore_refuses_a_damaged_database(tmp_path, capsys, current):
    data, path, before = current
    damaged = tmp_path / "damaged.sqlite3"
    take_backup(path, damaged)
    with damaged.open("r+b") as f:            # pages past the first overwritten: the header still says SQLite
        f.seek(4096 * 2)
        f.write(b"\xa5" * 4096 * 3)
    check = check_backup_file(damaged)
    assert check.is_database and check.integrity != "ok"
    assert _cli(data, "restore", str(damaged)) == 2
    err = capsys.readouterr().err
    assert "is damaged (integrity check:" in err and "Nothing was changed." in err
    assert path.read_bytes() == before and not list_backups(data)


def test_restore_refuses_a_file_that_is_no_database(tmp_path, capsys, current):
    data, path, before = current
    for name, content in (("notes.txt", "not a database\n" * 100), ("empty.sqlite3", "")):
        other = tmp_path / name
        other.write_text(content)
        assert _cli(data, "restore", str(other)) == 2
        assert "is not an SQLite database (not a bench backup)" in capsys.readouterr().err
    plain = tmp_path / "plain.sqlite3"
    sqlite3.connect(plain).execute("CREATE TABLE t (x)").connection.close()
    assert _cli(data, "restore", str(plain)) == 2
    assert "not a bench database" in capsys.readouterr().err
    assert _cli(data, "restore", str(tmp_path)) == 2
    assert "is a folder" in capsys.readouterr().err
    assert _cli(data, "restore", str(tmp_path / "missing.sqlite3")) == 2
    assert "There is no file" in capsys.readouterr().err
    assert path.read_bytes() == before and not list_backups(data)


def test_restore_refuses_while_a_bench_runs_on_the_data_dir(tmp_path, capsys, current):
    data, path, before = current
    saved = take_backup(path, tmp_path / "saved.sqlite3")
    running = InstanceLock(data)
    assert running.acquire()
    try:
        assert _cli(data, "restore", str(saved)) == 2
        err = capsys.readouterr().err
        assert f"close the bench first: process {os.getpid()} on " in err and "Nothing was changed." in err
    finally:
        running.release()
    assert path.read_bytes() == before and not list_backups(data)
    assert _cli(data, "restore", str(saved)) == 0        # once the bench is closed


def test_a_database_from_a_newer_program_is_refused_on_open_and_left_byte_identical(tmp_path):
    path = newer_database(tmp_path / "data" / "bench.sqlite3")
    before = path.read_bytes()
    with pytest.raises(EnvironmentProblem) as refused:
        Database.open_sqlite(path)
    assert "made by a newer version of the program" in refused.value.message
    assert "Install the newer version again, or restore a backup" in refused.value.what_to_do
    assert path.read_bytes() == before
    assert sorted(p.name for p in path.parent.iterdir()) == ["bench.sqlite3"]    # no backup, no log left
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (FUTURE_REVISION,)
    conn.close()


def test_a_backup_onto_a_full_disk_says_so_and_leaves_nothing_half_written(tmp_path, small_disk, capsys):
    data = tmp_path / "data"
    path = _bench_database(data)
    _fill(path, 6)                                                  # more than the 4 MB disk holds
    with pytest.raises(EnvironmentProblem) as full:
        take_backup(path, small_disk / "bench-backup.sqlite3")
    assert full.value.message.startswith("The disk is full: the backup needs about ")
    assert f"{small_disk} has" in full.value.message and "Nothing was written." in full.value.message
    assert list(small_disk.iterdir()) == []
    assert _cli(data, "backup", "-o", str(small_disk / "bench-backup.sqlite3")) == 2
    assert "inspector backup: The disk is full" in capsys.readouterr().err
    assert list(small_disk.iterdir()) == []


def test_an_upgrade_whose_backup_does_not_fit_is_not_made(small_disk):
    """The data dir itself on the full disk: no backup, no upgrade, the database as it was."""
    path = first_release_database(small_disk / "bench.sqlite3")
    _fill(path, 3)                                          # 3 MB of 4: the copy cannot fit beside it
    before = _content(path)
    with pytest.raises(EnvironmentProblem) as refused:
        Database.open_sqlite(path)
    assert refused.value.message.startswith("The database needs an upgrade, and the backup before it could not be "
                                            "taken: The disk is full")
    assert refused.value.what_to_do.endswith("The database was not changed.")
    assert _content(path) == before         # (the file is in WAL mode now, as every bench opening leaves it)
    assert list((small_disk / BACKUP_DIR_NAME).iterdir()) == []


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads any file")
def test_an_unreadable_file_is_a_clear_problem(tmp_path):
    path = _bench_database(tmp_path / "data")
    path.chmod(0)
    with pytest.raises(EnvironmentProblem, match="cannot be read: Permission denied"):
        check_backup_file(path)
    with pytest.raises(EnvironmentProblem, match="cannot be read"):
        take_backup(path, tmp_path / "copy.sqlite3")


# -- restore: its own source, a damaged database, the next sync, another user's data dir ----------------------------

def test_restoring_the_oldest_safety_copy_keeps_it_and_prunes_only_after_the_restore(tmp_path, capsys):
    data = tmp_path / "data"
    path = _bench_database(data)
    clock = _Clock()
    made = [kept_backup(path, "before-restore", 5, clock) for _ in range(5)]
    oldest = made[0]
    with sqlite3.connect(oldest) as conn:                      # tell it apart from the others
        conn.execute("UPDATE item_inspections SET note = 'the oldest'")
    conn.close()
    assert _cli(data, "restore", str(oldest)) == 0, capsys.readouterr().err
    capsys.readouterr()
    assert oldest.exists()                                     # never deleted: it is what was restored
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT note FROM item_inspections").fetchone() == ("the oldest",)
    conn.close()
    kept = [p for p in list_backups(data) if "before-restore" in p.name]
    assert len(kept) == 6 and set(made) <= set(kept)           # the new one, and the source spared from the five
    # The next restore prunes again: the newest five, and the file it restores.
    assert _cli(data, "restore", str(made[2])) == 0
    kept = [p for p in list_backups(data) if "before-restore" in p.name]
    assert len(kept) == 5 and made[2] in kept and oldest not in kept


def _damage_pages(path: Path) -> None:
    with path.open("r+b") as f:               # pages past the first overwritten: the header still says SQLite
        f.seek(4096 * 2)
        f.write(b"\xa5" * 4096 * 3)


def _zero_header(path: Path) -> None:
    with path.open("r+b") as f:
        f.write(b"\x00" * 100)


@pytest.mark.parametrize("damage", [_damage_pages, _zero_header], ids=["damaged pages", "zeroed header"])
def test_restore_replaces_a_damaged_database_and_keeps_it_as_it_was(tmp_path, capsys, damage):
    data = tmp_path / "data"
    path = _bench_database(data)
    saved = take_backup(path, tmp_path / "saved.sqlite3")
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE item_inspections SET note = 'after the backup'")
    conn.close()
    _fill(path, 1)                                             # pages enough that the damage lands in the tables
    damage(path)
    damaged_bytes = path.read_bytes()
    assert not check_backup_file(path).usable                 # as `inspector doctor` finds it
    with pytest.raises(EnvironmentProblem):                    # and it cannot be copied: the restore's first step
        take_backup(path, tmp_path / "copy.sqlite3")
    assert _cli(data, "restore", str(saved)) == 0, capsys.readouterr().err
    said = capsys.readouterr().out
    [kept] = [p for p in list_backups(data) if "before-restore-damaged" in p.name]
    assert f"was damaged (it could not be copied): it was moved, as it was, to {kept}" in said
    assert kept.read_bytes() == damaged_bytes                  # the evidence, untouched
    assert not [p for p in data.iterdir() if p.name.startswith(".bench")]      # no temporary file left
    db = Database.open_sqlite(path)
    try:
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT note FROM item_inspections").scalar() == ""
            assert conn.exec_driver_sql("SELECT code FROM damage_findings").scalar() == "scratches"
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
    finally:
        db.dispose()
    assert _content(path) == _content(saved)
    # A damaged copy is evidence, not a backup: never pruned, never offered as the newest backup.
    from inspector.paths import Paths
    from inspector.support.doctor import newest_backup
    for _ in range(6):
        assert _cli(data, "restore", str(saved)) == 0
    assert kept.exists()
    newest = newest_backup(Paths(data), clock=lambda: dt.datetime.now(dt.timezone.utc))
    assert "damaged" not in newest.found and "-before-restore" in newest.found


def test_restore_refuses_the_data_dir_of_another_user(tmp_path, capsys, current):
    if os.geteuid() != 0:
        pytest.skip("a folder of another user can only be made as root")
    data, path, before = current
    saved = take_backup(path, tmp_path / "saved.sqlite3")
    os.chown(data, 65534, 65534)
    assert _cli(data, "restore", str(saved)) == 2
    err = capsys.readouterr().err
    assert f"{data} belongs to nobody and this is root" in err and "Run it as nobody, the data folder's owner" in err
    assert "Nothing was changed." in err
    assert _cli(data, "backup", "-o", str(data / "copy.sqlite3")) == 2           # nor a backup written into it
    assert "Run it as nobody" in capsys.readouterr().err
    assert _cli(data, "backup", "-o", str(tmp_path / "elsewhere.sqlite3")) == 0  # one written elsewhere is fine
    assert path.read_bytes() == before and not list_backups(data) and not (data / "bench.lock").exists()


def test_after_a_restore_the_next_sync_pulls_again_and_a_change_is_not_lost_as_a_duplicate(hub, bench, tmp_path,
                                                                                            capsys):
    from inspector.settings import load_settings
    from inspector.sync.engine import SyncConfig, SyncEngine
    from inspector.sync.state import SyncState, load_state, state_file
    from inspector.usecases import inspections
    from tests.integration.faults.checks import hub_records

    def sync() -> dict:
        engine = SyncEngine(bench.database, bench.policy, bench.paths, SyncConfig.from_settings(
            load_settings(bench.paths)))
        try:
            return engine.run_once()
        finally:
            engine.close()

    def edit(grade: str) -> None:        # a change after completion: reopen, grade again, complete
        inspections.reopen_last_completed(inspections.InspectionCommand(item, NOW), bench.uow())
        inspections.grade_inspection(inspections.GradeInspection(item, grade), bench.uow())
        inspections.complete_inspection(inspections.InspectionCommand(item, NOW), bench.uow())

    work(bench, 1, finish=False)
    with bench.database.engine.connect() as conn:
        item = conn.exec_driver_sql("SELECT id FROM item_inspections").scalar_one()
    inspections.complete_inspection(inspections.InspectionCommand(item, NOW), bench.uow())
    assert sync()["ok"]
    data = bench.paths.data_dir
    saved = tmp_path / "saved.sqlite3"
    assert _cli(data, "backup", "-o", str(saved)) == 0
    edit("C")                                                  # changed and synced after the backup
    assert sync()["ok"]
    at_hub = hub_records(hub.db_url, "B1")[("item_inspection", item)]
    state_before = state_file(data).read_text(encoding="utf-8")
    assert load_state(data).hub_url == hub.url

    bench.database.dispose()
    capsys.readouterr()
    assert _cli(data, "restore", str(saved)) == 0
    said = capsys.readouterr().out
    assert "1 record(s) changed since the backup took the version numbers they had reached" in said
    assert load_state(data) == SyncState(hub_url=hub.url)     # the pulls start over, at the same hub
    [kept_state] = (data / BACKUP_DIR_NAME).glob("sync_state-*-before-restore.json")
    assert kept_state.read_text(encoding="utf-8") == state_before and f"({kept_state})" in said
    bench.database = Database.open_sqlite(data / "bench.sqlite3")
    with bench.database.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT version FROM item_inspections").scalar_one() == at_hub[1]

    edit("D")                                                  # the first change after the restore
    report = sync()
    assert report["ok"] and report["pushed"]["duplicate"] == 0, report["pushed"]
    station, version, record = hub_records(hub.db_url, "B1")[("item_inspection", item)]
    assert version > at_hub[1] and record["grade"] == "D"     # it reached the hub
