"""ZPL to a Zebra printer over raw TCP (port 9100), with a timeout on every step.

Before sending, the printer is asked for its host status (`~HS`): a printer that takes the connection but never
answers is dead for our purposes, and one that is out of labels, open or paused would hold the label in its buffer and
print it who knows when; in all those cases nothing is sent and the person is told why.
"""
from __future__ import annotations

import errno
import socket
from dataclasses import dataclass

from inspector.printing import problems

STX, ETX = b"\x02", b"\x03"


@dataclass(frozen=True)
class ZebraStatus:
    paper_out: bool
    paused: bool
    head_open: bool
    ribbon_out: bool

    def problem_state(self) -> str | None:
        if self.head_open:
            return problems.HEAD_OPEN
        if self.paper_out:
            return problems.PAPER_OUT
        if self.ribbon_out:
            return problems.RIBBON_OUT
        if self.paused:
            return problems.PAUSED
        return None


def parse_host_status(reply: bytes) -> ZebraStatus | None:
    """The ~HS reply: three STX...ETX strings of comma-separated fields (ZPL II manual, ~HS). None if it is not one."""
    strings = [part.split(ETX, 1)[0].decode("ascii", "replace").split(",")
               for part in reply.split(STX)[1:] if ETX in part]
    if len(strings) < 2 or len(strings[0]) < 3 or len(strings[1]) < 5:
        return None
    first, second = strings[0], strings[1]
    thermal_transfer = second[4].strip() == "1"  # the ribbon flag means something only with a ribbon
    return ZebraStatus(paper_out=first[1].strip() == "1", paused=first[2].strip() == "1",
                       head_open=second[2].strip() == "1", ribbon_out=thermal_transfer and second[3].strip() == "1")


def _read_status(sock: socket.socket) -> bytes:
    reply = b""
    while reply.count(ETX) < 3:
        chunk = sock.recv(1024)
        if not chunk:
            break  # closed early: parse what came
        reply += chunk
    return reply


def query_status(sock: socket.socket) -> ZebraStatus | None:
    """Asks a connected Zebra for its host status (`~HS`); None when the reply cannot be read as one."""
    sock.sendall(b"~HS")
    return parse_host_status(_read_status(sock))


def _finish(sock: socket.socket) -> None:
    """Half-close, then give the printer a moment to close its side: a reset here (printer rebooting mid-label)
    is reported. A printer that keeps the socket open has still acknowledged every byte, so that is success: better
    than a duplicate label from a reprint."""
    sock.shutdown(socket.SHUT_WR)
    sock.settimeout(min(sock.gettimeout() or 1.0, 1.0))
    try:
        while sock.recv(1024):
            pass
    except (socket.timeout, TimeoutError):
        pass


def send_zpl(zpl: bytes, host: str, port: int = 9100, timeout_s: float = 5.0, check_status: bool = True) -> None:
    """Raises a PrinterProblem (an EnvironmentProblem) for every way the printer can fail to take the label."""
    where = f"{host}:{port}"
    if not host:
        raise problems.no_printer()
    try:
        with socket.create_connection((host, port), timeout=timeout_s) as sock:
            sock.settimeout(timeout_s)
            if check_status:
                status = query_status(sock)
                state = status.problem_state() if status else None
                if state is not None:
                    raise problems.printer_not_ready(where, state)
            sock.sendall(zpl)
            _finish(sock)
    except problems.PrinterProblem:
        raise
    except ConnectionRefusedError as exc:
        raise problems.refused(where) from exc
    except (socket.timeout, TimeoutError) as exc:
        raise problems.timed_out(where) from exc
    except socket.gaierror as exc:
        raise problems.unreachable(where, str(exc.strerror or exc)) from exc
    except OSError as exc:
        if exc.errno in (errno.ETIMEDOUT,):
            raise problems.timed_out(where) from exc
        raise problems.unreachable(where, exc.strerror or str(exc)) from exc
