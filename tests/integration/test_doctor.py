"""`inspector doctor` against real parts: a bench's SQLite file, a hub on loopback, a loopback Zebra, a small disk.
It must find what is wrong, say what to do, and change nothing."""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import sqlite3
from pathlib import Path

import pytest

from inspector.cli.main import main
from inspector.printing.printer_settings import PrinterKind, PrinterSettings, save_printer_settings
from inspector.storage.database import Database
from inspector.support.checks import Status
from inspector.support.database_checks import STUCK_AFTER
from inspector.support.doctor import DISK_FAIL_BYTES, run_doctor
from tests.conftest import NOW
from tests.fake_zebra import PAPER_OUT, FakeZebra, free_port
from tests.integration.faults.workload import make_bench, work

SOON = NOW + dt.timedelta(minutes=5)


def _by_name(report) -> dict:
    return {c.name: c for c in report.checks}


def _doctor_cli(data_dir: Path, capsys, *more: str) -> tuple[int, dict]:
    code = main(["--data-dir", str(data_dir), "doctor", "--json", *more])
    return code, json.loads(capsys.readouterr().out)


def _pending(database: Database) -> int:
    with database.engine.connect() as conn:
        return conn.exec_driver_sql("SELECT count(*) FROM outbox WHERE status = 'pending'").scalar_one()


def test_a_healthy_bench_with_its_hub_is_all_ok_or_warn(bench):
    work(bench, 2)
    report = run_doctor(bench.paths, clock=lambda: SOON, environ={})
    checks = _by_name(report)
    assert not report.failed, report.lines()
    assert {c.status for c in report.checks} <= {Status.OK, Status.WARN}
    for name in ("database integrity", "database schema", "outbox", "hub", "station settings", "disk space"):
        assert checks[name].status is Status.OK, checks[name]
    assert "takes this station's token (station B1)" in checks["hub"].found
    assert f"{_pending(bench.database)} record(s) waiting" in checks["outbox"].found
    assert checks["label printer"].status is Status.WARN and checks["label printer"].what_to_do


def test_the_cli_exits_0_after_a_sync_and_1_when_the_hub_is_gone(bench, hub, capsys):
    work(bench, 1)
    assert main(["--data-dir", str(bench.paths.data_dir), "sync", "--once"]) == 0
    capsys.readouterr()
    code, answer = _doctor_cli(bench.paths.data_dir, capsys)
    assert code == 0 and answer["ok"] is True
    assert {c["name"]: c["status"] for c in answer["checks"]}["outbox"] == "ok"
    assert main(["--data-dir", str(bench.paths.data_dir), "doctor"]) == 0
    plain = capsys.readouterr().out
    assert plain.splitlines()[-1] == "Nothing failed."
    assert any(line.startswith("OK") and " hub " in line for line in plain.splitlines())


def test_an_unreachable_hub_fails_with_what_to_do(tmp_path, capsys):
    closed = f"http://127.0.0.1:{free_port()}"
    made = make_bench(tmp_path, "B7", closed, "insp_not-a-real-token-but-long-enough")
    try:
        work(made, 1)
        report = run_doctor(made.paths, clock=lambda: NOW + 3 * STUCK_AFTER, environ={})
    finally:
        made.close()
    checks = _by_name(report)
    assert report.failed and checks["hub"].status is Status.FAIL
    assert closed in checks["hub"].found and "cannot be reached" in checks["hub"].found
    assert "hub server is running" in checks["hub"].what_to_do
    # Old records behind an unreachable hub are waiting, not stuck: the hub is the problem to fix.
    assert checks["outbox"].status is Status.WARN and "sent when the hub answers again" in checks["outbox"].what_to_do
    code, answer = _doctor_cli(made.paths.data_dir, capsys)
    assert code == 1 and answer["ok"] is False
    failed = [c for c in answer["checks"] if c["status"] == "fail"]
    assert [c["name"] for c in failed] == ["hub"] and failed[0]["what_to_do"]


def test_a_token_the_hub_refuses_is_a_failure_naming_the_token(tmp_path, hub):
    made = make_bench(tmp_path, "B2", hub.url, "insp_a-token-the-hub-never-issued-0123456789")
    made.close()
    checks = _by_name(run_doctor(made.paths, clock=lambda: SOON, environ={}))
    assert checks["hub"].status is Status.FAIL and "refused this station's token" in checks["hub"].found
    assert "new station token" in checks["hub"].what_to_do


def test_records_pending_past_the_threshold_while_the_hub_answers_are_stuck(bench):
    work(bench, 3)
    waiting = _pending(bench.database)
    with bench.database.engine.connect() as conn:
        oldest = dt.datetime.fromisoformat(conn.exec_driver_sql(
            "SELECT min(created_at) FROM outbox WHERE status = 'pending'").scalar_one())
    checks = _by_name(run_doctor(bench.paths, clock=lambda: oldest + STUCK_AFTER + dt.timedelta(minutes=30),
                                 environ={}))
    outbox = checks["outbox"]
    assert outbox.status is Status.FAIL and outbox.found.startswith("stuck:")
    assert f"{waiting} record(s) waiting to be sent, the oldest for 1 h 30 min" in outbox.found
    assert "inspector sync" in outbox.what_to_do
    # The same rows a minute old are only waiting.
    fresh = _by_name(run_doctor(bench.paths, clock=lambda: oldest + dt.timedelta(minutes=1), environ={}))
    assert fresh["outbox"].status is Status.OK


def test_records_the_hub_set_aside_are_a_warning_with_how_to_retry(bench):
    work(bench, 1)
    with bench.database.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE outbox SET status = 'rejected', last_error = 'unknown RMA' "
                             "WHERE id = (SELECT min(id) FROM outbox)")
    outbox = _by_name(run_doctor(bench.paths, clock=lambda: SOON, environ={}))["outbox"]
    assert outbox.status is Status.WARN and "1 set aside by the hub" in outbox.found
    assert "--retry-rejected" in outbox.what_to_do


def _closed_bench(tmp_path: Path) -> Path:
    made = make_bench(tmp_path, "B3")
    work(made, 2)
    made.close()
    return made.paths.data_dir


def test_a_damaged_database_file_fails_the_integrity_check(tmp_path, capsys):
    data_dir = _closed_bench(tmp_path)
    database = data_dir / "bench.sqlite3"
    page = sqlite3.connect(database).execute("PRAGMA page_size").fetchone()[0]
    with database.open("r+b") as f:        # scribble over every page after the schema's: the tables' contents
        size = database.stat().st_size
        for offset in range(2 * page, size, page):
            f.seek(offset)
            f.write(b"\xde\xad\xbe\xef" * (page // 4))
    code, answer = _doctor_cli(data_dir, capsys)
    checks = {c["name"]: c for c in answer["checks"]}
    assert code == 1 and checks["database integrity"]["status"] == "fail"
    assert "restore" in checks["database integrity"]["what_to_do"].lower()
    assert "database schema" not in checks     # nothing more is read from a damaged file


def test_a_file_that_is_no_database_fails_the_integrity_check(tmp_path, capsys):
    data_dir = _closed_bench(tmp_path)
    (data_dir / "bench.sqlite3").write_bytes(b"these are not the bytes of a database\n" * 200)
    code, answer = _doctor_cli(data_dir, capsys)
    integrity = {c["name"]: c for c in answer["checks"]}["database integrity"]
    assert code == 1 and integrity["status"] == "fail" and "damaged or is not a bench database" in integrity["found"]


def test_a_database_from_a_newer_program_fails_and_is_left_byte_for_byte(tmp_path, capsys):
    data_dir = _closed_bench(tmp_path)
    database = data_dir / "bench.sqlite3"
    with sqlite3.connect(database) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0099_from_the_future'")
    conn.close()
    before = hashlib.sha256(database.read_bytes()).hexdigest()
    files_before = sorted(p.name for p in data_dir.iterdir())
    code, answer = _doctor_cli(data_dir, capsys)
    schema = {c["name"]: c for c in answer["checks"]}["database schema"]
    assert code == 1 and schema["status"] == "fail"
    assert "0099_from_the_future" in schema["found"] and "newer version" in schema["found"]
    assert "inspector restore" in schema["what_to_do"]
    assert hashlib.sha256(database.read_bytes()).hexdigest() == before
    assert sorted(p.name for p in data_dir.iterdir()) == files_before   # not even a -wal or -shm left behind


def test_a_nearly_full_disk_fails_the_disk_check(small_disk):
    made = make_bench(small_disk, "B4")
    made.close()
    disk = _by_name(run_doctor(made.paths, clock=lambda: SOON, environ={}))["disk space"]
    assert disk.status is Status.FAIL and str(small_disk) in disk.found
    assert "Free some space" in disk.what_to_do
    assert DISK_FAIL_BYTES > 4 * 1024 * 1024


@pytest.mark.parametrize("status, expected, words", [
    (None, Status.OK, "is ready"),
    (PAPER_OUT, Status.FAIL, "out of labels"),
])
def test_a_zebra_printer_is_asked_for_its_status(tmp_path, status, expected, words):
    made = make_bench(tmp_path, "B5")
    made.close()
    printer = FakeZebra() if status is None else FakeZebra(status=status)
    save_printer_settings(made.paths, PrinterSettings(kind=PrinterKind.ZEBRA, zebra_host="127.0.0.1",
                                                      zebra_port=printer.port))
    check = _by_name(run_doctor(made.paths, clock=lambda: SOON, environ={}))["label printer"]
    assert check.status is expected and words in check.found
    assert not any(b"^XA" in data for data in printer.received)   # asked, never printed on


def test_a_zebra_that_is_switched_off_fails_with_what_to_do(tmp_path):
    made = make_bench(tmp_path, "B6")
    made.close()
    save_printer_settings(made.paths, PrinterSettings(kind=PrinterKind.ZEBRA, zebra_host="127.0.0.1",
                                                      zebra_port=free_port()))
    check = _by_name(run_doctor(made.paths, clock=lambda: SOON, environ={}))["label printer"]
    assert check.status is Status.FAIL and "refused the connection" in check.found
    assert "switched on" in check.what_to_do


# -- the data folder: a running bench found without taking its lock; a network filesystem warned about -------------

def test_a_running_bench_is_named_without_taking_its_lock_or_writing_to_it(tmp_path):
    import os
    import socket
    import subprocess
    import sys

    from inspector.instance_lock import LOCK_FILE, InstanceLock
    from inspector.paths import Paths
    hold = ("import sys; from inspector.instance_lock import InstanceLock; l = InstanceLock(sys.argv[1]); "
            "print(l.acquire(), flush=True); sys.stdin.readline()")
    paths = Paths(tmp_path / "data").ensure()
    root = Path(__file__).resolve().parents[2]
    bench_process = subprocess.Popen([sys.executable, "-c", hold, str(paths.data_dir)], cwd=root, text=True,
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    try:
        assert bench_process.stdout.readline().strip() == "True"
        lock_file = paths.data_dir / LOCK_FILE
        os.utime(lock_file, (1_000_000, 1_000_000))
        found = _by_name(run_doctor(paths, clock=lambda: NOW, environ={}))["data folder"]
        assert found.found.endswith(f"the bench is running (process {bench_process.pid} on {socket.gethostname()})")
        assert lock_file.stat().st_mtime == 1_000_000       # not written (the old probe wrote its own id)
    finally:
        bench_process.communicate("\n", timeout=10)
    found = _by_name(run_doctor(paths, clock=lambda: NOW, environ={}))["data folder"]
    assert found.found.endswith("no bench running")
    # Between looks, a bench starting is never turned away by the doctor: the doctor takes no lock at all.
    with InstanceLock(paths.data_dir) as lock:
        assert lock.acquire()


# Lines as a bench's /proc/self/mountinfo shows them with its data folder on a share (NFS, SMB, sshfs).
_MOUNTINFO = """\
22 27 0:21 / /proc rw,relatime - proc proc rw
27 1 8:1 / / rw,relatime shared:1 - ext4 /dev/sda1 rw
61 27 0:52 / {share} rw,relatime shared:30 - {fstype} {source} rw,vers=4.2
62 61 8:17 / {share}/local\\040disk rw,relatime - ext4 /dev/sdb1 rw
"""


@pytest.mark.parametrize("fstype, source", [("nfs4", "filer:/export/benches"), ("cifs", "//filer/benches"),
                                            ("fuse.sshfs", "it@filer:/benches")])
def test_a_data_folder_on_a_network_filesystem_is_warned_about(tmp_path, fstype, source):
    from inspector.support.filesystem_check import data_folder_filesystem
    share = tmp_path / "share"                     # the folders are real; the mount table says where shares are
    (share / "bench" / "data").mkdir(parents=True)
    (share / "local disk" / "data").mkdir(parents=True)
    mountinfo = tmp_path / "mountinfo"
    mountinfo.write_text(_MOUNTINFO.format(share=share, fstype=fstype, source=source))
    check = data_folder_filesystem(share / "bench" / "data", mountinfo)
    assert check.status is Status.WARN
    assert f"on a network filesystem ({fstype} {source} at {share})" in check.found
    assert "write-ahead log" in check.what_to_do and "local disk" in check.what_to_do
    local = data_folder_filesystem(share / "local disk" / "data", mountinfo)     # the longest mount point wins
    assert local.status is Status.OK and local.found == f"ext4 at {share / 'local disk'} (a local disk)"


def test_the_data_folder_here_is_on_a_local_disk(tmp_path):
    from inspector.paths import Paths
    report = run_doctor(Paths(tmp_path / "not-made-yet"), clock=lambda: NOW, environ={})
    check = _by_name(report)["data folder disk"]
    assert check.status is Status.OK and "(a local disk)" in check.found
