"""A loopback raw-9100 "Zebra" for tests: answers ~HS with a status (ready by default, or paper out, head open; or
says nothing at all, as a hung printer) and keeps every byte it is sent."""
from __future__ import annotations

import socket
import threading
import time

from inspector.printing.printer_settings import PrinterKind, PrinterSettings

READY = (b"\x02030,0,0,1245,000,0,0,0,000,0,0,0\x03\r\n\x02001,0,0,0,1,2,6,0,00000000,1,000\x03\r\n"
         b"\x021234,0\x03\r\n")
PAPER_OUT = READY.replace(b"\x02030,0,0,", b"\x02030,1,0,", 1)
HEAD_OPEN = READY.replace(b"\x02001,0,0,0,1,", b"\x02001,0,1,0,1,", 1)


def free_port() -> int:
    """A loopback port nothing listens on: connecting to it is refused, as with a printer switched off."""
    with socket.create_server(("127.0.0.1", 0)) as probe:
        return probe.getsockname()[1]


class FakeZebra:
    def __init__(self, port: int = 0, status: bytes | None = READY) -> None:
        self.status = status
        self.received: list[bytes] = []
        self.server = socket.create_server(("127.0.0.1", port))
        self.port = self.server.getsockname()[1]
        self._lock = threading.Lock()
        self._arrived = threading.Condition(self._lock)
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self.server.accept()
            except OSError:
                return
            with conn:
                conn.settimeout(5)
                data = b""
                try:
                    if self.status is None:  # a hung printer: takes the connection, says nothing, reads nothing
                        threading.Event().wait(2)
                        continue
                    while b"~HS" not in data:
                        chunk = conn.recv(64)
                        if not chunk:
                            break
                        data += chunk
                    conn.sendall(self.status)
                    while chunk := conn.recv(65536):
                        data += chunk
                except OSError:
                    pass
                with self._arrived:
                    self.received.append(data)
                    self._arrived.notify_all()

    def wait_received(self, count: int = 1, timeout: float = 10.0) -> list[bytes]:
        """What arrived once `count` connections have been read to the end (the client may hang up first)."""
        deadline = time.monotonic() + timeout
        with self._arrived:
            while len(self.received) < count:
                left = deadline - time.monotonic()
                if left <= 0 or not self._arrived.wait(left):
                    break
            return list(self.received)

    @property
    def zpl(self) -> str:
        received = self.wait_received()
        assert received, "the printer received nothing"
        return received[-1].decode("utf-8")

    def labels(self) -> list[str]:
        """What was printed (the ZPL after the status request), oldest first."""
        with self._lock:
            return [data.decode("utf-8").split("~HS", 1)[-1] for data in self.received if b"^XA" in data]

    def settings(self, **changes) -> PrinterSettings:
        return zebra_settings(self.port, **{"timeout_s": 0.5, **changes})

    def close(self) -> None:
        self.server.close()


def zebra_settings(port: int, **changes) -> PrinterSettings:
    """A Zebra on this port (a FakeZebra's, or a free one to be refused)."""
    return PrinterSettings(**{"kind": PrinterKind.ZEBRA, "zebra_host": "127.0.0.1", "zebra_port": port,
                              "timeout_s": 1.0, **changes})
