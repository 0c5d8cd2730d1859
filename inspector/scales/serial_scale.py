"""A bench scale on a serial (or USB-serial) port, read on a thread of its own.

Every line becomes a `Reading` handed to `on_reading` (on this thread: the caller queues it to wherever it belongs).
An unplugged scale is told once to `on_problem` and the port is opened again with backoff until it answers, so the
bench never needs a restart after a cable is pulled. USB HID scales are not serial ports and are not covered; on
Linux the bench's user needs the `dialout` group to open the port.
"""
from __future__ import annotations

import threading
from collections.abc import Callable

import serial

from inspector.scales.ascii_protocol import Reading, parse_line
from inspector.sync.backoff import Backoff

READ_TIMEOUT_S = 0.25    # how often a quiet port looks at the stop flag
MAX_LINE = 256           # a scale's line is ~20 bytes; more without a line end is noise, dropped


class ScaleReader(threading.Thread):
    def __init__(self, port: str, baud: int, on_reading: Callable[[Reading], None],
                 on_problem: Callable[[str], None], *, backoff: Backoff | None = None) -> None:
        super().__init__(name=f"scale {port}", daemon=True)
        self.port, self.baud = port, baud
        self._on_reading, self._on_problem = on_reading, on_problem
        self._backoff = backoff or Backoff(base=1.0, cap=30.0)
        self._halt = threading.Event()
        self._serial: serial.Serial | None = None
        self._lock = threading.Lock()
        self._in_trouble = False         # an outage is told once, not at every attempt to open the port again

    def stop(self, timeout: float = 5.0) -> None:
        """Stops reading and closes the port (returns once it is closed, or after `timeout`)."""
        self._halt.set()
        with self._lock:
            port = self._serial
        if port is not None:
            try:
                port.cancel_read()
            except (OSError, serial.SerialException, AttributeError):
                pass
        if self.is_alive() and threading.current_thread() is not self:
            self.join(timeout)
        self._close()

    @property
    def stopped(self) -> bool:
        return self._halt.is_set()

    def run(self) -> None:
        while not self._halt.is_set():
            try:
                self._open()
                self._read_lines()
            except (OSError, serial.SerialException) as exc:
                self._close()
                if self._halt.is_set():
                    break
                self._problem(f"The scale on {self.port} cannot be read: {_reason(exc)}")
                self._halt.wait(self._backoff.failed())
        self._close()

    def _open(self) -> None:
        port = serial.Serial(self.port, self.baud, timeout=READ_TIMEOUT_S)
        with self._lock:
            self._serial = port
        if self._halt.is_set():
            raise serial.SerialException("stopped")

    def _read_lines(self) -> None:
        assert self._serial is not None
        pending = b""
        first = True      # the line the port was opened in the middle of: its tail is not a weight
        while not self._halt.is_set():
            chunk = self._serial.read(self._serial.in_waiting or 1)
            if not chunk:
                continue
            pending += chunk
            *lines, pending = pending.replace(b"\r", b"\n").split(b"\n")
            if len(pending) > MAX_LINE:
                pending = b""
            if first and lines:
                lines, first = lines[1:], False
            for raw in lines:
                reading = parse_line(raw.decode("ascii", errors="replace"))
                if reading is not None:
                    self._backoff.succeeded()
                    self._in_trouble = False
                    self._on_reading(reading)

    def _problem(self, text: str) -> None:
        if not self._in_trouble:
            self._in_trouble = True
            self._on_problem(text)

    def _close(self) -> None:
        with self._lock:
            port, self._serial = self._serial, None
        if port is not None:
            try:
                port.close()
            except (OSError, serial.SerialException):
                pass


def _reason(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    return str(exc) or type(exc).__name__
