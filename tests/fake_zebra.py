"""A loopback raw-9100 "Zebra" for tests: answers ~HS as a ready printer and keeps every label it is sent.

(The same printer as in tests/integration/test_label_jobs.py, shared here by the bench's label tests.)
"""
from __future__ import annotations

import socket
import threading

from inspector.printing.printer_settings import PrinterKind, PrinterSettings

READY = (b"\x02030,0,0,1245,000,0,0,0,000,0,0,0\x03\r\n\x02001,0,0,0,1,2,6,0,00000000,1,000\x03\r\n"
         b"\x021234,0\x03\r\n")


def free_port() -> int:
    """A loopback port nothing listens on: connecting to it is refused, as with a printer switched off."""
    with socket.create_server(("127.0.0.1", 0)) as probe:
        return probe.getsockname()[1]


class FakeZebra:
    def __init__(self, port: int = 0) -> None:
        self.received: list[bytes] = []
        self.server = socket.create_server(("127.0.0.1", port))
        self.port = self.server.getsockname()[1]
        self._lock = threading.Lock()
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
                    while b"~HS" not in data:
                        chunk = conn.recv(64)
                        if not chunk:
                            break
                        data += chunk
                    conn.sendall(READY)
                    while chunk := conn.recv(65536):
                        data += chunk
                except OSError:
                    pass
                with self._lock:
                    self.received.append(data)

    def labels(self) -> list[str]:
        """What was printed (the ZPL after the status request), oldest first."""
        with self._lock:
            return [data.decode("utf-8").split("~HS", 1)[-1] for data in self.received if b"^XA" in data]

    def close(self) -> None:
        self.server.close()


def zebra_settings(port: int, **changes) -> PrinterSettings:
    return PrinterSettings(**{"kind": PrinterKind.ZEBRA, "zebra_host": "127.0.0.1", "zebra_port": port,
                              "timeout_s": 1.0, **changes})
