"""The scale reader on a real pseudo-terminal: what a USB-serial scale looks like to the bench.

A player thread writes a recorded stream into the pty's master side, over and over as a continuous scale does:
unstable readings, a stable one, an overload, a line split in two writes, and pounds. The port is a symlink (as
/dev/serial/by-id/... is), so "the scale plugged in again" is the link pointing at a new pty.
"""
from __future__ import annotations

import json
import os
import pty
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field

import pytest

from inspector.scales.ascii_protocol import Reading, SettledChanges
from inspector.scales.serial_scale import ScaleReader
from inspector.sync.backoff import Backoff

pytestmark = pytest.mark.monotonic_waits      # the reader's port timeout and the waits below run on real time

RECORDED = [b"US,GS,+  1.198 kg\r\n", b"US,GS,+  1.231 kg\r\n", b"ST,GS,+  1.234 kg\r\n", b"OL,GS,+  -.--- kg\r\n",
            b"ST,GS,+  1.2", b"34 kg\r\n", b"ST,GS,+  2.50 lb\r\n", b"S D      2.511 lb\r\n"]
KNOWN_GRAMS = {1198, 1231, 1234, 0, 1134, 1139}


class Player(threading.Thread):
    """A continuous scale: the recorded stream, chunk by chunk, until stopped or the pty goes away."""

    def __init__(self, master: int) -> None:
        super().__init__(daemon=True)
        self.master, self.halt = master, threading.Event()

    def run(self) -> None:
        while not self.halt.is_set():
            for chunk in RECORDED:
                try:
                    os.write(self.master, chunk)
                except OSError:
                    return
                if self.halt.wait(0.01):
                    return


class Pty:
    def __init__(self) -> None:
        self.master, self.slave = pty.openpty()
        self.name = os.ttyname(self.slave)
        self.player = Player(self.master)
        self.player.start()

    def unplug(self) -> None:
        self.player.halt.set()
        self.player.join(5)
        os.close(self.master)
        os.close(self.slave)


def point(link, target: str) -> None:
    tmp = link.with_name(link.name + ".new")
    tmp.unlink(missing_ok=True)
    tmp.symlink_to(target)
    os.replace(tmp, link)


class Collector:
    """What the reader told, on its thread; `wait_until` wakes at each callback (no polling)."""

    def __init__(self) -> None:
        self.readings: list[Reading] = []
        self.told: list[int] = []
        self.problems: list[str] = []
        self._changes = SettledChanges()
        self._told = threading.Condition()

    def reading(self, reading: Reading) -> None:
        with self._told:
            self.readings.append(reading)
            value = self._changes.feed(reading)
            if value is not None:
                self.told.append(value)
            self._told.notify_all()

    def problem(self, text: str) -> None:
        with self._told:
            self.problems.append(text)
            self._told.notify_all()

    def wait_until(self, condition, timeout: float = 10.0) -> None:
        with self._told:
            assert self._told.wait_for(condition, timeout), "timed out"


@dataclass
class CountedBackoff(Backoff):
    """Tells when the reader has failed to open the port again `enough` times in a row."""
    enough: int = 3
    retried: threading.Event = field(default_factory=threading.Event)

    def failed(self) -> float:
        delay = super().failed()
        if self.failures > self.enough:       # the outage's first failure, then `enough` attempts to reopen
            self.retried.set()
        return delay


def test_reader_settles_survives_an_unplug_and_stops(tmp_path):
    link = tmp_path / "usb-Scale_0001-if00"
    scale = Pty()
    point(link, scale.name)
    seen = Collector()
    backoff = CountedBackoff(base=0.05, cap=0.4)
    reader = ScaleReader(str(link), 9600, seen.reading, seen.problem, backoff=backoff)
    reader.start()
    try:
        seen.wait_until(lambda: {1234, 1134} <= set(seen.told) and any(r.overload for r in seen.readings)
                        and any(r.grams == 1139 for r in seen.readings))
        assert {r.grams for r in seen.readings} <= KNOWN_GRAMS     # the split line came whole, never as "34 kg"
        assert all(r.stable is False for r in seen.readings if r.grams == 1139)   # MT-SICS dynamic, in pounds
        assert seen.problems == []

        scale.unplug()
        seen.wait_until(lambda: len(seen.problems) == 1)
        assert str(link) in seen.problems[0]
        before = len(seen.readings)
        assert backoff.retried.wait(10)         # several attempts to open again: still told once
        assert len(seen.problems) == 1 and len(seen.readings) == before

        again = Pty()
        point(link, again.name)
        seen.wait_until(lambda: len(seen.readings) > before + 10)
        assert {r.grams for r in seen.readings[before:]} <= KNOWN_GRAMS
    finally:
        reader.stop()
    assert not reader.is_alive()                # stopped and joined: the port is closed, nothing more can be read
    again.unplug()


def scale_command(data_dir, *args, timeout=60):
    return subprocess.run([sys.executable, "-m", "inspector", "--data-dir", str(data_dir), "scale", *args],
                          capture_output=True, text=True, timeout=timeout)


def test_scale_command_prints_readings_as_json_lines(tmp_path):
    scale = Pty()
    try:
        out = scale_command(tmp_path, "--port", scale.name, "--count", "12")
    finally:
        scale.unplug()
    assert out.returncode == 0, out.stderr
    lines = [json.loads(line) for line in out.stdout.splitlines()]
    assert len(lines) == 12
    assert all(set(line) == {"grams", "stable", "overload", "settled"} for line in lines)
    assert {line["grams"] for line in lines} <= KNOWN_GRAMS
    assert any(line["settled"] in (1234, 1134) for line in lines)


def test_scale_command_from_the_station_settings_and_without_a_port(tmp_path):
    no_port = scale_command(tmp_path)
    assert no_port.returncode == 2 and "--scale-port" in no_port.stderr
    set_up = subprocess.run([sys.executable, "-m", "inspector", "--data-dir", str(tmp_path), "settings",
                             "--scale-port", str(tmp_path / "no-such-tty"), "--scale-baud", "19200"],
                            capture_output=True, text=True, timeout=60)
    assert set_up.returncode == 0, set_up.stderr
    shown = json.loads(set_up.stdout)
    assert shown["scale_port"] == str(tmp_path / "no-such-tty") and shown["scale_baud"] == 19200
    missing = scale_command(tmp_path)
    assert missing.returncode == 2 and "no-such-tty" in missing.stderr
    bad_baud = subprocess.run([sys.executable, "-m", "inspector", "--data-dir", str(tmp_path), "settings",
                               "--scale-baud", "1234"], capture_output=True, text=True, timeout=60)
    assert bad_baud.returncode == 2 and "not a scale speed" in bad_baud.stderr


WEIGHED_RMA = "RMA-13000002"


def weighed_return():
    from decimal import Decimal

    from inspector.domain.returns import Return, ReturnLine, ReturnStatus
    from tests.conftest import MUG_GTIN, NOW
    return Return("", WEIGHED_RMA, "ORD-13002", "Too small", NOW.date(), ReturnStatus.OPEN, (), (
        ReturnLine("", 1, "MUG-2", MUG_GTIN, "Mug", 2, Decimal("12.50"), "EUR", "home", unit_weight_g=500),))


def test_a_session_fed_by_the_scale_weighs_the_parcel_scanned_next(seeded_database, policy):
    """The parcel is put on the scale before its label is scanned: the settled reading waits for the scan (10 s at
    most), then weighs it: 1,650 g where 2 × 500 g + 300 g of packaging ± 130 g was expected."""
    import datetime as dt
    import queue

    from inspector.bench.session import BenchSession
    from inspector.bench.state import Cue
    from inspector.usecases.returns import UpsertReturns, upsert_returns
    from inspector.usecases.unit_of_work import UnitOfWork
    from tests.conftest import NOW

    upsert_returns(UpsertReturns([weighed_return()], "test", NOW), UnitOfWork(seeded_database, policy))
    now = [NOW]
    session = BenchSession(seeded_database, policy, "bench-1", lambda: now[0])
    session.handle_scan("OP-1001")
    session.enter_pin("1234")

    master, slave = pty.openpty()
    readings: queue.Queue[Reading] = queue.Queue()
    reader = ScaleReader(os.ttyname(slave), 9600, readings.put, lambda _text: None)
    reader.start()
    halt = threading.Event()

    def play() -> None:
        while not halt.is_set():
            for line in (b"US,GS,+  1.210 kg\r\n", b"US,GS,+  1.655 kg\r\n", b"ST,GS,+  1.650 kg\r\n"):
                try:
                    os.write(master, line)
                except OSError:
                    return
                halt.wait(0.01)
    player = threading.Thread(target=play, daemon=True)
    player.start()
    changes = SettledChanges()
    try:
        told = None
        deadline = time.monotonic() + 10
        while told is None:
            told = changes.feed(readings.get(timeout=max(0.1, deadline - time.monotonic())))
        state = session.record_scale_weight(told)      # on the test's thread, as on the bench's database lane
    finally:
        halt.set()
        reader.stop()
        player.join(5)
        os.close(master)
        os.close(slave)
    assert told == 1650 and state.parcel is None and "1,650 g on the scale" in state.feedback.message

    now[0] += dt.timedelta(seconds=8)
    state = session.handle_scan(WEIGHED_RMA)
    parcel = state.parcel
    assert parcel.weight_g == 1650 and parcel.weight_source == "scale" and parcel.expected_weight_g == 1300
    assert "weight_off" in parcel.flags and parcel.weight_detail == "1,650 g, expected 1,300 g ± 130 g"
    assert state.feedback.cue is Cue.WARNING and "1,650 g" in state.feedback.message

    # A reading kept longer than 10 s belongs to no parcel; an empty pan drops it at once.
    session.complete_parcel()
    session.record_scale_weight(1650)
    now[0] += dt.timedelta(seconds=11)
    assert session.handle_scan(WEIGHED_RMA).parcel.weight_g is None
    session.complete_parcel()
    session.record_scale_weight(1650)
    session.record_scale_weight(0)
    assert session.handle_scan(WEIGHED_RMA).parcel.weight_g is None
